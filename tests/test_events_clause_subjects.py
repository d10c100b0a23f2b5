"""Chronicles of one official's day and their unstated subjects: chained clauses that drop the
subject, a first visit of a kind of person made by a light verb's subject, a visit's days told
again by the verb of its lasting, and two named parties as joint subject of a reporting verb
«خلال المباحثات»."""

from datetime import date

from pipeline.events.extract import extract_events

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
