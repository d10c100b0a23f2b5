"""Rule-level tests for visits (frames._visit and the mentions it relies on), each on a short
sentence written for the rule it needs (no evaluation-set text).

As in tests/test_events_rules.py, the learned scorer is switched off: these check the rule
frames' candidates; what the scorer keeps of them is measured on the labelled sets.
"""

from datetime import date

import pytest

from pipeline.events import extract as extract_mod
from pipeline.events.extract import extract_events

PUB = date(2025, 3, 10)  # a Monday


pytestmark = pytest.mark.usefixtures("rules_alone")


def _visits(text, home=None):
    return sorted((e["status"], e["actor1_country"] or e["actor1_org"], e["actor1_role"],
                   e["actor2_country"] or e["actor2_org"], e["actor2_role"],
                   e["location_country"])
                  for e in extract_events(text, PUB, home=home) if e["event_type"] == "VISIT")


def test_arrival_verb_with_a_place_in_bi_and_an_invitation_host():
    text = "حلّت وزيرة الخارجية الكندية اليوم بتونس في زيارة رسمية بدعوة من رئيس الجمهورية."
    assert _visits(text, home="TUN") == [
        ("reported", "CAN", "foreign_minister", "TUN", "head_of_state", "TUN")]


def test_hall_without_a_place_in_bi_is_not_an_arrival():
    text = "دعا الرئيس الفرنسي إلى حل الأزمة في ليبيا عبر الحوار."
    assert _visits(text) == []


def test_guest_arrival_yahullu_dayfan():
    text = "يحلّ الرئيس السنغالي ضيفا على الجزائر الأسبوع المقبل."
    assert _visits(text) == [("planned", "SEN", "head_of_state", None, None, "DZA")]


def test_doer_clause_without_relative_pronoun():
    text = "وقّعت الاتفاقية خلال زيارة قام بها الرئيس الصيني إلى الجزائر العام الماضي."
    assert _visits(text) == [("reported", "CHN", "head_of_state", None, None, "DZA")]


def test_visit_verb_with_a_person_object_visits_that_person():
    text = "وسيزور الرئيس المكسيكي الرئيس الأمريكي الأسبوع المقبل."
    assert _visits(text) == [
        ("planned", "MEX", "head_of_state", "USA", "head_of_state", "USA")]


def test_subject_before_a_visit_verb_with_a_person_object():
    text = "قال البيت الأبيض إن رئيسة الوزراء البريطانية ستكون أول زعيمة تزور الرئيس الأمريكي."
    assert _visits(text) == [
        ("planned", "GBR", "head_of_government", "USA", "head_of_state", "USA")]


def test_an_armed_group_is_not_a_visitor():
    text = "وصل مقاتلو تنظيم داعش إلى مشارف الموصل أمس."  # an advance, not a visit
    assert _visits(text) == []


def test_the_accompanying_suite_is_not_the_visitor():
    text = "قام المبعوث الأممي والوفد المرافق له بزيارة إلى عدن."
    assert _visits(text, home="SAU") == [("reported", "UN", "envoy", None, None, "YEM")]


def test_capital_named_by_its_adjective_is_the_destination():
    text = "وقعت الحادثة أثناء زيارة الرئيس التركي للعاصمة الأمريكية الشهر الماضي."
    assert _visits(text) == [("reported", "TUR", "head_of_state", None, None, "USA")]


def test_capital_with_its_city_named_keeps_the_city():
    text = "وصل الرئيس الموريتاني إلى العاصمة الإسبانية مدريد."
    [ev] = extract_events(text, PUB)
    assert ev["location_name"] == "Madrid"


def test_an_ambassadors_host_country_is_not_a_destination():
    text = "زار السفير الياباني لدى المملكة مصنعا للسيارات بالرياض."
    assert _visits(text) == []


def test_departure_from_a_country_after_a_long_honorific_title():
    text = ("غادر صاحب السمو الملكي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
            "جمهورية مصر العربية بعد زيارة عمل.")
    assert _visits(text, home="SAU") == [
        ("reported", "SAU", "defense_minister", None, None, "EGY")]


def test_title_does_not_take_a_country_across_ila():
    text = "قال المتحدث إن زيارة رئيس الحكومة إلى ألمانيا كانت ناجحة."
    assert _visits(text, home="TUN") == [
        ("reported", "TUN", "head_of_government", None, None, "DEU")]


def test_deputy_title_after_another_title_keeps_the_first_office():
    text = "التقى وزير الخارجية الأردني نائب رئيس الوزراء نظيره المصري في عمان."
    [ev] = extract_events(text, PUB)
    assert {ev["actor1_role"], ev["actor2_role"]} == {"foreign_minister"}


def test_return_as_a_noun_reports_the_visit():
    text = "صرح الرئيس التركي خلال عودته من قطر بأن بلاده ترحب بالحوار."
    assert _visits(text) == [("reported", "TUR", "head_of_state", None, None, "QAT")]


def test_invitation_host_at_the_start_of_the_next_sentence():
    text = "وصل رئيس الوزراء الياباني إلى باريس في زيارة رسمية .بدعوة من نظيره الفرنسي"
    assert _visits(text) == [
        ("reported", "JPN", "head_of_government", "FRA", "head_of_government", "FRA")]


def test_future_verb_before_a_visit_noun_plans_it():
    text = "ستتضمن الجولة زيارة وزير الخارجية الهندي إلى الإمارات."
    assert ("planned", "IND", "foreign_minister", None, None, "ARE") in _visits(text)


def test_relative_clause_without_agent_takes_the_sentence_subject():
    text = ("أبلغ وزير الخارجية الإسباني، مساء اليوم، في اتصال هاتفي، وزير الخارجية المغربي، "
            "بتأجيل زيارة العمل التي كان يعتزم أداءها إلى الرباط غدا.")
    assert _visits(text) == [("cancelled", "ESP", "foreign_minister", None, None, "MAR")]


