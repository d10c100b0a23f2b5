"""«أول من أمس (الاثنين)» names the day before yesterday: a text that dates another story so
keeps its own «اليوم» on the day of publication, not the day before."""

from datetime import date

from pipeline.events.dates import find_dates
from pipeline.events.extract import extract_events
from pipeline.events.mentions import tokenize

WEDNESDAY = date(2015, 7, 22)


def _days(text, published):
    return sorted({(e["event_type"], e["event_date"]) for e in extract_events(text, published)})


def test_the_day_before_yesterday_with_its_weekday_keeps_today_on_publication():
    text = ("زار المبعوث الأممي الخاص إلى سوريا ستيفان دي مستورا طهران اليوم حيث التقى مع "
            "وزير الخارجية الإيراني محمد جواد ظريف. "
            "وأعلنت الإدارة الأمريكية، أول من أمس (الاثنين)، أنها تحقق في تقارير جديدة.")
    assert _days(text, WEDNESDAY) == [("MEET", WEDNESDAY), ("VISIT", WEDNESDAY)]


def test_yesterday_with_its_weekday_still_moves_today_back_a_day():
    # «أمس (الاثنين)» in a Wednesday paper: the text was written on Tuesday
    text = ("زار المبعوث الأممي الخاص إلى سوريا ستيفان دي مستورا طهران اليوم حيث التقى مع "
            "وزير الخارجية الإيراني محمد جواد ظريف. "
            "وأعلنت الإدارة الأمريكية، أمس (الاثنين)، أنها تحقق في تقارير جديدة.")
    assert _days(text, WEDNESDAY) == [("MEET", date(2015, 7, 21)), ("VISIT", date(2015, 7, 21))]


def test_the_mention_spans_the_three_words_and_names_monday():
    toks = [t.norm for t in tokenize("أعلنت أول من أمس الاثنين أنها")]
    (m,) = [d for d in find_dates(toks, WEDNESDAY)]
    assert (m.i, m.j, m.date, m.shift, m.anchor) == (1, 5, date(2015, 7, 20), -2, WEDNESDAY)
