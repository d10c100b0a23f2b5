"""The function-word lists of configs/lexicons/events/grammar.yaml, normalised once at import,
and the scorer's cue lists of cues.yaml.

Pure data: the lists are domain knowledge kept in configs/, not in code.
"""

from __future__ import annotations

from functools import lru_cache

from configs import CONFIG_DIR, load_yaml
from pipeline.config import ConfigError
from pipeline.text.normalize import normalize_arabic

_GRAMMAR_PATH = CONFIG_DIR / "lexicons" / "events" / "grammar.yaml"
_GRAMMAR = load_yaml(_GRAMMAR_PATH)


def _entry(key: str):
    """grammar.yaml's value under `key`; a ConfigError naming the key when it is missing."""
    if key not in _GRAMMAR or _GRAMMAR[key] is None:
        raise ConfigError(f"config key {key}: missing from {_GRAMMAR_PATH}")
    return _GRAMMAR[key]


def _mapping(key: str) -> dict:
    """grammar.yaml's mapping under `key`; a ConfigError naming the key when it is missing or
    not a mapping."""
    value = _entry(key)
    if not isinstance(value, dict):
        raise ConfigError(f"config key {key}: a mapping expected in {_GRAMMAR_PATH}")
    return value


def _plain(value) -> bool:
    """Whether a yaml value is one plain word (a string or a bare number, not a bool)."""
    return isinstance(value, (str, int)) and not isinstance(value, bool)


def _pairs(key: str) -> tuple[tuple[str, str], ...]:
    """grammar.yaml's mapping under `key` of written letters to the letters they fold to, as
    normalised pairs; a ConfigError naming the key when a value is not a plain word."""
    value = _mapping(key)
    if not all(_plain(v) and str(v).strip() for v in value.values()):
        raise ConfigError(f"config key {key}: each spelling's value a plain word expected in "
                          f"{_GRAMMAR_PATH}")
    return tuple((normalize_arabic(str(a)), normalize_arabic(str(b))) for a, b in value.items())


# (written, folded) letter pairs of grammar.yaml `spellings`, normalised
SPELLINGS = _pairs("spellings")


def fold_spellings(text: str) -> str:
    """Normalised text with the letters of a variant spelling folded to the usual ones
    («المسئولين» -> «المسؤولين»): what every word the extractor matches goes through."""
    for written, folded in SPELLINGS:
        if written in text:
            text = text.replace(written, folded)
    return text


def in_words(word: str, words, proclitics: str) -> bool:
    """Whether `word`, bare or less one of the one-letter `proclitics` («وفلب»), is in
    `words`."""
    return word in words or (word[:1] in proclitics and word[1:] in words)


def words_at_most(text: str, limit: int) -> bool:
    """Whether `text` has at most `limit` words (= len(text.split()) <= limit), splitting no
    further than one word past the limit (a long paragraph is not cut into all its words)."""
    return len(text.split(None, limit)) <= limit


def without_conjunction(word: str) -> str:
    """A (normalised) word less a leading conjunction و or ف («والتقى» → «التقى»)."""
    return word[1:] if word[:1] in ("و", "ف") else word


def _list(key: str) -> list:
    """grammar.yaml's list of words or phrases under `key`; a ConfigError naming the key when
    it is not a list of plain words (a bare word, where YAML would give the letters of a
    string, or a nested list, where it would give one junk word)."""
    value = _entry(key)
    if not isinstance(value, list) or not all(
            isinstance(w, (str, int)) and not isinstance(w, bool) for w in value):
        raise ConfigError(f"config key {key}: a list of words expected in {_GRAMMAR_PATH}")
    return value


def _int(key: str) -> int:
    """grammar.yaml's whole number under `key`; a ConfigError naming the key otherwise."""
    value = _entry(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ConfigError(f"config key {key}: a whole number expected in {_GRAMMAR_PATH}")
    return value


def _words(key: str) -> frozenset[str]:
    return frozenset(fold_spellings(normalize_arabic(str(w))) for w in _list(key))


def feminine_past(verb: str) -> str:
    """The feminine singular of a past verb as written («قال» -> «قالت»): a final «ى» or bare
    «ا» gives way to «ت» («نفى» -> «نفت», «ألغى» -> «ألغت», «دعا» -> «دعت»); any other last
    letter, a hamza seat among them, takes «ت» after it («أرجأ» -> «أرجأت», «جاء» -> «جاءت»).
    Read before normalisation, which folds «ى» into «ي» («لقي» -> «لقيت») and «أ» into «ا»
    («بدأ» -> «بدأت», not «بدا» -> «بدت»)."""
    return verb[:-1] + "ت" if verb.endswith(("ى", "ا")) else verb + "ت"


def _feminine_words(key: str) -> frozenset[str]:
    """The feminine past (feminine_past) of each verb of grammar.yaml's `key`, normalised."""
    return frozenset(fold_spellings(normalize_arabic(feminine_past(str(w)))) for w in _list(key))


def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """grammar.yaml's phrases under `key`, each as the tuple of its normalised words (matched
    whole, of any length); a ConfigError naming the key for an empty one (it would match
    anywhere)."""
    phrases = tuple(tuple(fold_spellings(normalize_arabic(str(w))).split()) for w in _list(key))
    if not all(phrases):
        raise ConfigError(f"config key {key}: no empty phrase expected in {_GRAMMAR_PATH}")
    return phrases


def _joined_phrases(key: str) -> frozenset[str]:
    """grammar.yaml's words and phrases under `key` (_phrases), each as its normalised words
    joined by one space, for a rule that joins the words before a token and looks the span up:
    a ConfigError naming the key for an empty one (a span of no words, found before every
    token)."""
    return frozenset(" ".join(p) for p in _phrases(key))


def _ordered(key: str) -> tuple[str, ...]:
    """grammar.yaml's words under `key`, normalised, in the yaml's order."""
    return tuple(fold_spellings(normalize_arabic(str(w))) for w in _list(key))


def _stems(key: str) -> tuple[str, ...]:
    """grammar.yaml's stems under `key` (_ordered), each matched inside one word: a ConfigError
    naming the key when an entry has several words (it would match no word, silently)."""
    stems = _ordered(key)
    if not all(len(s.split()) == 1 for s in stems):
        raise ConfigError(f"config key {key}: one word per stem expected in {_GRAMMAR_PATH}")
    return stems


def _phrase(key: str) -> tuple[str, ...]:
    """grammar.yaml's one phrase under `key` as the tuple of its normalised words in order, an
    entry of several words giving each of them («[رابط, الخبر]» = «[رابط الخبر]»); matched as a
    whole, of any length."""
    words = tuple(w for e in _ordered(key) for w in e.split())
    if not words:
        raise ConfigError(f"config key {key}: a phrase of one word or more expected in "
                          f"{_GRAMMAR_PATH}")
    return words


def _numbers(key: str) -> dict[str, int]:
    """grammar.yaml's mapping under `key` of words to whole numbers, the words normalised; a
    ConfigError naming the key when a value is not a whole number."""
    value = _mapping(key)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in value.values()):
        raise ConfigError(f"config key {key}: whole numbers expected in {_GRAMMAR_PATH}")
    return {fold_spellings(normalize_arabic(str(k))): n for k, n in value.items()}


