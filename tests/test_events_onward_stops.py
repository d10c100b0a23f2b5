"""A stop told by a verb of moving on that is no trigger, present or future («سينتقل»,
«ينتقل», «سيسافر»), with its traveller named right after it: a VISIT of its own, with its
own day and status, even when no visit was told just before it (frames._named_onward). A past
«انتقل/سافر X إلى» tells a life as often as a trip and is left alone. Only a person of a state goes:
a thing, a file or a force moving to a place is no visit. A second telling of a stop a tour
named before («وينتقل بعدها إلى قطر») gives that stop its day (extract._merge).

Sentences written for these tests (not corpus text). The learned scorer is switched off.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events

PUB = "2015-08-02"  # a Sunday


pytestmark = pytest.mark.usefixtures("rules_alone")


def _visits(text: str) -> list[tuple]:
    return [(e["status"], e["event_date"], e["location_country"], e["actor1_country"],
             e["actor1_role"])
            for e in extract_events(text, PUB) if e["event_type"] == "VISIT"]


@pytest.mark.parametrize("text, status, day", [
    # future «س», the day between commas after the traveller
    ("وفي ختام محادثاته، أكد الوزير أهمية الشراكة. ومن تونس، سينتقل وزير الخارجية الفرنسي، "
     "الثلاثاء، إلى الرباط، حيث سيلتقي نظيره المغربي.", "planned", date(2015, 8, 4)),
    # the day with no commas
    ("ومن تونس سينتقل وزير الخارجية الفرنسي الثلاثاء إلى الرباط حيث سيلتقي نظيره المغربي.",
     "planned", date(2015, 8, 4)),
    # a clause after a comma on و, «غدا» before the day
    ("وسيعقد الوزير اليوم مؤتمرا صحفيا، وينتقل وزير الخارجية الفرنسي، غدا الإثنين، إلى "
     "الرباط، حيث يلتقي نظيره المغربي.", "planned", date(2015, 8, 3)),
    ("وسيسافر وزير الخارجية الفرنسي إلى الرباط الثلاثاء.", "planned", date(2015, 8, 4)),
])
def test_an_onward_verb_with_its_traveller_named_is_a_visit(text, status, day):
    assert (status, day, "MAR", "FRA", "foreign_minister") in _visits(text)


@pytest.mark.parametrize("text", [
    "وانتقل الملف إلى الرباط.",  # a thing
    "وانتقلت الكرة إلى المغرب بعد المباراة.",
    "وانتقل الجيش الفرنسي إلى مالي.",  # a force, no person
    "وسينتقل وزير الخارجية الفرنسي إلى باريس مساء الثلاثاء.",  # his own capital: a return
    # a past «انتقل» tells a life as often as a trip
    "وانتقل وزير الخارجية الفرنسي إلى المغرب للدراسة.",
    "وسافر وزير الخارجية الفرنسي إلى المغرب للدراسة.",
    # nobody named after the verb and no visit told before: no traveller
    "وسينتقل الثلاثاء إلى الرباط.",
])
def test_no_visit_without_a_named_traveller_of_a_state(text):
    assert _visits(text) == []


def test_a_stop_told_again_with_its_day_dates_the_tour_stop():
    text = ("غادر وزير الخارجية الفرنسي، مساء الجمعة، باريس متوجها إلى شمال أفريقيا، في جولة "
            "يستهلها من الجزائر، لإجراء محادثات، وينتقل بعدها إلى المغرب، لبحث التعاون. "
            "وفي الجزائر سيلتقي الوزير، اليوم الأحد، نظيره الجزائري. "
            "وأكد مسؤول أن المحادثات ستتناول الأمن. "
            "ومن الجزائر، سينتقل الوزير الفرنسي، الثلاثاء، إلى الرباط، حيث سيلتقي نظيره.")
    stops = [v for v in _visits(text) if v[2] == "MAR"]
    assert stops == [("planned", date(2015, 8, 4), "MAR", "FRA", "foreign_minister")]
