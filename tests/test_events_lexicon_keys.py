"""The word lists of configs/lexicons/events/grammar.yaml moved out of the code of the event
extractor (dates.py, extract.py, frames.py): every key is in the yaml, non-empty, and loaded by
pipeline/events/words.py into the list the rules read."""

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from configs import CONFIG_DIR, load_yaml
from pipeline.config import ConfigError
from pipeline.events import (
    blocs,
    dates,
    extract,
    frames,
    gazetteer,
    letters,
    mentions,
    presence,
    regions,
    triggers,
    whose,
    words,
)
from pipeline.text.normalize import normalize_arabic

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
    "gather_verbs": (frames, "GATHER_BARE"),
    "gather_object_verbs": (words, "GATHER_OBJECT_VERBS"),
    "reception_nouns": (frames, "RECEPTION"),
    "dual_nouns": (frames, "DUALS"),
    "dual_sides": (frames, "DUAL_SIDES"),
    "intention_verbs": (frames, "INTENTION_VERBS"),
    "dual_nouns_oblique": (frames, "DUALS_OBLIQUE"),
    "dual_titles": (frames, "DUAL_TITLES"),
    "occasion_list_words": (frames, "OCCASION_LIST"),
    "honorific_objects": (frames, "HONORIFIC_OBJECTS"),
    "name_first_words": (frames, "_BOUND_PREFIXES"),
    "blessings": (frames, "_BLESSINGS"),
    "place_kinds": (frames, "_PLACE_KINDS"),
    "visit_gather_verbs": (frames, "VISIT_GATHER"),
    "the_visit_words": (frames, "_THE_VISIT"),
    "programme_words": (frames, "PROGRAMME"),
    "inclusion_verbs": (frames, "_INCLUDED"),
    "state_words": (frames, "_STATE_WORDS"),
    "not_speech_before": (frames, "_NOT_SPEECH"),
    "settlement_words": (frames, "SETTLEMENT_WORDS"),
    "reception_stems": (extract, "_RECEPTION_STEMS"),
    "press_fillers": (frames, "_PRESS_FILLERS"),
    "venue_marks": (frames, "VENUE_MARKS"),
    "topic_marks": (frames, "TOPIC_MARKS"),
    "held_with_it_present_verbs": (frames, "HELD_WITH_IT_PRESENT_VERBS"),
    "destination_before_words": (mentions, "_DESTINATION_BEFORE"),
    "deputy_words": (mentions, "_DEPUTY_BARE"),
    "aide_words": (words, "AIDE_WORDS"),
    "royal_words": (mentions, "_ROYAL_WORDS"),
    "first_lady_words": (mentions, "_FIRST_LADY"),
    "spokesman_titles": (frames, "_SPOKESMEN"),
    "speech_nouns": (presence, "_SPEECH_NOUNS"),
    "speech_owned_nouns": (presence, "_SPEECH_OWNED"),
    "speech_afar_words": (presence, "_SPEECH_AFAR"),
    "not_future_words": (triggers, "_NOT_FUTURE"),
    "interview_media": (triggers, "INTERVIEW_MEDIA"),
    "pilgrimage_perform_words": (extract, "_PERFORM"),
    "pilgrimage_rites": (extract, "_RITES"),
    "arrival_day_nouns": (extract, "_ARRIVAL_DAY_NOUNS"),
    "greeting_carry_verbs": (frames, "_TAKE_GREETINGS"),
    "greeting_nouns": (frames, "_GREETINGS"),
    "acting_words": (mentions, "ACTING"),
    "state_form_nouns": (mentions, "_STATE_FORM_NOUNS"),
    "trip_complement_nouns": (mentions, "_TRIP_NOUNS"),
    "vso_past_verbs": (whose, "_PAST"),
    "vso_present_verbs": (whose, "_PRESENT"),
    "vso_intransitive_verbs": (whose, "_INTRANSITIVE"),
    "vso_intransitive_present_verbs": (whose, "_INTRANSITIVE_PRESENT"),
    "purpose_nouns": (triggers, "PURPOSE_NOUNS"),
    "regions_before": (triggers, "_REGIONS_BEFORE"),
    "sequence_words": (triggers, "_SEQUENCE_WORDS"),
    "speak_in_it": (triggers, "_SPEAK_IN_IT"),
    "receive_stems": (triggers, "_RECEIVE_STEMS"),
    "cancel_nouns": (triggers, "_CANCEL_NOUNS"),
    "cue_subordinators": (triggers, "_SUBORDINATORS"),
    "frame_prepositions": (triggers, "_FRAME_PREPS"),
    "short_futures": (triggers, "_SHORT_FUTURES"),
    "was_words": (triggers, "_WAS"),
    "party_links": (triggers, "_PARTY_LINKS"),
    "frame_titles": (triggers, "_FRAME_TITLES"),
    "demonstratives": (triggers, "_DEMONSTRATIVES"),
    "past_clause_words": (triggers, "_PAST_CLAUSE"),
    "subjunctive_particles": (triggers, "_SUBJUNCTIVE"),
    "also_words": (triggers, "_ALSO"),
    "time_adverb_words": (triggers, "_TIME_WORDS"),
    "interview_that": (triggers, "INTERVIEW_THAT"),
    "interview_by_paper": (triggers, "INTERVIEW_BY_PAPER"),
    "interview_in": (triggers, "INTERVIEW_IN"),
    "speaker_that": (triggers, "_SPEAKER_THAT"),
    "wish_fillers": (triggers, "_WISH_FILLERS"),
    "rumour_heads": (triggers, "_RUMOUR_HEADS"),
    "rumour_verbs": (triggers, "_RUMOUR_VERBS"),
    "rumour_links": (triggers, "_RUMOUR_LINKS"),
    "confirm_verbs": (triggers, "_CONFIRM_VERBS"),
    "confirm_stops": (triggers, "_CONFIRM_STOPS"),
    "own_parties_near": (triggers, "_OWN_PARTIES_NEAR"),
    "own_parties_after": (triggers, "_OWN_PARTIES_AFTER"),
    "filled_nouns": (triggers, "_FILLED_NOUNS"),
    "visitor_ordinals": (triggers, "_ORDINALS"),
    "ordinal_not_a_visitor": (triggers, "_ORDINAL_NOT_A_VISITOR"),
    "becomes_words": (triggers, "_BECOMES"),
    "begins_words": (triggers, "_BEGINS"),
    "occasion_at": (frames, "OCCASION_AT"),
    "during_pronouns": (frames, "DURING"),
    "that_words": (frames, "_THAT"),
    "to_words": (frames, "_TO_WORDS"),
    "in_words": (frames, "IN_WORDS"),
    "li_pronouns": (frames, "_GUEST_PRONOUNS"),
    "topic_links": (frames, "_TOPIC_LINKS"),
    "deal_links": (frames, "_DEAL_LINKS"),
    "which_words": (frames, "_WHICH"),
    "from_words": (frames, "_FROM"),
    "where_words": (frames, "_WHERE"),
    "he_is_words": (frames, "_HE_IS"),
    "spokesman_title_next": (frames, "_SPOKESMAN_TITLE_NEXT"),
    "spokesman_that": (frames, "_SPOKESMAN_THAT"),
    "state_subject_not_after": (frames, "_STATE_SUBJECT_NOT_AFTER"),
    "in_title_words": (frames, "_IN_TITLES"),
    "agreement_nouns": (frames, "_AGREEMENT"),
    "following_words": (frames, "_FOLLOWING"),
    "talks_end_words": (frames, "_TALKS_END_WORDS"),
    "arrival_openers": (frames, "_ARRIVAL_OPENERS"),
    "after_contact_words": (frames, "_AFTER_CONTACT"),
    "maa_pronouns": (frames, "_MAA_PRONOUNS"),
    "bi_pronouns": (frames, "_BI_PRONOUNS"),
    "subject_barred": (frames, "_SUBJECT_BARRED"),
    "quantifiers": (frames, "_QUANTIFIERS"),
    "gathering_sides": (frames, "_SIDES"),
    "coordinators": (frames, "COORDINATORS"),
    "date_fillers": (frames, "_DATE_FILLERS"),
    "this_feminine": (frames, "_THIS"),
    "owner_gap": (frames, "_OWNER_GAP"),
    "with_pronouns": (frames, "_WITH_PRONOUNS"),
    "current_tour": (frames, "CURRENT_TOUR"),
    "within_visit": (frames, "WITHIN_VISIT"),
    "fronted_during": (frames, "FRONTED_DURING"),
    "occasion_prepositions": (frames, "_OCCASION_PREPS"),
    "title_trailer": (extract, "_TITLE_TRAILER"),
    "kicker_after": (extract, "_KICKER_AFTER"),
    "attend_openers": (extract, "ATTEND_OPENERS"),
    "postponed_to": (extract, "_POSTPONED_TO"),
    "this_words": (extract, "_THIS"),
    "later_words": (extract, "_LATER"),
    "realm_offices": (extract, "_REALM_OFFICES"),
    "with_words": (extract, "_WITH"),
    "co_joiners": (extract, "_CO_JOINERS"),
    "member_words": (extract, "_MEMBERS"),
    "several_sides_stems": (extract, "_SEVERAL_SIDES"),
    "meeting_nouns": (extract, "_MEETING_NOUNS"),
    "arrival_stems": (extract, "_ARRIVAL_STEMS"),
    "group_openers": (extract, "_GROUP_OPENERS"),
    "visit_stems": (extract, "_VISIT_STEMS"),
    "anniversary_words": (extract, "_ANNIVERSARY"),
    "recently_words": (extract, "_RECENTLY"),
    "span_signs": (extract, "_SPAN_SIGNS"),
    "span_trailers": (extract, "_SPAN_TRAILERS"),
    "two_days": (extract, "_TWO_DAYS"),
    "first_ones": (extract, "_FIRST_ONES"),
    "results_prepositions": (extract, "_RESULTS_PREPS"),
    "name_prepositions": (mentions, "_PREPOSITIONS"),
    "council_words": (mentions, "COUNCIL"),
    "dual_head_titles": (mentions, "DUAL_HEAD_TITLES"),
    "given_madda": (mentions, "_GIVEN_MADDA"),
    "compound_openers": (mentions, "_COMPOUND_OPENERS"),
    "construct_heads": (mentions, "_CONSTRUCT_HEADS"),
    "any_words": (mentions, "_ANY"),
    "delegation_relatives": (mentions, "_RELATIVE"),
    "representatives": (mentions, "_REPRESENTATIVES"),
    "attached_words": (mentions, "_ATTACHED"),
    "composed_words": (mentions, "_COMPOSED"),
    "state_members": (mentions, "_STATE_MEMBERS"),
    "bare_governments": (mentions, "_BARE_GOVERNMENTS"),
    "state_nouns": (mentions, "STATE_NOUNS"),
    "mullahs_words": (mentions, "_MULLAHS"),
    "principal_of": (mentions, "_PRINCIPAL_OF"),
    "head_words": (mentions, "_HEAD_WORDS"),
    "head_qualifiers": (mentions, "_HEAD_QUALIFIERS"),
    "after_official": (mentions, "_AFTER_OFFICIAL"),
    "prince_titles": (mentions, "_PRINCE_TITLES"),
    "cabinet_seat": (mentions, "CABINET_SEAT"),
    "plural_representatives": (mentions, "PLURAL_REPRESENTATIVES"),
    "minister_words": (mentions, "_MINISTER_WORDS"),
    "minister_heads": (mentions, "_MINISTER_HEADS"),
    "government_nouns": (mentions, "_GOVERNMENT_NOUNS"),
    "undersecretary_titles": (mentions, "UNDERSECRETARY_TITLES"),
    "representative_words": (mentions, "REPRESENTATIVE_WORDS"),
    "principal_envoy_titles": (mentions, "PRINCIPAL_ENVOY_TITLES"),
    "crown_prince_titles": (mentions, "_CROWN_PRINCE_TITLES"),
    "crown_titles": (mentions, "_CROWN_TITLES"),
    "office_nouns": (mentions, "OFFICE_NOUNS"),
    "institution_links": (mentions, "_INSTITUTION_LINKS"),
    "bare_minister": (mentions, "_BARE_MINISTER"),
    "not_family": (mentions, "_NOT_FAMILY"),
    "province_words": (mentions, "_PROVINCE_WORDS"),
    "minister_title_words": (mentions, "_MINISTER_TITLE_WORDS"),
    "help_before": (mentions, "_HELP_BEFORE"),
    "envoy_words": (mentions, "_ENVOY_WORDS"),
    "weekdays": (dates, "WEEKDAYS"),
    "past_words": (dates, "_PAST"),
    "next_words": (dates, "_NEXT"),
    "current_words": (dates, "_CURRENT"),
    "not_weekday_before": (dates, "_NOT_WEEKDAY_BEFORE"),
    "reported_clause_openers": (dates, "CLAUSE_OPENERS"),
    "time_before_an": (dates, "TIME_BEFORE_AN"),
    "time_prepositions": (dates, "TIME_PREPOSITIONS"),
    "offset_signs": (dates, "_OFFSET_SIGNS"),
    "day_counts": (dates, "_DAY_COUNTS"),
    "from_another": (dates, "FROM_ANOTHER"),
    "few_words": (dates, "_FEW"),
    "few_after_words": (dates, "_FEW_AFTER"),
    "year_words": (dates, "_YEAR_WORDS"),
    "year_duals": (dates, "_YEAR_DUALS"),
    "year_counts": (dates, "_YEAR_COUNTS"),
    "day_parts": (dates, "_DAY_PARTS"),
    "first_words": (dates, "FIRST_WORDS"),
    "date_opening_words": (dates, "_OPENING_WORDS"),
    "non_state_persons": (whose, "NON_STATE_PERSONS"),
    "of_business_words": (whose, "_OF_BUSINESS"),
    "business_words": (whose, "_BUSINESS"),
    "owner_setting": (whose, "_OWNER_SETTING"),
    "not_party_before": (blocs, "_NOT_PARTY"),
    "bloc_listing_words": (blocs, "_LISTING"),
    "states_words": (blocs, "_STATES_WORDS"),
    "bloc_day_words": (blocs, "_DAYS"),
    "region_prepositions": (regions, "_REGION_PREPOSITIONS"),
    "father_links": (gazetteer, "FATHER_LINKS"),
    "preceding_words": (frames, "_PRECEDING"),
    "along_with_words": (frames, "_ALONG_WITH"),
    "former_words": (frames, "_FORMER"),
    "remote_link_by": (frames, "REMOTE_LINK_BY"),
    "remote_link_joined": (frames, "REMOTE_LINK_JOINED"),
    "list_head_before": (frames, "LIST_HEAD_BEFORE"),
    "week_noun_gap": (extract, "_WEEK_NOUN_GAP"),
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