def test_a_tour_visits_each_listed_country():
    text = "بدأ وزير الخارجية الإيراني جولة تشمل الجزائر وموريتانيا وتونس."
    # begun, the tour is at its first stop: the others are to come
    assert sorted((v[5], v[0]) for v in _visits(text)) == [
        ("DZA", "reported"), ("MRT", "planned"), ("TUN", "planned")]


def test_inherited_subject_when_the_sentence_names_none():
    text = ("أعلن المبعوث الأمريكي لشؤون الطاقة دعمه للمشروع. "
            "وكان من المهم أن يقوم بزيارة للقاهرة قبل الحوار.")
    assert [v[1:3] + v[5:] for v in _visits(text)] == [("USA", "envoy", "EGY")]


def test_attending_a_summit_abroad_is_a_visit():
    text = "وسيحضر رئيس الوزراء الكندي اجتماعا لحلف شمال الأطلسي في بروكسل الأسبوع المقبل."
    assert _visits(text) == [("planned", "CAN", "head_of_government", None, None, "BEL")]


def test_an_attended_ceremony_takes_the_place_the_sentence_before_names():
    # the ceremony's sentence names no place; the sentence before tells where it is held
    text = ("افتتح الرئيس المصري أمس المتحف الوطني الجديد في القاهرة وسط حضور كبير. "
            "ونيابة عن الرئيس الكويتي حضر وزير الخارجية الكويتي مراسم افتتاح المتحف.")
    assert [v[1:3] + v[5:] for v in _visits(text)] == [("KWT", "foreign_minister", "EGY")]


@pytest.mark.parametrize("before", [
    # near-miss: the sentence before names places of two states (which is the ceremony's?)
    "أقام الرئيس المصري في القاهرة أمس حفلا لمعرض أعده متحف اللوفر في باريس. ",
    # near-miss: the place the sentence before names is the attendee's own country
    "أقام أمير الكويت أمس حفلا في الكويت. ",
    # near-miss: «بمسقط رأسه» is a birthplace, not Muscat
    "أقيم أمس حفل تكريم للفنان الكويتي بمسقط رأسه في قرية نائية. ",
])
def test_an_attended_ceremony_takes_no_place_the_sentence_before_leaves_open(before):
    text = before + "ونيابة عن الرئيس الكويتي حضر وزير الخارجية الكويتي مراسم الحفل."
    assert [v for v in _visits(text) if v[1] == "KWT"] == []


def test_an_attended_ceremony_with_a_post_named_takes_no_place_from_before():
    # «لدى تونس» is the post of the embassy's chargé d'affaires: the ceremony is at his post,
    # and the place the sentence before names is not carried to anyone named in his title
    text = ("استقبل الرئيس التونسي أمس وفدا من رجال الأعمال في قرطاج. "
            "وحضر الحفل القائم بأعمال سفارة خادم الحرمين الشريفين لدى تونس وأعضاء السفارة.")
    assert [v for v in _visits(text) if v[1] != "TUN"] == []


def test_taking_part_in_something_else_is_not_a_visit():
    text = "شارك وزير الخارجية الفرنسي في تحرير مقال نشر في الجزائر."
    assert _visits(text) == []


def test_invitation_verb_the_object_visits_the_subject_hosts():
    text = "دعا الرئيس التونسي نظيره المصري لزيارة تونس."
    assert _visits(text) == [("planned", "EGY", "head_of_state", "TUN", "head_of_state", "TUN")]


def test_invitation_noun_with_a_possessor_invites_the_one_after_li():
    text = "وجّه الرئيس الفرنسي دعوته للرئيس السنغالي لزيارة بلاده."
    assert _visits(text) == [
        ("planned", "SEN", "head_of_state", "FRA", "head_of_state", "FRA")]


def test_accepted_invitation_of_a_host():
    text = "قبل وزير الخارجية الياباني دعوة نظيره الهندي لزيارة الهند."
    assert _visits(text) == [
        ("planned", "JPN", "foreign_minister", "IND", "foreign_minister", "IND")]


def test_li_hall_is_solving_not_arriving():
    text = "قال الرئيس الإيراني إن بلاده مستعدة للتعاون لحل الأزمات في سوريا واليمن."
    assert _visits(text) == []


def test_birthplace_is_not_muscat():
    text = "تناول الرئيس الأمريكي العشاء مع عائلته عقب وصوله لمسقط رأس والده."
    assert _visits(text) == []


def test_arrival_noun_needs_its_subject_before_it():
    text = "وكان في استقبال الطائرة لدى وصولها إلى مطار القاهرة الدولي رئيس الجمهورية."
    assert _visits(text, home="SAU") == []
    text = "وأدلى الرئيس التركي بتصريحات في المطار قبيل توجهه إلى تنزانيا."
    assert _visits(text) == [("reported", "TUR", "head_of_state", None, None, "TZA")]


def test_a_person_inside_a_name_is_not_a_visitor():
    text = ("بإشراف مركز الملك سلمان للإغاثة، وصلت صباح اليوم سفينة مساعدات إلى ميناء عدن.")
    assert _visits(text) == []


def test_a_list_item_does_not_inherit_the_previous_subject():
    text = "1979- زار الرئيس الأمريكي مصر.\n1980- الرجل يقوم بزيارة إلى السعودية."
    assert [v[5] for v in _visits(text)] == ["EGY"]


def test_coordinated_delegations_each_visit():
    text = ("توافد القادة إلى العاصمة السعودية، إذ وصل الوفد الكويتي برئاسة أمير الكويت، "
            "والوفد البحريني برئاسة رجل مجهول الاسم، والوفد القطري.")
    assert [v[1:3] + v[5:] for v in _visits(text)] == [
        ("BHR", "delegation", "SAU"), ("KWT", "delegation", "SAU"),
        ("QAT", "delegation", "SAU")]


def test_a_place_in_the_visitors_title_is_not_the_destination():
    text = "زار مبعوث الأمم المتحدة الخاص إلى سوريا بكين أمس."
    assert _visits(text) == [("reported", "UN", "envoy", None, None, "CHN")]


