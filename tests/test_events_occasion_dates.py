"""A contact noun after «بمناسبة» (invented sentences): a day told before the word is the
day of what marked the contact (a statement issued, an agreement signed), not the contact's
first day; but a month told there is the contact's too: what marked a visit was done in the
month the visit was made. Not the results of a contact («نتائج زيارة»), told any time after."""

from datetime import date

from pipeline.events import extract_events

PUB = date(2017, 5, 21)


def _visits(text):
    return [(e["status"], e["actor1_country"], e["actor1_role"],
             str(e["event_date"]) if e["event_date"] else None, e["date_precision"])
            for e in extract_events(text, published=PUB, home="TUN")
            if e["event_type"] == "VISIT"]


def test_month_before_occasion_dates_the_visit():
    assert _visits("وقّعت الاتفاقية في شهر فيفري الفارط بمناسبة زيارة وزيرة الصحة الفرنسية "
                   "إلى تونس.") == [("reported", "FRA", "minister", "2017-02-01", "month")]


def test_month_in_a_relative_clause_before_occasion():
    assert _visits("وأوضح المدير أنه سيتم تفعيل الاتفاقية التي وقّعت في شهر مارس الماضي "
                   "بمناسبة زيارة وزير الفلاحة الإيطالي إلى تونس.") \
        == [("reported", "ITA", "minister", "2017-03-01", "month")]


def test_day_before_occasion_stays_the_statements():
    assert _visits("صدر أمس بيان مشترك بمناسبة زيارة وزيرة الصحة الفرنسية إلى تونس.") \
        == [("reported", "FRA", "minister", None, None)]
    assert _visits("وقّعت الاتفاقية يوم 5 فيفري الفارط بمناسبة زيارة وزيرة الصحة الفرنسية "
                   "إلى تونس.") == [("reported", "FRA", "minister", None, None)]


def test_month_before_results_is_not_the_visits():
    assert _visits("استمع المجلس في شهر فيفري الفارط إلى نتائج زيارة وزيرة الصحة الفرنسية "
                   "إلى تونس.") == [("reported", "FRA", "minister", None, None)]


def test_a_day_told_after_the_contact_noun_dates_it_over_a_month_before_occasion():
    # the visit's own day, told after it, is its first day; the month before is the signing's
    assert _visits("وقّعت الاتفاقية في شهر فيفري الفارط بمناسبة زيارة وزيرة الصحة الفرنسية "
                   "إلى تونس يوم 3 مارس.") == [("reported", "FRA", "minister", "2017-03-03", "day")]


def test_a_month_of_another_clause_before_a_dated_statement_is_not_the_visits():
    # the day told last dates the statement that marks the visit; February is the signing's,
    # another clause
    assert _visits("وقّعت الاتفاقية في شهر فيفري الفارط، وصدر يوم 20 ماي بيان مشترك بمناسبة "
                   "زيارة وزيرة الصحة الفرنسية إلى تونس.") \
        == [("reported", "FRA", "minister", None, None)]
