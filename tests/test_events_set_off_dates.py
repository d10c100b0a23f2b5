"""A time told aside of a contact noun, between commas (invented sentences): «قبل يومين،»
closed by a comma counts from publication, «من» after the comma being the predicate's, not the
occasion counted from; and a judged visit takes that set-off time as its own phrase's."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates
from pipeline.events.mentions import Sentence, tokenize

PUB = date(2015, 8, 6)


def _found(text):
    sent = Sentence(text, 0, tokenize(text))
    return [(m.date, m.precision) for m in find_dates(sent.norms, PUB, sent.breaks)]


def _visits(text):
    return [(e["status"], e["event_date"]) for e in extract_events(text, published=PUB)
            if e["event_type"] == "VISIT"]


def test_a_comma_closes_a_count_of_days():
    assert _found("جاءت الجولة، قبل يومين، من أجل السلام") == [(date(2015, 8, 4), "day")]


def test_a_count_of_days_from_another_occasion_is_still_no_date():
    assert _found("صدر التقرير قبل يومين من زيارة الوزير") == []


def test_news_that_comes_days_after_a_visit_counts_from_it_over_a_comma():
    # «يأتي ذلك بعد 5 أيام، من زيارة»: the comma is a pause, the count is still the visit's
    assert _found("يأتي ذلك بعد 5 أيام، من زيارة الوزير") == [(date(2015, 8, 1), "day")]


def test_a_judged_visit_takes_the_time_set_off_after_it():
    text = ("تعتبر زيارة ولي ولي العهد الأمير محمد بن سلمان للأردن، قبل يومين، من الزيارات "
            "الهامة على مستوى المنطقة.")
    assert _visits(text) == [("reported", date(2015, 8, 4))]
    text = "تعتبر زيارة الرئيس الفرنسي للجزائر، أمس، من الزيارات الهامة على مستوى المنطقة."
    assert _visits(text) == [("reported", date(2015, 8, 5))]


def test_a_judged_visit_with_no_time_of_its_own_stays_undated():
    text = "وتعتبر زيارة الرئيس الفرنسي للجزائر من الزيارات الهامة، كما قال الوزير أمس."
    assert _visits(text) == [("reported", None)]


def test_a_time_set_off_after_the_predicate_with_a_conjunction_is_the_next_clauses():
    # «، وأمس، التقى ...»: the meeting's day, not the judged visit's
    text = ("وتعتبر زيارة الرئيس الفرنسي للجزائر مهمة، وأمس، التقى الرئيس الجزائري نظيره "
            "التونسي.")
    assert _visits(text) == [("reported", None)]
