"""Princes, kings, emirs and sultans: namesakes, lineages, unknown princes, honorifics and ranks
before them, and names that hold a royal word without naming a head of state.

Princes: a namesake whose lineage goes on past a known prince's, a prince the gazetteer does not
know (his given name a common word or a title, an honorific before it, his own lineage after
it). Sentences are invented paraphrases.

Princes named after a chain of honorifics and military ranks, and spellings of office holders
seen in the news. Sentences are invented paraphrases.

A prince the gazetteer does not know, named by his own name, then his office.

Names that hold a king's or a sultan's word without naming a head of state.

A known person's name carried on with his grandfather's is still him, unless the gazetteer
gives him another grandfather: only then is a longer chain a namesake («فهد بن عبدالعزيز بن
معمر», the governor, is not King Fahd).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare


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


def test_a_prince_after_a_military_rank_is_no_head_of_state():
    text = "استقبل الأمير اللواء سعد بن فهد أمس السفير الفرنسي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["type"] == "MEET"
    assert side["role"] == "official"


def test_a_prince_after_a_chain_of_ranks_is_no_head_of_state():
    text = "استقبل الأمير اللواء الركن سعد بن فهد أمس السفير الإيطالي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["role"] == "official"


def test_a_prince_after_an_abbreviated_doctor_is_no_head_of_state():
    text = "استقبل الأمير د. سعد بن فهد أمس السفير الفرنسي لدى المملكة."
    side = _side(_events(text), "SAU")
    assert side["role"] == "official"


def test_a_ruling_emir_named_with_his_state_stays_head_of_state():
    # near miss: «أمير» with the state named, no rank and no unknown name
    text = "استقبل أمير الكويت أمس السفير الفرنسي لدى الكويت."
    side = _side(_events(text), "KWT")
    assert side["role"] == "head_of_state"


def test_xi_spelt_with_tsh():
    text = "التقى الرئيس الصيني تشي جين بينغ أمس وزير الخارجية عادل الجبير."
    side = _side(_events(text), "CHN")
    assert side["name"] == "Xi Jinping"
    assert side["role"] == "head_of_state"


def test_hadi_spelt_abdu_rabbuh():
    text = "التقى وزير الخارجية عادل الجبير أمس الرئيس اليمني عبده ربه منصور هادي."
    side = _side(_events(text), "YEM")
    assert side["name"] == "Abdrabbuh Mansur Hadi"


def test_steinmeier_spelt_in_two_words_is_named_back_bare():
    text = (
        "وصل وزير الخارجية الألماني فرانك فالتر شتاين ماير إلى الرياض أمس. "
        "والتقى شتاين ماير اليوم وزير الخارجية عادل الجبير."
    )
    meets = [e for e in _events(text) if e["event_type"] == "MEET"]
    assert len(meets) == 1, meets
    e = meets[0]
    names = {e["actor1_name"], e["actor2_name"]}
    assert names == {"Frank-Walter Steinmeier", "Adel al-Jubeir"}
    assert str(e["event_date"]) == "2015-08-02"


def test_a_prince_named_with_his_nationality_and_lineage_is_no_head_of_state():
    text = "استقبل الرئيس الفرنسي فرانسوا هولاند أمس الأمير الأردني علي بن الحسين."
    side = _side(_events(text), "JOR")
    assert side["type"] == "MEET"
    assert side["role"] == "official"


def test_an_emir_named_with_his_nationality_and_known_name_stays_head_of_state():
    # near miss: the gazetteer knows the name after «الأمير القطري»
    text = "استقبل الرئيس الفرنسي فرانسوا هولاند أمس الأمير القطري تميم بن حمد."
    side = _side(_events(text), "QAT")
    assert side["role"] == "head_of_state"


def test_a_prince_title_with_a_nationality_and_no_name_stays_head_of_state():
    # near miss: no name and lineage after the adjective
    text = "استقبل الرئيس الفرنسي فرانسوا هولاند أمس الأمير القطري في قصر الإليزيه."
    side = _side(_events(text), "QAT")
    assert side["role"] == "head_of_state"


PUB = "2015-07-25"


def _actors(text):
    return [
        (a.text, a.country, a.role)
        for s in _prepare(text, date(2015, 7, 25), "SAU")
        for a in s.actors
    ]


def _events_own_name(text):
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"],
            e["actor1_role"],
            e["actor2_country"],
            e["actor2_role"],
            e["location_country"],
            str(e["event_date"]),
        )
        for e in extract_events(text, PUB, home="SAU")
    ]


def test_office_after_comma_is_the_prince_own():
    text = (
        "وصل الأمير سالم بن فهد بن عبدالله، وزير الدولة، اليوم إلى جمهورية المالديف في زيارة رسمية."
    )
    assert _actors(text) == [("الأمير سالم بن فهد بن عبدالله، وزير الدولة", "SAU", "minister")]
    assert _events_own_name(text) == [
        ("VISIT", "reported", "SAU", "minister", None, None, "MDV", "2015-07-25")
    ]


def test_office_without_comma_is_the_prince_own():
    text = (
        "وصل الأمير سالم بن فهد بن عبدالله وزير الدولة اليوم إلى جمهورية المالديف في زيارة رسمية."
    )
    assert _events_own_name(text) == [
        ("VISIT", "reported", "SAU", "minister", None, None, "MDV", "2015-07-25")
    ]


def test_apposed_office_subject_meets_foreign_minister():
    text = (
        "التقى الأمير سالم بن فهد بن عبدالله، وزير الدولة، اليوم وزير الخارجية الفرنسي في الرياض."
    )
    events = _events_own_name(text)
    assert [e[:6] for e in events] == [
        ("MEET", "reported", "SAU", "minister", "FRA", "foreign_minister")
    ]


def test_foreign_office_after_the_name_is_another_man():
    # an office of a state the text names is the counterpart, not the prince's own
    text = "التقى الأمير سالم بن فهد بن عبدالله وزير الخارجية الفرنسي في الرياض."
    assert [a[1:] for a in _actors(text)] == [("SAU", "official"), ("FRA", "foreign_minister")]
    assert [e[:6] for e in _events_own_name(text)] == [
        ("MEET", "reported", "SAU", "official", "FRA", "foreign_minister")
    ]


def test_second_prince_after_conjunction_is_not_an_office():
    text = "وحضر الأمير سالم بن فهد بن عبدالله، والأمير ماجد بن سعد المباراة."
    assert all(not a[0].startswith("الأمير سالم") for a in _actors(text))


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


def _pairs(text, published):
    return {
        (
            e["event_type"],
            e["actor1_country"],
            e["actor1_role"],
            e["actor2_country"],
            e["actor2_role"],
        )
        for e in extract_events(text, published=published)
    }


def test_a_minister_named_with_his_grandfather_is_still_the_minister():
    # the gazetteer gives Faisal bin Farhan no grandfather: his fuller chain cannot be a namesake
    text = (
        "التقى وزير الخارجية الأمير فيصل بن فرحان بن عبدالله في الرياض أمس وزير الخارجية "
        "البريطاني ديفيد لامي."
    )
    assert ("MEET", "SAU", "foreign_minister", "GBR", "foreign_minister") in _pairs(
        text, "2024-11-24"
    )


def test_a_title_before_a_known_fuller_chain_keeps_the_person():
    # «الشيخ محمد بن عبدالرحمن» matches first; his alias with the grandfather starts at «محمد»
    text = (
        "بحث الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، مع "
        "وزير الخارجية التركي هاكان فيدان في الدوحة اليوم العلاقات بين البلدين."
    )
    pairs = _pairs(text, "2024-11-24")
    assert any(p[1] == "QAT" and p[2] == "head_of_government" and p[3] == "TUR" for p in pairs)


def test_a_king_named_with_his_own_grandfather_is_the_king():
    text = "استقبل الملك فهد بن عبدالعزيز بن عبدالرحمن في جدة أمس الرئيس الفرنسي."
    pairs = _pairs(text, "1995-03-03")
    assert any(p[1] == "SAU" and p[2] == "head_of_state" and p[3] == "FRA" for p in pairs)


def test_a_namesake_with_another_grandfather_is_no_king():
    text = "استقبل فهد بن عبدالعزيز بن معمر في الطائف أمس السفير الفرنسي لدى المملكة."
    assert not any(p[2] == "head_of_state" for p in _pairs(text, "2015-07-20"))