def test_pronoun_destination_and_carried_light_verb_subject():
    text = ("وكان الرئيس الأرجنتيني قد توصل لاتفاق تاريخي مع كوبا يقضي بتخفيف الحظر، "
            "وأجرى زيارة تاريخية إليها العام الماضي.")
    assert _visits(text) == [("reported", "ARG", "head_of_state", None, None, "CUB")]


def test_a_bare_title_given_the_outlets_country_is_no_visitor():
    text = "وصل رئيس الفتح أول من أمس إلى تونس برفقة مدرب الفريق."
    assert _visits(text, home="SAU") == []
    text = "وصل رئيس الجمهورية أمس إلى الجزائر."
    assert _visits(text, home="TUN") == [("reported", "TUN", "head_of_state", None, None, "DZA")]
    # a kingdom has no president: a Saudi paper's bare «رئيس الجمهورية» is not Saudi
    assert _visits(text, home="SAU") == []


def test_tawajjuh_is_travel_only_towards_a_place_after_ila():
    text = "وأكد وزير الخارجية التونسي أن بلاده تثمن كل توجه نحو حل سلمي في سوريا."
    assert _visits(text) == []
    text = "وتوجه وزير الخارجية التونسي بعد ذلك إلى دمشق."
    assert _visits(text) == [("reported", "TUN", "foreign_minister", None, None, "SYR")]


def test_a_speaker_before_an_is_not_the_visitor():
    text = "وأوضح وزير الإعلام اليمني أن رحلة تقل 157 يمنيا وصلت أمس إلى اليمن."
    assert _visits(text) == []
    text = "سيعلن الرئيس الفرنسي اليوم تعيين رئيس للوزراء، قبل أن يتوجه إلى ألمانيا."
    assert _visits(text) == [("planned", "FRA", "head_of_state", None, None, "DEU")]


def test_a_bare_arrival_verb_does_not_inherit_the_previous_subject():
    text = "زار الرئيس الفرنسي بيروت أمس. وعندما وصلت إلى دمشق، امتد منها خط سكة حديد."
    assert [v[5] for v in _visits(text)] == ["LBN"]


@pytest.mark.parametrize("text,status", [
    ("غادر الرئيس التركي أنقرة أمس متوجها إلى الدوحة في زيارة رسمية.", "reported"),
    ("وغادرت رئيسة الوزراء البريطانية لندن أمس متوجهة إلى الدوحة.", "reported"),
    ("يغادر الرئيس التركي أنقرة غدا متوجها إلى الدوحة.", "planned"),
])


def test_leaving_home_heading_for_a_capital_visits_it(text, status):
    visits = _visits(text)
    assert [(v[0], v[5]) for v in visits] == [(status, "QAT")]


@pytest.mark.parametrize("text", [
    "وختم الرئيس التركي كلمته متوجها بالشكر إلى قطر.",
    "وتوجه الرئيس التركي بالتهنئة إلى الشعب القطري وإلى قطر.",
    # a pronoun right after the verb takes up a speech named before it
    "وقال الرئيس التركي في كلمة توجه بها إلى البرلمان القطري في الدوحة إن العلاقات متينة.",
    "وأكد الرئيس التركي في الخطاب الذي سيتوجه به إلى الشعب القطري أن العلاقات متينة.",
    "وتوجه الرئيس التركي برسالة إلى أمير قطر دعاه فيها إلى الحوار.",
])


def test_heading_with_words_addressed_is_no_trip(text):
    assert _visits(text) == []
def test_heading_for_a_capital_with_a_letter_is_a_trip():
    # near-miss: the letter is carried, not the words addressed
    text = "وتوجه وزير الخارجية التركي إلى الدوحة حاملا رسالة من الرئيس إلى أمير قطر."
    assert [(v[0], v[5]) for v in _visits(text)] == [("reported", "QAT")]


# ------------------------------------------------- who visits (audit events outside politics;
# sentences written for these tests)

def _who_visits(text, published="2016-10-05", home="TUN"):
    return [(e["actor1_country"], e["actor1_role"], e["location_country"])
            for e in extract_events(text, published, home=home) if e["event_type"] == "VISIT"]


def test_a_visit_noun_with_an_unnamed_doer_is_not_the_speakers():
    text = "وأشار وزير الدفاع إلى زيارة وفد يتكون من خبراء عسكريين إلى ليبيا خلال الأسابيع القادمة."
    assert _who_visits(text) == []


def test_the_doer_of_a_relative_clause_after_the_visits_adjective():
    text = ("وعرض رئيس الحكومة يوسف الشاهد على رئيس الجمهورية برنامج الزيارة الرسمية التي "
            "سيؤديها قريبا وزير الخارجية إلى الجزائر.")
    assert [v[:2] for v in _who_visits(text)] == [("TUN", "foreign_minister")]


@pytest.mark.parametrize("adjective", ["الناجحة", "الثانية", "المثمرة", "الهامة"])
def test_the_doer_of_a_relative_clause_after_an_adjective_of_praise_or_order(adjective):
    text = (f"وأشاد الوزير بنتائج الزيارة {adjective} التي أجراها الرئيس المصري للصين "
            "في ديسمبر الماضي.")
    assert _who_visits(text, "2015-08-09", home="SAU") == [("EGY", "head_of_state", "CHN")]


def test_an_invitation_to_the_public_to_visit_is_not_the_inviters_visit():
    text = "ووجه السيناتور البلجيكي دعوة لكل السياح الأوروبيين لزيارة تونس هذا الصيف."
    assert _who_visits(text, "2017-03-17") == []


def test_an_ambassador_taking_up_his_post_is_no_state_visit():
    assert _who_visits("وصل السفير الأمريكي الجديد إلى تونس أمس لتسلم مهامه خلفا لسلفه.") == []
    assert _who_visits("وصل سفير خادم الحرمين الشريفين الجديد لدى الأردن إلى عمان أمس لمباشرة "
                       "مهامه.") == []
    assert _who_visits("وصل وزير الخارجية الأمريكي إلى تونس أمس في زيارة رسمية.") == [
        ("USA", "foreign_minister", "TUN")]