def _labelled(key: str, labels: tuple[str, ...]) -> dict[str, str]:
    """grammar.yaml's mapping under `key` of words to one of `labels`, the words normalised; a
    ConfigError naming the key when a value is not one of them."""
    value = _mapping(key)
    if not all(v in labels for v in value.values()):
        raise ConfigError(f"config key {key}: each word's value one of {', '.join(labels)} "
                          f"expected in {_GRAMMAR_PATH}")
    return {fold_spellings(normalize_arabic(str(k))): v for k, v in value.items()}


def _word(key: str) -> str:
    """grammar.yaml's one word (or phrase) under `key`, normalised; a ConfigError naming the key
    when it is not a plain word (a list, a mapping, an empty value)."""
    value = _entry(key)
    if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
        raise ConfigError(f"config key {key}: a word expected in {_GRAMMAR_PATH}")
    return fold_spellings(normalize_arabic(str(value)))


_CUES_PATH = CONFIG_DIR / "lexicons" / "events" / "cues.yaml"


class _CueLists(dict):
    """cues.yaml's lists by key: reading a key the file lacks is a ConfigError naming it (not a
    bare KeyError in the middle of the scorer's features)."""

    def __init__(self, lists: dict, path) -> None:
        super().__init__(lists)
        self.path = path

    def __missing__(self, key):
        raise ConfigError(f"config key {key}: missing from {self.path}")


