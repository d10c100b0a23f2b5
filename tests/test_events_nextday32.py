"""A meeting told in a sentence that names no day, whose own day the next sentence or two
gives when naming it again («وتناولت مباحثات الخميس», «خلال اللقاء الذي عقد أمس»)."""

from pipeline.events import extract_events

PUBLISHED = "2015-08-03"  # a Monday
LEAD = "تصاعدت حدة الأزمة السورية خلال الأسابيع الأخيرة وسط مخاوف من اتساع رقعة القتال. "
TALKS = "وأجرى وزير الخارجية السعودي عادل الجبير مباحثات مع نظيره الروسي سيرغي لافروف في موسكو. "


def _meets(text: str) -> dict:
    return {
        (e["actor1_country"], e["actor2_country"]): (e["status"], str(e["event_date"]))
        for e in extract_events(text, published=PUBLISHED)
        if e["event_type"] == "MEET"
    }


def test_talks_named_again_with_their_weekday():
    text = LEAD + TALKS + "وتناولت مباحثات الخميس الأزمة السورية وسبل الحل السياسي."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "2015-07-30")


def test_meeting_named_again_in_a_relative_clause_with_its_day():
    text = LEAD + TALKS + "وجرى خلال اللقاء الذي عقد أمس استعراض العلاقات الثنائية بين البلدين."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "2015-08-02")


def test_lead_day_gives_way_to_the_day_told_again():
    lead = "أعلنت وزارة الخارجية الروسية اليوم أن موسكو ستواصل اتصالاتها بشأن الأزمة السورية. "
    text = lead + TALKS + "وتناولت مباحثات الخميس الأزمة السورية وسبل الحل السياسي."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "2015-07-30")


def test_meeting_of_other_parties_keeps_its_day_to_itself():
    text = LEAD + TALKS + "وكان وزير الخارجية التركي قد حضر الاجتماع الذي عقد أمس مع أمير قطر."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "None")


def test_statement_day_does_not_date_the_meeting():
    text = LEAD + TALKS + "وقال الجبير في بيان أمس إن اللقاء كان مثمرا وبناء."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "None")


def test_another_pair_between_takes_the_day():
    text = (
        LEAD
        + TALKS
        + "كما التقى الجبير وزير الخارجية الإيراني محمد جواد ظريف. "
        + "وتناولت مباحثات الخميس الملف النووي."
    )
    meets = _meets(text)
    assert meets[("SAU", "RUS")] == ("reported", "None")
    assert meets[("SAU", "IRN")] == ("reported", "2015-07-30")


def test_day_told_three_sentences_on_is_too_far():
    text = (
        LEAD
        + TALKS
        + "وتطرق الجانبان إلى الأزمة اليمنية. وأكدا أهمية التنسيق بين البلدين. "
        + "وتناولت مباحثات الخميس الأزمة السورية."
    )
    assert _meets(text)[("SAU", "RUS")] == ("reported", "None")