def test_the_kings_ambassador_is_an_official_not_the_king():
    from pipeline.events.mentions import Sentence, find_mentions, tokenize
    text = "استقبل وزير الخارجية سفير خادم الحرمين الشريفين لدى تونس."
    sent = Sentence(text, 0, tokenize(text))
    find_mentions(sent, 2017, {}, "TUN")
    assert [(a.country, a.role) for a in sent.actors] == [
        ("TUN", "foreign_minister"), ("SAU", "official")]


def test_a_visit_noun_with_the_article_heads_no_genitive():
    # the Egyptian president is the object of يلتقي, not the visitor of «الزيارة»
    text = ("يصل وزير الخارجية الأردني غدا إلى القاهرة في زيارة رسمية. "
            "ويلتقي الوزير خلال الزيارة الرئيس المصري ورئيس الوزراء المصري.")
    visitors = {v[1] for v in _visits(text)}
    assert "EGY" not in visitors


def test_during_the_visit_refers_back_to_the_visit_told_before():
    from pipeline.events.extract import _prepare
    from pipeline.events.frames import _told_visit
    from pipeline.events.triggers import find_triggers
    sent = _prepare("ويبحث الوزير خلال هذه الزيارة مع نظيره التونسي ملف الهجرة.", PUB)[0]
    trig = next(t for t in find_triggers(sent)[0] if t.etype == "VISIT")
    assert _told_visit(sent, trig, [a for a in sent.actors if a.i >= trig.j])
    # a visitor named after the noun with ل makes it a visit of its own
    sent = _prepare("وتناول الحديث ما تم خلال الزيارة التاريخية لولي العهد السعودي إلى فرنسا.",
                    PUB)[0]
    trig = next(t for t in find_triggers(sent)[0] if t.etype == "VISIT")
    assert not _told_visit(sent, trig, [a for a in sent.actors if a.i >= trig.j])


def test_a_visit_and_a_meeting_on_other_days_are_not_merged_with_the_first():
    text = ("وصل وزير الدفاع الأمريكي إلى أربيل أمس الأحد، وعقد اجتماعا مع رئيس الوزراء "
            "العراقي. وكان الوزير قد زار بغداد يوم الجمعة، واجتمع مع رئيس الوزراء العراقي "
            "ووزير الدفاع العراقي.")
    events = extract_events(text, PUB)
    meets = sorted((e["event_date"].isoformat(), e["actor2_role"]) for e in events
                   if e["event_type"] == "MEET" and e["actor2_country"] == "IRQ")
    assert meets == [("2025-03-07", "defense_minister"), ("2025-03-07", "head_of_government"),
                     ("2025-03-09", "head_of_government")]


def test_his_visit_is_the_visit_of_the_actor_right_before_it():
    # the topic of the sentence before is the Iranian president; «زيارته» here is the minister's
    text = ("انتقد الرئيس الإيراني حسن روحاني الموقف الخليجي. "
            "وظهر ذلك في التصريحات التي أطلقها وزير الخارجية الإيراني إبان زيارته للكويت.")
    assert _visits(text) == [("reported", "IRN", "foreign_minister", None, None, "KWT")]


def test_the_host_of_an_invitation_the_next_sentence_says_the_visit_answers():
    # «وتأتي الزيارة تلبية لدعوة من X»: X hosts the visit told the sentence before
    text = ("وصل وزير الخارجية البحريني إلى بيروت أمس في زيارة رسمية. "
            "وتأتي الزيارة تلبية لدعوة من الرئيس اللبناني.")
    assert _visits(text) == [("reported", "BHR", "foreign_minister", "LBN", "head_of_state",
                              "LBN")]


def test_an_invitation_deep_in_the_next_sentence_about_something_else_hosts_nothing():
    text = ("وصل وزير الخارجية البحريني إلى بيروت أمس في زيارة رسمية. "
            "وقال الوزير إن بلاده ترحب بدعوة من الرئيس اللبناني لعقد مؤتمر.")
    assert _visits(text) == [("reported", "BHR", "foreign_minister", None, None, "LBN")]


def test_an_invitation_across_a_long_title_is_still_an_invitation():
    # the invitee's title is long: «دعا» is nine words before «لزيارة»
    text = "دعا وزير الخارجية الأردني مفوض الأمم المتحدة السامي لشؤون اللاجئين لزيارة مخيم الزعتري."
    assert [v[:3] for v in _visits(text)] == [("planned", "UN", "official")]


def test_an_invitation_word_in_another_clause_far_before_is_not_this_visits():
    text = ("دعا الرئيس اللبناني إلى الحوار بين الأطراف في مؤتمر صحفي أمس. "
            "وقال وزير الخارجية الأردني إن زيارة وزير الخارجية الأمريكي إلى عمّان ناجحة.")
    assert all(v[0] == "reported" for v in _visits(text))


def test_a_visit_someone_was_invited_to_make_is_planned():
    # «دعا X، ...، Y لزيارة ...»: the invitation is told in the past, the visit is to come
    text = ("دعا وزير الخارجية الأردني، في تصريحات صحفية لإحدى الصحف العربية الكبرى، "
            "مفوض الأمم المتحدة السامي لشؤون اللاجئين، لزيارة الأردن، للاطلاع على أوضاع "
            "اللاجئين.")
    assert [v[:3] for v in _visits(text)] == [("planned", "UN", "official")]


@pytest.mark.parametrize("text,where", [
    # «عمان» is Oman's name and Jordan's capital: the capital once the text has named Jordan
    ("أكد الأردن دعمه للمبادرة. وزار الرئيس المصري عمان أمس.", "JOR"),
    ("وصل العاهل الأردني إلى القاهرة. وكان الرئيس المصري قد زار عمان الشهر الماضي.", "JOR"),
    # ... and Oman where the text names no Jordan, or names Oman itself
    ("زار الرئيس المصري عمان أمس.", "OMN"),
    ("أشاد الأردن بالوساطة العمانية. وزار الرئيس المصري عمان أمس.", "OMN"),
])
def test_a_country_name_that_is_also_a_capital_of_a_state_the_text_named(text, where):
    visits = [v for v in _visits(text) if v[1] == "EGY"]
    assert visits and all(v[-1] == where for v in visits), visits