def test_gather_verbs_with_a_pronoun_extend_the_bare_ones():
    assert frames.GATHER == frames.GATHER_BARE | words.GATHER_OBJECT_VERBS
    assert "جمعته" in frames.GATHER and "اجراه" in frames.GATHER  # «أجراه» folded
    assert frames.DUAL_SIDES <= frames.DUALS


def test_made_verbs_are_held_with_it_verbs_with_their_present_and_future():
    # «الزيارة التي قام/يقوم/سيقوم بها X»: one list in grammar.yaml, the future derived
    assert {"قام", "قامت", "يقوم", "تقوم", "سيقوم", "ستقوم"} <= frames._MADE_VERBS
    assert frames._MADE_VERBS == words.HELD_WITH_IT_VERBS | words.HELD_WITH_IT_PRESENT_VERBS | {
        "س" + w for w in words.HELD_WITH_IT_PRESENT_VERBS}


def test_verbs_before_their_subject_take_a_conjunction_and_the_feminine_from_the_yaml():
    # «وقالت», «فأكدت», «ويقول»: the yaml lists the bare verbs only
    assert {"قال", "وقالت", "فاكدت", "ويقول"} <= whose.SUBJECT_VERBS
    assert "ويضيف" in whose.INTRANSITIVE and "اكد" not in whose.INTRANSITIVE
    assert whose.INTRANSITIVE <= whose.SUBJECT_VERBS
    assert whose._INTRANSITIVE <= whose._PAST and whose._INTRANSITIVE_PRESENT <= whose._PRESENT


