"""A mention with the preposition ب or ل right after a verb is the verb's object, never its
subject: it neither goes to meet the one a purpose clause names later («أنه اتصل بالرئيس X
وسافر إلى روما للقاء Y»), nor meets Y itself. Seen in local news retelling a head of state's
contacts with a pronoun for subject. Sentences written for these tests (not corpus text)."""

from __future__ import annotations

from tests.support.events import event_rows


def _pairs(text: str, home: str = "TUN") -> set:
    return {(t, frozenset({(a1, r1), (a2, r2)}))
            for t, a1, r1, a2, r2 in event_rows(text, "2017-02-19", home)}


def test_the_object_of_a_call_does_not_go_to_meet_the_purpose_counterpart():
    for verb in ("وسافر إلى روما", "وتحول إلى روما", "وانتقل إلى روما"):
        text = ("وذكر رئيس الحكومة أنه اتصل بالرئيس الفرنسي فرانسوا هولاند "
                f"{verb} للقاء رئيس الوزراء الإيطالي باولو جنتيلوني.")
        pairs = _pairs(text)
        assert ("MEET", frozenset({("FRA", "head_of_state"), ("ITA", "head_of_government")})) \
            not in pairs, verb
        assert ("CALL", frozenset({("FRA", "head_of_state"), ("ITA", "head_of_government")})) \
            not in pairs, verb
        assert ("MEET", frozenset({("TUN", "head_of_government"),
                                   ("ITA", "head_of_government")})) in pairs, verb


def test_named_subject_after_the_comma_still_calls_and_meets():
    # near miss: the subject is named right before the verb
    text = ("وعلق وزير الخارجية على الأزمة، كما اتصل بنظيره المغربي وتحول إلى القاهرة "
            "للقاء الرئيس المصري عبد الفتاح السيسي.")
    pairs = _pairs(text)
    assert ("CALL", frozenset({("TUN", "foreign_minister"), ("MAR", "foreign_minister")})) in pairs
    assert ("MEET", frozenset({("TUN", "foreign_minister"), ("EGY", "head_of_state")})) in pairs
    assert not any(p == frozenset({("MAR", "foreign_minister"), ("EGY", "head_of_state")})
                   for _, p in pairs)


def test_object_before_its_subject_is_still_a_contact():
    # near miss: verb, object, subject (VOS) with nothing between them: the pair met
    text = "والتقى بالرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري في القاهرة."
    assert ("MEET", frozenset({("EGY", "head_of_state"), ("USA", "foreign_minister")})) \
        in _pairs(text)


def test_an_agreement_signed_at_a_meeting_is_its_signatories_not_the_meetings():
    # «بين» after an agreement noun, indefinite or plural, lists the agreement's parties
    text = ("استقبل وزير الفلاحة أمس نظيره الإيطالي. وتخلل اللقاء إمضاء اتفاق بين حكومة "
            "الجمهورية التونسية وحكومة الجمهورية الإيطالية في مجال الصيد البحري.")
    assert _pairs(text) == {("MEET", frozenset({("TUN", "minister"), ("ITA", "minister")}))}
    text = ("وتخلل الاجتماع توقيع اتفاقيات بين حكومة الجمهورية التونسية وحكومة الجمهورية "
            "الإيطالية.")
    assert _pairs(text) == set()


def test_a_meeting_between_two_named_sides_is_still_theirs():
    # near miss: no agreement noun before «بين»
    text = "وجرى اللقاء بين وزير الخارجية التونسي ونظيره الإيطالي بحضور سفيري البلدين."
    assert ("MEET", frozenset({("TUN", "foreign_minister"), ("ITA", "foreign_minister")})) \
        in _pairs(text)
