"""Attending a gathering abroad told verb first (paraphrased sentences, not corpus text)."""

from pipeline.events import extract_events


def _visits(text, published, home="TUN"):
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"],
            e["actor1_role"],
            e["location_country"],
            str(e["event_date"]),
        )
        for e in extract_events(text, published, home=home)
        if e["event_type"] == "VISIT"
    ]


def test_attending_a_summit_with_the_named_subject_and_the_day_between():
    # VSO: the president's full naming and the day stand between the verb and the summit
    text = "شارك الرئيس التونسي الباجي قائد السبسي أمس الاثنين في أشغال القمة العربية بنواكشوط."
    assert _visits(text, "2016-07-26") == [
        ("VISIT", "reported", "TUN", "head_of_state", "MRT", "2016-07-25")
    ]


def test_attending_a_meeting_today_is_planned():
    text = "يشارك وزير الخارجية التونسي اليوم الثلاثاء في اجتماع وزراء الخارجية العرب بالقاهرة."
    assert _visits(text, "2016-07-26") == [
        ("VISIT", "planned", "TUN", "foreign_minister", "EGY", "2016-07-26")
    ]


def test_attending_no_gathering_is_no_visit():
    # a book fair's opening is no summit, meeting or forum
    text = "شارك الرئيس التونسي أمس في افتتاح معرض الكتاب بالعاصمة الجزائرية."
    assert _visits(text, "2016-07-26") == []


def test_attended_gathering_place_is_counted_from_the_gathering():
    # the gathering's own name stands between the verb and the place it is held in
    text = (
        "أكد الوزير الأول الجزائري خلال مشاركته اليوم الإثنين في افتتاح أشغال المؤتمر "
        "الدولي للاستثمار بتونس دعم بلاده لجارتها."
    )
    assert _visits(text, "2014-09-08", home="DZA") == [
        ("VISIT", "reported", "DZA", "head_of_government", "TUN", "2014-09-08")
    ]


def test_bamako_is_malis_seat():
    text = "وصل رئيس الحكومة التونسي أمس إلى باماكو في زيارة رسمية."
    assert _visits(text, "2017-04-06") == [
        ("VISIT", "reported", "TUN", "head_of_government", "MLI", "2017-04-05")
    ]
