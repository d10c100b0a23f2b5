"""Trigger words (met, called, visited, talks ...) and the status cues around them.

Pure functions over a mentions.Sentence; the words are in configs/lexicons/events/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.events import words
from pipeline.events.blocs import place_len, topic_noun
from pipeline.events.dates import (
    CLAUSE_OPENERS,
    TIME_BEFORE_AN,
    WEEKDAYS,
    month_name_at,
    week_at,
)
from pipeline.events.gazetteer import (
    FATHER_LINKS,
    load_gazetteer,
    load_lexicon,
    name_words,
    next_stop,
)
from pipeline.events.mentions import Sentence
from pipeline.events.summons import summoned, summons_word
from pipeline.events.words import (
    ADDRESS_WORDS,
    AHEAD_UNITS,
    AHEAD_WORDS,
    ANSWER_WORDS,
    ATTEND_VERBS,
    BI_IT_PRONOUNS,
    CALL_VERBS,
    CLAUSE_ONLY_NOUNS,
    CONDITION_CASES,
    CONDITION_WORDS,
    CONTACT_DOERS,
    CONTINUATION,
    CONTRAST_ANSWERS,
    CONTRAST_CONDITIONS,
    DELEGATION_WORDS,
    DEMAND_VERBS,
    DEMAND_WINDOW,
    DUAL_NOUNS,
    GATHER_VERBS,
    GATHERED_VERBS,
    GATHERING_SIZE_ADJECTIVES,
    GO_VERBS,
    HEAD_VERBS,
    HELD_MASDARS,
    HELD_PAST_VERBS,
    INTERVIEW_MEDIA,
    INVITE_EXTEND,
    INVITE_NOUNS,
    LEAD_VERBS,
    LIGHT_ONLY_AFTER,
    LIGHT_ONLY_NOUNS,
    MASDAR_GOVERNORS,
    MASDAR_HOLD,
    MASDAR_TO_COME_BEFORE,
    MEANS_WORDS,
    MULTILATERAL_QUALIFIERS,
    NEGATED_HOLDING_VERBS,
    NEGATED_OCCURRENCE_VERBS,
    NEGATED_PLAN_WORDS,
    NEGATION_PARTICLES,
    NOT_YET_WORDS,
    OCCURRENCE_LINKS,
    OUTCOME_VERBS,
    OUTLET_NAMES,
    OUTLET_WORDS,
    PAST_CLAUSE_VERBS,
    PAST_WORDS,
    PERIPHRASTIC_OCCURRENCE_VERBS,
    PHONE_CUES,
    PHONE_DEVICES,
    PHONE_VERB_NOUNS,
    POSSIBILITY_WORDS,
    PROGRAMME_SUBJECTS,
    PROPOSE_VERBS,
    PROSPECTIVE_VERBS,
    RECEIVED_NEWS,
    RECENTLY_WORDS,
    RELATIVE,
    RELATIVE_LINKS,
    ROUND_TALKS,
    ROUND_WORDS,
    SINCE_FIRST_WORDS,
    SINCE_QUALIFIERS,
    SINCE_SPAN_FILLERS,
    SINCE_SPANS,
    SPAN_AGO_UNITS,
    SPEAK_ABOUT_WORDS,
    SPEAK_AT_WORDS,
    SPEAK_VERBS,
    SPEAK_WITH_WORDS,
    SPEECH_VERBS,
    STANDING_CONTACT_BEFORE,
    STATEMENT_NOUNS,
    STOP_WORDS,
    SUMMIT_NOUNS,
    SUMMIT_SESSIONS,
    TOPIC_VERBS,
    TOUR_INCLUDES,
    TRIP_HEAD_VERBS,
    TRIP_PARTICIPLES,
    TRIP_VERBS,
    VENUE_VERBS,
    VISIT_CLOSING_VERBS,
    WEEK_PAST_LINK,
    WEEK_WORD,
    cue_words,
    in_words,
    without_conjunction,
)
from pipeline.events.words import NOT_FUTURE_WORDS as _NOT_FUTURE
from pipeline.text.normalize import strip_marks

# ----------------------------------------------------------------------------- triggers/status

# ل + a definite contact noun written as one word («للاجتماع» = ل + الاجتماع): a purpose
# clause like «للقاء», though no clitic is split off
PURPOSE_NOUNS = words.PURPOSE_NOUNS
TRIP_REACH = 12  # words from an arrival verb to the purpose clause it governs
# kinds whose past verbs are written as their verbal nouns («لبحث الأزمة مع», «للتفاوض»,
# «لتوسط»): after ل they are a purpose clause, a contact still to read
_MASDAR_LETTER_KINDS = frozenset({"DISCUSS", "NEGOTIATE", "MEDIATE"})

@dataclass
class Trigger:
    i: int
    j: int
    etype: str
    tense: str  # past | present | noun
    adverb: bool = False  # an adverb (هاتفيا) that types the verb before it
    purpose: bool = False  # ل + noun: a purpose clause («توجه إلى برلين للقاء ميركل»)
    # a verb with an object pronoun («استقبله الرئيس»): its object is named before it
    obj_pronoun: bool = False
    clitic: str = ""  # the proclitics split off the word («بقمة»: ب)



def find_triggers(sent: Sentence) -> tuple[list[Trigger], list[tuple[int, str]], list]:
    """(triggers, light verbs, status cues) of a sentence, computed once per sentence."""
    if sent.found is None:
        sent.found = _find_triggers(sent)
    return sent.found


def _find_triggers(sent: Sentence) -> tuple[list[Trigger], list[tuple[int, str]], list]:
    lex = load_lexicon()
    names = name_words()
    norms = sent.norms
    occupied = sent.actor_toks()
    triggers, lights, cues = [], [], []
    # the scans look only where a word of the lexicon may begin (`Gazetteer.starts`)
    stops = lex.triggers.starts(norms)
    i = stops[0] if stops else len(norms)
    while i < len(norms):
        n, entries, clitic = lex.triggers.match_clitic(norms, i)
        if n and (_telephone_noun(norms, i) or _receives_news(norms, i)):
            n = 0  # «عن طريق هاتف محمول»: the device, not «هاتف» (he phoned)
        if n and clitic and norms[i] in names:
            n = 0  # «الأمير فيصل»: a known name, not ف + «يصل» (arrives)
        if n and i not in occupied:
            e = next((x for x in entries if x.kind == "trigger"), entries[0])
            if e.kind == "trigger" and e.role == "past" and n == 1 and clitic.endswith("ل") \
                    and e.code not in _MASDAR_LETTER_KINDS:
                # ل does not take a past verb that reports: «ما كانت لتحدث» (would not have
                # happened: ل + the present «تحدث»), «لحل الأزمة» (to solve: ل + a verbal
                # noun), «لو ... لاتصل» (would have called): no contact told
                i += n
                continue
            # «سيتم عقد لقاء», «من المنتظر عقد اجتماع»: the past verb's letters read as its
            # verbal noun, a contact still to come (grammar.yaml masdar_to_come_before)
            to_come = (e.role == "past" and not clitic and i > 0
                       and norms[i - 1] in MASDAR_TO_COME_BEFORE)
            if e.kind == "light":
                # ل + light verb is a purpose clause (لعقد قمة، لإجراء محادثات): no tense;
                # nor has the verbal noun a word governs («أعلن عن عقد اجتماع»)
                purpose = clitic.endswith("ل") or e.role == "masdar" or _governed_masdar(
                    norms, i, e.role, clitic)
                lights.append((i, "purpose" if purpose else "present" if to_come else e.role))
            else:
                tense = "present" if to_come else e.role
                # «إمكان عقد لقاء»: the verbal noun of «عقد لقاء», no tense of its own
                governed = _governed_masdar(norms, i, tense, clitic)
                tense = "noun" if governed else tense
                obj = tense.startswith("object_")
                tense = tense[len("object_"):] if obj else tense
                adverb = tense == "adverb"
                purpose = governed or tense == "noun" and (clitic.endswith("ل") or n == 1
                                                           and norms[i] in PURPOSE_NOUNS)
                triggers.append(Trigger(i, i + n, e.code, "noun" if adverb else tense, adverb,
                                        purpose, obj, clitic))
            i += n
            continue
        i = next_stop(stops, i)
    triggers = _talks_rounds(triggers, norms)
    sent.interview_toks = _interview_toks(sent, triggers)
    for t in triggers:
        if t.clitic.endswith("ل") and t.etype == "VISIT" \
                and norms[t.i][len(t.clitic):] in LEAD_VERBS:
            # «وصل X اليوم إلى Y ليرأس وفد المملكة»: to head it, the trip's purpose, which
            # has no tense of its own (the trip's verb tells whether it is done)
            t.tense, t.purpose = "noun", True
    triggers = [t for t in triggers if not _speaks_at(t, triggers, norms)
                and not _speaks_about(t, sent)
                and not _contact_discusses(t, triggers) and not _topic_of_speech(t, norms)
                and not _addresses_words(t, norms) and not _no_envoy_summoned(t, sent)
                and not _phone_interview(t, sent) and not _broadcast_interview(t, norms)
                and not _arrival_of_no_one(t, sent) and not _goes_nowhere(t, sent)
                and not _leads_no_delegation(t, sent)
                and _light_object(t, lights, norms, sent.toks)
                and _clause_object(t, sent)]
    triggers = [t for t in triggers if not _demanded(t, triggers, norms)
                and not _intra_state(t, sent) and not _lead_into_visit(t, triggers, sent)]
    if any(t.etype == "MEET" and t.tense == "noun" for t in triggers) \
            and any(_multilateral_at(norms, k) for k in range(len(norms))):
        triggers = [t for t in triggers if not _multilateral_summit(t, norms)]
    stops = lex.status.starts(norms)
    i = stops[0] if stops else len(norms)
    while i < len(norms):
        n, entries, clitic = lex.status.match_clitic(norms, i)
        if n and norms[i] == "اجل" and i > 0 and norms[i - 1] == "من":
            n = 0  # من أجل: "for the sake of", not "postponed"
        if n and norms[i][len(clitic):] == "ارجاء" and _regions(sent, i, clitic):
            n = 0  # «في جميع أرجاء البلاد»: "all over", not إرجاء ("postponement")
        if n and entries[0].role == "negated" and clitic not in ("", "و", "ف", "ب"):
            n = 0  # كلا من: "both", not لا (بعدم، بدون، بلا are negations)
        if n:
            cues.append((i, i + n, entries[0].role))
            i += n
        else:
            i = next_stop(stops, i)
    return triggers, lights, cues


def _governed_masdar(norms: list[str], i: int, role: str, clitic: str) -> bool:
    """Whether the past verb «عقد» (held) at i, a light verb or the first word of «عقد لقاء»,
    is read as its verbal noun «holding», governed by the word before it (grammar.yaml
    masdar_governors: «أعلن عن عقد اجتماع», «إمكان عقد لقاء»). Only «عقد»: the verbal noun of
    a verb of talking names talks going on («أكدوا عن تفاوض باكستان مع الصين»). Nor «عن»
    after a past verb of an outcome, its subject between (grammar.yaml outcome_verbs:
    «أسفرت الوساطة عن عقد لقاء»): what came of it, a contact held."""
    if not (role == "past" and not clitic and i > 0 and norms[i] in MASDAR_HOLD
            and norms[i - 1] in MASDAR_GOVERNORS):
        return False
    return norms[i - 1] != _AN or not any(in_words(norms[k], OUTCOME_VERBS, "وف")
                                           for k in range(max(0, i - 1 - OUTCOME_REACH), i - 1))


_AN = "عن"
OUTCOME_REACH = 5  # the words between an outcome verb and its «عن» (subject, a time)


def _told_held(norms: list[str], at: int) -> bool:
    """Whether the words after the holding («عقد») at token `at` tell the contact held, with no
    day of their own: a past verb of gathering right after its noun («أعلن عن عقد لقاء جمع X
    وY», grammar.yaml gathered_verbs), a past week («الأسبوع الماضي», «الأسبوع قبل
    الماضي»), a span ago («قبل أيام», span_ago_units) or «مؤخرا» (recently_words):
    «كشفت مصادر عن عقد لقاء سري ... الأسبوع الماضي» tells a contact held, not one to come
    (a past day or month dates it anyway). Only in the contact's own phrase: a word that ends
    it (grammar.yaml stop_words: «لبحث ما اتفق عليه الأسبوع الماضي», «حول», «الذي») or «ما»
    opens another thing, with a time of its own."""
    n = len(norms)
    if any(norms[k] in GATHERED_VERBS for k in range(at + 2, min(at + 5, n))):
        return True
    for k in range(at + 2, n):
        w = norms[k]
        if w in STOP_WORDS or w in _WHAT:
            return False
        if w in RECENTLY_WORDS:
            return True
        if w == "قبل" and k + 1 < n and norms[k + 1] in SPAN_AGO_UNITS:
            return True
        if w == WEEK_WORD and week_at(norms, k) and k + 1 < n and (
                norms[k + 1] in PAST_WORDS or norms[k + 1] == WEEK_PAST_LINK):
            return True
    return False


_WHAT = frozenset({"ما", "مما"})


# the words before «أرجاء» (the parts of a land, "all over it") when the text writes its alif
# without a hamza: a preposition or a word of quantity («في أرجاء», «جميع أرجاء», «مختلف
# أرجاء»); postponing, «إرجاء», follows a verb or «إلى»/«تم»/«قرار» («تقرر إرجاء الاجتماع»)
_REGIONS_BEFORE = words.REGIONS_BEFORE


# punctuation a token may open with («"أرجاء»)
_LEADING_NON_LETTERS = re.compile(r"^[\W\d_]+")


def _regions(sent: Sentence, i: int, clitic: str) -> bool:
    """Whether the word at i is «أرجاء» (the parts of a land) rather than «إرجاء»
    (postponement), which normalise alike: written with the hamza above its alif, or with a
    bare alif after a preposition or a word of quantity (_REGIONS_BEFORE). The word is read
    as written less its marks (a vowel or a tatweel after the clitic: «بـأرجاء», «بِأرجاء»)
    and the punctuation it opens with, so that the clitic's letters come first."""
    tok = sent.toks[i]
    raw = _LEADING_NON_LETTERS.sub("", strip_marks(sent.text[tok.start:tok.end]))[len(clitic):]
    if raw.startswith("أ"):
        return True
    return raw.startswith("ا") and i > 0 and sent.norms[i - 1] in _REGIONS_BEFORE


ROUND_REACH = 2  # adjectives between a round and its «من» («الجولة المباشرة الأولى من»)


def round_before(norms: list[str], i: int) -> int | None:
    """Where «جولة» (grammar.yaml `round_words`) stands in «جولة (at most ROUND_REACH
    adjectives) من» right before word i, or None."""
    if i < 2 or norms[i - 1] != "من":
        return None
    return next((k for k in range(i - 2, max(-1, i - 3 - ROUND_REACH), -1)
                 if in_words(norms[k], ROUND_WORDS, "وفبل")), None)


