"""Names that hold a king's or a sultan's word without naming a head of state."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _mentions(text: str) -> list[tuple]:
    return [(a.text, a.role, a.country) for s in _prepare(text, date(2015, 4, 2)) for a in s.actors]


def test_foundation_named_after_a_king_ends_the_visitor():
    # the foundation's name does not run on from the visitor's mention
    assert _mentions("وزار الرئيس التركي دارة الملك عبدالعزيز في الرياض.") == [
        ("الرئيس التركي", "head_of_state", "TUR")
    ]


def test_medal_named_after_a_king_ends_the_recipient():
    assert _mentions("ومنح الرئيس الفلسطيني وسام الملك عبدالعزيز.") == [
        ("الرئيس الفلسطيني", "head_of_state", "PSE")
    ]


def test_sultan_after_bin_is_a_fathers_name():
    found = _mentions(
        "استقبل الأمير تركي بن سلطان السفير الأمريكي لدى المملكة في مكتبه بالرياض أمس."
    )
    assert ("السفير الأمريكي", "official", "USA") in found
    assert all(role != "head_of_state" for _, role, _ in found)


def test_sultan_title_after_his_own_name_still_reads():
    evs = extract_events(
        "استقبل السلطان قابوس بن سعيد سلطان عمان الرئيس الإيراني في مسقط أمس.", "2015-04-02"
    )
    assert evs and evs[0]["event_type"] == "MEET"
    assert evs[0]["actor1_name"] == "Qaboos bin Said"
    assert evs[0]["actor1_role"] == "head_of_state"
    assert evs[0]["actor2_country"] == "IRN"


def test_subject_before_the_verb_is_no_family_name():
    # «التقى» after «X بن Y» or a known given name is the verb, no family name «التقي»
    for text, name in (
        ("الأمير محمد بن نايف التقى الرئيس الروسي أمس.", "Mohammed bin Nayef"),
        ("الشيخ محمد بن زايد التقى الرئيس الفرنسي في أبوظبي أمس.", "Mohamed bin Zayed Al Nahyan"),
        ("أمير قطر الشيخ تميم التقى الرئيس الفرنسي في باريس أمس.", "Tamim bin Hamad Al Thani"),
    ):
        evs = extract_events(text, "2015-07-10")
        assert [(e["event_type"], e["actor1_name"]) for e in evs] == [("MEET", name)]


def test_family_name_after_a_sultan_patronymic_is_no_sultan():
    found = _mentions("وأعلن قائد القوات البحرية الفريق عبدالله بن سلطان السلطان تدشين جسر جوي.")
    assert all(role != "head_of_state" for _, role, _ in found)
