"""Two visits of one visitor in one text (pipeline/events/extract.py, _merge): visits told
with their own days weeks apart are two trips; a visit retold stays one event.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text: str, published: str = "2015-08-06") -> list[tuple]:
    return [(e["actor1_country"], e["status"], e["event_date"].isoformat()
             if e["event_date"] else None, e["location_name"])
            for e in extract_events(text, published) if e["event_type"] == "VISIT"]


def test_a_chronology_with_two_visits_to_one_city_keeps_both():
    text = ("تسلسل زمني لأبرز محطات العلاقات بين البلدين خلال العام الجاري:\n"
            "- 10 مارس: ولي العهد الأمير محمد بن سلمان يزور القاهرة ويبحث مع الرئيس السيسي "
            "التعاون.\n"
            "- 5 مايو: وزير الخارجية يستقبل نظيره في الرياض.\n"
            "- 20 يوليو: ولي العهد الأمير محمد بن سلمان يزور القاهرة ويوقع اتفاقيات.")
    visits = _visits(text)
    assert ("SAU", "reported", "2015-03-10", "Cairo") in visits
    assert ("SAU", "reported", "2015-07-20", "Cairo") in visits


def test_a_visit_retold_a_day_later_stays_one():
    # near miss: the days are one apart, the second names the same stay
    text = ("وصل ولي العهد الأمير محمد بن سلمان إلى القاهرة يوم 20 يوليو في زيارة رسمية. "
            "وقال مصدر إن الزيارة التي بدأها الأمير محمد بن سلمان إلى القاهرة يوم 21 يوليو "
            "تستمر يومين.")
    assert len(_visits(text)) == 1


def test_a_visit_retold_with_the_day_it_was_announced_stays_one():
    # near miss: «أعلن عنها في 3 يونيو» dates the announcement, not a second trip
    text = ("وصل ولي العهد الأمير محمد بن سلمان إلى القاهرة يوم 20 يوليو في زيارة رسمية. "
            "وكانت زيارة ولي العهد إلى القاهرة التي أعلن عنها في 3 يونيو قد أثارت اهتماما "
            "واسعا.")
    assert _visits(text) == [("SAU", "reported", "2015-07-20", "Cairo")]


def test_a_visit_retold_with_the_day_a_ministry_announced_it_stays_one():
    # «التي أعلنت عنها الرئاسة في 3 يونيو»: the feminine verb of saying dates the
    # announcement as «أعلن» does, not a second trip
    text = ("وصل ولي العهد الأمير محمد بن سلمان إلى القاهرة يوم 20 يوليو في زيارة رسمية. "
            "وكانت زيارة ولي العهد إلى القاهرة التي أعلنت عنها الرئاسة في 3 يونيو قد أثارت "
            "اهتماما واسعا.")
    assert _visits(text) == [("SAU", "reported", "2015-07-20", "Cairo")]
