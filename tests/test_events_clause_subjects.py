"""Subjects of contacts told in chained, reported, relative or side clauses.

Chronicles of one official's day and their unstated subjects: chained clauses that drop the
subject, a first visit of a kind of person made by a light verb's subject, a visit's days told
again by the verb of its lasting, and two named parties as joint subject of a reporting verb
«خلال المباحثات».

The subject of a clause whose verb names none: «على أن يلتقي» (provided that he meets), a
chronicle's deed after a verb of congratulation, and a meeting of one told in a reported
clause («قال A إن B أكد خلال لقائه»). Sentences are our own paraphrases.

A contact verb in a clause of «أنه» after a participle of saying takes the sentence's speaker
as its subject (pipeline/events/frames.py _said_that_subject); a contact verb right after a
relative pronoun takes the actor the pronoun follows (_relative_subject).

Sentences written for these tests (not corpus text).

An actor of one contact noun's «بين/جمع» list is not the subject of a later contact noun
of the same sentence (pipeline/events/frames.py `_listed_earlier`).

A contact told in a side phrase («عقب/إثر/بعد/غداة لقائه …»): the main clause's speaker is
the side phrase's subject, the contact is told once, and «غداة» dates it the day before.
(Guards for the side-phrase family: a distinct earlier leg told this way is rare in news; the
same contact told this way is common and must stay right and single.)

A visit noun whose pronoun is the object of a verb of VSO order belongs to that verb's subject,
not to the topic of the sentence before.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract as ex
from pipeline.events import extract_events
from tests.support.events import role_pairs

PUB = date(2015, 8, 1)


def _events(text, published=PUB, home="SAU"):
    return [
        (
            e["event_type"],
            e["status"],
            e["event_date"],
            tuple(sorted(f"{e[f'actor{n}_country']}/{e[f'actor{n}_role']}" for n in (1, 2))),
        )
        for e in extract_events(text, published, home=home)
    ]


def test_chained_reception_after_afterwards_keeps_the_dropped_subject():
    # «، واستقبل بعد ذلك X»: «بعد ذلك» (afterwards) does not part the chained verb from its
    # object; the host stated once receives both guests, and the guests meet nobody
    text = (
        "استقبل الرئيس المصري في قصر الاتحادية أمس وزير الخارجية الإيطالي، واستقبل بعد "
        "ذلك وزير الخارجية البريطاني فيليب هاموند."
    )
    events = _events(text)
    assert (
        "MEET",
        "reported",
        date(2015, 7, 31),
        ("EGY/head_of_state", "GBR/foreign_minister"),
    ) in events
    assert (
        "MEET",
        "reported",
        date(2015, 7, 31),
        ("EGY/head_of_state", "ITA/foreign_minister"),
    ) in events
    assert not any(e[3] == ("GBR/foreign_minister", "ITA/foreign_minister") for e in events)


def test_chained_call_and_meeting_take_the_subject_of_the_chain():
    # «تلقى X اتصالا هاتفيا من A، والتقى B»: X called by A and meeting B; A and B never paired
    text = (
        "تلقى وزير الخارجية المصري أمس اتصالا هاتفيا من وزير الخارجية الإيراني، والتقى "
        "بعد ذلك نظيره الألماني."
    )
    events = _events(text)
    assert (
        "CALL",
        "reported",
        date(2015, 7, 31),
        ("EGY/foreign_minister", "IRN/foreign_minister"),
    ) in events
    assert (
        "MEET",
        "reported",
        date(2015, 7, 31),
        ("DEU/foreign_minister", "EGY/foreign_minister"),
    ) in events
    assert not any(e[3] == ("DEU/foreign_minister", "IRN/foreign_minister") for e in events)


def test_first_visit_of_a_kind_is_the_light_verbs_subjects():
    # «سيجري X أول زيارة لرئيس أوروبي إلى إيران»: the ل-title is the record X sets, X visits
    text = "وسيجري رئيس النمسا في سبتمبر المقبل أول زيارة لرئيس أوروبي إلى إيران منذ عشر سنوات."
    visits = [e for e in _events(text) if e[0] == "VISIT"]
    assert [(e[1], e[3]) for e in visits] == [("planned", ("AUT/head_of_state", "None/None"))]


def test_first_visit_named_in_reported_speech_has_no_visitor():
    # near-miss: no light verb governs the noun; the speaker is no visitor
    text = "وقال المتحدث إن هذه أول زيارة لرئيس أوروبي إلى إيران منذ عشر سنوات."
    assert not [e for e in _events(text) if e[0] == "VISIT"]


def test_visit_days_told_again_by_the_verb_of_its_lasting():
    # a visit told with its month, then «أن تستمر الزيارة من 7 إلى 9 سبتمبر»: its first day
    text = (
        "وسيجري رئيس النمسا في سبتمبر زيارة رسمية إلى إيران. "
        "ويتوقع أن تستمر الزيارة من 7 إلى 9 سبتمبر."
    )
    visits = [e for e in _events(text, date(2015, 7, 25)) if e[0] == "VISIT"]
    assert [(e[1], e[2]) for e in visits] == [("planned", date(2015, 9, 7))]


def test_visit_lasting_days_of_another_month_keep_the_month():
    # near-miss: the days told are of another month than the visit's: not its days
    text = (
        "وسيجري رئيس النمسا في سبتمبر زيارة رسمية إلى إيران. "
        "ويتوقع أن تستمر الزيارة من 7 إلى 9 أكتوبر."
    )
    visits = [e for e in _events(text, date(2015, 7, 25)) if e[0] == "VISIT"]
    assert [(e[1], e[2]) for e in visits] == [("planned", date(2015, 9, 1))]


def test_joint_subjects_of_a_reporting_verb_during_the_talks_meet():
    # «وأكد A وB خلال المباحثات»: the two named parties held the talks; the king of Jordan
    # named «عبد الله بن الحسين» without his ordinal
    text = (
        "وأكد الرئيس المصري والملك عبد الله بن الحسين خلال المباحثات أهمية تعزيز "
        "العلاقات بين البلدين."
    )
    events = _events(text)
    assert [(e[0], e[3]) for e in events] == [("MEET", ("EGY/head_of_state", "JOR/head_of_state"))]


def test_single_subject_during_the_talks_names_no_pair():
    # near-miss: one party only before «خلال المباحثات», no counterpart named: no event
    text = "وأكد الرئيس المصري خلال المباحثات أهمية تعزيز العلاقات بين البلدين."
    assert not _events(text)


def test_month_phrase_between_light_verb_subject_and_visit_noun():
    # «الشهر المقبل» (next month) between the subject and the noun is a time phrase, as «في
    # سبتمبر» is: the light verb's subject still makes the first visit
    text = "وسيجري رئيس النمسا الشهر المقبل أول زيارة لرئيس أوروبي إلى إيران منذ عشر سنوات."
    visits = [e for e in _events(text) if e[0] == "VISIT"]
    assert [(e[1], e[2], e[3]) for e in visits] == [
        ("planned", date(2015, 9, 1), ("AUT/head_of_state", "None/None"))
    ]


def test_bare_royal_title_joined_to_a_republics_president_is_not_his_state():
    # «الرئيس المصري والملك»: Egypt has no king; in a Saudi paper the bare «الملك» is Saudi
    # Arabia's, and the two joint subjects meet «خلال المباحثات»
    text = "وأكد الرئيس المصري والملك خلال المباحثات أهمية تعزيز العلاقات بين البلدين."
    assert [(e[0], e[3]) for e in _events(text)] == [
        ("MEET", ("EGY/head_of_state", "SAU/head_of_state"))
    ]


def test_bare_title_joined_to_a_foreign_minister_keeps_his_state():
    # near-miss: a minister's title joined to a French minister is still France's
    text = "واستقبل وزير الخارجية المصري أمس وزير الداخلية الفرنسي ووزيرة العدل."
    pairs = {e[3] for e in _events(text)}
    assert ("EGY/foreign_minister", "FRA/minister") in pairs
    assert not any("SAU" in p for pair in pairs for p in pair)


DAY = date(2016, 5, 3)


def _pairs(text):
    return {
        (
            e["event_type"],
            e["status"],
            e["actor1_name"] or e["actor1_country"],
            e["actor2_name"] or e["actor2_country"],
        )
        for e in extract_events(text, DAY)
    }


def test_proviso_meeting_is_the_travellers():
    text = (
        "أعلنت الخارجية الفرنسية أن وزير الخارجية الفرنسي لوران فابيوس وصل في ساعة متأخرة "
        "من مساء أمس إلى القاهرة للقاء الرئيس المصري عبد الفتاح السيسي، على أن يلتقي لاحقا "
        "بنظيره المصري سامح شكري."
    )
    pairs = _pairs(text)
    assert ("MEET", "planned", "Laurent Fabius", "Sameh Shoukry") in pairs
    assert not any(p[2] == "Abdel Fattah al-Sisi" for p in pairs)


def test_proviso_gathering_with_a_title():
    text = (
        "وصل وزير الخارجية المصري سامح شكري إلى عمان للقاء العاهل الأردني الملك عبدالله "
        "الثاني، على أن يجتمع غدا مع رئيس الوزراء الأردني."
    )
    pairs = _pairs(text)
    assert ("MEET", "planned", "Sameh Shoukry", "JOR") in pairs
    assert not any(p[2] == "King Abdullah II" for p in pairs)


def test_proviso_in_sport_names_no_contact():
    text = "وسيغيب المهاجم عن الملاعب أسبوعين، على أن يزور طبيبه في لندن خلال الأيام المقبلة."
    assert extract_events(text, DAY) == []


def test_congratulating_verb_keeps_its_subject_for_the_next_deed():
    text = (
        "هنأ الرئيس التونسي الباجي قائد السبسي الرئيس الفرنسي إيمانويل ماكرون بفوزه في "
        "الانتخابات، وعقد جلسة مباحثات مع رئيس الحكومة الجزائري."
    )
    pairs = _pairs(text)
    assert ("MEET", "reported", "Beji Caid Essebsi", "DZA") in pairs
    assert not any("Emmanuel Macron" in p for p in pairs)


def test_reported_clause_meeting_is_its_own_subjects():
    text = (
        "وقال وزير الخارجية السعودي عادل الجبير إن الرئيس الروسي فلاديمير بوتين أكد خلال "
        "لقائه مع الرئيس المصري عبد الفتاح السيسي ضرورة الحل السياسي."
    )
    pairs = _pairs(text)
    assert ("MEET", "reported", "Vladimir Putin", "Abdel Fattah al-Sisi") in pairs
    assert not any(p[2] == "Adel al-Jubeir" for p in pairs)


def test_reported_clause_subject_and_speaker_are_no_pair():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن الرئيس الروسي فلاديمير بوتين أكد خلال "
        "لقائه أمس ضرورة الحل السياسي."
    )
    assert not any({"John Kerry", "Vladimir Putin"} <= set(p) for p in _pairs(text))


def test_speaker_meeting_after_his_own_clause_stays():
    text = (
        "أعلن وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستبدأ قريبا محاربة التنظيم، "
        "خلال لقائه نظيره الأمريكي جون كيري."
    )
    assert any(p[0] == "MEET" and p[2:] == ("Mevlut Cavusoglu", "John Kerry") for p in _pairs(text))


PUBLISHED = date(2015, 8, 4)


def _pairs_said(text: str) -> set:
    return role_pairs(text, PUBLISHED, None)


def test_participle_of_saying_gives_the_speaker():
    text = ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الحل في اليمن سياسي، مؤكدا أن الرئيس "
            "اليمني عبد ربه منصور هادي يحظى بالدعم الدولي، مشيرا إلى أنه سيلتقي نظيره الألماني "
            "فرانك فالتر شتاينماير الأسبوع المقبل.")
    pairs = _pairs_said(text)
    assert ("MEET", ("DEU:foreign_minister", "FRA:foreign_minister")) in pairs
    assert not any("YEM:head_of_state" in p for _, p in pairs)


def test_participle_of_saying_past_meeting():
    text = ("وقال وزير الخارجية الأمريكي جون كيري إنه يختلف مع رئيس الوزراء الإسرائيلي "
            "بنيامين نتنياهو، موضحا أنه التقى بوزير الخارجية المصري سامح شكري.")
    pairs = _pairs_said(text)
    assert ("MEET", ("EGY:foreign_minister", "USA:foreign_minister")) in pairs
    assert ("MEET", ("EGY:foreign_minister", "ISR:head_of_government")) not in pairs


def test_that_clause_without_a_participle_keeps_its_own_subject():
    # «أن» after a noun, not after a word of saying: the clause's subject is no speaker
    text = ("وقال وزير الخارجية الأمريكي جون كيري إن الرئيس الروسي فلاديمير بوتين يعلم "
            "أنه التقى بوزير الخارجية المصري سامح شكري.")
    pairs = _pairs_said(text)
    assert ("MEET", ("EGY:foreign_minister", "USA:foreign_minister")) not in pairs


def test_relative_pronoun_before_the_verb_gives_its_antecedent():
    text = ("أشاد ولي العهد السعودي بالعاهل الأردني الملك عبدالله الثاني الذي استقبل وزير "
            "الخارجية المصري سامح شكري حمله تحياته لخادم الحرمين الشريفين الملك سلمان بن "
            "عبدالعزيز.")
    pairs = _pairs_said(text)
    assert ("MEET", ("EGY:foreign_minister", "JOR:head_of_state")) in pairs
    assert ("MEET", ("JOR:head_of_state", "SAU:head_of_state")) not in pairs
    assert ("MEET", ("EGY:foreign_minister", "SAU:head_of_state")) not in pairs


def _pairs_listed(text: str, frame: str | None = None) -> set:
    return {(c.etype, c.actor1.country or c.actor1.org, c.actor2.country or c.actor2.org)
            for c, _ in ex.candidates(text, "2015-08-04", None)
            if c.frame and (frame is None or c.frame == frame)}


def test_the_last_of_a_between_list_is_not_the_next_nouns_subject():
    text = ("وجاءت المحادثات بين الرئيس المصري والعاهل الأردني بعد اجتماع مع رئيس "
            "الوزراء الإيطالي.")
    pairs = _pairs_listed(text)
    assert ("MEET", "EGY", "JOR") in pairs
    assert not any("ITA" in p for p in pairs)


def test_a_between_list_does_not_give_a_later_call_its_caller():
    text = ("وسبقت المحادثات بين الرئيس المصري والعاهل الأردني في القاهرة أمس مكالمة "
            "هاتفية مع الرئيس الفرنسي.")
    assert not any("FRA" in p for p in _pairs_listed(text))


def test_near_miss_a_subject_of_its_own_before_the_later_noun_keeps_it():
    text = ("وتأتي المحادثات بين الرئيس المصري والعاهل الأردني بينما كان رئيس الوزراء "
            "الإيطالي في اجتماع مع الرئيس الفرنسي.")
    pairs = _pairs_listed(text)
    assert ("MEET", "EGY", "JOR") in pairs
    assert ("MEET", "ITA", "FRA") in _pairs_listed(text, "before")


def test_near_miss_the_lists_own_pair_may_stand_for_the_later_noun():
    text = ("وأعلن المتحدث أنه سيتم عقد لقاء بين وزير الخارجية الروسي ونظيره الأمريكي "
            "في الدوحة لاستكمال المباحثات بشأن الأزمة.")
    assert ("MEET", "RUS", "USA") in _pairs_listed(text, "before")


def _events_side(text: str, published: str = "2016-03-06", etype: str | None = None) -> list[dict]:
    evs = extract_events(text, published)
    return [e for e in evs if etype is None or e["event_type"] == etype]


def _pair(e: dict) -> set:
    return {(e["actor1_country"], e["actor1_role"]), (e["actor2_country"], e["actor2_role"])}


def test_speaker_after_a_meeting_is_its_subject_and_dated_by_the_clause():
    text = (
        "وقال وزير الخارجية الفرنسي جان إيف لودريان أمس الثلاثاء عقب لقائه نظيره المصري سامح "
        "شكري في القاهرة إن البلدين متفقان على دعم الحل السياسي."
    )
    evs = _events_side(text, "2016-03-02")
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
    evs = _events_side(text, etype="MEET")
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
    evs = _events_side(text, etype="MEET")
    assert len(evs) == 1
    assert evs[0]["event_date"].isoformat() == "2016-03-06"
    assert _pair(evs[0]) == {("TUN", "head_of_state"), ("ITA", "foreign_minister")}


def test_speaker_after_meeting_a_king_abroad_is_the_visitor_not_the_king():
    text = (
        "وأكد وزير الخارجية الأمريكي جون كيري للصحفيين بعد لقائه العاهل الأردني الملك عبد الله "
        "الثاني في عمان أمس أن بلاده تدعم الأردن."
    )
    evs = _events_side(text, etype="MEET")
    assert len(evs) == 1
    assert evs[0]["status"] == "reported"
    assert evs[0]["event_date"].isoformat() == "2016-03-05"
    assert _pair(evs[0]) == {("USA", "foreign_minister"), ("JOR", "head_of_state")}


def test_earlier_leg_in_a_fronted_side_phrase_leaves_the_arrival_planned_today():
    text = (
        "بعد زيارة ناجحة إلى باريس الأسبوع الماضي، يصل الرئيس السنغالي ماكي سال اليوم إلى "
        "الرباط في زيارة رسمية."
    )
    visits = [e for e in _events_side(text, etype="VISIT") if e["location_country"] == "MAR"]
    assert len(visits) == 1
    assert visits[0]["status"] == "planned"
    assert visits[0]["event_date"].isoformat() == "2016-03-06"
    assert (visits[0]["actor1_country"], visits[0]["actor1_role"]) == ("SEN", "head_of_state")


PUB_VSO = date(2015, 7, 24)


def _events_sport(text, published=PUB_VSO, home="SAU"):
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_country"] or e["actor2_org"],
        )
        for e in extract_events(text, published, home=home)
    ]


def test_cancelled_visit_belongs_to_the_cancelling_verbs_subject():
    text = (
        "التقى الرئيس الروسي فلاديمير بوتين المستشارة الألمانية أمس في موسكو.\n"
        "وألغى الرئيس الفرنسي فرانسوا هولاند زيارته المقررة إلى كندا."
    )
    events = _events_sport(text)
    assert ("VISIT", "cancelled", "FRA", None) in events
    assert ("VISIT", "cancelled", "RUS", None) not in events


def test_ended_visit_with_a_time_word_belongs_to_the_verbs_subject():
    text = (
        "قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع أوروبا جيدة.\n"
        "واختتم الرئيس الفرنسي أمس زيارته إلى كندا."
    )
    events = _events_sport(text)
    assert ("VISIT", "reported", "FRA", None) in events
    assert not any(e[2] == "RUS" and e[0] == "VISIT" for e in events)
