"""Rule-level tests for pipeline.events.extract, each on a new sentence written for the
rule it needs.

No dev-set text here: these sentences are our own, so the rules are checked beyond the eval sets.
They test the rule frames, so the learned scorer is switched off here: what it keeps of the
rules' candidates is measured on the labelled sets (tests/test_events.py, bench/events_eval.py).
"""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)  # a Monday


def _keys(events):
    return sorted((e["event_type"], e["status"], e["actor1_country"] or e["actor1_org"],
                   e["actor1_role"], e["actor2_country"] or e["actor2_org"], e["actor2_role"])
                  for e in events)


def test_time_and_place_adverbials_do_not_separate_verb_and_object():
    text = ("استقبل الرئيس التونسي، مساء أمس الأحد، بقصر قرطاج في تونس العاصمة، "
            "وزير الخارجية الجزائري.")
    [ev] = extract_events(text, PUB)
    assert {ev["actor1_country"], ev["actor2_country"]} == {"TUN", "DZA"}
    assert ev["actor2_role"] == "foreign_minister" and ev["event_date"] == date(2025, 3, 9)


def test_kinship_and_honorifics_before_the_guest():
    text = "استقبل العاهل المغربي مساء أمس في القصر الملكي بالرباط أخاه جلالة الملك الأردني."
    assert _keys(extract_events(text, PUB)) == [
        ("MEET", "reported", "MAR", "head_of_state", "JOR", "head_of_state")]


def test_each_separately_then_with_keeps_the_list():
    text = ("التقى وزير الخارجية المصري نظيريه القطري والعماني، كل على حدة، "
            "ومع الأمين العام للجامعة العربية.")
    got = {e["actor2_country"] or e["actor2_org"] for e in extract_events(text, PUB)}
    assert got == {"QAT", "OMN", "ARAB_LEAGUE"}


def test_conflict_parties_need_no_named_subject():
    text = "تنطلق غدا في الدوحة مفاوضات بين طرفي النزاع في ليبيا."
    [ev] = extract_events(text, PUB)
    assert (ev["event_type"], ev["status"]) == ("NEGOTIATE", "planned")
    assert ev["actor1_country"] == ev["actor2_country"] == "LBY"
    assert ev["actor1_role"] == ev["actor2_role"] == "delegation"


def test_conflict_parties_take_the_state_after_the_phrase_not_the_venue():
    text = ("أعلن المبعوث الأممي أن جولة ثانية من المحادثات بين طرفي النزاع ستعقد الأسبوع "
            "المقبل في الكويت.")
    assert [e for e in extract_events(text, PUB) if e["actor1_country"] == "KWT"] == []
    text = "تنطلق غدا في الدوحة مفاوضات بين طرفي النزاع السوداني."
    [ev] = extract_events(text, PUB)
    assert ev["actor1_country"] == ev["actor2_country"] == "SDN"


def test_same_offices_but_different_people_are_two_meetings():
    text = ("استقبل وزير الخارجية العماني بدر البوسعيدي اليوم وزير الخارجية الإيراني عباس عراقجي. "
            "وكان البوسعيدي قد التقى في وقت سابق وزير الخارجية الإيراني الراحل حسين أمير "
            "عبداللهيان في مسقط.")
    evs = extract_events(text, PUB)
    assert sorted(e["actor2_name"] for e in evs) == ["Abbas Araghchi", "Hossein Amir-Abdollahian"]


def test_phone_adverb_after_a_list_of_objects_and_relative_clause_status():
    text = ("قال البيت الأبيض إن الرئيس الأمريكي ألغى الزيارة التي كان يعتزم القيام بها إلى "
            "اليابان، وإنه أبلغ رئيس الوزراء الياباني ورئيس الوزراء الهندي بذلك هاتفيا.")
    calls = [e for e in extract_events(text, PUB) if e["event_type"] == "CALL"]
    assert _keys(calls) == [
        ("CALL", "reported", "USA", "head_of_state", "IND", "head_of_government"),
        ("CALL", "reported", "USA", "head_of_state", "JPN", "head_of_government")]


