"""An actor named after a bare «من» before a contact trigger («المقرب من الرئيس X», «المستهدف
من X») is no subject of the contact: when the subject is no actor the extractor knows, the
contact gets no event rather than that actor's. «كل من A وB» still names subjects, and a
noun's own parties after it still pair. Sentences written for these tests."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)


def _pairs(events, etype="MEET"):
    return sorted(tuple(sorted([(e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                                (e["actor2_country"] or e["actor2_org"], e["actor2_role"])]))
                  for e in events if e["event_type"] == etype)


def test_the_one_close_to_the_president_is_not_the_traveller():
    text = ("ويفترض أن يتوجه زعيم الحزب المعارض، المقرب من الرئيس التركي، الأربعاء إلى "
            "بروكسل للاجتماع مع وزير الخارجية البلجيكي.")
    assert _pairs(extract_events(text, PUB)) == []


def test_the_statement_from_the_ministry_leaves_the_talks_to_their_parties():
    text = ("أوضح بيان صادر من الخارجية الروسية أن مباحثات وزير الخارجية السعودي مع "
            "نظيره الروسي ستتضمن ملفات عدة.")
    assert _pairs(extract_events(text, PUB)) == [
        (("RUS", "foreign_minister"), ("SAU", "foreign_minister"))]
