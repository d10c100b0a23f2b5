"""«من» after a delegation's or officials' noun names whose they are («وفد رفيع المستوى من
الحكومة السورية», «مسؤولون كبار من الحكومة العراقية»): the party after it is the subject's
side, so the contact the delegation travels for keeps its pair. Sentences written for these
tests."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2016, 3, 20)


def _sides(events, etype="MEET"):
    return sorted(tuple(sorted([e["actor1_country"] or e["actor1_org"] or "",
                                e["actor2_country"] or e["actor2_org"] or ""]))
                  for e in events if e["event_type"] == etype)


def test_high_level_delegation_from_a_government_meets():
    text = ("وصل وفد رفيع المستوى من الحكومة السورية إلى جنيف أمس للاجتماع مع المبعوث "
            "الأممي ستافان دي ميستورا.")
    assert _sides(extract_events(text, PUB)) == [("SYR", "UN")]


def test_delegation_with_one_adjective_before_from():
    text = ("وصل وفد رفيع من الحكومة السورية إلى جنيف أمس للاجتماع مع المبعوث الأممي "
            "ستافان دي ميستورا.")
    assert _sides(extract_events(text, PUB)) == [("SYR", "UN")]


def test_senior_officials_from_a_government_meet():
    text = ("وصل مسؤولون كبار من الحكومة العراقية إلى طهران أمس للاجتماع مع وزير الخارجية "
            "الإيراني محمد جواد ظريف.")
    assert _sides(extract_events(text, PUB)) == [("IRN", "IRQ")]


def test_one_close_to_a_president_is_still_no_subject():
    text = ("ويفترض أن يتوجه زعيم الحزب المعارض، المقرب من الرئيس التركي، الأربعاء إلى "
            "بروكسل للاجتماع مع وزير الخارجية البلجيكي.")
    assert _sides(extract_events(text, PUB)) == []
