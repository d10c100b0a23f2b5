"""The word lists of configs/lexicons/events/grammar.yaml moved out of the code of the event
extractor (dates.py, extract.py): every key is in the yaml, non-empty, and loaded by
pipeline/events/words.py into the list the rules read."""

import pytest

from configs import CONFIG_DIR, load_yaml
from pipeline.events import dates, extract, words

GRAMMAR = load_yaml(CONFIG_DIR / "lexicons" / "events" / "grammar.yaml")

# grammar.yaml key -> (module, name the rules read it by)
MOVED = {
    "first_day_words": (dates, "_FIRST_DAY"),
    "day_count_words": (dates, "_DAY_WORDS"),
    "comes_verbs": (dates, "_COMES"),
    "today_outlets": (dates, "_OUTLETS"),
    "source_words": (dates, "_SOURCE_WORDS"),
    "paper_words": (dates, "_PAPERS"),
    "day_nouns": (dates, "_DAY_NOUNS"),
    "span_occasions": (extract, "SPAN_OCCASIONS"),
    "landing_verbs": (extract, "_LANDING_VERBS"),
    "plane_words": (extract, "_PLANE_WORDS"),
    "call_nouns": (extract, "_CALL_NOUNS"),
    "phone_words": (extract, "_PHONE_WORDS"),
    "statement_nouns": (extract, "_STATEMENT_NOUNS"),
    "lasting_words": (extract, "_LASTS"),
    "lasting_counts": (extract, "_SEVERAL"),
    "before_now_words": (extract, "_BEFORE_NOW"),
    "background_openers": (extract, "_BACKGROUND_OPENERS"),
    "month_name_before": (extract, "_BEFORE_MONTH"),
    "period_nouns": (extract, "_PERIODS"),
}


@pytest.mark.parametrize("key", sorted(MOVED))
def test_moved_word_list_is_loaded_and_not_empty(key):
    assert GRAMMAR.get(key), f"grammar.yaml has no words under {key}"
    loaded = getattr(words, key.upper())
    assert loaded
    module, name = MOVED[key]
    assert getattr(module, name) is loaded


def test_moved_words_are_normalised_like_the_tokens_they_match():
    # written forms are folded at load time: «غرة» -> «غره», «يأتي» -> «ياتي»
    assert "غره" in dates._FIRST_DAY and "ياتي" in dates._COMES and "انباء" in dates._SOURCE_WORDS
    assert "طائره" in extract._PLANE_WORDS and "منتدي" in extract.SPAN_OCCASIONS
    assert "3" in extract._SEVERAL  # a digit written bare in the yaml is read as a word
    assert not any("ة" in w or "أ" in w or "إ" in w or "ى" in w
                   for key in MOVED for w in getattr(words, key.upper()))
