"""The rules' own word lists in grammar.yaml (`rule_word_lists`) are no common words: a
surname made of a clitic and one of their words («لامي»: «ل» + «أم» + «ي») is still a surname,
so a later bare surname still names its person."""
from datetime import date

from configs import load_yaml
from pipeline.events import extract_events
from pipeline.events.gazetteer import LEXICON_DIR
from pipeline.events.mentions import _lexicon_words
from pipeline.text.normalize import normalize_arabic


def _meetings(text: str) -> set:
    return {(e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published=date(2024, 11, 23))
            if e["event_type"] == "MEET"}


def test_a_later_bare_surname_with_a_rule_word_inside_still_names_its_person():
    text = ("يتوجه وزير الخارجية البريطاني ديفيد لامي، غداً الأحد، إلى العاصمة السعودية الرياض. "
            "ومن المقرر أن يلتقي لامي في الرياض وزير الخارجية السعودي. "
            "وقالت الخارجية البريطانية إن الوزير سيجتمع في الدوحة مع رئيس الوزراء القطري.")
    meetings = _meetings(text)
    assert ("GBR", "SAU") in meetings
    assert ("SAU", "QAT") not in meetings


def test_rule_word_lists_are_left_out_of_the_common_words():
    grammar = load_yaml(LEXICON_DIR / "grammar.yaml")
    own = grammar["rule_word_lists"]
    assert "compound_openers" in own and all(k in grammar for k in own)
    common = _lexicon_words()
    # «أم» and «بن» open or join names; they are in rule lists only, never common words
    for word in ("أم", "بن", "كامل"):
        assert normalize_arabic(word) not in common