def test_deputy_words_with_the_article_and_with_the_aides_come_from_one_list():
    # «نائب», «النائب» open a title a ministry adds to; «نائب», «مستشار» before a known name
    assert {"نائب", "النائب", "نائبه", "النائبه"} <= mentions._DEPUTY_WORDS
    assert mentions._DEPUTY_WORDS == words.DEPUTY_WORDS | {"ال" + w for w in words.DEPUTY_WORDS}
    assert {"نائب", "نائبه", "مساعد", "مستشار", "مستشاره"} <= mentions._DEPUTY_OR_AIDE_WORDS
    assert mentions._DEPUTY_OR_AIDE_WORDS == words.DEPUTY_WORDS | words.AIDE_WORDS


def test_normalised_marks_and_names_read_from_the_yaml():
    assert "بشان" in frames.TOPIC_MARKS  # «بشأن» folded like the tokens
    assert "الي" in mentions._DESTINATION_BEFORE and "نائبه" in mentions._DEPUTY_OR_AIDE_WORDS
    assert mentions.COMMON_GIVEN_NAME == GRAMMAR["common_given_name"] == words.COMMON_GIVEN_NAME
    assert isinstance(words.COMMON_GIVEN_NAME, int)
    assert "متلفزه" in presence._SPEECH_AFAR and "تاديه" in extract._PERFORM
    assert "اذاعه" in triggers.INTERVIEW_MEDIA and "سيناء" in triggers._NOT_FUTURE


