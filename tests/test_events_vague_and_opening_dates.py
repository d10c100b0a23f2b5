"""Where a contact's date comes from (invented sentences): «قبل أيام» (some days before
publication, no day told) dates it by the month of publication, not by the day of the statement
that tells it; a written date opening a long sentence dates every coordinated clause of it."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import date_for, find_dates
from pipeline.text.normalize import normalize_arabic

LATE = date(2015, 7, 24)  # a paper dated late in its month
EARLY = date(2015, 8, 5)  # a few days back may fall in the month before


def _norms(text):
    return normalize_arabic(text).split()


def _dated(text, published):
    return [(e["event_type"], str(e["event_date"]) if e["event_date"] else None,
             e["date_precision"]) for e in extract_events(text, published=published)]


def test_few_days_back_is_the_month_of_publication():
    for text in ("استقبل الملك الوفد قبل أيام", "استقبل الملك الوفد منذ بضعة أيام",
                 "استقبل الملك الوفد قبل عدة أيام", "استقبل الملك الوفد قبل أيام قليلة"):
        found = find_dates(_norms(text), LATE)
        assert [(m.date, m.precision) for m in found] == [(date(2015, 7, 1), "month")], text


def test_few_days_back_early_in_a_month_is_no_date():
    assert find_dates(_norms("استقبل الملك الوفد قبل أيام"), EARLY) == []


def test_days_before_another_occasion_are_no_date():
    # «قبل أيام من الاجتماع»: days before that meeting, not before publication
    assert find_dates(_norms("صدر التقرير قبل أيام من اجتماع القادة"), LATE) == []


def test_contact_days_back_is_not_dated_by_the_statement():
    text = "وقال النائب في بيان اليوم إن الملك سلمان استقبل قبل أيام وفدا من حركة حماس."
    assert _dated(text, LATE) == [("MEET", "2015-07-01", "month")]


def test_contact_days_back_opening_its_sentence():
    text = "قبل أيام زار وزير الخارجية الإيراني العراق والتقى رئيس الوزراء العراقي."
    assert ("VISIT", "2015-07-01", "month") in _dated(text, LATE)


def test_opening_date_dates_a_far_coordinated_clause():
    text = ("وفي يوم الخميس 26 مارس أعلن الملك بدء العملية العسكرية في اليمن بعد مشاورات "
            "طويلة مع قادة الدول الحليفة والصديقة في المنطقة والعالم أجمع خلال الأيام "
            "الماضية، وتلقى اتصالا هاتفيا من ملك الأردن الشقيق، واستقبل رئيس وزراء باكستان")
    norms = _norms(text)
    found = find_dates(norms, date(2015, 7, 21))
    i = norms.index(normalize_arabic("واستقبل"))
    k = norms.index(normalize_arabic("وتلقى"))
    m = date_for(found, norms, i, i + 1, starts=(k, i), others=(k + 1,))
    assert m is not None and m.date == date(2015, 3, 26)


def test_far_date_not_opening_the_sentence_still_does_not_date():
    # a date far back that does not open the sentence may be another story's
    text = ("أعلن الملك يوم الخميس 26 مارس بدء العملية العسكرية في اليمن بعد مشاورات طويلة "
            "مع قادة الدول الحليفة والصديقة في المنطقة والعالم أجمع خلال الأيام الماضية، وتلقى "
            "اتصالا هاتفيا من ملك الأردن الشقيق، واستقبل رئيس وزراء باكستان")
    norms = _norms(text)
    found = find_dates(norms, date(2015, 7, 21))
    i = norms.index(normalize_arabic("واستقبل"))
    k = norms.index(normalize_arabic("وتلقى"))
    assert date_for(found, norms, i, i + 1, starts=(k, i), others=(k + 1,)) is None


def test_opening_date_does_not_cross_a_reported_clause():
    text = ("وفي يوم الخميس 26 مارس قال المتحدث باسم الحكومة في مؤتمر صحفي طويل عقده في "
            "العاصمة بحضور عدد كبير من الصحفيين والمراسلين الأجانب والمحليين وممثلي "
            "الهيئات الدبلوماسية المعتمدة لدى المملكة إن الملك سيستقبل رئيس وزراء باكستان")
    norms = _norms(text)
    found = find_dates(norms, date(2015, 7, 21))
    i = norms.index(normalize_arabic("سيستقبل"))
    assert date_for(found, norms, i, i + 1) is None


def test_opening_date_does_not_date_a_contact_after_before_or_after():
    # «قبل محادثات ...»: a contact named after قبل/بعد is another time than the clause before
    # it, however the sentence opens
    text = ("وفي يوم الخميس 26 مارس أعلن الرئيس الفرنسي عن خطة جديدة لدعم الاقتصاد الوطني "
            "وتعزيز فرص العمل للشباب في المناطق الريفية والمدن الصغيرة وتحسين الخدمات العامة "
            "والنقل والتعليم والصحة، وذلك قبل محادثات يجريها الرئيس الفرنسي مع المستشارة "
            "الألمانية.")
    norms = _norms(text)
    found = find_dates(norms, date(2015, 3, 28))
    i = norms.index(normalize_arabic("محادثات"))
    assert date_for(found, norms, i, i + 1) is None
    assert [d for _t, d, _p in _dated(text, date(2015, 3, 28))] in ([], [None])


def test_days_only_before_another_occasion_are_no_date():
    # «قبل أيام فقط من القمة»: «فقط» between does not make them days before publication
    for text in ("صدر التقرير قبل أيام فقط من اجتماع القادة",
                 "صدر التقرير قبل أيام قليلة فقط من اجتماع القادة"):
        assert find_dates(_norms(text), LATE) == [], text
    found = find_dates(_norms("استقبل الملك الوفد قبل أيام فقط"), LATE)
    assert [(m.date, m.precision) for m in found] == [(date(2015, 7, 1), "month")]