def read_cue_lists(path) -> dict[str, frozenset[str]]:
    """The cue lists of a cues.yaml file at `path`, normalised; a one-line ConfigError naming
    the key when a value is not a list of plain words (a number, a bare word whose letters
    would be read as words, a mapping, a nested list, an empty word), when a key is no name,
    or when a list the rules read is missing; naming the file when it holds no mapping."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path}: a mapping of cue lists expected")
    for k, v in data.items():
        if not isinstance(k, str):
            raise ConfigError(f"config key {k}: a name of a cue list expected in {path}")
        # (an empty word would match a lone «و» or «ف»: a cue matches a token less either)
        if not isinstance(v, list) or not all(_plain(w) and str(w).strip() for w in v):
            raise ConfigError(f"config key {k}: a list of words expected in {path}")
    return _CueLists({k: frozenset(fold_spellings(normalize_arabic(str(w))) for w in v)
                      for k, v in data.items()}, path)


@lru_cache(maxsize=1)
def cue_words() -> dict[str, frozenset[str]]:
    """The scorer's cue lists (configs/lexicons/events/cues.yaml), normalised and checked
    (read_cue_lists)."""
    return read_cue_lists(_CUES_PATH)


STOP_WORDS = _words("stop_words")
BEFORE_STOP = _words("before_stop")
EFFORT_VERBS = _words("effort_verbs")
SPEECH_VERBS = _words("speech_verbs")
SPEECH_VERBS_FEMININE = _feminine_words("speech_verbs")  # «قالت», «وأكدت», «دعت»
SAYING_VERBS = SPEECH_VERBS | SPEECH_VERBS_FEMININE  # «قال المتحدث», «قالت المتحدثة»
VSO_PAST_VERBS = _words("vso_past_verbs")
VSO_PAST_FEMININE = _feminine_words("vso_past_verbs")  # «نفت», «ألغت», «رأت»
VSO_PRESENT_VERBS = _words("vso_present_verbs")
VSO_INTRANSITIVE_VERBS = _words("vso_intransitive_verbs")
VSO_INTRANSITIVE_FEMININE = _feminine_words("vso_intransitive_verbs")
VSO_INTRANSITIVE_PRESENT_VERBS = _words("vso_intransitive_present_verbs")
JUDGE_VERBS = _words("judge_verbs")
PAST_CLAUSE_VERBS = _words("past_clause_verbs")
SPEECH_PARTICIPLES = _words("speech_participles")
SPEECH_NOUNS = _words("speech_nouns")
SPEECH_OWNED_NOUNS = _words("speech_owned_nouns")
SPEECH_AFAR_WORDS = _words("speech_afar_words")
SPOKESMAN_TITLES = _words("spokesman_titles")
THAT_HE = _words("that_he")
NOT_OBJECTS = _words("not_objects")
SETTING_WORDS = _words("setting_words")
PHONE_CUES = tuple(sorted(_words("phone_cues")))
RELATIVE = _words("relative")
RELATIVE_LINKS = _words("relative_links")
RELATIVE_MASCULINE = _words("relative_masculine")
REPEATED_SUBJECT_VERBS = _words("repeated_subject_verbs")
ACCOMPANY_VERBS = _words("accompany_verbs")
COMPANIONS_END = _words("companions_end")
CONTINUATION = _words("continuation")
VISIT_DOERS = _words("visit_doers")
VISIT_ADJECTIVES = _words("visit_adjectives")
TOUR_NOUNS = _words("tour_nouns")
TOUR_OPENING = _words("tour_opening")
TOUR_CLOSING = _words("tour_closing")
VISIT_CLOSING_VERBS = _words("visit_closing_verbs")
LEAVING_NOUNS = _words("leaving_nouns")
TOUR_INCLUDES = _words("tour_includes")
PROGRAMME_SUBJECTS = _words("programme_subjects")
CONTACT_DOERS = _words("contact_doers")
AMBASSADOR_TITLES = _words("ambassador_titles")
POST_TAKING = _words("post_taking")
SPORT_COMPLEMENTS = _words("sport_complements")
SPORT_PEOPLE = _words("sport_people")
OTHER_GIVEN_NAMES = _words("other_given_names")
DEPUTY_WORDS = _words("deputy_words")
AIDE_WORDS = _words("aide_words")
DEPUTY_OR_AIDE_WORDS = DEPUTY_WORDS | AIDE_WORDS
COMMON_GIVEN_NAME = _int("common_given_name")
KIN_WORDS = _words("kin_words")
ROYAL_WORDS = _words("royal_words")
FIRST_LADY_WORDS = _words("first_lady_words")
CLITIC_PHRASES = _words("clitic_phrases")
NOT_GIVEN_NAMES = _words("not_given_names")
FAMILY_NAME_FIRST = _words("family_name_first")
DUAL_VERBS = _words("dual_verbs")
VISIT_VERBS = _words("visit_verbs")
TRIP_VERBS = _words("trip_verbs")
ARRIVAL_DAY_NOUNS = _words("arrival_day_nouns")
TRIP_HEAD_VERBS = _words("trip_head_verbs")
VISIT_DESTINATION = _words("visit_destination")
HOST_OFFICIALS = _words("host_officials")
DUAL_SIDE_TITLES = _words("dual_side_titles")
DESTINATION_BEFORE_WORDS = _words("destination_before_words")
# the deadline phrases as word tuples (dates.deadline_before matches them)
DEADLINE_PHRASES = _phrases("deadline_words")
BARE_MONTH_BEFORE = _words("bare_month_before")
DATE_NAMED_EVENTS = _words("date_named_events")
# the phrases that open another story's sentence, as word tuples (extract._other_story)
OTHER_STORY_OPENERS = _phrases("other_story_openers")
# «عشية» (+1 day) / «غداة» (-1 day): the shift from the date of the clause a contact hangs on
EVE_SHIFTS = _numbers("eve_words")
# the word lists of dates.py
FIRST_DAY_WORDS = _words("first_day_words")
DUAL_PAST_WORDS = _words("dual_past_words")
DUAL_NEXT_WORDS = _words("dual_next_words")
DAY_COUNT_WORDS = _words("day_count_words")
TIME_UNITS = _words("time_units")
HOURS_WORDS = _words("hours_words")
AHEAD_WORDS = _words("ahead_words")
AHEAD_UNITS = _words("ahead_units")
COMES_VERBS = _words("comes_verbs")
TODAY_OUTLETS = _words("today_outlets")
SOURCE_WORDS = _words("source_words")
PAPER_WORDS = _words("paper_words")
DAY_NOUNS = _words("day_nouns")
MONTH_PART_NOUNS = _words("month_part_nouns")
# the word lists of extract.py
SPAN_OCCASIONS = _words("span_occasions")
GATHERING_NOUNS = _words("gathering_nouns")
LANDING_VERBS = _words("landing_verbs")
PLANE_WORDS = _words("plane_words")
SCHEDULED_VISIT_NOUNS = _words("scheduled_visit_nouns")
SCHEDULED_TALKS_NOUNS = _words("scheduled_talks_nouns")
SCHEDULED_WORDS = _words("scheduled_words")
SCHEDULED_SPAN_VERBS = _words("scheduled_span_verbs")
MASDAR_TO_COME_BEFORE = _words("masdar_to_come_before")
MASDAR_GOVERNORS = _words("masdar_governors")
MASDAR_HOLD = _words("masdar_hold")
OUTCOME_VERBS = _words("outcome_verbs")
NEGATED_HOLDING_VERBS = _words("negated_holding_verbs")
NEGATED_PLAN_WORDS = _words("negated_plan_words")
NEGATION_PARTICLES = _words("negation_particles")
NEGATED_OCCURRENCE_VERBS = _words("negated_occurrence_verbs")
OCCURRENCE_LINKS = _words("occurrence_links")
NOT_YET_WORDS = _words("not_yet_words")
PERIPHRASTIC_OCCURRENCE_VERBS = _words("periphrastic_occurrence_verbs")
CALL_NOUNS = _words("call_nouns")
PHONE_WORDS = _words("phone_words")
RETOLD_MEETING_NOUNS = _words("retold_meeting_nouns")
STATEMENT_NOUNS = _words("statement_nouns")
ATTRIBUTION_OPENERS = _words("attribution_openers")
ATTRIBUTION_VERBS = _words("attribution_verbs")
LASTING_WORDS = _words("lasting_words")
LASTING_COUNTS = _words("lasting_counts")
LASTED_WORDS = _words("lasted_words")
SPAN_NOUNS = _words("span_nouns")
SINCE_SPANS = _words("since_spans") | SPAN_NOUNS
SINCE_SPAN_FILLERS = _words("since_span_fillers")
SINCE_FIRST_WORDS = _words("since_first_words")
SINCE_QUALIFIERS = _words("since_qualifiers")
SPAN_AGO_UNITS = _words("span_ago_units")
HIJRI_MONTHS = _words("hijri_months")
VISIT_BEGUN_VERBS = _words("visit_begun_verbs")
BEFORE_NOW_WORDS = _words("before_now_words")
BEFORE_NOW_MASCULINE = _words("before_now_masculine")
RECALLED_SETTING_WORDS = _words("recalled_setting_words")
RECALLED_BEFORE_WORDS = _words("recalled_before_words")
LATER_LEG_BEFORE = _words("later_leg_before")
LATER_LEG_AFTER = _phrases("later_leg_after")
OCCASION_WORDS = _words("occasion_words")
SESSION_NOUNS = _words("session_nouns")
HONORARY_ENVOY_WORDS = _words("honorary_envoy_words")
RESULTS_WORDS = _words("results_words")
BRIEFING_VERBS = _words("briefing_verbs")
SUPPORTING_NOUNS = _words("supporting_nouns")
ABOUT_HIM_NOUNS = _words("about_him_nouns") | SUPPORTING_NOUNS
PLURAL_MEETING_TITLES = _words("plural_meeting_titles")
BACKGROUND_OPENERS = _words("background_openers")
MONTH_NAME_BEFORE = _words("month_name_before")
PERIOD_NOUNS = _words("period_nouns")
# the word lists of frames.py
GATHER_VERBS = _words("gather_verbs")
GATHERED_VERBS = _words("gathered_verbs")
HELD_PAST_VERBS = _words("held_past_verbs")
HELD_WITH_IT_VERBS = _words("held_with_it_verbs")
HELD_WITH_IT_PRESENT_VERBS = _words("held_with_it_present_verbs")
TOOK_PLACE_VERBS = _words("took_place_verbs")
HELD_AUXILIARIES = _words("held_auxiliaries")
HELD_VERBAL_NOUNS = _words("held_verbal_nouns")
GATHERING_SIZE_ADJECTIVES = _words("gathering_size_adjectives")
GATHER_OBJECT_VERBS = _words("gather_object_verbs")
HELD_BETWEEN_VERBS = _words("held_between_verbs")
SCHEDULED_PARTICIPLES = _words("scheduled_participles")
CONTACT_ADJECTIVES = _words("contact_adjectives")
SERIES_WORDS = _words("series_words")
FIRST_OF_WORDS = _words("first_of_words")
RECEPTION_NOUNS = _words("reception_nouns")
RECEPTION_STEMS = _words("reception_stems")
HOST_WELCOME_WORDS = _words("host_welcome_words")
HOST_OWN_STATE_WORDS = _words("host_own_state_words")
RECEIVED_CRAFT = _words("received_craft")
CRAFT_ARRIVAL_VERBS = _words("craft_arrival_verbs")
CRAFT_ORDINALS = _words("craft_ordinals")
DUAL_NOUNS = _words("dual_nouns")
DUAL_SIDES = _words("dual_sides")
DUAL_NOUNS_OBLIQUE = _words("dual_nouns_oblique")
DUAL_TITLES = _words("dual_titles")
OCCASION_LIST_WORDS = _words("occasion_list_words")
HONORIFIC_OBJECTS = _words("honorific_objects")
NAME_FIRST_WORDS = _words("name_first_words")
NAME_HONORIFICS = _words("name_honorifics")
NAME_RANKS = _words("name_ranks")
NAME_OPENERS = _words("name_openers")
NAME_HONORIFIC_ABBREVIATIONS = _words("name_honorific_abbreviations")
BLESSINGS = _words("blessings")
PLACE_KINDS = _words("place_kinds")
VISIT_GATHER_VERBS = _words("visit_gather_verbs")
HAND_OVER_VERBS = _words("hand_over_verbs")
LETTER_NOUNS = _words("letter_nouns")
CO_CHAIR_VERBS = _words("co_chair_verbs")
CO_CHAIR_MARKS = _words("co_chair_marks")
COMPANION_WORDS = _words("companion_words")
THE_VISIT_WORDS = _words("the_visit_words")
TOLD_CONTACTS_NOUNS = _words("told_contacts_nouns")
INVITED_ME_VERBS = _words("invited_me_verbs")
PROGRAMME_WORDS = _words("programme_words")
INCLUSION_VERBS = _words("inclusion_verbs")
STATE_WORDS = _words("state_words")
NOT_SPEECH_BEFORE = _words("not_speech_before")
SETTLEMENT_WORDS = _words("settlement_words")
ARRIVAL_BI = _words("arrival_bi")
ATTEND_VERBS = _words("attend_verbs")
DUAL_PAST_VISIT_VERBS = _words("dual_past_visit_verbs")
ATTENDEE_LIST_OPENERS = _words("attendee_list_openers")
ATTENDEE_LIST_BREAKS = _words("attendee_list_breaks")
GATHERING_OTHER_INSTANCE = _words("gathering_other_instance")
REMOTE_LINK_WORDS = _words("remote_link_words")
REMOTE_LINK_BY = _words("remote_link_by")
REMOTE_LINK_JOINED = _words("remote_link_joined")
FORMER_WORDS = _words("former_words")
LIST_HEAD_WORD = _word("list_head_word")
LIST_HEAD_BEFORE = _words("list_head_before")
ATTEND_EVENTS = _words("attend_events")
ATTENDED_VERBS = _words("attended_verbs")
PRESS_ADJECTIVES = _words("press_adjectives")
PRESS_FILLERS = _words("press_fillers")
GATHERING_HELD_VERBS = _words("gathering_held_verbs")
INVITE_WORDS = _words("invite_words")
INVITE_NOUNS = _words("invite_nouns")
INVITE_EXTEND = _words("invite_extend")
DEMAND_VERBS = _words("demand_verbs")
DEMAND_WINDOW = _int("demand_window")
PROPOSE_VERBS = _words("propose_verbs")
CALL_VERBS = _words("call_verbs")
HELD_MASDARS = _words("held_masdars")
WHEN_WORDS = _words("when_words")
ELABORATING_WORDS = _words("elaborating_words")
CONTRAST_WORDS = _words("contrast_words")
TRIP_PARTICIPLES = _words("trip_participles")
CONDITION_WORDS = _words("condition_words")
CONDITION_CASES = _words("condition_cases")
ANSWER_WORDS = _words("answer_words")
CONTRAST_CONDITIONS = _words("contrast_conditions")
CONTRAST_ANSWERS = _words("contrast_answers")
POSSIBILITY_WORDS = _words("possibility_words")
OUTLET_NAMES = _words("outlet_names")
OUTLET_WORDS = _words("outlet_words")
INTERVIEW_MEDIA = _words("interview_media")
ARRIVAL_NOUNS = _words("arrival_nouns")
NAMED_AFTER = _words("named_after")
FOREIGN_PREMISES = _words("foreign_premises")
SICKBED_WORDS = _words("sickbed_words")
SPORT_EVENT_WORDS = _words("sport_event_words")
PILGRIMAGE_PERFORM_WORDS = _words("pilgrimage_perform_words")
PILGRIMAGE_RITES = _words("pilgrimage_rites")
HEAD_VERBS = _words("head_verbs")
GO_VERBS = _words("go_verbs")
LEAD_VERBS = _words("lead_verbs")
DELEGATION_WORDS = _words("delegation_words")
CHAIRED_WORDS = _words("chaired_words")
CHAIR_DELEGATION_NOUNS = _words("chair_delegation_nouns")
STANDING_CONTACT_BEFORE = _words("standing_contact_before")
MESSAGE_NOUNS = _words("message_nouns")
ADDRESS_WORDS = _words("address_words")
# «بها», «به»: a speech taken back after a head verb, a contact after «قام»
BI_IT_PRONOUNS = _words("bi_it_pronouns")
MESSAGE_ADJECTIVES = _words("message_adjectives")
MESSAGE_LINKS = _words("message_links")
CO_SUBJECT_VERBS = _words("co_subject_verbs")
ONWARD_VERBS = _words("onward_verbs")
TOPIC_SITUATION_NOUNS = _words("topic_situation_nouns")
TOPIC_DEAL_NOUNS = _words("topic_deal_nouns")
TOPIC_GENITIVE_NOUNS = _words("topic_genitive_nouns")
TOPIC_OBJECT_HEADS = _words("topic_object_heads")
CONFERENCE_NUMBERS = _words("conference_numbers")
VENUE_PREPOSITIONS = _words("venue_prepositions")
FROM_TOPIC_WORDS = _words("from_topic_words")
VENUE_HEAD_NOUNS = _words("venue_head_nouns")
VENUE_MARKS = _words("venue_marks")
TOPIC_MARKS = _words("topic_marks")
ENVOY_TITLES = _words("envoy_titles")
VENUE_VERBS = _words("venue_verbs")
HOST_PREMISES = _words("host_premises")
HOST_SEAT_NOUNS = _words("host_seat_nouns")
TOUR_OPENERS = _words("tour_openers")
ROUND_WORDS = _words("round_words")
ROUND_TALKS = _words("round_talks")
MET_OBJECT_VERBS = _words("met_object_verbs")
GUEST_VERBS = _words("guest_verbs")
SECOND_OBJECT_WORDS = _words("second_object_words")
# matched whole right before a verb, of any length (frames._after_proviso, _opened_clause);
# clause_openers also one token at a time elsewhere (its one-word entries)
PROVISO_WORDS = _joined_phrases("proviso_words")
CLAUSE_OPENERS = _joined_phrases("clause_openers")
LEAVING_VERBS = _words("leaving_verbs")
CARRY_OPENERS = _words("carry_openers")
FEMININE_TITLES = _words("feminine_titles")
CHRONICLE_VERBS = _words("chronicle_verbs")
CONTACT_TOPIC_VERBS = _words("contact_topic_verbs")
CONTACT_TOPIC_PARTIES = _words("contact_topic_parties")
GREETING_VERBS = _words("greeting_verbs")
GREETING_OCCASIONS = _words("greeting_occasions")
GREETING_CARRY_VERBS = _words("greeting_carry_verbs")
GREETING_NOUNS = _words("greeting_nouns")
TOUR_FILLERS = _words("tour_fillers")
NEXT_LEG = _words("next_leg_words")
PORTFOLIO_WORDS = _words("portfolio_words")
ACTING_WORDS = _words("acting_words")
STATE_FORM_NOUNS = _words("state_form_nouns")
TRIP_COMPLEMENT_NOUNS = _words("trip_complement_nouns")
PROVINCE_NOUNS = _words("province_nouns")
LIGHT_ONLY_NOUNS = _words("light_only_nouns")
CLAUSE_ONLY_NOUNS = _words("clause_only_nouns")
LIGHT_ONLY_AFTER = _words("light_only_after")
PHONE_VERB_NOUNS = _words("phone_verb_nouns")
PHONE_DEVICES = _words("phone_devices")
MEANS_WORDS = _words("means_words")
RECEIVED_NEWS = _words("received_news")
SPEAK_VERBS = _words("speak_verbs")
SPEAK_AT_WORDS = _words("speak_at_words")
SPEAK_ABOUT_WORDS = _words("speak_about_words")
SPEAK_WITH_WORDS = _words("speak_with_words")
FIGHT_WORDS = _words("fight_words")
FIGHT_WITH_STEMS = tuple(sorted(_words("fight_with_stems")))
WAR_NOUNS = _words("war_nouns")
NATIONALITY_NOUNS = _words("nationality_nouns")
PRESENCE_WORDS = _words("presence_words")
PRESENCE_NOW = _words("presence_now")
NOT_PLACE_PHRASES = _phrases("not_place_phrases")
PROSPECTIVE_VERBS = _words("prospective_verbs")
NOT_FUTURE_WORDS = _words("not_future_words")
COMING_FROM_WORDS = _words("coming_from_words")
CAME_FROM_VISIT_NOUNS = _words("came_from_visit_nouns")
CAME_FROM_AFTER = _words("came_from_after")
PRESENCE_COPULAS = _words("presence_copulas")
SUMMIT_NOUNS = _words("summit_nouns")
MULTILATERAL_QUALIFIERS = _words("multilateral_qualifiers")
SUMMIT_SESSIONS = _words("summit_sessions")
TOPIC_VERBS = _words("topic_verbs")
PRESS_ISSUE_WORDS = _words("press_issue_words")
PRESS_NOUNS = _words("press_nouns")
ISSUE_NOUNS = _words("issue_nouns")
PUBLICATION_VERBS = _words("publication_verbs")
PRESS_REPORT_VERBS = _words("press_report_verbs")


def _places(key: str) -> dict[str, str]:
    """A grammar.yaml mapping of English name -> Arabic names, as normalised name -> English."""
    places = _mapping(key)
    if not all(isinstance(names, list) and all(_plain(w) for w in names)
               for names in places.values()):
        raise ConfigError(f"config key {key}: a list of names expected under each place in "
                          f"{_GRAMMAR_PATH}")
    return {fold_spellings(normalize_arabic(str(w))): str(en)
            for en, names in places.items() for w in names}


VISIT_REGIONS = _places("visit_regions")
VISIT_REGION_ADJECTIVES = _places("visit_region_adjectives")
# «له», «لها» ...: a visit noun's visitor before its region, a reception's guest
LI_PRONOUNS = _words("li_pronouns")
INTENTION_VERBS = _words("intention_verbs")
TOPIC_TALK_HEADS = _words("topic_talk_heads")
TOPIC_TALK_SPANS = _words("topic_talk_spans") | SPAN_NOUNS
TOPIC_TALK_WINDOW = _int("topic_talk_window")
TOPIC_TALK_LASTING = _words("topic_talk_lasting")
TALKS_PHASE = _words("talks_phase")
TALKS_PHASE_GAP = _words("talks_phase_gap")
TALKS_PHASE_NOUNS = _words("talks_phase_nouns")
TALKS_SITTING_ADJECTIVES = _words("talks_sitting_adjectives")
TIMES_OF_DAY = _words("times_of_day")
OWNER_NOT_AFTER = _words("owner_not_after")


def bare_forms(word: str) -> tuple[str, ...]:
    """The word and the word less a proclitic of one or two letters (و، ف، ب، ل، ك، وب، ول ...),
    with the article's alif back after «ل» («وللشعب» -> «للشعب», «الشعب» ...)."""
    forms = [word]
    for n in (1, 2):
        head, rest = word[:n], word[n:]
        if len(rest) > 1 and all(c in "وفبلك" for c in head):
            forms.append(rest)
            if head.endswith("ل") and rest.startswith("ل"):
                forms.append("ا" + rest)
    return tuple(forms)
