"""An entourage («والوفد المرافق له», «لما لقيه والوفد المرافق») travels with the actor named
before it and meets no one of its own: it is no side of a contact, least of all with its own
host («امتنانه للملك ... لما لقيه والوفد المرافق من كرم الضيافة»)."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 8, 6)


def _pairs(text):
    return [(e["event_type"], e["actor1_country"], e["actor1_role"], e["actor2_country"],
             e["actor2_role"]) for e in extract_events(text, published=PUBLISHED, home="SAU")]


def test_thanks_for_the_hospitality_the_entourage_received_is_no_meeting():
    pairs = _pairs("أعرب فيها عن امتنانه وتقديره للملك محمد السادس لما لقيه والوفد المرافق "
                   "من كرم الضيافة وحسن الاستقبال.")
    assert not any("delegation" in (r1, r2) for _, _, r1, _, r2 in pairs), pairs


def test_a_visitor_with_his_entourage_still_meets_his_host():
    pairs = _pairs("واستقبل ملك المغرب محمد السادس أمس وزير الخارجية الكويتي والوفد المرافق له.")
    assert ("MEET", "MAR", "head_of_state", "KWT", "foreign_minister") in pairs, pairs
