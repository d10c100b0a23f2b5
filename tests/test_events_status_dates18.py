"""Statuses and dates of contacts that a sentence's grammar ties to another clause: a contact
told after «قبل أن / بعد أن» as the next item of a contact's programme."""

from datetime import date

from pipeline.events.extract import extract_events

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