def test_hard_wrapped_line_starting_with_a_preposition_continues():
    text = ("عنوان الخبر\nقالت مصادر رسمية إن المباحثات ستتواصل.\nووصل وزير الخارجية الكويتي\n"
            "إلى الرباط في زيارة رسمية.")
    [ev] = extract_events(text, PUB)
    assert (ev["event_type"], ev["actor1_country"], ev["location_country"]) == (
        "VISIT", "KWT", "MAR")


def test_destination_after_ila_may_follow_a_long_delegation_phrase():
    text = "وصل رئيس الحكومة المغربية على رأس وفد وزاري رفيع المستوى إلى العاصمة الإسبانية مدريد."
    [ev] = extract_events(text, PUB)
    assert (ev["actor1_country"], ev["actor1_role"], ev["location_name"]) == (
        "MAR", "head_of_government", "Madrid")


def test_coordinated_verb_keeps_the_subject_and_his_visit_is_the_subject_s():
    text = ("وبدأ الرئيس الجزائري زيارة إلى روما، والتقى رئيسة الوزراء الإيطالية ووزير الدفاع "
            "الإيطالي بعد يومين من زيارته برلين.")
    evs = extract_events(text, PUB)
    assert _keys([e for e in evs if e["event_type"] == "MEET"]) == [
        ("MEET", "reported", "DZA", "head_of_state", "ITA", "defense_minister"),
        ("MEET", "reported", "DZA", "head_of_state", "ITA", "head_of_government")]
    visits = {(e["actor1_country"], e["location_country"]) for e in evs
              if e["event_type"] == "VISIT"}
    assert visits == {("DZA", "ITA"), ("DZA", "DEU")}


def test_glued_ila_and_the_first_named_party_of_a_mediation():
    text = "وتقوم مصرإلى جانب قطر بدور الوسيط بين إسرائيل وحركة حماس."
    assert _keys(extract_events(text, PUB)) == [
        ("MEDIATE", "reported", "EGY", "official", "ISR", "official")]


def test_two_state_names_run_together_with_wa_are_split():
    text = "وتبدأ غدا في جنيف محادثات بين الصينوالهند حول الحدود."
    keys = _keys(extract_events(text, PUB))
    assert [(k[0], {k[2], k[4]}) for k in keys] == [("NEGOTIATE", {"CHN", "IND"})]


def test_a_word_with_wa_inside_is_split_only_between_two_names():
    from pipeline.events.mentions import _token_words
    assert _token_words("الصينوالهند") == ("الصين", "والهند")
    assert _token_words("تونسوفرنسا") == ("تونس", "وفرنسا")
    assert _token_words("مصروفات") == ("مصروفات",)  # «مصر» + «فات»: no name after و
    assert _token_words("الصينوالتعاون") == ("الصينوالتعاون",)  # no name after و


def test_a_short_first_paragraph_with_two_sentences_is_the_lead_not_a_headline():
    from pipeline.events.mentions import _is_headline
    body = "وقال المتحدث إن الزيارة تستغرق يومين."
    lead = ("حل رئيس الوزراء الهندي اليوم بطوكيو في زيارة رسمية تستغرق يومين .بدعوة من "
            "نظيره الياباني")
    assert not _is_headline([lead, body])
    assert _is_headline(["رئيس الوزراء الهندي يصل إلى طوكيو", body])
    assert _is_headline(["عاجل. رئيس الوزراء الهندي يصل إلى طوكيو", body])
    keys = _keys(extract_events(lead + "\n" + body, PUB))
    assert ("VISIT", "reported", "IND", "head_of_government", "JPN",
            "head_of_government") in keys


def test_dash_parenthetical_right_after_the_subject_is_skipped():
    text = "ومن المقرر أن يلتقي بوتين - حليف الرئيس السوري السابق - بالرئيس الإماراتي في أبوظبي."
    assert _keys(extract_events(text, PUB)) == [
        ("MEET", "planned", "RUS", "head_of_state", "ARE", "head_of_state")]


