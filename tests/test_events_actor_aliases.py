"""Actors the gazetteer learnt from the unlabelled news: Syrian factions (Ahrar al-Sham, the
Free Syrian Army, the Kurdish People's Protection Units), Boko Haram, Kissinger's spellings and
Xi Jinping after «الرئيس». Invented sentences."""

from pipeline.events import extract_events
from pipeline.events.extract import _prepare, as_date


def _events(text, home="SAU", published="2015-07-31"):
    return extract_events(text, published, home=home)


def _side(e, k):
    return e[f"actor{k}_country"] or e[f"actor{k}_org"], e[f"actor{k}_role"]


def _pairs(evs):
    return {(e["event_type"], frozenset({_side(e, 1), _side(e, 2)})) for e in evs}


def test_ahrar_al_sham_delegation_meets_envoy():
    evs = _events(
        "التقى المبعوث الأممي إلى سوريا ستيفان دي ميستورا أمس وفدا من حركة أحرار الشام في أنقرة."
    )
    assert ("MEET", frozenset({("UN", "envoy"), ("AHRAR_AL_SHAM", "delegation")})) in _pairs(evs)


def test_free_syrian_army_delegation_received():
    evs = _events("واستقبل وزير الخارجية التركي أمس وفدا من الجيش السوري الحر في أنقرة.")
    assert _pairs(evs) == {
        ("MEET", frozenset({("TUR", "foreign_minister"), ("FSA", "delegation")}))
    }
    assert evs[0]["event_date"].isoformat() == "2015-07-30"


def test_ypg_leaders_meet_us_envoy():
    evs = _events("واجتمع المبعوث الأمريكي أمس مع قادة وحدات حماية الشعب الكردية في القامشلي.")
    assert _pairs(evs) == {("MEET", frozenset({("USA", "envoy"), ("YPG", "group")}))}


def test_boko_haram_is_an_organisation_not_a_word():
    sents = _prepare("أعلنت جماعة بوكو حرام مسؤوليتها عن الهجوم.", as_date("2015-07-31"), "SAU")
    assert [(a.org, a.role) for a in sents[0].actors] == [("BOKO_HARAM", "group")]


def test_kissinger_spelt_with_ghain_is_the_us_secretary_not_the_outlets_minister():
    evs = _events("التقى وزير الخارجية كيسنغر الرئيس المصري أنور السادات في أسوان.")
    assert _pairs(evs) == {
        ("MEET", frozenset({("USA", "foreign_minister"), ("EGY", "head_of_state")}))
    }
    assert evs[0]["actor1_name"] == "Henry Kissinger" or evs[0]["actor2_name"] == "Henry Kissinger"


def test_kissinger_bare_surname():
    evs = _events("وكان كيسنجر قد أجرى مباحثات مع الرئيس المصري أنور السادات في أسوان.")
    assert ("MEET", frozenset({("USA", "foreign_minister"), ("EGY", "head_of_state")})) in _pairs(
        evs
    )


def test_president_xi_after_title():
    evs = _events("واستقبل الرئيس شي أمس رئيس الوزراء البريطاني في بكين.")
    assert _pairs(evs) == {
        ("MEET", frozenset({("CHN", "head_of_state"), ("GBR", "head_of_government")}))
    }
    assert "Xi Jinping" in (evs[0]["actor1_name"], evs[0]["actor2_name"])


def test_bare_shi_as_a_word_names_no_chinese_president():
    # «شي» written for «شيء» (a thing) in a contact's sentence: no Chinese side
    evs = _events("وبحث وزير الخارجية السعودي أمس مع نظيره الأردني كل شي يخص العلاقات بين البلدين.")
    assert _pairs(evs) == {
        ("MEET", frozenset({("SAU", "foreign_minister"), ("JOR", "foreign_minister")}))
    }


def test_xi_family_name_alone_after_his_full_name():
    evs = _events(
        "ويأتي القرار قبل ثلاثة أشهر من زيارة الرئيس الصيني شي جين بينغ إلى بريطانيا. "
        "ومن المقرر أن يزور شي لندن في أكتوبر المقبل."
    )
    visits = [e for e in evs if e["event_type"] == "VISIT"]
    assert [(e["actor1_name"], e["status"], e["location_country"]) for e in visits] == [
        ("Xi Jinping", "planned", "GBR")
    ]
    assert visits[0]["event_date"].isoformat()[:7] == "2015-10"
    assert visits[0]["date_precision"] == "month"


def test_bare_family_name_without_the_full_name_names_nobody():
    assert _events("ومن المقرر أن يزور شي لندن في أكتوبر المقبل.") == []


def test_kim_alone_after_kim_jong_un():
    evs = _events(
        "أعلن الزعيم الكوري الشمالي كيم جونغ أون تجربة صاروخية. "
        "وكان كيم قد التقى أمس مسؤولا صينيا في بيونغ يانغ."
    )
    assert _pairs(evs) == {("MEET", frozenset({("PRK", "head_of_state"), ("CHN", "official")}))}


def test_president_xi_spelt_with_tch_after_title():
    evs = _events("وأجرى الرئيس تشي أمس اتصالا هاتفيا مع الرئيس الأمريكي.")
    assert _pairs(evs) == {
        ("CALL", frozenset({("CHN", "head_of_state"), ("USA", "head_of_state")}))
    }


def test_tchi_as_a_verb_names_nobody():
    # «تشي» is also a verb (it reveals): no Chinese side without the title or the full name
    evs = _events("والتقى وزير الخارجية السعودي أمس نظيره الأردني في لقاء تشي أجواؤه بالتفاهم.")
    assert all("CHN" not in (e["actor1_country"], e["actor2_country"]) for e in evs)
    assert evs


def test_army_of_islam_and_army_of_conquest_are_factions():
    sents = _prepare(
        "وشارك قادة من جيش الإسلام وجيش الفتح في الاجتماع.", as_date("2016-02-01"), "SAU"
    )
    assert [(a.org, a.role) for a in sents[0].actors if a.org] == [
        ("JAISH_AL_ISLAM", "group"),
        ("JAISH_AL_FATH", "group"),
    ]
