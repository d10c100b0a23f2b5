"""Articles that tell several contacts: a day or a party one clause tells does not carry to a
contact another clause tells. Sentences are invented paraphrases."""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, published: str = "2015-08-03", home: str | None = None) -> list[dict]:
    return extract_events(text, published=published, home=home)


def _one(events: list[dict], etype: str) -> dict:
    ev = [e for e in events if e["event_type"] == etype]
    assert len(ev) == 1, events
    return ev[0]


def _pair(e: dict) -> set:
    return {(e["actor1_country"], e["actor1_role"]), (e["actor2_country"], e["actor2_role"])}


# «اليوم الذي»: the day a relative clause tells, not today


def test_the_day_on_which_a_meeting_is_due_is_not_today():
    text = (
        "في صبيحة اليوم الذي كان من المقرر أن يجتمع فيه وزير الخارجية الأمريكي مع نظيره "
        "الروسي، نشرت الصحف تصريحا للوزير."
    )
    e = _one(_events(text), "MEET")
    assert _pair(e) == {("USA", "foreign_minister"), ("RUS", "foreign_minister")}
    assert e["event_date"] is None


def test_the_day_on_which_they_met_is_not_today():
    text = "وفي اليوم الذي التقى فيه وزير الخارجية الأمريكي نظيره الروسي، أعلنت طهران موقفها."
    e = _one(_events(text), "MEET")
    assert e["status"] == "reported"
    assert e["event_date"] is None


def test_today_before_its_weekday_is_still_today():
    # near miss: «اليوم» without a relative pronoun after it
    text = "التقى وزير الخارجية الأمريكي اليوم الاثنين نظيره الروسي في جنيف."
    e = _one(_events(text), "MEET")
    assert str(e["event_date"]) == "2015-08-03"


def test_today_then_a_relative_on_the_minister_is_still_today():
    # near miss: the relative pronoun is the minister's, not the day's
    text = "التقى وزير الخارجية الأمريكي اليوم نظيره الروسي الذي وصل إلى جنيف أمس."
    e = _one(_events(text), "MEET")
    assert str(e["event_date"]) == "2015-08-03"


# «وتأتي ... بعد أن التقى»: a contact the news at hand comes after takes no day of the lead


def test_a_meeting_the_tour_comes_after_takes_no_day_of_the_lead():
    text = (
        "أعلن الجيش النيجيري أمس تعيين قائد جديد للقوة الإقليمية. وتأتي جولة الرئيس النيجيري "
        "بعد أن زار واشنطن والتقى الرئيس الأمريكي باراك أوباما."
    )
    e = _one(_events(text), "MEET")
    assert _pair(e) == {("NGA", "head_of_state"), ("USA", "head_of_state")}
    assert e["status"] == "reported"
    assert e["event_date"] is None


def test_a_meeting_after_which_the_president_left_keeps_the_leads_day():
    # near miss: no verb of coming opens the sentence; the meeting is the visit's own
    text = (
        "وصل الرئيس الفرنسي أمس إلى الرياض في زيارة رسمية. والتقى الرئيس الفرنسي خلال "
        "الزيارة الملك سلمان بن عبدالعزيز."
    )
    e = _one(_events(text), "MEET")
    assert str(e["event_date"]) == "2015-08-02"


def test_a_meeting_dated_in_its_own_clause_after_a_verb_of_coming_keeps_its_day():
    # near miss: the clause after «بعد أن» names its own day
    text = (
        "وتأتي زيارة الرئيس الفرنسي إلى الرياض بعد أن التقى أمس وزير الخارجية السعودي "
        "عادل الجبير في باريس."
    )
    e = _one(_events(text), "MEET")
    assert str(e["event_date"]) == "2015-08-02"


# «كما تلقى سموه اتصالا من ...»: the receiver of the calls told one after another


def _calls(text: str) -> list[dict]:
    return [e for e in _events(text, home="SAU") if e["event_type"] == "CALL"]


def test_the_honorific_after_a_second_receive_verb_is_the_receiver():
    text = (
        "تلقى ولي العهد السعودي الأمير محمد بن نايف اتصالا هاتفيا من ولي عهد البحرين الأمير "
        "سلمان بن حمد أعرب فيه عن إدانته للهجوم. كما تلقى سموه اتصالا هاتفيا من الشيخ سيف بن "
        "زايد وزير الداخلية الإماراتي عبر فيه عن تعازيه."
    )
    calls = _calls(text)
    assert len(calls) == 2, calls
    for e in calls:
        assert e["actor1_country"] == "SAU"
    assert {e["actor2_country"] for e in calls} == {"BHR", "ARE"}