# the word lists of triggers.py
PURPOSE_NOUNS = _words("purpose_nouns")
REGIONS_BEFORE = _words("regions_before")
SEQUENCE_WORDS = _words("sequence_words")
NEXT_IN_LIST = _phrases("next_in_list")
SPEAK_IN_IT = _words("speak_in_it")
RECEIVE_STEMS = _stems("receive_stems")
CANCEL_NOUNS = _words("cancel_nouns")
CUE_SUBORDINATORS = _words("cue_subordinators")
FRAME_PREPOSITIONS = _words("frame_prepositions")
SHORT_FUTURES = _words("short_futures")
WAS_WORDS = _words("was_words")
PARTY_LINKS = _words("party_links")
FRAME_TITLES = _words("frame_titles")
DEMONSTRATIVES = _words("demonstratives")
PAST_CLAUSE_WORDS = _words("past_clause_words")
SUBJUNCTIVE_PARTICLES = _words("subjunctive_particles")
ALSO_WORDS = _words("also_words")
TIME_ADVERB_WORDS = _words("time_adverb_words")
INTERVIEW_THAT = _words("interview_that")
INTERVIEW_BY_PAPER = _words("interview_by_paper")
INTERVIEW_IN = _words("interview_in")
SPEAKER_THAT = _words("speaker_that")
WISH_FILLERS = _words("wish_fillers")
RUMOUR_HEADS = _words("rumour_heads")
RUMOUR_VERBS = _words("rumour_verbs")
RUMOUR_LINKS = _words("rumour_links")
CONFIRM_VERBS = _words("confirm_verbs")
CONFIRM_STOPS = _words("confirm_stops")
OWN_PARTIES_NEAR = _words("own_parties_near")
OWN_PARTIES_AFTER = _words("own_parties_after")
FILLED_NOUNS = _words("filled_nouns")
VISITOR_ORDINALS = _words("visitor_ordinals")
ORDINAL_NOT_A_VISITOR = _words("ordinal_not_a_visitor")
BECOMES_WORDS = _words("becomes_words")
BEGINS_WORDS = _words("begins_words")
# the word lists of frames.py
OCCASION_AT = _words("occasion_at")
DURING_PRONOUNS = _words("during_pronouns")
THAT_WORDS = _words("that_words")
TO_WORDS = _words("to_words")
IN_WORDS = _words("in_words")
TOPIC_LINKS = _words("topic_links")
DEAL_LINKS = _words("deal_links")
WHICH_WORDS = _words("which_words")
FROM_WORDS = _words("from_words")
WHERE_WORDS = _words("where_words")
HE_IS_WORDS = _words("he_is_words")
SPOKESMAN_TITLE_NEXT = _words("spokesman_title_next")
SPOKESMAN_THAT = _words("spokesman_that")
STATE_SUBJECT_NOT_AFTER = _words("state_subject_not_after")
IN_TITLE_WORDS = _words("in_title_words")
AGREEMENT_NOUNS = _words("agreement_nouns")
FOLLOWING_WORDS = _words("following_words")
TALKS_END_WORDS = _words("talks_end_words")
PRECEDING_WORDS = _words("preceding_words")
ARRIVAL_OPENERS = _words("arrival_openers")
AFTER_CONTACT_WORDS = _words("after_contact_words")
MAA_PRONOUNS = _words("maa_pronouns")
BI_PRONOUNS = _words("bi_pronouns")
SUBJECT_BARRED = _words("subject_barred")
QUANTIFIERS = _words("quantifiers")
GATHERING_SIDES = _numbers("gathering_sides")
COORDINATORS = _words("coordinators")
DATE_FILLERS = _words("date_fillers")
THIS_FEMININE = _words("this_feminine")
OWNER_GAP = _words("owner_gap")
WITH_PRONOUNS = _words("with_pronouns")
CURRENT_TOUR = _words("current_tour")
WITHIN_VISIT = _words("within_visit")
FRONTED_DURING = _words("fronted_during")
OCCASION_PREPOSITIONS = _words("occasion_prepositions")
# the word lists of extract.py
TITLE_TRAILER = _phrase("title_trailer")
# raw-text headings of a columnist's list of his other articles (matched before normalising)
OTHER_ARTICLES = tuple(str(w) for w in _list("other_articles"))
KICKER_AFTER = _words("kicker_after")
ATTEND_OPENERS = _words("attend_openers")
POSTPONED_TO = _words("postponed_to")
THIS_WORDS = _words("this_words")
LATER_WORDS = _words("later_words")
REALM_OFFICES = _phrases("realm_offices")
WITH_WORDS = _words("with_words")
ALONG_WITH_WORDS = _words("along_with_words")
# as written: the aside's pattern is matched in the raw text
SOURCE_ASIDE_OPENERS = tuple(str(w) for w in _list("source_aside_openers"))
CO_JOINERS = _words("co_joiners")
MEMBER_WORDS = _words("member_words")
SEVERAL_SIDES_STEMS = _stems("several_sides_stems")
MEETING_NOUNS = _words("meeting_nouns")
ARRIVAL_STEMS = _stems("arrival_stems")
GROUP_OPENERS = _words("group_openers")
VISIT_STEMS = _stems("visit_stems")
ANNIVERSARY_WORDS = _words("anniversary_words")
RECENTLY_WORDS = _words("recently_words")
SPAN_SIGNS = _labelled("span_signs", ("past", "planned"))
SPAN_TRAILERS = _words("span_trailers")
TWO_DAYS = _words("two_days")
FIRST_ONES = _words("first_ones")
RESULTS_PREPOSITIONS = _words("results_prepositions")
# the word lists of mentions.py
NAME_PREPOSITIONS = _words("name_prepositions")
COUNCIL_WORDS = _words("council_words")
DUAL_HEAD_TITLES = _words("dual_head_titles")
GIVEN_MADDA = _words("given_madda")
COMPOUND_OPENERS = _words("compound_openers")
CONSTRUCT_HEADS = _words("construct_heads")
ANY_WORDS = _words("any_words")
DELEGATION_RELATIVES = _words("delegation_relatives")
REPRESENTATIVES = _words("representatives")
ATTACHED_WORDS = _words("attached_words")
COMPOSED_WORDS = _words("composed_words")
STATE_MEMBERS = _words("state_members")
BARE_GOVERNMENTS = _words("bare_governments")
STATE_NOUNS = _words("state_nouns")
MULLAHS_WORDS = _words("mullahs_words")
PRINCIPAL_OF = _words("principal_of")
HEAD_WORDS = _words("head_words")
HEAD_QUALIFIERS = _words("head_qualifiers")
AFTER_OFFICIAL = _words("after_official")
PRINCE_TITLES = _words("prince_titles")
CABINET_SEAT = _phrase("cabinet_seat")
PLURAL_REPRESENTATIVES = _words("plural_representatives")
MINISTER_WORDS = _words("minister_words")
MINISTER_HEADS = _words("minister_heads")
GOVERNMENT_NOUNS = _words("government_nouns")
UNDERSECRETARY_TITLES = _words("undersecretary_titles")
REPRESENTATIVE_WORDS = _words("representative_words")
PRINCIPAL_ENVOY_TITLES = _words("principal_envoy_titles")
CROWN_PRINCE_TITLES = _words("crown_prince_titles")
CROWN_TITLES = _words("crown_titles")
OFFICE_NOUNS = _words("office_nouns")
INSTITUTION_LINKS = _words("institution_links")
BARE_MINISTER = _words("bare_minister")
NOT_FAMILY = _words("not_family")
PROVINCE_WORDS = _words("province_words")
MINISTER_TITLE_WORDS = _words("minister_title_words")
HELP_BEFORE = _words("help_before")
ENVOY_WORDS = _words("envoy_words")
# the word lists of dates.py
WEEKDAYS = _numbers("weekdays")
PAST_WORDS = _words("past_words")
NEXT_WORDS = _words("next_words")
CURRENT_WORDS = _words("current_words")
NOT_WEEKDAY_BEFORE = _words("not_weekday_before")
REPORTED_CLAUSE_OPENERS = _words("reported_clause_openers")
TIME_BEFORE_AN = _words("time_before_an")
TIME_PREPOSITIONS = _words("time_prepositions")
OFFSET_SIGNS = _numbers("offset_signs")
DAY_COUNTS = _numbers("day_counts")
FROM_ANOTHER = _words("from_another")
FEW_WORDS = _words("few_words")
FEW_AFTER_WORDS = _words("few_after_words")
YEAR_WORDS = _words("year_words")
YEAR_DUALS = _numbers("year_duals")
YEAR_COUNTS = _numbers("year_counts")
DAY_PARTS = _words("day_parts")
FIRST_WORDS = _words("first_words")
DATE_OPENING_WORDS = _words("date_opening_words")
WEEK_WORD = _word("week_word")
THIS_WEEK_WORD = _word("this_week_word")
WEEK_PAST_LINK = _word("week_past_link")
WEEK_NOUN_GAP = _words("week_noun_gap")