@pytest.mark.parametrize("key", ["no_such_word_list", "common_given_name"])
def test_a_missing_key_is_a_config_error_naming_it(monkeypatch, key):
    monkeypatch.delitem(words._GRAMMAR, key, raising=False)
    with pytest.raises(ConfigError) as err:
        words._words(key)
    assert f"config key {key}:" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("value", ["في", [["في", "وفي"]], [True], {"في": 1}])
def test_a_word_list_that_is_not_a_list_of_words_is_a_config_error_naming_it(monkeypatch, value):
    monkeypatch.setitem(words._GRAMMAR, "venue_marks", value)
    with pytest.raises(ConfigError) as err:
        words._words("venue_marks")
    assert "config key venue_marks:" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("value", [10.7, True, "ten", [10]])
def test_a_threshold_that_is_not_a_whole_number_is_a_config_error_naming_it(monkeypatch, value):
    monkeypatch.setitem(words._GRAMMAR, "common_given_name", value)
    with pytest.raises(ConfigError) as err:
        words._int("common_given_name")
    assert "config key common_given_name:" in str(err.value)



@pytest.mark.parametrize("value", [["Jeddah", "جدة"], "جدة", {"Jeddah": "جدة"}])
def test_a_place_mapping_of_the_wrong_kind_is_a_config_error_naming_it(monkeypatch, value):
    monkeypatch.setitem(words._GRAMMAR, "visit_regions", value)
    with pytest.raises(ConfigError) as err:
        words._places("visit_regions")
    assert "config key visit_regions:" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("value", [{"ثلاثي": "three"}, {"ثلاثي": True}, {"ثلاثي": 3.5},
                                   ["ثلاثي"]])