def test_gazetteer_covers_states_beyond_the_region():
    text = "استقبل الرئيس الكيني في نيروبي نظيره التشادي، وبحث معه هاتفيا رئيس الوزراء الماليزي."
    evs = extract_events(text, PUB)
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert (meet["actor1_country"], meet["actor2_country"], meet["location_name"]) == (
        "KEN", "TCD", "Nairobi")


def test_relative_clause_agent_of_a_visit_brings_its_date():
    text = ("أعلنت الرئاسة إلغاء زيارة الرئيس الفرنسي إلى الجزائر.\n"
            "وأوضحت أن إلغاء الزيارة التي كان من المقرر أن يقوم بها الرئيس الفرنسي في 20 مارس "
            "جاء لأسباب أمنية.")
    [ev] = extract_events(text, PUB)
    assert (ev["event_type"], ev["status"], ev["actor1_country"], ev["location_country"]) == (
        "VISIT", "cancelled", "FRA", "DZA")
    assert ev["event_date"] == date(2025, 3, 20)


def test_coming_back_from_a_place_reports_a_visit_there():
    text = "عاد رئيس الوزراء الأردني إلى عمان مساء أمس قادما من باريس بعد زيارة رسمية."
    [ev] = extract_events(text, PUB)
    assert (ev["event_type"], ev["status"], ev["actor1_country"], ev["location_name"]) == (
        "VISIT", "reported", "JOR", "Paris")
    # the stay in Paris is told by the way back: no day of the return's (as the labels key
    # every stay told by «قادما/عائدا من», «في طريق عودته من»)
    assert ev["event_date"] is None
    assert extract_events("عاد الرئيس اللبناني إلى بيروت بعد أن شارك في قمة عربية.", PUB) == []


def test_mediation_exerted_by_a_subject_without_bayna():
    text = ("وأكد الرئيس الفلسطيني أن مصر بذلت جهود وساطة كبيرة للإفراج عن الأسرى "
            "الفلسطينيين لدى إسرائيل.")
    assert _keys(extract_events(text, PUB)) == [
        ("MEDIATE", "reported", "EGY", "official", "PSE", "official")]
    text = "بحث الرئيس المصري مع نظيره الأمريكي جهود الوساطة لوقف الحرب الإسرائيلية."
    assert {e["event_type"] for e in extract_events(text, PUB)} == {"MEET"}


@pytest.mark.parametrize("text", [
    "تلقى وزير الخارجية السعودي أمس اتصالين هاتفيين من وزير الخارجية الأمريكي ووزير الخارجية "
    "الفرنسي.",
    "تلقى وزير الخارجية السعودي أمس مكالمتين هاتفيتين من نظيريه الأمريكي والفرنسي.",
])
def test_two_calls_received_are_one_call_per_caller(text):
    assert _keys(extract_events(text, PUB)) == [
        ("CALL", "reported", "SAU", "foreign_minister", "FRA", "foreign_minister"),
        ("CALL", "reported", "SAU", "foreign_minister", "USA", "foreign_minister")]


def test_a_long_paragraph_without_a_full_stop_is_not_joined_to_the_next_line():
    from pipeline.events.mentions import _join_wrapped
    long_line = "وأضاف المتحدث أن العلاقات بين البلدين متطورة " * 8
    text = "العنوان\n" + long_line.strip() + "\nمن جهة أخرى وصل الوزير إلى بغداد"
    assert _join_wrapped(text).split("\n")[-1] == "من جهة أخرى وصل الوزير إلى بغداد"
    # short hard-wrapped lines are still joined
    wrapped = ("العنوان\nقال وزير الخارجية الأمريكي في مؤتمر صحفي إن بلاده تعمل مع شركائها"
               " من أجل\nالتوصل إلى حل")
    assert _join_wrapped(wrapped).count("\n") == 1


def test_spoke_with_a_foreign_leader_is_a_call():
    text = "تحدث الرئيس الفرنسي أمس مع رئيس الوزراء الياباني حول التجارة."
    assert _keys(extract_events(text, PUB)) == [
        ("CALL", "reported", "FRA", "head_of_state", "JPN", "head_of_government")]


