"""A contact told in a side phrase («عقب/إثر/بعد/غداة لقائه …»): the main clause's speaker is
the side phrase's subject, the contact is told once, and «غداة» dates it the day before.
(Guards for the side-phrase family: a distinct earlier leg told this way is rare in news; the
same contact told this way is common and must stay right and single.)"""

from pipeline.events import extract_events


def _events(text: str, published: str = "2016-03-06", etype: str | None = None) -> list[dict]:
    evs = extract_events(text, published)
    return [e for e in evs if etype is None or e["event_type"] == etype]


def _pair(e: dict) -> set:
    return {(e["actor1_country"], e["actor1_role"]), (e["actor2_country"], e["actor2_role"])}


def test_speaker_after_a_meeting_is_its_subject_and_dated_by_the_clause():
    text = (
        "وقال وزير الخارجية الفرنسي جان إيف لودريان أمس الثلاثاء عقب لقائه نظيره المصري سامح "
        "شكري في القاهرة إن البلدين متفقان على دعم الحل السياسي."
    )
    evs = _events(text, "2016-03-02")
    assert len(evs) == 1
    assert evs[0]["event_type"] == "MEET"
    assert evs[0]["status"] == "reported"
    assert evs[0]["event_date"].isoformat() == "2016-03-01"
    assert _pair(evs[0]) == {("FRA", "foreign_minister"), ("EGY", "foreign_minister")}


def test_day_after_a_meeting_dates_it_the_day_before():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري اليوم الأحد غداة لقائه نظيره الروسي سيرغي لافروف "
        "في جنيف إن الجانبين بحثا الأزمة السورية."
    )
    evs = _events(text, etype="MEET")
    assert len(evs) == 1
    assert evs[0]["status"] == "reported"
    assert evs[0]["event_date"].isoformat() == "2016-03-05"
    assert _pair(evs[0]) == {("USA", "foreign_minister"), ("RUS", "foreign_minister")}


def test_reception_retold_by_a_side_phrase_is_not_doubled():
    text = (
        "استقبل الرئيس التونسي الباجي قائد السبسي اليوم الأحد بقصر قرطاج وزير الخارجية الإيطالي "
        "باولو جنتيلوني. وقال الوزير الإيطالي في تصريح إثر اللقاء إن بلاده تدعم تونس في مكافحة "
        "الإرهاب."
    )
    evs = _events(text, etype="MEET")
    assert len(evs) == 1
    assert evs[0]["event_date"].isoformat() == "2016-03-06"
    assert _pair(evs[0]) == {("TUN", "head_of_state"), ("ITA", "foreign_minister")}


def test_speaker_after_meeting_a_king_abroad_is_the_visitor_not_the_king():
    text = (
        "وأكد وزير الخارجية الأمريكي جون كيري للصحفيين بعد لقائه العاهل الأردني الملك عبد الله "
        "الثاني في عمان أمس أن بلاده تدعم الأردن."
    )
    evs = _events(text, etype="MEET")
    assert len(evs) == 1
    assert evs[0]["status"] == "reported"
    assert evs[0]["event_date"].isoformat() == "2016-03-05"
    assert _pair(evs[0]) == {("USA", "foreign_minister"), ("JOR", "head_of_state")}


def test_earlier_leg_in_a_fronted_side_phrase_leaves_the_arrival_planned_today():
    text = (
        "بعد زيارة ناجحة إلى باريس الأسبوع الماضي، يصل الرئيس السنغالي ماكي سال اليوم إلى "
        "الرباط في زيارة رسمية."
    )
    visits = [e for e in _events(text, etype="VISIT") if e["location_country"] == "MAR"]
    assert len(visits) == 1
    assert visits[0]["status"] == "planned"
    assert visits[0]["event_date"].isoformat() == "2016-03-06"
    assert (visits[0]["actor1_country"], visits[0]["actor1_role"]) == ("SEN", "head_of_state")