def test_the_receiver_keeps_the_office_his_title_named():
    text = (
        "تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف اتصالا هاتفيا من ولي عهد "
        "البحرين الأمير سلمان بن حمد. وتلقى سموه أيضا اتصالا هاتفيا من وزير الداخلية الكويتي."
    )
    kwt = [e for e in _calls(text) if "KWT" in (e["actor1_country"], e["actor2_country"])]
    assert len(kwt) == 1, kwt
    assert (kwt[0]["actor1_country"], kwt[0]["actor1_role"]) == ("SAU", "official")


def test_the_honorific_after_another_verb_is_still_the_last_named():
    # near miss: «وأعرب سموه» after the call is the caller, who spoke (no second contact)
    text = (
        "تلقى ولي العهد السعودي الأمير محمد بن نايف اتصالا هاتفيا من ولي عهد البحرين الأمير "
        "سلمان بن حمد. وأعرب سموه عن تعازيه لأسر الشهداء."
    )
    calls = _calls(text)
    assert len(calls) == 1, calls
    assert {calls[0]["actor1_country"], calls[0]["actor2_country"]} == {"SAU", "BHR"}


def test_a_caller_after_from_is_not_the_receiver():
    # near miss: the first sentence's receive verb has no subject before «من»; the honorific
    # of the next call then names the last prince, as before
    text = (
        "وفي هذا السياق تلقى اتصالا هاتفيا من ولي عهد البحرين الأمير سلمان بن حمد. "
        "واستقبل ولي العهد السعودي الأمير محمد بن نايف اليوم سفير فرنسا لدى المملكة."
    )
    events = _events(text, home="SAU")
    assert all(e["actor1_country"] != "BHR" or e["event_type"] == "CALL" for e in events), events


# «..., كما قال مسؤول الجمعة»: the day of a trailing attribution is the saying's


def test_the_day_of_a_trailing_attribution_does_not_date_a_visit_to_come():
    text = "سيزور وزير الخارجية الأمريكي كوبا في موعد لم يحدد بعد، حسبما أعلن مسؤول الجمعة."
    e = _one(_events(text), "VISIT")
    assert (e["actor1_country"], e["status"], e["location_country"]) == ("USA", "planned", "CUB")
    assert e["event_date"] is None


def test_a_visit_to_come_dated_before_the_attribution_keeps_its_day():
    # near miss: the day stands in the contact's clause, before the attribution
    text = "سيزور وزير الخارجية الأمريكي كوبا الجمعة، كما قال مسؤول."
    e = _one(_events(text), "VISIT")
    assert str(e["event_date"]) == "2015-08-07"


def test_a_day_the_attribution_says_is_the_contacts():
    # near miss: the day is in what the source says («مضيفا أن الجمعة القادم موعد الاجتماع»)
    text = (
        "ستزور رئيسة الوزراء البريطانية الرئيس الأمريكي، وفق ما أعلن البيت الأبيض مضيفا أن "
        "الجمعة القادم موعد الاجتماع."
    )
    e = _one(_events(text), "VISIT")
    assert str(e["event_date"]) == "2015-08-07"


# «... في ختام جولته. وزار X إسرائيل والأردن»: a tour's earlier stops are not on its last day


def test_an_earlier_stop_of_a_tour_takes_no_day_of_its_last():
    text = (
        "يصل وزير الدفاع الأمريكي آشتون كارتر إلى المملكة اليوم في ختام جولته في المنطقة. "
        "وزار كارتر إسرائيل والأردن."
    )
    visits = {e["location_country"]: e for e in _events(text) if e["event_type"] == "VISIT"}
    assert set(visits) == {"SAU", "ISR", "JOR"}, visits
    assert (visits["SAU"]["status"], str(visits["SAU"]["event_date"])) == ("planned", "2015-08-03")
    assert visits["ISR"]["status"] == "reported"
    assert visits["ISR"]["event_date"] is None


def test_a_visit_to_come_told_with_its_day_keeps_the_place_named_after():
    # near miss: the visit to come, dated, and the place a later sentence gives it stay one
    text = (
        "وينتظر الدبلوماسيون زيارة وزير الخارجية الأمريكي جون كيري يوم 14 أغسطس المقبل. "
        "وتعود آخر زيارة لوزير خارجية أمريكي إلى كوبا إلى عام 1945."
    )
    visits = [e for e in _events(text) if e["event_type"] == "VISIT"]
    assert any(str(e["event_date"]) == "2015-08-14" for e in visits), visits