def test_head_of_the_red_cross_committee_is_an_organisation_head():
    text = "وصل رئيس اللجنة الدولية للصليب الأحمر أمس إلى دمشق في زيارة تستمر يومين."
    assert _visits(text) == [("reported", "ICRC", "organization_head", None, None, "SYR")]


def test_a_long_commentary_sentence_still_proposes_its_visit():
    # an editorial runs one sentence on through many commas; only run-together lines (a
    # ticker) are too long to read
    clause = "وتعزيز التعاون في مجالات الطاقة والتجارة والاستثمار والتعليم والصحة والثقافة، "
    text = ("وعندما يزور وزير الخارجية المصري روسيا اليوم، فهو يحمل رؤية بلاده "
            + clause * 12 + "في المنطقة.")
    assert 120 < len(text.split()) < extract_mod.MAX_SENTENCE_TOKENS
    assert [v[1:3] + v[5:] for v in _visits(text)] == [("EGY", "foreign_minister", "RUS")]


def test_a_stop_of_a_tour_is_a_visit_to_each_place_it_took_in():
    text = "ويختتم وزير الخارجية الياباني في القاهرة محطته الإفريقية التي شملت نيجيريا وكينيا."
    assert _visits(text) == [("reported", "JPN", "foreign_minister", None, None, "KEN"),
                             ("reported", "JPN", "foreign_minister", None, None, "NGA")]
    text = "وأنهى الرئيس الفرنسي محطته الأولى في الجزائر قبل أن يتوجه إلى تونس."
    assert ("reported", "FRA", "head_of_state", None, None, "DZA") in _visits(text)
    assert _visits("توقف القطار في محطته الأخيرة بالقاهرة.") == []


# «حلّ» is "arrived" only before a place that carries ب; a place name that merely starts with
# the letter (باريس، بيروت) after «حلّ النزاعات» is no arrival
@pytest.mark.parametrize("text", [
    "عين الأمين العام للأمم المتحدة اليوم مبعوثا أمميا جديدا هو أستاذ الاقتصاد وحل النزاعات في "
    "جامعة باريس.",
    "اختار المجلس المبعوث الأممي الجديد أستاذ القانون الدولي وحل النزاعات في جامعة بيروت.",
])
def test_solving_is_no_arrival_before_a_place_starting_with_ba(text):
    assert [e for e in extract_events(text, PUB) if e["event_type"] == "VISIT"] == []


@pytest.mark.parametrize("text", [
    "حل وزير الخارجية الفرنسي أمس ببيروت في زيارة تستغرق يومين.",
    "حلت المستشارة الألمانية أمس بباريس في زيارة قصيرة.",
])
def test_arrival_with_bi_before_a_place_is_still_a_visit(text):
    assert [e["event_type"] for e in extract_events(text, PUB)] == ["VISIT"]


@pytest.mark.parametrize("text", [
    "أدى رئيس البرلمان الكيني اليوم زيارة إلى سفارة جمهورية فرنسا لتقديم التعازي.",
    "زار وزير الخارجية الكيني أمس قنصلية اليابان في مومباسا.",
])
def test_a_visit_to_a_states_embassy_is_no_visit_to_that_state(text):
    assert not [v for v in _visits(text) if v[5] in ("FRA", "JPN")]


def test_a_visit_to_the_state_itself_still_counts():
    assert _visits("أدى رئيس البرلمان الكيني اليوم زيارة إلى فرنسا لتقديم التعازي.") == [
        ("reported", "KEN", "official", None, None, "FRA")]


def test_a_visit_named_only_by_its_noun_is_the_visit_told_with_its_tense():
    # the last sentence names the visit with no verb, day or cue of its own: the same visit
    # (planned, at the chancellor's invitation), not a second, reported one
    text = ("بدعوة من رئيس وزراء اليابان يؤدي الرئيس الكيني زيارة رسمية إلى اليابان يومي 20 "
            "و21 مارس الجاري. وتمثل التجارة والطاقة أبرز محاور زيارة الرئيس الكيني إلى اليابان.")
    assert _visits(text) == [("planned", "KEN", "head_of_state", "JPN", "head_of_government",
                              "JPN")]


def test_an_undated_visit_to_a_city_of_the_country_visited_is_a_stop_of_that_trip():
    text = ("وصل أمس إلى مصر وفد كيني. وتستغرق زيارة الوفد إلى مصر خمسة أيام سيزور "
            "خلالها الإسكندرية والأقصر.")
    assert _visits(text) == [("reported", "KEN", "delegation", None, None, "EGY")]


def test_two_visits_on_other_days_to_one_country_stay_two():
    text = ("زار الرئيس الكيني مصر يوم 3 مارس الجاري. وسيزور الرئيس الكيني الإسكندرية يوم 25 "
            "مارس الجاري.")
    assert [v[0] for v in _visits(text)] == ["planned", "reported"]


def test_a_state_form_with_its_nationality_adjective_names_that_state():
    # «المملكة» alone is the outlet's kingdom; «المملكة الأردنية» is Jordan
    text = "قام ولي العهد بزيارة رسمية إلى المملكة الأردنية أمس الاثنين."
    assert [v[-1] for v in _visits(text, home="SAU")] == ["JOR"]
    text = "يزور وزير الخارجية الفرنسي الجمهورية التونسية الأسبوع المقبل."
    assert [v[-1] for v in _visits(text)] == ["TUN"]
    text = "قام وزير الخارجية الأمريكي بزيارة إلى المملكة أمس."
    assert [v[-1] for v in _visits(text, home="SAU")] == ["SAU"]


# ------------------------------------------------------------------ presence (presence.py)

def test_an_adjective_of_presence_places_a_delegation_abroad():
    text = ("أعلن مصدر رسمي أن الوفد الكويتي رفيع المستوى المتواجد حاليا في الخرطوم "
            "سيبحث ملف المياه.")
    assert _visits(text) == [("reported", "KWT", "delegation", None, None, "SDN")]


