"""Princes: a namesake whose lineage goes on past a known prince's, a prince the gazetteer does not
know (his given name a common word or a title, an honorific before it, his own lineage after
it). Sentences are invented paraphrases."""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, published: str = "2015-08-02", home: str | None = "SAU") -> list[dict]:
    return extract_events(text, published=published, home=home)


def _side(events: list[dict], country: str) -> dict:
    """The actor of `country` in the only event that has one."""
    ev = [e for e in events if country in (e["actor1_country"], e["actor2_country"])]
    assert len(ev) == 1, events
    e = ev[0]
    k = "actor1" if e["actor1_country"] == country else "actor2"
    return {f: e[f"{k}_{f}"] for f in ("name", "country", "org", "role")} | {
        "type": e["event_type"]
    }


def test_a_lineage_that_goes_on_past_a_known_princes_is_a_namesake():
    text = "استقبل الأمير فهد بن عبدالعزيز بن معمر أمس السفير الفرنسي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["type"] == "MEET"
    assert side["name"] != "King Fahd bin Abdulaziz"
    assert side["role"] == "official"


def test_a_governors_namesake_after_his_title_is_no_king():
    text = "استقبل محافظ الطائف فهد بن عبدالعزيز بن معمر أمس السفير الفرنسي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["name"] is None
    assert side["role"] == "official"


def test_a_known_princes_own_grandfather_keeps_him():
    text = "استقبل الأمير محمد بن سلمان بن عبدالعزيز أمس وزير الخارجية الفرنسي."
    side = _side(_events(text), "SAU")
    assert side["name"] == "Mohammed bin Salman"


def test_a_known_princes_grandfather_after_ibn_keeps_him():
    text = "استقبل الأمير فيصل بن خالد ابن عبدالعزيز أمير منطقة عسير أمس السفير الفرنسي."
    side = _side(_events(text), "SAU")
    assert side["name"] == "Faisal bin Khalid bin Abdulaziz"
    assert side["role"] == "official"


def test_an_unknown_prince_whose_given_name_is_a_word_is_no_head_of_state():
    text = "استقبل الأمير فيصل بن سعد بن عبدالعزيز أمس السفير الفرنسي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["name"] is None
    assert side["role"] == "official"


def test_an_unknown_prince_named_sultan_is_no_sultan():
    text = "استقبل الأمير سلطان بن ناصر بن عبدالعزيز أمس السفير الفرنسي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["role"] == "official"


def test_an_unknown_prince_after_an_academic_honorific_is_no_head_of_state():
    text = "استقبل الأمير الدكتور حسام بن سعود بن عبدالعزيز أمس السفير الفرنسي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["role"] == "official"


def test_the_sultan_of_oman_keeps_his_title():
    text = "استقبل السلطان قابوس بن سعيد أمس الرئيس الإيراني."
    side = _side(_events(text, home=None), "OMN")
    assert side["name"] == "Qaboos bin Said"
    assert side["role"] == "head_of_state"


def test_an_unknown_prince_with_his_own_lineage_is_not_the_prince_named_before():
    text = (
        "استقبل الأمير فيصل بن مشعل بن سعود أمير منطقة القصيم أمس السفير البريطاني. "
        "واستقبل الأمير عمر بن فيصل بن مشعل أمس السفير الفرنسي لدى المملكة."
    )
    events = _events(text)
    fra = _side(events, "FRA")
    other = next(e for e in events if e["actor2_country"] == "FRA" or e["actor1_country"] == "FRA")
    prince = "actor1" if other["actor2_country"] == "FRA" else "actor2"
    assert other[f"{prince}_name"] is None
    assert other[f"{prince}_country"] == "SAU"
    assert fra["type"] == "MEET"


def test_a_bare_prince_title_still_names_the_prince_before():
    text = (
        "استقبل الأمير فيصل بن مشعل بن سعود أمير منطقة القصيم أمس السفير البريطاني. "
        "واستقبل الأمير أمس السفير الفرنسي لدى المملكة."
    )
    events = _events(text)
    other = next(e for e in events if "FRA" in (e["actor1_country"], e["actor2_country"]))
    prince = "actor1" if other["actor2_country"] == "FRA" else "actor2"
    assert other[f"{prince}_name"] == "Faisal bin Mishaal"


def test_the_red_cross_presidents_short_spelling_names_him():
    text = "ووصل بيتر ماور إلى صنعاء أمس، والتقى ماور قادة الحوثيين لبحث إدخال المساعدات."
    events = _events(text, home=None)
    meets = [e for e in events if e["event_type"] == "MEET"]
    assert meets, events
    assert meets[0]["actor1_org"] == "ICRC"
    assert meets[0]["actor1_role"] == "organization_head"
    assert meets[0]["actor2_org"] == "HOUTHIS"


def test_norways_foreign_minister_in_the_tunisian_spelling():
    text = (
        "أعلن وزير خارجية مملكة النرويج بورج براند أمس إعادة فتح سفارة بلاده. "
        "والتقى براند أمس رئيس الحكومة يوسف الشاهد."
    )
    meets = [
        e for e in _events(text, published="2017-05-02", home="TUN") if e["event_type"] == "MEET"
    ]
    assert len(meets) == 1, meets
    assert meets[0]["actor1_name"] == "Borge Brende"
    assert meets[0]["actor1_role"] == "foreign_minister"
    assert meets[0]["actor2_country"] == "TUN"


def test_an_unknown_princes_office_after_his_honorific_and_name_is_his():
    text = (
        "استقبل الأمير الدكتور منصور بن متعب بن عبدالعزيز، وزير الدولة عضو مجلس الوزراء، "
        "أمس السفير الفرنسي لدى المملكة."
    )
    side = _side(_events(text), "SAU")
    assert side["type"] == "MEET"
    assert side["role"] == "minister"
