"""Days of several contacts in one article: the day one clause tells does not carry to a contact
another clause tells. Sentences are invented paraphrases.

A contact whose results are told («استمع المجلس إلى نتائج زيارة X ... واجتماعه مع Y») was over
before the telling: the day of the telling (the lead's) is not its day.

The day of a contrast clause, and a participle of heading (paraphrased sentences, not corpus
text).

Planned talks about a conference (invented sentences, with near misses). A relative day in the
clause of what talks came after is not theirs.

Another noun's day before the contact dates nothing; the contact's own clause still does.

A summit's or a conference's day told in a relative clause after a meeting is not the meeting's;
a meeting at a summit's margin keeps the summit's day.
"""

from __future__ import annotations

from datetime import date

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


CABINET = "رأس الرئيس التونسي اليوم الاثنين اجتماع مجلس الوزراء بقصر قرطاج.\n"


def _dated(text):
    return {
        (e["event_type"], e["actor2_country"], e["event_date"])
        for e in extract_events(CABINET + text, date(2017, 3, 13), home="TUN")
    }


def test_results_of_a_visit_are_not_dated_by_the_telling():
    # the results a cabinet hears of a visit and of a meeting held on it: both are over
    # before the session, whose day is not theirs
    rows = _dated(
        "واستمع المجلس إلى نتائج زيارة وزير الخارجية التونسي خميس الجهيناوي إلى "
        "الجزائر واجتماعه مع الرئيس الجزائري عبد العزيز بوتفليقة."
    )
    assert ("VISIT", None, None) in rows
    assert ("MEET", "DZA", None) in rows


def test_results_of_a_meeting_are_not_dated_by_the_telling():
    rows = _dated("وأطلع الرئيس المجلس على نتائج اجتماعه مع رئيس الوزراء الإيطالي.")
    assert ("MEET", "ITA", None) in rows


def test_a_visit_told_without_results_keeps_the_lead_day():
    # near-miss: the same sentence without «نتائج» reports the lead's occasion
    rows = _dated(
        "وزار وزير الخارجية التونسي خميس الجهيناوي الجزائر واجتمع مع الرئيس "
        "الجزائري عبد العزيز بوتفليقة."
    )
    assert ("MEET", "DZA", date(2017, 3, 13)) in rows


def _visits(text, published):
    return [
        (
            e["actor1_country"],
            e["location_country"],
            e["event_date"] and e["event_date"].isoformat(),
        )
        for e in extract_events(text, published, home="SAU")
        if e["event_type"] == "VISIT"
    ]


def test_contrast_clause_keeps_its_own_day():
    # the date of the clause before «بينما» (the agreement's) is not the arrival's
    text = (
        "أرسلت برلين وفدا تجاريا بعد أيام من توقيع الاتفاق في فيينا في 14 يوليو، "
        "بينما وصل وزير الخارجية الفرنسي لوران فابيوس إلى طهران يوم الأربعاء الماضي."
    )
    assert ("FRA", "IRN", "2015-07-29") in _visits(text, "2015-08-03")


def test_clause_before_contrast_keeps_its_day():
    text = (
        "وصل وزير الخارجية الفرنسي لوران فابيوس إلى طهران يوم الأربعاء الماضي، "
        "فيما يواصل الخبراء بحث تفاصيل الاتفاق."
    )
    assert ("FRA", "IRN", "2015-07-29") in _visits(text, "2015-08-03")


def test_lead_day_before_reported_clause_dates_the_next_meeting():
    # the lead's «اليوم» (the joint press conference) is the occasion, not the month named
    # inside what the president reports
    text = (
        "قال الرئيس الفرنسي فرنسوا هولاند في مؤتمر صحفي عقده اليوم رفقة رئيس الحكومة "
        "التونسي مهدي جمعة إن بلاده ستنظم مؤتمرا لدعم الاستثمار في سبتمبر المقبل.\n"
        "وأوضح هولاند أنه بحث خلال لقائه بمهدي جمعة الملف الأمني."
    )
    meets = [
        (e["actor1_country"], e["actor2_country"], e["status"], e["event_date"])
        for e in extract_events(text, "2014-04-29", home="TUN")
        if e["event_type"] == "MEET"
    ]
    assert meets
    assert all(m[3] is not None and m[3].isoformat() == "2014-04-29" for m in meets)
    assert all(m[2] == "reported" for m in meets)


def test_participle_of_heading_shares_the_departure_day():
    # «متوجها» tells the same trip as «غادر»: the day after the verb dates it, not the
    # dates of the session the delegation is going to attend
    text = (
        "غادر العاصمة القطرية وفد من مجلس الشورى القطري، اليوم الاثنين، متوجها إلى تونس "
        "للمشاركة في دورة البرلمان العربي المقررة من 6 إلى 8 أكتوبر الحالي."
    )
    visits = _visits(text, "2015-10-05")
    assert ("QAT", "TUN", "2015-10-05") in visits


def _events_about(text, published, home="TUN"):
    return extract_events(text, published, home=home)


def _one_about(events, etype, country):
    found = [
        e
        for e in events
        if e["event_type"] == etype and country in (e["actor1_country"], e["actor2_country"])
    ]
    assert len(found) == 1, found
    return found[0]