def test_a_copula_and_a_place_right_after_the_actor_is_a_visit():
    text = "وستكون وزيرة الخارجية الكندية في نيروبي يوم الخميس المقبل."
    assert _visits(text) == [("planned", "CAN", "foreign_minister", None, None, "KEN")]


def test_a_speaker_and_a_place_after_his_addressee_is_a_visit():
    text = "قال وزير الدفاع البريطاني للصحفيين في أنقرة إن التعاون العسكري سيتعزز."
    assert _visits(text) == [("reported", "GBR", "defense_minister", None, None, "TUR")]


def test_presence_at_home_or_of_an_ambassador_is_no_visit():
    assert _visits("وسيكون الرئيس المصري في القاهرة يوم الأحد.") == []
    assert _visits("قال السفير الياباني في الرياض إن العلاقات متينة.") == []
    assert _visits("والوفد الروسي المتواجد حاليا في موسكو يعد تقريرا.") == []


def test_a_place_that_is_a_topic_of_speech_is_no_presence():
    # في after the speech verb's clause («إن الوضع في ...») is what he spoke about
    assert _visits("قال وزير الخارجية الفرنسي إن الوضع في ليبيا خطير.") == []


# ----------------------------------------------------------------------------- returns

def test_return_from_a_place_right_after_the_verb_or_its_subject():
    assert _visits("وعاد رئيس الوزراء الإيطالي من طوكيو صباح اليوم.") == [
        ("reported", "ITA", "head_of_government", None, None, "JPN")]


def test_a_dual_return_verb_makes_both_subjects_visitors():
    text = "وقال مصدر إن وزير الخارجية الهندي ونظيره الباكستاني عادا من موسكو باتفاق مبدئي."
    assert _visits(text) == [
        ("reported", "IND", "foreign_minister", None, None, "RUS"),
        ("reported", "PAK", "foreign_minister", None, None, "RUS")]


def test_return_from_a_place_with_other_words_between_needs_its_cue():
    # «عاد إلى بلاده بعد جولة من المحادثات في جنيف»: no place right after من
    assert _visits("وعاد الرئيس الفرنسي إلى باريس من دون اتفاق.") == []


def test_a_speaker_without_a_subject_visits_during_the_visit_he_speaks_in():
    text = ("أكد وزير الخارجية المغربي دعم بلاده للحل السياسي. "
            "وأضاف خلال زيارة إلى البرازيل أن التعاون الاقتصادي سيتوسع.")
    assert _visits(text) == [("reported", "MAR", "foreign_minister", None, None, "BRA")]


def _visit_statuses(text):
    return sorted((e["location_country"], e["status"]) for e in extract_events(text, PUB)
                  if e["event_type"] == "VISIT")


def test_later_stops_of_a_tour_under_way_are_to_come():
    text = ("وأدلى الرئيس الفرنسي بتصريحات قبيل توجهه إلى كينيا، أولى محطات جولته الإفريقية "
            "التي تشمل كينيا وأوغندا ورواندا.")
    assert _visit_statuses(text) == [("KEN", "reported"), ("RWA", "planned"),
                                     ("UGA", "planned")]


def test_tour_nouns_are_visit_triggers_and_a_round_is_no_tour():
    # frames._tour_to_come reads a tour noun at a VISIT trigger: each must be one
    from pipeline.events.extract import _prepare
    from pipeline.events.triggers import find_triggers
    from pipeline.events.words import TOUR_NOUNS

    for word in TOUR_NOUNS:
        sent = _prepare(f"وبدأ الرئيس الفرنسي {word} في إفريقيا.", None)[0]
        assert (word, "VISIT") in [(sent.norms[t.i], t.etype) for t in find_triggers(sent)[0]]
    # «الجولة», «جولتها»: a round of a championship or of an election, not a tour
    for text in ("وتنطلق اليوم الجولة الثالثة من البطولة العربية التي تضم منتخبات تونس ومصر "
                 "والمغرب.",
                 "ويخوض المنتخب التونسي الجولة المقبلة أمام نظيره الجزائري في الجزائر.",
                 "وقال وزير الخارجية الإيطالي إن بلاده تحيي حسن سير الانتخابات التشريعية في "
                 "جولتها الثانية بتونس."):
        assert [e for e in extract_events(text, PUB) if e["event_type"] == "VISIT"] == []


def test_stops_of_a_tour_told_as_over_are_all_reported():
    text = "واختتم الرئيس الفرنسي جولته الإفريقية التي شملت كينيا وأوغندا ورواندا."
    assert _visit_statuses(text) == [("KEN", "reported"), ("RWA", "reported"),
                                     ("UGA", "reported")]


def test_places_after_then_are_further_stops_of_the_visit():
    text = "زار رئيس الوزراء الهندي اليابان في مارس الماضي، ثم كوريا الجنوبية والصين."
    evs = extract_events(text, date(2016, 6, 1))
    stops = [e["location_country"] for e in evs if e["event_type"] == "VISIT"]
    assert stops == ["JPN", "KOR", "CHN"]


def test_then_before_a_verb_or_far_away_adds_no_stop():
    text = "زار رئيس الوزراء الهندي اليابان، ثم عاد إلى بلاده."
    evs = extract_events(text, date(2016, 6, 1))
    assert [e["location_country"] for e in evs if e["event_type"] == "VISIT"] == ["JPN"]
    text = ("زار رئيس الوزراء الهندي اليابان حيث بحث مع المسؤولين اليابانيين ملفات التجارة "
            "والاستثمار والطاقة والتعاون التقني والأمني في المنطقة، ثم الصين.")
    evs = extract_events(text, date(2016, 6, 1))
    assert "CHN" not in [e["location_country"] for e in evs if e["event_type"] == "VISIT"]


def _stops(text):
    return sorted((e["status"], e["actor1_country"] or e["actor1_org"], e["location_country"],
                   e["event_date"])
                  for e in extract_events(text, PUB) if e["event_type"] == "VISIT")