def test_a_mapping_to_numbers_of_the_wrong_kind_is_a_config_error_naming_it(monkeypatch, value):
    monkeypatch.setitem(words._GRAMMAR, "gathering_sides", value)
    with pytest.raises(ConfigError) as err:
        words._numbers("gathering_sides")
    assert "config key gathering_sides:" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("value", [{"قبل": "later"}, {"قبل": 1}, ["قبل"]])
def test_a_mapping_to_labels_of_the_wrong_kind_is_a_config_error_naming_it(monkeypatch, value):
    monkeypatch.setitem(words._GRAMMAR, "span_signs", value)
    with pytest.raises(ConfigError) as err:
        words._labelled("span_signs", ("past", "planned"))
    assert "config key span_signs:" in str(err.value) and "\n" not in str(err.value)


def test_ordered_lists_and_mappings_keep_the_yaml_order_and_values():
    # stems tried in turn and two-word phrases keep their order; mappings their values
    assert extract._TITLE_TRAILER == ("رابط", "الخبر")
    assert extract._REALM_OFFICES[0] == ("ولي", "العهد")
    assert extract._SPAN_SIGNS == {"قبل": "past", "منذ": "past", "بعد": "planned"}
    assert frames._SIDES["الرباعيه"] == 4 and triggers._RECEIVE_STEMS[0] == "استقبل"