def test_spoke_about_something_names_no_counterpart():
    assert extract_events("تحدث الرئيس الفرنسي أمس عن العلاقات مع اليابان.", PUB) == []


def test_a_second_verb_after_kama_keeps_the_first_verbs_subject():
    # «تحدث A مع B ... كما تحدث مع C»: A spoke with C, B is the first verb's object
    text = ("تحدث الرئيس الفرنسي أمس مع رئيس الوزراء الياباني حول التجارة كما تحدث مع "
            "الرئيس المكسيكي حول الأمن.")
    assert _keys(extract_events(text, PUB)) == [
        ("CALL", "reported", "FRA", "head_of_state", "JPN", "head_of_government"),
        ("CALL", "reported", "FRA", "head_of_state", "MEX", "head_of_state")]


# «هاتف» the telephone (a device word after it, a word of means before it) is no call
@pytest.mark.parametrize("text", [
    "كان رئيس الوزراء الإيطالي يلتقط صورا عبر هاتف ذكي تجمعه بالرئيس الفرنسي والمستشارة الألمانية.",
    "وكان الرئيس الروسي يلتقط صورة بواسطة هاتف محمول تجمعه بالرئيس الصيني ورئيس الوزراء الهندي.",
])
def test_telephone_noun_is_no_call(text):
    assert [e for e in extract_events(text, date(2017, 3, 6)) if e["event_type"] == "CALL"] == []


def test_phoned_verb_is_still_a_call():
    evs = extract_events("هاتف الرئيس الفرنسي أمس رئيس الوزراء الإيطالي.", date(2017, 3, 6))
    assert [(e["event_type"], e["actor1_country"], e["actor2_country"]) for e in evs] == [
        ("CALL", "FRA", "ITA")]


# «تحدث X خلال مؤتمر صحفي مع Y»: he spoke at the press conference, no call
@pytest.mark.parametrize("text", [
    "تحدث وزير الخارجية السعودي خلال مؤتمر صحفي مع وزير الخارجية المصري عن العلاقات بين البلدين.",
    "وتحدث الرئيس الفرنسي في مؤتمر صحفي مشترك مع المستشارة الألمانية عن أزمة اللاجئين.",
])
def test_speaking_at_a_press_conference_is_no_call(text):
    types = [e["event_type"] for e in extract_events(text, date(2017, 3, 6))]
    assert "CALL" not in types and "PRESS_CONFERENCE" in types


def test_speaking_with_someone_is_still_a_call():
    text = "تحدث الرئيس الفرنسي هاتفيا مع المستشارة الألمانية عن أزمة اللاجئين."
    assert [e["event_type"] for e in extract_events(text, date(2017, 3, 6))] == ["CALL"]


# «تحدث X عن ...»: he spoke about something, no call with anyone named later in the sentence
SPOKE_ABOUT = (
    "طالب الدائنون، وهم المفوضية الأوروبية والبنك المركزي الأوروبي وصندوق النقد الدولي، "
    "اليونان بإصلاحات جديدة. وقال رئيس الوزراء اليوناني أليكسيس تسيبراس إنه يرى تصريحات قوية "
    "لخطة الدائنين، وتحدث تسيبراس {} عن احتمال التوصل إلى اتفاق مع الدائنين بحلول أغسطس.")


def test_speaking_about_something_is_no_call():
    text = SPOKE_ABOUT.format("أمس")
    assert [e for e in extract_events(text, date(2015, 7, 23)) if e["event_type"] == "CALL"] == []


def test_speaking_with_someone_before_the_topic_is_still_a_call():
    text = SPOKE_ABOUT.format("مع الدائنين")
    calls = [(e["actor1_country"] or e["actor1_org"], e["actor2_country"] or e["actor2_org"])
             for e in extract_events(text, date(2015, 7, 23)) if e["event_type"] == "CALL"]
    assert ("GRC", "EU") in calls