@pytest.mark.parametrize("text,stop", [
    # a next leg with no subject of its own, opening the next sentence
    ("سيتوجه وزير الخارجية الأمريكي إلى سنغافورة. ثم يزور ماليزيا من 12 إلى 14 مارس.",
     ("planned", "USA", "MYS", date(2025, 3, 12))),
    ("سيتوجه وزير الخارجية الأمريكي إلى سنغافورة. وأخيرا سيزور من 14 إلى 16 مارس فيتنام.",
     ("planned", "USA", "VNM", date(2025, 3, 14))),
    # or a clause of the same sentence, those named before the sequence word being the last
    # leg's
    ("قال المتحدث إن المبعوث الأممي سيزور سلطنة عمان حيث التقى من قبل بممثلين للحوثيين "
     "ومنها سيتوجه إلى الرياض.", ("planned", "UN", "SAU", None)),
])
def test_next_stop_of_a_tour_takes_the_traveller(text, stop):
    assert stop in _stops(text)


def test_a_subjectless_arrival_is_no_next_stop():
    # «وصلت» with nobody named is a ship, a flight or a sum as often: only visit and heading
    # verbs carry the traveller on
    text = "وصلت وزيرة الخارجية الأمريكية إلى القاهرة. ثم وصلت إلى الرياض شحنة من القمح."
    assert [s[2] for s in _stops(text)] == ["EGY"]
    # a next leg with its own subject is that subject's
    text = "زار الرئيس الفرنسي الجزائر. ثم يزور الرئيس السنغالي المغرب."
    legs = {s[1:3] for s in _stops(text)}
    assert ("SEN", "MAR") in legs and ("FRA", "MAR") not in legs


# ---------------------------------------------------------------- a tour told over sentences

TOUR = "وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة اليوم في مستهل جولة إقليمية. "


@pytest.mark.parametrize("then, place", [
    ("ومن مصر، سينتقل إلى الدوحة.", "QAT"),
    ("ثم يزور الرياض الأسبوع المقبل.", "SAU"),
    ("وسيتوجه بعد ذلك إلى العاصمة الأردنية عمان.", "JOR"),
])
def test_the_next_stop_of_a_tour_goes_on_the_visitor_told_before(then, place):
    visits = _visits(TOUR + then)
    assert ("reported", "USA", "foreign_minister", None, None, "EGY") in visits
    assert ("planned", "USA", "foreign_minister", None, None, place) in visits


@pytest.mark.parametrize("then, place, host", [
    # those named after «حيث» are met at the stop: not a traveller of the clause's own
    ("ثم يزور الرياض حيث يلتقي ولي العهد السعودي.", "SAU", "SAU"),
    ("ومن مصر، سينتقل إلى الدوحة حيث يلتقي أمير قطر.", "QAT", "QAT"),
])
def test_the_next_stop_keeps_its_traveller_before_a_meeting_where(then, place, host):
    visits = _visits(TOUR + then)
    assert ("planned", "USA", "foreign_minister", None, None, place) in visits \
        or ("reported", "USA", "foreign_minister", None, None, place) in visits
    meets = [(e["actor1_country"], e["actor2_country"]) for e in extract_events(TOUR + then, PUB)
             if e["event_type"] == "MEET"]
    assert meets and all(set(m) == {"USA", host} for m in meets)


def test_a_meeting_where_after_someone_else_is_named_is_not_the_tour_s():
    # near-miss: another subject named in between, the traveller is no longer carried
    text = TOUR + "وقال الرئيس المصري إن الوضع صعب. ثم يزور الرياض حيث يلتقي ولي العهد السعودي."
    assert not any("USA" in (e["actor1_country"], e["actor2_country"])
                   for e in extract_events(text, PUB) if e["event_type"] == "MEET")


@pytest.mark.parametrize("then", [
    # someone else named since: the traveller is no longer the one told
    "واستقبله الرئيس المصري عبد الفتاح السيسي. ثم يزور الرياض.",
    # leaving a place is no stop; going home is a return
    "ثم غادر القاهرة.",
    "ثم يعود إلى واشنطن.",
    "ثم يتوجه إلى واشنطن.",
    # a word before the verb or between it and the place may be its own subject
    "ووصل مئات الجنود إلى الدوحة.",
    "ومن المقرر أن يزور شي الدوحة.",
    # the clause names its own traveller after the place
    "كما وصل إلى الدوحة أمس وزير الخارجية الفرنسي.",
])
def test_no_next_stop_without_the_tour_s_traveller(then):
    assert [v[5] for v in _visits(TOUR + then) if v[1] == "USA"] == ["EGY"]


@pytest.mark.parametrize("text", [
    # «دعا ... إلى زيارة», «للقيام بزيارة»: the invitation is told, the visit is still to come
    "ودعا الرئيس اليمني خلال لقائه اليوم المبعوث الأممي في الرياض إلى زيارة محافظة عدن.",
    "وسلم الوزير رسالة من الرئيس المصري للعاهل الأردني دعاه فيها للقيام بزيارة رسمية إلى مصر.",
])
def test_a_visit_one_is_invited_to_is_never_reported(text):
    assert {v[0] for v in _visits(text)} <= {"planned"}


def test_a_visit_during_which_someone_calls_for_something_stays_reported():
    # near-miss: «دعا خلال زيارته إلى ...»: the visit is the setting, not what he asks for
    text = "ودعا الرئيس التونسي خلال زيارته إلى الجزائر أمس إلى تعزيز التعاون الاقتصادي."
    assert [v[0] for v in _visits(text)] == ["reported"]


def test_a_past_copula_without_a_time_is_a_state_not_a_visit():
    # «كما كان مستشار ... في تونس»: he served there; a dated presence is a stay
    assert _visits("كما كان مستشار الزعيم ياسر عرفات في تونس.", home="TUN") == []
    assert [v[0] for v in _visits("وكان وزير الخارجية الأمريكي في الرياض أمس حيث بحث "
                                  "الأزمة.")] == ["reported"]


