"""The rules' own word lists in grammar.yaml (`rule_word_lists`) are no common words: a
surname made of a clitic and one of their words («لامي»: «ل» + «أم» + «ي») is still a surname,
so a later bare surname still names its person."""
from datetime import date

from configs import load_yaml
from pipeline.events import extract_events
from pipeline.events.gazetteer import LEXICON_DIR
from pipeline.events.mentions import NAME_LIST_KEYS, _lexicon_words
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


def _unclassified(grammar: dict) -> set:
    """grammar.yaml's keys that are neither rule lists (rule_word_lists), common-word lists
    (common_word_lists) nor lists of names (mentions.NAME_LIST_KEYS): a key added without
    saying which its words are would become common words unseen."""
    return set(grammar) - set(grammar["rule_word_lists"]) - set(grammar["common_word_lists"]) \
        - set(NAME_LIST_KEYS)


def test_every_grammar_key_is_a_rule_list_or_a_common_word_list_on_purpose():
    grammar = load_yaml(LEXICON_DIR / "grammar.yaml")
    own, common = set(grammar["rule_word_lists"]), set(grammar["common_word_lists"])
    assert not _unclassified(grammar), sorted(_unclassified(grammar))
    assert not own & common and not (own | common) & set(NAME_LIST_KEYS)
    assert (own | common) <= set(grammar)  # no list names a key the file lacks
    # a key added to the file and to neither list is caught
    assert _unclassified({**grammar, "new_rule_words": ["بن"]}) == {"new_rule_words"}


def test_the_common_word_lists_give_the_common_words_and_the_rule_lists_none():
    grammar = load_yaml(LEXICON_DIR / "grammar.yaml")
    common = _lexicon_words()
    assert {normalize_arabic(w) for w in grammar["stop_words"]} <= common
    assert {normalize_arabic(w) for w in grammar["li_pronouns"]} <= common
    # «أم» (a name's opener) is only in a rule list: no common word
    assert normalize_arabic("أم") in {normalize_arabic(w) for w in grammar["compound_openers"]}
    assert normalize_arabic("أم") not in common
