"""Status cues of event triggers (pipeline.events.triggers._status through extract_events):
planned, cancelled, reported, and negated or hypothetical contacts that are no event."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

PUB = date(2017, 5, 10)


def _events(text):
    return [(e["event_type"], e["status"]) for e in extract_events(text, PUB)]


@pytest.mark.parametrize("text", [
    "لن يلتقي وزير الخارجية المصري نظيره التركي.",
    "رفض الرئيس الفرنسي لقاء الرئيس الروسي.",
    "من المستبعد أن يلتقي الرئيس الأمريكي الرئيس الروسي.",
    "وضع الرئيس السوري شروطا للقاء الرئيس التركي.",
    "نفى وزير الخارجية القطري أن يكون قد التقى نظيره الإيراني.",
    "نصح رئيس الوزراء الليبي الرئيس الفرنسي بعدم زيارة تونس.",
    # readiness or the honour it would be: a wish, no contact
    "رئيس الوزراء الليبي: مستعد للقاء الرئيس المصري في أي وقت.",
    "أبدى الرئيس التركي استعداده للقاء الرئيس السوري.",
    "قال الرئيس الفرنسي إنه \"سيتشرف\" بلقاء الرئيس الروسي إذا سمحت الظروف.",
    "أكد وزير الخارجية الإيراني أنه مستعد لزيارة الرياض.",
])
def test_negated_or_hypothetical_contact_is_no_event(text):
    assert not [e for e in _events(text) if e[0] in ("MEET", "VISIT")]


def test_both_is_not_a_negation():
    text = "التقى وزير الخارجية السوداني أمس كلا من نظيره الإيراني ورئيس البرلمان الإيراني."
    assert ("MEET", "reported") in _events(text)


@pytest.mark.parametrize("text,expected", [
    # a cancellation cue that governs another clause («حين زار») leaves the visit reported
    ("وقال إنه كان من المفترض حين زار الرئيس الأمريكي الرياض أن يقال ذلك.", "reported"),
    # the postponement is the visit's, not the call's
    ("أعلم وزير الخارجية الفرنسي اليوم في اتصال هاتفي وزير الخارجية التونسي بتأجيل زيارة "
     "العمل التي كان يعتزم أداءها إلى تونس.", "reported"),
])
def test_cue_belongs_to_its_own_trigger(text, expected):
    evs = extract_events(text, PUB)
    first = next(e for e in evs if e["event_type"] in ("VISIT", "CALL"))
    assert first["status"] == expected


def test_future_light_verb_over_subject_and_noun_trigger():
    text = ("وسيجري وزير الخارجية الإيطالي خلال هذه الزيارة محادثات مع رئيس الجمهورية "
            "التونسي.")
    assert ("MEET", "planned") in _events(text)


def test_future_light_verb_over_its_subject_and_the_place_named_after_it():
    # the place the meeting is held in is no word of the light verb's phrase; with a break
    # after it, the verb carries no noun so far off
    text = ("ويعقد الرئيس المصري اليوم بمدينة الإسكندرية الساحلية الشمالية لقاء مع رئيس "
            "الوزراء الإيطالي.")
    assert _events(text) == [("MEET", "planned")]
    text = ("ويعقد الرئيس المصري اليوم بمدينة الإسكندرية الساحلية، في ختام زيارته، لقاء مع "
            "رئيس الوزراء الإيطالي.")
    assert _events(text) == [("MEET", "reported")]


def test_future_light_verb_over_a_place_of_two_words_named_after_its_subject():
    # every word of the place's name is no word of the phrase, not its first alone
    for text in ("ويعقد الرئيس المصري اليوم في مدينة شرم الشيخ الساحلية لقاء مع رئيس الوزراء "
                 "الإيطالي.",
                 "ويعقد الرئيس المصري اليوم في العاصمة الإثيوبية أديس أبابا لقاء مع رئيس الوزراء "
                 "الإيطالي."):
        assert _events(text) == [("MEET", "planned")], text


def test_invitation_after_a_past_visit_keeps_it_reported():
    text = "زار الرئيس المصري تونس بدعوة من الرئيس التونسي."
    assert ("VISIT", "reported") in _events(text)


def test_agreed_meeting_is_planned():
    text = "اتفق الرئيس الأمريكي مع الرئيس المكسيكي على لقاء نهاية ماي الجاري."
    evs = extract_events(text, PUB)
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["status"] == "planned"
    assert (meet["event_date"], meet["date_precision"]) == (date(2017, 5, 1), "month")


def test_visit_under_way_is_reported():
    text = "يزور رئيس الوزراء الهندي لندن حاليا."
    assert ("VISIT", "reported") in _events(text)


def test_attendees_of_a_meeting_are_not_its_parties():
    text = ("حضر اللقاء مستشار الأمن الوطني الإماراتي ووزير الخارجية الإماراتي عبد الله بن "
            "زايد.")
    assert _events(text) == []


def test_back_reference_to_a_meeting_proposes_no_new_one():
    text = "وفي ختام اللقاء طلب العاهل الأردني نقل تحياته إلى خادم الحرمين الشريفين."
    assert _events(text) == []
    # «خلال اللقاء مع ...» and a press conference name their own parties
    text = "وقال وزير الخارجية القطري خلال اللقاء مع نظيره الأمريكي إن العلاقات متينة."
    assert ("MEET", "reported") in _events(text)
    text = "وقال وزير الخارجية القطري خلال المؤتمر الصحفي المشترك مع نظيره الأمريكي إن ..."
    assert ("PRESS_CONFERENCE", "reported") in _events(text)


def test_meeting_on_the_sidelines_is_the_contact_not_the_gathering():
    text = ("يلتقي وزير الخارجية الأمريكي اليوم نظيره الروسي على هامش اجتماع أمني إقليمي في "
            "ماليزيا.")
    assert _events(text) == [("MEET", "planned")]
    text = "وأعرب رئيس الوزراء البريطاني على هامش زيارة لسنغافورة عن قلقه."
    assert ("VISIT", "reported") in _events(text)


def test_sidelines_of_a_bilateral_meeting_keep_the_meeting():
    text = "وقال وزير الخارجية التونسي على هامش لقائه بنظيره الجزائري إن العلاقات ممتازة."
    assert ("MEET", "reported") in _events(text)


def test_invitation_to_visit_is_planned():
    text = "جدد الرئيس التونسي دعوته للرئيس المصري لزيارة تونس."
    assert ("VISIT", "planned") in _events(text)


@pytest.mark.parametrize("text,expected", [
    ("يتوجه وزير الخارجية اليمني اليوم إلى مسقط للقاء وزير الخارجية العماني.", "planned"),
    # a past trip's purpose is announced, not told as held (round-7 labelling convention:
    # «توجهت المستشارة ... أمس لإجراء محادثات» is labelled planned on that day) ...
    ("توجه وزير الخارجية اليمني أمس إلى مسقط للقاء وزير الخارجية العماني.", "planned"),
    # ... but not in a sequence of past acts
    ("زار وزير الخارجية اليمني الدوحة أمس ثم توجه إلى مسقط للقاء وزير الخارجية العماني.",
     "reported"),
    ("ويزور رئيس الوزراء العراقي مصر غدا لإجراء مباحثات مع الرئيس المصري.", "planned"),
    # no date and no mark of the future: the visit is under way, the talks it is for are
    # announced, not told as held (labelling convention for a visit's programme)
    ("ويزور رئيس الوزراء العراقي مصر لإجراء مباحثات مع الرئيس المصري.", "planned"),
])
def test_purpose_clause_takes_the_tense_of_its_verb(text, expected):
    evs = extract_events(text, PUB)
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["status"] == expected


def test_cancellation_noun_after_a_visit_governs_its_own_object():
    text = ("وقال المحلل إن الأموال التي دفعت خلال زيارة الرئيس الأمريكي إلى الرياض كان ثمنها "
            "إلغاء الدور القطري.")
    assert ("VISIT", "reported") in _events(text)
    text = "زار الرئيس الأمريكي الرياض في زيارة تم إلغاؤها لاحقا."
    assert _events(text)


def test_date_of_the_visit_not_set_is_planned():
    text = "وقال الرئيس التركي إن موعد زيارة الرئيس التركي إلى واشنطن لم يتحدد بعد."
    assert ("VISIT", "planned") in _events(text)


def test_contact_in_a_time_phrase_of_a_future_verb_is_planned():
    text = ("وقالت المصادر إن وزير الخارجية السعودي سينقل خلال لقائه مع الرئيس الروسي تحيات "
            "خادم الحرمين الشريفين.")
    assert ("MEET", "planned") in _events(text)


@pytest.mark.parametrize("text,expected", [
    # the future verb's subject, object and a time adverb stand before خلال (VSO)
    ("وسيناقش وزير الداخلية اللبناني هذه الملفات صباح اليوم خلال اجتماعه بوزير الخارجية "
     "الفرنسي.", "planned"),
    ("وسوف يبحث وزير الخارجية المصري هذه القضايا أثناء لقائه بنظيره الأردني.", "planned"),
    # near misses: a past verb, a past clause or punctuation between the future verb and خلال
    ("وبحث وزير الخارجية المصري هذه القضايا خلال لقائه بنظيره الأردني.", "reported"),
    ("وسيبحث وزير الخارجية المصري ما تم الاتفاق عليه خلال لقائه بنظيره الأردني.",
     "reported"),
    ("وسيعرض وزير الخارجية المصري النتائج، وقد أكد خلال لقائه بنظيره الأردني دعم بلاده.",
     "reported"),
])
def test_contact_in_a_time_phrase_of_a_further_future_verb(text, expected):
    assert ("MEET", expected) in _events(text)


@pytest.mark.parametrize("text,expected", [
    # an ordinal heading the noun a present visit verb describes: the first to visit, a visit
    # made or under way
    ("تجدر الإشارة إلى أن وزير الاقتصاد الألماني أول سياسي غربي بارز يزور إيران عقب "
     "الاتفاق النووي.", "reported"),
    ("ووزير الاقتصاد الألماني أول مسؤول غربي يزور إيران بعد الاتفاق.", "reported"),
    # near misses: a future verb, a copula to come or the future prefix governs the ordinal
    ("وستكون رئيسة الوزراء البريطانية أول زعيمة أجنبية تزور الرئيس الأمريكي.", "planned"),
    ("وقال إن الرئيس الأمريكي يأمل أن يكون أول رئيس أمريكي يزور إثيوبيا.", "planned"),
    ("وقال إن وزير الاقتصاد الألماني أول مسؤول غربي سيزور إيران بعد الاتفاق.", "planned"),
])
def test_the_first_to_visit_is_a_visit_made(text, expected):
    assert {s for t, s in _events(text) if t == "VISIT"} == {expected}


@pytest.mark.parametrize("lead,expected", [
    # the description names the visit the text is about: as to come as the lead tells it
    ("يصل الرئيس الأمريكي إلى كينيا غدا الجمعة.", {"planned"}),
    ("زار الرئيس الأمريكي كينيا أمس.", {"reported"}),
])
def test_the_first_to_visit_names_the_visit_the_text_is_about(lead, expected):
    text = lead + " وهو أول رئيس أمريكي يزور كينيا أثناء فترة حكمه."
    assert {s for t, s in _events(text) if t == "VISIT"} == expected


def test_past_progressive_is_reported():
    text = "وبينما كان الرئيس الأمريكي يغادر كينيا متوجها إلى إثيوبيا، وقع الهجوم."
    evs = _events(text)
    assert evs and all(status == "reported" for _, status in evs)


@pytest.mark.parametrize("text", [
    "أُرجئ لقاء كان مقررا اليوم بين وزير الخارجية المصري ونظيره التركي إلى موعد لم يحدد.",
    "أُرجئت زيارة وزير الخارجية التركي إلى القاهرة.",
])
def test_a_passive_postponement_cancels(text):
    assert [e[1] for e in _events(text)] and all(e[1] == "cancelled" for e in _events(text))


@pytest.mark.parametrize("text", [
    # a present verb in a sentence with no date and no mark of the future: under way
    "وتأتي هذه التصريحات بينما يقوم الرئيس النيجيري بزيارة إلى الكاميرون.",
    "ويزور نائب الرئيس العراقي القاهرة لإجراء مباحثات مع الرئيس المصري.",
    # a negation after the verb, in what he said there, is about something else
    'وقال وزير الخارجية الإسباني خلال زيارة إلى الرباط حيث يلتقي نظيره المغربي "لم نغير '
    'موقفنا ولن نغيره".',
])
def test_present_contact_with_no_future_mark_is_under_way(text):
    evs = _events(text)
    assert ("VISIT", "reported") in evs
    # what the visit is for (a purpose clause, «حيث يلتقي») is announced: planned
    assert {s for t, s in evs if t == "MEET"} <= {"planned"}


@pytest.mark.parametrize("text,expected", [
    ("ويزور وزير الخارجية الفرنسي الجزائر لإجراء مباحثات مع الرئيس الجزائري.", "planned"),
    ("ويزور وزير الخارجية الفرنسي الجزائر حيث يلتقي الرئيس الجزائري.", "planned"),
    ("ويزور وزير الخارجية الفرنسي الجزائر حيث يجري محادثات مع الرئيس الجزائري.", "planned"),
    # a present verb of its own, joined by و, tells a contact under way
    ("ويزور وزير الخارجية الفرنسي الجزائر ويلتقي الرئيس الجزائري.", "reported"),
])
def test_what_a_visit_under_way_is_for_is_planned(text, expected):
    evs = _events(text)
    assert ("VISIT", "reported") in evs
    assert {s for t, s in evs if t == "MEET"} == {expected}


def test_a_negation_before_the_present_verb_keeps_it_from_being_under_way():
    text = "وقال وزير الخارجية الإسباني خلال زيارة إلى الرباط إنه لا يلتقي نظيره المغربي."
    assert ("MEET", "reported") not in _events(text)


@pytest.mark.parametrize("text", [
    # a future verb, a cue of the future or a coming day elsewhere in the sentence: planned
    "يزور الرئيس النيجيري الكاميرون الأسبوع المقبل.",
    "يزور الرئيس النيجيري الكاميرون في زيارة من المقرر أن تستمر يومين.",
    "يزور الرئيس النيجيري الكاميرون حيث سيلتقي نظيره الكاميروني.",
    "يزور الرئيس النيجيري الكاميرون اليوم.",
])
def test_present_contact_with_a_future_mark_stays_planned(text):
    assert ("VISIT", "planned") in _events(text)


def test_future_relative_clause_past_the_parties_plans_and_dates_the_meeting():
    # the relative clause stands after the parties the noun names; its date is the meeting's,
    # not the nearer «اليوم» of the sentence's other clause
    text = ("اجتمع وزراء خارجية دول مجلس التعاون الخليجي اليوم في الرياض تحضيرا للاجتماع "
            "المشترك بين وزراء خارجية دول مجلس التعاون ووزير الخارجية الأمريكي الذي سيعقد "
            "يوم غد في الرياض.")
    evs = extract_events(text, PUB)
    joint = [e for e in evs if e["event_type"] == "MEET" and e["status"] == "planned"]
    assert [(e["actor1_role"], e["actor2_country"], e["event_date"]) for e in joint] == [
        ("foreign_minister", "USA", date(2017, 5, 11))]


@pytest.mark.parametrize("text", [
    # a relative clause in the past, or one too far from the noun, does not plan it
    "وتناول اللقاء بين وزير الخارجية المصري ونظيره الأردني الذي عقد أمس العلاقات الثنائية.",
    "وعقد وزير الخارجية المصري لقاء مع نظيره الأردني تناول فيه الجانبان العلاقات الثنائية "
    "والأوضاع الإقليمية والقضايا العربية التي ستطرح على القمة المقبلة.",
])
def test_relative_clause_not_in_the_future_or_not_on_the_noun_leaves_it_reported(text):
    assert ("MEET", "reported") in _events(text)
    assert ("MEET", "planned") not in _events(text)


def test_a_visit_that_was_expected_and_put_off_is_cancelled():
    text = "وكان من المنتظر أن يزور وزير الخارجية الفرنسي تونس يوم الاثنين، لكن الزيارة أجلت."
    assert _events(text) == [("VISIT", "cancelled")]


def test_a_future_verb_stays_planned_whatever_past_word_follows_it():
    # «أمس» belongs to the main clause after the comma, not to «سيلتقي»
    text = ("عشية وصوله إلى الدوحة حيث سيلتقي مع وزراء خارجية دول مجلس التعاون، سعى وزير "
            "الخارجية الأمريكي أمس من القاهرة إلى طمأنة دول المنطقة.")
    meets = [e for e in extract_events(text, PUB) if e["event_type"] == "MEET"]
    # (it is the day after: «عشية», see test_events_dates)
    assert [(e["status"], e["event_date"]) for e in meets] == [
        ("planned", PUB)]


@pytest.mark.parametrize("text", [
    # a present light verb whose subject and a time adverb stand before the noun (VSO)
    "يجري وزير الخارجية الإسباني، خوسيه بوريل، اليوم 10 ماي 2017 محادثات مع نظيره الجزائري.",
    "تقوم رئيسة الوزراء البريطانية اليوم بزيارة إلى الأردن.",
    # a relative clause with a present light verb on the noun: told as a verb would tell it
    "وتكتسي الزيارة التي يقوم بها وزير الخارجية الإسباني اليوم إلى الجزائر أهمية خاصة.",
    "وتكتسي المحادثات التي يجريها وزير الخارجية الإسباني اليوم مع نظيره الجزائري أهمية خاصة.",
])
def test_present_light_verb_with_today_plans_the_contact(text):
    contacts = [(e["status"], e["event_date"]) for e in extract_events(text, PUB)
                if e["event_type"] in ("VISIT", "MEET")]
    assert contacts == [("planned", PUB)]


@pytest.mark.parametrize("text", [
    # the same constructions told in the past, or under way (no date): reported
    "أجرى وزير الخارجية الإسباني، خوسيه بوريل، أمس محادثات مع نظيره الجزائري.",
    "وتكتسي الزيارة التي قام بها وزير الخارجية الإسباني أمس إلى الجزائر أهمية خاصة.",
    "وتكتسي الزيارة التي يقوم بها وزير الخارجية الإسباني إلى الجزائر أهمية خاصة.",
    # a relative clause whose verb is no light verb does not tell the contact
    "وتناولت الزيارة التي تستمر وزير الخارجية الإسباني إلى الجزائر يومين ملفات عدة.",
])
def test_past_or_ongoing_light_verb_leaves_the_contact_reported(text):
    statuses = {e["status"] for e in extract_events(text, PUB)
                if e["event_type"] in ("VISIT", "MEET")}
    assert statuses <= {"reported"}


def _meets(text):
    return [(e["status"], e["event_date"]) for e in extract_events(text, PUB)
            if e["event_type"] == "MEET" and e["actor2_role"] == "head_of_state"]


def test_present_verb_during_a_visit_announced_for_today_is_planned():
    # the lead's occasion is its visit's day (اليوم), not its statement's (أمس); a present
    # verb that tells the visit's programme is as planned as the visit
    text = ("أعلن الديوان الملكي في بيان أمس أن وزير الخارجية السعودي سيقوم اليوم بزيارة "
            "رسمية إلى مصر.\nويلتقي الوزير السعودي خلال هذه الزيارة الرئيس المصري.")
    assert _meets(text) == [("planned", PUB)]


@pytest.mark.parametrize("text", [
    # the visit the programme belongs to began yesterday, or is not dated: under way
    "وصل وزير الخارجية السعودي أمس إلى القاهرة في زيارة رسمية.\n"
    "ويلتقي الوزير السعودي خلال الزيارة الرئيس المصري.",
    "وصل وزير الخارجية السعودي إلى القاهرة في زيارة رسمية.\n"
    "ويلتقي الوزير السعودي خلال الزيارة الرئيس المصري.",
])
def test_present_verb_during_a_visit_not_still_to_come_is_reported(text):
    assert [s for s, _ in _meets(text)] == ["reported"]


def test_present_verb_with_no_visit_to_refer_to_stays_under_way():
    text = ("أعلن الديوان الملكي في بيان أمس أن وزير الخارجية السعودي سيقوم اليوم بزيارة "
            "رسمية إلى مصر.\nويلتقي وزير الخارجية الإماراتي الرئيس المصري لبحث العلاقات.")
    assert [s for s, _ in _meets(text)] in ([], ["reported"])


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية التونسي إن السفير التونسي في دمشق على اتصال دائم مع وزير الخارجية السوري.",
    "تتواصل المشاورات المستمرة بين وزير الخارجية المصري ونظيره الأردني.",
    "أكد وزير الخارجية الإيطالي أهمية المحادثات المتواصلة مع وزير الخارجية الليبي.",
])
def test_a_standing_relation_is_no_contact(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("أجرى الرئيس الفرنسي اتصالا هاتفيا مع الرئيس المصري.", ("CALL", "reported")),
    # a periodic meeting did take place
    ("عقد وزير الخارجية المصري ونظيره الأردني اجتماعهما الدوري في عمان.", ("MEET", "reported")),
])
def test_a_single_contact_is_still_one(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    # a contact noun as the subject of a future verb right after it
    "وأكد المتحدث أن لقاء سيجمع وزير الخارجية الإيطالي بنظيره المغربي في روما.",
    "وأضاف أن اجتماعا سيجمع الرئيس الجزائري والرئيس المصري في القاهرة.",
])
def test_contact_noun_before_a_future_verb_is_planned(text):
    assert {s for _t, s in _events(text)} == {"planned"}


def test_contact_noun_before_a_past_verb_stays_reported():
    text = "وأكد المتحدث أن لقاء جمع وزير الخارجية الإيطالي بنظيره المغربي في روما."
    assert {s for _t, s in _events(text)} == {"reported"}


def test_past_date_of_another_nouns_relative_clause_leaves_a_planned_contact_planned():
    # «الماضي» dates the agreement of the relative clause, not the talks still to come
    text = ("ومن المقرر أن يجري وزير الاقتصاد النمساوي محادثات مع الرئيس الإيراني بعد الاتفاق "
            "الذي تم التوصل إليه الثلاثاء الماضي.")
    evs = extract_events(text, PUB)
    assert [(e["status"], e["event_date"]) for e in evs] == [("planned", None)]


def test_past_date_of_a_relative_clause_on_the_contact_noun_itself_still_reports_it():
    # «وهو الاجتماع الذي تم أمس»: the clause restates the meeting, and dates it
    text = ("وكان من المهم أن يجتمع وزير الخارجية الإيطالي بنظيره الألماني، وهو الاجتماع الذي "
            "تم أمس في روما.")
    assert {e["status"] for e in extract_events(text, PUB)} == {"reported"}



@pytest.mark.parametrize("text,expected", [
    # a present light verb in a relative clause on the visitor tells what he is doing now,
    # whatever future the rest of the sentence speaks of
    ("قال وزير الخارجية الإيطالي الذي يقوم بزيارة إلى تونس إن بلاده ستدعم الاقتصاد التونسي.",
     "reported"),
    ("وأكدت وزيرة الدفاع الألمانية التي تجري زيارة رسمية إلى الأردن أن بلادها ستواصل دعم "
     "المملكة.", "reported"),
    # the future prefix, or the same verb opening the sentence, still plans the visit
    ("قال وزير الخارجية الإيطالي الذي سيقوم بزيارة إلى تونس إن بلاده ستدعم الاقتصاد التونسي.",
     "planned"),
    ("يقوم وزير الخارجية الإيطالي بزيارة إلى تونس يلتقي خلالها الرئيس التونسي ويوقع اتفاقيات "
     "ستدعم الاقتصاد.", "planned"),
])
def test_present_light_verb_of_a_relative_clause_is_a_visit_under_way(text, expected):
    assert ("VISIT", expected) in _events(text)


def test_a_contact_the_arrival_is_for_is_planned():
    text = ("وصل وزير الخارجية الياباني فوميو كيشيدا إلى القاهرة اليوم الأحد للاجتماع "
            "بالرئيس المصري.")
    [meet] = [e for e in extract_events(text, date(2016, 3, 6)) if e["event_type"] == "MEET"]
    assert meet["status"] == "planned"
    assert {meet["actor1_country"], meet["actor2_country"]} == {"JPN", "EGY"}
    text = "وصلت رئيسة الوزراء البريطانية اليوم إلى واشنطن للقاء الرئيس الأمريكي."
    [meet] = [e for e in extract_events(text, date(2017, 1, 27)) if e["event_type"] == "MEET"]
    assert meet["status"] == "planned"


def test_a_contact_a_past_visit_was_for_stays_reported():
    text = "زار وزير الخارجية الياباني القاهرة الأسبوع الماضي للقاء الرئيس المصري."
    [meet] = [e for e in extract_events(text, date(2016, 3, 6)) if e["event_type"] == "MEET"]
    assert meet["status"] == "reported"


@pytest.mark.parametrize("text,status", [
    # «يؤدي X اليوم زيارة»: the present light verb plans a visit of today or later
    ("يؤدي وزير الخارجية الإيطالي اليوم زيارة رسمية إلى الأردن.", "planned"),
    ("تؤدي وزيرة الخارجية الإسبانية غدا زيارة عمل إلى المغرب.", "planned"),
    # the past verb reports it, and the present one describing its doer tells it under way
    ("أدى وزير الخارجية الإيطالي أمس زيارة رسمية إلى الأردن.", "reported"),
    ("وصرح وزير الخارجية الإيطالي الذي يؤدي زيارة رسمية إلى الأردن بأن العلاقات متينة.",
     "reported"),
])
def test_the_light_verb_yuaddi_carries_its_tense(text, status):
    assert [e["status"] for e in extract_events(text, PUB) if e["event_type"] == "VISIT"] \
        == [status]


@pytest.mark.parametrize("text,status", [
    # a visitor's name that opens like a future verb («سيرغي», «ستيفن») is no سـ of the future:
    # the light verb before it keeps its tense
    ("أدى وزير الخارجية الروسي سيرغي لافروف اليوم زيارة إلى الجزائر.", "reported"),
    ("وقام وزير الخارجية الروسي سيرغي لافروف بزيارة إلى الجزائر.", "reported"),
    ("يؤدي وزير الخارجية الروسي سيرغي لافروف زيارة رسمية إلى الجزائر.", "reported"),
    # near-misses: the future verb itself, and a present verb with a coming day
    ("سيؤدي وزير الخارجية الروسي سيرغي لافروف زيارة إلى الجزائر.", "planned"),
    ("يؤدي وزير الخارجية الروسي سيرغي لافروف غدا زيارة إلى الجزائر.", "planned"),
])
def test_a_name_like_a_future_verb_does_not_plan_the_visit(text, status):
    assert [e["status"] for e in extract_events(text, PUB) if e["event_type"] == "VISIT"] \
        == [status]


@pytest.mark.parametrize("text", [
    # a present verb in a relative clause on the visitor tells who he is now: a visit under way
    "قال وزير الخارجية الأردني الذي يزور بغداد اليوم إن العلاقات بين البلدين متينة.",
    "صرح وزير الخارجية المغربي الذي يقوم اليوم بزيارة إلى تونس بأن التعاون مثمر.",
    # an indefinite, unnamed visitor that a past verb governs takes a clause with no pronoun
    "استقبل الرئيس السوري اليوم وفدا برلمانيا تونسيا، يزور سوريا في محاولة لإعادة العلاقات.",
])
def test_present_visit_in_a_clause_on_the_visitor_is_under_way(text):
    ev = next(e for e in extract_events(text, date(2016, 5, 10)) if e["event_type"] == "VISIT")
    assert ev["status"] == "reported"


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية الأردني الذي سيزور بغداد غدا إن العلاقات بين البلدين متينة.",
    "يزور وزير الخارجية الأردني بغداد اليوم لبحث العلاقات الثنائية.",
])
def test_present_or_future_visit_outside_such_a_clause_stays_planned(text):
    ev = next(e for e in extract_events(text, date(2016, 5, 10)) if e["event_type"] == "VISIT")
    assert ev["status"] == "planned"


def test_currently_between_a_present_light_verb_and_the_visit_noun_is_under_way():
    text = "يؤدي وزير الخارجية الهندي حاليا زيارة رسمية إلى اليابان يومي 10 و11 ماي."
    assert ("VISIT", "reported") in _events(text)
    # without the cue, a visit whose days begin tomorrow is still to come (one whose days
    # begin today is under way: test_events_status_under_way, extract._begun_today)
    text = "يؤدي وزير الخارجية الهندي زيارة رسمية إلى اليابان يومي 11 و12 ماي."
    assert ("VISIT", "planned") in _events(text)


@pytest.mark.parametrize("text,expected", [
    # «كانت مقررة» after the contact noun, a postponement in the text: cancelled
    ("أعلنت الخارجية أن زيارة وزير الخارجية الفرنسي إلى الجزائر كانت مقررة يوم الأحد المقبل "
     "قد تأجلت.", "cancelled"),
    ("أعلنت الخارجية أن الزيارة التي كان من المقرر أن يؤديها وزير الخارجية الفرنسي إلى "
     "الجزائر الاثنين المقبل أرجئت.", "cancelled"),
    # no postponement anywhere: still to come
    ("قال المتحدث إن زيارة وزير الخارجية الفرنسي إلى الجزائر كانت مقررة يوم الأحد المقبل.",
     "planned"),
])
def test_conditional_cancel_after_a_contact_noun(text, expected):
    assert [s for t, s in _events(text) if t == "VISIT"] == [expected]


@pytest.mark.parametrize("text", [
    # the answer clause of a condition: a contact only if something else happens
    "وتحول الرئيس إلى الجزائر، وفي صورة عدم التوصل إلى اتفاق، فإن اجتماعا سيجمع الرئيس "
    "التونسي والرئيس الجزائري والرئيس المصري في الجزائر.",
    "وإذا فشلت المفاوضات فسيلتقي وزير الخارجية الأمريكي نظيره الروسي في جنيف.",
    # near-miss of the contrast below: «إذا كان ...، فإن» with a future verb in the answer
    # clause is still a condition
    "وإذا كانت المفاوضات قد فشلت، فإن الاجتماع بين وزير الخارجية الأمريكي ونظيره الروسي "
    "سيعقد في جنيف.",
    # near-miss: an indefinite contact noun in the answer, a meeting no text told
    "وإذا كانت المفاوضات قد فشلت، فإن لقاء بين وزير الخارجية الأمريكي ونظيره الروسي في "
    "جنيف ممكن.",
    # near-miss: a definite contact noun whose answer says it may happen (a word of possibility)
    "وإذا كانت الظروف ملائمة، فإن اللقاء بين وزير الخارجية الأمريكي ونظيره الروسي في جنيف "
    "ممكن.",
    "وإذا كانت الظروف ملائمة، فإن الزيارة المرتقبة لوزير الخارجية الأمريكي إلى روسيا واردة.",
    # a news outlet calling for comment is no call between states
    "وأكد وزير الدولة الكويتي أن الخلاف فني. وقد اتصلت «الشرق الأوسط» بالوزير للحصول على "
    "توضيحات أكثر.",
    "واتصلت الجوهرة أف أم بوزير الخارجية التونسي للاستفسار.",
    # the paper's name in quotes before the verb: its subject, not an actor carried from the
    # sentence before
    "وسقطت قذائف الحوثي على المدينة. \"الوطن\" اتصلت بوزير الإعلام اليمني للتعليق على "
    "الخطة، ولكنه لم يرد.",
    "وسقطت قذائف الحوثي على القرى الحدودية. «عكاظ» اتصلت بوزير الخارجية اليمني للتعليق.",
    # a paper's name of two words alone in its quotes
    "وسقطت قذائف الحوثي على القرى الحدودية. \"الشرق الأوسط\" اتصلت بوزير الخارجية اليمني "
    "للتعليق.",
])
def test_a_conditional_answer_or_an_outlet_calling_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text,expected", [
    # near-miss: the answer clause ends at its comma; the meeting after it is told for itself
    ("وقال الوزير إنه إذا تم تطبيق الاتفاق فإنه سيجعل المنطقة أكثر أمانا، وسيلتقي وزير "
     "الخارجية الأمريكي نظيره الروسي في جنيف غدا.", [("MEET", "planned")]),
    # near-miss: a call verb with a state's person after it
    ("واتصل الرئيس التونسي بالرئيس الجزائري أمس.", [("CALL", "reported")]),
    # near-miss: the paper's name quoted inside a clause before the caller («لـ"الوطن"»)
    ("وقال مصدر لـ\"الوطن\" إن الرئيس التونسي اتصل بالرئيس الجزائري أمس.",
     [("CALL", "reported")]),
    # near-miss: a quotation that ends in a paper's name as a word (البلاد the country, الوطن
    # the homeland), its speaker the caller
    ("وقال الرئيس التونسي إن \"الإرهاب لن يهزم البلاد\" واتصلت الرئاسة التونسية بالرئيس "
     "الجزائري أمس.", [("CALL", "reported")]),
    ("وأكد الرئيس التونسي في خطابه \"نحن مع الوطن\" اتصل بعدها بالرئيس الجزائري هاتفيا أمس.",
     [("CALL", "reported")]),
    # near-miss: a verb in the masculine, its subject after it («نقلت "الحياة"»: the source)
    ("وبحسب ما نقلت \"الحياة\" اتصل الرئيس التونسي بالرئيس الجزائري أمس.",
     [("CALL", "reported")]),
])
def test_contacts_beside_a_condition_or_a_call_verb_stay(text, expected):
    assert _events(text) == expected


def test_a_contrast_of_two_told_meetings_is_no_condition():
    # «وإذا كان ...، فإن ...» sets one fact against another (whereas): the meeting of the
    # answer clause, a definite noun with no future verb, is told as the first one is (a
    # concessive «ولو» between is no condition of its own)
    text = ("وإذا كانت نتائج اللقاء بين وزير الخارجية الأمريكي ونظيره الروسي في جنيف لم تسفر "
            "عن شيء ولو قليل، فإن نتائج اللقاء بين وزير الخارجية الإيراني ونظيره السوري في "
            "دمشق كانت أوضح.")
    assert _events(text) == [("MEET", "reported"), ("MEET", "reported")]


@pytest.mark.parametrize("text,expected", [
    # a present verb of inclusion lists the programme of a visit: its contacts are announced
    ("وتتضمن زيارة رئيس الحكومة التونسي إلى ألمانيا والتي تتواصل يومين لقاءات مع المستشارة "
     "الألمانية.", "planned"),
    ("وحسب الخارجية، تشمل زيارة وزير الخارجية الأمريكي للدوحة لقاء مع نظيره السعودي.",
     "planned"),
    ("ويتضمن برنامج زيارة وزير الخارجية الأمريكي إلى القاهرة لقاء مع الرئيس المصري.",
     "planned"),
    # a past verb of inclusion reports them
    ("وشملت زيارة وزير الخارجية الأمريكي للدوحة لقاء مع نظيره السعودي.", "reported"),
    ("وتضمنت زيارة رئيس الحكومة التونسي إلى ألمانيا لقاءات مع المستشارة الألمانية.",
     "reported"),
])
def test_a_contact_a_visits_programme_lists_takes_the_tense_of_the_list(text, expected):
    assert {s for t, s in _events(text) if t == "MEET"} == {expected}


def test_the_subject_of_a_verb_of_inclusion_must_be_a_visit_or_programme():
    # the talks under way include a meeting: no visit's programme (the light verb «يجريها»
    # tells talks going on)
    text = ("وتشمل المحادثات التي يجريها وزير الخارجية الأمريكي في القاهرة لقاء مع الرئيس "
            "المصري.")
    assert ("MEET", "planned") not in _events(text)


@pytest.mark.parametrize("text,expected", [
    # a purpose clause depends on the verb nearest before it, here a future one that is no
    # contact trigger (the place it heads for is no country)
    ("وسيتوجه وزير الخارجية الكوبي برونو رودريغيز بعد ذلك إلى وزارة الخارجية للقاء نظيره "
     "الأمريكي جون كيري.", "planned"),
    ("وتوجه وزير الخارجية الكوبي برونو رودريغيز بعد ذلك إلى وزارة الخارجية للقاء نظيره "
     "الأمريكي جون كيري.", "reported"),
    # a name is no future verb («سيرغي»)
    ("اجتمع وزير الخارجية الروسي سيرغي لافروف في موسكو لبحث العلاقات مع نظيره السعودي.",
     "reported"),
])
def test_a_purpose_clause_after_a_future_verb_is_planned(text, expected):
    assert {s for t, s in _events(text) if t == "MEET"} == {expected}


@pytest.mark.parametrize("before,expected", [
    # «كما» adds to a sentence that tells something to come: its present verb goes on with
    # that programme
    ("وأشار المتحدث إلى أن وزير الخارجية الأمريكي سيبحث النزاع في اليمن.", "planned"),
    ("ومن المقرر أن يبحث وزير الخارجية الأمريكي النزاع في اليمن.", "planned"),
    # after a sentence with nothing to come, the present verb tells a contact under way
    ("وأشار المتحدث إلى أن وزير الخارجية الأمريكي بحث النزاع في اليمن.", "reported"),
])
def test_a_present_verb_after_kama_goes_on_with_the_sentence_before(before, expected):
    text = before + " كما يلتقي وزير الخارجية الأمريكي في الدوحة نظيره الروسي."
    meets = {(e["actor2_country"], e["status"]) for e in extract_events(text, PUB)
             if e["event_type"] == "MEET"}
    assert meets == {("RUS", expected)}



@pytest.mark.parametrize("text,expected", [
    # a light verb agrees with a plural or dual subject and carries its tense all the same
    ("وذكرت الوكالة أن وزراء خارجية السودان وإثيوبيا سيعقدون اجتماعا في الخرطوم.",
     "planned"),
    ("وقال وزير الخارجية الروسي إنه ونظيره السعودي سيجريان المزيد من المحادثات.", "planned"),
    ("وذكرت الوكالة أن وزراء خارجية السودان وإثيوبيا عقدوا اجتماعا أمس.", "reported"),
])
def test_a_plural_or_dual_light_verb_carries_its_tense(text, expected):
    statuses = {s for _, s in _events(text)}
    assert statuses == {expected}


@pytest.mark.parametrize("second,expected", [
    # a bare visit noun naming again the visit to come the text told: the same visit, planned
    ("وقال المتحدث إن زيارة الوزير كارتر للمملكة تأتي في إطار الالتزام الأمريكي نحو "
     "الحلفاء.", {"planned"}),
    # a visit before this one (an adjective of the past) is another visit, made
    ("وقال المتحدث إن زيارة الوزير كارتر السابقة للمملكة جاءت في إطار الالتزام الأمريكي "
     "نحو الحلفاء.", {"planned", "reported"}),
])
def test_a_bare_visit_noun_names_again_the_visit_to_come(second, expected):
    text = "يصل وزير الدفاع الأمريكي آشتون كارتر إلى المملكة اليوم. " + second
    assert {s for t, s in _events(text) if t == "VISIT"} == expected



@pytest.mark.parametrize("second,expected", [
    # a present visit verb with no cue of its own names again the visit to come the text told
    ("وذكرت أن وزير الخارجية الروسي يزور قطر لمناقشة الأزمة السورية.", {"planned"}),
    # near miss: a cue of a visit under way (حاليا) tells another moment of it
    ("وقالت إن وزير الخارجية الروسي يزور حاليا قطر لمناقشة الأزمة السورية.",
     {"planned", "reported"}),
])
def test_a_present_visit_verb_names_again_the_visit_to_come(second, expected):
    text = "أعلنت الخارجية الروسية اليوم أن وزير الخارجية الروسي سيزور قطر قريبا. " + second
    assert {s for t, s in _events(text) if t == "VISIT"} == expected


def test_a_present_visit_verb_after_a_visit_made_stays_under_way():
    text = ("زار وزير الخارجية الروسي قطر أمس. وذكرت الوكالة أن وزير الخارجية الروسي يزور "
            "قطر لمناقشة الأزمة السورية.")
    assert {s for t, s in _events(text) if t == "VISIT"} == {"reported"}
