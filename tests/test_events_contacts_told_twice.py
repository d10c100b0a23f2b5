"""One contact told twice and two contacts of one pair: what the merge of candidates joins and
keeps apart.

Two kept candidates alike in everything a user sees of an event are one contact told twice.

One contact told twice, and several parties in one meeting: a talk held at a meeting is no
call of its own, a definite meeting noun that borrows the parties of talks told before it in its
sentence is those talks, and a three-sided meeting noun before a future verb is still to come;
two real meetings of one pair on two days stay two. Sentences are invented paraphrases.

Two contacts of one pair and type in one article (pipeline/events/extract.py, _merge).

An article may tell the same pair's contact twice (the lead, then its details: one event) or
two contacts of that pair (a meeting today and one recalled from weeks ago; a visit called off
and one set for a new day: two events). These pin what the merge of candidates keeps apart and
what it joins. Sentences written for these tests (not corpus text).

Two visits of one traveller told in one clause stay two.

A verb of travelling whose first place is the destination of a visit noun of the traveller's
own standing between them («توجه بعد ختام زيارته إلى X إلى Y») goes to the place after that:
the noun's stop and the verb's next stop are two visits, each with its own trigger.

Dated lines of one pair (a chronicle) and the stops of a tour (invented sentences).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _told_as
from pipeline.events.frames import Candidate
from pipeline.events.mentions import Actor


def _visit(name="Barack Obama", day=date(2015, 7, 24), status="planned", place=("Kenya", "KEN")):
    obama = Actor(0, 2, name=name, country="USA", role="head_of_state")
    return Candidate("VISIT", status, obama, None, None, "يصل", day, "day", place)


def test_a_visit_told_twice_is_one_contact():
    assert _told_as(_visit()) == _told_as(_visit())


def test_another_day_place_status_or_person_is_another_contact():
    one = _told_as(_visit())
    assert one != _told_as(_visit(day=date(2015, 7, 26)))
    assert one != _told_as(_visit(place=("Ethiopia", "ETH")))
    assert one != _told_as(_visit(status="reported"))
    assert one != _told_as(_visit(name="John Kerry"))


def test_the_trigger_and_sentence_are_not_what_a_user_sees():
    other = _visit()
    other.trigger = "زيارة"
    assert _told_as(_visit()) == _told_as(other)


def _events(text: str, published: str = "2015-08-06", home: str | None = None) -> list[dict]:
    return extract_events(text, published=published, home=home)


def _pairs(events: list[dict], etype: str) -> list[tuple[str, str, str, str | None]]:
    """(status, date, sorted countries/orgs) of each event of one type."""
    out = []
    for e in events:
        if e["event_type"] != etype:
            continue
        sides = sorted(str(e[f"{k}_country"] or e[f"{k}_org"]) for k in ("actor1", "actor2"))
        out.append((e["status"], "-".join(sides), e["event_date"]))
    return sorted(out)


def test_a_talk_during_the_pairs_meeting_is_no_call():
    text = (
        "وأضافت المصادر أن وزير الخارجية الكويتي، صباح الخالد، كان قد تحدث مع الرئيس "
        "الفرنسي فرانسوا هولاند خلال لقائهما أواخر الشهر الماضي في باريس عن التعاون."
    )
    events = _events(text)
    assert _pairs(events, "CALL") == []
    assert [p[:2] for p in _pairs(events, "MEET")] == [("reported", "FRA-KWT")]


def test_a_talk_retold_after_the_meeting_is_no_call():
    text = (
        "التقى الأمين العام لجامعة الدول العربية المبعوث الأممي إلى ليبيا في القاهرة. "
        "وصرح الأمين العام بأنه تحدث مع المبعوث الأممي حول سبل إنهاء الأزمة."
    )
    events = _events(text)
    assert _pairs(events, "CALL") == []
    assert [p[:2] for p in _pairs(events, "MEET")] == [("reported", "ARAB_LEAGUE-UN")]


def test_a_call_beside_a_meeting_still_to_come_stays():
    text = "تحدث الرئيس الأمريكي مع نظيره المكسيكي واتفق معه على لقاء نهاية الشهر."
    events = _events(text)
    assert [p[:2] for p in _pairs(events, "CALL")] == [("reported", "MEX-USA")]
    assert [p[:2] for p in _pairs(events, "MEET")] == [("planned", "MEX-USA")]


def test_a_phone_talk_on_another_day_stays_a_call():
    text = (
        "التقى وزير الخارجية المصري نظيره الأردني أمس في عمان. "
        "وتحدث الوزير المصري هاتفيا مع نظيره الأردني اليوم حول نتائج اللقاء."
    )
    events = _events(text)
    assert [p[:2] for p in _pairs(events, "CALL")] == [("reported", "EGY-JOR")]
    assert [p[:2] for p in _pairs(events, "MEET")] == [("reported", "EGY-JOR")]


def test_the_meeting_place_of_talks_to_come_is_no_second_meeting():
    text = (
        "أعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين الحكومة الأفغانية وحركة "
        "طالبان ستجري أواخر الشهر، لكن دون تحديد مكان اللقاء بعد."
    )
    events = _events(text, published="2015-07-25")
    assert _pairs(events, "MEET") == []
    assert [p[1] for p in _pairs(events, "NEGOTIATE")] == ["AFG-TALIBAN"]


def test_meeting_again_agreed_during_talks_is_no_meeting_held():
    text = (
        "واتفق الطرفان، خلال جولة أولى من محادثات السلام بين مسؤولين أفغان وممثلين عن حركة "
        "طالبان مطلع الشهر، على اللقاء مجددا خلال أسابيع."
    )
    events = _events(text, published="2015-07-31")
    assert _pairs(events, "MEET") == []
    assert [p[:2] for p in _pairs(events, "NEGOTIATE")] == [("reported", "AFG-TALIBAN")]


def test_a_definite_meeting_with_others_after_a_meeting_is_not_its_parties():
    text = (
        "وبدأ وزير الخارجية الأمريكي جون كيري نهاره بلقاء أمير قطر تميم بن حمد آل ثاني وعادل "
        "الجبير قبل التوجه إلى اللقاء المقرر مع وزراء مجلس التعاون الخليجي."
    )
    events = _events(text, published="2015-08-04")
    pairs = _pairs(events, "MEET")
    assert [p[1] for p in pairs] == ["QAT-USA", "SAU-USA"]
    assert {p[0] for p in pairs} == {"reported"}


def test_two_meetings_of_one_pair_on_two_days_stay_two():
    text = (
        "التقى وزير الخارجية المصري نظيره الأمريكي أمس في القاهرة. "
        "وسيلتقي الوزيران مجددا الأسبوع المقبل في واشنطن."
    )
    events = _events(text)
    assert [p[:2] for p in _pairs(events, "MEET")] == [
        ("planned", "EGY-USA"),
        ("reported", "EGY-USA"),
    ]


def test_a_meeting_with_its_own_parties_after_talks_stays():
    text = (
        "وعلى هامش المفاوضات بين إيران والدول الكبرى، عقد وزير الخارجية الإيراني اللقاء "
        "الثنائي مع نظيره الأمريكي أمس."
    )
    events = _events(text)
    assert ("reported", "IRN-USA") in [p[:2] for p in _pairs(events, "MEET")]


def test_a_three_sided_meeting_noun_before_a_future_verb_is_planned():
    text = (
        "أعلنت الخارجية الروسية أمس أن لقاء ثلاثيا سيعقد في الدوحة اليوم يضم وزير "
        "الخارجية الروسي مع نظيريه الأمريكي والسعودي."
    )
    events = _events(text, published="2015-08-02")
    pairs = _pairs(events, "MEET")
    assert [p[1] for p in pairs][:2] == ["RUS-SAU", "RUS-USA"]
    assert {p[0] for p in pairs} == {"planned"}
    assert {str(p[2]) for p in pairs} == {"2015-08-02"}


def test_a_three_sided_meeting_held_yesterday_stays_reported():
    text = (
        "أعلنت الخارجية الروسية أن لقاء ثلاثيا عقد في الدوحة أمس يضم وزير "
        "الخارجية الروسي مع نظيريه الأمريكي والسعودي."
    )
    events = _events(text, published="2015-08-04")
    pairs = _pairs(events, "MEET")
    assert [p[1] for p in pairs][:2] == ["RUS-SAU", "RUS-USA"]
    assert {p[0] for p in pairs} == {"reported"}


def _events_merge(text: str, published: str = "2016-06-13") -> list[tuple]:
    return sorted((e["event_type"], e["status"], e["event_date"], e["date_precision"])
                  for e in extract_events(text, published))


def test_a_meeting_today_and_one_recalled_on_another_day_are_two():
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الأردني ناصر جودة اليوم الاثنين في "
            "الرياض. وكان الجبير قد التقى جودة في عمان في الرابع من مايو الماضي.")
    assert _events_merge(text) == [("MEET", "reported", date(2016, 5, 4), "day"),
                             ("MEET", "reported", date(2016, 6, 13), "day")]


def test_a_visit_called_off_and_one_set_for_a_new_day_are_two():
    text = ("أعلنت الخارجية التونسية إرجاء زيارة وزير الخارجية الفرنسي إلى تونس التي كانت مقررة "
            "يوم الخميس. ومن المنتظر أن يزور الوزير الفرنسي تونس يوم 20 جويلية.")
    assert [e[:2] for e in _events_merge(text)] == [("VISIT", "cancelled"), ("VISIT", "planned")]
    assert _events_merge(text)[1][2] == date(2016, 7, 20)


def test_one_meeting_told_twice_is_one():
    # near-miss: the lead, then «وخلال اللقاء» telling the same meeting's talks
    text = ("التقى الرئيس التونسي الباجي قائد السبسي اليوم الاثنين بقصر قرطاج الرئيس الجزائري "
            "عبد العزيز بوتفليقة. وخلال اللقاء، بحث الرئيس التونسي مع الرئيس الجزائري سبل دعم "
            "التعاون الثنائي.")
    assert _events_merge(text) == [("MEET", "reported", date(2016, 6, 13), "day")]


def test_one_visit_told_twice_is_one():
    # near-miss: the arrival, then the same visit named again with its length
    text = ("وصل وزير الخارجية الفرنسي جان إيف لودريان اليوم الاثنين إلى تونس في زيارة رسمية. "
            "وتستغرق زيارة الوزير الفرنسي إلى تونس يومين يلتقي خلالها كبار المسؤولين.")
    assert [e for e in _events_merge(text) if e[0] == "VISIT"] == [
        ("VISIT", "reported", date(2016, 6, 13), "day")]


PUB = date(2019, 3, 12)


def _visits(text):
    return {
        (e["status"], e["actor1_country"], e["actor1_role"], e["location_country"])
        for e in extract_events(text, PUB)
        if e["event_type"] == "VISIT"
    }


def test_verb_after_a_finished_visit_goes_to_the_next_stop():
    rows = _visits(
        "وتوجه وزير الخارجية الأردني أيمن الصفدي أمس بعد ختام زيارته إلى قطر إلى سلطنة عمان "
        "لبحث العلاقات الثنائية."
    )
    assert ("reported", "JOR", "foreign_minister", "OMN") in rows
    assert ("reported", "JOR", "foreign_minister", "QAT") in rows


def test_visit_noun_with_the_only_place_keeps_it():
    # the noun's place is the verb's own when no other place after إلى follows
    rows = _visits("وتوجه وزير الخارجية الأردني أيمن الصفدي أمس في زيارته الأولى إلى قطر.")
    assert {r[3] for r in rows} == {"QAT"}


def test_plain_verb_to_a_place():
    rows = _visits("وتوجه وزير الخارجية الأردني أيمن الصفدي أمس إلى سلطنة عمان.")
    assert {r[3] for r in rows} == {"OMN"}


PUB_CHRONICLE = "2015-08-01"


def _events_chronicle(text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(text, PUB_CHRONICLE, home="SAU") if e["event_type"] == kind]


def _pair(e: dict) -> tuple:
    return (e["actor1_country"], e["actor2_country"])


def test_one_pair_met_on_two_dates_written_out_is_two_meetings():
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في 12 مايو في الرياض. "
        "وفي 3 يونيو اجتمع الجبير مع كيري في باريس."
    )
    meets = _events_chronicle(text, "MEET")
    assert sorted(e["event_date"] for e in meets) == [date(2015, 5, 12), date(2015, 6, 3)]
    assert all(_pair(e) == ("SAU", "USA") and e["status"] == "reported" for e in meets)


def test_a_chronicle_receiving_one_guest_twice_keeps_both_receptions():
    text = (
        "استقبل الملك سلمان الرئيس المصري عبد الفتاح السيسي في 1 مارس 2015. "
        "واستقبل الملك سلمان الرئيس السيسي مرة ثانية في 2 مايو 2015."
    )
    meets = _events_chronicle(text, "MEET")
    assert sorted(e["event_date"] for e in meets) == [date(2015, 3, 1), date(2015, 5, 2)]
    assert all(_pair(e) == ("SAU", "EGY") for e in meets)


def test_a_meeting_told_again_with_its_date_stays_one():
    # the lead's «أمس» and the recount's written date are the same day
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري أمس الجمعة 31 يوليو "
        "في الرياض. وبحث الجبير مع كيري في لقائهما الجمعة 31 يوليو الأزمة السورية."
    )
    meets = _events_chronicle(text, "MEET")
    assert len(meets) == 1
    assert meets[0]["event_date"] == date(2015, 7, 31)


def test_a_recalled_meeting_dated_by_yesterday_and_a_written_date_stays_one():
    # only one of the two is dated by a date written out: no chronicle, one contact
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري أمس في الرياض. "
        "وكان الجبير قد التقى كيري في 31 يوليو في الرياض."
    )
    meets = _events_chronicle(text, "MEET")
    assert len(meets) == 1
    assert meets[0]["event_date"] == date(2015, 7, 31)


def test_the_next_dated_line_of_a_chronicle_keeps_the_host_as_subject():
    text = (
        "وفي يوم الخميس 5 مارس الملك سلمان استقبل وزير الخارجية الأميركي، "
        "وفي يوم الأحد 8 مارس استقبل وزير الاقتصاد الألماني."
    )
    meets = sorted(_events_chronicle(text, "MEET"), key=lambda e: e["event_date"])
    assert [e["event_date"] for e in meets] == [date(2015, 3, 5), date(2015, 3, 8)]
    assert [_pair(e) for e in meets] == [("SAU", "USA"), ("SAU", "DEU")]
    assert meets[1]["actor1_role"] == "head_of_state"
    assert meets[1]["actor2_role"] == "minister"


def test_a_chronicle_line_without_a_subject_of_its_own_names_no_host():
    # the first line leaves its host out: its guest is no host of the next line
    text = (
        "وفي يوم الاثنين استقبل وزير الخارجية الأميركي، "
        "وفي يوم الأحد 8 مارس استقبل وزير الاقتصاد الألماني."
    )
    assert not any(_pair(e) == ("USA", "DEU") for e in _events_chronicle(text, "MEET"))


def test_later_stops_of_a_tour_to_come_take_no_date():
    text = "يبدأ وزير الخارجية اليمني رياض ياسين غدا جولة أوروبية تشمل بريطانيا وبلجيكا وفرنسا."
    visits = {e["location_country"]: e for e in _events_chronicle(text, "VISIT")}
    assert set(visits) == {"GBR", "BEL", "FRA"}
    assert all(v["status"] == "planned" and v["actor1_country"] == "YEM" for v in visits.values())
    assert visits["BEL"]["event_date"] is None and visits["BEL"]["date_precision"] is None
    assert visits["FRA"]["event_date"] is None


def test_a_stop_with_a_day_of_its_own_keeps_it():
    text = (
        "غادر وزير الخارجية الأمريكي جون كيري واشنطن في جولة يستهلها في مصر. "
        "وسيزور كيري ماليزيا من 4 إلى 6 أغسطس."
    )
    visits = {e["location_country"]: e for e in _events_chronicle(text, "VISIT")}
    assert visits["MYS"]["event_date"] == date(2015, 8, 4)
    assert visits["MYS"]["status"] == "planned"


def _met(events: list[dict]) -> list[tuple[str | None, str | None]]:
    """(name of the counterpart, date) of each meeting."""
    return sorted((e["actor2_name"] or e["actor1_name"] or "", e["event_date"] or "")
                  for e in events if e["event_type"] == "MEET")


def test_a_headline_naming_no_one_takes_one_official_not_two():
    # the headline names no official; its details name one (Barzani), and a later sentence
    # a meeting with another official of the same office (the speaker): two meetings
    text = (
        "وزير الدفاع الأمريكي يلتقي مسؤولا عراقيا.\n"
        "التقى وزير الدفاع الامريكي اشتون كارتر الجمعة رئيس اقليم كردستان العراق مسعود "
        "بارزاني في اليوم الثاني من زيارته للعراق.\n"
        "ووصل كارتر صباح الخميس الى العراق في زيارة غير معلنة.\n"
        "وعقد الوزير الامريكي بعد وصوله الى بغداد اجتماعا مع رئيس مجلس النواب سليم "
        "الجبوري بحضور مسؤولين من المحافظات."
    )
    met = _met(_events(text, published="2015-07-25"))
    assert len(met) == 2, met
    assert {name for name, _day in met} >= {"Salim al-Jabouri"}, met


def test_visits_of_two_people_of_one_office_are_two():
    # one office, two named holders: the minister's visit today and his predecessor's
    # recalled one are two trips, whatever the merge of one visitor's mentions joins
    text = (
        "وصل وزير الخارجية الأمريكي جون كيري امس الخميس الى القاهرة في زيارة رسمية.\n"
        "وكان وزير الخارجية الأمريكي السابق هيلاري كلينتون قد وصل الى مصر في مارس الماضي."
    )
    visits = sorted(e["actor1_name"] for e in _events(text, published="2015-07-24")
                    if e["event_type"] == "VISIT")
    assert visits == ["Hillary Clinton", "John Kerry"], visits