def _talks_rounds(triggers: list[Trigger], norms: list[str]) -> list[Trigger]:
    """Talks counted in rounds are a negotiation («الجولة الثانية من المحادثات بين الحكومة
    الأفغانية وحركة طالبان», «جولة ثانية من الاجتماعات ستعقد بين»): a one-word meeting noun of
    talks (grammar.yaml `round_talks`) after «جولة ... من» becomes NEGOTIATE, and the round
    itself (the visit noun «جولة») is no trip."""
    rounds = set()
    for t in triggers:
        if t.tense != "noun" or t.etype not in ("MEET", "NEGOTIATE"):
            continue
        k = round_before(norms, t.i)
        if k is None:
            continue
        if t.etype == "MEET":
            if t.j - t.i != 1 or not in_words(norms[t.i], ROUND_TALKS, "وفبل"):
                continue
            t.etype = "NEGOTIATE"
        rounds.add(k)
    return [t for t in triggers if not (t.etype == "VISIT" and t.i in rounds)]


def _no_envoy_summoned(trig: Trigger, sent: Sentence) -> bool:
    """Whether a summons noun (summons.py) summons no ambassador of a state: reservists,
    cars recalled, a witness, its own ambassador («استدعاء سفيرها»)."""
    return (trig.tense == "noun" and trig.j - trig.i == 1 and summons_word(sent.norms[trig.i])
            and summoned(sent, trig.i) is None)


def _arrival_of_no_one(trig: Trigger, sent: Sentence) -> bool:
    """Whether the bare arrival noun «وصول» is no arrival of an actor at a place: it is one
    only with its traveller right after it and «إلى» and the place at most ARRIVAL_TO_REACH
    words after him («من المقرر وصول وزير الخارجية الفرنسي الأربعاء إلى طهران»), not of a
    thing («للاطمئنان على وصول التمثال إلى تونس») nor with no place («عند وصول X الجمعة»:
    the place, if any, is another clause's)."""
    if trig.j - trig.i != 1 or sent.norms[trig.i][len(trig.clitic):] != "وصول":
        return False
    traveller = next((a for a in sent.actors if a.i == trig.j), None)
    if traveller is None:
        return True
    end = traveller.j
    while True:  # «وصول A وB إلى ...»: the travellers joined by و
        more = next((a for a in sent.actors if a.i == end and a.clitic == "و"), None)
        if more is None:
            break
        end = more.j
    return ("الي" not in sent.norms[end:end + ARRIVAL_TO_REACH + 1]
            and where_place(sent, trig) is None)


ARRIVAL_TO_REACH = 3  # words (a day, أمس) between an arrival's traveller and «إلى»
GO_TO_REACH = 6  # words (the traveller, a day) between a verb of going and «إلى»


def _goes_nowhere(trig: Trigger, sent: Sentence) -> bool:
    """Whether a verb of going (grammar.yaml go_verbs) goes to no place: it is a visit only
    with «إلى» at most GO_TO_REACH words after it in its clause and a place at most two words
    after that («ذهب وزير الخارجية أمس إلى موسكو», «سيذهب إلى العاصمة الفرنسية»), not as gold
    («سعر ذهب») nor as holding a view («ذهب الوزير إلى أن ...»)."""
    if trig.etype != "VISIT" or sent.norms[trig.i][len(trig.clitic):] not in GO_VERBS:
        return False
    norms = sent.norms
    starts = {p[0] for p in sent.places}
    for k in range(trig.j, min(trig.j + GO_TO_REACH + 1, len(norms))):
        if norms[k] == "الي":
            return not (starts & {k + 1, k + 2})
        if sent.toks[k].punct:
            break
    return True


LEAD_FREE = 2  # words outside any mention (an honorific, a day) between a verb of heading
# and the delegation it heads


def led_delegation(trig: Trigger, sent: Sentence) -> int | None:
    """The token of the delegation (grammar.yaml delegation_words) a verb of heading (lead_verbs)
    heads: right after the verb, or after its subject's mention and at most LEAD_FREE other
    words («يترأس الدكتور إبراهيم العساف وزير المالية، وفد المملكة»); None for a verb of
    heading with no delegation after it, or for another word («على رأس»)."""
    norms = sent.norms
    if trig.etype != "VISIT" or norms[trig.i][len(trig.clitic):] not in LEAD_VERBS:
        return None
    if trig.i > 0 and norms[trig.i - 1] == "علي":
        return None
    inside = sent.actor_toks()
    free = 0
    for k in range(trig.j, len(norms)):
        if norms[k] in DELEGATION_WORDS:
            return k
        if k in inside:
            continue
        free += 1
        if free > LEAD_FREE:
            return None
    return None


LEAD_VISIT_REACH = 3  # words from a headed delegation to a visit noun that tells its trip


def _lead_into_visit(trig: Trigger, triggers: list[Trigger], sent: Sentence) -> bool:
    """Whether a verb of heading a delegation is followed by the visit noun that tells the
    trip itself («يترأس وفدا حكوميا في زيارة إلى المغرب»): the noun tells it, not the verb."""
    k = led_delegation(trig, sent)
    return k is not None and any(
        t.etype == "VISIT" and t.tense == "noun" and k < t.i <= k + LEAD_VISIT_REACH + 2
        for t in triggers)


def _leads_no_delegation(trig: Trigger, sent: Sentence) -> bool:
    """Whether a verb of heading (grammar.yaml lead_verbs) heads no delegation: «ترأس
    الاجتماع» chairs a meeting where he is, «على رأس» is a noun (led_delegation)."""
    return (trig.etype == "VISIT" and sent.norms[trig.i][len(trig.clitic):] in LEAD_VERBS
            and led_delegation(trig, sent) is None)


WHERE_PLACE_REACH = 5  # words at most from a place to «حيث», and from «حيث» to the visit word


def where_place(sent: Sentence, trig: Trigger) -> int | None:
    """The first token of the place a visit word is set in by «حيث» (where): the clause
    «حيث» opens a few words after a place («... إلى طهران مساء الاثنين حيث من المقرر وصول
    وزير الخارجية الفرنسي»), the word in it with no actor and no punctuation between «حيث»
    and it (its traveller is named after it). None when no such place."""
    norms = sent.norms
    k = next((k for k in range(trig.i - 1, max(-1, trig.i - WHERE_PLACE_REACH - 1), -1)
              if norms[k] == "حيث"), None)
    if k is None or any(k < a.j and a.i < trig.i for a in sent.actors) \
            or any(sent.toks[m].punct for m in range(k, trig.i)):
        return None
    return next((p[0] for p in reversed(sent.places) if k - WHERE_PLACE_REACH <= p[0] < k), None)


# «لقاء جمعه بنظيره», «الاجتماع الذي جمعهما»: the past verb of a clause on a contact noun
_BROUGHT_TOGETHER = frozenset(
    ("جمع" + t + p) for t in ("", "ت") for p in ("", "ه", "ها", "هما", "هم", "ني", "نا"))


def brought_together(norms: list[str], j: int) -> bool:
    """Whether a contact noun ending at j is followed by «جمعه / جمعتهما» (the relative
    pronoun may stand between): a clause in the past that tells the contact as held."""
    k = j + 1 if j < len(norms) and norms[j] in RELATIVE else j
    return k < len(norms) and norms[k] in _BROUGHT_TOGETHER


def _clause_object(trig: Trigger, sent: Sentence) -> bool:
    """Whether a trigger that is a contact only with a clause of gathering after it
    (grammar.yaml `clause_only_nouns`: the bare definite «الاجتماع», most often the meeting
    the text already told or a body's session) has one: «خلال الاجتماع الذي جمعه بنظيره»,
    «الاجتماع الذي جمعهما» name the meeting's own parties, and so does a relative clause of
    holding it that names its other side (_held_with). Other triggers pass."""
    norms = sent.norms
    if trig.j - trig.i != 1 or not in_words(norms[trig.i], CLAUSE_ONLY_NOUNS, "وفبل"):
        return True
    return brought_together(norms, trig.j) or _held_with(sent, trig.j)


HELD_WITH_REACH = 12  # words from the relative verb to «مع» (its doer, his titles, a day)
HELD_BETWEEN_REACH = 4  # words from the relative verb to «بين» (a day, a place)


def _held_with(sent: Sentence, j: int) -> bool:
    """Whether the words at j are a relative clause of holding a meeting that names its other
    side: a verb with the noun's pronoun and its doer (grammar.yaml `contact_doers`), then
    «مع» («الاجتماع الذي عقده الرئيس أمس مع نظيره»), or a verb of its taking place
    (`held_past_verbs`), then «بين» («الاجتماع الذي عقد بين الرئيس وولي العهد»), with no
    punctuation before it and only the doer, a day and a place between (_held_filler: the
    «مع» of a phrase of its own is not the meeting's, «الاجتماع الذي عقده الرئيس لبحث الشراكة
    مع الاتحاد الأوروبي»)."""
    norms, toks = sent.norms, sent.toks
    if j + 1 >= len(norms) or norms[j] not in RELATIVE or toks[j].punct:
        return False
    verb = norms[j + 1]
    marks, reach = ((("مع", "ومع"), HELD_WITH_REACH) if verb in CONTACT_DOERS
                    else (("بين",), HELD_BETWEEN_REACH) if verb in HELD_PAST_VERBS
                    else ((), 0))
    if not marks or toks[j + 1].punct:
        return False
    named = sent.actor_toks()
    k, end = j + 2, min(j + 2 + reach, len(norms))
    while k < end:
        if norms[k] in marks:
            return True
        step = _held_filler(norms, k, named)
        if not step or toks[k + step - 1].punct:
            return False
        k += step
    return False


def _held_filler(norms: list[str], k: int, named: set) -> int:
    """How many words at k a clause of holding may hold before the meeting's «مع»/«بين»: an
    actor's (its doer), a time word's or «مؤخرا»'s (grammar.yaml `recently_words`), a place's
    with its «في» or clitic. 0 for any other."""
    if k in named or _time_word(norms, k) or norms[k] in RECENTLY_WORDS:
        return 1
    gaz = load_gazetteer()
    if norms[k] in ("في", "وفي") and k + 1 < len(norms):
        n = gaz.match(norms, k + 1)[0]
        return n + 1 if n else 0
    return gaz.match(norms, k)[0]


LIGHT_OBJECT_REACH = 8  # words from a light verb to the bare noun it takes (its subject between)
LIGHT_WITH_REACH = 2  # words (an adjective, an adverb) between such a noun and «مع»


def _light_object(trig: Trigger, lights, norms: list[str], toks: list) -> bool:
    """Whether a trigger that is a contact only as a light verb's object (grammar.yaml
    `light_only_nouns`) has one: a past or present light verb at most LIGHT_OBJECT_REACH words
    before it and من/مع right after it («تلقى الوزير الاتصالات من نظيره»), or «مع» after at
    most LIGHT_WITH_REACH words with no punctuation between («سيعقد اجتماعات أيضا مع الأمير»,
    «عقد اجتماعات مكثفة مع الوفد»; not «من», which opens «من خلالها»). Other triggers
    pass."""
    if trig.j - trig.i != 1 or trig.etype == "NEGOTIATE" \
            or not in_words(norms[trig.i], LIGHT_ONLY_NOUNS, "وفبل"):
        return True  # a round of meetings (_talks_rounds) needs no light verb
    after = trig.j < len(norms) and norms[trig.j] in LIGHT_ONLY_AFTER or any(
        norms[k] == "مع" and not any(toks[m].punct for m in range(trig.i, k))
        for k in range(trig.j + 1, min(trig.j + 1 + LIGHT_WITH_REACH, len(norms))))
    return after and any(0 < trig.i - k <= LIGHT_OBJECT_REACH and tense in ("past", "present")
                         for k, tense in lights)


def _trip_verb(norms: list[str], k: int) -> bool:
    """Whether the word at k is a past verb of arrival (grammar.yaml `trip_verbs`), with or
    without و/ف."""
    if in_words(norms[k], TRIP_VERBS, "وف"):
        return True
    # a verb of setting out, bare and not after a word of sequence (grammar.yaml
    # trip_head_verbs): «ثم توجه إلى الجزائر للقاء الرئيس» tells a contact held
    return norms[k] in TRIP_HEAD_VERBS and not (k and norms[k - 1] in _SEQUENCE_WORDS)


_SEQUENCE_WORDS = words.SEQUENCE_WORDS