def _weekday_numbers(key: str) -> tuple[int, ...]:
    """The weekday numbers (date.weekday()) of grammar.yaml's weekday names under `key`; a
    ConfigError naming the key when a name is not one of `weekdays`."""
    names = _ordered(key)
    if not all(n in WEEKDAYS for n in names):
        raise ConfigError(f"config key {key}: names of weekdays expected in {_GRAMMAR_PATH}")
    return tuple(WEEKDAYS[n] for n in names)


WEEK_STARTS = _weekday_numbers("week_starts")
# the word lists of whose.py
NON_STATE_PERSONS = _words("non_state_persons")
OF_BUSINESS_WORDS = _words("of_business_words")
BUSINESS_WORDS = _words("business_words")
OWNER_SETTING = _words("owner_setting")
NOT_SUBJECT_WORDS = _words("not_subject_words")
VSO_GAP_WORDS = _words("vso_gap_words")
FRONTED_DAY_PART_BEFORE = _words("fronted_day_part_before")
# the word lists of blocs.py
NOT_PARTY_BEFORE = _words("not_party_before")
BLOC_LISTING_WORDS = _words("bloc_listing_words")
STATES_WORDS = _words("states_words")
BLOC_DAY_WORDS = _words("bloc_day_words")
# the word lists of regions.py
REGION_PREPOSITIONS = _words("region_prepositions")
# the word lists of gazetteer.py
FATHER_LINKS = _words("father_links")
NEGATION_FILLERS = _words("negation_fillers")
INTERVIEW_SKIP = _words("interview_skip")
BEGIN_LATER = _words("begin_later")
NO_NAME_WORDS = _words("no_name_words")
OCCASION_TIMES = _words("occasion_times")
BY_OCCASION = _words("by_occasion")
MEMBERS_AFTER = _words("members_after")
DURING_WORDS = _words("during_words")
LAST_PERIOD_WORDS = _words("last_period_words")
MENTION_TIME_WORDS = _words("mention_time_words")
AFTER_OFFICE_PERIOD_WORDS = _words("after_office_period_words")
TALKS_CLOSE_WORD = _word("talks_close_word")
NOT_SIDES_WORD = _word("not_sides_word")
FUTURE_NOUN = _word("future_noun")
SEAT_NOUN = _word("seat_noun")
CORRESPONDING_WORD = _word("corresponding_word")
DAYS_PLURAL = _word("days_plural")
ONLY_WORD = _word("only_word")
REGION_ADJECTIVE = _word("region_adjective")
IN_CHARGE_OF_FOREIGN = _word("in_charge_of_foreign")
GOVERNOR_WORD = _word("governor_word")
HELP_NOUN = _word("help_noun")
