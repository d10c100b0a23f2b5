"""Talks, mediation, purpose clauses and press conferences: which words and constructions make
an event and who its two parties are, on sentences written for these tests.

Like tests/test_events_meet.py they check the rule frames and the actor mentions with the
learned scorer switched off (what the scorer keeps is measured on the labelled sets).
"""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")


PUB = date(2025, 3, 10)


def _events(text, etype, ordered=False):
    """(status, actor1, actor2) of the events of one type; the pair sorted unless `ordered`
    (MEDIATE: the mediator first)."""
    out = []
    for e in extract_events(text, PUB):
        if e["event_type"] != etype:
            continue
        pair = ((e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                (e["actor2_country"] or e["actor2_org"], e["actor2_role"]))
        out.append((e["status"], *(pair if ordered else sorted(pair))))
    return sorted(out)


# ----------------------------------------------------------------------------- NEGOTIATE

def test_negotiation_noun_with_a_subject_and_a_counterpart_after_ma():
    text = "أجرى وزير المالية اليوناني أمس مفاوضات مع نظيره الألماني في أثينا."
    assert _events(text, "NEGOTIATE") == [
        ("reported", ("DEU", "minister"), ("GRC", "minister"))]


def test_negotiation_verb_with_ma():
    text = "تفاوض وزير الخارجية الإيراني مع نظيره الأمريكي في فيينا طوال الأسبوع الماضي."
    assert _events(text, "NEGOTIATE") == [
        ("reported", ("IRN", "foreign_minister"), ("USA", "foreign_minister"))]


def test_peace_talks_between_two_parties_are_a_negotiation_not_a_meeting():
    text = "انطلقت أمس في جنيف محادثات السلام بين وزير الخارجية الإثيوبي ونظيره الإريتري."
    assert _events(text, "NEGOTIATE") == [
        ("reported", ("ERI", "foreign_minister"), ("ETH", "foreign_minister"))]
    assert _events(text, "MEET") == []


def test_talks_with_one_side_only_or_a_call_for_talks_are_no_event():
    for text in ("قال وزير المالية اليوناني إن المفاوضات كانت صعبة.",
                 "دعا وزير الخارجية الأمريكي إلى مفاوضات السلام."):
        assert _events(text, "NEGOTIATE") == [], text


# ----------------------------------------------------------------------------- MEDIATE

def test_agreement_under_a_nationality_adjective_auspices_is_mediation():
    text = ("وأعلن رئيس الحكومة الليبية ووزير الخارجية المصري اليوم تفاصيل الاتفاق الذي عقد "
            "بينهما، برعاية إماراتية، أمس الثلاثاء.")
    assert _events(text, "MEDIATE", ordered=True) == [
        ("reported", ("ARE", "official"), ("LBY", "head_of_government"))]


def test_agreement_by_the_mediation_of_a_named_actor_takes_the_first_party():
    text = "توصل الرئيس السوداني ورئيس جنوب السودان إلى اتفاق بوساطة أمير الكويت."
    assert _events(text, "MEDIATE", ordered=True) == [
        ("reported", ("KWT", "head_of_state"), ("SDN", "head_of_state"))]


def test_patronage_of_a_ceremony_or_a_signing_is_no_mediation():
    for text in ("افتتح وزير الثقافة السعودي المعرض برعاية خادم الحرمين الشريفين.",
                 "وقعت حكومة السودان اتفاقية مع رئيس جنوب السودان برعاية أمير قطر."):
        assert _events(text, "MEDIATE", ordered=True) == [], text


def test_auspices_without_a_mediator_after_them_name_no_mediator():
    # the mediator is an organisation the mentions do not resolve: the subject before the
    # phrase is a party, not the mediator
    text = "توصل الرئيس السوداني ورئيس جنوب السودان إلى اتفاق بوساطة الاتحاد الأفريقي."
    assert all(a[0] != "SSD" for _, a, _ in _events(text, "MEDIATE", ordered=True))


# ----------------------------------------------------------------------------- purpose clauses

def test_purpose_clause_takes_the_subject_of_the_verb_it_depends_on():
    text = ("سيعلن الرئيس الفرنسي إيمانويل ماكرون برنامج يومه الأول في القصر قبل أن يتوجه إلى "
            "ألمانيا للقاء المستشارة الألمانية أنغيلا ميركل.")
    assert _events(text, "MEET") == [
        ("planned", ("DEU", "head_of_government"), ("FRA", "head_of_state"))]


def test_purpose_clause_after_a_light_verbal_noun():
    text = "ويزور وزير الخارجية العراقي القاهرة غدا لإجراء مباحثات مع الرئيس المصري."
    assert _events(text, "MEET") == [
        ("planned", ("EGY", "head_of_state"), ("IRQ", "foreign_minister"))]


def test_purpose_clause_with_the_subject_in_the_sentence_before():
    text = ("غادر رئيس الوزراء الإيطالي روما صباح اليوم. وتوجه بعد ذلك إلى تونس للقاء "
            "الرئيس التونسي.")
    assert _events(text, "MEET") == [
        ("reported", ("ITA", "head_of_government"), ("TUN", "head_of_state"))]


# ----------------------------------------------------------------------------- nouns

def test_press_briefing_nouns_are_press_conferences():
    for text in ("عقد وزير الخارجية التونسي ندوة صحفية مشتركة مع نظيره الجزائري أمس.",
                 "عقد وزير الخارجية التونسي لقاء صحفيا مشتركا مع نظيره الجزائري أمس."):
        assert _events(text, "PRESS_CONFERENCE") == [
            ("reported", ("DZA", "foreign_minister"), ("TUN", "foreign_minister"))], text


def test_plural_meetings_noun():
    text = "أجرى وزير الخارجية المصري أمس لقاءات مع نظيره الأردني في عمان."
    assert _events(text, "MEET") == [
        ("reported", ("EGY", "foreign_minister"), ("JOR", "foreign_minister"))]


# ----------------------------------------------------------------------------- receptions

def test_reception_naming_its_guests_then_the_host_after_the_arrival_clause():
    text = ("وكان في استقبال ولي العهد السعودي ووزير الخارجية السعودي لدى وصولهما إلى المطار، "
            "الرئيس الأمريكي باراك أوباما.")
    assert _events(text, "MEET") == [
        ("reported", ("SAU", "foreign_minister"), ("USA", "head_of_state")),
        ("reported", ("SAU", "official"), ("USA", "head_of_state"))]


def test_reception_with_no_host_after_its_guests_is_no_meeting():
    assert _events("وكان في استقبال الرئيس المصري عدد من الوزراء.", "MEET") == []


# ----------------------------------------------------------------------------- dual pronoun

def test_dual_pronoun_of_a_gathering_refers_to_the_pair_of_the_sentence_before():
    text = ("أصدر رئيس الحكومة الليبية ووزير الخارجية المصري اليوم بيانا مشتركا. وجاء في "
            "البيان أن اللقاء الذي جمعهما تناول الأوضاع في المنطقة.")
    assert _events(text, "MEET") == [
        ("reported", ("EGY", "foreign_minister"), ("LBY", "head_of_government"))]


def test_dual_pronoun_with_no_pair_before_names_no_one():
    text = ("أصدر رئيس الحكومة الليبية بيانا اليوم. وجاء في البيان أن اللقاء الذي جمعهما "
            "تناول الأوضاع في المنطقة.")
    assert _events(text, "MEET") == []


# ----------------------------------------------------------------------------- visits

def test_visit_paid_to_a_person_with_li_names_the_host():
    for text in ("يقوم الرئيس التركي بزيارة للرئيس الأمريكي الشهر المقبل.",
                 "وقال الرئيس التركي إنه سيبحث الأمر خلال زيارته لنظيره الأمريكي الشهر المقبل."):
        assert _events(text, "VISIT") == [
            ("planned", ("TUR", "head_of_state"), ("USA", "head_of_state"))], text


def test_future_relative_clause_makes_the_visit_planned_and_its_li_object_the_host():
    text = "وأفاد الرئيس التركي أنه سيبحث الأمر خلال الزيارة التي سيجريها لنظيره الأمريكي."
    assert _events(text, "VISIT") == [
        ("planned", ("TUR", "head_of_state"), ("USA", "head_of_state"))]


def test_future_relative_clause_on_a_meeting_noun():
    text = "وتناول اللقاء الذي سيعقده وزير الخارجية المصري مع نظيره الأردني غدا ملفات المنطقة."
    assert _events(text, "MEET") == [
        ("planned", ("EGY", "foreign_minister"), ("JOR", "foreign_minister"))]


def test_visit_to_a_country_with_li_keeps_no_host():
    text = "وتأتي زيارة الرئيس التركي للمملكة في إطار تعزيز العلاقات."
    assert [e["actor2_country"] for e in extract_events(text, PUB)
            if e["event_type"] == "VISIT"] == [None]


# ----------------------------------------------------------------------------- counterpart lists

def test_a_comma_and_a_new_verb_end_the_list_of_counterparts():
    text = ("وأبرز وزير الخارجية المصري خلال لقائه برئيس الجمهورية التونسي، حرص الرئيس المصري "
            "على تلبية الدعوة.")
    assert _events(text, "MEET") == [
        ("reported", ("EGY", "foreign_minister"), ("TUN", "head_of_state"))]


def test_a_name_in_apposition_and_a_joined_list_do_not_end_it():
    assert _events("التقى الرئيس التونسي، محمد الناصر، بوزير الخارجية المصري.", "MEET") == [
        ("reported", ("EGY", "foreign_minister"), ("TUN", "head_of_state"))]
    text = "التقى وزير الخارجية المصري بنظيره الأردني، ونظيره التونسي، كل على حدة."
    assert _events(text, "MEET") == [
        ("reported", ("EGY", "foreign_minister"), ("JOR", "foreign_minister")),
        ("reported", ("EGY", "foreign_minister"), ("TUN", "foreign_minister"))]


def test_consultations_noun_is_a_meeting():
    text = "عقد المبعوث الأممي إلى اليمن مشاورات مع وزير الخارجية العماني في مسقط أمس."
    assert _events(text, "MEET") == [
        ("reported", ("OMN", "foreign_minister"), ("UN", "envoy"))]


# ----------------------------------------------------------------------------- relative clauses

def test_relative_clause_on_a_vso_subject_closed_by_a_comma_precedes_the_object():
    text = ("ومن المقرر أن يلتقي وزير الدفاع الأمريكي الذي يقوم بجولة في المنطقة، رئيس الوزراء "
            "العراقي حيدر العبادي.")
    assert _events(text, "MEET") == [
        ("planned", ("IRQ", "head_of_government"), ("USA", "defense_minister"))]
    text = "والتقى الرئيس المصري، الذي يزور الرياض حاليا، ولي العهد السعودي."
    assert _events(text, "MEET") == [
        ("reported", ("EGY", "head_of_state"), ("SAU", "official"))]


def test_relative_clause_with_no_object_after_it_is_no_meeting():
    assert _events("والتقى الرئيس المصري الذي أكد دعم بلاده للتحالف.", "MEET") == []


# ----------------------------------------------------------------------------- two events

def test_second_verb_after_kama_shares_the_first_verbs_subject():
    text = "استقبل الرئيس التونسي وزير الخارجية الجزائري، كما التقى رئيس الحكومة الليبية."
    assert _events(text, "MEET") == [
        ("reported", ("DZA", "foreign_minister"), ("TUN", "head_of_state")),
        ("reported", ("LBY", "head_of_government"), ("TUN", "head_of_state"))]


def test_light_verb_after_thumma_carries_the_first_subject_to_its_noun():
    for text in ("التقى وزير الخارجية السعودي نظيره الأمريكي، ثم أجرى اتصالا هاتفيا مع وزير "
                 "الخارجية الروسي.",
                 "التقى وزير الخارجية السعودي نظيره الأمريكي، وأجرى اتصالا هاتفيا مع وزير "
                 "الخارجية الروسي."):
        assert _events(text, "CALL") == [
            ("reported", ("RUS", "foreign_minister"), ("SAU", "foreign_minister"))], text


def test_coordinated_verb_with_its_own_subject_and_object():
    text = ("استقبل الرئيس التونسي وزير الخارجية الجزائري، كما التقى وزير الخارجية الجزائري "
            "رئيس الحكومة الليبية.")
    assert _events(text, "MEET") == [
        ("reported", ("DZA", "foreign_minister"), ("LBY", "head_of_government")),
        ("reported", ("DZA", "foreign_minister"), ("TUN", "head_of_state"))]


def test_purpose_clause_and_visit_of_a_verb_after_thumma_take_the_first_subject():
    text = ("وأوضح الرئيس التونسي أنه اتصل بالرئيس المصري، ثم توجه إلى الجزائر للقاء الرئيس "
            "الجزائري.")
    assert _events(text, "MEET") == [
        ("reported", ("DZA", "head_of_state"), ("TUN", "head_of_state"))]
    assert [e["actor1_country"] for e in extract_events(text, PUB)
            if e["event_type"] == "VISIT"] == ["TUN"]


def test_one_side_at_a_press_conference_is_no_event_a_joint_one_is():
    text = "قال المتحدث باسم الحكومة المصرية في مؤتمر صحفي في القاهرة اليوم إن الوضع مستقر."
    assert _events(text, "PRESS_CONFERENCE") == []
    text = ("وأضاف وزير الخارجية الألماني خلال مؤتمر صحفي في برلين مع نظيره القطري أن الأزمة "
            "ستطول.")
    assert _events(text, "PRESS_CONFERENCE") == [
        ("reported", ("DEU", "foreign_minister"), ("QAT", "foreign_minister"))]


# ----------------------------------------------------------------------------- rounds of talks

@pytest.mark.parametrize("text", [
    # both sides are the light verb's subject
    "عقد الوفدان الأمريكي والإيراني أمس جولة جديدة من المفاوضات في مسقط.",
    "أجرى الوفد الأمريكي والوفد الإيراني أمس مفاوضات في مسقط.",
    # a new round of talks between two named sides is a negotiation, not a tour
    "انطلقت أمس في مسقط جولة جديدة من المحادثات بين الوفد الأمريكي والوفد الإيراني.",
])
def test_round_of_talks_between_two_sides(text):
    assert _events(text, "NEGOTIATE") == [
        ("reported", ("IRN", "delegation"), ("USA", "delegation"))]
    assert _events(text, "VISIT") == [] and _events(text, "MEET") == []


def test_a_single_side_holding_talks_is_still_no_negotiation():
    text = "عقد الوفد الأمريكي أمس جولة جديدة من المفاوضات في مسقط."
    assert _events(text, "NEGOTIATE") == []


def test_attendees_of_talks_are_not_their_two_sides():
    # two lenders named before the talks they sit in are one side of them, not a pair
    text = ("وقالت الحكومة اليونانية إنها ستبدأ غدا مفاوضات مع الدائنين، ويتوقع أن يشارك "
            "مسؤولون بالبنك الدولي وصندوق النقد الدولي في المحادثات.")
    pairs = {frozenset((e["actor1_country"] or e["actor1_org"],
                        e["actor2_country"] or e["actor2_org"]))
             for e in extract_events(text, "2025-03-10")}
    assert frozenset(("WORLD_BANK", "IMF")) not in pairs
    assert frozenset(("GRC", "IMF")) in pairs


def test_talks_a_statement_concerns_are_its_topic_not_a_contact():
    text = ("ورأى الباحث أن الخيارات أمام إيران محدودة فيما يتعلق بمحادثات برنامجها النووي "
            "مع الدول الست الكبرى.")
    assert extract_events(text, "2025-03-10") == []
    # talks the text reports are still talks
    text = "وأجرت إيران محادثات مع الولايات المتحدة أمس في فيينا."
    assert [e["event_type"] for e in extract_events(text, "2025-03-10")] == ["NEGOTIATE"]
