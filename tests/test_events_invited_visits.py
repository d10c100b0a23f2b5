"""An invitation to visit: a planned visit of the invitee with the inviter as host.

An invitation made on the occasion of a meeting («دعا X خلال لقائه اليوم Y إلى زيارة Z») is
a planned visit of the invitee with the inviter as host, as the labelling conventions ask for a
visit made at someone's invitation: the occasion between the verb's subject and its object does
not part them, and long titles may stand between the invitation and the visit noun.

Sentences are invented paraphrases.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUB = date(2018, 5, 10)


def _rows(text, home="TUN"):
    return {
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in extract_events(text, PUB, home=home)
    }


def test_invitation_during_a_meeting_names_the_inviter_as_host():
    rows = _rows(
        "ودعا الرئيس التونسي خلال لقائه اليوم المبعوث الأممي إلى ليبيا غسان سلامة، "
        "في قرطاج إلى زيارة مدينة صفاقس."
    )
    assert ("VISIT", "planned", "UN", "envoy", "TUN", "head_of_state") in rows
    assert ("MEET", "reported", "TUN", "head_of_state", "UN", "envoy") in rows


def test_invitation_during_a_reception_yesterday():
    rows = _rows(
        "ودعا العاهل الأردني خلال استقباله أمس وزير الخارجية الفرنسي جان إيف لودريان "
        "في عمان إلى زيارة مدينة العقبة."
    )
    assert ("VISIT", "planned", "FRA", "foreign_minister", "JOR", "head_of_state") in rows


def test_plain_invitation_still_pairs_subject_and_object():
    rows = _rows("دعا الرئيس التونسي نظيره الجزائري إلى زيارة تونس.")
    assert ("VISIT", "planned", "DZA", "head_of_state", "TUN", "head_of_state") in rows