VISIT_THEN_TALKS = (
    "يؤدي وزير الشؤون الخارجية زيارة إلى الكويت يومي 15 و16 أكتوبر الجاري. ومن المنتظر أن "
    "يجري الوزير خلال هذه الزيارة لقاءات مع كبار المسؤولين الكويتيين للتباحث حول مشاركة "
    "كويتية في المؤتمر الدولي لدعم الاستثمار الذي تحتضنه تونس يومي 29 و30 نوفمبر 2016."
)


def test_planned_talks_take_no_day_from_a_conference_they_are_about():
    meet = _one_about(_events_about(VISIT_THEN_TALKS, "2016-10-14"), "MEET", "KWT")
    assert meet["status"] == "planned"
    # the conference's days (29-30 November) are not the meetings': they are the visit's
    assert meet["event_date"] != date(2016, 11, 29)
    assert meet["event_date"] == date(2016, 10, 1) and meet["date_precision"] == "month"


def test_the_visit_itself_keeps_its_own_day():
    visit = _one_about(_events_about(VISIT_THEN_TALKS, "2016-10-14"), "VISIT", "TUN")
    assert visit["status"] == "planned"
    assert visit["event_date"] == date(2016, 10, 15)


def test_attending_a_summit_keeps_the_summit_day():
    # near miss: the gathering attended is the contact, so its day is the attendance's
    text = (
        "وأوضح السفير أن الرئيس الأمريكي سيشارك في القمة العالمية لريادة الأعمال التي "
        "ستفتتح في 24 يوليو الحالي في نيروبي."
    )
    visit = _one_about(_events_about(text, "2015-07-17", home="SAU"), "VISIT", "USA")
    assert visit["status"] == "planned"
    assert visit["event_date"] == date(2015, 7, 24)


def test_relative_day_of_what_talks_came_after_is_not_theirs():
    # a relative day («أمس») in the clause of the agreement the talks followed: not explicit,
    # so only the rule for a thing the contact came after leaves the talks undated
    text = (
        "وبعد الاتفاق الذي وقع أمس، بدأت مفاوضات في أثينا بين اليونان ودائنيها في أجواء من "
        "التوتر السياسي."
    )
    evs = [
        e for e in extract_events(text, "2015-08-04", home="SAU") if e["event_type"] == "NEGOTIATE"
    ]
    assert evs
    assert all(e["status"] == "reported" and e["event_date"] is None for e in evs)


# a date in a relative clause on another noun, closed before the contact, is that noun's


def _dated_noun(text):
    from pipeline.events import extract_events

    return [
        (e["event_type"], e["actor1_country"], e["event_date"])
        for e in extract_events(text, date(2024, 3, 20), home="SAU")
    ]


def test_another_nouns_day_before_the_contact_dates_nothing():
    # an invented strike told in a statement handed out during a visit
    text = (
        "وأوضح الجيش أن الغارة التي نفذت في 3 مارس في ولاية قندهار قتلت قياديا، وذلك في "
        "بيان وزع على الصحافيين المرافقين لوزير الخارجية الفرنسي في زيارته إلى العراق."
    )
    assert _dated_noun(text) == [("VISIT", "FRA", None)]


def test_the_contacts_own_clause_and_another_day_still_date_it():
    # with a day of its own in the sentence, the contact takes that day
    text = (
        "وأوضح الجيش أن الغارة التي نفذت في 3 مارس في ولاية قندهار قتلت قياديا، وذلك في "
        "بيان وزع أمس على الصحافيين المرافقين لوزير الخارجية الفرنسي في زيارته إلى العراق."
    )
    assert _dated_noun(text) == [("VISIT", "FRA", date(2024, 3, 19))]
    # the visit's own relative clause dates it
    text = (
        "واختتم وزير الخارجية الفرنسي زيارته إلى العراق التي بدأها في 17 مارس، والتقى "
        "خلالها رئيس الوزراء العراقي."
    )
    assert ("VISIT", "FRA", date(2024, 3, 17)) in _dated_noun(text)


def _dated_summit(text, published=date(2015, 8, 10)):
    return [
        (e["event_type"], e["status"], str(e["event_date"]))
        for e in extract_events(text, published, home="SAU")
    ]


def test_summits_day_in_a_relative_clause_after_the_meeting_is_not_the_meetings():
    # the day follows the summit's own name inside a relative clause on another noun: it
    # dates the summit the agreed fields were announced at, not the meeting in Doha
    text = (
        "ورحب المجلس بالبيان الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون مع وزير "
        "الخارجية الأمريكي في الدوحة لبحث مجالات التعاون التي أعلن عنها في قمة كامب "
        "ديفيد في 14 مايو 2015."
    )
    events = _dated_summit(text)
    assert events and all(e[0] == "MEET" for e in events)
    assert all(e[2] != "2015-05-14" for e in events)


def test_conference_day_after_its_name_in_a_relative_clause_is_not_the_meetings():
    text = (
        "وبحث وزير الخارجية التونسي مع نظيره الكويتي التعاون في المجالات التي تناولها "
        "مؤتمر الاستثمار الدولي في 29 نوفمبر 2014."
    )
    events = _dated_summit(text, date(2015, 3, 2))
    assert ("MEET", "reported", "2014-11-29") not in events


def test_meeting_at_a_summits_margin_keeps_the_summits_day():
    # near miss: the relative clause is on the summit the meeting was held at
    text = "التقى وزير الخارجية الأمريكي نظيره الروسي على هامش القمة التي عقدت في 14 مايو 2015."
    assert ("MEET", "reported", "2015-05-14") in _dated_summit(text)
