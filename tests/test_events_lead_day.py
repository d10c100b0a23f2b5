"""The lead's day and later sentences: when it dates an undated contact and when it does not.

A lead's day carried to a later undated sentence (news lead convention): not when the lead
tells no contact and the story has moved on, unless a party of the lead's day takes part.

Contacts recalled from before now, later legs of a trip, and visits called off, told late
in an article whose lead names a day (invented sentences).

A meeting told in a sentence that names no day, whose own day the next sentence or two
gives when naming it again («وتناولت مباحثات الخميس», «خلال اللقاء الذي عقد أمس»).

Dates and statuses: a contact told after «غداة» / «عشية» in a sentence that
names no day of its own (pipeline/events/extract.py `_eve_word`).

Sentences written for these tests (not corpus text).

A newspaper's issue day and a quoted paper name date no contact; a coming year recalls nothing.

Invented sentences (paraphrases of the constructions, not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = "2015-08-03"  # a Monday: «أمس الأحد» is 2015-08-02

# four sentences of an attack's aftermath, none of them dated
AFTERMATH = (
    "وأسفر الانفجار عن سقوط عدد من القتلى والجرحى في السوق المزدحمة. "
    "وقالت مصادر طبية إن بين الجرحى أطفالا ونساء نقلوا إلى المستشفيات القريبة. "
    "وشددت قوات الأمن الإجراءات حول الأسواق والمساجد في المدينة. "
    "وتشهد المنطقة منذ سنوات هجمات متكررة تتبناها جماعات متشددة. "
)
ATTACK = "قتل عشرون شخصا أمس الأحد في تفجير انتحاري استهدف سوقا شعبية في مدينة مايدوغوري. "
VISIT = (
    "ووقع التفجير بعد زيارة قام بها الرئيس النيجيري محمد بخاري إلى الكاميرون التقى "
    "خلالها الرئيس الكاميروني بول بيا."
)


def _events(text):
    return {
        (e["event_type"], e["actor1_country"], e["actor2_country"]): e
        for e in extract_events(text, PUBLISHED)
    }


def test_attack_lead_does_not_date_a_visit_told_far_after_it():
    evs = _events(ATTACK + AFTERMATH + VISIT)
    visit = evs[("VISIT", "NGA", None)]
    assert visit["status"] == "reported" and visit["location_country"] == "CMR"
    assert visit["event_date"] is None
    assert evs[("MEET", "NGA", "CMR")]["event_date"] is None


def test_attack_lead_still_dates_the_sentence_right_after_it():
    evs = _events(ATTACK + VISIT)
    assert str(evs[("VISIT", "NGA", None)]["event_date"]) == "2015-08-02"


def test_lead_day_named_again_near_the_contact_still_dates_it():
    evs = _events(ATTACK + AFTERMATH + VISIT + " وأعلنت السلطات أمس حالة الطوارئ في الولاية.")
    assert str(evs[("MEET", "NGA", "CMR")]["event_date"]) == "2015-08-02"


def test_contact_of_the_leads_speaker_keeps_the_leads_day():
    text = (
        "قال وزير الخارجية التركي مولود جاويش أوغلو أمس الأحد إن بلاده ستكثف عملياتها ضد "
        "المتشددين. " + AFTERMATH + "وأضاف جاويش أوغلو خلال لقائه نظيره الأمريكي جون كيري "
        "في كوالالمبور أن التعاون بين البلدين وثيق."
    )
    meet = _events(text)[("MEET", "TUR", "USA")]
    assert meet["actor1_role"] == "foreign_minister"
    assert str(meet["event_date"]) == "2015-08-02"


def test_lead_telling_a_contact_dates_its_later_undated_contacts():
    text = (
        "وصل وزير الخارجية الأمريكي جون كيري أمس الأحد إلى القاهرة في زيارة رسمية. "
        + AFTERMATH
        + "والتقى كيري خلال الزيارة الرئيس المصري عبد الفتاح السيسي."
    )
    meet = _events(text)[("MEET", "USA", "EGY")]
    assert meet["status"] == "reported"
    assert str(meet["event_date"]) == "2015-08-02"


def test_recent_visit_with_long_names_before_recently_takes_no_day():
    text = (
        "عقد وزير الخارجية السعودي عادل الجبير أمس الأحد مؤتمرا صحفيا في جدة. "
        "وتعليقا على زيارة وفد حركة حماس برئاسة زعيمها خالد مشعل إلى المملكة مؤخرا قال "
        "الجبير إن الوفد أدى العمرة فقط."
    )
    visits = [e for e in extract_events(text, PUBLISHED) if e["event_type"] == "VISIT"]
    assert visits and visits[0]["actor1_org"] == "HAMAS"
    assert visits[0]["location_country"] == "SAU"
    assert visits[0]["event_date"] is None


PUB = "2016-05-15"  # a Sunday
LEAD = (
    "التقى وزير الخارجية السعودي عادل الجبير اليوم الأحد في الرياض نظيره الأمريكي جون كيري. "
    "وبحث الجانبان العلاقات الثنائية. "
)


def _late(sentence: str) -> list[dict]:
    """The events of the sentence told after the lead (its third)."""
    return [e for e in extract_events(LEAD + sentence, PUB) if e["sentence_index"] == 2]


def _one(events: list[dict], etype: str, *countries: str) -> dict:
    found = [
        e
        for e in events
        if e["event_type"] == etype and {e["actor1_country"], e["actor2_country"]} >= set(countries)
    ]
    assert len(found) == 1, events
    return found[0]


def test_talks_during_their_last_meeting_take_no_lead_day():
    ev = _one(
        _late("وناقش كيري مع الملك سلمان خلال لقائهما الأخير الأزمة السورية."),
        "MEET",
        "USA",
        "SAU",
    )
    assert ev["status"] == "reported"
    assert ev["event_date"] is None


def test_meeting_during_his_previous_visit_takes_no_lead_day():
    events = _late("والتقى كيري الملك سلمان خلال زيارته السابقة إلى جدة.")
    ev = _one(events, "MEET", "USA", "SAU")
    assert ev["event_date"] is None
    visit = _one(events, "VISIT", "USA")
    assert visit["event_date"] is None


def test_the_last_visit_noun_takes_no_lead_day():
    ev = _one(
        _late("وأوضح الجبير أن الزيارة الأخيرة التي قام بها كيري إلى جدة كانت مثمرة."),
        "VISIT",
        "USA",
    )
    assert ev["status"] == "reported"
    assert ev["event_date"] is None


def test_contact_after_sabaqa_an_takes_no_lead_day():
    ev = _one(
        _late(
            "وتناول الجانبان ما سبق أن طرحه الرئيس الروسي فلاديمير بوتين خلال لقائه مع "
            "وزير الخارجية السوري وليد المعلم."
        ),
        "MEET",
        "RUS",
        "SYR",
    )
    assert ev["event_date"] is None


def test_near_miss_last_meeting_with_its_own_day_keeps_it():
    ev = _one(
        _late("وناقش كيري مع الملك سلمان خلال لقائهما الأخير يوم الخميس الماضي الأزمة السورية."),
        "MEET",
        "USA",
        "SAU",
    )
    assert ev["event_date"] == date(2016, 5, 12)


def test_near_miss_the_latters_visit_keeps_the_lead_day():
    # «زيارة الأخير» is the latter's visit (the masculine adjective on a feminine noun), the
    # one the lead tells: not a visit before now
    ev = _one(
        _late("وناقش الجبير مع كيري أثناء زيارة الأخير إلى الرياض الأزمة السورية."),
        "VISIT",
        "USA",
    )
    assert ev["event_date"] == date(2016, 5, 15)


def test_near_miss_meeting_during_his_visit_keeps_the_lead_day():
    ev = _one(
        _late("والتقى كيري الملك سلمان خلال زيارته إلى الرياض."),
        "MEET",
        "USA",
        "SAU",
    )
    assert ev["event_date"] == date(2016, 5, 15)


def test_later_leg_takes_no_lead_day():
    ev = _one(_late("وسيزور كيري لاحقا قطر."), "VISIT", "USA")
    assert ev["status"] == "planned"
    assert ev["event_date"] is None
    assert ev["location_country"] == "QAT"


def test_later_leg_after_this_tour_takes_no_lead_day():
    text = (
        "وصل وزير الخارجية الأمريكي جون كيري اليوم السبت إلى القاهرة في مستهل جولة. "
        "وتعد مصر المحطة الأولى في هذه الجولة لوزير الخارجية الأمريكي، الذي سيزور لاحقا "
        "الكويت لبحث الاتفاق النووي."
    )
    events = extract_events(text, "2016-05-14")
    leg = [e for e in events if e["event_type"] == "VISIT" and e["location_country"] == "KWT"]
    assert len(leg) == 1, events
    assert leg[0]["status"] == "planned"
    assert leg[0]["event_date"] is None
    first = [e for e in events if e["event_type"] == "VISIT" and e["location_country"] == "EGY"]
    assert first and first[0]["event_date"] == date(2016, 5, 14)


def test_near_miss_next_leg_with_its_own_day_keeps_it():
    ev = _one(_late("ثم يتوجه كيري يوم الثلاثاء المقبل إلى الدوحة."), "VISIT", "USA")
    assert ev["status"] == "planned"
    assert ev["event_date"] == date(2016, 5, 17)


def test_visit_postponed_after_the_noun_is_cancelled():
    events = extract_events(
        "قال مصدر دبلوماسي اليوم الأحد إن زيارة وزير الخارجية الإيراني محمد جواد ظريف لتركيا أجلت.",
        PUB,
    )
    ev = _one(events, "VISIT", "IRN")
    assert ev["status"] == "cancelled"


def test_scheduled_visit_called_off_is_cancelled():
    events = extract_events(
        "أعلنت الخارجية التركية اليوم الأحد أن الزيارة التي كانت مقررة لوزير الخارجية "
        "الإيراني محمد جواد ظريف إلى أنقرة ألغيت.",
        PUB,
    )
    ev = _one(events, "VISIT", "IRN")
    assert ev["status"] == "cancelled"


def test_present_next_leg_after_then_is_planned_with_no_lead_day():
    ev = _one(_late("ويتوجه كيري بعد ذلك إلى الدوحة."), "VISIT", "USA")
    assert ev["status"] == "planned"
    assert ev["event_date"] is None
    assert ev["location_country"] == "QAT"


LEAD_NEXT = "تصاعدت حدة الأزمة السورية خلال الأسابيع الأخيرة وسط مخاوف من اتساع رقعة القتال. "
TALKS = "وأجرى وزير الخارجية السعودي عادل الجبير مباحثات مع نظيره الروسي سيرغي لافروف في موسكو. "


def _meets(text: str) -> dict:
    return {
        (e["actor1_country"], e["actor2_country"]): (e["status"], str(e["event_date"]))
        for e in extract_events(text, published=PUBLISHED)
        if e["event_type"] == "MEET"
    }


def test_talks_named_again_with_their_weekday():
    text = LEAD_NEXT + TALKS + "وتناولت مباحثات الخميس الأزمة السورية وسبل الحل السياسي."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "2015-07-30")


def test_meeting_named_again_in_a_relative_clause_with_its_day():
    text = LEAD_NEXT + TALKS + (
        "وجرى خلال اللقاء الذي عقد أمس استعراض العلاقات الثنائية بين البلدين."
    )
    assert _meets(text)[("SAU", "RUS")] == ("reported", "2015-08-02")


def test_lead_day_gives_way_to_the_day_told_again():
    lead = "أعلنت وزارة الخارجية الروسية اليوم أن موسكو ستواصل اتصالاتها بشأن الأزمة السورية. "
    text = lead + TALKS + "وتناولت مباحثات الخميس الأزمة السورية وسبل الحل السياسي."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "2015-07-30")


def test_meeting_of_other_parties_keeps_its_day_to_itself():
    text = LEAD_NEXT + TALKS + "وكان وزير الخارجية التركي قد حضر الاجتماع الذي عقد أمس مع أمير قطر."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "None")


def test_statement_day_does_not_date_the_meeting():
    text = LEAD_NEXT + TALKS + "وقال الجبير في بيان أمس إن اللقاء كان مثمرا وبناء."
    assert _meets(text)[("SAU", "RUS")] == ("reported", "None")


def test_another_pair_between_takes_the_day():
    text = (
        LEAD_NEXT
        + TALKS
        + "كما التقى الجبير وزير الخارجية الإيراني محمد جواد ظريف. "
        + "وتناولت مباحثات الخميس الملف النووي."
    )
    meets = _meets(text)
    assert meets[("SAU", "RUS")] == ("reported", "None")
    assert meets[("SAU", "IRN")] == ("reported", "2015-07-30")


def test_day_told_three_sentences_on_is_too_far():
    text = (
        LEAD_NEXT
        + TALKS
        + "وتطرق الجانبان إلى الأزمة اليمنية. وأكدا أهمية التنسيق بين البلدين. "
        + "وتناولت مباحثات الخميس الأزمة السورية."
    )
    assert _meets(text)[("SAU", "RUS")] == ("reported", "None")


def _meets_eve(text: str, published: str = "2015-08-07") -> list[dict]:
    return [e for e in extract_events(text, published=published) if e["event_type"] == "MEET"]


LEAD_EVE = "يصوت مجلس الأمن صباح اليوم على مشروع قرار بشأن سوريا. "


def test_day_after_a_meeting_in_an_undated_sentence_takes_no_lead_day():
    # the lead's day is the vote's: the meeting, the day before an undated statement, has none
    text = (
        LEAD_EVE
        + "وقال وزير الخارجية الأمريكي غداة لقائه نظيره الروسي في ماليزيا إن الجانبين اتفقا."
    )
    meets = _meets_eve(text)
    assert meets and all(e["event_date"] is None for e in meets)
    assert {(e["actor1_country"], e["actor2_country"]) for e in meets} <= {
        ("USA", "RUS"),
        ("RUS", "USA"),
    }


def test_day_after_a_meeting_takes_its_own_sentence_day_shifted():
    # a day in the statement's own clause still dates the meeting, the day before it
    text = (
        LEAD_EVE
        + "وقال وزير الخارجية الأمريكي أمس غداة لقائه نظيره الروسي في ماليزيا إن الجانبين اتفقا."
    )
    meets = _meets_eve(text)
    assert meets and all(e["event_date"] == date(2015, 8, 5) for e in meets)


def test_meeting_without_eve_word_still_takes_the_lead_day():
    text = (
        "استقبل الرئيس المصري اليوم وزير الخارجية الأمريكي. "
        "وبحث الرئيس مع الوزير الأوضاع في المنطقة."
    )
    meets = extract_events(text, published="2015-08-07")
    assert meets and all(e["event_date"] == date(2015, 8, 7) for e in meets)


def _statuses(text: str, published: str = "2015-08-03") -> list[tuple]:
    return sorted(
        (e["event_type"], e["status"], e["event_date"])
        for e in extract_events(text, published=published)
        if e["event_type"] == "MEET"
    )


def test_headline_run_into_its_lede_is_not_a_planned_meeting():
    # «أمير قطر يلتقي وزير الخارجية الأمريكي» is the headline of the lede that follows
    text = (
        "أمير قطر يلتقي وزير الخارجية الأمريكي التقى الشيخ تميم بن حمد أمير دولة قطر اليوم "
        "وزير الخارجية الأمريكي جون كيري في الدوحة."
    )
    assert _statuses(text) == [("MEET", "reported", date(2015, 8, 3))]


def test_present_meeting_with_its_own_clause_stays_planned():
    # a present verb told in its own clause (a conjunction before the past verb) is not a headline
    text = (
        "يلتقي أمير قطر غدا وزير الخارجية الأمريكي في الدوحة، "
        "وكان قد التقى وزير الخارجية الروسي أمس."
    )
    statuses = {s for _t, s, _d in _statuses(text)}
    assert "planned" in statuses


def _one_press(text, published, home="SAU", etype=None):
    events = [
        e
        for e in extract_events(text, published, home=home)
        if etype is None or e["event_type"] == etype
    ]
    assert len(events) == 1, events
    return events[0]


def test_press_issue_day_is_not_the_meetings():
    e = _one_press(
        "ركزت الصحف المغربية الصادرة اليوم على لقاء وزير الخارجية المغربي بنظيره الفرنسي"
        " في باريس أمس.",
        date(2016, 5, 10),
    )
    assert (e["event_type"], e["status"]) == ("MEET", "reported")
    assert {e["actor1_country"], e["actor2_country"]} == {"MAR", "FRA"}
    assert e["event_date"] == date(2016, 5, 9)


def test_a_meeting_dated_today_keeps_its_day():
    # near miss: no paper between the verb and the day
    e = _one_press("التقى وزير الخارجية المغربي اليوم نظيره الفرنسي في باريس.", date(2016, 5, 10))
    assert e["event_date"] == date(2016, 5, 10)


def test_press_review_lead_takes_no_day_from_the_next_story():
    text = (
        "أبرزت الصحف الأردنية الصادرة اليوم زيارة رئيس الوزراء الأردني إلى بغداد.\n"
        "وتطرقت إلى الحريق الذي اندلع أمس في عمان."
    )
    e = _one_press(text, date(2016, 5, 10))
    assert (e["event_type"], e["actor1_country"], e["actor1_role"]) == (
        "VISIT",
        "JOR",
        "head_of_government",
    )
    assert e["event_date"] is None


def test_undated_headline_still_dated_by_its_lede():
    # near miss: with no paper's issue day, the undated first sentence takes the second's
    text = (
        "أبرزت الصحف الأردنية زيارة رئيس الوزراء الأردني إلى بغداد.\n"
        "وتطرقت إلى الحريق الذي اندلع أمس في عمان."
    )
    e = _one_press(text, date(2016, 5, 10))
    assert e["event_date"] == date(2016, 5, 9)


def test_press_issue_weekday_still_tells_the_writers_day():
    # «الصادرة اليوم (الأربعاء)» in a Thursday paper: today is Wednesday, yesterday Tuesday
    text = (
        "أجمعت الصحف الأردنية الصادرة اليوم (الأربعاء) على أهمية الزيارة.\n"
        "جاء ذلك خلال زيارة وزير الخارجية المصري للأردن يوم أمس."
    )
    e = _one_press(text, date(2015, 8, 6))
    assert (e["event_type"], e["actor1_country"]) == ("VISIT", "EGY")
    assert e["event_date"] == date(2015, 8, 4)


_LEAD = "أكد رئيس بعثة صندوق النقد الدولي أمس الاثنين أن المشاورات انتهت. "


def test_coming_years_do_not_cut_the_lead_day():
    text = _LEAD + (
        "وأضاف في تصريح إثر لقاء جمعه مع رئيس الحكومة أن الأهم هو الاتفاق على"
        " أولويات الإصلاح لسنتي 2017 و2018."
    )
    e = _one_press(text, date(2017, 4, 18), home="TUN", etype="MEET")
    assert {e["actor1_org"], e["actor2_country"]} == {"IMF", "TUN"}
    assert e["actor2_role"] == "head_of_government"
    assert e["event_date"] == date(2017, 4, 17)


def test_a_past_year_still_recalls():
    # near miss: a year before publication is the past, so the lead's day is not taken
    text = _LEAD + "وأضاف في تصريح إثر لقاء جمعه مع رئيس الحكومة أن الإصلاحات تأخرت في 2013."
    e = _one_press(text, date(2017, 4, 18), home="TUN", etype="MEET")
    assert e["event_date"] is None


_SAID = "إن اجتماع وزير الخارجية السعودي مع نظيره الأمريكي كان مثمرا."


def test_quoted_paper_name_is_no_day():
    for source in ("لـ “عين اليوم” ", 'لـ "الإمارات اليوم"، '):
        e = _one_press("قال المحلل " + source + _SAID, date(2015, 8, 4))
        assert (e["event_type"], e["actor1_country"], e["actor2_country"]) == ("MEET", "SAU", "USA")
        assert e["event_date"] is None


def test_paper_named_alone_in_brackets_is_no_day():
    e = _one_press(
        "وأوضح المسؤول لـ(اليوم) أن وزير الخارجية السعودي التقى نظيره الأمريكي.", date(2015, 8, 4)
    )
    assert e["event_date"] is None


def test_paper_named_in_quotation_marks_after_a_clitic_is_no_day():
    # «لـ«اليوم»»: the clitic on the quotation mark is the paper's name's, no today
    e = _one_press(
        "وأوضح المسؤول لـ«اليوم» أن وزير الخارجية السعودي التقى نظيره الأمريكي.", date(2015, 8, 4)
    )
    assert e["event_date"] is None


def test_bracketed_time_of_day_is_a_day():
    # near misses: «(مساء اليوم)» and a bare «اليوم» are today
    e = _one_press("قال المحلل (مساء اليوم) " + _SAID, date(2015, 8, 4))
    assert e["event_date"] == date(2015, 8, 4)
    e = _one_press(
        "وأوضح المسؤول اليوم أن وزير الخارجية السعودي التقى نظيره الأمريكي.", date(2015, 8, 4)
    )
    assert e["event_date"] == date(2015, 8, 4)



def test_issue_named_with_its_possessive_dates_no_contact():
    # «في عددها، أمس،»: the day the paper's issue came out, not the meeting's
    e = _one_press(
        "وأبرزت صحيفة الشروق الجزائرية في عددها، أمس، لقاء وزير الخارجية الجزائري بنظيره"
        " التونسي في تونس.",
        date(2016, 5, 10),
        home="TUN",
    )
    assert (e["event_type"], e["status"], e["event_date"]) == ("MEET", "reported", None)


def test_near_miss_a_day_after_the_issue_of_the_meeting_itself():
    # the meeting's own day, named after the issue's, still dates it
    e = _one_press(
        "وذكرت صحيفة الشروق الجزائرية في عددها اليوم أن وزير الخارجية الجزائري التقى"
        " نظيره التونسي أمس في تونس.",
        date(2016, 5, 10),
        home="TUN",
    )
    assert (e["status"], e["event_date"]) == ("reported", date(2016, 5, 9))
