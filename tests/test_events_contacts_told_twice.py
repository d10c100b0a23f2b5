"""One contact told twice, and several parties in one meeting: a talk held at a meeting is no
call of its own, a definite meeting noun that borrows the parties of talks told before it in its
sentence is those talks, and a three-sided meeting noun before a future verb is still to come;
two real meetings of one pair on two days stay two. Sentences are invented paraphrases."""

from __future__ import annotations

from pipeline.events import extract_events


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