def test_words_that_are_no_subject_add_the_yaml_lists_to_the_shared_ones():
    # whose.NOT_SUBJECTS and _VSO_GAP: grammar.yaml's own words, with the weekdays (and the
    # stop and setting words) joined in code
    assert words.NOT_SUBJECT_WORDS | words.STOP_WORDS | words.SETTING_WORDS <= whose.NOT_SUBJECTS
    assert {"امس", "للصحفيين", "الاثنين"} <= whose.NOT_SUBJECTS
    assert whose._VSO_GAP == words.VSO_GAP_WORDS | frozenset(dates.WEEKDAYS)
    assert "فجاه" in whose._VSO_GAP


def test_the_relative_before_a_held_verb_is_one_list_for_visits_and_letters():
    assert letters.WHICH == frames._WHICH == words.WHICH_WORDS == {"التي", "الذي"}


# grammar.yaml key -> (module, name of the set the code builds from it and other lists)
JOINED = {
    "negation_fillers": (triggers, "_NEG_FILLERS"),
    "interview_skip": (triggers, "INTERVIEW_SKIP"),
    "begin_later": (triggers, "_BEGIN_LATER"),
    "no_name_words": (frames, "_NO_NAME_WORDS"),
    "occasion_times": (frames, "_OCCASION_TIMES"),
    "by_occasion": (extract, "_BY_OCCASION"),
    "members_after": (extract, "_MEMBERS_AFTER"),
    "during_words": (extract, "_DURING"),
    "last_period_words": (dates, "PERIOD_MODIFIERS"),
    "mention_time_words": (mentions, "_TIME_WORDS"),
    "after_office_period_words": (mentions, "_AFTER_OFFICE_TIMES"),
}


@pytest.mark.parametrize("key", sorted(JOINED))
def test_a_moved_list_the_code_joins_to_others_is_loaded_and_in_the_joined_set(key):
    assert GRAMMAR.get(key), f"grammar.yaml has no words under {key}"
    module, name = JOINED[key]
    loaded = getattr(words, key.upper())
    assert loaded and loaded <= getattr(module, name)


# grammar.yaml key -> (module, name of the one word the rules read)
SINGLE = {
    "talks_close_word": (frames, "_CLOSE"),
    "not_sides_word": (extract, "_NOT_SIDES"),
    "future_noun": (extract, "_FUTURE"),
    "seat_noun": (extract, "_SEAT"),
    "corresponding_word": (dates, "_CORRESPONDING"),
    "days_plural": (dates, "_DAYS_PLURAL"),
    "only_word": (dates, "_ONLY"),
    "region_adjective": (mentions, "_REGION_ADJECTIVE"),
    "in_charge_of_foreign": (mentions, "_IN_CHARGE_OF_FOREIGN"),
    "governor_word": (mentions, "_GOVERNOR"),
    "help_noun": (mentions, "_HELP_NOUN"),
    "list_head_word": (frames, "LIST_HEAD_WORD"),
    "week_word": (dates, "WEEK"),
    "this_week_word": (dates, "_THIS_WEEK"),
    "week_past_link": (dates, "_WEEK_PAST_LINK"),
}


@pytest.mark.parametrize("key", sorted(SINGLE))
def test_a_moved_word_is_loaded_and_normalised(key):
    assert GRAMMAR.get(key), f"grammar.yaml has no word under {key}"
    module, name = SINGLE[key]
    loaded = getattr(words, key.upper())
    assert isinstance(loaded, str) and loaded and getattr(module, name) == loaded
    assert not any(c in loaded for c in "ةأإى")