def test_two_subjects_speaking_about_something_spoke_with_each_other():
    text = "وتحدث أوباما وبوتين عن الأزمة السورية."
    calls = [(e["actor1_country"], e["actor2_country"])
             for e in extract_events(text, date(2015, 7, 23)) if e["event_type"] == "CALL"]
    assert calls == [("USA", "RUS")]


def test_calls_received_in_the_plural_from_callers_after_min():
    text = ("تلقى ولي العهد الكويتي اتصالات من رئيس الوزراء البحريني ووزير الخارجية العماني "
            "للتهنئة بالعيد.")
    assert _keys(extract_events(text, PUB)) == [
        ("CALL", "reported", "KWT", "official", "BHR", "head_of_government"),
        ("CALL", "reported", "KWT", "official", "OMN", "foreign_minister")]


def test_the_plural_of_contacts_without_a_verb_of_receiving_is_no_call():
    # communications (a sector), or contacts made (أجرى اتصالات)
    assert _keys(extract_events("تلقى وزير الخارجية الكويتي تقريرا عن قطاع الاتصالات من "
                                "نظيره البحريني.", PUB)) == []
    assert _keys(extract_events("أجرى الرئيس الفرنسي اتصالات مع قادة المنطقة.", PUB)) == []


# ------------------------------------------ abbreviated titles and long subjects (VSO)

def test_an_abbreviated_title_ends_no_sentence():
    from pipeline.events.mentions import split_sentences
    text = ("استقبل المستشار بالديوان الملكي المشرف العام على المركز د. خالد الأحمد أمس وزير "
            "الصحة اليمني م. علي سالم، وكان أ.د. محمد حاضرا. وقال الوزير إن الزيارة ناجحة.")
    assert len(split_sentences(text)) == 2
    # after a number or a lone letter the stop ends the sentence: a year's era, a currency
    assert len(split_sentences("وقع الاتفاق في 4 أوت 2015 م. وقال الوزير إنه مهم.")) == 2
    assert len(split_sentences("بلغت كلفة المشروع 12 م د. وتشمل الصفقة مئة حافلة.")) == 2


def test_a_long_subject_apposition_closed_by_a_time_word_leaves_the_object_after_it():
    text = ("استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة "
            "والأعمال الإنسانية د. خالد الأحمد أمس وزيرة الإعلام اليمنية نادية السقاف.")
    assert _keys(extract_events(text, PUB, home="SAU")) == [
        ("MEET", "reported", "SAU", "official", "YEM", "minister")]
    # the same state's officials received: a state's own business, no contact
    text = ("استقبل أمير منطقة الرياض الأمير فيصل بن بندر بن عبدالعزيز في مكتبه بقصر الحكم "
            "أمس رئيس هيئة الأمر بالمعروف والنهي عن المنكر بمنطقة الرياض.")
    assert [k for k in _keys(extract_events(text, PUB, home="SAU")) if k[0] == "MEET"] == []
    # a word that ends the subject's phrase otherwise (a verb of saying, a relative) stands
    text = ("استقبل المستشار بالديوان الملكي الذي قال إن المركز يعمل بلا توقف أمس وزيرة "
            "الإعلام اليمنية نادية السقاف.")
    assert [k for k in _keys(extract_events(text, PUB, home="SAU")) if k[0] == "MEET"] == []


def test_a_long_subject_apposition_before_ma_leaves_the_counterpart_after_it():
    long_subject = ("المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة "
                    "والأعمال الإنسانية د. خالد الأحمد اليوم ")
    for verb in ("بحث", "اجتمع"):
        text = verb + " " + long_subject + "مع وزيرة الإعلام اليمنية نادية السقاف."
        assert _keys(extract_events(text, PUB, home="SAU")) == [
            ("MEET", "reported", "SAU", "official", "YEM", "minister")]
    # «بحث» takes its topic as object: without «مع» the one after the time word is no party
    # (a topic phrase about him: «بحث ... اليوم ملف وزيرة الإعلام» with the noun left out)
    text = "بحث " + long_subject + "وزيرة الإعلام اليمنية نادية السقاف."
    assert [k for k in _keys(extract_events(text, PUB, home="SAU")) if k[0] == "MEET"] == []
