"""A definite surname that is also an adjective («العربي» of «نبيل العربي») names the person
alone after the article named him in full, except as an adjective of the noun before it."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.gazetteer import load_gazetteer
from pipeline.events.mentions import _surname_claims
from pipeline.text.normalize import normalize_arabic

PUBLISHED = date(2015, 7, 31)
FULL = "أكد الأمين العام لجامعة الدول العربية نبيل العربي أهمية العمل العربي المشترك. "


def _pairs(text: str) -> list[tuple]:
    out = []
    for e in extract_events(text, PUBLISHED):
        sides = tuple(
            sorted(
                (e[f"actor{k}_country"] or e[f"actor{k}_org"] or "", e[f"actor{k}_role"] or "")
                for k in (1, 2)
            )
        )
        out.append((e["event_type"], e["status"], sides, e["event_date"]))
    return out


def _claims(name: str) -> list[str]:
    return _surname_claims(tuple(normalize_arabic(name).split()), load_gazetteer())


def test_bare_surname_after_full_name_is_the_person():
    text = FULL + (
        "والتقى المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد العربي في القاهرة "
        "أمس لبحث الأزمة اليمنية."
    )
    assert (
        "MEET",
        "reported",
        (("ARAB_LEAGUE", "organization_head"), ("UN", "envoy")),
        date(2015, 7, 30),
    ) in _pairs(text)


def test_bare_surname_after_a_preposition():
    text = FULL + (
        "وعقد المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد مؤتمرا صحفيا مشتركا "
        "مع العربي أمس في القاهرة."
    )
    assert (
        "PRESS_CONFERENCE",
        "reported",
        (("ARAB_LEAGUE", "organization_head"), ("UN", "envoy")),
        date(2015, 7, 30),
    ) in _pairs(text)


def test_bare_surname_without_full_name_names_nobody():
    text = (
        "والتقى المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد العربي في القاهرة أمس "
        "لبحث الأزمة اليمنية."
    )
    assert not any("ARAB_LEAGUE" in dict(p[2]) for p in _pairs(text))


def test_adjective_after_a_possessed_noun_is_no_person():
    for tail in (
        "واستقبل الرئيس المصري عبد الفتاح السيسي أمس في القاهرة شباب وطننا العربي.",
        "والتقى الرئيس المصري عبد الفتاح السيسي أمس بممثلي شعبنا العربي في القاهرة.",
    ):
        assert not any("ARAB_LEAGUE" in dict(p[2]) for p in _pairs(FULL + tail))


def test_claims_of_definite_word_surnames():
    assert _claims("نبيل العربي") == [normalize_arabic("العربي")]
    assert _claims("علي محسن الأحمر") == [normalize_arabic("الأحمر")]
    # the end of a compound name, and an ordinal, never stand alone for the person
    assert _claims("متعب بن عبد الله") == []
    assert _claims("حسن نصر الله") == []
    assert _claims("الملكة إليزابيث الثانية") == []


def test_bare_surname_later_in_the_same_sentence():
    text = (
        "تسلم الأمين العام لجامعة الدول العربية نبيل العربي رسالة نقلها المبعوث الأممي "
        "إلى اليمن إسماعيل ولد الشيخ أحمد الذي التقى العربي في القاهرة أمس."
    )
    assert (
        "MEET",
        "reported",
        (("ARAB_LEAGUE", "organization_head"), ("UN", "envoy")),
        date(2015, 7, 30),
    ) in _pairs(text)


def test_adjective_in_the_same_sentence_is_no_second_person():
    text = (
        "أكد الأمين العام لجامعة الدول العربية نبيل العربي خلال لقائه وزير الخارجية "
        "الأردني ناصر جودة أمس أهمية العمل العربي المشترك."
    )
    assert _pairs(text) == [
        (
            "MEET",
            "reported",
            (("ARAB_LEAGUE", "organization_head"), ("JOR", "foreign_minister")),
            date(2015, 7, 30),
        )
    ]