@pytest.mark.parametrize("value", [["ختام"], {"ختام": 1}, True, ""])
def test_a_word_of_the_wrong_kind_is_a_config_error_naming_it(monkeypatch, value):
    monkeypatch.setitem(words._GRAMMAR, "talks_close_word", value)
    with pytest.raises(ConfigError) as err:
        words._word("talks_close_word")
    assert "config key talks_close_word:" in str(err.value) and "\n" not in str(err.value)


def test_a_number_where_a_word_list_is_expected_is_a_config_error_naming_it(monkeypatch):
    monkeypatch.setitem(words._GRAMMAR, "venue_marks", 5)
    with pytest.raises(ConfigError) as err:
        words._words("venue_marks")
    assert "config key venue_marks:" in str(err.value) and "\n" not in str(err.value)


_LOAD_WITH = """
import sys
import configs
real = configs.load_yaml
def patched(path, *args, **kwargs):
    data = real(path, *args, **kwargs)
    if str(path).endswith("grammar.yaml"):
        data = dict(data)
        data[sys.argv[1]] = eval(sys.argv[2])
    return data
configs.load_yaml = patched
from pipeline.config import ConfigError
try:
    import pipeline.events.words
except ConfigError as err:
    print("ConfigError:", err)
except Exception as err:
    print(type(err).__name__ + ":", err)
else:
    print("loaded")
"""


@pytest.mark.parametrize("key, value", [
    # mappings whose values the loader reads: a word where a number is expected, a list where
    # a word is expected, a list inside a place's list of names
    ("eve_words", "{'عشية': 'one'}"),
    ("eve_words", "{'عشية': 1.5}"),
    ("spellings", "{'ئو': ['ؤو']}"),
    ("visit_regions", "{'Africa': [['أفريقيا']]}"),
], ids=["eve-word-value", "eve-float-value", "spelling-list-value", "region-nested-name"])
def test_a_bad_value_inside_a_mapping_is_a_config_error_naming_it_at_load(key, value):
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    run = subprocess.run([sys.executable, "-c", _LOAD_WITH, key, value], cwd=root,
                         capture_output=True, text=True, env=env, timeout=120)
    out = run.stdout.strip().splitlines()
    assert out and out[-1].startswith(f"ConfigError: config key {key}:"), run.stdout + run.stderr


@pytest.mark.parametrize("value", [5, "لن", {"لن": 1}, [["لن"]]],
                         ids=["number", "bare-word", "mapping", "nested-list"])
def test_a_cue_list_of_the_wrong_kind_is_a_config_error_naming_it(monkeypatch, value):
    real = words.load_yaml

    def patched(path, *args, **kwargs):
        data = dict(real(path, *args, **kwargs))
        data["negation"] = value
        return data

    monkeypatch.setattr(words, "load_yaml", patched)
    with pytest.raises(ConfigError) as err:
        words.cue_words.__wrapped__()
    assert "config key negation:" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("text, key", [
    ("negation: 5\n", "negation"),
    ("negation: لن\n", "negation"),
    ("negation: {لن: 1}\n", "negation"),
    ("negation: [[لن]]\n", "negation"),
    ("negation: [لن, [لم]]\n", "negation"),
    ("negation: [لن, true]\n", "negation"),
    ("negation:\n", "negation"),
    ("5: [لن]\n", "5"),
    ('negation: [لن, ""]\n', "negation"),
    ('negation: [لن, " "]\n', "negation"),
], ids=["number", "bare-word", "mapping", "nested-list", "nested-word", "bool", "empty",
        "number-key", "empty-word", "blank-word"])
def test_a_cues_file_with_a_list_of_the_wrong_kind_is_a_config_error_naming_its_key(
        tmp_path, text, key):
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        words.read_cue_lists(path)
    assert str(err.value).startswith(f"config key {key}:") and "\n" not in str(err.value)


@pytest.mark.parametrize("text", ["- لن\n", "", "لن\n"], ids=["list", "empty", "word"])
def test_a_cues_file_with_no_mapping_is_a_config_error_naming_the_file(tmp_path, text):
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        words.read_cue_lists(path)
    assert str(err.value).startswith(f"config file {path}:") and "\n" not in str(err.value)


