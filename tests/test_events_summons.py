"""A state summoning another state's ambassador meets him (pipeline/events/summons.py): the
summons verb or noun with a foreign ambassador as its object, the summoner a ministry, an
official, or a state or capital named bare right after the summons word. Recalling one's own
ambassador, summoning a witness, a citizen or a player, «استدعى الأمر» and «يستدعي ذلك»
(requires) are no contact. Sentences written for this test."""

import pytest

from pipeline.events import extract_events


def _events(text, published="2015-07-21", home="SAU"):
    return [(e["event_type"], e["status"], e["actor1_country"], e["actor1_role"],
             e["actor2_country"], e["actor2_role"])
            for e in extract_events(text, published, home=home)]


def _pairs(text):
    return {(t, frozenset([(a1, r1), (a2, r2)])) for t, _s, a1, r1, a2, r2 in _events(text)}


TUR_CHN = ("MEET", frozenset([("TUR", "official"), ("CHN", "official")]))


@pytest.mark.parametrize("text", [
    # a ministry as the summoner (the existing subject frame)
    "واستدعت وزارة الخارجية التركية السفير الصيني أمس للاحتجاج على القيود.",
    # a capital named bare as the summoner
    "واستدعت أنقرة أمس السفير الصيني لديها احتجاجا على معاملة الأويغور.",
    # a state named bare as the summoner
    "واستدعت تركيا السفير الصيني في أنقرة أمس.",
])
def test_a_state_summoning_a_foreign_ambassador_meets_him(text):
    assert TUR_CHN in _pairs(text)
    assert all(s == "reported" for t, s, *_ in _events(text) if t == "MEET")


def test_the_summons_noun_takes_its_genitive_as_the_summoner():
    # «استدعاء إسلام آباد للسفير الهندي»: the capital in the construct state summons, the
    # ambassador after ل is summoned
    text = "وجاء ذلك عقب استدعاء إسلام آباد للسفير الهندي احتجاجا على القصف."
    assert ("MEET", frozenset([("PAK", "official"), ("IND", "official")])) in _pairs(text)


def test_the_summons_noun_after_a_ministry_that_announces_it():
    text = "وأعلنت الخارجية المصرية اليوم استدعاء سفير إيران لديها."
    assert ("MEET", frozenset([("EGY", "official"), ("IRN", "official")])) in _pairs(text)


@pytest.mark.parametrize("text", [
    # a state recalling its own ambassador for consultations meets no one
    "واستدعت السعودية سفيرها في طهران للتشاور.",
    "واستدعت المنامة سفيرها لدى طهران للتشاور احتجاجا على التصريحات.",
    "وأعلنت البحرين استدعاء سفيرها من طهران للتشاور.",
    "واستدعت وزارة الخارجية البحرينية سفير مملكة البحرين لدى إيران للتشاور.",
    # a witness, a citizen, a player called up to the national team
    "واستدعت النيابة العامة المصرية الشاهد للإدلاء بأقواله.",
    "واستدعت السلطات التركية المواطن الألماني للتحقيق معه.",
    "واستدعى مدرب المنتخب التونسي اللاعب إلى معسكر الفريق الوطني قبل مواجهة الجزائر.",
    "واستدعت تونس اللاعب المحترف في فرنسا إلى المنتخب.",
    # «استدعى الأمر», «يستدعي ذلك»: it required
    "وهو ما استدعى الأمر تدخل وزير الداخلية التونسي.",
    "ويستدعي ذلك تنسيقا بين تونس والجزائر.",
    # reservists called up
    "وقررت الحكومة السويدية استدعاء أربعة آلاف شخص للخدمة العسكرية.",
])
def test_no_summons_of_a_foreign_ambassador_is_no_contact(text):
    assert not any("استد" in e["trigger"] for e in extract_events(text, "2015-07-21",
                                                                    home="SAU"))


def test_the_object_of_an_earlier_summons_does_not_recall_an_ambassador():
    # the chargé d'affaires summoned first is not the one who recalls Bahrain's ambassador
    text = ("مما قاد الخارجية البحرينية إلى استدعاء القائم بالأعمال في السفارة الإيرانية في "
            "المنامة ثم استدعاء سفير البحرين في طهران للتشاور.")
    assert _pairs(text) == set()


def test_a_bare_summoner_pairs_with_the_ambassador_only():
    # the state after the summons word is no party of the sentence's other contact
    text = ("واستدعت أنقرة السفير الصيني لديها، فيما التقى وزير الخارجية التركي نظيره "
            "الإيراني.")
    pairs = _pairs(text)
    assert TUR_CHN in pairs
    assert ("MEET", frozenset([("TUR", "foreign_minister"), ("IRN", "foreign_minister")])) in pairs
    assert not any(("TUR", "official") in p and ("IRN", "foreign_minister") in p
                   for _t, p in pairs)


def test_a_summons_with_an_ambassador_of_the_summoner_is_no_contact():
    # «استدعت تركيا السفير التركي»: his own state, no contact
    assert _pairs("واستدعت تركيا السفير التركي في بكين للتشاور.") == set()


@pytest.mark.parametrize("text, venue", [
    ("استدعت الخارجية التركية أمس السفير الصيني للاحتجاج على القيود.", ("TUR", "Turkey")),
    ("وقال البيان بعد أيام من استدعاء القاهرة للسفير الإسرائيلي إن الحكومة ترفض ذلك.",
     ("EGY", "Egypt")),
    # a place told stays the venue
    ("استدعت الخارجية التركية في أنقرة أمس السفير الصيني.", ("TUR", "Ankara")),
], ids=["verb", "noun-capital", "told-place"])
def test_a_summons_is_held_in_the_summoners_state(text, venue):
    found = {(e["location_country"], e["location_name"])
             for e in extract_events(text, "2015-08-10", home="SAU")}
    assert found == {venue}, text