def test_a_region_named_with_another_state_is_that_states():
    # «إقليم كردستان الإيراني»: Iran's, so an Iranian president's tour there is domestic
    text = ("وقال الرئيس الإيراني حسن روحاني في خطاب ألقاه اليوم الأحد خلال زيارة لإقليم "
            "كردستان الإيراني إن الشعب يدعم الشعوب.")
    assert _visits(text) == []
    # near-miss: the bare region is Iraq's
    assert [v[5] for v in _visits("وصل الرئيس الإيراني اليوم إلى إقليم كردستان في زيارة "
                                  "رسمية.")] == ["IRQ"]


@pytest.mark.parametrize("text,word,trigger", [
    # «فيصل» is a known name (gazetteer), not ف + «يصل» (arrives)
    ("وحضر الحفل الأمير فيصل بن الحسين ووزير الخارجية الأردني في عمان.", "فيصل", False),
    ("وكان الملك فيصل قد استقبل الرئيس المصري في الرياض.", "فيصل", False),
    # near-miss: the verb with و is still an arrival
    ("ويصل وزير الخارجية التركي إلى القاهرة غدا.", "ويصل", True),
])
def test_a_trigger_is_not_read_inside_a_known_name(text, word, trigger):
    from pipeline.events.extract import _prepare
    from pipeline.events.triggers import find_triggers

    sent = _prepare(text, PUB)[0]
    found = [sent.norms[t.i] for t in find_triggers(sent)[0] if t.etype == "VISIT"]
    assert (word in found) == trigger


# a visit to a hospital or to the sick is a courtesy call where the visitor is, not a state visit
@pytest.mark.parametrize("text", [
    "وزار السفير المصري في الأردن صباح أمس الطفل أحمد في مستشفى الجامعة بعمان بعد نجاح "
    "العملية الجراحية التي أجريت له.",
    "وزار وزير الصحة الفرنسي الجرحى في المستشفى العسكري بتونس.",
])
def test_a_visit_to_the_sick_is_no_state_visit(text):
    assert _visits(text) == []


def test_a_country_visited_before_its_hospital_keeps_the_visit():
    text = "وزار الرئيس الفرنسي الجزائر أمس حيث زار الجرحى في المستشفى العسكري."
    assert [v[1:3] for v in _visits(text)] == [("FRA", "head_of_state")]
    text = "وزار السفير المصري في الأردن صباح أمس العاصمة السورية دمشق."
    assert [v[1:3] for v in _visits(text)] == [("EGY", "official")]


@pytest.mark.parametrize("text,places", [
    # the first visit after another event: a place named after «بعد» is that event's
    ("يصل وزير الخارجية البريطاني فيليب هاموند إلى الرياض غدا في أول زيارة رسمية وذلك بعد "
     "الاتفاق النووي بين الغرب وإيران كما سيزور هاموند الكويت.", {"SAU", "KWT"}),
    ("وهي أول زيارة لوزير الخارجية الإيراني محمد جواد ظريف إلى الكويت بعد توقيع بلاده "
     "الاتفاق النووي في فيينا.", {"KWT"}),
    ("يصل وزير الخارجية البريطاني فيليب هاموند إلى الرياض غدا بأول زيارة رسمية وذلك بعد "
     "الاتفاق النووي بين الغرب وإيران.", {"SAU"}),  # «بأول»: with a preposition
    # «بعد» telling a time of the visit's own day opens no other event
    ("يبدأ وزير الخارجية الإيراني محمد جواد ظريف أول زيارة له بعد ظهر اليوم إلى الكويت.",
     {"KWT"}),
    ("يبدأ وزير الخارجية الإيراني محمد جواد ظريف أول زيارة له بعد الظهر إلى الكويت.",
     {"KWT"}),
])
def test_a_place_after_what_a_first_visit_follows_is_not_its_destination(text, places):
    visits = [e for e in extract_events(text, PUB) if e["event_type"] == "VISIT"]
    assert visits and {e["location_country"] for e in visits} == places


def test_a_place_in_the_travellers_title_before_the_verb_is_not_where_he_goes():
    # «المبعوث الأممي إلى ليبيا» names his brief, not a trip: attending a session of the
    # Security Council (no place told) is no visit to Libya, as a title's place after the
    # verb is none either
    text = ("وكان المبعوث الأممي إلى ليبيا غسان سلامة قد حضر أمس اجتماعا مغلقا عقده مجلس "
            "الأمن الدولي.")
    assert _visits(text) == []


@pytest.mark.parametrize("text, place", [
    # the gathering's own place is still where he goes
    ("وكان المبعوث الأممي إلى ليبيا غسان سلامة قد حضر أمس اجتماعا في القاهرة.", "EGY"),
    # a place named before the verb that is no one's title still is («... إليها»)
    ("توصلت واشنطن إلى اتفاق مع كوبا، وأجرى الرئيس الأمريكي زيارة تاريخية إليها.", "CUB"),
], ids=["gathering-place", "place-named-before"])
def test_places_outside_a_title_still_place_the_visit(text, place):
    assert [v[-1] for v in _visits(text)] == [place]


@pytest.mark.parametrize("text, place", [
    # «إليها» points back to the nearest place, the one of the envoy's title: he goes there
    ("أكد المبعوث الأممي إلى سوريا ستافان دي ميستورا أنه سيتوجه إليها الأسبوع المقبل.", "SYR"),
    ("المبعوث الأممي إلى ليبيا غسان سلامة يصل إليها الأحد المقبل.", "LBY"),
    # a place named before the title is not what «إليها» points back to
    ("وفي جنيف، أكد المبعوث الأممي إلى سوريا ستافان دي ميستورا أنه سيتوجه إليها الأسبوع "
     "المقبل.", "SYR"),
    # «حيث» sets the arrival in the place it follows, named right after the traveller
    ("وكان وزير الخارجية الأمريكي في القاهرة، حيث وصل أمس في زيارة رسمية.", "EGY"),
], ids=["title-place-back", "title-place-svo", "earlier-place-skipped", "where-after-place"])
def test_a_place_the_verb_points_back_to_is_its_destination_after_a_title(text, place):
    assert [v[-1] for v in _visits(text)] == [place]