def test_a_cue_list_the_rules_read_missing_from_the_file_is_a_config_error_naming_it(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("negation: [لن, ليس]\n", encoding="utf-8")
    cues = words.read_cue_lists(path)
    assert cues["negation"] == {"لن", "ليس"}
    with pytest.raises(ConfigError) as err:
        cues["modality"]
    assert str(err.value).startswith("config key modality: missing from") \
        and "\n" not in str(err.value)


def test_the_cue_lists_load_as_normalised_word_sets():
    cues = words.cue_words.__wrapped__()
    assert cues["negation"] and all(isinstance(v, frozenset) for v in cues.values())


def test_phrases_listing_a_next_object_are_read_in_order_and_matched_before_the_actor():
    assert frames._NEXT_IN_LIST == (("ثم",), ("ومن", "ثم"), ("وكذلك",))
    norms = ["التقى", "الوزير", "ومن", "ثم", "السفير"]
    assert frames._listed_next(norms, SimpleNamespace(i=4))
    assert not frames._listed_next(norms, SimpleNamespace(i=1))


def test_the_week_starts_are_weekday_names_read_as_their_numbers(monkeypatch):
    assert extract._WEEK_STARTS == words.WEEK_STARTS == (5, 6, 0)  # Saturday, Sunday, Monday
    monkeypatch.setitem(words._GRAMMAR, "week_starts", ["السبت", "الأسبوع"])
    with pytest.raises(ConfigError) as err:
        words._weekday_numbers("week_starts")
    assert "config key week_starts:" in str(err.value) and "\n" not in str(err.value)


def test_a_source_aside_opens_with_a_yaml_word_as_written():
    assert words.SOURCE_ASIDE_OPENERS == tuple(GRAMMAR["source_aside_openers"])
    said = "وقال الوزير - {} بيان له - إنه التقى السفير"
    assert "بيان" not in frames._closed_asides(said.format("في"))
    assert "بيان" in frames._closed_asides(said.format("وهي"))


def test_the_with_words_of_a_counterpart_are_the_yaml_list():
    assert frames._with_counterpart.__defaults__ == (words.WITH_WORDS,)
    assert words.WITH_WORDS == {"مع", "ومع"}


def _normalised_lists() -> dict[str, frozenset[str]]:
    return {k: frozenset(words.fold_spellings(normalize_arabic(str(w))) for w in v)
            for k, v in GRAMMAR.items() if isinstance(v, list)}


# keys that hold the same words and are kept apart on purpose (the yaml says why by each)
SAME_WORDS_APART = {frozenset({"talks_phase_gap", "occasion_times"}),
                    frozenset({"in_words", "topic_links"})}


def test_no_two_keys_hold_the_same_words_unless_kept_apart_on_purpose():
    by_words: dict[frozenset, set] = {}
    for key, value in _normalised_lists().items():
        by_words.setdefault(value, set()).add(key)
    same = {frozenset(keys) for keys in by_words.values() if len(keys) > 1}
    assert same == SAME_WORDS_APART


def test_one_list_serves_the_rules_that_read_the_same_pronouns():
    # «ل» + pronoun: a visit noun's visitor before its region, a bare reception's guest
    assert regions.LI_PRONOUNS is frames._GUEST_PRONOUNS is words.LI_PRONOUNS
    assert words.LI_PRONOUNS == {"له", "لها", "لهم", "لهما"}
    # «ب» + pronoun of a thing named before: a speech after a head verb, a contact after «قام»
    assert triggers.BI_IT_PRONOUNS is frames.BI_IT_PRONOUNS is extract.BI_IT_PRONOUNS
    assert words.BI_IT_PRONOUNS == {"به", "بها", "بهما"}
    # one list for the pronoun after a present light verb and after «قام»: «بهما» (two things
    # named before) is read by both («الزيارتين اللتين قام بهما»)
    assert extract._held_verb(["قام", "بهما"], 0, []) and triggers._present_light(
        ["يقوم", "بهما"], 0)
    for key in ("visit_region_pronouns", "guest_pronouns", "address_pronouns", "held_with_it",
                "with_it_words"):
        assert key not in GRAMMAR
