"""A crown prince who also holds a ministry (Mohammed bin Salman, 2015-2022; Mohammed bin Nayef,
interior minister, crown prince 2015-2017) is named by his
standing title «ولي ولي العهد»/«ولي العهد»: an official, unless the document names his ministry
somewhere (then every mention of him holds it). His lineage «بن عبد العزيز آل سعود» between
his name and his titles keeps the titles his (a bound prefix opens a two-word link)."""

from __future__ import annotations

from datetime import date

from tests.support.events import actors_by_sentence


def _actors(text: str, published=date(2015, 8, 1), home: str | None = "SAU") -> list[list]:
    """Per sentence: (name, country or org, role) of each actor."""
    return actors_by_sentence(text, published, home)


def test_titles_after_a_lineage_with_a_two_word_link_are_the_persons():
    text = ("يغادر اليوم صاحب السمو الملكي الأمير محمد بن سلمان بن عبد العزيز آل سعود ولي ولي "
            "العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع إلى المملكة الأردنية الهاشمية.")
    assert _actors(text)[0] == [("Mohammed bin Salman", "SAU", "defense_minister")]


def test_a_bare_name_with_no_ministry_in_the_document_is_an_official():
    text = "قام الأمير محمد بن سلمان بزيارة رسمية إلى الأردن أمس حيث التقى العاهل الأردني."
    assert ("Mohammed bin Salman", "SAU", "official") in _actors(text)[0]


def test_a_bare_name_takes_the_ministry_the_document_names_elsewhere():
    # near miss: the ministry named in a later sentence is his office at every mention
    text = ("قام الأمير محمد بن سلمان بزيارة رسمية إلى الأردن أمس. "
            "والتقى ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان العاهل الأردني.")
    actors = _actors(text)
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in actors[0]
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in actors[1]


def test_his_ministry_named_apart_from_his_name_is_his_office():
    # the commas cut «ووزير الدفاع» off his name: his state's ministry, which the gazetteer has
    # him hold that year, is still his at every mention
    text = ("حضر الأمير محمد بن سلمان بن عبد العزيز آل سعود، ولي ولي عهد المملكة العربية "
            "السعودية، ونائب رئيس مجلس الوزراء ووزير الدفاع، حفل التخرج في القاهرة أمس.")
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in _actors(text)[0]


def test_a_ministry_named_apart_is_not_an_official_who_never_held_it():
    # near miss: an ambassador beside the foreign minister's title keeps his own office
    text = "التقى السفير أحمد قطان، ووزير الخارجية السعودي، الرئيس المصري أمس."
    assert ("Ahmed Kattan", "SAU", "official") in _actors(text)[0]


def test_the_interior_minister_crown_prince_bare_name_is_an_official():
    # a text that names no ministry for him: his standing title, as for Mohammed bin Salman
    text = "تلقى الأمير محمد بن نايف بن عبدالعزيز اتصالا هاتفيا أمس من ملك المغرب."
    assert ("Mohammed bin Nayef", "SAU", "official") in _actors(text)[0]


def test_the_interior_minister_crown_prince_named_minister_elsewhere_holds_it():
    text = ("استقبل ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف أمس "
            "وزير الخارجية المصري. وتلقى الأمير محمد بن نايف اتصالا هاتفيا من ملك المغرب.")
    actors = _actors(text)
    assert ("Mohammed bin Nayef", "SAU", "minister") in actors[0]
    assert ("Mohammed bin Nayef", "SAU", "minister") in actors[1]


def test_the_deputy_crown_prince_title_in_the_construct_state_is_his():
    # «ولي ولي عهد المملكة» (no article on عهد) is the deputy crown prince's title, not «ولي عهد»
    # after a stray word: the bare «ولي ولي العهد السعودي» later in the text is the same prince,
    # with the ministry the document names for him
    text = ("وصل الأمير محمد بن سلمان بن عبد العزيز آل سعود، ولي ولي عهد المملكة العربية "
            "السعودية، ونائب رئيس مجلس الوزراء ووزير الدفاع، إلى القاهرة أمس. "
            "ورحب الرئيس المصري بزيارة ولي ولي العهد السعودي.")
    actors = _actors(text)
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in actors[0]
    assert (None, "SAU", "official") not in actors[1]
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in actors[1]


def test_a_crown_prince_in_the_construct_state_is_not_the_deputy():
    # near miss: «ولي عهد أبوظبي» stays the crown prince's title of his own state
    text = "استقبل الملك سلمان الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي أمس."
    assert ("Mohamed bin Zayed Al Nahyan", "ARE", "official") in _actors(text)[0]