def _contact_discusses(trig: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a discuss verb has a contact noun right after it for its subject («وتناول
    اللقاء ... ملفات المنطقة», «وبحث الاجتماع ...»: the meeting took the matters up): the
    noun is the contact, the verb tells what it was about."""
    return (trig.etype == "DISCUSS" and trig.tense != "noun"
            and any(u.tense == "noun" and u.i == trig.j for u in triggers))


def speak_verb(word: str) -> bool:
    """Whether a (normalised) word is a verb of speaking («تحدث», «وتحدث»: grammar.yaml
    speak_verbs, after و or ف), which a call is read from only with someone spoken with."""
    return in_words(word, SPEAK_VERBS, "وف")


SPEAK_AT_WINDOW = 5  # words from «تحدث» to the gathering it speaks at
SPEAK_BACK_WINDOW = 8  # words from a contact noun to the «تحدث فيها» that takes it up
_SPEAK_IN_IT = words.SPEAK_IN_IT


def _speaks_at(trig: Trigger, triggers: list[Trigger], norms: list[str]) -> bool:
    """Whether a «تحدث» call verb speaks at a gathering named right after it (في/خلال + a
    contact noun of another type: «تحدث الوزير خلال مؤتمر صحفي مع نظيره»): the gathering is
    the contact, the verb is his speech there."""
    if trig.etype != "CALL" or trig.tense == "noun" or not speak_verb(norms[trig.i]):
        return False
    if trig.j < len(norms) and norms[trig.j] in _SPEAK_IN_IT:
        # «المباحثات ...، كانت مثمرة، تحدث فيها الرئيس X مع الرئيس Y»: the pronoun takes up
        # the contact told just before; he spoke in it, no call of its own
        return any(u.tense == "noun" and u.etype != "CALL" and 0 < trig.i - u.j
                   <= SPEAK_BACK_WINDOW for u in triggers)
    return any(u.tense == "noun" and u.etype != "CALL" and 0 < u.i - trig.j <= SPEAK_AT_WINDOW
               and any(norms[k] in SPEAK_AT_WORDS for k in range(max(trig.j, u.i - 2), u.i))
               for u in triggers)


SPEAK_ABOUT_WINDOW = 6  # words from «تحدث» to its «عن» (its subject's name between)


def _speaks_about(trig: Trigger, sent: Sentence) -> bool:
    """Whether a «تحدث» call verb speaks about something before it names anyone spoken with
    («وتحدث تسيبراس عن احتمال عقد مؤتمر»): the first of grammar.yaml `speak_about_words` and
    `speak_with_words` after it, within a few words and no punctuation, is an about-word, and
    the verb has one subject (two, or a dual, talked with each other)."""
    norms = sent.norms
    if trig.etype != "CALL" or trig.tense == "noun" or not speak_verb(norms[trig.i]):
        return False
    for k in range(trig.j, min(trig.j + SPEAK_ABOUT_WINDOW, len(norms))):
        if norms[k] in SPEAK_WITH_WORDS:
            return False
        if norms[k] in SPEAK_ABOUT_WORDS:
            # two subjects, or a dual one, spoke to each other («وتحدث أوباما وبوتين عن»)
            subjects = sum(trig.j <= a.i < k for a in sent.actors)
            return subjects < 2 and not any(t.startswith("ال") and t.endswith("ان")
                                            for t in norms[trig.j:k])
        if sent.toks[k].punct:
            return False
    return False


def _addresses_words(trig: Trigger, norms: list[str]) -> bool:
    """Whether a head verb addresses words rather than travels: the speech right after it
    («توجه برسالة إلى الشعب», «متوجهة بخطاب إلى الحكومة») or a pronoun taking up a speech
    named before it («في كلمة توجهت بها إلى البرلمان», «الخطاب الذي يتوجه به إلى»)."""
    if trig.etype != "VISIT" or trig.j >= len(norms):
        return False
    nxt = norms[trig.j]
    if nxt not in BI_IT_PRONOUNS and nxt not in ADDRESS_WORDS:
        return False
    word = without_conjunction(norms[trig.i])
    return in_words(word, HEAD_VERBS, "س")


def _demanded(trig: Trigger, triggers: list[Trigger], norms: list[str]) -> bool:
    """Whether a contact noun is what a demand asks for («طالب الرئيس هادي المبعوث الأممي
    ... إلى زيارة عدن», «طالب X الإطار القيادي ... للاجتماع فورا»): the noun after ل or
    إلى, a demand verb (grammar.yaml `demand_verbs`) within `demand_window` words before it
    and no other trigger between. A one-sided call, not a contact (an invitation, دعا, is
    read elsewhere as a planned visit with its host)."""
    if trig.tense != "noun" or trig.i < 1:
        return False
    # «بعقد قمة», «إلى عقد اجتماع», «اقترح عقد قمة»: a verbal noun of holding governs it
    # (grammar.yaml `held_masdars`); «بقمة», «بلقاء» (طالب بـ) is governed by ب itself
    gov = trig.i - 1 if trig.i > 1 and norms[trig.i - 1] in HELD_MASDARS else trig.i
    word = norms[gov]
    held = gov < trig.i
    marked = (trig.purpose and word.startswith("ل") or norms[gov - 1] == "الي"
              or (word[:1] in ("ب", "ل") and word[1:] in HELD_MASDARS if held
                  else trig.clitic[-1:] == "ب"))
    if not marked and not held:
        return False
    for k in range(gov - 1, max(-1, gov - DEMAND_WINDOW - 1), -1):
        if any(t.i <= k < t.j for t in triggers):
            return False
        if in_words(norms[k], DEMAND_VERBS, "وف"):
            return marked
        if in_words(norms[k], PROPOSE_VERBS, "وف"):
            return True  # «اقترح على X عقد قمة»: the verbal noun its object
        if in_words(norms[k], CALL_VERBS, "وف"):
            return marked and trig.etype != "VISIT"  # «دعا X لزيارة»: an invitation
    return False


def _intra_state(trig: Trigger, sent: Sentence) -> bool:
    """Whether a contact noun is qualified by one nationality adjective twice («اجتماع ليبي
    ليبي», «حوار ليبي - ليبي»): a meeting among one state's own sides, no contact between
    states (it must not take a state from another contact of the sentence)."""
    if trig.tense != "noun":
        return False
    adjs = {k: code for k, code, _definite in sent.adjs}
    k = trig.j
    if k not in adjs:
        return False
    nxt = k + 1
    if nxt < len(sent.toks) and sent.toks[nxt].punct and sent.norms[nxt] in ("-", "–"):
        nxt += 1
    return adjs.get(nxt) == adjs[k]


def _topic_of_speech(trig: Trigger, norms: list[str]) -> bool:
    """Whether a contact noun is what a verb of concerning governs («فيما يتعلق بمحادثات
    الملف النووي مع دول 5+1», «في ما يخص المفاوضات»): the topic of a statement, not a
    contact it reports."""
    if trig.tense != "noun" or trig.i < 1 or not in_words(norms[trig.i - 1], TOPIC_VERBS, "و"):
        return False
    word = norms[trig.i]
    return word.startswith("ب") or norms[trig.i - 1].endswith("خص")


def _summit_noun(word: str) -> bool:
    return in_words(word, SUMMIT_NOUNS, "وفلب") or word.startswith("لل") \
        and "ال" + word[2:] in SUMMIT_NOUNS  # للقمة = ل + القمة


def _multilateral_at(norms: list[str], k: int) -> bool:
    """Whether the word at k is a summit noun qualified as a gathering of many («القمة
    العربية», «قمة قادة دول المجلس»; grammar.yaml `multilateral_qualifiers`)."""
    return (k + 1 < len(norms) and norms[k + 1] in MULTILATERAL_QUALIFIERS
            and _summit_noun(norms[k]))


def _multilateral_summit(trig: Trigger, norms: list[str]) -> bool:
    """Whether a MEET trigger, in a sentence that names a summit of many, is that summit or
    its session: the summit noun qualified as one («في القمة الإسلامية الأمريكية»), the
    definite summit noun (القمة: the one named), or a session noun in construct with it
    («خروجه من اجتماع القمة»). An indefinite summit the text does not qualify so («عقد قمة
    ثنائية مع ...») is its own meeting of two."""
    if trig.etype != "MEET" or trig.tense != "noun":
        return False
    word = norms[trig.i]
    if _summit_noun(word):
        return _multilateral_at(norms, trig.i) or "ال" in word[:4]
    return (trig.j - trig.i == 1 and in_words(word, SUMMIT_SESSIONS, "وفلب")
            and trig.j < len(norms) and _summit_noun(norms[trig.j])
            and "ال" in norms[trig.j][:4])


RECEIVED_NEWS_SPAN = 3  # words after a receive verb searched for news (its subject between)
_RECEIVE_STEMS = words.RECEIVE_STEMS


def _receives_news(norms: list[str], i: int) -> bool:
    """Whether the receive verb at i receives news, not a visitor («استقبل اليونانيون نبأ
    الاتفاق», «استقبلت الأسواق قرار البنك»)."""
    tok = without_conjunction(norms[i])
    return tok.startswith(_RECEIVE_STEMS) and any(
        w in RECEIVED_NEWS for w in norms[i + 1:i + 1 + RECEIVED_NEWS_SPAN])


def _telephone_noun(norms: list[str], i: int) -> bool:
    """Whether «هاتف» at i is the noun (a telephone), not the verb (he phoned): a device word
    after it (هاتف محمول) or a word of means before it (عن طريق هاتف، عبر هاتفه)."""
    tok = norms[i][1:] if norms[i][:1] in ("و", "ف", "ب") else norms[i]
    if tok not in PHONE_VERB_NOUNS and norms[i] not in PHONE_VERB_NOUNS:
        return False
    return (i + 1 < len(norms) and norms[i + 1] in PHONE_DEVICES) or (
        i > 0 and norms[i - 1] in MEANS_WORDS)


def _in_relative_clause(sent: Sentence, cue, prev_end: int, trig: Trigger) -> bool:
    """A cue in a relative clause on an earlier trigger ("الزيارة التي كان ينوي القيام بها")
    belongs to that trigger when punctuation closes the clause before `trig`."""
    if prev_end == 0:
        return False
    norms = sent.norms
    rel = [r for r in range(prev_end, cue[0]) if norms[r] in RELATIVE]
    if not rel or cue[0] - rel[0] > 3 or rel[0] - prev_end > 1:
        return False
    return any(sent.toks[k].punct for k in range(cue[1], trig.i))


# words that may stand between a negation or doubt cue and the trigger it governs
# («نفى أن يكون قد التقى», «لم يسبق أن زار», «من المستبعد أن يتم اللقاء»), and the verbs of
# holding a contact of grammar.yaml `negated_holding_verbs` («لم يجر أي اتصال»), and the words
# of a plan or of existence of `negated_plan_words` («لا توجد خطط للقاء», «نفى وجود اتصالات»);
# «تتم» too, the contact noun its subject after it («دون أن تتم زيارته إلى دمشق»)
_NEG_FILLERS = words.NEGATION_FILLERS \
    | NEGATED_HOLDING_VERBS | NEGATED_PLAN_WORDS
_CANCEL_NOUNS = words.CANCEL_NOUNS


def _cancel_noun(tok: str) -> bool:
    """إلغاء / تأجيل / إرجاء, with at most one clitic (بتأجيل)."""
    return any(tok == n or tok[1:] == n for n in _CANCEL_NOUNS)


# a postponement or cancellation said of a contact named before it, by a pronoun suffix
# («لإعلامه بتأجيلها», «إلا أن إسلام آباد أرجأتها», «قبل أن يتم إلغاؤها»): not a status cue of
# its own (the contact it refers to may stand anywhere before), but a cancellation said of a
# contact the sentence before or after tells (cancellation_scope), so «كانت مقررة ليوم ...»
# there is `cancelled`
# (the nouns of _CANCEL_NOUNS, their hamza on the seat a suffix gives it, and past verbs)
_CANCEL_STEMS = (*sorted(_CANCEL_NOUNS), "ارجائ", "ارجاؤ", "الغائ", "الغاؤ", "ارجات", "ارجا",
                 "الغت", "الغا", "اجلت")
# the object pronoun suffixes (a noun's: «تأجيلها»; a light verb's: «يؤديها»), read by
# cancels_told and _present_light. Not «هم»: a list once given here also had it, but a second
# list of the same name, without it, rebound it at import, so «هم» never counted
_OBJECT_SUFFIXES = ("ها", "ه", "هما")
# every stem with every suffix, bare or after one clitic letter: a word is one set look-up
_CANCELS_TOLD = frozenset(clitic + stem + suf for stem in _CANCEL_STEMS
                          for suf in _OBJECT_SUFFIXES for clitic in ("", *"وفبل"))


def cancels_told(tok: str) -> bool:
    """إلغاء / تأجيل / إرجاء (noun or past verb) with a pronoun suffix, after at most one
    clitic letter (بتأجيلها, وأرجأتها, إلغاؤها); not «لأجلها» (for her sake)."""
    return tok in _CANCELS_TOLD


def any_cancels_told(norms: list[str]) -> bool:
    """Whether any of the words `cancels_told` (one pass over them, in C)."""
    return not _CANCELS_TOLD.isdisjoint(norms)


CUE_WINDOW = 5  # words (outside actor and place mentions) from a cue before a trigger to it
# words that open a clause of their own between a cue and a trigger («كان من المفترض حين زار»)
_SUBORDINATORS = words.CUE_SUBORDINATORS


_FRAME_PREPS = words.FRAME_PREPOSITIONS
# future forms of a weak verb too short for the rule of _future_verb («وسيلي ذلك اجتماع»,
# the passive auxiliary «سيتم عقد لقاء»)
_SHORT_FUTURES = words.SHORT_FUTURES
_WAS = words.WAS_WORDS


def prepares(sent: Sentence, at: int, trig: Trigger) -> bool:
    """Whether a verb of preparing or intending at token `at` (grammar.yaml prospective_verbs:
    «يستعد ممثلون ... للاجتماع», «يعتزم الوزير زيارة») governs the contact trigger after it, so
    the contact is still to come: the trigger is no past verb (a clause of its own: «يعتزم X
    العودة بعدما التقى Y أمس») and no punctuation, clause opener or word that frames the
    contact as background (cues.yaml trigger_frame_background: «يستعد X للعودة بعد زيارته
    برلين أمس») stands between."""
    if trig.tense == "past" or not in_words(sent.norms[at], PROSPECTIVE_VERBS, "و"):
        return False
    background = cue_words()["trigger_frame_background"]
    return not any(sent.toks[k].punct or sent.norms[k] in CLAUSE_OPENERS
                   or in_words(sent.norms[k], background, "و") for k in range(at, trig.i))


def future_tense(trig: Trigger, norms: list[str]) -> bool:
    """Whether a present-tense verb trigger is a future form (سيلتقي، سوف يزور)."""
    return trig.tense == "present" and _future_verb(norms[trig.i])


def _future_verb(tok: str) -> bool:
    """A future verb (سيناقش، ستبحث، وسينقل): س + a present prefix."""
    tok = without_conjunction(tok)
    return (len(tok) >= 5 and tok[:2] in ("سي", "ست", "سن") and tok not in _NOT_FUTURE
            or tok in _SHORT_FUTURES)


# words that join a contact noun to its parties («مباحثات الجبير مع لافروف», «بين الوزيرين»)
_PARTY_LINKS = words.PARTY_LINKS


def _future_subject(sent: Sentence, j: int, occupied: set = frozenset()) -> bool:
    """«فإن اجتماعا سيجمع الرؤساء»، «القمة ستعقد في الرياض»: a contact noun that is the subject
    of a future verb right after it is still to come; so is one whose parties stand between
    («مباحثات الجبير مع لافروف ستتضمن ...»: mentions and one مع / بين only, no punctuation
    or quotation mark: «خلال زيارة لموسكو "ستستقر الأسعار"» quotes what was said), or an
    adjective of its sides right after it («لقاء ثلاثيا سيعقد»)."""
    norms, toks = sent.norms, sent.toks
    links = 0
    for k in range(j, len(norms)):
        if k > j and (toks[k].punct or sent.text[toks[k - 1].end:toks[k].start].strip()
                      or not sent.text[toks[k].start:toks[k].start + 1].isalpha()):
            return False
        if k in occupied or k == j and norms[k] in GATHERING_SIZE_ADJECTIVES:
            continue  # «لقاء ثلاثيا سيعقد»: the noun's adjective of its sides
        if _future_verb(norms[k]):
            return True
        links += 1
        if norms[k] not in _PARTY_LINKS or links > 1:
            return False
    return False


# courtesy words before a name that the name's mention may leave out («معالي الأستاذ عادل
# الجبير السيد كيري»)
_FRAME_TITLES = words.FRAME_TITLES


def _framing_verb(sent: Sentence, trig: Trigger, triggers: list[Trigger],
                  occupied: set) -> Trigger | None:
    """The verb trigger of the same type whose contact a noun trigger after «في» names again,
    with only the verb's subject and objects between («يلتقي X Y وZ في اجتماع ثلاثي», «اجتمع
    X مع Y في لقاء مغلق»), or None."""
    norms = sent.norms
    if trig.tense != "noun" or trig.i < 2 or norms[trig.i - 1] != "في":
        return None
    k = trig.i - 2
    while k >= 0 and (k in occupied or norms[k] in _PARTY_LINKS or norms[k] in _FRAME_TITLES) \
            and not sent.toks[k].punct:
        k -= 1
    if k < 0 or k == trig.i - 2 or sent.toks[k].punct:
        return None  # no mention between: «ستبحث في اجتماع» is no frame of a contact verb
    return next((t for t in triggers if t.j == k + 1 and t.etype == trig.etype
                 and t.tense in ("past", "present")), None)


def _future_frame(norms: list[str], i: int) -> bool:
    """«سينقل خلال لقائه ...», «سيبحث أثناء زيارته ...»: a noun trigger in a time phrase of a
    future verb is still to come."""
    return i >= 2 and norms[i - 1] in _FRAME_PREPS and _future_verb(norms[i - 2])


AHEAD_REACH = 3  # words at most between «قبل» and «من» in «قبل ثلاثة أشهر من زيارة»


def _ahead_of(norms: list[str], i: int) -> bool:
    """«قبل ثلاثة أشهر من زيارة الرئيس», «قبل أيام قليلة من اجتماع»: a contact noun that the
    news at hand comes some days, weeks or months before (grammar.yaml ahead_words,
    ahead_units) is still to come. Not hours («قبل ساعات من وصول الرئيس أغلقت الشرطة
    الطرق»: that day's contact, often held by the telling)."""
    if i < 3 or norms[i - 1] != "من":
        return False
    for k in range(max(0, i - 2 - AHEAD_REACH), i - 2):
        if norms[k] in AHEAD_WORDS:
            return any(norms[u] in AHEAD_UNITS for u in range(k + 1, i - 1))
    return False


_DEMONSTRATIVES = words.DEMONSTRATIVES
FUTURE_VERB_REACH = 5  # words (outside mentions and time adverbs) from a future verb to its noun


def _future_verb_noun(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights,
                      occupied: set) -> bool:
    """«وسيلي هذه المناسبة اجتماع بين الوزيرين», «ستكون للرئيس لقاءات مع ...»: a contact noun
    after a future verb of its clause (not a light verb), with only that verb's subject or
    object, a demonstrative or a time adverb between, is the verb's subject or object and
    still to come. Not when the word right before the noun is a bare noun or a preposition
    it depends on («ستناقش الحكومة نتائج اجتماع الأمس», «سيتحدث عن زيارته»: the time of
    another word), nor across punctuation, another trigger or light verb, a relative pronoun,
    a subordinator or a word of a past clause."""
    norms = sent.norms
    i = trig.i
    if trig.tense != "noun" or trig.purpose or i == 0:
        return False
    prev = norms[i - 1]
    if not (i - 1 in occupied or _time_word(norms, i - 1) or prev.startswith(("ال", "لل"))
            or prev in _DEMONSTRATIVES or _future_verb(prev)):
        return False
    stops = {k for t in triggers if t is not trig for k in range(t.i, t.j)}
    stops |= {lt[0] for lt in lights}
    words = 0
    for k in range(i - 1, -1, -1):
        if sent.toks[k].punct:
            return False
        if k in occupied or _time_word(norms, k):
            continue
        tok = norms[k]
        if k in stops:
            return False
        if _future_verb(tok):
            return True
        if tok in RELATIVE or tok in _SUBORDINATORS or tok in _SUBJUNCTIVE \
                or tok in _PAST_CLAUSE or tok in _WAS or tok in CLAUSE_OPENERS:
            return False
        words += 1
        if words > FUTURE_VERB_REACH:
            return False
    return False


# words of a clause told in the past or a relative ما between a future verb and خلال
_PAST_CLAUSE = words.PAST_CLAUSE_WORDS
FRAME_VERB_REACH = 6  # words (outside mentions and time adverbs) from a future verb to خلال


def _future_clause_frame(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights,
                         occupied: set) -> bool:
    """«وسيناقش الوزير هذه الملفات صباح اليوم خلال اجتماعه بنظيره», «سوف يبحث الرئيس
    القضية أثناء لقائه ...»: a noun trigger in a time phrase (خلال، أثناء) of its clause's
    verb shares that verb's time, and a future verb (its subject, object and a time adverb
    may stand between: VSO) makes it still to come. The clause ends at punctuation, a
    relative pronoun (الذي، ما) or a subordinator, and a word of a past clause (تم، قد،
    كان) or another contact trigger or light verb before the phrase is what the phrase
    depends on instead («سيبحث الوزير ما تم الاتفاق عليه خلال لقائه»: agreed at a meeting
    held). The future verb may be a trigger itself («وسيبحث»، «سيلتقي»)."""
    norms = sent.norms
    i = trig.i
    if trig.tense != "noun" or i < 2 or norms[i - 1] not in ("خلال", "اثناء"):
        return False
    stops = {k for t in triggers if t is not trig for k in range(t.i, t.j)}
    stops |= {lt[0] for lt in lights}
    words = 0
    for k in range(i - 2, -1, -1):
        if sent.toks[k].punct:
            return False
        if k in occupied or _time_word(norms, k):
            continue
        tok = norms[k]
        if _future_verb(tok) or k > 0 and norms[k - 1] in ("سوف", "وسوف") \
                and tok[:1] in "يتن":
            return True
        if k in stops:
            return False
        if tok in RELATIVE or tok in _SUBORDINATORS or tok in _SUBJUNCTIVE \
                or tok in _PAST_CLAUSE or tok in _WAS:
            return False
        words += 1
        if words > FRAME_VERB_REACH:
            return False
    return False


PROGRAMME_VERB_REACH = 15  # words from a verb of inclusion to the contact noun it lists
PROGRAMME_SUBJECT_REACH = 6  # words before that verb where its subject may stand (SVO)


def _inclusion_verb(tok: str) -> bool:
    """A present verb of inclusion (grammar.yaml tour_includes: تشمل، يتضمن), bare, with و/ف or
    with the future س («وسيتضمن»)."""
    tok = without_conjunction(tok)
    if tok[:1] == "س" and tok[1:] in TOUR_INCLUDES:
        tok = tok[1:]
    return tok in TOUR_INCLUDES


def programme_item(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a contact noun is an item a present verb of inclusion lists in the programme of
    a visit or tour (grammar.yaml programme_subjects, the verb's subject right after it or up
    to PROGRAMME_SUBJECT_REACH words before it): «وتتضمن زيارة رئيس الحكومة إلى ألمانيا والتي
    تتواصل يومين لقاءات مع المستشارة», «وحسب الخارجية، تشمل زيارة كيري للدوحة لقاء ثلاثيا
    بينه ونظيريه». The programme is announced, its contacts planned (labelling convention
    for a visit's programme); a past verb («شملت الزيارة لقاءات») reports them, and a verb
    trigger between the verb and the noun has the noun to itself."""
    if trig.tense != "noun" or trig.etype == "VISIT":
        return False
    norms = sent.norms
    verbs = {k for t in triggers if t.tense in ("past", "present") for k in range(t.i, t.j)}
    for k in range(trig.i - 1, max(-1, trig.i - 1 - PROGRAMME_VERB_REACH), -1):
        if k in verbs:
            return False
        if not _inclusion_verb(norms[k]):
            continue
        if k + 1 < trig.i and in_words(norms[k + 1], PROGRAMME_SUBJECTS, "و"):
            return True
        return any(in_words(w, PROGRAMME_SUBJECTS, "و")
                   for w in norms[max(0, k - PROGRAMME_SUBJECT_REACH):k])
    return False


# besides the parties' mentions and grammar.yaml relative_links (RELATIVE_LINKS)
_TO_RELATIVE_OTHER = 2  # other words allowed on the way (an honorific, an adjective)
TO_RELATIVE_SPAN = 20  # words at most from a contact noun to a relative pronoun on it


def future_relative_at(sent: Sentence, j: int, occupied: set = frozenset()) -> int | None:
    """The index of the future verb of a relative clause on the noun trigger ending at `j`:
    «الزيارة التي سيجريها», «المحادثات التي ستعقد», also past the parties the noun names
    («للاجتماع المشترك بين وزراء خارجية دول المجلس ووزير الخارجية الأمريكي الذي سيعقد
    غدا»): only actor mentions (`occupied`), بين/مع/و and at most two other words between,
    no punctuation. None when there is none."""
    k = relative_verb_at(sent, j, occupied)
    return k if k is not None and _future_verb(sent.norms[k]) else None


def _present_light(norms: list[str], k: int) -> bool:
    """A present light verb that takes the noun before it as its object: «يؤديها»,
    «يجريها», «يقوم بها» (light_verbs, present)."""
    lex = load_lexicon()
    tok = norms[k]
    forms = [tok[:-len(s)] for s in _OBJECT_SUFFIXES if tok.endswith(s) and len(tok) > len(s) + 2]
    if k + 1 < len(norms) and norms[k + 1] in BI_IT_PRONOUNS:
        forms.append(tok)
    for form in forms:
        n, entries, clitic = lex.triggers.match_clitic([form], 0)
        if n and clitic in ("", "و") and any(e.kind == "light" and e.role == "present"
                                             for e in entries):
            return True
    return False


def present_relative_at(sent: Sentence, j: int, occupied: set = frozenset()) -> int | None:
    """The index of the present light verb of a relative clause on the noun trigger ending
    at `j` («الزيارة التي يؤديها الوزير اليوم», «المحادثات التي يجريها»): the contact is
    told in the present, as a verb would tell it. None when there is none."""
    k = relative_verb_at(sent, j, occupied)
    # «اللقاء الثلاثي الذي يجمع اليوم A وB وC»: a present gather verb tells it the same way,
    # on the noun itself or one adjective of it (not «لقاء العلاقات التي تجمع البلدين»: a
    # relative clause on a topic noun)
    gather = (k is not None and sent.norms[k] in GATHER_VERBS and sent.norms[k][:1] in "يت"
              and k - j <= 2 and not any(topic_noun(w) for w in sent.norms[j:k - 1]))
    return k if k is not None and (_present_light(sent.norms, k) or gather) else None


def relative_verb_at(sent: Sentence, j: int, occupied: set = frozenset()) -> int | None:
    """The index of the verb after the relative pronoun of a relative clause on the noun
    trigger ending at `j`, in any tense («المفاوضات التي جرت بين البلدين يومي ...»; see
    future_relative_at for what may stand between)."""
    norms, toks = sent.norms, sent.toks
    other = 0
    for k in range(j, min(len(norms) - 1, j + TO_RELATIVE_SPAN)):
        if norms[k] in RELATIVE:
            return k + 1
        if k in occupied:
            continue
        if norms[k] not in RELATIVE_LINKS:
            other += 1
            if other > _TO_RELATIVE_OTHER:
                return None
        if toks[k].punct:
            return None
    return None


def _future_relative(sent: Sentence, j: int, occupied: set = frozenset()) -> bool:
    """A relative clause in the future on a noun trigger says it is still to come
    (future_relative_at)."""
    return future_relative_at(sent, j, occupied) is not None


# cues that put a contact in the future or make it conditional: a present verb near them plans
_FUTURE_KINDS = frozenset({"planned", "conditional_cancel", "agreement", "cancelled", "negated"})


# particles that put the present verb after them in the subjunctive (an intent, a later step:
# «قبل أن يتوجه», «كي يلتقي»)
_SUBJUNCTIVE = words.SUBJUNCTIVE_PARTICLES


def under_way(sent: Sentence, triggers: list[Trigger], lights, cues) -> bool:
    """Whether a present-tense contact in this sentence is going on rather than to come: the
    sentence has a present verb, no future verb (سيزور، ستعقد), no cue of the future or of a
    condition (من المقرر، غدا، المقبل، يعتزم، إذا ...) and no present verb in the
    subjunctive (قبل أن يتوجه) anywhere. «بينما يقوم الرئيس بزيارة إلى الكاميرون»,
    «ويزور نائب الرئيس القاهرة لإجراء مباحثات» tell a visit under way. The caller checks
    that the sentence names no date (a present verb with اليوم or a coming day is planned,
    with a past day reported)."""
    norms = sent.norms
    # a name is no verb («سيرغي لافروف» is not a future سـ)
    named = {k for a in sent.actors if a.name for k in range(a.i, a.j)}
    verbs = [t.i for t in triggers if t.tense == "present"]
    verbs += [lt[0] for lt in lights if lt[1] == "present"]
    # «الزيارة التي يؤديها الوزير»: a present light verb in a relative clause
    verbs += [k for k in range(1, len(norms)) if norms[k - 1] in RELATIVE
              and _present_light(norms, k)]
    # a negation only after every verb («حيث يلتقي نظيره وقال "لم نقل ..."») is about
    # something else; one before a verb, and any cue of another kind, keeps it to come
    first = min(verbs, default=len(norms))
    if any(c[2] in _FUTURE_KINDS and (c[2] != "negated" or c[0] < first) for c in cues):
        return False
    # no present verb: the plan comes from elsewhere (an invitation «دعاه لزيارة»)
    return bool(verbs) and not any(k > 0 and norms[k - 1] in _SUBJUNCTIVE for k in verbs) \
        and not any(_future_verb(t) for k, t in enumerate(norms) if k not in named)


# words opening a sentence that adds to what the sentence before said («كما يلتقي ...»: «also»)
_ALSO = words.ALSO_WORDS


def continues_a_future(sent: Sentence, prev: Sentence | None) -> bool:
    """Whether a sentence opened by «كما» adds to a sentence before it that tells something
    to come (a future verb, a cue of the future: «وأشار إلى أن الوزير سيبحث النزاعين. كما
    يلتقي في الدوحة نظيره الروسي»): its present verb goes on with that programme, still to
    come, not a contact under way now."""
    if prev is None or not sent.norms[:1] or sent.norms[0] not in _ALSO:
        return False
    named = {k for a in prev.actors if a.name for k in range(a.i, a.j)}
    if any(_future_verb(t) for k, t in enumerate(prev.norms) if k not in named):
        return True
    _triggers, _lights, cues = find_triggers(prev)
    return any(c[2] == "planned" for c in cues)


# words of a time adverb («اليوم 25 فيفري 2015», «غدا الخميس», «صباح اليوم»): a verb's subject
# and its object may stand either side of one
_TIME_WORDS = words.TIME_ADVERB_WORDS


def _time_word(norms: list[str], k: int) -> bool:
    """Whether token k is part of a date or time adverb (a relative day, a weekday, a day
    number, a month name or a year)."""
    tok = norms[k]
    return (tok in _TIME_WORDS or tok in WEEKDAYS or tok.isdigit()
            or month_name_at(norms, k))


CLOSING_REACH = 8  # words at most from a verb that ends a visit to the visit noun


def closed_visit(sent: Sentence, trig) -> bool:
    """Whether a visit or tour noun is the object of a verb that ends it (grammar.yaml
    visit_closing_verbs: «اختتم وزير الخارجية القطري أمس زيارته إلى العراق», «يختتم الرئيس
    اليوم جولة تشمل ...»): the verb within CLOSING_REACH words before the noun, only its
    subject's names, time words and punctuation between."""
    if trig is None or trig.tense != "noun":
        return False
    norms, toks = sent.norms, sent.toks
    actors = sent.actor_toks()
    for k in range(trig.i - 1, max(-1, trig.i - CLOSING_REACH - 1), -1):
        if in_words(norms[k], VISIT_CLOSING_VERBS, "وف"):
            return True
        if not (k in actors or toks[k].punct or _time_word(norms, k)
                or norms[k] == "الاول" and k > 0 and norms[k - 1] == "امس"):  # «أمس الأول»
            return False
    return False


def _was_doing(norms: list[str], i: int, occupied: set) -> bool:
    """كان before a present verb (its subject may stand between): the past progressive."""
    gap = [k for k in range(max(0, i - 8), i) if k not in occupied][-3:]
    return any(norms[k] in _WAS for k in gap)


def _governs(sent: Sentence, cue, trig: Trigger, occupied: set) -> bool:
    """Whether a cue written before a trigger is close enough to be about it: at most
    CUE_WINDOW words between them outside actor and place mentions, none of them opening a
    clause of its own."""
    gap = [k for k in range(cue[1], trig.i) if k not in occupied]
    return len(gap) <= CUE_WINDOW and not any(sent.norms[k] in _SUBORDINATORS for k in gap)


# an invitation verb (دعا، دعت، دعاه، يدعو، سيدعو ...; the nouns an invitation is extended
# with are grammar.yaml invite_nouns): «دعا الرئيس المبعوث إلى زيارة عدن» asks for a contact,
# it neither reports nor announces one
def _invite_forms() -> frozenset:
    bases = ("دعا", "دعت", "يدعو", "تدعو", "ندعو", "ادعو")
    sufs = ("", "ه", "ها", "هم", "هما", "كم", "نا", "ني")
    forms = {b + s for b in bases for s in sufs} | {"دعوا", "يدعون", "تدعون"}
    return frozenset(p + f for p in ("", "و", "ف") for f in forms | {"س" + f for f in forms
                                                                  if f[0] in "يتنا"})


_INVITE_VERBS = _invite_forms()
INVITE_REACH = 12  # words (outside actor and place mentions) from the invitation to its contact


def invited(sent: Sentence, trig: Trigger, occupied: set) -> bool:
    """Whether the trigger is what someone is invited to: a contact noun introduced by إلى or
    ل («إلى زيارة», «لزيارة», «للقيام بزيارة», «إلى القيام بزيارة») whose clause opens with
    an invitation («دعا الرئيس اليمني خلال لقائه المبعوث الأممي إلى زيارة عدن», «وجه له
    الدعوة لزيارة موسكو»). An invitation the visit answers («زار تونس بدعوة من», «تلبية
    لدعوة») stands after it or names no one invited, and is not this."""
    norms, i = sent.norms, trig.i
    if trig.tense != "noun":
        return False
    if trig.purpose:
        start = i
    elif i >= 1 and norms[i - 1] in ("الي", "للقيام"):
        start = i - 1
    elif i >= 2 and norms[i - 1] == "القيام" and norms[i - 2] == "الي":
        start = i - 2
    else:
        return False
    verbs = {t.i for t in find_triggers(sent)[0] if t.tense != "noun"}
    gap = 0
    for k in range(start - 1, -1, -1):
        tok = norms[k]
        if tok in _INVITE_VERBS:
            return True
        if tok in INVITE_NOUNS:
            # «وجه له الدعوة لزيارة موسكو»; «سحب دعوته للرئيس لزيارة تونس» is another story
            return any(norms[m] in INVITE_EXTEND for m in range(max(0, k - 3), k))
        if k in verbs or tok in RELATIVE or tok in _SUBORDINATORS - {"خلال"}:
            return False
        if k not in occupied:
            gap += 1
            if gap > INVITE_REACH:
                return False
    return False


# a condition («إذا», «في حال», «في صورة», «لو») and the answer clause it opens with ف
# («فإن», «فسوف», «فسيلتقي»): what the answer tells is only a possibility
ANSWER_REACH = 6  # words (outside actor and place mentions) from the answer's ف to its contact


def _conditional_answer(sent: Sentence, trig: Trigger, occupied: set) -> bool:
    """Whether the trigger is in the answer clause of a condition told in its sentence
    («وفي صورة عدم التوصل إلى اتفاق، فإن اجتماعا سيجمع رؤساء الدول الثلاثة»,
    «إذا فشلت المفاوضات فسيلتقي الوزيران»): a contact that happens only if something else
    does. The answer opens with ف right after the condition's clause; the trigger stands
    at most ANSWER_REACH words after it."""
    norms = sent.norms
    cond = None
    for k in range(trig.i):
        if norms[k] in CONDITION_WORDS or (norms[k] in CONDITION_CASES and k > 0
                                     and norms[k - 1] in ("في", "وفي")):
            cond = k
    if cond is None:
        return False
    for a in range(cond + 2, trig.i + 1):
        tok = norms[a]
        if tok in ANSWER_WORDS or tok[:1] == "ف" and _future_verb(tok[1:]):
            if _contrast_answer(sent, a, trig):
                return False
            # the answer clause ends at a punctuation mark («فإنه سيجعل المنطقة أكثر أمانا،
            # وسيلتقي ...»: the meeting after it is told for itself)
            gap = [k for k in range(a + 1, trig.i) if k not in occupied]
            return len(gap) <= ANSWER_REACH and not any(sent.toks[k].punct
                                                        for k in range(a, trig.i))
    return False


def _contrast_answer(sent: Sentence, answer: int, trig: Trigger) -> bool:
    """Whether «إذا كان ...، فإن ...» sets one fact against another (whereas), not a condition
    («وإذا كانت نتائج اللقاء الأول لم تسفر عن شيء ولو بعيد، فإن نتائج اللقاء الثاني في طهران
    رسمت ...»): «إذا» with the past «كان» right after it (grammar.yaml `contrast_conditions`)
    opens the sentence's clauses before the answer «فإن» (`contrast_answers`), the first answer
    word after it (a concessive «ولو» between is no condition of its own), the contact is a
    definite noun (one the text tells) and no future verb or word of possibility
    (`possibility_words`) stands in the answer clause up to its punctuation («فإن الاجتماع
    سيعقد», «فإن اللقاء بين الرئيسين ممكن»: still one that happens only if)."""
    norms = sent.norms
    if norms[answer] not in CONTRAST_ANSWERS or trig.tense != "noun" \
            or not norms[trig.i][len(trig.clitic):].startswith("ال"):
        return False
    opener = next((k for k in range(answer - 1) if norms[k] in CONTRAST_CONDITIONS
                   and norms[k + 1] in _WAS), None)
    if opener is None or any(norms[k] in ANSWER_WORDS for k in range(opener, answer)):
        return False
    end = next((k for k in range(trig.i, len(norms)) if sent.toks[k].punct), len(norms) - 1)
    return not any(_future_verb(norms[k]) or in_words(norms[k], POSSIBILITY_WORDS, "و")
                   for k in range(answer + 1, end + 1))


# A phone interview («قال X في اتصال هاتفي لـ«الشرق الأوسط»», «في تصريح هاتفي للجوهرة أف أم»,
# «في اتصال هاتفي أجرته معه الصحيفة», «وقال X في اتصال هاتفي، إن ...»): a statement to a paper
# by phone, no call between two sides. INTERVIEW_SKIP: day words between the noun and what
# follows it; INTERVIEW_MEDIA (grammar.yaml interview_media): nouns of a medium («مع برنامج
# "بوليتيكا"», «بوكالة تونس»).
INTERVIEW_SKIP = frozenset(WEEKDAYS) | words.INTERVIEW_SKIP
INTERVIEW_THAT = words.INTERVIEW_THAT
INTERVIEW_BY_PAPER = words.INTERVIEW_BY_PAPER
INTERVIEW_IN = words.INTERVIEW_IN
INTERVIEW_SPEAKER = 15  # words from the speech verb to the phone noun («قال X في اتصال هاتفي»)


# A meeting noun with a broadcast adjective right after it («عبر لقاء تلفزيوني مع إحدى
# الفضائيات», «في حوار إذاعي», «مقابلة متلفزة») is an interview given to a medium, no contact
# between the sides it names (a press encounter, «لقاء صحفي», is a trigger of its own).
BROADCAST_ADJECTIVES = frozenset(
    pre + stem + end
    for pre in ("", "ال")
    for stem in ("تلفزيوني", "تليفزيوني", "تلفزي", "اذاعي")
    for end in ("", "ا", "ه"))
BROADCAST_ADJECTIVES |= {"متلفز", "متلفزا", "متلفزه", "المتلفز", "المتلفزه"}


def _broadcast_interview(trig: Trigger, norms: list[str]) -> bool:
    """Whether a meeting noun is an interview on air: a broadcast adjective right after it."""
    return (trig.etype == "MEET" and trig.tense == "noun" and trig.j < len(norms)
            and norms[trig.j] in BROADCAST_ADJECTIVES)


def _medium(sent: Sentence, k: int) -> bool:
    """Whether the word at k names a news medium: a paper's word («صحيفة», «الجوهرة»), a
    medium's noun («وكالة», «برنامج»), or a paper's name in quotes («الشرق» of «الشرق الأوسط»)."""
    if k >= len(sent.norms):
        return False
    w = sent.norms[k]
    bare = "ال" + w[2:] if w[:2] == "لل" else w[1:] if w[:1] in ("ل", "ب") else w  # للجوهرة
    tok = sent.toks[k]
    quoted = any(q in sent.text[max(0, tok.start - 1):tok.end] for q in "«\"“")
    return (w in OUTLET_WORDS or bare in OUTLET_WORDS or w in INTERVIEW_MEDIA
            or bare in INTERVIEW_MEDIA or "ال" + bare in OUTLET_WORDS
            or quoted and (w in OUTLET_NAMES or bare in OUTLET_NAMES))


def _phone_interview(trig: Trigger, sent: Sentence) -> bool:
    """Whether a phone noun is an interview: the medium right after it
    (لـ«الشرق الأوسط», للجوهرة, مع برنامج, أجرته معه), or, after a speech verb with one speaker,
    what was said right after it (، إن / أن / :) with no other side named."""
    if trig.etype != "CALL" or trig.tense != "noun":
        return False
    norms = sent.norms
    k = trig.j
    while k < len(norms) and norms[k] in INTERVIEW_SKIP:
        k += 1
    if k >= len(norms):  # «وقال X في اتصال هاتفي:» ending its sentence before the quote
        said = ":" in sent.text[sent.toks[k - 1].start:]  # a token keeps its punctuation
        return said and _said_in(trig, sent) and _one_speaker(trig, sent)
    w = norms[k]
    if w in ("ل", "ب", "مع") or w[:1] in ("ل", "ب"):
        return _medium(sent, k + 1 if w in ("ل", "ب", "مع") else k)
    if w in INTERVIEW_BY_PAPER:
        return k + 1 < len(norms) and norms[k + 1] in ("معه", "معها", "معهم")
    gap = sent.text[sent.toks[k - 1].start:sent.toks[k].start]  # «هاتفي:» is one token
    return (w in INTERVIEW_THAT or ":" in gap) and _said_in(trig, sent) \
        and _one_speaker(trig, sent)


def _interview_toks(sent: Sentence, triggers: list[Trigger]) -> frozenset:
    """The tokens of the sentence's phone interviews: a call noun that is an interview
    (_phone_interview: «في اتصال هاتفي مع "الرياض"») and a phone adjective right after a
    statement noun («في تصريح هاتفي», «في تصريحات هاتفية»): a statement made to a paper by
    phone, no call between the sides it names."""
    norms = sent.norms
    toks = {k for t in triggers if _phone_interview(t, sent) for k in range(t.i, t.j)}
    toks.update(k for k in range(1, len(norms)) if norms[k].startswith("هاتفي")
                and in_words(norms[k - 1], STATEMENT_NOUNS, "وفب"))
    return frozenset(toks)


def _phone_cue_in(sent: Sentence, limit: int | None = None) -> bool:
    """Whether a word of the sentence (of its first `limit` words) holds a phone cue
    (grammar.yaml `phone_cues`) outside a phone interview (_interview_toks): a call told
    by the sentence types its talks verb («بحث X مع Y في اتصال هاتفي») as a call."""
    find_triggers(sent)  # (sets sent.interview_toks, from the triggers before their filters)
    skip = sent.interview_toks
    return any(c in w for k, w in enumerate(sent.norms[:limit]) if k not in skip
               for c in PHONE_CUES)


NEXT_PHONE_REACH = 8  # first words of the next sentence where a phone cue still types the talks


def phone_near(sent: Sentence, next_sent: Sentence | None) -> bool:
    """Whether a word of the sentence, or of the next one's first NEXT_PHONE_REACH, holds a
    phone cue outside a phone interview (_phone_cue_in)."""
    return _phone_cue_in(sent) or next_sent is not None and _phone_cue_in(
        next_sent, NEXT_PHONE_REACH)


def _said_in(trig: Trigger, sent: Sentence) -> bool:
    """Whether a phone noun is the setting of a statement («قال X في اتصال هاتفي»): a noun
    (not an adverb that types a verb: «أبلغه هاتفيا أن») right after في / خلال."""
    return not trig.adverb and trig.i > 0 and sent.norms[trig.i - 1] in INTERVIEW_IN


def _one_speaker(trig: Trigger, sent: Sentence) -> bool:
    """Whether a speech verb at most INTERVIEW_SPEAKER words before the phone noun has one
    speaker (not «أكد الرئيسان», not «أكد A وB في اتصال هاتفي أن»: the two sides talk)."""
    norms = sent.norms
    lo = max(0, trig.i - INTERVIEW_SPEAKER)
    verb = next((m for m in range(trig.i - 1, lo - 1, -1) if norms[m] in SPEECH_VERBS
                 or norms[m] in ("ذكر", "وذكر", "افاد", "وافاد")), None)
    if verb is None or any(norms[m] in DUAL_NOUNS for m in range(verb, trig.i)):
        return False
    speakers = [a for a in sent.actors if verb < a.i and a.j <= trig.i]
    return len(speakers) <= 1


def _outlet_subject(sent: Sentence, trig: Trigger) -> bool:
    """Whether a call verb's subject right after it is a news outlet («وقد اتصلت «الشرق
    الأوسط» بالوزير», «واتصلت الجوهرة أف أم بالمدير الجهوي»), or right before it, a paper's
    name in quotes («"الوطن" اتصلت بالمدير العام»): the paper calls for comment."""
    if trig.etype != "CALL" or trig.tense == "noun":
        return False
    k = trig.j
    if k < len(sent.toks):
        tok = sent.toks[k]
        quoted = sent.text[tok.start:tok.start + 1] in "«\"“"
        if sent.norms[k] in OUTLET_WORDS or quoted and sent.norms[k] in OUTLET_NAMES:
            return True
    k = trig.i - 1
    # a paper is «she» («"الوطن" اتصلت»): a verb in the masculine has a subject of its own
    # after it («بحسب ما نقلت "الحياة" اتصل الرئيس»), or the speaker of a quotation before it
    if k < 0 or trig.j - trig.i != 1 or not sent.norms[trig.i].endswith("ت"):
        return False
    # the name closed by its quote mark and nothing else («"الوطن" اتصلت», not «... الوطن، اتصلت»)
    raw = sent.text[sent.toks[k].start:sent.toks[k].end]
    if raw[-1:] not in "»\"”" or raw.rstrip("»\"”")[-1:] in "،,.:؛!?؟":
        return False
    # ... and opened by its quote mark on the name: the paper's name alone in quotes («"الوطن"»,
    # «"الشرق الأوسط"»), not a quotation that ends in the word («"لن يحكموا البلاد" واتصلت»)
    first = next((m for m in (k, k - 1) if m >= 0
                  and sent.text[sent.toks[m].start:sent.toks[m].start + 1] in "«\"“"), None)
    return first is not None and sent.norms[first] in OUTLET_NAMES


# «إنه وY أكدا»: the speaker's pronoun joined with the party after it
_SPEAKER_THAT = words.SPEAKER_THAT


def _names_own_pair(sent: Sentence, start: int) -> bool:
    """Whether the clause before a back-reference cue at token `start` names the pair of the
    contact itself: two parties joined by و right before it («وأكد الرئيس المصري والعاهل
    الأردني خلال المباحثات»), or the speaker's pronoun and a party joined by و as the subject
    of a dual verb right before it («وقال الوزير إنه والملك أكدا خلال المحادثات»). Such a
    sentence tells who met, not only that a meeting told before went on."""
    by_end = {a.j: a for a in sent.actors}
    norms = sent.norms
    k = start
    dual_verb = k > 0 and norms[k - 1].endswith("ا") and len(norms[k - 1]) >= 4 \
        and k - 1 not in sent.actor_toks()
    if dual_verb:
        k -= 1
    second = by_end.get(k)
    for m in range(k - 1, max(-1, k - 4), -1):  # a lineage the mention leaves out («بن عبد العزيز»)
        if second is None and norms[m] in FATHER_LINKS:
            second = by_end.get(m)
    if second is None or not norms[second.i].startswith("و"):
        return False
    first = by_end.get(second.i)
    if first is not None:
        return first.key != second.key
    return dual_verb and second.i > 0 and norms[second.i - 1] in _SPEAKER_THAT


def _occurrence_verb(sent: Sentence, trig: Trigger, occupied: set) -> int | None:
    """Where the negated verb of taking place stands that a contact noun is the subject of,
    right after it (grammar.yaml `negation_particles`, `negated_occurrence_verbs`: «لقاء ثلاثيا
    بين A وB وC لن يعقد», «الزيارة لم تتم», «المحادثات مع X لن تجري»), or None. Only mentions,
    an adjective of its sides right after it and one word linking its parties or its
    destination (`occurrence_links`) may stand between, no punctuation, as for a future verb
    there (_future_subject). Not when the verb opens a phrase of its own: a verbal noun after
    «يتم» («لم يتم الإعلان عنه»: something else was not done) or a «ب» phrase of how it came
    about («لم تتم برأي ...»: it did happen), save «بعد» (not yet)."""
    norms, toks = sent.norms, sent.toks
    if trig.tense != "noun" or toks[trig.j - 1].punct:
        return None
    j, links = trig.j, 0
    for k in range(j, len(norms) - 1):
        if k > j and (toks[k].punct or sent.text[toks[k - 1].end:toks[k].start].strip()
                      or not sent.text[toks[k].start:toks[k].start + 1].isalpha()):
            return None
        if k in occupied or k == j and norms[k] in GATHERING_SIZE_ADJECTIVES:
            continue
        if in_words(norms[k], NEGATION_PARTICLES, "وف"):
            verb = k + 1
            if toks[k].punct or norms[verb] not in NEGATED_OCCURRENCE_VERBS:
                return None
            if verb + 1 >= len(norms) or toks[verb].punct:
                return verb
            after = norms[verb + 1]
            if after.startswith("ال") and not _time_word(norms, verb + 1) \
                    or after.startswith("ب") and after not in NOT_YET_WORDS:
                return None
            if norms[verb] in PERIPHRASTIC_OCCURRENCE_VERBS and not (
                    after in CONTINUATION or after in NOT_YET_WORDS or _time_word(norms, verb + 1)):
                return None  # «لم يتم تحديد موعدها»: another act's verbal noun was not done
            return verb
        links += 1
        if norms[k] not in OCCURRENCE_LINKS or links > 1:
            return None
    return None


def _not_yet(sent: Sentence, verb: int) -> bool:
    """Whether the negated verb at `verb` is «لم ... بعد» (grammar.yaml `not_yet_words`):
    the contact has not taken place yet, so it is still to come."""
    norms, toks = sent.norms, sent.toks
    return (without_conjunction(norms[verb - 1]) == "لم" and verb + 1 < len(norms)
            and not toks[verb].punct and norms[verb + 1] in NOT_YET_WORDS)


def occurrence_told(sent: Sentence, trig: Trigger, occupied: set) -> str | None:
    """What the text says of a contact noun through a negated verb of taking place it is the
    subject of (_occurrence_verb): "denied" when it did not or will not take place («الزيارة
    لم تتم»), "pending" when it has not yet («الزيارة لم تتم بعد»: still to come, planned),
    None when no such verb follows it."""
    verb = _occurrence_verb(sent, trig, occupied)
    if verb is None:
        return None
    return "pending" if _not_yet(sent, verb) else "denied"


def denied_occurrences(sent: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """The contact nouns among the sentence's `triggers` (those find_triggers found, not
    sought again) that it says did not or will not take place (occurrence_told): a contact
    called off, as a cancellation word tells one (cancellation_scope: «كان من المقرر أن يزور
    X الجزائر أمس، لكن الزيارة لم تتم» is cancelled)."""
    nouns = [t for t in triggers if t.tense == "noun"]
    if not nouns:
        return []
    occupied = sent.actor_toks()
    occupied.update(p[0] for p in sent.places)
    return [t for t in nouns if occurrence_told(sent, t, occupied) == "denied"]


# words (outside actor and place mentions) between a cancellation cue and the contact trigger
# it is said of
CANCEL_REACH = 3


def cancellations_told(sent: Sentence, triggers: list[Trigger], cues,
                       opening: int | None = None) -> list[str | None]:
    """The cancellations and postponements a sentence tells, each as the type of the contact
    it is said of: the trigger right after its cue («تأجيل زيارة», «ألغي اللقاء», «ألغى وزير
    الخارجية الأمريكي جون كيري زيارته»: the words of a mention do not count) or right before
    it («الزيارة ألغيت»), the contact noun denied («الزيارة لم تتم»); None for one that names
    no contact of its own («تعذر ذلك», a pronoun: «أرجأتها», «إلغاؤها»), said of a contact
    told just before or after it. `opening`: the tokens read of a run-on sentence (the
    `triggers` and `cues` given are within them)."""
    told: list[str | None] = []
    cancels = [c for c in cues if c[2] == "cancelled"]
    occupied: set = set()
    if cancels:
        occupied = sent.actor_toks()
        occupied.update(p[0] for p in sent.places)

    def words(lo: int, hi: int) -> int:
        return sum(k not in occupied for k in range(lo, hi))

    for c in cancels:
        after = [t for t in triggers if c[1] <= t.i and words(c[1], t.i) <= CANCEL_REACH]
        before = [t for t in triggers if t.j <= c[0] and words(t.j, c[0]) <= CANCEL_REACH]
        near = after[:1] or before[-1:]
        told.append(near[0].etype if near else None)
    norms = sent.norms
    if any_cancels_told(norms if opening is None or opening >= len(norms) else norms[:opening]):
        told.append(None)
    told.extend(t.etype for t in denied_occurrences(sent, triggers))
    return told


def _parties(sent: Sentence, home: str | None) -> set:
    """The states and organisations a sentence names (its actors, places and bare country
    names) and its named persons; not the outlet's own country, which most of its contacts
    share, nor a bare title given it («ألغى الرئيس زيارته»: the president told before)."""
    out = {a.country or a.org for a in sent.actors if not a.home} \
        | {p[2] for p in sent.places} | {c[2] for c in sent.countries} \
        | {a.name for a in sent.actors if a.name}
    out.discard(None)
    out.discard(home)
    return out


# the types of trigger one cancellation may be said of: meetings, talks and mediation are
# told by one another's words («تأجيل المحادثات» of «كان من المقرر أن يلتقي الوفدان»)
_TALKS_KINDS = frozenset({"MEET", "NEGOTIATE", "MEDIATE", "DISCUSS"})


def _said_of(etype: str | None, types: set, j: int, k: int, parties_j: set,
             parties_k: set) -> bool:
    """Whether a cancellation of a contact of type `etype` told in sentence j is said of a
    contact that sentence k tells: one naming no contact of its own (a pronoun, «تعذر ذلك»)
    of the sentence right before or after; one of a contact of the same kind (_TALKS_KINDS;
    or a visit, whose meetings are called off with it) that the two sentences give a common party
    («ألغى الرئيس الفرنسي زيارته إلى الجزائر. وكان من المقرر أن يلتقي خلالها الرئيس
    الجزائري»), or that one of them gives none («ألغيت الزيارة»: the visit told before)."""
    if etype is None:
        return abs(j - k) == 1
    if etype != "VISIT" and not types & (_TALKS_KINDS if etype in _TALKS_KINDS else {etype}):
        return False
    return not parties_j or not parties_k or bool(parties_j & parties_k)


def cancellation_scope(sentences: list[Sentence], found: list, home: str | None,
                       stories: list[int] | None = None,
                       openings: list[int] | None = None) -> list[bool]:
    """For each sentence, whether a cancellation the article tells is said of a contact it
    tells (what a `conditional_cancel` phrase, «كان من المقرر أن يلتقي», turns into
    `cancelled`, else `planned`): one told in the sentence itself, or one said of its contact
    from another sentence of the same story (_said_of; `stories`: the story of each sentence,
    a digest's next one opening on «ومن جهة أخرى»); not a cancellation of another contact of
    the article («ألغى X زيارته إلى باريس ... وكان من المقرر أن يلتقي Y نظيره Z»: Y's
    meeting is planned). `found`: each sentence's find_triggers within the tokens read,
    `openings` (a run-on sentence's opening, extract.py MAX_SENTENCE_TOKENS)."""
    told = [cancellations_told(s, trigs, cues, openings[k] if openings else None)
            for k, (s, (trigs, _, cues)) in enumerate(zip(sentences, found, strict=True))]
    if not any(told):
        return [False] * len(sentences)
    parties: dict[int, set] = {}

    def parties_of(k: int) -> set:
        if k not in parties:
            parties[k] = _parties(sentences[k], home)
        return parties[k]

    out = []
    for k, (trigs, _, cues) in enumerate(found):
        if told[k] or not any(c[2] == "conditional_cancel" for c in cues):
            out.append(bool(told[k]))
            continue
        types = {t.etype for t in trigs}
        hit = False
        for j, sites in enumerate(told):
            if j == k or not sites or stories is not None and stories[j] != stories[k]:
                continue
            if any(_said_of(e, types, j, k, parties_of(j), parties_of(k)) for e in sites):
                hit = True
                break
        out.append(hit)
    return out


NOUN_ADJECTIVES_MAX = 2  # adjectives at most between a contact noun and its own parties


def _after_adjectives(sent: Sentence, j: int) -> int:
    """The token after the adjectives that agree with a contact noun with the article ending
    at j («اللقاء الثنائي», «الزيارة الرسمية التاريخية»: words with the article, no relative
    pronoun, no mention, no punctuation after the noun or between), at most
    NOUN_ADJECTIVES_MAX of them; j when there is none."""
    norms = sent.norms
    if j < 1 or not norms[j - 1].startswith("ال") or sent.toks[j - 1].punct:
        return j
    mentions = sent.actor_toks()
    k = j
    while k < min(len(norms), j + NOUN_ADJECTIVES_MAX) and norms[k].startswith("ال") \
            and norms[k] not in RELATIVE and k not in mentions and k not in sent.trigger_toks \
            and not sent.toks[k].punct:
        k += 1
    return k


def _negated(sent: Sentence, trig: Trigger, cues, occupied: set) -> bool:
    """Whether the trigger proposes no event: a negation or doubt cue right before it (only
    filler words and mentions between: «لن يلتقي», «رفض لقاء», «من المستبعد أن يلتقي»,
    «وضع شروطا للقاء»), an attendance verb on it (حضر اللقاء X وY: attendees, not parties),
    a gathering something happened on the sidelines of («على هامش اجتماع»), a standing
    relation (a `habitual` cue right after a talks noun: «على اتصال دائم»), a channel of
    communication (a `channel` cue right before a call noun: «قناة اتصال»), a
    back-reference to a contact already reported («في ختام اللقاء، طلب الملك ...»), or a
    contact only wished for (a `wish` cue before it: _only_wished, «يأمل زيارة إيطاليا»)."""
    last = sent.toks[trig.j - 1]
    raw = sent.text[last.start:last.end].rstrip("،,.:؛\"»)")
    # the noun names its own parties: «اللقاء الذي جمع ...», «الاجتماع مع ...», «لقاء رئيس
    # الحكومة ...», «لقائه بـ ...» (a possessive pronoun), after its adjectives too
    # («اللقاء الثنائي مع ...», «الزيارة الرسمية لوزير ...»: _after_adjectives)
    at = _after_adjectives(sent, trig.j)
    nxt = sent.norms[at] if at < len(sent.norms) else ""
    own_parties = (at == trig.j and nxt in RELATIVE or nxt in ("مع", "بين")
                   or any(a.i == at and (at == trig.j or a.clitic.endswith("ل"))
                          for a in sent.actors)
                   or raw.endswith(("ه", "ها", "هما")))
    if _outlet_subject(sent, trig) or _conditional_answer(sent, trig, occupied):
        return True
    if _standing_call(sent, trig) or occurrence_told(sent, trig, occupied) == "denied":
        return True
    if trig.tense == "noun" and (_rumoured(sent, trig) or _named_by_venue(sent, trig)):
        return True
    for c in cues:
        if c[2] == "habitual" and c[0] == trig.j and trig.tense == "noun" \
                and trig.etype != "VISIT":
            return True
        if c[2] == "channel" and c[1] == trig.i and trig.etype == "CALL":
            return True
        if c[1] != trig.i:
            pass
        elif c[2] == "attended":
            return True
        # «على هامش القمة»: the gathering, not a contact (a visit on whose sidelines something
        # happened did happen)
        elif c[2] == "setting" and trig.etype != "VISIT" and not own_parties:
            return True
        # «في ختام اللقاء، طلب الملك ...» refers back; a press conference names its parties
        elif c[2] == "anaphora" and trig.tense == "noun" and trig.etype != "PRESS_CONFERENCE" \
                and sent.norms[trig.i].startswith("ال") and not own_parties \
                and not _names_own_pair(sent, c[0]):
            return True
        if c[2] == "wish" and c[1] <= trig.i and _only_wished(sent, trig, c, occupied):
            return True
        if c[2] != "negated" or c[1] > trig.i or trig.i - c[1] > 8:
            continue
        gap = [k for k in range(c[1], trig.i) if k not in occupied]
        if all(sent.norms[k] in _NEG_FILLERS for k in gap) and len(gap) <= 4:
            return True
    return False


_WISH_FILLERS = words.WISH_FILLERS
WISH_GAP = 2  # words (outside actor and place mentions) from a wish to the contact hoped for


def _only_wished(sent: Sentence, trig: Trigger, cue, occupied: set) -> bool:
    """Whether a wish cue (status.yaml `wish`) governs the trigger: only «أن» or «في» between
    (at most WISH_GAP words outside mentions), and the trigger a verb or an indefinite
    noun («يأمل زيارة إيطاليا», «رغبته في زيارة طهران», «تأمل أن تلتقي الرئيس»). A definite
    noun is a contact the text tells, hoped to go well («نأمل أن يكون اللقاء مثمرا»: «يكون»
    stands between too)."""
    gap = [k for k in range(cue[1], trig.i) if k not in occupied]
    if len(gap) > WISH_GAP or not all(sent.norms[k] in _WISH_FILLERS for k in gap):
        return False
    word = sent.norms[trig.i][len(trig.clitic):]
    return trig.tense != "noun" or not word.startswith("ال")


# «ما تردد / ما أشيع / ما تناقلته وسائل الإعلام من/عن»: what was rumoured or passed around
_RUMOUR_HEADS = words.RUMOUR_HEADS
_RUMOUR_VERBS = words.RUMOUR_VERBS
_RUMOUR_LINKS = words.RUMOUR_LINKS
RUMOUR_REACH = 8  # words from the rumour verb to the link word before the contact noun
# a verb confirming the rumour before «ما» («وأكد المتحدث صحة ما تردد عن زيارة X», «وأكدت
# الرئاسة ما تردد عن اتصال»): the text tells the contact; within CONFIRM_REACH words, no
# punctuation, «أن» or denial («نفى صحة ما تردد», «أكد عدم صحة ما تردد») between
_CONFIRM_VERBS = words.CONFIRM_VERBS
_CONFIRM_STOPS = words.CONFIRM_STOPS
CONFIRM_REACH = 6


def _rumoured(sent: Sentence, trig: Trigger) -> bool:
    """Whether a contact noun is told only as a rumour: right after «من/عن/حول» (an optional
    word such as «أنباء» between: «مما تردد من أنباء عن إجراء محادثات»), within RUMOUR_REACH
    words of «ما تردد», «ما أشيع», «ما تناقلته» ... («وتعقيبا على ما تردد في بعض وسائل الإعلام،
    من زيارة مسؤول ... نفى»): hearsay the text reports, not a contact it tells."""
    norms = sent.norms
    k = trig.i - 1
    if k >= 0 and norms[k] in _FILLED_NOUNS:
        k -= 1  # «إجراء محادثات»
    if k < 1 or norms[k] not in _RUMOUR_LINKS:
        return False
    for r in range(k - 1, max(k - 1 - RUMOUR_REACH, 0), -1):
        if norms[r] in _RUMOUR_VERBS and norms[r - 1] in _RUMOUR_HEADS:
            return not _confirmed(sent, r - 1)
    return False


def _confirmed(sent: Sentence, head: int) -> bool:
    """Whether a confirming verb (_CONFIRM_VERBS) governs the rumour's «ما» at token `head`."""
    for m in range(head - 1, max(head - 1 - CONFIRM_REACH, -1), -1):
        if sent.toks[m].punct or in_words(sent.norms[m], _CONFIRM_STOPS, "و"):
            return False
        if in_words(sent.norms[m], _CONFIRM_VERBS, "وف"):
            return True
    return False


# words after a gathering's venue that give it parties of its own: near it («محادثات فيينا مع
# X», «لقاء باريس جمع X وY», «اجتماع جنيف بحضور X وY», «قمة كامب ديفيد بمشاركة X», «اجتماع
# لوزان إلى جانب X»), or further, past its adjectives and day («اجتماع الدوحة الثلاثي، يوم
# الأحد الماضي، الذي ضم X وY», «مباحثات القاهرة بين X وY»)
_OWN_PARTIES_NEAR = words.OWN_PARTIES_NEAR
_OWN_PARTIES_AFTER = words.OWN_PARTIES_AFTER
VENUE_PARTIES_NEAR = 3  # words after the venue where a word of _OWN_PARTIES_NEAR may stand
VENUE_PARTIES_REACH = 8  # and one of _OWN_PARTIES_AFTER
ATTENDED_REACH = 2  # words (outside actor mentions) from an attendance verb to the gathering


def _named_by_venue(sent: Sentence, trig: Trigger) -> bool:
    """Whether a meeting or talks noun is a gathering known by its venue, its city in the
    construct state right after it with no preposition («بعد اجتماع جنيف», «على وقع محادثات
    مسقط المرتقبة»), and no parties of its own after that (`_OWN_PARTIES_AFTER`): the
    sentence's actors are not its parties (a visit's destination is its place, not this).
    A state there is a side of the talks («محادثات إيران ومجموعة 5+1»), and so is a city
    joined by «و» to another side («محادثات موسكو وواشنطن»); an actor attending or hosting
    the gathering is one of its parties (`_attended_by_actor`)."""
    if trig.etype == "VISIT" or trig.j >= len(sent.norms) or sent.toks[trig.j - 1].punct:
        return False
    if not any(p[0] == trig.j for p in sent.places):
        return False
    n, entries, clitic = load_gazetteer().match_clitic(sent.norms, trig.j)
    if not n or clitic or any(e.kind == "country" for e in entries):
        return False
    end = trig.j + n
    if end < len(sent.norms) and sent.norms[end][:1] == "و" and not sent.toks[end - 1].punct \
            and (any(a.i == end for a in sent.actors) or any(p[0] == end for p in sent.places)):
        return False
    for k in range(end, min(end + VENUE_PARTIES_REACH, len(sent.norms))):
        if sent.norms[k] in _OWN_PARTIES_AFTER or (
                k < end + VENUE_PARTIES_NEAR and sent.norms[k] in _OWN_PARTIES_NEAR):
            return False
    return not _attended_by_actor(sent, trig)


def _attended_by_actor(sent: Sentence, trig: Trigger) -> bool:
    """Whether the noun is what an actor attends or hosts: an attendance or hosting verb
    (grammar.yaml attend_verbs, venue_verbs) before it, at most ATTENDED_REACH words between
    outside actor mentions («في», «أمس»), with an actor for its subject after it («وشارك
    الوزير X أمس في اجتماع لوزان», «واستضاف الرئيس X قمة كامب ديفيد») or right before it."""
    named = sent.actor_toks()
    subject = False
    words = 0
    for k in range(trig.i - 1, -1, -1):
        if sent.toks[k].punct:
            return False
        if k in named:
            subject = True
            continue
        word = sent.norms[k]
        if in_words(word, ATTEND_VERBS, "وف") or in_words(word, VENUE_VERBS, "وف"):
            return subject or (k - 1 in named and not sent.toks[k - 1].punct)
        words += 1
        if words > ATTENDED_REACH:
            return False
    return False


_FILLED_NOUNS = words.FILLED_NOUNS


def _standing_call(sent: Sentence, trig: Trigger) -> bool:
    """Whether a call trigger is the bare indefinite noun «اتصال» right after a word of
    grammar.yaml standing_contact_before («على») with no phone adjective after it: being in
    contact («على اتصال مع/بـ»), not a call made («على اتصال هاتفي»)."""
    norms = sent.norms
    if trig.etype != "CALL" or trig.j - trig.i != 1 or norms[trig.i] != "اتصال" \
            or trig.i == 0 or norms[trig.i - 1] not in STANDING_CONTACT_BEFORE:
        return False
    return trig.j >= len(norms) or not norms[trig.j].startswith("هاتف")


# ordinals heading a noun phrase a present verb describes («أول وزير يزور طهران»)
_ORDINALS = words.VISITOR_ORDINALS
# heads of such a phrase that tell an occasion, not who visits («في أول مرة يزور فيها»)
_ORDINAL_NOT_A_VISITOR = words.ORDINAL_NOT_A_VISITOR
# a copula in the future or the subjunctive puts the description to come («ليكون أول رئيس
# يزور إثيوبيا»)
_BECOMES = words.BECOMES_WORDS
ORDINAL_REACH = 4  # words from the ordinal to the verb describing its noun


def _made_before(sent: Sentence, m: int) -> bool:
    """Whether «ليكون/ليصبح» at token m tells the result of a contact told in the past before
    it («توجه الوزير إلى إيران الأحد ليكون أول مسؤول غربي يتوجه إليها»: the trip made is
    what made him the first), with no future verb between; not the aim of one to come
    («يتوجه الأحد المقبل ليكون أول مسؤول يزورها»)."""
    triggers, lights, _cues = find_triggers(sent)
    past = [t.j for t in triggers if t.tense == "past" and t.j <= m]
    past += [lt[0] + 1 for lt in lights if lt[1] == "past" and lt[0] < m]
    if not past:
        return False
    named = sent.actor_toks()  # «سيغمار» is no future سـ
    return not any(_future_verb(sent.norms[k]) for k in range(max(past), m) if k not in named)


def first_to(sent: Sentence, k: int, occupied: set) -> bool:
    """Whether the present verb at token k describes a noun headed by an ordinal («وهو أول
    وزير خارجية فرنسي يزور إيران منذ 12 عاما», «أول مسؤول غربي يزور طهران»: the first to
    visit): an adjective clause telling who someone is by a visit made or under way, not
    one to come, unless a future verb, the subjunctive or a copula to come governs the
    ordinal («ستكون أول زعيمة تزور», «ليكون أول رئيس يزور إثيوبيا»)."""
    norms, toks = sent.norms, sent.toks
    if _future_verb(norms[k]):
        return False
    start = None
    for m in range(k - 1, max(-1, k - 2 - ORDINAL_REACH), -1):
        if toks[m].punct or norms[m] in _ORDINAL_NOT_A_VISITOR:
            return False
        if norms[m] in _ORDINALS and m < k - 1:
            start = m
            break
    if start is None or norms[start + 1] in _ORDINAL_NOT_A_VISITOR:
        return False
    words = 0
    for m in range(start - 1, -1, -1):
        if toks[m].punct:
            break
        tok = norms[m]
        if tok in _BECOMES and tok[:1] == "ل" and _made_before(sent, m):
            break
        # («إلى أن الوزير أول ...»: أنّ before a noun is no subjunctive)
        if _future_verb(tok) or tok in _BECOMES or tok in _SUBJUNCTIVE - {"ان"} \
                or tok in ("سوف", "وسوف"):
            return False
        if m not in occupied:
            words += 1
            if words > CUE_WINDOW:
                break
    return True


DURING_CLAUSE = 3  # words of a relative clause on the visit of a «خلال» phrase


def _during_phrases(norms: list[str], triggers: list[Trigger]) -> set:
    """The tokens of «خلال» phrases on a visit noun («خلال زيارته», «خلال الزيارة التي تستغرق
    يومين»: the noun and a relative clause of at most DURING_CLAUSE words on it), an adverb
    that may stand between a light verb and its contact noun."""
    out: set = set()
    for t in triggers:
        if t.etype != "VISIT" or t.tense != "noun" or t.i == 0 \
                or norms[t.i - 1] not in ("خلال", "وخلال"):
            continue
        end = t.j
        if end < len(norms) and norms[end] in RELATIVE:
            end = min(len(norms), end + 1 + DURING_CLAUSE)
        out.update(range(t.i - 1, end))
    return out


def _describes_actor(norms: list[str], k: int) -> bool:
    """Whether the present light verb at token k opens a relative clause on the word before
    («الوزير الذي يؤدي زيارة إلى تونس», «الذي يقوم بزيارة رسمية»): it describes what that
    person is doing now (a contact under way), not a coming one (the future prefix س, or a
    date after today, still makes it planned)."""
    return k > 0 and norms[k - 1] in RELATIVE and not norms[k].startswith("س")


# «يبدأ / تبدأ» as the light verb of a contact noun: the contact begins
_BEGINS = words.BEGINS_WORDS
# a subordinator before «يبدأ» that puts the beginning later than the clause it hangs on
_BEGIN_LATER = _SUBJUNCTIVE | words.BEGIN_LATER
BEGIN_SPAN = 6  # words after a begun contact's noun looked at for its day


def _begins_today(norms: list[str], k: int, trig: Trigger) -> bool:
    """Whether the present light verb at k of a visit noun is «يبدأ» and names no day but
    today («يبدأ رئيس الحكومة اليوم الأربعاء زيارة رسمية إلى ألمانيا», «تبدأ الوزيرة جولتها
    في ...»): the visit is under way on the writer's day. After a subordinator («قبل أن
    يبدأ», «لحين يبدأ»), or with another day («يبدأ غدا جولة», «يبدأ الثلاثاء جولة»: the
    first time word not «اليوم»), it is still to come."""
    if trig.etype != "VISIT" or norms[k] not in _BEGINS \
            or k > 0 and norms[k - 1] in _BEGIN_LATER:
        return False  # «قبل أن يبدأ زيارته», «لحين يبدأ»: a later step, not one under way
    times = [m for m in range(k + 1, min(len(norms), trig.j + BEGIN_SPAN))
             if _time_word(norms, m)]
    return not times or norms[times[0]] == "اليوم"


def _activity_after(triggers, trig: Trigger) -> bool:
    """Whether a past-tense contact trigger follows the trigger in its sentence («يبدأ ...
    اليوم زيارة رسمية إلى ألمانيا، حيث زار مركزا ...»): the begun visit's first steps are told
    as done. A purpose clause («لبحث ملف الهجرة») tells what the visit is for, no step."""
    return any(t.tense == "past" and not t.purpose and t.clitic in ("", "و", "ف")
               and t.i >= trig.j for t in triggers)


RELATIVE_CLAUSE_SPAN = 8  # words after a relative clause's verb looked at for its day


def _dated_relative(sent: Sentence, k: int, cues) -> bool:
    """Whether the present relative clause whose verb is at k («الزيارة التي يؤديها ...»)
    names a day or time before the next punctuation, or right after it set off by commas
    («الذي يجمع في مسقط، اليوم،»), or the sentence holds a cue of the future or of a
    condition (من المقرر، المقبل، إذا ...): then the contact is announced, not one under way."""
    norms, toks = sent.norms, sent.toks
    for m in range(k, min(len(norms), k + RELATIVE_CLAUSE_SPAN)):
        if _time_word(norms, m):
            return True
        if toks[m].punct:
            if m + 1 < len(norms) and _time_word(norms, m + 1) and toks[m + 1].punct:
                return True
            break
    return any(c[2] in _FUTURE_KINDS for c in cues)


PARTICIPLE_GAP = 12  # words at most between a verb of travel and the participle of its trip


def trip_participle_verb(sent: Sentence, trig, triggers) -> Trigger | None:
    """The verb trigger a participle of heading or coming tells the trip of (grammar.yaml
    trip_participles: «غادر الوفد الدوحة، اليوم الاثنين، متوجها إلى تونس»): the nearest past
    or present verb trigger before it, within PARTICIPLE_GAP words and no clause opener
    between; None when there is none."""
    norms = sent.norms
    if trig is None or norms[trig.i] not in TRIP_PARTICIPLES:
        return None
    prev = [t for t in triggers if t.j <= trig.i and t.tense in ("past", "present")]
    if not prev:
        return None
    t = max(prev, key=lambda t: t.j)
    if trig.i - t.j > PARTICIPLE_GAP or any(norms[k] in CLAUSE_OPENERS for k in range(t.j, trig.i)):
        return None
    return t


def carrying_light(sent: Sentence, trig: Trigger, triggers: list[Trigger],
                   lights) -> tuple[int, str] | None:
    """The light verb (position, kind) that carries the contact noun `trig` («يجري الوفد
    محادثات», «يقوم بزيارة»): the last light verb before the noun with at most 3 words of the
    phrase between them; or, past the last verb trigger before the noun, with its own subject
    between them (VSO: «وسيجري وزير الخارجية الإيطالي خلال هذه الزيارة محادثات», «يقوم ولد
    الشيخ أحمد المبعوث الأممي بزيارة»): an actor within 5 words after the verb and the noun at
    most 3 words after that actor. Noun triggers in between («خلال هذه الزيارة») do not count.
    None when no light verb carries it."""
    norms = sent.norms
    nouns = {k for t in triggers if t.tense == "noun" for k in range(t.i, t.j)}
    verb_end = max([t.j for t in triggers if t.j <= trig.i and t.tense != "noun"] or [0])
    during = _during_phrases(norms, triggers)
    places = {k for p in sent.places for k in range(p[0], p[0] + place_len(norms, p[0]))}

    def words(lo: int, hi: int) -> int:
        # a time adverb between the subject and the noun is no word of the phrase
        # («يؤدي الوزير اليوم 25 فيفري زيارة»), nor is a «خلال» phrase on a visit
        # («وسيجري الرئيس خلال زيارته التي تستغرق يومين محادثات»), nor the name of the place
        # it is held in, with no punctuation between («تعقد الجزائر وروسيا اليوم بالجزائر
        # العاصمة الدورة الثانية للمشاورات»; not «ستبدأ بمحاربة داعش في شمال سوريا، خلال لقاء»)
        held_at = places if not any(sent.toks[m].punct for m in range(lo, hi)) else ()
        return len([k for k in range(lo, hi) if k not in nouns and k not in during
                    and k not in held_at
                    and not _time_word(norms, k) and norms[k] not in _DEMONSTRATIVES])

    def carries(lt: int) -> bool:
        if lt >= trig.i:
            return False
        if words(lt + 1, trig.i) <= 3:
            return True
        return lt >= verb_end and any(
            lt < a.i <= lt + 5 and a.j <= trig.i and words(a.j, trig.i) <= 3
            for a in sent.actors)

    return next((lt for lt in reversed(lights) if carries(lt[0])), None)


def _status(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights, cues,
            doc_cancel: bool, occupied: set) -> str:
    """planned / cancelled / reported from the trigger's tense and the cues around it, or
    `negated` when the text says the contact did not or will not happen (not an event).
    `doc_cancel`: whether a cancellation the article tells is said of a contact of this
    sentence (cancellation_scope), which makes a `conditional_cancel` phrase cancelled."""
    if _negated(sent, trig, cues, occupied):
        return "negated"
    if occurrence_told(sent, trig, occupied) == "pending":
        return "planned"
    verb = _framing_verb(sent, trig, triggers, occupied)
    if verb is not None:
        # «وسيلتقي X Y وZ في اجتماع ثلاثي»: the noun names the verb's own contact (its frame),
        # which is planned, under way or called off as the verb is
        status = _status(sent, verb, triggers, lights, cues, doc_cancel, occupied)
        if status != "negated":
            return status
    verb = trip_participle_verb(sent, trig, triggers)
    if verb is not None:
        # the participle is a حال of its verb's trip («من المقرر أن يغادر الوزير عمان اليوم
        # متوجها إلى الرياض»): the heading is planned, under way or called off as the leaving is
        status = _status(sent, verb, triggers, lights, cues, doc_cancel, occupied)
        if status != "negated":
            return status
    prev_end = max([t.j for t in triggers if t.j <= trig.i] or [0])
    nxt = min([t.i for t in triggers if t.i >= trig.j] or [len(sent.toks)])
    # the after-window: up to 4 words that are not part of actor or place mentions
    after, k = [], trig.j
    while k < nxt and len(after) < 4:
        if k not in occupied:
            after.append(k)
        k += 1
    after_end = (after[-1] + 1) if after else trig.j
    before = [c for c in cues if prev_end <= c[0] and c[1] <= trig.i
              and not _in_relative_clause(sent, c, prev_end, trig)
              and _governs(sent, c, trig, occupied)]
    # a cue right before the next trigger is that trigger's (اتصال هاتفي ... بتأجيل زيارة)
    # a verbal noun after the trigger governs the noun after it, not the trigger («خلال
    # زيارة ترامب كان ثمنها إلغاء الدور القطري»); a verb after it is the trigger's («الزيارة
    # التي أُلغيت»)
    following = [c for c in cues if trig.j <= c[0] < after_end
                 and not (nxt < len(sent.toks) and nxt - c[1] <= 1)
                 and not (c[2] == "cancelled" and _cancel_noun(sent.norms[c[1] - 1]))]
    on = "علي" in sent.norms[max(0, trig.i - 2):trig.i]
    kinds_before = {"planned" if c[2] == "agreement" and on else c[2] for c in before}
    kinds_after = {c[2] for c in following}
    if "cancelled" in kinds_before or "cancelled" in kinds_after:
        return "cancelled"
    # «زيارة ... كانت مقررة يوم الأحد», «الزيارة التي كان من المقرر أن يؤديها»: the phrase
    # after a contact noun says the same of it as before one
    if "conditional_cancel" in kinds_before or (trig.tense == "noun"
                                                and "conditional_cancel" in kinds_after):
        return "cancelled" if doc_cancel else "planned"
    # an invitation after the contact («زار تونس بدعوة من») does not make it planned
    planned_after = any(c[2] == "planned" and not sent.norms[c[0]].endswith("دعوه")
                        for c in following)
    tense = trig.tense
    verb_at = trig.i if tense == "present" else None  # the verb the tense comes from
    if tense == "noun":
        light = carrying_light(sent, trig, triggers, lights)
        if light is not None and light[1] != "purpose":
            tense, verb_at = light[1], light[0]
            if tense == "present" and _describes_actor(sent.norms, verb_at):
                tense = "past"  # «الجنرال الذي يقوم بزيارة لإيطاليا»: a visit under way
            elif tense == "present" and _begins_today(sent.norms, verb_at, trig) \
                    and _activity_after(triggers, trig):
                # «يبدأ رئيس الحكومة اليوم زيارة رسمية ... حيث زار مركزا»: a visit under way
                # whose first steps are told; with none told it is scheduled for today
                # (planned, the labelling convention)
                tense = "past"
            elif tense == "present" and first_to(sent, verb_at, occupied):
                tense = "past"  # «أول وزير كوبي يقوم بزيارة رسمية لواشنطن»: as first_to
            elif tense == "present" and any(c[2] == "past" and verb_at < c[0] < trig.i
                                            for c in cues):
                tense = "past"  # «يؤدي حاليا زيارة رسمية»: the cue of a visit under way
        elif light is not None or trig.purpose:
            # a purpose clause («يغادر إلى مسقط للقاء المبعوث», «ويزور مصر لإجراء مباحثات»)
            # takes the tense of the verb it depends on: a present one makes it planned
            at = light[0] if light is not None else trig.i
            # the verb's subject and object names do not count («كان من المقرر أن يزور وزير
            # الخارجية الفرنسي جان إيف لودريان تونس يوم الخميس للقاء نظيره»)
            governing = [(t.i, t.tense) for t in triggers if t.tense in ("past", "present")
                         and t.j <= at and len([k for k in range(t.j, at)
                                                if k not in occupied]) <= 8]
            # a trip called off or postponed is a purpose called off with it
            verb = max((t for t in triggers if (t.i, t.tense) in governing),
                       key=lambda t: t.i, default=None)
            if verb is not None and _status(sent, verb, triggers, lights, cues, doc_cancel,
                                            occupied) == "cancelled":
                return "cancelled"
            governing += [lt for lt in lights if lt[1] != "purpose" and lt[0] < at
                          and at - lt[0] <= 8]
            # a future verb nearer than any governing one («وسيتوجه X بعد ذلك إلى وزارة
            # الخارجية للقاء نظيره»: no contact trigger of its own) is the one it depends on
            futures = [k for k in range(max(0, at - TRIP_REACH), at)
                       if k not in occupied and _future_verb(sent.norms[k])]
            if futures and (not governing or futures[-1] > max(governing)[0]):
                tense = "present"
                verb_at = futures[-1]
            elif governing and max(governing)[1] == "present":
                tense = "present"
                verb_at = max(governing)[0]
            elif not governing or max(governing)[1] == "past":
                # «وصل X إلى الرياض اليوم للقاء الملك»: what the trip is for (its subject's
                # name and a date may stand between: a wider reach)
                trips = [t for t in triggers if t.tense == "past" and t.j <= at
                         and at - t.j <= TRIP_REACH and _trip_verb(sent.norms, t.i)]
                if trips and (not governing or trips[-1].i >= max(governing)[0]):
                    tense = "present"
                elif not governing and not trips and _governed_masdar(
                        sent.norms, at, "past", "") and not _told_held(sent.norms, at):
                    # «أعلن عن عقد اجتماع بين ...», «إمكان عقد لقاء»: holding a contact named
                    # by no verb that tells it is one still to come
                    tense = "present"
        if tense == "noun" and (_future_frame(sent.norms, trig.i) or _ahead_of(sent.norms, trig.i)
                                or _future_clause_frame(sent, trig, triggers, lights, occupied)
                                or programme_item(sent, trig, triggers)
                                or _future_subject(sent, trig.j, occupied)
                                or _future_verb_noun(sent, trig, triggers, lights, occupied)
                                or _future_relative(sent, trig.j, occupied)):
            tense = "present"
        elif tense == "noun":
            rel = present_relative_at(sent, trig.j, occupied)
            if rel is not None:
                # «للزيارة التي يؤديها رئيس الجمهورية إلى إيطاليا»: with no day nor cue of
                # the future, the relative clause tells a contact under way (reported); a day
                # («التي يؤديها اليوم») leaves it announced, as a present verb would be
                tense = "present" if _dated_relative(sent, rel, cues) else "past"
    if tense == "present" and trig.tense == "present" and (
            _was_doing(sent.norms, trig.i, occupied) or first_to(sent, trig.i, occupied)):
        tense = "past"  # «كان أوباما يغادر كينيا»: past progressive; «أول وزير يزور طهران»
    if tense == "present":
        # a past cue after a present verb tells a contact under way (يزور لندن حاليا); a
        # future verb (سيلتقي) is still to come whatever follows it
        future = future_tense(trig, sent.norms)
        if not future and verb_at is not None and "planned" not in kinds_before \
                and ongoing_since(sent, verb_at, trig, triggers, occupied) is not None:
            return "reported"  # «تتفاوض أثينا مع دائنيها منذ أسبوعين»: talks under way
        if not future and verb_at is not None and _next_in_past(sent, verb_at, triggers, lights,
                                                                cues):
            return "reported"
        return "reported" if "past" in kinds_after and not future else "planned"
    if "planned" in kinds_before or (tense != "past" and planned_after):
        if "past" not in kinds_after or any(c[2] == "planned" and prepares(sent, c[0], trig)
                                            for c in before):
            # («يستعد ممثلون ... للاجتماع في مينسك ... يوم أمس»: a preparation is still to come)
            return "planned"
    return "reported"


SINCE_REACH = 8  # words after a present verb of contact looked at for its «منذ»
SINCE_FIRST_REACH = 6  # words before the verb that may make it «the first since» (and all after)
SINCE_FILLERS = 3  # words at most between «منذ» and its span («أكثر من», «نحو», a number)


def ongoing_since(sent: Sentence, k: int, trig: Trigger, triggers: list[Trigger],
                  occupied: set) -> str | None:
    """How the present verb of contact at token k is said to go on since a time: "span" when
    «منذ» and a span of time follow it in its clause («تتفاوض أثينا مع دائنيها منذ أكثر من
    أسبوعين», «يجري الوفد محادثات في أثينا منذ أسبوع»: under way since a day the text does not
    name), "day" when a day follows «منذ» («يزور واشنطن منذ يوم أمس»), else None. Actor and
    place names do not count as words; another contact trigger, a clause opener or a
    punctuation mark ends the clause. Not «للمرة الأولى منذ عشر سنوات», «أول زيارة منذ»: the
    first since then, which says nothing of the contact's own time, nor «أول وزير يقوم بزيارة
    منذ سنوات». Nor a «منذ» that is not the verb's: of a relative clause after it («يزور الأردن
    التي تستضيف اللاجئين منذ سنوات»), of a participle of lasting right before it («في ظل الأزمة
    المستمرة منذ أسابيع»: grammar.yaml since_qualifiers), or after a word of time that dates
    the contact itself («يلتقي غدا نظيره ... منذ عامين»)."""
    norms, toks = sent.norms, sent.toks
    others = {t.i for t in triggers if t is not trig}
    words = 0
    for m in range(k + 1, len(norms)):
        if m in others or norms[m] in CLAUSE_OPENERS or in_words(norms[m], RELATIVE, "و"):
            return None
        if m in occupied:
            continue
        if norms[m] == "منذ":
            # «للمرة الأولى منذ», or an ordinal before the verb («أول وزير يقوم بزيارة
            # إلى إيران منذ سنوات»)
            if any(w in SINCE_FIRST_WORDS for w in norms[max(0, k - SINCE_FIRST_REACH):m]):
                return None
            if m - 1 > k and m - 1 not in occupied and norms[m - 1] in SINCE_QUALIFIERS:
                return None  # «الأزمة المستمرة منذ أسابيع»: the crisis lasts, not the contact
            n = m + 1
            while n < len(norms) and n - m <= SINCE_FILLERS \
                    and (norms[n] in SINCE_SPAN_FILLERS or norms[n].isdigit()):
                n += 1
            if n >= len(norms):
                return None
            if norms[n] in SINCE_SPANS and not (n + 1 < len(norms) and _time_word(norms, n + 1)):
                return "span"
            return "day" if _time_word(norms, n) else None
        if _time_word(norms, m):
            return None  # «يلتقي غدا»: the contact's own day, not one since a span
        words += 1
        if words > SINCE_REACH or toks[m].punct:
            return None
    return None


def _next_in_past(sent: Sentence, k: int, triggers: list[Trigger], lights, cues) -> bool:
    """Whether the present verb at token k opens a time clause («قبل أن يتوجه», «بعد أن
    يلتقي»: TIME_BEFORE_AN) after a clause told in the past: the nearest word of time before
    «قبل» is a past one (a past trigger or light verb, a past cue, a verb of saying or another
    past verb of narrative: PAST_CLAUSE_VERBS), not a present or future one or a planned cue,
    and no planned cue follows the verb («وصل اليوم إلى عمان قبل أن يتوجه غدا إلى القاهرة»).
    The subjunctive then tells what the subject did next («وقال في مؤتمر صحفي قبل أن يبدأ
    جولة»), not a plan."""
    norms = sent.norms
    if k < 2 or norms[k - 1] != "ان" or norms[k - 2] not in TIME_BEFORE_AN:
        return False
    q = k - 2
    if any(c[2] == "planned" and k < c[0] <= k + 8 for c in cues):
        return False
    signs = [(t.i, t.tense == "past") for t in triggers
             if t.j <= q and t.tense in ("past", "present")]
    signs += [(lt[0], lt[1] == "past") for lt in lights if lt[0] < q]
    signs += [(c[0], c[2] == "past") for c in cues if c[0] < q and c[2] in ("past", "planned")]
    signs += [(i, True) for i in range(q) if norms[i] in SPEECH_VERBS
              or norms[i] in PAST_CLAUSE_VERBS]
    signs += [(i, False) for i in range(q) if _future_verb(norms[i])]
    if not signs or not max(signs)[1]:
        return False
    # a subject of its own after the verb («وتحدث الوزير قبل أن يبدأ رئيس الحكومة زيارة»)
    # may tell what lies ahead of the news: only a clause dated in the past (a past cue:
    # «تم يوم السبت الماضي، أي قبل أن يبدأ الوزير زيارته») makes it what happened next
    own_subject = any(a.i == k + 1 for a in sent.actors)
    return not own_subject or any(c[0] == max(signs)[0] and c[2] == "past" for c in cues)


def during_it(sent: Sentence, trig: Trigger) -> bool:
    """Whether «خلالها» (during it: the visit told before) stands right after the trigger
    («في زيارة يلتقي خلالها مع Y»)."""
    return sent.norms[trig.j:trig.j + 1] == ["خلالها"]


def light_during_it(sent: Sentence, trig: Trigger, lights=None) -> str | None:
    """The tense ("past" or "present") of the light verb a contact noun follows after
    «خلالها» (during it: the visit told before): «في زيارة تجري خلالها محادثات مع Y» (present),
    «أجرى خلالها مباحثات مع Y» (past); None when the noun is not so told."""
    if trig.tense != "noun" or trig.i < 2 or sent.norms[trig.i - 1] != "خلالها":
        return None
    if lights is None:
        lights = find_triggers(sent)[1]
    return next((kind for lt, kind in lights
                 if lt == trig.i - 2 and kind in ("past", "present")), None)


def held_during_it(sent: Sentence, trig: Trigger, lights=None) -> str | None:
    """The tense of a contact told as held during the visit before it, by a verb
    («يلتقي خلالها Y») or a light verb and its noun («يجري خلالها مباحثات مع Y»); `lights`:
    the sentence's light verbs, when the caller has them."""
    if trig.tense in ("past", "present") and during_it(sent, trig):
        return trig.tense
    return light_during_it(sent, trig, lights)


def bare_arrival(sent: Sentence, trig: Trigger) -> bool:
    """Whether the trigger is the one-word arrival noun «وصول» (its clitic aside), whose
    traveller is the genitive right after it."""
    return trig.j - trig.i == 1 and sent.norms[trig.i][len(trig.clitic):] == "وصول"
