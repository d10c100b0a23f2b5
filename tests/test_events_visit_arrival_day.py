"""A visit told again by its arrival on an earlier day (pipeline/events/extract.py, _merge and
_earlier_arrival): the labelling conventions date a visit by its first day, so a visit told
first on a later day of it («في اليوم الثاني من زيارته») takes the day of the arrival the text
tells after it («ووصل ... صباح الأحد»).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text: str, published: str = "2017-03-07") -> list[tuple]:
    return [(e["actor1_country"], e["status"], e["event_date"].isoformat()
             if e["event_date"] else None)
            for e in extract_events(text, published) if e["event_type"] == "VISIT"]


def test_a_visit_told_on_its_second_day_takes_the_arrival_day_told_after_it():
    # published Tuesday 7 March: «أمس» is Monday the 6th, «الأحد» Sunday the 5th
    text = ("التقى وزير الخارجية الفرنسي الرئيس التونسي أمس في اليوم الثاني من زيارته إلى "
            "تونس. ووصل وزير الخارجية الفرنسي إلى تونس صباح الأحد.")
    assert _visits(text) == [("FRA", "reported", "2017-03-05")]


def test_a_visit_told_on_its_first_day_takes_the_arrival_noun_of_the_evening_before():
    text = ("أكد الرئيس الأمريكي في اليوم الأول من زيارته إلى كينيا، الثلاثاء، أن العلاقات "
            "متينة. ونشرت الصحف صورة الرئيس الأمريكي عند وصوله إلى نيروبي مساء الاثنين.")
    assert _visits(text) == [("USA", "reported", "2017-03-06")]


def test_an_arrival_told_first_keeps_its_day():
    # near miss: the arrival is the visit told first; a later day of the visit does not move it
    text = ("ووصل وزير الخارجية الفرنسي إلى تونس صباح الأحد. والتقى وزير الخارجية الفرنسي "
            "الرئيس التونسي أمس في اليوم الثاني من زيارته إلى تونس.")
    assert _visits(text) == [("FRA", "reported", "2017-03-05")]


def test_an_arrival_weeks_before_is_not_the_first_day():
    # near miss: an arrival more than a few days before the day the visit is told on is
    # another trip's (or another clause's), not this visit's first day
    text = ("التقى وزير الخارجية الفرنسي الرئيس التونسي أمس خلال زيارته إلى تونس. ووصل وزير "
            "الخارجية الفرنسي إلى تونس يوم 10 فيفري.")
    assert _visits(text) == [("FRA", "reported", "2017-03-06")]
