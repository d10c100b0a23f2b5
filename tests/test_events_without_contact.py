"""A contact told under «دون», «بدون» or «من دون» ("without") did not take place: no event, as
with «لم» / «لن». The negation reaches the contact noun across a verb of holding it («دون أن
يعقد لقاء», «لم يقم بزيارة») or its verbal noun with its doer («دون قيام الرئيس بزيارة»,
«حالت الأزمة دون إتمام زيارة»). Near misses keep their event: «دون» after a contact that did
take place («لقاء دون شروط مسبقة», «اجتمع ... دون التوصل إلى اتفاق»). Sentences are invented."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2016, 5, 1)
LEFT = "غادر وزير الخارجية الفرنسي جان مارك إيرولت بيروت أمس "


def _contacts(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every event but the leaving's own visit («غادر»)."""
    return [(e["event_type"], e["trigger"]) for e in extract_events(text, published=PUBLISHED)
            if e["trigger"] != "غادر"]


def test_without_holding_a_meeting():
    assert _contacts(LEFT + "دون أن يعقد لقاء مع الرئيس اللبناني ميشال عون.") == []
    assert _contacts(LEFT + "من دون أن يعقد اجتماعا مع الرئيس اللبناني ميشال عون.") == []


def test_not_held_with_lam():
    assert _contacts(LEFT + "ولم يعقد لقاء مع الرئيس اللبناني ميشال عون.") == []
    assert _contacts(LEFT + "ولم يقم بزيارة إلى دمشق.") == []


def test_without_its_doer_making_the_visit():
    text = "حالت الأزمة الدبلوماسية سنوات دون قيام الرئيس الأمريكي باراك أوباما بزيارة كينيا."
    assert _contacts(text) == []
    assert _contacts(LEFT + "دون قيامه بزيارة إلى دمشق.") == []


def test_without_completing_or_taking_place():
    assert _contacts(LEFT + "دون إتمام زيارته إلى دمشق.") == []
    assert _contacts(LEFT + "دون أن تتم زيارته إلى دمشق.") == []


def test_already_without():
    # «دون لقاء», «دون أن يجتمع», «دون أن يلتقي»: negated before this change too
    assert _contacts(LEFT + "دون أن يجتمع مع الرئيس اللبناني ميشال عون.") == []
    assert _contacts(LEFT + "بدون لقاء مع الرئيس اللبناني ميشال عون.") == []


def test_meeting_without_preconditions_stays():
    text = ("عقد وزير الخارجية الأمريكي جون كيري لقاء مع نظيره الروسي سيرغي لافروف أمس "
            "دون شروط مسبقة.")
    assert _contacts(text) == [("MEET", "لقاء")]


def test_meeting_without_agreement_stays():
    text = ("اجتمع وزير الخارجية الأمريكي جون كيري مع نظيره الروسي سيرغي لافروف في جنيف أمس "
            "دون التوصل إلى اتفاق.")
    assert _contacts(text) == [("MEET", "اجتمع")]


def test_meeting_held_without_the_press_stays():
    text = ("عقد وزير الخارجية الأمريكي جون كيري اجتماعا مع نظيره الروسي سيرغي لافروف أمس "
            "دون حضور وسائل الإعلام.")
    assert _contacts(text) == [("MEET", "اجتماعا")]
