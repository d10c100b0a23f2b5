"""Status and date of a contact tied to another clause: «قبل أن / بعد أن», a future verb before
a noun, a contact told after a recalled story.

A contact after «قبل أن» in a past narrative is what happened next, not a plan.

Statuses and dates of contacts that a sentence's grammar ties to another clause: a contact
told after «قبل أن / بعد أن» as the next item of a contact's programme.

Status and date of contacts the rules find (pipeline/events/triggers.py, extract.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates
from pipeline.events.extract import _prepare


def _visits(text, published="2016-03-10"):
    return [
        (e["status"], e["actor1_country"], e["location_country"])
        for e in extract_events(text, published, home="SAU")
        if e["event_type"] == "VISIT"
    ]


def test_trip_after_past_saying_is_reported():
    text = (
        "وقال الرئيس التركي في مؤتمر صحفي بأنقرة قبل أن يبدأ جولة في الصين والهند إن الحوار مستمر."
    )
    visits = _visits(text)
    assert visits
    assert all(status == "reported" for status, _, _ in visits)
    assert ("reported", "TUR", "CHN") in visits


def test_departure_after_past_narrative_is_reported():
    text = "وأمضى رئيس الوزراء اليمني يومين في عدن قبل أن يغادر إلى الرياض."
    assert ("reported", "YEM", "SAU") in _visits(text)


def test_trip_after_future_clause_stays_planned():
    text = "سيعلن الرئيس الفرنسي اليوم تشكيل الحكومة قبل أن يتوجه إلى ألمانيا."
    assert ("planned", "FRA", "DEU") in _visits(text)


def test_trip_told_for_tomorrow_stays_planned():
    text = "وصل الرئيس المصري اليوم إلى بيروت قبل أن يتوجه غدا إلى الرياض."
    visits = _visits(text)
    assert ("reported", "EGY", "LBN") in visits
    assert ("planned", "EGY", "SAU") in visits


def test_trip_after_future_verb_in_reported_speech_stays_planned():
    text = "قال المتحدث إن وزير الخارجية الأردني سيزور بغداد قبل أن يتوجه إلى طهران."
    visits = _visits(text)
    assert ("planned", "JOR", "IRN") in visits


def test_other_subject_after_past_verb_stays_planned():
    # a subject of its own after «قبل أن» may be what lies ahead of the news
    text = "وتحدث وزير الخارجية المغربي للصحفيين قبل أن يبدأ الرئيس الفرنسي زيارة إلى الجزائر."
    visits = _visits(text)
    assert ("planned", "FRA", "DZA") in visits


def test_visit_after_a_clause_dated_days_ago_is_reported_undated():
    text = (
        "وأوضحت السلطات أن ضبط الشحنة تم يوم الأحد الماضي، أي قبل أن يبدأ وزير الخارجية "
        "الإيراني زيارته إلى الكويت."
    )
    events = [
        e
        for e in extract_events(text, "2016-03-10", home="SAU")
        if e["event_type"] == "VISIT" and e["actor1_country"] == "IRN"
    ]
    assert events
    assert all(e["status"] == "reported" and e["event_date"] is None for e in events)


PUB = date(2016, 3, 10)


def _events(text, published=PUB):
    return [(e["event_type"], e["status"], e["event_date"],
             tuple(sorted(str(c) for c in (e["actor1_country"], e["actor2_country"]))))
            for e in extract_events(text, published)]


def test_time_clause_after_a_contact_takes_its_day():
    # «قبل أن» opens a time clause, no reported one: the trilateral meeting is today's, as
    # the talks told before it (the sentence names no other day)
    text = ("تستضيف العاصمة القطرية مشاورات إقليمية حول الأزمة السورية. "
            "ويجتمع اليوم وزير الخارجية الأمريكي جون كيري بنظرائه في دول مجلس التعاون الخليجي "
            "في الدوحة، كما يعقد وزير الخارجية الروسي سيرغي لافروف مباحثات مع أمير دولة قطر "
            "الشيخ تميم بن حمد آل ثاني ووزير خارجيته خالد العطية في الديوان الأميري، قبل أن "
            "يعقد لقاءً ثلاثيًا يضم لافروف مع نظيريه الأمريكي كيري والسعودي عادل الجبير.")
    events = _events(text)
    assert ("MEET", "planned", PUB, ("RUS", "USA")) in events
    assert ("MEET", "planned", PUB, ("SAU", "USA")) in events


def test_time_clause_after_no_contact_is_not_dated_by_it():
    # near-miss: the day before «قبل أن» is a seizure's, no contact's: the visit begun after it
    # does not take it
    text = ("وكشفت السلطات أن ضبط شحنة الأسلحة تم يوم السبت الماضي، أي قبل أن يبدأ وزير "
            "الخارجية الإيراني محمد جواد ظريف زيارته لدولتي قطر والكويت.")
    assert not any(e[0] == "VISIT" and e[2] == date(2016, 3, 5) for e in _events(text))


def test_meeting_during_an_undated_visit_is_its_programme():
    # «في زيارة ... يلتقي خلالها»: the meeting is announced for the visit (planned), whether or
    # not the sentence dates the arrival, as «حيث يلتقي» is
    text = ("وصل وزير الخارجية التركي مولود جاويش أوغلو إلى الرياض في زيارة تستغرق ثلاثة أيام "
            "يلتقي خلالها نظيره السعودي عادل الجبير.")
    events = _events(text)
    assert ("MEET", "planned", None, ("SAU", "TUR")) in events
    assert ("VISIT", "reported", None, ("None", "TUR")) in events


def test_meeting_told_as_held_during_the_visit_stays_reported():
    # near-miss: «التقى خلالها» tells the meeting as held
    text = ("وصل وزير الخارجية التركي مولود جاويش أوغلو إلى الرياض في زيارة تستغرق ثلاثة أيام "
            "التقى خلالها نظيره السعودي عادل الجبير.")
    assert ("MEET", "reported", None, ("SAU", "TUR")) in _events(text)


def test_talks_whose_parties_stand_before_a_future_verb_are_to_come():
    # «مباحثات X مع Y ستتضمن»: the contact noun is the subject of a future verb, its parties
    # between them
    text = ("وأوضح بيان صادر عن الخارجية الروسية أن مباحثات وزير الخارجية السعودي عادل الجبير مع "
            "نظيره الروسي سيرغي لافروف ستتضمن تطبيق الاتفاقات بين البلدين.")
    assert ("MEET", "planned", None, ("RUS", "SAU")) in _events(text)


def test_talks_before_a_past_verb_or_a_quotation_are_not_made_to_come():
    # near-misses: a past verb keeps the talks held; a future verb that opens a quotation after
    # the visit is what was said during it
    held = ("وأوضح بيان صادر عن الخارجية الروسية أن مباحثات وزير الخارجية السعودي عادل الجبير "
            "مع نظيره الروسي سيرغي لافروف تضمنت تطبيق الاتفاقات بين البلدين.")
    assert ("MEET", "reported", None, ("RUS", "SAU")) in _events(held)
    quoted = ("وقال وزير الخارجية السعودي عادل الجبير خلال زيارة لموسكو “ستستقر العلاقات بين "
              "البلدين”.")
    assert not any(e[0] == "VISIT" and e[1] == "planned" for e in _events(quoted))


def _status(text: str, published: str = "2015-07-24") -> set:
    """(type, status, date) of each event of a text."""
    return {(e["event_type"], e["status"],
             e["event_date"].isoformat() if e["event_date"] else None)
            for e in extract_events(text, published)}


def _statuses(text: str, published: str = "2015-07-24") -> set:
    return {(t, s) for t, s, _ in _status(text, published)}


# --- a contact noun that is the subject or object of a future verb is still to come


def test_noun_after_a_future_verb_is_planned():
    # VS order: the verb, its object (a demonstrative phrase), then the contact noun
    assert ("MEET", "planned") in _statuses(
        "وسيعقب ذلك اجتماع بين وزير الخارجية الأمريكي ونظيره الكوبي.")
    # «سيلي» (it will follow) is a future verb too, short as it is
    assert ("MEET", "planned") in _statuses(
        "وسيلي هذا الحفل اجتماع بين وزير الخارجية الأمريكي ونظيره الكوبي.")


def test_noun_of_another_noun_after_a_future_verb_is_not_planned():
    # near miss: «نتائج اجتماع» — the future verb governs «نتائج», the meeting is past
    assert _statuses("وستناقش الحكومة التونسية نتائج اجتماع وزير الخارجية التونسي "
                     "مع نظيره الفرنسي.") == {("MEET", "reported")}
    # near miss: a preposition the noun depends on («سيتحدث عن لقاء»)
    assert _statuses("وسيتحدث الوزير عن لقاء وزير الخارجية التونسي مع نظيره "
                     "الفرنسي.") == {("MEET", "reported")}


def test_first_to_make_a_visit_with_a_light_verb_is_reported():
    # «أول وزير يقوم بزيارة»: who someone is, by a visit made (as «أول وزير يزور»)
    assert _statuses("وكان وزير الخارجية الكوبي أول وزير خارجية كوبي يقوم بزيارة رسمية "
                     "لواشنطن منذ عقود.") == {("VISIT", "reported")}
    # near miss: the ordinal governed by a copula to come («سيكون أول وزير يقوم بزيارة»)
    assert _statuses("وسيكون الوزير أول وزير خارجية فرنسي يقوم بزيارة إلى إيران منذ "
                     "سنوات.") == {("VISIT", "planned")}


# --- a day of the month named relative to publication («من الشهر الماضي», «29 الحالي»)


def _dates(text: str, published=date(2015, 7, 23)) -> list:
    sent = _prepare(text, published, None)[0]
    return [(m.date, m.precision) for m in find_dates(sent.norms, published)]


def test_day_of_a_relative_month():
    assert _dates("وقع الاتفاق في الرابع عشر من الشهر الماضي") == [(date(2015, 6, 14), "day")]
    assert _dates("يلتقي الوزيران يوم 12 من الشهر الجاري") == [(date(2015, 7, 12), "day")]
    assert _dates("يزور الوزير طهران في 29 الحالي") == [(date(2015, 7, 29), "day")]
    assert _dates("تعقد القمة في العاشر من الشهر المقبل") == [(date(2015, 8, 10), "day")]
    assert _dates("تجري المحادثات يومي 5 و6 من الشهر المقبل") == [(date(2015, 8, 5), "span")]
    # a contact dated by it
    assert _status("وسيزور وزير الخارجية الفرنسي طهران في 29 الحالي.") == {
        ("VISIT", "planned", "2015-07-29")}


def test_no_day_of_a_relative_month():
    # near misses: an ordinal week is no day; a month alone stays a month; a day that the
    # month does not have is no date; a feminine «الحالية» after a number is no month
    assert _dates("تعقد القمة في الأسبوع الأول من الشهر المقبل") == [(date(2015, 8, 1), "month")]
    assert _dates("زار الوزير طهران في الشهر الماضي") == [(date(2015, 6, 1), "month")]
    assert _dates("تعقد القمة في 31 من الشهر الماضي") == [(date(2015, 6, 1), "month")]
    assert _dates("بموجب المادة 5 الحالية من الاتفاق") == []


# --- a contact to come after a recalled past story is dated by the lead


def test_contact_to_come_after_a_recalled_story_takes_the_lead_date():
    text = ("تشهد الدوحة اليوم مباحثات بين وزير الخارجية الروسي ونظيره القطري. يذكر أن هذه أول "
            "زيارة يقوم بها لافروف للخليج منذ الاتفاق الذي وقع في مطلع الشهر الماضي. وقالت "
            "الخارجية الروسية إن أمير قطر سوف يستقبل وزير الخارجية الروسي.")
    got = _status(text, "2015-08-02")
    assert ("MEET", "planned", "2015-08-02") in got
    assert ("MEET", "planned", None) not in got


def test_past_contact_after_a_recalled_story_keeps_its_date():
    # near miss: a past contact after the recalled story goes on telling it
    text = ("تشهد الدوحة اليوم مباحثات بين وزير الخارجية الروسي ونظيره القطري. يذكر أن وزير "
            "الخارجية الروسي زار الدوحة في 14 يوليو الماضي. وقد استقبله أمير قطر.")
    got = _status(text, "2015-08-02")
    assert ("MEET", "reported", "2015-07-14") in got


# --- «ليكون أول مسؤول يزور»: the result of a trip told in the past, not a visit to come


def test_first_to_after_a_trip_made_is_that_trip():
    got = _status("توجه وزير الاقتصاد الألماني يوهان شميت إلى إيران الأحد ليكون أول مسؤول "
                  "غربي بارز يتوجه إلى الجمهورية الإسلامية منذ الاتفاق.", "2015-07-22")
    assert got == {("VISIT", "reported", "2015-07-19")}


def test_first_to_after_a_trip_to_come_is_planned():
    # near miss: a present verb with a coming day: the aim of a trip still to come
    got = _status("يتوجه وزير الاقتصاد الألماني إلى إيران الأحد المقبل ليكون أول مسؤول غربي "
                  "يزور الجمهورية الإسلامية منذ الاتفاق.", "2015-07-22")
    assert got == {("VISIT", "planned", "2015-07-26")}


def _contacts(text, published="2015-08-09"):
    return [
        (e["event_type"], e["status"], e["event_date"], e["actor1_country"], e["actor2_country"])
        for e in extract_events(text, published, home="SAU")
    ]


def test_talks_held_in_a_past_relative_clause_are_not_planned_by_a_verb_to_come():
    # «نتائج المباحثات التي أجراها ...»: the talks took place; the future verb and its day
    # («سيبحث ... غدا») are the telling's
    text = (
        "سيبحث وزير الخارجية المصري غدا نتائج المباحثات التي أجراها الرئيس المصري "
        "مع الرئيس الروسي."
    )
    assert ("MEET", "reported", None, "EGY", "RUS") in _contacts(text)


def test_talks_held_before_a_coming_visit_take_neither_its_status_nor_its_day():
    text = (
        "أكد مصدر أن زيارة وزير الخارجية المصري المرتقبة إلى موسكو بعد غد ستستكمل المباحثات "
        "التي أجراها وزير الدفاع السعودي مع الرئيس الروسي."
    )
    contacts = _contacts(text)
    assert ("MEET", "reported", None, "SAU", "RUS") in contacts
    assert ("VISIT", "planned", date(2015, 8, 11), "EGY", None) in contacts


def test_visit_made_in_a_past_relative_clause_is_reported_undated():
    text = "سيعرض الوزير غدا حصيلة الزيارة التي قام بها الرئيس المصري إلى روسيا."
    assert ("VISIT", "reported", None, "EGY", None) in _contacts(text)


def test_meeting_held_in_a_past_relative_clause_keeps_the_clause_day():
    text = "سيبحث الوزير غدا نتائج اللقاء الذي جمع الرئيس المصري بالرئيس الروسي أمس."
    assert ("MEET", "reported", date(2015, 8, 8), "EGY", "RUS") in _contacts(text)


def test_talks_to_come_stay_planned_beside_a_clause_on_another_noun():
    # «الذي جرى توقيعه» is the agreement's clause, not the talks'
    text = "وسيعقد الرئيس المصري غدا مباحثات مع الرئيس الروسي تتناول الاتفاق الذي جرى توقيعه."
    assert ("MEET", "planned", date(2015, 8, 10), "EGY", "RUS") in _contacts(text)


def test_talks_to_come_stay_planned_before_a_clause_on_the_person_met():
    # «الذي تم انتخابه» is the president's clause (a man's pronoun after a man), not the talks'
    text = ("سيجري وزير الخارجية السعودي غدا مباحثات مع الرئيس الفرنسي الذي تم انتخابه "
            "الشهر الماضي.")
    assert ("MEET", "planned", date(2015, 8, 10), "SAU", "FRA") in _contacts(text)


def test_meeting_to_come_stays_planned_before_what_the_person_met_held():
    # «الذي عقد أمس اجتماعا» tells what the Russian president did, not the coming meeting
    text = "سيعقد الملك غدا لقاء مع الرئيس الروسي الذي عقد أمس اجتماعا مع الرئيس التركي."
    assert ("MEET", "planned", date(2015, 8, 10), "SAU", "RUS") in _contacts(text)


def test_a_meeting_between_two_men_taking_place_in_its_own_clause_is_reported():
    # near miss: a man's pronoun after the men may open the meeting's own clause when its
    # verb is one of taking place, and a woman's pronoun is the talks'
    text = "سيبحث الوزير غدا نتائج اللقاء بين الرئيس المصري والرئيس الروسي الذي جرى أمس."
    assert ("MEET", "reported", date(2015, 8, 8), "EGY", "RUS") in _contacts(text)
    text = "سيبحث الوزير غدا نتائج المباحثات بين الرئيس المصري والرئيس الروسي التي جرت أمس."
    assert ("MEET", "reported", date(2015, 8, 8), "EGY", "RUS") in _contacts(text)


def test_a_visit_whose_clause_announces_it_stays_planned():
    # «تم» / «جرى» before another deed's verbal noun is the passive of that deed (announcing,
    # putting off), not the contact taking place
    text = "ستشهد الرياض غدا الزيارة التي تم الإعلان عنها لوزير الخارجية الفرنسي إلى السعودية."
    assert ("VISIT", "planned", date(2015, 8, 10), "FRA", None) in _contacts(text)
    text = "يبدأ وزير الخارجية الفرنسي غدا الزيارة التي جرى تأجيلها إلى السعودية."
    assert ("VISIT", "planned", date(2015, 8, 10), "FRA", None) in _contacts(text)


def test_talks_whose_clause_tells_them_held_by_a_verbal_noun_are_reported():
    # near miss: «تم عقدها», «جرت الأسبوع الماضي» tell the talks held
    text = "سيبحث الوزير غدا نتائج المباحثات التي تم عقدها مع الرئيس الروسي."
    assert ("MEET", "reported", None, "SAU", "RUS") in _contacts(text)
    text = ("سيبحث الوزير غدا نتائج المباحثات التي جرت الأسبوع الماضي بين الرئيس المصري "
            "والرئيس الروسي.")
    # (a week names no day: the talks are undated, not given tomorrow's day)
    assert ("MEET", "reported", None, "EGY", "RUS") in _contacts(text)
