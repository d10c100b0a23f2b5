"""A contact's venue is the first place named after its trigger, in the order the sentence
names them: a city («في برلين») comes before a state named later in the sentence («الوضع في
اليمن»), although the state's name is listed as a place while the sentence is read and the
city's only after it (extract._prepare keeps a sentence's places in token order).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

PUB = "2015-08-10"


def _venues(text: str) -> set:
    return {(e["event_type"], e["location_country"], e["location_name"])
            for e in extract_events(text, PUB, home="SAU") if e["event_type"] != "VISIT"}


@pytest.mark.parametrize("text, venue", [
    ("التقى وزير الخارجية عادل الجبير نظيره الألماني فرانك شتاينماير في برلين أمس، وبحثا "
     "الأوضاع في اليمن.", ("DEU", "Berlin")),
    ("عقد وزير الخارجية الأمريكي جون كيري اجتماعا مع وزراء خارجية دول مجلس التعاون في "
     "الدوحة أمس لبحث الاتفاق النووي مع إيران.", ("QAT", "Doha")),
    ("وعقد وزير الخارجية عادل الجبير مؤتمرا صحفيا مشتركا مع نظيره الروسي سيرغي لافروف في "
     "موسكو أمس تناول الأزمة في سوريا.", ("RUS", "Moscow")),
], ids=["meet-berlin-yemen", "meeting-doha-iran", "press-moscow-syria"])
def test_venue_is_the_city_named_first_after_the_trigger(text, venue):
    venues = _venues(text)
    assert venues, text
    assert {(c, n) for _, c, n in venues} == {venue}


@pytest.mark.parametrize("text, venue", [
    ("ومن المقرر أن يبحث وزير الخارجية الروسي الوضع في سوريا مع نظيره السعودي في موسكو يوم "
     "الثلاثاء.", ("RUS", "Moscow")),
    ("سيعقد وزير الخارجية الأمريكي اجتماعا مع نظيره الروسي لبحث النزاعين في سوريا واليمن.",
     (None, None)),
    ("قال وزير الخارجية القطري بعد اللقاء الذي جمعه بنظيره الأمريكي إن الاتفاق النووي مع "
     "إيران يخدم المنطقة.", (None, None)),
    ("بحث وزير الخارجية السعودي خلال لقائه بوزير الخارجية المصري الأوضاع في اليمن و سوريا.",
     (None, None)),
    ("التقى وزير الخارجية السعودي نظيره المصري أمس وبحثا موضوع العراق.", (None, None)),
], ids=["situation-then-city", "two-conflicts", "deal-with-state", "conjunction-apart",
        "genitive-topic"])
def test_a_state_the_talks_are_about_is_no_venue(text, venue):
    """«الوضع في سوريا», «الاتفاق النووي مع إيران»: what the contact is about, not where
    it was held (grammar.yaml topic_situation_nouns, topic_deal_nouns)."""
    venues = _venues(text)
    assert venues, text
    assert {(c, n) for _, c, n in venues} == {venue}



@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية السعودي نظيره المصري أمس وبحثا العلاقات الثنائية والأوضاع في اليمن.",
    "التقى وزير الخارجية السعودي نظيره المصري أمس وأشادا بالوضع في تونس.",
    "التقى وزير الخارجية السعودي نظيره المصري أمس وبحثا التعاون الثنائي وملف اليمن.",
    "التقى وزير الخارجية السعودي نظيره المصري أمس وتباحثا بشأن اليمن.",
    "التقى وزير الخارجية السعودي نظيره المصري أمس وبحثا الأوضاع في جنوب السودان والصومال.",
], ids=["and-situation", "bi-situation", "and-genitive", "bi-affair", "after-two-word-place"])
def test_a_topic_noun_with_a_clitic_or_after_a_two_word_place_still_names_no_venue(text):
    """«والأوضاع في اليمن», «بالوضع في تونس», «وملف اليمن», «بشأن اليمن»: the topic noun with
    و, ب or ل on it; «في جنوب السودان والصومال»: the place joined by و to a topic place of
    two words."""
    assert {(c, n) for _, c, n in _venues(text)} == {(None, None)}

@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية السعودي نظيره الروسي وبحثا إيجاد حل مبني على جنيف واحد.",
    "التقى وزير الخارجية السعودي نظيره الروسي وبحثا التحضير لمؤتمر جنيف 2.",
], ids=["geneva-one", "geneva-2"])
def test_a_conference_named_by_a_place_and_a_number_is_no_venue(text):
    """«جنيف واحد», «مؤتمر جنيف 2»: the conference, not the city the contact was held in
    (grammar.yaml conference_numbers)."""
    venues = _venues(text)
    assert venues, text
    assert {(c, n) for _, c, n in venues} == {(None, None)}


def test_a_city_named_with_no_number_after_it_is_still_the_venue():
    text = "التقى وزير الخارجية السعودي نظيره الروسي في جنيف أمس."
    assert {(c, n) for _, c, n in _venues(text)} == {("CHE", "Geneva")}
