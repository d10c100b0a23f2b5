"""Round 21, statuses: a contact only wished for («يأمل زيارة», «رغبته في زيارة», «يأمل أن
يلتقي») is no event; a plan («يتطلع إلى لقاء», «سيلتقي») or a told contact hoped to go well
(«يأمل أن يكون اللقاء مثمرا») stays. Invented sentences (paraphrases), with near misses."""

import pytest

from pipeline.events import extract_events

PUB = "2015-08-06"


def _events(text, etype=None):
    evs = extract_events(text, PUB, home="SAU")
    return [e for e in evs if etype is None or e["event_type"] == etype]


@pytest.mark.parametrize(
    "text",
    [
        # a wish right before an indefinite visit noun
        "وأكد الرئيس الإيراني حسن روحاني لوزير الخارجية الإيطالي أنه يأمل زيارة إيطاليا قريبا.",
        # «في» between the wish and the noun
        "وقال الرئيس الإيراني حسن روحاني إنه يأمل في زيارة إيطاليا.",
        # a wish right before a present contact verb, «أن» between
        "وقال الرئيس التركي إنه يأمل أن يلتقي الرئيس الروسي فلاديمير بوتين.",
        "وقال الرئيس التركي إنه يتمنى أن يلتقي الرئيس الروسي فلاديمير بوتين.",
    ],
)
def test_a_contact_only_wished_for_is_no_event(text):
    assert _events(text) == []


def test_a_coming_meeting_without_the_wish_is_planned():
    evs = _events("وقال الرئيس التركي إنه سيلتقي الرئيس الروسي فلاديمير بوتين.", "MEET")
    assert len(evs) == 1 and evs[0]["status"] == "planned"
    assert {evs[0]["actor1_country"], evs[0]["actor2_country"]} == {"TUR", "RUS"}


def test_looking_forward_to_a_meeting_is_a_plan():
    text = "وقال الرئيس الأمريكي إنه يتطلع إلى لقاء الملك سلمان في سبتمبر المقبل."
    evs = _events(text, "MEET")
    assert len(evs) == 1 and evs[0]["status"] == "planned"
    assert evs[0]["event_date"].isoformat() == "2015-09-01"
    assert evs[0]["date_precision"] == "month"


@pytest.mark.parametrize(
    "text,etype",
    [
        # a definite contact the text tells, hoped to go well: «يكون» between
        ("وقال الوزير إنه يأمل أن يكون اللقاء مع نظيره الروسي مثمرا.", "MEET"),
        (
            "وقال وزير الخارجية الكويتي إنه يتمنى أن تكون زيارة الرئيس التونسي إلى الكويت ناجحة.",
            "VISIT",
        ),
        # the wish governs the ordinal, not the visit («أول رئيس يزور»)
        ("وقال إن الرئيس الأمريكي يأمل أن يكون أول رئيس أمريكي يزور إثيوبيا.", "VISIT"),
    ],
)
def test_a_told_contact_hoped_to_go_well_stays(text, etype):
    evs = _events(text, etype)
    assert len(evs) == 1 and evs[0]["status"] == "planned"
