"""Extract diplomatic events (meetings, calls, visits, talks, mediation) from Arabic text.

Pure functions over strings and dates, driven by configs/gazetteer and configs/lexicons/events;
no Beam, no I/O beyond loading those data files once, no clock.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import date, timedelta
from itertools import accumulate

from pipeline.events import words
from pipeline.events.blocs import (
    background_talks,
    bloc_type,
    council_offices,
    council_role,
    own_council,
    phase_type,
    resolve_blocs,
    settle_unnamed,
    topic_talks,
)
from pipeline.events.candidates import features, trigger_text, wide_candidates
from pipeline.events.dates import (
    CLAUSE_OPENERS,
    FROM_ANOTHER,
    PERIOD_MODIFIERS,
    TIME_BEFORE_AN,
    TIME_PREPOSITIONS,
    WEEK,
    YEAR_NOUNS,
    across_trigger,
    date_for,
    deadline_before,
    find_dates,
    mention_date,
    month_name_at,
    names_week,
    opens_clause,
    sentence_date,
    sentence_pick,
    week_at,
    years_ago_at,
)
from pipeline.events.frames import (
    GATHERING_TOLD_BACK,
    IN_WORDS,
    INVITER_SENTENCES,
    PROGRAMME,
    WITHIN_VISIT,
    Candidate,
    _adverbial_toks,
    _marked_object,
    _sentence_events,
    after_within,
    elaborating_at,
    inviter_told_later,
)
from pipeline.events.gazetteer import CLITICS, load_gazetteer, load_lexicon
from pipeline.events.groups import resolve_groups
from pipeline.events.letters import LETTER_SPAN, letter_of, letter_talks
from pipeline.events.mentions import (
    KOREAS,
    OFFICE_ROLES,
    Sentence,
    _definite,
    _is_headline,
    _join_wrapped,
    find_mentions,
    koreas_named,
    settle_person_roles,
    split_sentences,
    tokenize,
)
from pipeline.events.presence import presence_visits
from pipeline.events.regions import visit_region
from pipeline.events.scorer import load_model, score, wide_score
from pipeline.events.structure import decidable, decided, structure_features
from pipeline.events.summons import other_than_summoned, summoners, summons_word
from pipeline.events.supervised import supervised_talks
from pipeline.events.triggers import (
    TO_RELATIVE_SPAN,
    TRIP_REACH,
    Trigger,
    _future_verb,
    _trip_verb,
    bare_arrival,
    brought_together,
    cancellation_scope,
    carrying_light,
    closed_visit,
    continues_a_future,
    find_triggers,
    first_to,
    future_tense,
    held_during_it,
    invited,
    ongoing_since,
    phone_near,
    prepares,
    programme_item,
    relative_verb_at,
    speak_verb,
    trip_participle_verb,
    under_way,
)
from pipeline.events.types import EVENT_TYPES
from pipeline.events.words import ABOUT_HIM_NOUNS as _ABOUT_HIM
from pipeline.events.words import AHEAD_WORDS as _AHEAD_WORDS
from pipeline.events.words import ARRIVAL_DAY_NOUNS as _ARRIVAL_DAY_NOUNS
from pipeline.events.words import (
    ATTEND_VERBS,
    ATTRIBUTION_OPENERS,
    ATTRIBUTION_VERBS,
    BI_IT_PRONOUNS,
    BRIEFING_VERBS,
    CAME_FROM_AFTER,
    CAME_FROM_VISIT_NOUNS,
    COMING_FROM_WORDS,
    CONTINUATION,
    CONTRAST_WORDS,
    EVE_SHIFTS,
    GATHERING_NOUNS,
    HELD_AUXILIARIES,
    HELD_PAST_VERBS,
    HELD_VERBAL_NOUNS,
    HELD_WITH_IT_VERBS,
    HIJRI_MONTHS,
    JUDGE_VERBS,
    LEAD_VERBS,
    PRESENCE_NOW,
    PROSPECTIVE_VERBS,
    RELATIVE,
    RELATIVE_LINKS,
    RELATIVE_MASCULINE,
    RESULTS_WORDS,
    SAYING_VERBS,
    SETTING_WORDS,
    SINCE_FIRST_WORDS,
    SINCE_SPAN_FILLERS,
    SPAN_AGO_UNITS,
    SPAN_NOUNS,
    SPAN_OCCASIONS,
    SPORT_EVENT_WORDS,
    TOOK_PLACE_VERBS,
    TOUR_NOUNS,
    TRIP_VERBS,
    VISIT_VERBS,
    WHEN_WORDS,
    in_words,
    words_at_most,
)
from pipeline.events.words import BACKGROUND_OPENERS as _BACKGROUND_OPENERS
from pipeline.events.words import BEFORE_NOW_MASCULINE as _BEFORE_NOW_M
from pipeline.events.words import BEFORE_NOW_WORDS as _BEFORE_NOW
from pipeline.events.words import CALL_NOUNS as _CALL_NOUNS
from pipeline.events.words import COMES_VERBS as _COMES_VERBS
from pipeline.events.words import CONTACT_TOPIC_PARTIES as _CONTACT_TOPIC_PARTIES
from pipeline.events.words import CONTACT_TOPIC_VERBS as _CONTACT_TOPIC_VERBS
from pipeline.events.words import GREETING_OCCASIONS as _GREETING_OCCASIONS
from pipeline.events.words import GREETING_VERBS as _GREETING_VERBS
from pipeline.events.words import HONORARY_ENVOY_WORDS as _HONORARY
from pipeline.events.words import HOST_PREMISES as _HOST_PREMISES
from pipeline.events.words import HOST_SEAT_NOUNS as _HOST_SEAT_NOUNS
from pipeline.events.words import HOURS_WORDS as _HOURS_LATER
from pipeline.events.words import ISSUE_NOUNS as _ISSUE_NOUNS
from pipeline.events.words import LANDING_VERBS as _LANDING_VERBS
from pipeline.events.words import LASTED_WORDS as _LASTED
from pipeline.events.words import LASTING_COUNTS as _SEVERAL
from pipeline.events.words import LASTING_WORDS as _LASTS
from pipeline.events.words import LATER_LEG_AFTER as _LATER_AFTER
from pipeline.events.words import LATER_LEG_BEFORE as _LATER_BEFORE
from pipeline.events.words import MONTH_NAME_BEFORE as _BEFORE_MONTH
from pipeline.events.words import OCCASION_WORDS as _OCCASION
from pipeline.events.words import OTHER_STORY_OPENERS as _OTHER_STORY
from pipeline.events.words import PERIOD_NOUNS as _PERIODS
from pipeline.events.words import PHONE_WORDS as _PHONE_WORDS
from pipeline.events.words import PILGRIMAGE_PERFORM_WORDS as _PERFORM
from pipeline.events.words import PILGRIMAGE_RITES as _RITES
from pipeline.events.words import PLANE_WORDS as _PLANE_WORDS
from pipeline.events.words import PLURAL_MEETING_TITLES as _PLURAL_TITLES
from pipeline.events.words import PRESS_ISSUE_WORDS as _PRESS_ISSUE
from pipeline.events.words import PRESS_NOUNS as _PRESS_NOUNS
from pipeline.events.words import PRESS_REPORT_VERBS as _PRESS_REPORT
from pipeline.events.words import PUBLICATION_VERBS as _PUBLICATION
from pipeline.events.words import RECALLED_BEFORE_WORDS as _RECALLED_BEFORE
from pipeline.events.words import RECALLED_SETTING_WORDS as _RECALLED_SETTING
from pipeline.events.words import RECEPTION_STEMS as _RECEPTION_STEMS
from pipeline.events.words import RETOLD_MEETING_NOUNS as _RETOLD_MEETING_NOUNS
from pipeline.events.words import SCHEDULED_SPAN_VERBS as _SCHEDULED_SPAN
from pipeline.events.words import SCHEDULED_TALKS_NOUNS as _SCHEDULED_TALKS
from pipeline.events.words import SCHEDULED_VISIT_NOUNS as _SCHEDULED_VISITS
from pipeline.events.words import SCHEDULED_WORDS as _SCHEDULED
from pipeline.events.words import SESSION_NOUNS as _SESSION
from pipeline.events.words import STATEMENT_NOUNS as _STATEMENT_NOUNS
from pipeline.events.words import SUPPORTING_NOUNS as _SUPPORTING
from pipeline.events.words import TIME_UNITS as _TIME_UNITS
from pipeline.events.words import TIMES_OF_DAY as _TIMES_OF_DAY
from pipeline.events.words import VISIT_BEGUN_VERBS as _BEGUN_VISIT
from pipeline.text.dates import as_date

EXTRACTOR_VERSION = "events-scorer-1"
# A "sentence" longer than this is lines run together (a page's headline ticker, a list with no
# punctuation): its actors and dates come from different stories, so it proposes no event.
# An editorial's sentence that runs on through commas (120-160 words) is still one story.
MAX_SENTENCE_TOKENS = 160
# ... except its opening words: a real lead that runs on (a statement quoted after the call it
# reports: «بحث A وB، خلال اتصال هاتفي، ...، وأضاف البيان: ...») tells its contact first, so a
# trigger and both parties within its first tokens, up to the last punctuation mark among
# this many, still make a candidate (run-together lines have no punctuation where a line ended:
# an opening with none keeps nothing)
LONG_SENTENCE_OPENING = 40
# rule frames whose parties come from the sentence before (وكان في استقبالهم، اجتمع الوزيران):
# an undated sentence of theirs takes that sentence's date
ANAPHORIC_FRAMES = ("reception", "dual", "occasion")


LISTED_STOPS_GAP = 4  # words from one place of a list of stops to the next («الكويت وقطر»)


def _listed_stops(cands: list[Candidate]) -> tuple[set[int], set[int]]:
    """ids of the visits of one sentence that go to places listed together by و («جولة شملت
    الكويت وقطر والعراق», «زيارة لكينيا وإثيوبيا»): the stops of one tour, each on a day of
    its own that the text may not tell; and the ids of those after the first of their list.
    Two visit words to two places («زيارة كارتر لأربيل بعد يوم من زيارة لبغداد») are no
    list."""
    placed = []  # each visit with the token of its place
    for c in cands:
        if c.etype == "VISIT" and c.actor1 is not None and c.location is not None:
            k = next((p[0] for p in c.sentence.places if p[1] == c.location[0]), None)
            if k is not None:
                placed.append((c, k))
    out: set[int] = set()
    later: set[int] = set()
    for a, ka in placed:
        for b, kb in placed:
            if (0 < kb - ka <= LISTED_STOPS_GAP and b.sentence.norms[kb].startswith("و")
                    and a.actor1.key == b.actor1.key):
                out.update((id(a), id(b)))
                later.add(id(b))
    return out, later


def _pair_key(c: Candidate) -> tuple:
    keys = sorted([str(c.actor1.key) if c.actor1 else "", str(c.actor2.key) if c.actor2 else ""])
    return tuple(keys)


def _other_people(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates with the same actor keys name different people for one side
    (the acting foreign minister met X; his late predecessor had met X earlier). The names of
    `a` are those of every mention merged into it so far: a headline naming no one («التقى
    وزير الدفاع الأمريكي مسؤولا عراقيا») takes a later meeting with one official (Barzani),
    and a meeting with another official of the same office (the speaker) is another one."""
    def names(c):
        return {(str(x.key), x.name) for x in (c.actor1, c.actor2) if x is not None and x.name}
    na = set().union(*(names(c) for c in (a, *a.retold)))
    nb = names(b)
    return any(k == kb and v != vb for k, v in na for kb, vb in nb)


def _vaguer_then_named(a: Candidate, b: Candidate) -> bool:
    """Whether a contact told with a vaguer side (_vaguer: «وكان في استقباله عدد من كبار
    المسؤولين») is told again in another sentence with a named person or office in that
    side's place («وكان في استقباله الدكتور X رئيس الديوان»): the two stay apart, so that the
    named one is the event and the vaguer one is told again (_vaguer_told_again), rather than
    the named mention merged into the vaguer one and lost with it."""
    if a.sentence is b.sentence:
        return False
    return any(x is not None and y is not None and x.key == y.key and _vaguer(x)
               and _named_side(y)
               for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2),
                            (a.actor1, b.actor2), (a.actor2, b.actor1)))


def _other_counterparts(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates of one trigger pair it with mentions at other places of the
    sentence («ستكون له لقاءات مع رئيس الحكومة ورئيس مجلس الشيوخ ورئيسة مجلس النواب»,
    «استقبل مستشار وزير العدل التركي والمدير العام للسجون التركية»): one contact with each
    counterpart (the labels: one event per counterpart), even when both hold one office of
    one state and the text names neither."""
    if a.trig is None or b.trig is None or a.sentence is not b.sentence \
            or a.trig.i != b.trig.i:
        return False
    places = [{x.i for x in (c.actor1, c.actor2) if x is not None} for c in (a, b)]
    if not len(places[0]) == len(places[1]) == 2 or places[0] == places[1]:
        return False
    # the later of the two counterparts is listed after the other by «و» («ورئيس مجلس
    # الشيوخ»), not the same person named again («ورودريجيز وهو أول وزير خارجية كوبي»)
    k = max(places[0] ^ places[1])
    later = next(x for c in (a, b) for x in (c.actor1, c.actor2) if x is not None and x.i == k)
    return later.clitic.startswith("و")


def _other_days(a: Candidate, b: Candidate) -> bool:
    """Whether the later candidate `b` recalls an earlier occasion on another day («وصل أربيل
    أمس الجمعة ...» then «وكان قد زار بغداد الخميس، واجتمع مع ...»): two occasions, not one
    told twice. Only a sentence that opens as background (وكان، يذكر أن ...) is trusted to
    tell another occasion: a date elsewhere is as often another clause's."""
    return (a.date is not None and b.date is not None and a.precision == "day"
            and b.precision == "day" and a.date != b.date
            and _recalled(b))


# two visits of one visitor told with their own days further apart than this are two trips,
# not one told twice (no state visit lasts weeks; a chronology «14 أبريل: ... يزور القاهرة»,
# «30 يوليو: ... يزور القاهرة»)
TRIPS_APART_DAYS = 14


def _trips_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two visits of one visitor are dated to days weeks apart, each by a day its own
    sentence names (not the lead's or the one before's) and no statement's («الزيارة التي
    أعلن عنها في 3 يونيو»: the day of the announcement, the visit retold): two trips,
    whatever their places."""
    if a.date is None or b.date is None or a.precision != "day" or b.precision != "day":
        return False
    if abs((a.date - b.date).days) <= TRIPS_APART_DAYS:
        return False
    return _own_day(a) and _own_day(b)


def _own_day(c: Candidate) -> bool:
    """Whether a candidate's day is a date its own sentence writes out («في 12 مايو», «يوم
    الخميس 3 يونيو»), not the lead's or the sentence before's, nor a relative day (أمس), nor
    a statement's day («في بيان صدر في 3 يونيو», «وأعلنت الرئاسة في 3 يونيو»)."""
    norms = c.sentence.norms
    return any(m.explicit and m.date == c.date and not any(
        norms[k] in SAYING_VERBS or in_words(norms[k], _STATEMENT_NOUNS, "وف")
        for k in range(max(0, m.i - STATEMENT_REACH), m.i))
        for m in find_dates(norms, c.today))


# contacts held within one day: two of them of one pair told on different dates written out
# are two contacts (talks may run over several days, a visit lasts several)
ONE_DAY_CONTACTS = ("MEET", "CALL")


def _dated_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two meetings or calls of one pair are told on different days, each by a date
    its own sentence writes out (a chronology: «في 12 مايو التقى الجبير كيري ... وفي 3 يونيو
    التقاه في باريس»): two contacts, not one told twice. A lead and its recount with «أمس»,
    or the same date told again, stay one."""
    return (a.etype in ONE_DAY_CONTACTS and b.etype in ONE_DAY_CONTACTS
            and a.date is not None and b.date is not None and a.precision == "day"
            and b.precision == "day" and a.date != b.date and _own_day(a) and _own_day(b))


# days at most between a visit's arrival and a later day the same visit is told on (a state
# visit lasts a few days; two arrivals further apart are two trips)
ARRIVAL_BEFORE_DAYS = 7


def _arrival(c: Candidate) -> bool:
    """Whether a visit is told by its traveller's arrival: a past verb of arrival (grammar.yaml
    `trip_verbs`: «ووصل X صباح الخميس») or the noun «وصول» («عند وصوله إلى نيروبي»)."""
    if c.trig is None:
        return False
    word = c.sentence.norms[c.trig.i]
    return in_words(word, TRIP_VERBS, "وف") or in_words(word, _ARRIVAL_DAY_NOUNS, "ولب")


def _earlier_arrival(o: Candidate, c: Candidate) -> bool:
    """Whether `c`, a visit merged into the visit `o` told before it, is its arrival on an
    earlier day than the one `o` is told on («أكد X في اليوم الأول من زيارة إلى كينيا، السبت»
    then «صورة للرئيس عند وصوله إلى نيروبي» on Friday): both reported, each with a day, a few
    days apart at most, `o` not an arrival of its own (two arrivals on two days are two
    trips), and the same person where both are named. The visit takes the arrival's day (the
    labelling conventions date a visit by its first day)."""
    if o.etype != "VISIT" or c.etype != "VISIT" or o.status != "reported" \
            or c.status != "reported" or o.date is None or c.date is None \
            or o.precision != "day" or c.precision != "day":
        return False
    if not 0 < (o.date - c.date).days <= ARRIVAL_BEFORE_DAYS:
        return False
    if o.actor1.name and c.actor1.name and o.actor1.name != c.actor1.name:
        return False
    return _arrival(c) and not _arrival(o)


def _own_trigger(sent: Sentence, c: Candidate, triggers: list) -> Trigger | None:
    """The candidate's own trigger when it is one of the sentence's and its text is the
    candidate's (a sentence may tell the same word twice: «انعقد اليوم اجتماع ...، في انتظار
    اجتماع ... غدا»), else None (then the trigger of that text is looked up)."""
    return c.trig if c.trig in triggers and trigger_text(sent, c.trig) == c.trigger else None


def _lead_dated(c: Candidate) -> bool:
    """Whether a candidate still bears the day _lead_date gave it from the lead's occasion: a
    later step that dated it otherwise (a day retold by a later noun of the contact, «هذا
    اللقاء», the sentence before) gave it a day of its own."""
    return c.lead_day is not None and c.lead_day == (c.date, c.precision)


def _named_day(c: Candidate) -> bool:
    """Whether a candidate's date is one its own sentence names by a written date or a weekday
    («في يونيو», «مساء الأحد»), not by a word relative to a today that a quotation may move
    («الذي يعود اليوم» in a speech of the day before), in the trigger's own stretch of words:
    no punctuation between them («دون قيام الرئيس بزيارة كينيا، حتى إسقاطها في ديسمبر»: the
    month of another clause)."""
    if c.trig is None:
        return False
    toks = c.sentence.toks

    def joined(m) -> bool:
        lo, hi = (c.trig.j - 1, m.i) if m.i >= c.trig.j else (m.j - 1, c.trig.i)
        return not any(toks[k].punct for k in range(lo, hi))

    return any((m.explicit or m.weekday) and m.date == c.date and joined(m)
               for m in find_dates(c.sentence.norms, c.today, c.sentence.breaks))


def _recalled(c: Candidate) -> bool:
    """Whether a candidate's clause opens as background: its sentence starts with يذكر/وكان
    ..., or «(و)كان X قد» stands shortly before its trigger (the pluperfect of a recalled
    occasion)."""
    norms = c.sentence.norms
    if norms[:1] and norms[0] in _BACKGROUND_OPENERS:
        return True
    return c.trig is not None and _was_qad_before(norms, c.trig.i, qad_within=4)


def _was_qad_before(norms: list[str], i: int, qad_within: int | None = None) -> bool:
    """Whether «(و)كان/كانت» within RECALL_SPAN words before token i has «قد» after it: within
    `qad_within` words of it, or anywhere up to i (the pluperfect of a recalled occasion)."""
    return any(norms[k] in ("كان", "وكان", "كانت", "وكانت")
               and "قد" in norms[k + 1:i if qad_within is None else k + 1 + qad_within]
               for k in range(max(0, i - RECALL_SPAN), i))


def _named_only(c: Candidate) -> bool:
    """Whether a visit is only named by its noun, with no day, no verb and no cue of its own
    («وتمثل الهجرة أبرز محاور زيارة رئيس الحكومة إلى ألمانيا»): its status is no more than the
    default, and a visit of the same visitor to the same place told before or after is the one
    it names. A stop told still to come (later_stop: «في جولة يستهلها في مصر») has a verb of
    its own."""
    if c.trig is None or c.trig.tense != "noun" or c.date is not None or c.later_stop:
        return False
    _triggers, lights, cues = find_triggers(c.sentence)
    return not lights and not cues


def _stop_of(c: Candidate, o: Candidate) -> bool:
    """Whether an undated visit `c` to a place of the country of a visit `o` told before
    names a stop of that trip, whatever its own tense («وتستغرق زيارة الوفد إلى تونس 4 أيام
    سيزور خلالها سوسة», «ومن المنتظر أن يزور موقع الهجوم ببرلين» after the visit to
    Germany begun today): one visit, not a second one to come."""
    return (c.date is None and o.date is not None and c.location is not None
            and o.location is not None and c.location[1] == o.location[1]
            and c.location[0] != o.location[0])


def _stop_of_a_dated_tour(o: Candidate, c: Candidate) -> bool:
    """Whether an undated visit to a place `c`, told in a later sentence, is a stop of a tour
    `o` told with a day but no place («يصل X إلى المملكة اليوم في ختام جولته. وزار X إسرائيل
    والأردن»): a stop before the tour's last, not on the tour's day; the two stay apart.
    (Both told as past: a visit to come told first with its day and no place keeps the place
    a later sentence names.)"""
    return (o.location is None and c.location is not None and o.date is not None
            and c.date is None and c.sentence.index > o.sentence.index
            and o.status == c.status == "reported")


def _across_contact(cands: list[Candidate], published: date | None = None) -> list[Candidate]:
    """Drop a contact whose parties after its trigger all stand after a later trigger of the
    same sentence proposing the same type and pair at another status or date: they are that
    contact's («عقد الوزراء اليوم اجتماعا تنسيقيا تمهيدا للاجتماع المشترك مع كيري الذي سيعقد
    غدا»: Kerry is at tomorrow's meeting, not today's)."""
    groups: dict[tuple, list[Candidate]] = {}  # only one sentence's contacts of one type and pair
    for c in cands:
        if c.trig is not None:
            groups.setdefault((id(c.sentence), c.etype, _pair_key(c)), []).append(c)

    def later(a: Candidate, b: Candidate) -> bool:
        if b is a or b.trig.i < a.trig.j or (b.status, b.date) == (a.status, a.date):
            return False
        after = [x.i for x in (a.actor1, a.actor2) if x is not None and x.i >= a.trig.j]
        return bool(after) and min(after) >= b.trig.j
    # a later contact that the filters on its parties drop (_not_contact) takes no one's place
    dropped = {id(a) for group in groups.values() if len(group) > 1
               for a in group if any(later(a, b) and not _not_contact(b, published) for b in group)}
    return [a for a in cands if id(a) not in dropped]


# the trailer of a paper's page giving the article's title again («رابط الخبر بصحيفة الوئام:
# الجبير يصل الدوحة اليوم في زيارة رسمية»), often run on to the article's last sentence
_TITLE_TRAILER = words.TITLE_TRAILER


def _title_at(norms: list[str]) -> int | None:
    """The index of the first word after the title trailer's opening (its words in order, as
    many as grammar.yaml gives), or None."""
    n = len(_TITLE_TRAILER)
    return next((k + n for k in range(len(norms) - n + 1)
                 if tuple(norms[k:k + n]) == _TITLE_TRAILER), None)


def _told_before_title(o: Candidate, c: Candidate, start: int) -> bool:
    """Whether `o` is told in the article before the title trailer opening at `start` of
    `c`'s sentence, with the same type and parties as `c` (a visit: the same visitor and
    destination)."""
    if o is c or o.etype != c.etype:
        return False
    if not (o.sentence.index < c.sentence.index or o.sentence is c.sentence
            and o.trig is not None and o.trig.i < start - 2):
        return False
    if c.etype == "VISIT":
        return o.actor1 is not None and c.actor1 is not None \
            and o.actor1.key == c.actor1.key and (
                o.location is None or c.location is None or o.location[1] == c.location[1])
    return _pair_key(o) == _pair_key(c)


def _title_retold(cands: list[Candidate]) -> list[Candidate]:
    """A contact in the title trailer of a page that the article told before it (same type,
    same parties; a visit: same visitor and destination) is that contact: it takes the status
    and day the article gives it. A title tells the day's news in the present («الجبير يصل
    الدوحة اليوم», «وزير الخارجية السوري يزور سلطنة عمان») where the article tells it done
    («وصل الجبير إلى الدوحة اليوم»); read alone, the title's present would make it planned."""
    for c in cands:
        start = _title_at(c.sentence.norms) if c.trig is not None else None
        if start is None or c.trig.i < start:
            continue
        told = next((o for o in cands if _told_before_title(o, c, start)), None)
        if told is not None:
            c.status, c.date, c.precision = told.status, told.date, told.precision
    return cands


def _told_as(c: Candidate) -> tuple:
    """What a user sees of an event, its evidence aside: two kept candidates alike in all of it
    are one contact told twice (a visit retold by an attendance verb whose status only
    `_dated_status` settles, after `_merge` kept them apart)."""
    sides = tuple((a.key, a.name) if a is not None else None for a in (c.actor1, c.actor2))
    return c.etype, c.status, c.date, c.precision, c.location, sides


UNDER_WAY_DAYS = 3  # days at most before publication a trip reported may still be under way


def _setting_under_way(setting: Candidate, told: Candidate) -> bool:
    """Whether a visit to come is only the setting of a contact announced for it («سيلتقي خلال
    زيارته إلى مصر الرئيس»: a visit noun after خلال/أثناء, planned for the future verb, with no
    day of its own) and another sentence reports the same visitor's trip there as made or under
    way («وقال لدى مغادرته الرياض متوجها إلى مصر»): the visit is that one, under way."""
    trig = setting.trig
    if setting.status != "planned" or told.status != "reported" or trig is None \
            or trig.tense != "noun" or trig.i == 0 or setting.date is not None \
            or setting.sentence.index == told.sentence.index:
        return False
    if told.date is not None and (told.precision != "day" or told.today is None
                                  or not 0 <= (told.today - told.date).days <= UNDER_WAY_DAYS):
        return False  # a trip told as made weeks ago is another one
    return setting.sentence.norms[trig.i - 1].removeprefix("و") in WITHIN_VISIT


def _merge(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if c.etype == "DISCUSS":
            match = next((o for o in out if o.etype in ("MEET", "CALL")
                          and _pair_key(o) == _pair_key(c)), None)
            if match is not None:
                match.date = match.date or c.date
                match.precision = match.precision or c.precision
                continue
            c.etype = "CALL" if c.discuss_phone else "MEET"
        match = None
        for o in out:
            if o.etype != c.etype:
                continue
            if c.etype == "VISIT":
                same_visitor = o.actor1.key == c.actor1.key and not _other_people(o, c)
                same_dest = (o.location is None or c.location is None
                             or o.location[1] == c.location[1])
                named = _named_only(o) or _named_only(c) or _stop_of(c, o)
                under_way = _setting_under_way(o, c) or _setting_under_way(c, o)
                if same_visitor and same_dest and (o.status == c.status or named or under_way) \
                        and not (
                        _other_days(o, c) and o.location is not None and c.location is not None
                        and o.location[0] != c.location[0]) and not _trips_apart(o, c) \
                        and not _stop_of_a_dated_tour(o, c):
                    match = o
                    break
            elif _pair_key(o) == _pair_key(c) and not _other_people(o, c) \
                    and not _other_counterparts(o, c) and not _vaguer_then_named(o, c) \
                    and not (o.status == c.status == "reported" and _other_days(o, c)) \
                    and not _dated_apart(o, c) and (
                    o.status == c.status or c.etype in ("MEET", "CALL")
                    and o.sentence.index != c.sentence.index and c.status == "reported"):
                match = o
                break
        if match is None:
            # a call or meeting first described generically ("بحث مع") is the same event
            prior = next((o for o in out if o.etype in ("MEET", "CALL") and c.etype == "CALL"
                          and o.trigger_kind_discuss and _pair_key(o) == _pair_key(c)), None) \
                if c.etype == "CALL" else None
            if prior is not None:
                prior.etype = "CALL"
                match = prior
        if match is not None:
            if match.etype == "VISIT" and _setting_under_way(match, c):
                match.status = c.status  # the visit under way, told as reported
                match.date, match.precision = c.date, c.precision
            elif match.etype == "VISIT" and _named_only(match) and not _named_only(c):
                match.status = c.status  # the visit told with its tense and day
                match.date, match.precision = c.date, c.precision
            if match.date is None and (match.frame != "onward" or c.frame == "tour") and not (
                    match.status != c.status
                    and _contradicts(match.status, c.date, c.precision, c.today)) and not (
                    match.closed_days is not None
                    and (c.precision == "day" and c.date in match.closed_days
                         or c.location is None)):
                # (nor the day a visit is closed on, told again by another mention of the
                # trip: «اختتم X زيارته إلى إثيوبيا أمس» then «وغادر X أديس أبابا أمس», nor
                # the start of a tour it ended: «في ختام زيارة للقارة بدأها السبت»; and
                # a past day of a reported retelling does not date a contact announced as
                # to come: «وسيجري الرئيس خلال زيارته محادثات مع» then «حيث كان باستقباله»;
                # a stop to come is dated by its own clause only, or by a clause of its own
                # telling that stop again: «وينتقل بعدها إلى قطر» then «ومن مصر، سينتقل X،
                # الإثنين، إلى الدوحة»)
                match.date, match.precision = c.date, c.precision
                match.lead_day = c.lead_day
            elif _earlier_arrival(match, c):
                # «التقى X الجمعة ... في اليوم الثاني من زيارته» then «ووصل X صباح الخميس»: a
                # visit is dated by its first day, the day of the arrival told again after it
                match.date, match.precision = c.date, c.precision
                match.lead_day = None
            elif _lead_dated(match) and c.date is not None and not _lead_dated(c) \
                    and match.status == c.status and not _recalled(c) and _named_day(c):
                # «نولي اهتماما لزيارة ولي ولي العهد ومحادثاته مع بوتين» (no day: the lead's)
                # then «واجتمع بوتين مع الأمير في يونيو»: the day a later mention tells in its
                # own sentence is the contact's, not the lead's it was given for want of one;
                # but a mention opening as background («وكان بوتين قد التقى الأمير في يونيو
                # الماضي», «يذكر أن ...») recalls an earlier occasion, not this one's day
                match.date, match.precision = c.date, c.precision
                match.lead_day = None
            match.location = match.location or c.location
            if match.actor2 is None and c.actor2 is not None:
                match.actor2 = c.actor2
            match.retold = [*match.retold, c]  # (a copy: replace() shares the list)
            continue
        c.trigger_kind_discuss = False
        out.append(c)
    return out


# ----------------------------------------------------------------------------- public API

# the lead of a daily digest («موعد يومي مع أبرز الأحداث والمستجدات ...», «أبرز عناوين الأخبار
# المسجلة اليوم ...:»): the lines after it are the day's headlines, run together with no mark
# where one ends
_DIGEST_LEAD = re.compile(r"(?:^|\s)[أا]برز\s+(?:عناوين\s+)?(?:ال)?(?:[أا]حداث|[أا]خبار)(?:\s|$)")
DIGEST_LEAD_MAX_WORDS = 30


def _is_digest(text: str) -> bool:
    """Whether a text is a digest of headlines: a short first paragraph (or the one after the
    page's headline) announcing the main news («أبرز الأحداث / الأخبار / عناوين الأخبار»)
    with more paragraphs after it."""
    paras = [p for p in text.split("\n", 3)[:3] if p.strip()]
    return any(words_at_most(p, DIGEST_LEAD_MAX_WORDS) and _DIGEST_LEAD.search(p) is not None
               for p in paras[:2][:len(paras) - 1])


# words at most between a cue and a present verb of the same headline of a digest
HEADLINE_CUE_REACH = 8


def _headline_cues(sent: Sentence, triggers, lights, cues) -> list:
    """The status cues of a digest's run-on headlines that can be told of a present verb's
    headline: within HEADLINE_CUE_REACH words of one. A cue of the future further away
    belongs to another headline run into it where no colon cut them («... عودة الإنتاج خلال
    الأسابيع القادمة ... الرئيس يستقبل وزير الخارجية»: the present headline is the day's news,
    reported)."""
    verbs = [t.i for t in triggers if t.tense == "present"]
    verbs += [lt[0] for lt in lights if lt[1] == "present"]
    return [c for c in cues
            if any(c[1] <= v and v - c[1] <= HEADLINE_CUE_REACH
                   or c[0] > v and c[0] - v <= HEADLINE_CUE_REACH for v in verbs)]


def _kicker_date(sent: Sentence, m) -> bool:
    """A date written as a headline's kicker («الاثنين القادم : التسجيل في ...»): in a digest
    it dates the headline after its colon, another story than the words around it."""
    end = sent.toks[m.j - 1].end
    return sent.toks[m.j - 1].punct and sent.text[end:end + 3].lstrip().startswith(":")


# a digest's headlines run together where their line breaks were lost: a no-break space left
# where a line ended, a kicker before its colon («جندوبة : ...», «يوسف الشاهد : ...»,
# «الاثنين القادم : ...»)
_NO_BREAK = re.compile(r"\s*\xa0\s*")
_LINE_BREAKS = re.compile(r"\n+")
# a word before a colon that follows one of these is the end of its headline, not a kicker
_KICKER_AFTER = words.KICKER_AFTER


def _headline_cuts(s: str, year: int | None, memory: dict, home: str | None,
                   published: date | None) -> list[int]:
    """Where (character offsets) a digest's run-on sentence `s` starts a new headline: before a
    kicker, the actor, date or single word before « : » (not a place after a preposition: «...
    إلى تونس : مصدر يوضح» is a headline and its speaker)."""
    toks = tokenize(s)
    if len(toks) < 2:
        return []
    probe = Sentence(s, 0, toks)
    find_mentions(probe, year, dict(memory), home)
    dates = find_dates(probe.norms, published, probe.breaks)
    cuts = set()
    for k, t in enumerate(toks[:-1]):
        if not (t.punct and s[t.end:t.end + 3].lstrip().startswith(":")):
            continue
        start = next((a.i for a in probe.actors if a.j == k + 1), None)
        if start is None:
            # a date («الاثنين القادم :», «يوم الأحد القادم :»), or the kicker's last word
            start = next((m.i for m in dates if m.j == k + 1),
                         k - 1 if k and probe.norms[k] in PERIOD_MODIFIERS else k)
            if start > 0 and probe.norms[start - 1] == "يوم":
                start -= 1
        if start > 0 and probe.norms[start - 1] in _KICKER_AFTER:
            continue  # «... إلى تونس : مصدر يوضح»: the headline's own place, then its speaker
        cuts.add(start)
    return sorted(toks[i].start for i in cuts if i > 0)


def _headlines(para: str, year: int | None, memory: dict, home: str | None,
               published: date | None) -> list[str]:
    """The headlines of a digest's paragraph (see _headline_cuts), each a sentence of its own."""
    out = []
    for piece in _NO_BREAK.split(para):
        for s in split_sentences(piece):
            cuts = _headline_cuts(s, year, memory, home, published)
            bounds = [0, *cuts, len(s)]
            out += [s[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)
                    if s[a:b].strip()]
    return out


def _prepare(text: str, published: date | None, home: str | None = None) -> list[Sentence]:
    paras = [p for p in _LINE_BREAKS.split(_join_wrapped(text)) if p.strip()]
    digest = _is_digest(text)
    if paras and _is_headline(paras):
        paras = paras[1:]
    sentences, memory = [], {}
    if "كوري" in text:
        # a bare «الكوري» is the Korea the article names in full (mentions._bare_korean)
        memory[KOREAS] = koreas_named([t.norm for p in paras for t in tokenize(p)])
    year = published.year if published else None
    for n_para, para in enumerate(paras):
        if "تاريخ النشر" in para:
            continue
        # (only a digest's paragraphs are looked at for its lead, which is split as any other)
        headlines = digest and not (words_at_most(para, DIGEST_LEAD_MAX_WORDS)
                                    and _DIGEST_LEAD.search(para))
        crosshead = not digest and n_para > 0 and _is_headline(paras[n_para:n_para + 2])
        for s in (_headlines(para, year, memory, home, published) if headlines
                  else split_sentences(para)):
            sent = Sentence(s, len(sentences), tokenize(s), crosshead=crosshead)
            find_mentions(sent, year, memory, home)
            # in token order: a country's name is listed as a place while the sentence is read,
            # a city's after it («في لندن ... فلسطين»: the venue is the first after a trigger)
            sent.places.sort(key=lambda p: p[0])
            resolve_groups(sent, memory)
            resolve_blocs(sent, memory, published)
            summoners(sent)
            sentences.append(sent)
    settle_unnamed(sentences)
    settle_person_roles(sentences, year)
    return sentences


def _presence(sent: Sentence, ruled: list[Candidate], triggers, lights, cues, doc_cancel,
              sdate) -> list[Candidate]:
    """The visits told by an actor's presence in a foreign place (presence.py) that no rule
    frame of the sentence already proposes for the same visitor."""
    occupied = sent.actor_toks()
    occupied.update(p[0] for p in sent.places)
    told = {c.actor1.key for c in ruled if c.etype == "VISIT" and c.actor1 is not None}
    return [c for c in presence_visits(sent, triggers, lights, cues, doc_cancel, occupied,
                                       sdate) if c.actor1.key not in told]


def _opening(sent: Sentence) -> int:
    """The tokens of a sentence that are read: all of them, or a run-on one's opening up to
    its last punctuation mark among its first LONG_SENTENCE_OPENING (MAX_SENTENCE_TOKENS)."""
    if len(sent.toks) <= MAX_SENTENCE_TOKENS:
        return len(sent.toks)
    return max((m + 1 for m in range(LONG_SENTENCE_OPENING) if sent.toks[m].punct), default=0)


def _read_within(found: tuple, opening: int, size: int) -> tuple:
    """A sentence's (triggers, light verbs, cues) within its first `opening` tokens of `size`."""
    if opening >= size:
        return found
    triggers, lights, cues = found
    return ([t for t in triggers if t.j <= opening], [x for x in lights if x[0] < opening],
            [x for x in cues if x[1] <= opening])


def _within(c, opening: int) -> bool:
    """Whether a candidate's parties are both named within a sentence's first `opening`
    tokens (LONG_SENTENCE_OPENING: a run-on sentence's later words may be another story's)."""
    return all(a is None or a.j <= opening for a in (c.actor1, c.actor2))


def _topic_counterpart(c, sent: Sentence, triggers) -> bool:
    """Whether one side of a contact noun's candidate is named only in the contact's topic: the
    noun is the subject of a verb of discussion right after it («اللقاء تناول ...», grammar.yaml
    `contact_topic_verbs`) and the side comes after the verb, not introduced as a party (by
    «مع», «بين», a clitic preposition, a word of `contact_topic_parties` or another contact word
    between) («اللقاء تناول الأوضاع في اليمن ودعم حكومة مصر للتحالف»: Egypt's government is
    talked about, not met)."""
    trig = c.trig
    if trig is None or trig.tense != "noun":
        return False
    norms = sent.norms
    verb = trig.j + 1 if norms[trig.j:trig.j + 1] == ["قد"] else trig.j
    if verb >= len(norms) or norms[verb] not in _CONTACT_TOPIC_VERBS:
        return False
    for a in (c.actor1, c.actor2):
        if a is None or a.i <= verb or a not in sent.actors:
            continue  # (a side borrowed from another sentence, «الجانبان», is no topic here)
        if _marked_object(sent, a) or norms[a.i - 1] in ("مع", "بين") \
                or any(in_words(w, _CONTACT_TOPIC_PARTIES, "و") for w in norms[verb + 1:a.i]) \
                or any(verb < t.i < a.i for t in triggers if t is not trig):
            continue
        return True
    return False


def _greeted_subject(c, sent: Sentence) -> bool:
    """Whether a side of the candidate, named before its trigger, is the one greeted by a verb
    of congratulation or condolence right before it (grammar.yaml `greeting_verbs`), the
    occasion («ب...») or the loss («في») right after it and no second actor between: the
    greeting's subject is left out, and the greeted did not do the later contact («هنأ رئيس
    X بذكرى استقلال بلاده، واستقبل Y»: X met nobody)."""
    trig = c.trig
    if trig is None:
        return False
    norms = sent.norms
    for a in (c.actor1, c.actor2):
        if a is None or a.j > trig.i or a.i < 1 or a not in sent.actors:
            continue
        # right after the verb, or after the verb's named subject («هنأ الملك رئيس X بذكرى»)
        greeter = [x for x in sent.actors if x.j == a.i and x.i >= 1]
        verb = a.i - 1 if not greeter else greeter[0].i - 1
        if not in_words(norms[verb], _GREETING_VERBS, "و"):
            continue
        if a.j < len(norms) and norms[a.j] in _GREETING_OCCASIONS \
                and not any(x.i == a.j for x in sent.actors):
            return True
    return False


def _topic_of_a_call(c, calls, sent: Sentence) -> bool:
    """A definite talks noun after a call between the same two, in one sentence, is what they
    discussed on the phone («بحث A وB في اتصال هاتفي موعد المحادثات»: talks already known, not
    a meeting of theirs); an indefinite one may be theirs («واتفق معه على لقاء»: planned)."""
    if c.etype not in ("MEET", "NEGOTIATE") or c.trig.tense != "noun" \
            or not _definite(sent.norms[c.trig.i]):
        return False
    return any(k is not c and k.trig.i < c.trig.i and _pair_key(k) == _pair_key(c)
               for k in calls)


def _other_arrival(sent, c: Candidate) -> bool:
    """Whether a candidate of the bare arrival noun «وصول» has for its traveller someone
    other than the genitive right after the noun («هل شاهد X وصول Y إلى عدن»: Y arrives, X
    only watches)."""
    t = c.trig
    if t is None or not bare_arrival(sent, t):
        return False
    if c.actor1 is None:
        return True
    return c.actor1.i != t.j and not _joined_traveller(sent, t.j, c.actor1)


def _joined_traveller(sent: Sentence, start: int, actor) -> bool:
    """Whether `actor` is joined by و to the arrival noun's genitive traveller at token
    `start` («وصول A وB إلى طهران»: B arrives as well). A mention right after another with no
    clitic continues the chain as its apposition (a title and then the name it gives). Not
    across a word between them: «وصول A الثلاثاء وB الأربعاء» gives each traveller a day of his
    own, which the candidate's one date would not tell (_dated_travellers gives B his own)."""
    last = next((a for a in sent.actors if a.i == start), None)
    if last is None:
        return False
    for a in sorted(sent.actors, key=lambda a: a.i):
        if a.i < last.j:
            continue
        if a.i != last.j:
            return False
        if a.clitic.startswith("و") or not a.clitic:
            if a is actor:
                return True
            last = a
        else:
            return False
    return False


def _dated_travellers(sent: Sentence, ruled: list[Candidate], found: list) -> list[Candidate]:
    """The further travellers of an arrival noun's list whose days are told one by one («من
    المقرر وصول A الثلاثاء وB الأربعاء»): each one joined by و right after the day told for
    the one before arrives too, on the day told right after him (_joined_traveller leaves them
    out, the arrival's one date not being theirs). A copy of the arrival's candidate each, its
    own day kept."""
    out = []
    for c in ruled:
        t = c.trig
        if c.etype != "VISIT" or t is None or c.actor1 is None or c.actor1.i != t.j \
                or c.actor2 is not None or not bare_arrival(sent, t):
            continue
        day = next((m for m in found if m.i == c.actor1.j and m.precision == "day"), None)
        for a in sorted(sent.actors, key=lambda a: a.i):
            if day is None:
                break  # the one before told no day of his own: the list of days ends
            if a.i < day.j:
                continue
            if a.i != day.j or not a.clitic.startswith("و") or a.counterpart:
                break
            day = next((m for m in found if m.i == a.j and m.precision == "day"), None)
            if day is not None:
                out.append(dataclasses.replace(c, actor1=a, own_day=day))
    return out


_SENTENCE_ENDS = frozenset(".!?؟\n")


def _other_articles_heading(text: str, k: int, n: int) -> bool:
    """Whether the words of words.OTHER_ARTICLES at text[k:k+n] are the heading of the list:
    run together with the first title after them («مقالات أخرى للكاتبالعلاقات العربية»), or
    opening a line or a sentence; «نشرت مقالات أخرى للكاتب نفسه» (or «للكاتبة نفسها») inside a
    sentence is none."""
    end = k + n + 1 if text[k + n:k + n + 1] == "ة" else k + n  # «للكاتبة»: a woman's
    if end < len(text) and not text[end].isspace() and text[end] not in "،,.:":
        return True
    before = text[:k].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_ENDS


def _before_other_articles(text: str) -> str:
    """The text up to a columnist's list of his other articles' titles (words.OTHER_ARTICLES:
    «مقالات أخرى للكاتب» and the titles run together), which tells none of the article's
    contacts; the whole text when it has no such list (_other_articles_heading)."""
    for heading in words.OTHER_ARTICLES:
        k = text.find(heading) if text else -1
        while k >= 0 and not _other_articles_heading(text, k, len(heading)):
            k = text.find(heading, k + len(heading))
        if k >= 0:
            text = text[:k]
    return text


def candidates(text: str, published=None, home: str | None = None,
               with_wide: bool = True) -> list[tuple[Candidate, list[str]]]:
    """Every event candidate of a text with its features, in text order: the rule frames'
    choices and, unless `with_wide` is false, the wide candidates they did not make
    (candidates.py; the rule frames' candidates are the same either way). A columnist's list
    of his other articles that ends the text is not read (_before_other_articles)."""
    pub = as_date(published)
    text = _before_other_articles(text)
    sentences = _prepare(text, pub, home)
    found_triggers = [find_triggers(s) for s in sentences]
    councils_named = council_offices(sentences)  # the councils' ministers the text names
    # whether a cancellation the article tells is said of a contact of each sentence (of its
    # own story: a digest's next story, «ومن جهة أخرى», calls off nothing of the one before)
    stories = list(accumulate(int(_other_story(s.norms)) for s in sentences))
    openings = [_opening(s) for s in sentences]
    read = [_read_within(f, o, len(s.toks))
            for s, f, o in zip(sentences, found_triggers, openings, strict=True)]
    cancel_scope = cancellation_scope(sentences, read, home, stories, openings)
    out: list[tuple[Candidate, list[str]]] = []
    prev_date = lead_date = (None, None)
    lead_k = 0  # the lead's dated sentence
    lead_week = False  # whether the lead's occasion is a week with no day (no lead day)
    told_parties: set = set()  # the actors of the sentences so far naming the lead's day
    prev_contacts: list[Candidate] = []  # the dated contacts of the sentence before
    inherited = None
    visitors: list[tuple[int, object]] = []  # (sentence, visitor) of the visits told so far
    visits_told: list[tuple[int, Candidate]] = []  # (sentence, visit) of the visits told so far
    talks = None  # the two sides of the talks told last (a later round's, frames)
    letter = None  # (sentence, sender, addressee) of the letter told last (letters.py)
    dated = [find_dates(s.norms, pub, s.breaks) for s in sentences]
    days_told = False  # whether a sentence so far told a visit lasting several days
    begun_told = False  # whether a sentence so far told a visit begun («بدأ زيارة»)
    today = _writers_day(dated, pub)
    made: dict[int, tuple[bool, int]] = {}  # id of each candidate: (rule, its sentence's triggers)
    if today != pub:
        # the text was written the day(s) before its paper is dated («اليوم (الاثنين)» in a
        # Tuesday paper): its اليوم / أمس / غدا elsewhere count from the day it calls today
        dated = [find_dates(s.norms, today, s.breaks) for s in sentences]
    # (a paper's issue still tells the writer's day, «الصحف الصادرة اليوم (الأربعاء)», but
    # dates no contact)
    issued = [_press_issue_days(s.norms, _named_today(s, found))
              for s, found in zip(sentences, dated, strict=True)]
    press = [len(a) != len(b) for a, b in zip(dated, issued, strict=True)]
    dated = issued
    digest = _is_digest(text)
    if digest:
        # a digest's headlines run together: a kicker's date belongs to its own headline only
        dated = [[m for m in found if not _kicker_date(s, m)]
                 for s, found in zip(sentences, dated, strict=True)]
    # whether each sentence tells a week with no day («الأسبوع الماضي»): a time it names, though
    # no date (what it times is undated, not the lead's or the sentence before's)
    weeks = [names_week(s.norms) for s in sentences]
    story_start = 0  # the first sentence of the story a digest's sentence belongs to
    occasions: list = []  # each sentence's day mention that dates its occasion (or None)
    for k, sent in enumerate(sentences):
        found = dated[k]
        untimed = not found and not weeks[k]  # the sentence names no time at all
        other_story = k > 0 and _other_story(sent.norms)
        if other_story:
            # a digest's next story («ومن جهة أخرى، ...») takes no date, actor or contact
            # from the sentences before it
            prev_date, prev_contacts, inherited, visitors = (None, None), [], None, []
            talks = None
            letter = None
        sdate = _occasion_date(found, sent.norms)
        occasions.append(_occasion_mention(found, sdate))
        if sdate[0] is None and sent.norms[:2] in (["جاء", "ذلك"], ["وجاء", "ذلك"]):
            sdate = prev_date
        if lead_date[0] is None and k < 2 and not lead_week:
            lead_date, lead_k = sdate, k
        # a sentence that dates nothing reports the lead's occasion (news lead convention)
        prev = sentences[k - 1] if k and not other_story else None
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        wide_date = sdate if sdate[0] is not None or other_story else lead_date
        # (the parties of the lead's day, when it does not carry to this sentence's other
        # contacts)
        lead_parties = told_parties if wide_date is lead_date and _lead_far(
            lead_date, k, lead_k, dated, bool(found_triggers[lead_k][0])) else None
        if k == 0 and sdate[0] is None and not weeks[0] and len(sentences) > 1 and dated[1] \
                and not press[0] \
                and not _no_lead(sentences[1].norms) \
                and not _statement_day(sentences[1], dated[1], found_triggers[1][0]):
            # an undated first sentence (a headline, a lead that names no day) is dated by
            # the second, which tells the same news («هيمنت الأزمة على اللقاء الثلاثي ... .
            # وعقد اللقاء عصر أمس في الدوحة»)
            wide_date = _occasion_date(dated[1], sentences[1].norms)
        recalled = False
        if (sdate[0] is None and prev is not None and prev_date[0] is not None
                and prev.norms[:1] and prev.norms[0] in _BACKGROUND_OPENERS):
            # «يذكر أن الوزير أدى زيارة يومي 24 و25 جانفي .وأبرز خلال لقائه ...»: an undated
            # sentence after a recalled, dated one goes on telling that story, not the lead's
            # (a span of days kept as such: a meeting during it is dated by its month)
            told = dated[k - 1]
            pick = next((m for m in told if m.explicit), told[0] if told else None)
            wide_date = (pick.date, pick.precision) if pick is not None else prev_date
            recalled = True
        triggers, lights, cues = read[k]
        opening = openings[k]
        by_text = {trigger_text(sent, t): t for t in triggers}
        visit = visitors[-1] if visitors and visitors[-1][0] >= k - 2 else None
        doc_cancel = cancel_scope[k]
        if other_story:
            story_start = k
        # (the few sentences a gathering named back may have been told in, nearest first)
        before_prev = max(story_start, k - 1)
        first = max(story_start, before_prev - GATHERING_TOLD_BACK)
        earlier = tuple((sentences[j], occasions[j]) for j in range(before_prev - 1, first - 1, -1))
        ruled = _sentence_events(sent, prev, nxt, pub, doc_cancel, inherited, sdate,
                                 visit[1] if visit else None, talks, earlier)
        ruled += _presence(sent, ruled, triggers, lights, cues, doc_cancel, sdate)
        if letter is not None and 0 < k - letter[0] <= LETTER_SPAN and triggers:
            # talks the letter's text tells held by its sender and addressee («المباحثات التي
            # عقدناها»)
            ruled += letter_talks(sent, triggers, letter[1:])
        sent_letter = letter_of(sent) if sent.actors else None
        if sent_letter is not None:
            letter = (k, *sent_letter)
        if opening < len(sent.toks):
            ruled = [c for c in ruled if _within(c, opening)]
        visitors += [(k, c.actor1) for c in ruled if c.etype == "VISIT"
                     and c.actor1 is not None and c.status != "negated"][:1]
        visits_told += [(k, c) for c in ruled if c.etype == "VISIT" and c.actor1 is not None
                 and c.status != "negated"]
        dated_visits = [v for kv, v in visits_told if k - VISIT_SPAN <= kv < k
                        and any(m.explicit and m.precision == "day" for m in dated[kv])]
        visits_before = [v for kv, v in visits_told if kv < k]  # told by earlier sentences
        for c in ruled:
            c.etype = bloc_type(c.etype, c.trigger, c.actor1, c.actor2)
            # talks begun, resumed or concluded as a whole («انتهت محادثات بين ...»), by the
            # frame's own trigger where the sentence tells the same word twice
            c.etype = phase_type(sent, _own_trigger(sent, c, triggers) or by_text.get(c.trigger)
                                 or c.trig, c.etype, c.trigger)
            supervised_talks(sent, c)
            if c.etype == "MEET":
                c.actor1, c.actor2 = council_role(c.actor1, c.actor2, councils_named)
        starts = _clause_starts(sent, triggers)
        days_told = days_told or _several_days(sent.norms)
        begun_told = begun_told or _visit_begun(sent.norms)
        this_contact = _this_contact(sent.norms, prev_contacts) if untimed else None
        seen = set()
        for c in ruled:
            c.trigger_kind_discuss = c.etype == "DISCUSS"
            # the frame's own trigger when the sentence tells the same word twice
            # («انعقد اليوم اجتماع تونسي ليبي، في انتظار اجتماع تونسي جزائري غدا»: each
            # meeting keeps its own clause's day and status)
            c.trig = _own_trigger(sent, c, triggers) or by_text.get(c.trigger) or c.trig \
                or (triggers[0] if triggers else None)
            etype = ("CALL" if c.discuss_phone else "MEET") if c.etype == "DISCUSS" else c.etype
            seen.add((etype, _pair_key(c)))
        ruled = [c for c in ruled if not _other_arrival(sent, c)]
        dated_travellers = _dated_travellers(sent, ruled, found)
        ruled += dated_travellers
        seen.update(("VISIT", _pair_key(c)) for c in dated_travellers)
        # talks with a bloc named as a topic («بسبب تعثر مباحثات ... بين الحكومة ودائنيها»)
        ruled = [c for c in ruled if not (c.etype == "NEGOTIATE" and background_talks(
            sent, by_text.get(c.trigger), c.actor1, c.actor2))]
        # ... or as a topic or a long process («مسار المباحثات بين إيران والدول الست»)
        ruled = [c for c in ruled if not (c.etype == "NEGOTIATE" and topic_talks(
            sent, by_text.get(c.trigger), c.actor1, c.actor2))]
        # (a sentence without a trigger has no wide candidate: its phone cue is not looked for)
        wide = wide_candidates(sent, triggers, lights, cues, doc_cancel, wide_date,
                               bool(triggers) and phone_near(sent, nxt), inherited) \
            if with_wide else []
        if opening < len(sent.toks):
            wide = [c for c in wide if _within(c, opening)]
        wide = [c for c in wide if not _other_arrival(sent, c)]
        for c in wide:
            c.etype = bloc_type(c.etype, trigger_text(sent, c.trig), c.actor1, c.actor2)
            c.etype = phase_type(sent, c.trig, c.etype, trigger_text(sent, c.trig))
            supervised_talks(sent, c)
            if c.etype == "MEET":
                c.actor1, c.actor2 = council_role(c.actor1, c.actor2, councils_named)
        wide = [c for c in wide if not (c.etype == "NEGOTIATE"
                                        and (background_talks(sent, c.trig, c.actor1, c.actor2)
                                             or topic_talks(sent, c.trig, c.actor1, c.actor2)))]
        # a present verb that tells the programme of a visit the lead dates today or later
        # («ويلتقي الأمير خلال الزيارة ...») is as planned as the visit
        # (only looked at for a sentence with candidates)
        ongoing = (bool(ruled or wide) and untimed and pub is not None
                   and under_way(sent, triggers, lights,
                                 _headline_cues(sent, triggers, lights, cues) if digest else cues)
                   and not continues_a_future(sent, prev)
                   and not (lead_date[0] is not None and lead_date[0] >= today
                            and _during_the_visit(sent, triggers)))
        calls = [c for c in ruled if c.trig is not None and c.status != "negated"
                 and (c.etype == "CALL" or c.etype == "DISCUSS" and c.discuss_phone)]
        for c in wide:
            # a pair of a trigger a frame read as an item of a visit's programme, or as a later
            # stop of a tour, is told by that programme or tour too (its date and status)
            c.programme = any(r.programme for r in ruled if r.trig is c.trig)
            c.later_stop = any(r.later_stop for r in ruled if r.trig is c.trig)
        stops, listed_later = _listed_stops(ruled + wide)
        # the rule frames' candidates, then the wide ones they did not make: the same steps
        # date them and settle their status (a wide pair is told by the same clause, trigger
        # and visit as a frame's pair would be)
        for c, rule in [(c, True) for c in ruled] + [(c, False) for c in wide]:
            if c.trig is None or c.actor1 is None or c.status == "negated" \
                    or not rule and (c.etype, _pair_key(c)) in seen \
                    or _glued_headline(sent, c.trig, triggers):
                continue
            if _topic_of_a_call(c, calls, sent):
                continue
            if _topic_counterpart(c, sent, triggers) or _greeted_subject(c, sent):
                continue
            if _first_to_a_coming_visit(c, visits_before):
                c.status = "planned"
            undated = _trigger_date(c, found, today, starts, wide_date if lead_parties is None
                                    or _party_of(c, lead_parties) else (None, None),
                                    recalled, lead_date)
            if untimed and prev is not None:
                _eve_of_the_news_before(c, prev_date)
            if untimed and c.date is None and not recalled and not undated:
                _story_before(c, prev_contacts, today)
            if untimed and c.date is None and not recalled and not undated:
                _programme_day(c, visits_before, lead_date, today)
            if untimed and c.date is None and not undated and k >= 1:
                _lead_occasion_named(c, sentences[:2], lead_date, today)
            if c.carried_over and untimed and c.date is None and prev_date[0] is not None:
                # «وفي يوم الثلاثاء 3 مارس استقبل الملك X. واستقبل Y»: the same occasion
                c.date, c.precision = prev_date
            if c.frame == "onward":
                _onward_date(c, found)
            if untimed:
                _visit_day(c, dated_visits)
            _talks_of_the_visit(c, triggers, visits_before)
            # a digest's headline telling a visit in the present («رئيس الحكومة يؤدي زيارة
            # رسمية إلى ألمانيا», «ظريف يزور تونس») announces it (planned, the labelling of
            # digests); a reception told so is the day's news («الرئيس يستقبل الوزير»)
            if ongoing and c.status == "planned" and not c.later_stop \
                    and not (digest and c.etype == "VISIT") \
                    and not _what_the_visit_is_for(c, lights) \
                    and not (c.etype == "VISIT" and _later_leg(sent, c.trig)):
                c.status = "reported"
            if _names_a_coming_visit_again(c, triggers, lights, cues, [
                    v for kv, v in visits_told
                    if kv < k or v.trig is not None and v.trig.i < c.trig.i]):
                c.status = "planned"
                day = _coming_day_told(c, visits_before)
                if day is not None and c.date is not None and c.today is not None \
                        and c.date < c.today:
                    c.date, c.precision = day
            if untimed and this_contact is not None \
                    and not _contradicts(c.status, *this_contact, today) \
                    and not (c.etype == "VISIT" and _later_leg(sent, c.trig)):
                # «وعلى هامش هذا اللقاء»: the contact told just before (_this_contact); not
                # a later leg of «هذه الجولة» («الذي سيزور لاحقا قطر»), on a day of its own
                c.date, c.precision = this_contact
            if (c.programme and visit is not None and c.date is not None and untimed
                    and any(m.precision == "span" for m in dated[visit[0]])):
                # an item of the programme of a visit of several days («يومي 14 و15»):
                # the text does not say which day, so its month dates it
                c.date, c.precision = c.date.replace(day=1), "month"
            if (c.etype != "VISIT" and c.date is not None and c.precision == "day"
                    and not any(m.date == c.date for m in found)
                    and (_several_days(sent.norms, _LASTS_OR_LASTED)
                         or (days_told or begun_told and c.status == "planned")
                         and (c.programme or programme_item(sent, c.trig, triggers)
                              or _during_the_visit(sent, triggers)))):
                # and so is a contact held during a visit the text says lasts several
                # days, in that sentence («زيارة تتواصل على مدى يومين يلتقي خلالها ...») or
                # told before («وتتضمن زيارته التي تتواصل على مدى يومين لقاءات مع ...»);
                # a contact still to come of a visit told as begun («بدأ اليوم زيارة ...»
                # then «كما سيجري خلال الزيارة مباحثات مع ...»): the visit lasts beyond today
                c.date, c.precision = c.date.replace(day=1), "month"
            if (c.etype == "VISIT" and c.status == "reported" and untimed
                    and c.date is not None and c.precision == "day"
                    and _several_days(sent.norms, _LASTED)):
                # «وطالب في ختام زيارة استمرت ثلاثة أيام لليمن ...», «عقب زيارة استغرقت يومين
                # في نيروبي» in a sentence that names no day: a visit over at the telling, whose
                # first day (the day that dates a visit) the day carried from the lead is not;
                # the text tells only its month
                c.date, c.precision = c.date.replace(day=1), "month"
            if c.frame in ANAPHORIC_FRAMES and untimed and prev_date[0] is not None:
                c.date, c.precision = prev_date  # the guests' arrival told the sentence before
            if untimed and c.status == "reported" and id(c) in stops:
                # «ضمن جولة شملت حتى الآن السعودية والأردن وإسرائيل» in a sentence that names
                # no day: the day of the lead (or of the sentence before) is at most one
                # stop's, and the text does not say which; the stops of a past tour told
                # together take none (the labels: no day told)
                c.date, c.precision = None, None
            if c.precision == "day" and id(c) in listed_later and _tour_word(c):
                # «يبدأ اليوم جولة تشمل بريطانيا وبلجيكا وفرنسا»: the day the sentence (or the
                # lead) names is the tour's first stop's at most; a later stop of the list is
                # on a day the text does not tell, and takes none (the labels: a stop listed
                # after «جولة تشمل» or a verb of visiting with no day of its own is undated,
                # not given the month of the tour's day). Not the members of a gathering
                # («شاركت في قمة تجمع رؤساء مصر واليونان وقبرص»).
                c.date, c.precision = None, None
            if c.own_day is not None:
                _take_day(c, c.own_day, today)
            if c.status == "reported" and c.date is not None \
                    and _going_on_since_a_span(c, triggers, lights):
                # «تتفاوض أثينا مع دائنيها منذ أكثر من أسبوعين ... وربما خلال اليوم»: talks
                # under way since a day the text does not name; a day of another clause is not
                # theirs (the labels: ongoing talks since a span are undated)
                c.date, c.precision = None, None
            if not rule:
                c.trigger_kind_discuss = False
                seen.add((c.etype, _pair_key(c)))
            out.append((c, features(c, rule, len(triggers))))
            made[id(c)] = (rule, len(triggers))
        # (a sentence's first talks of the rule frames: its subject and first counterpart,
        # not a counterpart listed after them; a pair the frames did not choose is no sides
        # a later round or «الجانبين» can take)
        talks = next(((c.actor1, c.actor2) for c in ruled
                      if c.etype == "NEGOTIATE" and c.actor1 is not None
                      and c.actor2 is not None and c.status != "negated"), talks)
        if k < 2 and lead_date == sdate:
            if weeks[k] and ruled and all(c.date is None for c in ruled
                                          if c.status != "negated"):
                # «أعلن اليوم أنه سيتوجه إلى طهران الأسبوع المقبل»: the lead's occasion is a
                # week, which names no day; the statement's day is not the occasion, and the
                # next sentence's is not the lead's
                lead_date, lead_week = (None, None), True
            # the lead's occasion is the date of its contact («أعلن الديوان أمس أن الأمير
            # سيقوم اليوم بزيارة»: today), not its first date (the statement's)
            # (a contact dated off another clause by «عشية/غداة» is not the occasion)
            lead_date = next(((c.date, c.precision) for c in ruled
                              if c.date is not None and c.status != "negated"
                              and (c.trig is None or _eve_date(c, found) is None)), lead_date)
            if lead_date == sdate and sdate[0] is not None and _occasion_span(found, sent.norms):
                # «خلال زيارة ... إلى قطر اليوم وغداً»: the lead's occasion lasts several days;
                # a later undated contact of it is dated by its month (_lead_date), a visit by
                # its first day
                lead_date = (sdate[0], "span")
        if sent.shared_surname is not None and (
                not sent.actors or sent.shared_surname < sent.actors[0].i):
            # «وقال أوغلو إن ... على تنظيم الدولة» (two Oglus named): that unknown person,
            # not the actor after him, is the subject the next sentence may carry on
            inherited = None
        elif sent.actors and _object_first(sent, triggers):
            # «وتلقى اتصالا هاتفيا من X.» in a chronicle that leaves its subject out: X, the
            # contact's object, is not the subject the next sentence goes on with
            inherited = None
        elif sent.actors and not _attendance_list(sent):
            inherited = sent.actors[0]
        if lead_date[0] is not None and any(m.date == lead_date[0] for m in found):
            told_parties = told_parties | {a.key for a in sent.actors} \
                | {a.name for a in sent.actors if a.name} \
                | {a.country for a in sent.actors if a.country}
        prev_date = sdate
        prev_contacts = [c for c in ruled if c.date is not None and c.trig is not None
                         and c.status != "negated"]
    _inviter_later(out, sentences, made)
    _occasion_of_the_pair(out, today)
    _retold_call(out, sentences, dated, today)
    _retold_meeting(out, sentences, dated, today)
    _landing_day(out, sentences, dated, today)
    _scheduled_day(out, sentences, dated, today)
    return out


def _inviter_later(out: list[tuple[Candidate, list[str]]], sentences: list[Sentence],
                   made: dict[int, tuple[bool, int]]) -> None:
    """A rule frame's visit to come with no host takes the inviter a sentence among the next
    INVITER_SENTENCES names (inviter_told_later: «الزيارة ... بدعوة من Y», or the visitor's
    own «دعاني Y»), of the visit's destination state; a sentence opening another story ends
    the search (the labels: a visit made at someone's invitation has the host as actor2)."""
    at = {id(s): k for k, s in enumerate(sentences)}
    for n, (c, _f) in enumerate(out):
        rule, n_triggers = made.get(id(c), (False, 0))
        if (not rule or c.etype != "VISIT" or c.status != "planned" or c.actor1 is None
                or c.actor2 is not None or c.location is None or not c.location[1]):
            continue
        k = at.get(id(c.sentence))
        if k is None:
            continue
        for s in sentences[k + 1:k + 1 + INVITER_SENTENCES]:
            if _other_story(s.norms):
                break
            host = inviter_told_later(s, c.actor1, c.location[1])
            if host is not None:
                c.actor2 = host
                out[n] = (c, features(c, rule, n_triggers))
                break


# «حضر الاستقبال/اللقاء X وY»: a sentence opening on an attendance verb lists who attended
ATTEND_OPENERS = words.ATTEND_OPENERS


def _object_first(sent: Sentence, triggers) -> bool:
    """Whether the sentence's first actor is the prepositional object of a contact trigger
    right before it («تلقى اتصالا هاتفيا من X», «أجرى اتصالا بـX», «التقى بـX») with no
    actor before that trigger: the sentence names no subject of its own."""
    a = sent.actors[0]
    if not _marked_object(sent, a):
        return False
    return any(t.j <= a.i and a.i - t.j <= 1 for t in triggers)


def _attendance_list(sent: Sentence) -> bool:
    """Whether the sentence only lists who attended the contact told before («حضر الاستقبال
    الأمير X، ووزير الدولة Y»): its first actor is an attendee, not the subject a pronoun of
    the next sentence refers to («وخلال استقباله ...»: the host's), so it lends none."""
    norms = sent.norms
    k = 1 if norms[:1] == ["كما"] else 0
    return len(norms) > k and norms[k] in ATTEND_OPENERS and sent.actors[0].i > k


# «حطت/هبطت طائرة X»: the plane of a visitor landed (its arrival told again)
LANDING_SPAN = 5  # sentences after an arrival where the text may tell its landing


def _landing_day(out: list[tuple[Candidate, list[str]]], sentences: list[Sentence],
                 dated: list[list], today: date | None) -> None:
    """An arrival told with no day («وصل الرئيس الأمريكي إلى كينيا في بدء أول زيارة ...»)
    whose landing the text tells a few sentences later with a day («وحطت طائرة الرئيس
    الأمريكي في مطار نيروبي ... مساء الجمعة») took place that day."""
    for c, _ in out:
        if c.etype != "VISIT" or c.date is not None or c.status != "reported" \
                or c.trig is None or c.actor1 is None or c.trig.tense != "past":
            continue
        k = c.sentence.index
        if k >= len(sentences) or sentences[k] is not c.sentence:
            continue
        for n in range(k + 1, min(len(sentences), k + 1 + LANDING_SPAN)):
            norms = sentences[n].norms
            land = next((i for i in range(len(norms) - 1) if norms[i] in _LANDING_VERBS
                         and norms[i + 1] in _PLANE_WORDS), None)
            if land is None:
                continue
            if not any(a.key == c.actor1.key and land < a.i <= land + 3
                       for a in sentences[n].actors):
                break
            m = next((m for m in dated[n] if m.precision == "day"), None)
            if m is not None and not _contradicts(c.status, m.date, "day", today) and (
                    today is None or abs((m.date - today).days) <= LEAD_DAYS):
                c.date, c.precision = m.date, "day"
            break


# «والزيارة مقررة في 29 يوليو»: words at most between the contact's noun and «مقررة», and
# between «مقررة» and its day («في», «يوم»)
SCHEDULED_GAP = 2
_WAS = frozenset({"كان", "كانت", "وكان", "وكانت"})


def _scheduled_at(sent: Sentence, found: list) -> tuple[frozenset, date] | None:
    """(types, day) when a sentence names a contact again by its definite noun as scheduled
    for a day (grammar.yaml scheduled_*: «والزيارة مقررة في 29 يوليو», «أن المحادثات مقررة
    في 30 يوليو»), or as lasting or beginning on its days («أن تستمر الزيارة من 7 إلى 9
    سبتمبر»: the first); not one that was scheduled («كانت مقررة»: postponed or past)."""
    norms = sent.norms
    if _SCHEDULED_VISITS.isdisjoint(norms) and _SCHEDULED_TALKS.isdisjoint(norms):
        return None  # (most sentences: neither noun, found by two set tests)
    for n, tok in enumerate(norms):
        if tok in _SCHEDULED_VISITS:
            types = frozenset({"VISIT", "MEET", "NEGOTIATE"})
        elif tok in _SCHEDULED_TALKS:
            types = frozenset({"MEET", "NEGOTIATE"})
        else:
            continue
        s = next((k for k in range(n + 1, min(len(norms), n + 2 + SCHEDULED_GAP))
                  if norms[k] in _SCHEDULED), None)
        if s is None and n > 0 and norms[n - 1] in _SCHEDULED_SPAN:
            s = n  # «أن تستمر الزيارة من 7 إلى 9 سبتمبر»: the verb before the noun
        if s is None or any(norms[k] in _WAS for k in range(max(0, n - SCHEDULED_GAP), s)):
            continue
        m = next((m for m in found if m.explicit and m.precision in ("day", "span")
                  and s < m.i <= s + 1 + SCHEDULED_GAP), None)
        if m is not None:
            return types, m.date
    return None


def _scheduled_day(out: list[tuple[Candidate, list[str]]], sentences: list[Sentence],
                   dated: list[list], today: date | None) -> None:
    """A contact to come told before with its month only («ستجري في أواخر يوليو») or its week
    («أعلن أنه سيتوجه إلى طهران الأسبوع المقبل، حيث سيلتقي الرئيس»: undated) whose noun a
    later sentence names as scheduled for a day of that month, or one before the coming week
    ends (_week_end; «والزيارة مقررة في 29 يوليو»: _scheduled_at) is held that day; a visit's
    noun dates the contacts to come during it as well (those of a sentence told in a week)."""
    for k, sent in enumerate(sentences):
        told = _scheduled_at(sent, dated[k])
        if told is None:
            continue
        types, day = told
        if today is not None and day < today:
            continue
        for c, _ in out:
            if c.sentence.index < k and c.etype in types and c.status == "planned" and (
                    c.precision == "month" and c.date is not None
                    and (c.date.year, c.date.month) == (day.year, day.month)
                    or c.date is None and today is not None and day <= _week_end(today)
                    and (c.week or names_week(c.sentence.norms))):
                c.date, c.precision = day, "day"


def _week_end(today: date) -> date:
    """The last day the coming week may end on, however the text counts a week (from
    Saturday, Sunday or Monday): six days after the latest of the next such days."""
    return today + timedelta(days=max((w - today.weekday() - 1) % 7 + 1
                                      for w in _WEEK_STARTS) + 6)


_WEEK_STARTS = words.WEEK_STARTS  # Saturday, Sunday, Monday (date.weekday())


# a phone call named again («في اتصال هاتفي», «خلال الاتصال الذي جرى»), with و/ب/ل/ف/في
RETOLD_SPAN = 2  # sentences after a call where the text may tell it again with its day


def _call_noun_end(norms: list[str], i: int) -> int | None:
    """The end of a call noun at token i («اتصال», «الاتصال الهاتفي», «وخلال المكالمة»: its
    phone adjective included), None when token i is no call noun."""
    tok = norms[i]
    if not in_words(tok, _CALL_NOUNS, "وبلف"):
        return None
    return i + 2 if i + 1 < len(norms) and norms[i + 1] in _PHONE_WORDS else i + 1


def _attached_day(norms: list[str], i: int, j: int, found: list):
    """The day named right after a contact noun [i, j) («في اتصال هاتفي أول أمس») or in a
    relative clause on it («الاتصال الذي جرى مساء أول من أمس»), else None."""
    for m in found:
        if m.precision != "day":
            continue
        if m.i == j or m.i - 1 == j and norms[j] in ("مساء", "صباح", "ظهر"):
            return m
        if j < len(norms) and norms[j] in RELATIVE and j < m.i <= j + 3:
            return m
    return None


def _retold_call(out: list[tuple[Candidate, list[str]]], sentences: list[Sentence],
                 dated: list[list], today: date | None) -> None:
    """A phone call told first with no day of its own (dated by another clause: the day the
    news came out, «أفادت تقارير أمس ... بعد اتصال هاتفي جرى بين الرئيسين», «بحث X في
    اتصال هاتفي مع Y، حسبما أعلن مكتبه أمس») and told again within RETOLD_SPAN sentences
    with its own day («واتفق الرئيسان في اتصال هاتفي أول أمس», «وأكد خلال الاتصال الذي
    جرى مساء أول من أمس») takes that day (_retold_day: no other pair's call between)."""
    calls = [c for c, _ in out if (c.etype == "CALL" or c.etype == "DISCUSS" and c.discuss_phone)
             and c.trig is not None
             and c.actor1 is not None and c.actor2 is not None]
    first: dict = {}
    for c in calls:
        k = c.sentence.index
        if first.setdefault(_pair_key(c), k) != k or k >= len(sentences) \
                or sentences[k] is not c.sentence:
            continue
        norms = c.sentence.norms
        end = _call_noun_end(norms, c.trig.i) or c.trig.j
        if _attached_day(norms, c.trig.i, end, dated[k]) is not None:
            continue
        m = _retold_day(c, sentences, dated, calls, _call_day)
        if m is not None and m.date != c.date and not _contradicts(c.status, m.date, "day", today):
            c.date, c.precision = m.date, "day"


def _retold_meeting(out: list[tuple[Candidate, list[str]]], sentences: list[Sentence],
                    dated: list[list], today: date | None) -> None:
    """A meeting or talks told first in a sentence that names no day (undated, or dated by
    the lead: «استقبل الملك ... الرئيس X.») and told again within RETOLD_SPAN sentences by
    its noun with its own day («وجرى خلال اللقاء الذي عقد أمس استعراض ...», «وتناولت
    مباحثات الجمعة ...») takes that day, as a call retold does (_retold_day: no other
    pair's contact between, and no other story's sentence)."""
    meets = [c for c, _ in out if c.etype in ("MEET", "NEGOTIATE")
             or c.etype == "DISCUSS" and not c.discuss_phone]
    contacts = [c for c, _ in out if c.trig is not None and c.actor1 is not None
                and c.status != "negated"]
    first: dict = {}
    for c in meets:
        if c.trig is None or c.actor1 is None or c.actor2 is None:
            continue
        k = c.sentence.index
        if first.setdefault((c.etype, _pair_key(c)), k) != k or k >= len(sentences) \
                or sentences[k] is not c.sentence or dated[k]:
            continue
        m = _retold_day(c, sentences, dated, contacts, _meeting_day, other_story=True)
        if m is not None and m.date != c.date \
                and not _contradicts(c.status, m.date, "day", today) and (
                    today is None or abs((m.date - today).days) <= LEAD_DAYS):
            c.date, c.precision = m.date, "day"


def _call_day(norms: list[str], found: list):
    """The day attached to a call noun of the sentence (_call_noun_end), else None."""
    return next((m for i in range(len(norms))
                 if (j := _call_noun_end(norms, i)) is not None
                 and (m := _attached_day(norms, i, j, found)) is not None), None)


def _meeting_day(norms: list[str], found: list):
    """The day attached to a meeting noun of the sentence (retold_meeting_nouns), else None."""
    return next((m for i in range(len(norms))
                 if in_words(norms[i], _RETOLD_MEETING_NOUNS, "وبلف")
                 and (m := _attached_day(norms, i, i + 1, found)) is not None), None)


def _retold_day(c: Candidate, sentences: list[Sentence], dated: list[list],
                others: list[Candidate], day_in, other_story: bool = False):
    """The day a contact told in its sentence is given when told again within RETOLD_SPAN
    sentences after it (`day_in`: the day attached to the retelling noun), by a sentence that
    names no party outside the contact's; None at a sentence holding another pair's contact
    of `others` (or, with `other_story`, opening another story) or when none is found."""
    key, parties = _pair_key(c), {c.actor1.key, c.actor2.key}
    k = c.sentence.index
    for n in range(k + 1, min(len(sentences), k + 1 + RETOLD_SPAN)):
        if any(o.sentence.index == n and _pair_key(o) != key for o in others):
            return None
        sent = sentences[n]
        if other_story and _other_story(sent.norms):
            return None
        if any(a.key not in parties for a in sent.actors):
            continue
        m = day_in(sent.norms, dated[n])
        if m is not None:
            return m
    return None


# «أرجأ زيارته إلى الأحد», «حتى موعد لاحق»: the words before the day a contact is moved to
_POSTPONED_TO = words.POSTPONED_TO
STATEMENT_REACH = 8  # words from a speech verb or a statement noun to the day it is dated by


def _statement_day(sent: Sentence, found: list, triggers) -> bool:
    """Whether a sentence that names no contact dates only a statement: its first date
    stands within STATEMENT_REACH words after a speech verb or a statement noun («وقال مسؤول
    كبير في الجماعة يوم السبت إن ...», «وأكد الوزير في بيان أمس أن ...»). The day is the
    statement's: it does not date the contact of the undated lead before it."""
    if triggers or not found:
        return False
    return _statement_word_before(sent.norms, found[0].i)


def _statement_word_before(norms: list[str], i: int) -> bool:
    """Whether a speech verb, masculine or feminine («قال», «أعلنت»), or a statement noun
    stands within STATEMENT_REACH words before token i."""
    return any(norms[k] in SAYING_VERBS or in_words(norms[k], _STATEMENT_NOUNS, "وف")
               for k in range(max(0, i - STATEMENT_REACH), i))


def _new_day(norms: list[str], m, cancel_at: list[int]) -> bool:
    """Whether date mention m is the day a postponement moves a contact to: after a
    postponement word, right after «إلى/حتى» or «إلى يوم/موعد/تاريخ»."""
    if not any(k < m.i for k in cancel_at):
        return False
    return m.i >= 1 and norms[m.i - 1] in _POSTPONED_TO or m.i >= 2 \
        and norms[m.i - 2] in _POSTPONED_TO and norms[m.i - 1] in ("يوم", "موعد", "تاريخ")


def _statement_of_cancel(norms: list[str], m, cancel_at: list[int], trig) -> bool:
    """Whether date mention m dates the telling of a cancellation: it stands after a speech
    verb (within STATEMENT_REACH words) and before the postponement word, which stands
    before the trigger («أعلنت السلطات الخميس إرجاء الجولة الثانية من المحادثات»)."""
    if not any(m.j <= k <= trig.i for k in cancel_at):
        return False
    return _statement_word_before(norms, m.i)


ATTRIBUTION_VERB_GAP = 2  # words («ما», «لما») between an attribution opener and its verb
ATTRIBUTION_REACH = 10  # words from the opener to the day it tells


def _attributions_day(norms: list[str], m, trig) -> bool:
    """Whether date mention m stands in a trailing attribution after the trigger: an opener
    (grammar.yaml attribution_openers: «كما», «حسبما», «وفق ما») with a verb of saying
    (attribution_verbs) within ATTRIBUTION_VERB_GAP words after it, the day within
    ATTRIBUTION_REACH words after the opener («سيزور كوبا في موعد لم يحدد، كما قال مسؤول
    الجمعة»: the day of the saying), no clause opener (أن) between them."""
    if m.i < trig.j:
        return False
    for k in range(max(trig.j, m.i - ATTRIBUTION_REACH), m.i):
        if norms[k] in ATTRIBUTION_OPENERS and any(
                norms[v] in ATTRIBUTION_VERBS
                for v in range(k + 1, min(m.i, k + 2 + ATTRIBUTION_VERB_GAP))):
            # (not a day of what is said: «وفق ما أعلنه البيت الأبيض مضيفا أن الجمعة القادم
            # موعد الاجتماع»)
            return not any(norms[x] in CLAUSE_OPENERS for x in range(k + 1, m.i))
    return False


def _statements_day(norms: list[str], m, trig) -> bool:
    """Whether date mention m stands right after a speech verb or a statement noun (within
    STATEMENT_REACH words) and before the reported clause (أن/إن) that holds the trigger."""
    openers = [k for k in range(m.j, trig.i) if norms[k] in CLAUSE_OPENERS]
    if m.j > trig.i or not openers:
        return False
    if any(norms[k] in _HOURS_LATER and norms[k - 1] in TIME_PREPOSITIONS | {"خلال"}
           for k in range(openers[0] + 1, len(norms))):
        # «قال مصدر اليوم السبت إن الوزير سيلتقي بعد ساعات نظيره»: a time counted from the
        # statement puts the contact on its day
        return False
    return _statement_word_before(norms, m.i)


_THIS = words.THIS_WORDS


# words that put what a sentence tells after the story before it («وسيتوجه بعد ذلك إلى»)
_LATER = words.LATER_WORDS


def _story_before(c: Candidate, prev_contacts: list[Candidate], today: date | None) -> None:
    """An undated contact the lead's day does not date (no lead day, or one that contradicts
    its status) goes on telling the story of the sentence before when that sentence told a
    dated contact of one of its parties: it takes that contact's day («وصل الوزير إلى بغداد
    أمس ... . وأجرى الوزير بعد وصوله لقاءات مع رئيس الوزراء», «تلقى الأمير اتصالا أمس من
    ... . وتلقى الأمير الاتصالات من ...»), when all such contacts fall on one day, unless
    its sentence recalls the past, names a time it does not resolve (_no_lead) or a later
    step («بعد ذلك», «ثم»), or the day contradicts its status."""
    norms = c.sentence.norms
    if c.trig is None or _no_lead(norms) or any(
            t in _LATER or t == "بعد" and norms[k + 1:k + 2] == ["ذلك"]
            for k, t in enumerate(norms)):
        return
    keys = {a.key for a in (c.actor1, c.actor2) if a is not None}
    day = _one_day([p for p in prev_contacts
                    if any(a is not None and a.key in keys for a in (p.actor1, p.actor2))])
    if day is None:
        return
    when, precision = day
    if _contradicts(c.status, when, precision, today) or today is not None \
            and abs((when - today).days) > LEAD_DAYS:
        return
    c.date, c.precision = when, precision


# days at most between the lead's day and the writer's: before it for a visit's programme
# (_programme_day), either side for the lead's occasion named again (_lead_occasion_named)
PROGRAMME_DAYS = 3


# sentences at most between one naming the lead's day and an undated contact it dates, when
# the lead tells no contact (_lead_far)
CARRY_REACH = 3


def _lead_far(lead, k: int, lead_k: int, dated: list, lead_contact: bool) -> bool:
    """Whether the lead's occasion may not date an undated sentence k (news lead convention)
    for a contact of none of the people, offices or states of the sentences naming that day:
    the lead tells no contact (an attack, a decision, a statement, a revelation) and no sentence
    within CARRY_REACH sentences of it (before or after, from the lead on) names that day
    (`dated`: each sentence's date mentions). The story has moved on to
    what it recalls or adds («وأدان الرئيس -الذي عاد من ألمانيا-», «ووقعت الهجمات خلال زيارة
    ... لأربعة أيام»), whose day the lead's is not; a contact of the lead's speaker («وقال
    الوزير خلال لقائه ...») is still told on the lead's day."""
    if lead[0] is None or lead_contact:
        return False
    return not any(m.date == lead[0] for j in range(max(lead_k, k - CARRY_REACH),
                                                    min(len(dated), k + CARRY_REACH + 1))
                   for m in dated[j])


def _party_of(c: Candidate, keys: set) -> bool:
    """Whether one of a candidate's parties is one of `keys`: an actor's key (country or
    organisation and role), name or state."""
    return any(a is not None and (a.key in keys or a.name in keys or a.country in keys)
               for a in (c.actor1, c.actor2))


def _programme_day(c: Candidate, visits: list[Candidate], lead, today: date | None) -> None:
    """An undated meeting still to come of a traveller whose visit the lead tells as made on a
    recent past day («وصل الوزير يوم الأربعاء إلى طهران في زيارة لمدة يوم واحد ... . ومن المقرر
    أن يلتقي الوزير أيضا نظيره»): announced for that visit, it stays planned and takes the
    visit's day (labelling convention for a visit's programme), though that day is past.
    `visits`: the visits told before; `lead`: the lead's occasion."""
    if c.status != "planned" or c.etype == "VISIT" or c.trig is None or today is None \
            or lead[0] is None or lead[1] != "day" \
            or not 0 < (today - lead[0]).days <= PROGRAMME_DAYS or _no_lead(c.sentence.norms):
        return
    keys = {a.key for a in (c.actor1, c.actor2) if a is not None}
    if any(v.status == "reported" and v.date == lead[0] and v.precision == "day"
           and v.actor1 is not None and v.actor1.key in keys for v in visits):
        c.date, c.precision, c.programme = lead[0], lead[1], True


# words before a contact noun that place a contact relative to an occasion («قبيل الاجتماع»,
# «على هامش القمة», «عقب اللقاء»): the time prepositions (dates.TIME_PREPOSITIONS), three of
# them with و, and the nouns of an occasion's margin, end and start
# «بمناسبة زيارة X» (the occasion proper), not «نتائج زيارة X» (its results, told later)
_OCCASION_PROPER = frozenset(w for w in _OCCASION if "مناسب" in w)
_BY_OCCASION = TIME_PREPOSITIONS | words.BY_OCCASION


def _lead_occasion_named(c: Candidate, lead: list[Sentence], lead_date,
                         today: date | None) -> None:
    """An undated contact told right before, after or on the margin of a contact noun with
    the article and nothing after it that qualifies it («وكان العربي قد عقد مباحثات مع عباس
    قبيل الاجتماع،»), when the lead names that noun: it is the lead's occasion, told again,
    and the contact took place on its day, though its sentence recalls it (وكان ... قد)."""
    if lead_date[0] is None or lead_date[1] != "day" or today is None \
            or abs((today - lead_date[0]).days) > PROGRAMME_DAYS \
            or _contradicts(c.status, lead_date[0], lead_date[1], today) or c.trig is None:
        return
    norms = c.sentence.norms
    lead_words = {w[2:] if w.startswith("ال") else w for s in lead for w in s.norms}
    for k in range(c.trig.j, len(norms) - 1):
        noun = norms[k + 1]
        if norms[k] not in _BY_OCCASION or not noun.startswith("ال") \
                or not _contact_noun(noun) or noun[2:] not in lead_words:
            continue
        nxt = norms[k + 2] if k + 2 < len(norms) else ""
        if not nxt or c.sentence.toks[k + 1].punct or not nxt.startswith("ال") \
                and not nxt[:1].isdigit():
            c.date, c.precision = lead_date
            return


def _this_contact(norms: list[str], prev_contacts: list[Candidate]):
    """(date, precision) of the contact an undated sentence points back to with a
    demonstrative and a contact noun («وعلى هامش هذا اللقاء سيجري كيري محادثات ...»): the
    sentence before told it with a date, and all its dated contacts fall on that date.
    None otherwise."""
    if not prev_contacts or not any(t in _THIS and k + 1 < len(norms)
                                    and _contact_noun(norms[k + 1])
                                    for k, t in enumerate(norms)):
        return None
    return _one_day(prev_contacts)


def _one_day(contacts: list[Candidate]):
    """(date, precision) that all these contacts share, or None when they fall on several
    days (or are none)."""
    days = {(c.date, c.precision) for c in contacts}
    return next(iter(days)) if len(days) == 1 else None


# contacts that one occasion holds: talks between two parties are held at their press
# conference or during a visit of one of them to the other's country
_HELD_AT = frozenset({"MEET", "NEGOTIATE", "PRESS_CONFERENCE"})


def _occasion_of_the_pair(out: list[tuple[Candidate, list[str]]], today: date | None) -> None:
    """An undated meeting, round of talks or press conference between two parties whom the
    text shows, with the same status, at a dated contact of another type (their press
    conference, a visit of one to the other's country) was held at that occasion: it takes
    its date («المؤتمر الصحفي الذي جرى أمس بين الوزيرين ...» then «وكان ملف الإرهاب حاضرا في
    اجتماع الوزيرين»), when all such occasions of the text fall on one date. A contact told
    as the past perfect («وكان ... قد») or as before now (_recalled_contact: «بعد أن التقى»
    after «وتأتي ...») recalls another occasion and takes none."""
    dated = [c for c, feats in out if c.date is not None and c.trig is not None
             and c.etype in _HELD_AT | {"VISIT"} and c.actor1 is not None
             and "rule=True" in feats]
    if not dated:
        return
    for c, _feats in out:
        if c.date is not None or c.etype not in _HELD_AT or c.trig is None \
                or c.actor1 is None or c.actor2 is None or _pluperfect(c) \
                or _recalled_contact(c.sentence, c.trig):
            continue
        dates = {(o.date, o.precision) for o in dated
                 if o.etype != c.etype and o.status == c.status and _same_occasion(c, o)}
        if len(dates) == 1:
            when, precision = next(iter(dates))
            if not _contradicts(c.status, when, precision, today):
                c.date, c.precision = when, precision


def _same_occasion(c: Candidate, o: Candidate) -> bool:
    """Whether contact `o` (of another type) is an occasion `c`'s parties meet at: the same
    pair, or a visit of one of them to the other's country."""
    if o.etype != "VISIT":
        return _pair_key(o) == _pair_key(c)
    if o.location is None or o.location[1] is None:
        return False
    return any(a.key == o.actor1.key and b.country == o.location[1] and b.org is None
               for a, b in ((c.actor1, c.actor2), (c.actor2, c.actor1)))


def _pluperfect(c: Candidate) -> bool:
    """Whether «(و)كان X قد» stands shortly before a candidate's trigger (a recalled
    occasion), or its sentence opens with يذكر / يشار / سبق."""
    norms = c.sentence.norms
    if norms[:1] and norms[0] in _BACKGROUND_OPENERS and "كان" not in norms[0]:
        return True
    return _was_qad_before(norms, c.trig.i)


# offices of a state's own realm held by no cabinet member: its crown prince («ولي العهد»,
# «ولي ولي العهد») and the governor of one of its regions («أمير منطقة عسير»); opposite a
# cabinet member of the same state they are domestic business too (a governor receiving his
# interior minister at the airport, the crown prince attending the emir's audience)
_REALM_OFFICES = words.REALM_OFFICES


def _realm_office(actor) -> bool:
    """Whether an actor's mention names its state's crown prince or a regional governor
    (_REALM_OFFICES)."""
    norms = [t.norm for t in tokenize(actor.text or "")]
    return any(tuple(norms[k:k + len(p)]) == p
               for p in _REALM_OFFICES for k in range(len(norms) - len(p) + 1))


def _domestic(actor1, actor2) -> bool:
    """Whether two actors are members of one state's government (its offices: OFFICE_ROLES):
    two holders of one state's offices meeting or calling is domestic business (a president
    receiving his prime minister), not a diplomatic contact; parties of one country that are
    not both in its government (a government and an armed movement, an envoy, delegations)
    are not."""
    if actor1 is None or actor2 is None:
        return False
    # a state's ambassador is a member of its government too: a president calling his own
    # ambassador (to console him, to instruct him) is domestic business
    # and so are a state's «officials» named as a plural (عدد من سامي المسؤولين التونسيين):
    # a minister meeting his own country's officials, whoever the text made the subject
    # and so is a state's ministry or government itself (Actor.institution) with its own
    # minister, and any official of it with its own ambassador, whom it recalls or instructs
    # («استدعت وزارة الخارجية البحرينية سفير مملكة البحرين لدى إيران للتشاور»)
    def cabinet(a, other):
        return (a.role in OFFICE_ROLES or a.ambassador
                or a.institution and other.role in OFFICE_ROLES
                or (a.institution or a.role == "official") and other.ambassador
                or a.collective and a.role == "official" and other.role in OFFICE_ROLES
                or a.role == "official" and other.role in OFFICE_ROLES and _realm_office(a))

    # and a state's ministry or government itself with any official of that state who is no
    # armed group («وكان الوزيران التقيا» read as لافروف and «الخارجية الروسية»): a ministry
    # is its own state's, never the other party of its officials' contact
    def ministry(a, other):
        return a.institution and other.role != "group"

    return (actor1.country is not None and actor1.country == actor2.country
            and actor1.org is None and actor2.org is None
            and (cabinet(actor1, actor2) and cabinet(actor2, actor1)
                 or ministry(actor1, actor2) or ministry(actor2, actor1)))


def _one_office(actor1, actor2) -> bool:
    """Whether both sides hold one office of one organisation («أنان والإبراهيمي» and the
    envoy after them, all UN envoys to Syria): holders of an office one after another, not
    parties to a contact (a UN envoy meeting the Secretary-General is a contact)."""
    return (actor1 is not None and actor2 is not None and actor1.org is not None
            and actor1.org == actor2.org and actor1.role == actor2.role
            and actor1.country is None and actor2.country is None)


def _one_bloc(actor1, actor2) -> bool:
    """Whether both sides are of one organisation and one of them holds a state's office in it
    (OFFICE_ROLES: «وزراء خارجية دول مجلس التعاون», «قادة دول المجلس», «وزراء خارجية دول
    الاتحاد الأوروبي»): a bloc's members meeting among themselves or with its own officers
    («موغيريني ... على هامش اجتماعات وزراء خارجية دول الاتحاد»), no contact between two
    sides. Two officers of one organisation (a UN envoy and the Secretary-General) still
    are."""
    return (actor1 is not None and actor2 is not None and actor1.org is not None
            and actor1.org == actor2.org
            and (actor1.role in OFFICE_ROLES or actor2.role in OFFICE_ROLES))


def _non_state(actor1, actor2) -> bool:
    """Whether a contact is not a diplomatic one because of a non-state body (Actor.body):
    one side stands for a union, a federation or a business delegation (mentions._body_words),
    or a national party meets its own country's government or another body of that country."""
    sides = [a for a in (actor1, actor2) if a is not None]
    if any(a.body and not a.party for a in sides):
        return True
    if actor1 is None or actor2 is None:
        return False
    party = next((a for a in sides if a.party), None)
    if party is None:
        return False
    other = actor2 if party is actor1 else actor1
    return (other.body or other.country) == party.body and other.org is None


def _home_pair(actor1, actor2) -> bool:
    """Whether both sides are of one state and one of them has it only as the outlet's country
    (a bare title, Actor.home): either that title is the outlet's own office, and the contact
    is its own state's business, or it is a foreign host's office the text left bare («كما كان
    في استقباله ... رئيس هيئة الأركان» in Amman, in a Saudi paper), and the pair is wrong."""
    return (actor1 is not None and actor2 is not None and actor1.country is not None
            and actor1.country == actor2.country and actor1.org is None and actor2.org is None
            and (actor1.home or actor2.home))


# «مع»: the preposition that introduces the counterparts of a contact's trigger
_WITH = words.WITH_WORDS
# words that may join two counterparts of one «مع» («مع X ومن بينهم Y», «مع كل من X وY»)
_CO_JOINERS = words.CO_JOINERS
# «(ومن) بينهم»، «منهم»: the members of a group named before, listed one after another
_MEMBERS = words.MEMBER_WORDS
# a trilateral or wider meeting «مع X وY» joins its counterparts too (held firm by the labels)
_SEVERAL_SIDES = words.SEVERAL_SIDES_STEMS
# «الثلاثاء» (Tuesday) holds «ثلاث» and counts no sides, nor does a count of days or weeks
_NOT_SIDES = words.NOT_SIDES_WORD


def _counts_sides(norms: list[str], i: int) -> bool:
    """Whether word i says a contact has several sides («ثلاثي», «الأطراف الثلاثة», «رباعية»,
    «متعدد الأطراف»): not Tuesday, not a count of time units."""
    t = norms[i]
    if _NOT_SIDES in t or not any(w in t for w in _SEVERAL_SIDES):
        return False
    return not (i + 1 < len(norms) and norms[i + 1] in _TIME_UNITS)


# words right after a group that open the list of its members («ممثلي المعارضة ومن بينها X وY»,
# «ممثلي الدائنين وهم X وY وZ», «وفد منهم X»)
_MEMBERS_AFTER = _MEMBERS | words.MEMBERS_AFTER


def _group_and_members(c: Candidate) -> bool:
    """Whether, both after the trigger, the second side is listed as a member of the first
    side's group right after it («محادثات مع ممثلي المعارضة ومن بينها الائتلاف والاتحاد
    الديمقراطي», «المحادثات بين اليونان وممثلي الدائنين وهم صندوق النقد والبنك المركزي
    الأوروبي»): a group and its members are one side of the contact, never its pair. The member
    word must open the list right after the group (or inside its mention): «التقى الرئيس
    بوفد من الكونغرس منهم السيناتور X» pairs the president and the senator."""
    a, b, trig = c.actor1, c.actor2, c.trig
    if a is None or b is None or trig is None:
        return False
    first, second = sorted((a, b), key=lambda x: x.i)
    if first.i < trig.j or second.i < first.j:
        return False
    if not all(any(x.i == y.i and x.key == y.key for x in c.sentence.actors) for y in (a, b)):
        return False  # a side stands for another mention («الجانبان» of the sentence before)
    norms = c.sentence.norms
    return any(norms[m] in _MEMBERS_AFTER for m in range(first.i + 1, min(first.j + 2, second.i)))


def _co_counterparts(c: Candidate) -> bool:
    """Whether a contact's two sides are both counterparts after one «مع» of its trigger,
    joined by و («التقى مع X وY»), or members of one group listed after «من بينهم»
    («محادثات مع ممثلي المعارضة ومن بينها X وY»): one side of the contact, whoever the
    other is (A met B and C gives A-B and A-C, never B-C). «لقاء بين X وY» (no مع),
    «التقى X مع Y» (X before مع) and a trilateral meeting («اجتماعا ثلاثيا مع X وY») are
    kept."""
    a, b, trig = c.actor1, c.actor2, c.trig
    if a is None or b is None or trig is None:
        return False
    if not all(any(x.i == y.i and x.key == y.key for x in c.sentence.actors) for y in (a, b)):
        return False  # a side stands for another mention (the traveller given for a pronoun)
    first, second = sorted((a, b), key=lambda x: x.i)
    norms = c.sentence.norms
    if first.i < trig.j or first.i == 0 or second.i < first.j:
        return False
    k = first.i - 1
    while k >= trig.j and norms[k] in _CO_JOINERS:
        k -= 1
    members = any(t in _MEMBERS for t in norms[k + 1:first.i])  # «ومن بينهم X وY»
    if not members and (k < trig.j or norms[k] not in _WITH):
        return False
    if any(_counts_sides(norms, i) for i in range(trig.i, k)):
        return False
    # walk the و chain from the first counterpart to the second
    chain = sorted((x for x in c.sentence.actors if first.i <= x.i <= second.i),
                   key=lambda x: x.i)
    prev = first
    for x in chain:
        if x.i < prev.j:
            continue
        gap = norms[prev.j:x.i]
        if any(t not in _CO_JOINERS and t != "و" for t in gap):
            return False
        if not (x.clitic.startswith("و") or gap and gap[0].startswith("و")):
            return False
        if x.i == second.i:
            return True
        prev = x
    return False




def _spoken_of(c: Candidate) -> bool:
    """Whether a side is a person named only as the genitive complement of a noun that speaks
    of him («ضرورة رحيل بشار الأسد», «عددا من أنصار الرئيس المعزول», «موسكو حليفة الأسد»,
    «زوجة الرئيس», «في عهد الرئيس»): the noun, not the person, is the word of the sentence, and
    the person is no party to its contact. A title with a clitic («بالرئيس», «والرئيس») is
    no genitive complement, and is kept; so is a one-party visit, which the sentence may tell
    as his through a pronoun («زوجة الرئيس ... لم ترافقه في الزيارة»), unless the noun is one
    of support given to him (_SUPPORTING: «أن يقوم ممثلون عن المعارضة التي تشككت في روسيا
    بسبب مساندتها الأسد بزيارة موسكو» is no visit of his)."""
    norms = c.sentence.norms
    for a in (c.actor1, c.actor2):
        if a is None:
            continue
        if a.clitic or a.i == 0 or a.i >= len(norms):
            continue
        if not any(x.i == a.i and x.key == a.key for x in c.sentence.actors):
            continue  # a side that stands for another mention
        if norms[a.i - 1] in (_ABOUT_HIM if c.actor2 is not None else _SUPPORTING):
            return True
    return False


def _own_envoy(c: Candidate) -> bool:
    """Whether a state's envoy and a cabinet member of the same state are the two sides of a
    contact the text does not tell as one receiving the other («وتأتي زيارة كيري استكمالا
    لقمة ... استضافها الرئيس الأمريكي»: two office holders of one state, no contact); «استقبل
    الرئيس مبعوثه» is still told as an audience."""
    a1, a2 = c.actor1, c.actor2
    if a1 is None or a2 is None or a1.country is None or a1.country != a2.country \
            or a1.org is not None or a2.org is not None:
        return False
    if not ({a1.role, a2.role} & {"envoy"} and {a1.role, a2.role} & OFFICE_ROLES):
        return False
    return "ستقبل" not in (c.trigger or "")


def _not_contact(c: Candidate, published: date | None = None, home: str | None = None) -> bool:
    """Whether a candidate's parties make it no contact between states: no first party, one
    state's own government (_domestic), two parties of the outlet's own state
    (_outlets_own_state), a non-state body (_non_state), holders of one office (_one_office),
    a bloc's members among themselves (_one_bloc), a
    state and a council it sits in (own_council), a traveller that does not travel
    (_stationary), a pilgrim's trip (_pilgrimage), two counterparts of one «مع»
    (_co_counterparts), a group and its members listed after it (_group_and_members), a
    person only spoken of (_spoken_of), a joint body of both states (_joint_body_of_pair), or
    an honorary ambassador (_honorary_envoy)."""
    return (c.actor1 is None or _entourage(c) or _domestic(c.actor1, c.actor2)
            or _home_pair(c.actor1, c.actor2)
            or _outlets_own_state(c, home)
            or _non_state(c.actor1, c.actor2)
            or _one_office(c.actor1, c.actor2) or _one_bloc(c.actor1, c.actor2)
            or own_council(c.actor1, c.actor2, published) or _stationary(c) or _sport_trip(c)
            or _pilgrimage(c)
            or other_than_summoned(c) or _own_envoy(c) or _co_counterparts(c)
            or _group_and_members(c)
            or _spoken_of(c) or _genitive_participants(c) or _joint_body_of_pair(c)
            or _honorary_envoy(c))


def _entourage(c: Candidate) -> bool:
    """Whether a side is an entourage («والوفد المرافق له», «لما لقيه والوفد المرافق»): it
    travels with the actor before it and meets no one of its own (Actor.entourage)."""
    return any(x is not None and x.entourage for x in (c.actor1, c.actor2))


# the meeting noun whose genitive is who meets (normalised, without article or clitic)
_MEETING_NOUNS = words.MEETING_NOUNS


def _genitive_participants(c: Candidate) -> bool:
    """Whether the intransitive meeting noun «اجتماع» has for its genitive a plural title, who
    meet («استعدادا لاجتماع وزراء خارجية البلدين»), and a side of the candidate of another rank
    stands before the noun: someone who only speaks of, prepares or agrees on that meeting is
    no party to it.
    Not «لقاء», whose genitive is the one met («للقاء وزراء خارجية دول المجلس»)."""
    t = c.trig
    norms = c.sentence.norms
    if c.etype != "MEET" or t is None or t.tense != "noun" or c.actor2 is None \
            or t.j - t.i != 1 or t.j >= len(norms) or norms[t.j] not in _PLURAL_TITLES:
        return False
    noun = norms[t.i][len(t.clitic):]
    if noun.startswith("ال"):
        noun = noun[2:]
    if noun not in _MEETING_NOUNS:
        return False
    # a side before the noun of the genitive's own rank may be one of them («قال وزير الخارجية
    # الجبير إن اجتماع وزراء خارجية دول المجلس ...»)
    rank = next((a.role for a in c.sentence.actors if a.i == t.j), None)
    if rank is None:  # a genitive no actor was made of: its title still gives the rank
        _n, entries = load_gazetteer().match(norms, t.j)
        rank = next((e.role for e in entries if e.kind == "title"), None)
    return any(a.j <= t.i and a.role != rank for a in (c.actor1, c.actor2))


SPORT_TRIP_WORDS = 2  # distinct sports-fixture words that make a sentence's trip a team's


def _sport_trip(c: Candidate) -> bool:
    """Whether a visit is told in a sentence of a sports fixture (grammar.yaml
    sport_event_words, two different ones, a clitic aside): a club's, a player's or a sports
    official's trip to a match or a tournament, not a state visit."""
    if c.etype != "VISIT" or c.actor1 is None or c.actor1.role in OFFICE_ROLES:
        return False  # a head of state or a minister on a visit may well watch a match
    found = {t if t in SPORT_EVENT_WORDS else t[1:] for t in c.sentence.norms
             if in_words(t, SPORT_EVENT_WORDS, "وبلف")}
    return len(found) >= SPORT_TRIP_WORDS


def _pilgrimage(c: Candidate) -> bool:
    """Whether a visit is told as made to perform the Umrah or the Hajj («وصل ... إلى جدة لأداء
    مناسك العمرة»): a pilgrim's trip, which the labels hold doubtful at most, not a state
    visit (a meeting during it is still told by its own trigger)."""
    if c.etype != "VISIT":
        return False
    norms = c.sentence.norms
    return any(t in _PERFORM and norms[k + 1] in _RITES for k, t in enumerate(norms[:-1]))


def _stationary(c: Candidate) -> bool:
    """Whether a visit's traveller is an institution that does not travel: a ministry, a
    government, the forces (mentions.Actor.institution, role official: «حتى تصل الرسالة»
    after «الحكومة البحرينية»); a mission or a joint committee (delegation) does."""
    a = c.actor1
    return c.etype == "VISIT" and a is not None and a.institution and a.role != "delegation"


JOINT_BODY_SPAN = 2  # words after a joint body's mention that may still name its states
SESSION_REACH = 2  # words before a joint body its session noun may stand («الدورة ال21 للجنة»)


def _joint_body_of_pair(c: Candidate) -> bool:
    """Whether one side is a joint body (a delegation-kind institution: «اللجنة المختلطة العليا
    التونسية-الجزائرية») named as the genitive of a session noun (grammar.yaml session_nouns:
    «ترأس أشغال الدورة ال21 للجنة ...») whose name carries the other side's nationality too:
    the session of a body of both states is the occasion the other side chairs or attends,
    the body no counterpart of it (as a subject, «عقدت اللجنة الليبية الإيطالية المشتركة
    اجتماعها مع ...», the body is one side)."""
    a1, a2 = c.actor1, c.actor2
    if a1 is None or a2 is None:
        return False
    norms = c.sentence.norms
    gaz = load_gazetteer()
    for body, other in ((a1, a2), (a2, a1)):
        if not body.institution or body.role != "delegation" or other.country is None \
                or body.country == other.country or body.j > len(norms) \
                or not any(t in _SESSION for t in norms[max(0, body.i - SESSION_REACH):body.i]):
            continue
        for k in range(body.i + 1, min(body.j + JOINT_BODY_SPAN, len(norms))):
            if any(e.kind == "adj" and e.code == other.country
                   for e in gaz.match_clitic(norms, k)[1]):
                return True
    return False


HONORARY_REACH = 2  # words after an ambassador's mention that may still make it honorary


def _honorary_envoy(c: Candidate) -> bool:
    """Whether a side is an honorary ambassador (grammar.yaml honorary_envoy_words in its
    mention or right after it: «الفنانة X بوصفها سفيرة للسلام بمنظمة الأمم المتحدة»): an
    artist's or a sportsman's title for a cause, no envoy, so no contact with a state."""
    norms = c.sentence.norms
    return any(a is not None and a.ambassador
               and any(t in _HONORARY for t in norms[a.i:a.j + HONORARY_REACH])
               for a in (c.actor1, c.actor2))


def _region(c: Candidate) -> tuple[str, None] | None:
    """The place of a visit that names no state or city (regions.visit_region) as a location:
    its country is None, the region is no state."""
    region = visit_region(c.sentence, c.trig, c.actor1)
    return (region[1], None) if region is not None else None


# (the present «يصل», «تصل» has none of the past's letters in a row)
_ARRIVAL_STEMS = words.ARRIVAL_STEMS
_HOST_WELCOME = words.HOST_WELCOME_WORDS
_HOST_OWN_STATE = words.HOST_OWN_STATE_WORDS
_FUTURE = words.FUTURE_NOUN  # "the future": the reception verb's letters, no reception


def _receiving_state(c: Candidate) -> tuple[str, str] | None:
    """The place of an arrival that names none, from its host told in its own sentence as
    receiving the traveller («وكان في استقباله لدى وصوله وزير الخارجية القطري», «كان الرئيس
    الكيني في استقبال ضيفه لدى وصوله», «يستقبل X ضيفه لدى وصوله»): a reception noun or verb
    and the officials of exactly one other state (the traveller's own ambassador or entourage
    met at the airport are not the hosts; «مستقبل», the future, is no reception word); the
    host's state is where the visit is. A traveller received by officials of his own state
    only (a domestic tour) gets no place; a visit noun
    is left out (a visit told again with its day, «زيارة», is often a second mention of one
    already placed, which would then be told twice)."""
    a = c.actor1
    if a is None or (a.country is None and a.org is None):
        return None
    sent = c.sentence
    if c.trig is None or not any(stem in sent.norms[c.trig.i] for stem in _ARRIVAL_STEMS) \
            or not any(stem in w and _FUTURE not in w
                       for w in sent.norms for stem in _RECEPTION_STEMS):
        return None
    hosts = {x.country for x in sent.actors
             if x is not a and x.country is not None and x.country != a.country
             and x.org is None and not x.ambassador and not x.entourage}
    if len(hosts) != 1:
        return None
    return load_gazetteer().state_place(next(iter(hosts)))


WELCOME_REACH = 4  # words from a host's welcome to the «ب» visit noun it welcomes


def _welcomed_visit(norms: list[str], k: int) -> bool:
    """Whether a visit noun with «ب» («بزيارة», «بالزيارة», «بجولة») follows the welcome word at
    k within WELCOME_REACH words (its subject and an adverb may stand between)."""
    for w in norms[k + 2:k + 2 + WELCOME_REACH]:
        bare = w[1:] if w[:1] == "ب" else None
        if bare is not None and bare.startswith("ال"):
            bare = bare[2:]
        if bare and any(bare.startswith(stem) for stem in _VISIT_STEMS):
            return True
    return False


def _welcoming_host(c: Candidate) -> tuple[str, str] | None:
    """The place of a visit its host state is told welcoming («احتفى الأردن بزيارة X», «رحبت
    مصر بالزيارة», «أعرب الوزير الأردني عن ترحيب بلاده بزيارة X»): the state named right after
    the welcome word, or, for «بلاده», the state of the nearest official before it (the
    speaker); another state than the visitor's, else none (a state welcoming its own
    official's trip abroad tells no place)."""
    a = c.actor1
    if a is None or a.country is None:
        return None
    sent = c.sentence
    norms = sent.norms
    places = {i: code for i, _, code in sent.places}
    for k, w in enumerate(norms[:-2]):
        word = w[1:] if w[:1] == "و" and w[1:] in _HOST_WELCOME else w
        if word not in _HOST_WELCOME or not _welcomed_visit(norms, k):
            continue
        host = places.get(k + 1)
        if host is None and norms[k + 1] in _HOST_OWN_STATE:
            speakers = [x for x in sent.actors if x.i < k and x.country is not None
                        and x.org is None and x is not a]
            host = max(speakers, key=lambda x: x.i).country if speakers else None
        if host is not None and host != a.country:
            return load_gazetteer().state_place(host)
    return None


def _fallback_place(c: Candidate) -> tuple | None:
    """The place of a visit whose sentence names none: its region's (`_region`), else its
    host's state (`_receiving_state`, `_welcoming_host`); with none the visit is dropped."""
    return _region(c) or _receiving_state(c) or _welcoming_host(c)


def extract_events(text: str, published=None, part: str = "body",
                   home: str | None = None) -> list[dict]:
    """Events in an Arabic text, as dicts with the EVENTS_SCHEMA fields a text can give.

    `published` (date, datetime or ISO string) anchors relative dates; without it, relative
    dates stay null. `home` (ISO alpha-3) is the outlet's country: a title with no country of
    its own («رئيس الحكومة») refers to it. Row-level fields (article_id, source, run_id ...)
    are left to the caller.
    Candidates come from the rule frames and from every actor pair near a trigger; the learned
    scorer (configs/models/events_scorer.json) keeps those above its threshold.
    """
    model = load_model()
    # a model whose wide threshold is above 1 keeps no wide candidate (a score is at most 1),
    # and without a model the rules decide alone: then the wide candidates are not made
    # (a wide model of its own, when the file has one, decides them instead)
    wide = model.get("wide") if model is not None else None
    with_wide = model is not None and (model["threshold_wide"] <= 1.0 or bool(wide))
    cands: list[Candidate] = []
    made = candidates(text, published, home, with_wide)
    for c, feats in made:
        rule = "rule=True" in feats
        if model is None:
            if rule:
                cands.append(c)
            continue
        if wide and not rule:
            if decidable(c, wide["types"]):
                sfeats = structure_features(c, made)
                if decided(c, sfeats, wide["types"]):
                    c.score = wide_score(feats + sfeats, wide)
                    if c.score >= wide["threshold"]:
                        cands.append(c)
            continue
        c.score = score(feats, model)
        if c.score >= model["threshold_rule" if rule else "threshold_wide"]:
            cands.append(c)
    events = []
    kept: list[Candidate] = []
    pub = as_date(published)
    for c in cands:
        _judged_day(c, pub)
        _held_before(c, pub)
        if _came_from(c):
            # «وصل ... اليوم إلى الدوحة قادما من طوكيو»: the stay in Tokyo is reported by the
            # way, before the day told (a month told keeps it: «عاد ... من نيجيريا في يوليو»);
            # another mention of the same stay may still date it (merged below)
            c.status = "reported" if c.status == "planned" else c.status
            if c.precision == "day":
                c.date, c.precision = None, None
    cands = [c for c in cands if not _crosshead_told_below(c, cands)]
    merged = _merge(_title_retold(_across_contact(cands, pub)))
    _visit_dated_by_its_talks(merged)
    for c in merged:
        if c.etype not in EVENT_TYPES or c.actor1 is None:
            continue
        c.status = _dated_status(c, c.today or pub)
        if c.etype != "VISIT" and c.actor2 is None:
            continue
        if c.etype == "VISIT" and c.location is None:
            c.location = _fallback_place(c)
            if c.location is None:
                continue
        if _not_contact(c, pub, home):
            continue
        if c.etype == "CALL":
            c.location = None  # a call is held from two places: no venue
        if c.actor1.role is None or c.actor2 is not None and c.actor2.role is None:
            # a party with no office: «نظيره العراقي» after a football team («خسر الأخضر أمام
            # نظيره العراقي»), a first name read as a nationality («هو تركي البنعلي»)
            continue
        kept.append(c)
    _place_by_visit(kept)
    _place_by_premises(kept)
    _place_of_summons(kept)
    told: dict[tuple, list[Candidate]] = {}
    for c in kept:
        if _group_beside_named(c, kept) or _states_retold(c, kept) \
                or _vaguer_beside_named(c, kept) or _meeting_named_again(c, kept) \
                or _speech_at_the_meeting(c, kept) or _vaguer_told_again(c, kept) \
                or _dual_sides_retold(c, kept):
            continue
        same = _told_as(c)
        if any(not _other_counterparts(o, c) for o in told.get(same, ())):
            continue  # one contact told twice, apart until its status was settled after _merge
        told.setdefault(same, []).append(c)
        a1 = c.actor1.as_dict()
        a2 = c.actor2.as_dict() if c.actor2 else {k: None for k in a1}
        ev = {
            "event_type": c.etype,
            "status": c.status,
            "event_date": c.date,
            "date_precision": c.precision,
            "location_name": c.location[0] if c.location else None,
            "location_country": c.location[1] if c.location else None,
            "trigger": c.trigger,
            "evidence": c.sentence.text,
            "sentence_index": c.sentence.index,
            "part": part,
            "confidence": round(c.score, 3) if model is not None else _confidence(c),
            "extractor_version": EXTRACTOR_VERSION,
        }
        for n, a in (("actor1", a1), ("actor2", a2)):
            for f in ("name", "country", "org", "role", "text"):
                ev[f"{n}_{f}"] = a[f]
        events.append(ev)
    return events


def _visit_dated_by_its_talks(merged: list[Candidate]) -> None:
    """A visit told with the talks it held, in one sentence that names no day («نولي اهتماما
    لزيارة ولي العهد لروسيا ومحادثاته مع الرئيس بوتين»: both given the lead's day), whose
    talks a later sentence dates («واجتمع بوتين مع الأمير في يونيو», merged into them: _merge)
    is dated as they are: the visit is the occasion of the talks told with it, not the lead's.
    Only a reported visit still bearing the lead's day, and talks of its visitor with that
    sentence as their first telling, re-dated by a telling of their own."""
    for v in merged:
        if v.etype != "VISIT" or v.status != "reported" or not _lead_dated(v) \
                or v.actor1 is None:
            continue
        talks = [c for c in merged
                 if c.etype in ("MEET", "NEGOTIATE", "DISCUSS") and c.sentence is v.sentence
                 and c.status == "reported" and c.actor1 is not None and c.actor2 is not None
                 and v.actor1.key in (c.actor1.key, c.actor2.key) and c.retold
                 and c.date is not None and not _lead_dated(c) and c.date != v.date]
        if len({(c.date, c.precision) for c in talks}) == 1:
            v.date, v.precision = talks[0].date, talks[0].precision
            v.lead_day = None


PREMISES_REACH = 12  # words from a contact's trigger to the host's premises it is told held in
_SEAT = words.SEAT_NOUN


def _premises_at(norms: list[str], k: int) -> bool:
    """Whether the host's own premises are named at token k (grammar.yaml host_premises,
    host_seat_nouns): «في قصره», «بمكتبه», «بمقر الوزارة», «في مقر الهيئة»."""
    word = norms[k]
    bare = word[1:] if word[:1] == "ب" else word
    told = word[:1] == "ب" or k > 0 and norms[k - 1] in IN_WORDS
    if bare in _HOST_PREMISES:
        return told
    return (bare == _SEAT and told and k + 1 < len(norms)
            and norms[k + 1] in _HOST_SEAT_NOUNS)


def _place_by_premises(kept: list[Candidate]) -> None:
    """A contact told held in its host's own palace, office or ministry and in no named place
    («استقبل أمير دولة قطر في قصره مساء أمس وزير الخارجية», «استقبل الوزير بمكتبه بوزارة
    التربية وزيرة التربية الفرنسية», «استقبل وزير الخارجية بمقر الوزارة الأمين العام») is held
    in the host's state: the state of its first party (the one who receives), an official of a
    state who is no ambassador (an embassy's office is abroad)."""
    gaz = load_gazetteer()
    for c in kept:
        a = c.actor1
        if c.etype in ("VISIT", "CALL") or c.location is not None or c.trig is None \
                or a is None or a.country is None or a.org is not None or a.ambassador:
            continue
        norms = c.sentence.norms
        if any(_premises_at(norms, k)
               for k in range(c.trig.j, min(len(norms), c.trig.i + PREMISES_REACH))):
            c.location = gaz.state_place(a.country)


def _place_of_summons(kept: list[Candidate]) -> None:
    """A state summoning an envoy («استدعت أنقرة السفير الصيني», «بعد أيام من استدعاء إسلام آباد
    للسفير الهندي», «استدعت مبعوث الجامعة العربية») receives him at its own foreign ministry:
    with no place told, the summons is held in the summoner's state (its first party, an
    official of a state; the one summoned an ambassador or envoy of another state or body)."""
    gaz = load_gazetteer()
    for c in kept:
        a, b = c.actor1, c.actor2
        if c.location is not None or c.trig is None or a is None or b is None \
                or a.country is None or a.org is not None or a.ambassador \
                or not (b.ambassador or b.role == "envoy") or b.country == a.country \
                or not summons_word(c.sentence.norms[c.trig.i]):
            continue
        c.location = gaz.state_place(a.country)


LEAD_DAY_SLACK = 2  # days between a visit and a contact dated only by the lead's occasion


def _days_agree(v: Candidate, c: Candidate) -> bool:
    """Whether a visit and a contact may be of one trip by their dates: the same day, either
    undated, a month holding the other's day («يؤدي X زيارة إلى العراق يومي 8 و9 مارس» and
    «سيجري خلال الزيارة لقاءات» dated to March), or a contact dated only by the lead's
    occasion (`_lead_dated`) within a day or two of the visit's (a trip next week is
    another)."""
    if v.date is None or c.date is None or v.date == c.date:
        return True
    if _lead_dated(c) and abs((v.date - c.date).days) <= LEAD_DAY_SLACK:
        return True
    if "month" in (v.precision, c.precision):
        return (v.date.year, v.date.month) == (c.date.year, c.date.month)
    return False


def _place_by_visit(kept: list[Candidate]) -> None:
    """A contact held in person whose sentence tells no venue, between a traveller and an
    official of the state his visit goes to, is held on that visit: it takes the visit's place
    («وصل X إلى القاهرة» then «والتقى الرئيس المصري»; «غادر X مصر بعد زيارة» then «وكان
    قد التقى خلالها الرئيس المصري»), when the document tells the traveller's visit to that state
    with the contact's status (or an arrival held on the day of a contact to come) and no other
    day (`_days_agree`). A visit of the contact's own day names the place before an undated
    one (a trip told to come beside the one under way), one of its status before another, then
    the nearest by sentence (a trip's stops in two cities of one state are told each near its
    own contacts)."""
    visits = [v for v in kept if v.etype == "VISIT" and v.location is not None
              and v.location[1] is not None and v.actor1 is not None]
    if not visits:
        return
    for c in kept:
        if c.etype in ("VISIT", "CALL") or c.location is not None or c.actor2 is None:
            continue
        near = []
        for v in visits:
            if not _days_agree(v, c):
                continue
            # an arrival told held and a contact still to come on its day: he is there
            if v.status != c.status and not (v.status == "reported" and c.status == "planned"
                                             and v.date is not None and v.date == c.date):
                continue
            for side, other in ((c.actor1, c.actor2), (c.actor2, c.actor1)):
                if side.key == v.actor1.key and other.country == v.location[1] \
                        and other.org is None:
                    near.append((v.date != c.date, v.status != c.status,
                                 abs(v.sentence.index - c.sentence.index), v.location))
        if near:
            near.sort(key=lambda x: x[:3])
            c.location = near[0][3]


def _outlets_own_state(c: Candidate, home: str | None) -> bool:
    """Whether both parties are of the outlet's own state (a king decorating his consul, an oil
    minister with his country's delegation, a president with his parliament's speaker): one
    state's own business, news of the outlet's country, which has one government (a foreign
    state's rival governments, «السراج» and «حفتر», may still meet)."""
    a1, a2 = c.actor1, c.actor2
    return (home is not None and a1 is not None and a2 is not None
            and a1.country == home and a2.country == home
            and a1.org is None and a2.org is None)


# the words that open an unnamed group joined to a named actor («وعدد من المسؤولين»)
_GROUP_OPENERS = words.GROUP_OPENERS


def _joined_to_named(sent, side) -> bool:
    """Whether an unnamed group of a state's officials is joined by و right after a named or
    titled actor of that state in its sentence («يلتقي خلالها الرئيس المصري X وعددا من
    المسؤولين في مصر», «... X ومسؤولين كبار»), whether or not that actor's own contact was
    kept beside it (it may have merged with the same contact told earlier)."""
    for a in sent.actors:
        if a.collective or a.country != side.country or not (a.name or a.titled):
            continue
        gap = sent.norms[a.j:side.i]
        if a.j == side.i and side.clitic.startswith("و"):
            return True
        if 0 < len(gap) <= 2 and gap[0] in _GROUP_OPENERS and all(
                t in _GROUP_OPENERS or t == "من" for t in gap):
            return True
    return False


def _group_beside_named(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether a contact's party is an unnamed group of a state's officials («وعدد من
    المسؤولين المغاربة», «ومسؤولين كبار») standing after a named or titled actor of that
    state who is the other party of the same contact («التقى الملك محمد السادس وعددا من
    المسؤولين المغاربة»): the labelling conventions give the group no event of its own."""
    for side, other in ((c.actor1, c.actor2), (c.actor2, c.actor1)):
        if side is None or other is None or not side.collective or side.name is not None \
                or side.role != "official" or not side.country:
            continue
        if _joined_to_named(c.sentence, side):
            return True
        for _, named, rest in _same_trigger_sides(c, kept):
            if named.collective or named.country != side.country or rest.key != other.key:
                continue
            if named.i < side.i and (named.name is not None or named.titled):
                return True
    return False


def _same_trigger_sides(c: Candidate, kept: list[Candidate]):
    """(o, named, rest) for each other kept candidate `o` of c's sentence, type and trigger,
    once for each way round of its two parties (neither None): where a party of `c` may be
    told again beside a named one of the same contact."""
    if c.trig is None:
        return
    for o in kept:
        if o is c or o.sentence is not c.sentence or o.etype != c.etype \
                or o.trig is None or o.trig.i != c.trig.i:
            continue
        for named, rest in ((o.actor1, o.actor2), (o.actor2, o.actor1)):
            if named is not None and rest is not None:
                yield o, named, rest


def _vaguer(a) -> bool:
    """Whether a party names no one: a state's or an organisation's government, ministry or
    institution («الحكومة التونسية», «حكومة طرابلس»), its officials or representatives
    («ممثلو دول مجلس التعاون», «مسؤولين مصريين») or an unnamed delegation («وفد بلاده»)."""
    return a.name is None and bool(a.country or a.org) and (
        a.institution or a.role == "delegation" or a.collective and a.role == "official")


def _named_side(a) -> bool:
    """Whether a party is a named person or a titled office of its own (not _vaguer)."""
    return (a.name is not None or a.titled) and not a.institution and not a.collective \
        and a.role != "delegation"


def _vaguer_beside_named(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether one side of a contact is a vaguer party of a state or organisation (_vaguer)
    told beside a named person or office of the same state or organisation who has the same
    contact, with the same trigger, the same other party, status and date («استقبل X رئيس
    الوزراء Y والحكومة …», «اجتمع ممثلو دول مجلس التعاون والأمين العام للمجلس مع Z»): a
    government or its officials named beside its own named officer in one contact are that
    officer's side, not a second counterpart (the labelling conventions)."""
    if c.trig is None:
        return False
    for side, other in ((c.actor1, c.actor2), (c.actor2, c.actor1)):
        if side is None or other is None or not _vaguer(side):
            continue
        for o, named, rest in _same_trigger_sides(c, kept):
            if o.status != c.status or (o.date, o.precision) != (c.date, c.precision) \
                    or rest.key != other.key \
                    or (rest.name or other.name) and rest.name != other.name \
                    or (named.country, named.org) != (side.country, side.org):
                continue
            if _named_side(named):
                return True
    if c.etype in _RETOLD_TYPES and c.sentence.norms[c.trig.i].startswith("ال"):
        # «وأفاد X بأن اللقاء تناول ... دعم حكومة مصر»: the definite noun tells again the
        # meeting of X with the state's named officer told before; its government named in
        # the topic is that officer's side, no second counterpart
        for side, other in ((c.actor1, c.actor2), (c.actor2, c.actor1)):
            if side is None or other is None or not _vaguer(side):
                continue
            if any(o is not c and o.etype in _HELD_AT and o.status == c.status
                   and (c.date is None or (o.date, o.precision) == (c.date, c.precision))
                   and any(n is not None and r is not None and _same_person(r, other)
                           and (n.country, n.org) == (side.country, side.org)
                           and _named_side(n)
                           for n, r in ((o.actor1, o.actor2), (o.actor2, o.actor1)))
                   for o in kept):
                return True
    return False


def _same_person(a, b) -> bool:
    """Whether two mentions may name one party: the same country or organisation and office,
    and the same name where both have one (names are the gazetteer's whole names, so one
    within another is someone else: «Saud bin Nayef», «Abdulaziz bin Saud bin Nayef»)."""
    return a.key == b.key and (not (a.name and b.name) or a.name == b.name)


def _dual_sides_retold(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether a contact whose two sides are a dual noun's states («وبحث الجانبان المصري
    والروسي خلال الاتصال», «المفاوضات بين الجانبين المصري والروسي») only tells again a
    contact the text gives between people of the same two states (any type, status or day: the
    sides are that contact's, not a second one between the states' officials)."""
    a, b = c.actor1, c.actor2
    if a is None or b is None or not (a.dual_side and b.dual_side):
        return False
    states = {a.country, b.country}
    return any(o is not c and o.actor1 is not None and o.actor2 is not None
               and {o.actor1.country, o.actor2.country} == states
               and not (o.actor1.dual_side or o.actor2.dual_side)
               for o in kept)


def _vaguer_told_again(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether a meeting or talks with a vaguer party of a state or organisation (_vaguer: its
    government, «مسؤولين عراقيين», «عدد من المسؤولين») is told again in another sentence of the
    document as the same contact with a named person or office of that state or organisation:
    the same type, status and other party, on no other day and in no other state («وصل X إلى
    بغداد حيث يلتقي مسؤولين عراقيين» then «ومن المقرر أن يلتقي X رئيس الوزراء Y»; «تواصل حكومة
    اليونان مباحثاتها مع ممثلي الدائنين» then «أجرى وزير المالية اليوناني مباحثاته مع ممثلي الجهات
    الدائنة»). The labelling conventions give the unnamed side no event beside its named
    officers (an unnamed group that is the only counterpart keeps its event)."""
    if c.etype not in _RETOLD_TYPES:
        return False
    for side, other in ((c.actor1, c.actor2), (c.actor2, c.actor1)):
        if side is None or other is None or not _vaguer(side):
            continue
        for o in kept:
            if o is c or o.sentence is c.sentence or o.etype != c.etype \
                    or o.status != c.status or o.actor1 is None or o.actor2 is None:
                continue
            if c.date is not None and o.date is not None \
                    and (o.date, o.precision) != (c.date, c.precision):
                continue
            if c.location is not None and o.location is not None \
                    and c.location[1] != o.location[1]:
                continue  # («التقى كبار المسؤولين» in Tehran, the president once in Tokyo)
            for named, rest in ((o.actor1, o.actor2), (o.actor2, o.actor1)):
                if (named.country, named.org) == (side.country, side.org) \
                        and _named_side(named) and _same_person(rest, other):
                    return True
    return False


# talks nouns that take no new event when they point back, definite, to a contact told with
# its people (المشاورات، المباحثات، المحادثات، المفاوضات، اللقاء، الاجتماع)
_RETOLD_TYPES = frozenset({"MEET", "NEGOTIATE"})


def _states_retold(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether a meeting or talks between two states named bare as its sides («أن المشاورات
    الثنائية بين مصر والمملكة تناولت ...», «المباحثات بين البلدين») only tells again, with the
    definite noun, a contact the text gives between people of the same two states with the
    same status and, when the noun has a date, the same date (the foreign ministers' meeting,
    the president's reception): the noun refers back to that contact and is no other event
    between the states' officials. An indefinite noun («مباحثات بين تونس وألمانيا»), a session
    of another day («جلسة المفاوضات التي جرت بين البلدين يومي 22 و23 فيفري» beside a later
    visit) or a pair of states with no such contact of their people («قادت المحادثات بين أميركا
    وكوبا» beside a meeting still planned) is kept."""
    a, b = c.actor1, c.actor2
    if c.etype not in _RETOLD_TYPES or c.trig is None or a is None or b is None \
            or a.pair is None or a.pair != b.pair or a.name or b.name:
        return False
    if not c.sentence.norms[c.trig.i].startswith("ال"):
        return False
    states = {a.country, b.country}
    return any(o is not c and o.actor1 is not None and o.actor2 is not None
               and o.etype in _HELD_AT and o.status == c.status
               and (c.date is None or (o.date, o.precision) == (c.date, c.precision))
               and {o.actor1.country, o.actor2.country} == states
               and (o.actor1.pair is None or o.actor2.pair is None)
               and (o.actor1.name or o.actor1.titled or o.actor2.name or o.actor2.titled)
               for o in kept)


def _meeting_named_again(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether a definite meeting noun («اللقاء», «الاجتماع») whose two parties both stand
    before it in its sentence only names again a meeting or talks of the pair that an
    earlier trigger of the sentence told, or parties of such contacts («محادثات السلام بين A
    وB ستجري أواخر الشهر، دون تحديد مكان اللقاء», «اتفق الطرفان خلال محادثات بين A وB على
    اللقاء مجددا», «بدأ X نهاره بلقاء Y وZ قبل التوجه إلى اللقاء المقرر مع W»): the noun
    borrowed the parties of those contacts and tells no second contact of theirs with a status
    or day of its own (one contact, one event). A meeting noun that names a party of its own
    after it is a contact of its own."""
    trig = c.trig
    if c.etype != "MEET" or trig is None or trig.tense != "noun" \
            or c.actor1 is None or c.actor2 is None:
        return False
    if not _definite(c.sentence.norms[trig.i]):  # «اللقاء», «واللقاء», «للقاء» (ل + ال)
        return False
    if not (c.actor1.j <= trig.i and c.actor2.j <= trig.i):
        return False
    # (a contact of its sentence merged into the same one told before is told there too:
    # «بدأ X نهاره بلقاء Y وZ» after X's meetings with Y and Z were told)
    earlier = [o for k in kept for o in (k, *k.retold) if o is not c
               and o.sentence is c.sentence and o.trig is not None and o.trig.j <= trig.i
               and o.etype in _RETOLD_TYPES]
    if c.date is not None and all(o.date is None or o.date.replace(day=1) != c.date.replace(day=1)
                                  for o in earlier):
        # «اتفقا خلال محادثاتهما أمس على اللقاء مجددا الشهر المقبل»: a month of its own
        return False
    told = {(a.i, a.j) for o in earlier for a in (o.actor1, o.actor2) if a is not None}
    # an actor joined by و right after a told one is that contact's too, whether or not its own
    # event was kept in this sentence («بلقاء Y وZ», Z's meeting merged with one told before)
    for a in sorted(c.sentence.actors, key=lambda a: a.i):
        if a.clitic.startswith("و") and any(j == a.i for _, j in told):
            told.add((a.i, a.j))
    return (c.actor1.i, c.actor1.j) in told and (c.actor2.i, c.actor2.j) in told


def _speech_at_the_meeting(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether a call read from a speak verb («تحدث مع», no phone word in its sentence) tells
    again, as the talk held there, a meeting of the same pair reported in the same sentence or
    the one before, on no other day («التقى X المبعوث Y ... وصرح X بأنه تحدث مع المبعوث حول
    ...», «تحدث X مع Y خلال لقائهما الشهر الماضي»): one contact, the meeting, not a call. A
    meeting still to come («سيجري مباحثات مع A، مشيرا إلى أنه تحدث مع B أمس») leaves the call
    told beside it."""
    trig = c.trig
    if c.etype != "CALL" or trig is None or trig.tense == "noun" or c.status != "reported":
        return False
    if not speak_verb(c.sentence.norms[trig.i]) or phone_near(c.sentence, None):
        return False
    return any(o.etype == "MEET" and o.status == "reported" and _pair_key(o) == _pair_key(c)
               and 0 <= c.sentence.index - o.sentence.index <= 1
               and (o.date is None or c.date is None or o.date == c.date) for o in kept)


_DURING = words.DURING_WORDS | PROGRAMME
_LASTS_OR_LASTED = _LASTS | _LASTED  # a visit lasting several days, or one that lasted them


def _several_days(norms: list[str], lasts: frozenset[str] = _LASTS) -> bool:
    """Whether a sentence tells a visit that lasts several days: a word of duration (`lasts`:
    _LASTS; _LASTED for one that lasted, or both) within two words before «يومين» or «N أيام»
    (N a count of 3 to 7, or «عدة»), with a visit noun in the sentence."""
    if ("يومين" not in norms and "ايام" not in norms
            or not any("زياره" in t or "جوله" in t for t in norms)):
        return False
    for k, t in enumerate(norms):
        days = t == "يومين" or t == "ايام" and k > 0 and norms[k - 1] in _SEVERAL
        if not days:
            continue
        start = k if t == "يومين" else k - 1
        if any(w in lasts for w in norms[max(0, start - 2):start]):
            return True
    return False


_VISIT_STEMS = words.VISIT_STEMS  # زيارة/زيارته، جولة/جولته


def _tour_word(c: Candidate) -> bool:
    """Whether a visit's trigger is a word of touring that a list of stops follows: a visit
    or tour noun («جولة تشمل», «زيارة لكينيا وإثيوبيا»), or a verb of visiting still to come
    (grammar.yaml visit_verbs, with و/ف/س: «سيزور اعتبارا من اليوم الكويت وقطر والعراق»);
    not a gathering the listed states attend («قمة تجمع مصر واليونان»), nor a past verb
    telling the places visited on its day («زار أمس الكويت وقطر»)."""
    words = c.sentence.norms[c.trig.i:c.trig.j]
    return any(w.startswith(_VISIT_STEMS) or c.status == "planned"
               and w.lstrip("وفس") in VISIT_VERBS for w in words)


VISIT_BEGUN_SPAN = 10  # words from a verb of beginning to its visit noun (its subject between)


def _visit_begun(norms: list[str]) -> bool:
    """Whether a sentence tells a visit begun and under way («بدأ رئيس الوزراء اليوم زيارة
    رسمية», «واستهل جولته»): a past verb of beginning (_BEGUN_VISIT) with a visit noun within
    VISIT_BEGUN_SPAN words after it."""
    if _BEGUN_VISIT.isdisjoint(norms):
        return False  # (most sentences: no such verb, found by one set test)
    return any(t in _BEGUN_VISIT and any(any(v in w for v in _VISIT_STEMS)
                                         for w in norms[k + 1:k + 1 + VISIT_BEGUN_SPAN])
               for k, t in enumerate(norms))


def _during_the_visit(sent: Sentence, triggers) -> bool:
    """Whether the sentence refers back to a visit the text has told («ويلتقي الأمير خلال
    الزيارة الرئيس المصري», «خلال هذه الزيارة»): its present verbs tell that visit's
    programme, to come or under way as the visit is (dated by the lead), not a contact under
    way now; so does the visit's programme («ويتضمن برنامج الزيارة لقاء مع ...»)."""
    return any(t.etype == "VISIT" and t.tense == "noun" and after_within(sent.norms, t.i, _DURING)
               for t in triggers)


def _names_a_coming_visit_again(c: Candidate, triggers, lights, cues, told) -> bool:
    """Whether a visit noun the sentence does not tell in any tense (no verb or light verb of
    the past, no cue, no date of its own, no recalled background) names again a visit to come
    the text told before it, by the same traveller to the same country («يصل الوزير إلى
    المملكة اليوم ... وأكد المتحدث أن زيارة الوزير للمملكة تأتي في إطار ...»): the same
    visit, planned as told, not a visit made (a bare noun's default). So is a present visit
    verb with no cue of its own, which reads as a visit under way when told alone («أعلنت
    الخارجية أن الوزير سيزور قطر الأسبوع المقبل ... وذكرت أن الوزير يزور قطر لمناقشة ...»).
    A past day the sentence takes from the lead, or a visit there told as made as well, keeps
    it reported."""
    if c.etype != "VISIT" or c.status != "reported" or c.trig is None \
            or c.trig.tense not in ("noun", "present") or c.actor1 is None or c.location is None:
        return False
    sent = c.sentence
    norms = sent.norms
    if cues or _no_lead(norms) or _told_in_the_past(c, lights) \
            or any(t.tense == "past" for t in triggers) \
            or any(tense == "past" for _, tense in lights) \
            or any(w in _BEFORE_NOW for w in norms[c.trig.j:c.trig.j + 6]) \
            or find_dates(norms, None):
        return False
    if c.date is not None and c.today is not None and c.date < c.today \
            and _coming_day_told(c, told) is None:
        return False  # the lead's day (news lead convention) is past: a visit made
    same = [v.status for v in told if v.etype == "VISIT" and v is not c
            and v.actor1 is not None and v.location is not None
            and v.actor1.key == c.actor1.key and v.location[1] == c.location[1]]
    # a visit to that country told as made or under way too («شرع اليوم في زيارة إلى ألمانيا
    # ... ومن المنتظر أن يؤدي زيارة إلى موقع الهجوم ببرلين»): the noun may be either
    return "planned" in same and "reported" not in same


def _coming_day_told(c: Candidate, told):
    """The day of the visit to come the text told before, by the same traveller to the same
    country, when told as planned on no day or on one not before today («قبل أسبوع من زيارة يعتزم
    الرئيس القيام بها للرياض ... ويتوجه إلى السعودية في 19 ماي»): a later bare noun naming
    that visit again («كي تتزامن مع زيارة ترامب للسعودية») is that visit on that day, not a
    visit made on the lead's past day (the day of the statement); with no day told, it has
    none."""
    if c.today is None or c.trig is None or c.trig.tense != "noun":
        return None
    return next(((v.date, v.precision) for v in told
                 if v.etype == "VISIT" and v is not c and v.status == "planned"
                 and v.actor1 is not None and v.location is not None
                 and v.actor1.key == c.actor1.key and v.location[1] == c.location[1]
                 and (v.date is None or v.date >= c.today)), None)


def _first_to_a_coming_visit(c: Candidate, told) -> bool:
    """Whether a visit verb describing its traveller by an ordinal («وهو أول رئيس أمريكي يزور
    كينيا», triggers.first_to: a visit made or under way) names the visit the text told
    before it as still to come («يصل الرئيس الأمريكي إلى كينيا غدا»): the first visit of the
    same traveller the text tells (the one it is about; a visit of his recalled later, «الذي
    زار كينيا في 2006», is background). Then it is that visit, planned."""
    if c.etype != "VISIT" or c.status != "reported" or c.trig is None \
            or c.trig.tense != "present" or c.actor1 is None:
        return False
    sent = c.sentence
    if not first_to(sent, c.trig.i, sent.actor_toks()):
        return False
    same = [v.status for v in told if v.etype == "VISIT" and v is not c
            and v.actor1 is not None and v.actor1.key == c.actor1.key]
    return same[:1] == ["planned"]


def _what_the_visit_is_for(c: Candidate, lights) -> bool:
    """Whether a contact is what a visit under way is for: a purpose clause («ويزور X مصر
    لإجراء مباحثات مع الرئيس», «يقوم بجولة للقاء ...») or a present verb after «حيث» («اثناء
    زيارة إلى لشبونة حيث يلتقي نظيره»). The visit is going on, the contact is announced, not
    told as held: planned (labelling convention for a visit's programme), while the visit
    itself is reported."""
    if c.etype == "VISIT" or c.trig is None or c.trig.tense == "past":
        return False
    i = c.trig.i
    if c.trig.purpose or any(kind == "purpose" and lt < i <= lt + 2 for lt, kind in lights):
        return True
    # an item of the programme a present verb of inclusion lists («وتتضمن زيارة X لقاءات مع»)
    if programme_item(c.sentence, c.trig, find_triggers(c.sentence)[0]):
        return True
    # a present verb the visit's «خلالها» follows («في زيارة تستغرق ثلاثة أيام يلتقي خلالها
    # نظيره»): a relative clause on the visit, telling its programme as «حيث يلتقي» does
    if held_during_it(c.sentence, c.trig) == "present":
        return True
    return "حيث" in c.sentence.norms[max(0, i - WHERE_REACH):i]


WHERE_REACH = 3  # words from «حيث» to the contact it introduces («حيث يجري الوزير محادثات»)


WRITERS_DAYS = 6  # the text's today is at most this many days before its publication date


# words a paper's name and nationality may run between its noun and «الصادرة», or between a
# verb of reporting and the day («كشفت صحيفة «هآرتس» الاسرائيلية أمس»)
PRESS_NAME_SPAN = 4


def _press_issue_days(norms: list[str], found: list) -> list:
    """A sentence's date expressions less the days a text came out: a newspaper's issue day
    (_issue_day) and the day of a publishing or of a paper's report (_published_day). That day
    is when the paper came out, not when the contact it tells took place."""
    return [m for m in found if not (_issue_day(norms, m.i) or _published_day(norms, m.i))]


def _issue_day(norms: list[str], i: int) -> bool:
    """Whether the date expression at token i is a newspaper's issue day («ركزت الصحف
    السودانية الصادرة اليوم على لقاء ... أمس», «في حوار مع جريدة الصباح الصادرة اليوم»,
    «في عددها الصادر أمس»: grammar.yaml press_issue_words right before it, one of its
    press_nouns before that, the paper's name and nationality between), or right after the
    issue named with its possessive («في عددها، أمس،»: grammar.yaml issue_nouns)."""
    if i > 0 and norms[i - 1] in _ISSUE_NOUNS:
        return True
    return i > 0 and norms[i - 1] in _PRESS_ISSUE and any(
        norms[k] in _PRESS_NOUNS for k in range(max(0, i - 2 - PRESS_NAME_SPAN), i - 1))


def _published_day(norms: list[str], i: int) -> bool:
    """Whether the date expression at token i tells the day a text came out: it stands right
    after a verb of publishing or broadcasting or one word after it («ونشر اليوم», «في حوار
    بثته اليوم الجمعة»), or after a verb of reporting whose subject is a press noun, the paper's
    name and nationality between («كشفت صحيفة «هآرتس» الاسرائيلية أمس»; grammar.yaml
    publication_verbs, press_report_verbs)."""
    if any(norms[k] in _PUBLICATION for k in range(max(0, i - 2), i)):
        return True
    for k in range(max(0, i - 2 - PRESS_NAME_SPAN), i - 1):
        # (not across the reported clause: «ذكرت صحيفة الشروق أن الرئيس استقبل أمس ...»)
        if norms[k] in _PRESS_REPORT and norms[k + 1] in _PRESS_NOUNS \
                and not any(norms[t] in CLAUSE_OPENERS for t in range(k + 2, i)):
            return True
    return False


_OPENING_QUOTES = "\"«“("
_CLOSING_QUOTES = "\"»”)"


def _named_today(sent: Sentence, found: list) -> list:
    """A sentence's date expressions less «اليوم» closing a quoted name of a newspaper or a
    channel («“عين اليوم”», «"الإمارات اليوم"», «لـ(اليوم)», ««المصري اليوم»»): the quote
    opens on it or on the one word before it (not a time of day: «(مساء اليوم)» is a day)."""
    toks, text = sent.toks, sent.text

    def named(m) -> bool:
        norm = sent.norms[m.i]
        # (a clitic written on the quote is the token's: «لـ(اليوم)» is one token, لاليوم)
        if m.j - m.i != 1 or not norm.endswith("اليوم") \
                or norm != "اليوم" and norm[:-len("اليوم")] not in CLITICS:
            return False
        tok = toks[m.i]
        raw = text[tok.start:tok.end].rstrip("،,.:;؛!?")
        if not raw or raw[-1] not in _CLOSING_QUOTES:
            return False
        if any(q in raw[:-1] for q in _OPENING_QUOTES):
            return True  # «لـ(اليوم)», «"اليوم"»: the quote opens inside the token
        if m.i == 0 or sent.norms[m.i - 1] in _TIMES_OF_DAY:
            return False
        prev = toks[m.i - 1]
        return any(q in text[prev.start:prev.end] for q in _OPENING_QUOTES)

    return [m for m in found if not named(m)]


def _writers_day(dated: list[list], published: date | None) -> date | None:
    """The day the text calls today, else the publication date: planned and reported are
    judged against it, and its relative words count from it. The first relative day word that
    stands with a date of its own tells it (dates.DateMention.anchor): «اليوم الثلاثاء» in a
    paper dated Wednesday, «يغادر يوم غد الخميس ... الموافق 30 / 7 / 2015م» (today the 29th)
    in a paper dated the 31st. `dated`: each sentence's find_dates."""
    if published is None:
        return None
    return next((m.anchor for found in dated for m in found if m.anchor is not None
                 and 0 <= (published - m.anchor).days <= WRITERS_DAYS), published)


RECALL_SPAN = 12  # words before a trigger where «وكان X قد» makes its clause a recalled one
LEAD_DAYS = 31  # a lead date further than this from publication is history, not the occasion
_YEAR = re.compile(r"(19|20)\d\d")


# the words such a phrase opens on, bare or after «و»
_OTHER_STORY_FIRSTS = frozenset(w for p in _OTHER_STORY for w in (p[0], "و" + p[0]))


def _other_story(norms: list[str]) -> bool:
    """Whether a sentence opens on a phrase that tells another story than the sentences
    before it (grammar.yaml other_story_openers: «ومن جهة أخرى», «على صعيد آخر»)."""
    if not norms or norms[0] not in _OTHER_STORY_FIRSTS:
        return False  # (most sentences)
    return any(len(norms) > len(p) and norms[1:len(p)] == list(p[1:])
               and norms[0] in (p[0], "و" + p[0]) for p in _OTHER_STORY)


RELATIVE_WEEK_SPAN = 6  # words from a relative pronoun to the week its clause tells


def _in_relative(norms: list[str], k: int) -> bool:
    """Whether the word at k stands in a relative clause («وزير الخارجية السوداني الذي يزور
    القاهرة هذا الأسبوع»): a relative pronoun (bare or with a one-letter clitic) within
    RELATIVE_WEEK_SPAN words before it. What the clause times is the actor's, not the
    sentence's occasion."""
    return any(norms[m] in RELATIVE or norms[m][1:] in RELATIVE
               for m in range(max(0, k - RELATIVE_WEEK_SPAN), k))


def _no_lead(norms: list[str], year: int | None = None) -> bool:
    """A sentence that recalls earlier events (يذكر أن ...، وكان ... قد ...، a bare year) or
    names a time it does not resolve (في حزيران، مطلع الأسبوع الجاري، هذا الأسبوع: a week
    names no day) does not report the lead's occasion: it takes no date from the lead. Given
    the year of publication, a bare year not before it recalls nothing («أولويات الإصلاح
    لسنتي 2017 و2018» in a 2017 paper, «رؤية 2030»): a plan or a target, not the past."""
    if not norms:
        return False
    if norms[0] in _BACKGROUND_OPENERS or any(
            _YEAR.fullmatch(t) and not _since_year(norms, k)
            and (year is None or int(t) < year) for k, t in enumerate(norms)):
        return True
    if any(years_ago_at(norms, k)[0] is not None for k, t in enumerate(norms) if t[-3:] == "قبل"):
        return True  # «قبل عشر سنوات زار ...»: a count of years ago, the past as a bare year
    for k, t in enumerate(norms):
        if month_name_at(norms, k) and k > 0 and (norms[k - 1] in _BEFORE_MONTH
                                                  or norms[k - 1].isdigit()) \
                and not deadline_before(norms, k - 1):  # «بحلول 17 أغسطس»: a deadline
            return True
        if t in HIJRI_MONTHS and k > 0 and norms[k - 1] == "شهر":
            return True  # «قبل شهر رمضان»: a Hijri month the date reader does not resolve
        if (t in _PERIODS and k + 1 < len(norms) and norms[k + 1] in PERIOD_MODIFIERS
                or week_at(norms, k)) and not (t == WEEK and _in_relative(norms, k)):
            return True
    return False


SINCE_YEAR_SPAN = 4  # words between «منذ» and the year it counts from


def _since_year(norms: list[str], k: int) -> bool:
    """Whether the year at token k is the start of a span that runs until now: «منذ» stands
    within SINCE_YEAR_SPAN words before it («أول وزير يزور واشنطن منذ الثورة عام 1959»,
    «للمرة الأولى منذ سنة 1961»). Such a sentence tells the present, not the past."""
    return "منذ" in norms[max(0, k - SINCE_YEAR_SPAN):k]


def _onward_date(c: Candidate, found: list) -> None:
    """A stop still to come told in a later clause of its sentence (frames._onward_clause:
    «غادر X مساء الجمعة واشنطن في جولة يستهلها في مصر، وينتقل بعدها إلى قطر»; frames.
    _leg_to_come: «في جولة يستهلها في مصر») comes after the occasion the sentence's dates are
    of (the departure): only a date in its own clause (up to the next punctuation or relative
    pronoun, bare or with a one-letter clitic: «والتي») dates it."""
    toks, norms = c.sentence.toks, c.sentence.norms
    end = next((n for n in range(c.trig.i, len(toks))
                if toks[n].punct or norms[n] in RELATIVE or norms[n][1:] in RELATIVE),
               len(toks) - 1)
    own = [m for m in found if c.trig.i <= m.i <= end]
    if not own:
        c.date, c.precision = None, None
    elif not any(m.date == c.date for m in own):
        _take_day(c, own[0], c.today)


def _take_day(c: Candidate, m, today: date | None) -> None:
    """Dates a candidate by a day mention of its own (a traveller's day in a list of arrivals,
    a stop's day in its clause): a bare weekday of a contact still to come that falls before
    `today` is the next one (the same weekday a week later)."""
    c.date, c.precision = m.date, m.precision
    if m.weekday and c.status == "planned" and today is not None and m.date < today:
        c.date = m.date + timedelta(days=7)


def _clause_starts(sent: Sentence, triggers) -> tuple[int, ...]:
    """Verb triggers joined by و/ف after punctuation open their own clause, and so do verb
    triggers right after a word of contrast («، بينما وصل فابيوس إلى طهران يوم الأربعاء
    الماضي»: the date of the clause before is not the arrival's); the contrast word is where
    the clause starts."""
    norms = sent.norms
    return tuple(t.i - 1 if t.i > 0 and norms[t.i - 1] in CONTRAST_WORDS else t.i
                 for t in triggers if t.tense in ("past", "present") and t.i > 0 and (
                     norms[t.i][:1] in ("و", "ف") and sent.toks[t.i - 1].punct
                     or norms[t.i - 1] in CONTRAST_WORDS))


def _next_after(norms: list[str], lo: int, hi: int) -> bool:
    """Whether «قبل أن» / «قبيل أن» stands between tokens lo and hi: what comes after it
    happened later than what comes before."""
    return any(norms[k] == "ان" and norms[k - 1] in _AHEAD_WORDS for k in range(lo + 1, hi))


def _contradicts(status: str, when: date | None, precision: str | None,
                 today: date | None) -> bool:
    """Whether a date the sentence does not tie to the trigger contradicts its status (a past
    day for a planned contact, a coming one for a reported contact)."""
    if when is None or today is None:
        return False
    if precision == "month":
        when, today = when.replace(day=1), today.replace(day=1)
    return status == "planned" and when < today or status == "reported" and when > today


ANNIVERSARY_SPAN = 4  # words between «الذكرى» / «مرور» and the contact it recalls
LONG_AGO_SPAN = 6  # words between a contact's trigger and «قبل N عاما» that dates it


def _recalled_long_ago(c: Candidate, found: list) -> bool:
    """Whether a contact is recalled as past history: the anniversary of it («في الذكرى
    العاشرة لزيارة», «بذكرى لقاء», «بمناسبة مرور 25 عاما على زيارة») or a count of years ago
    next to its trigger with no date of the sentence nearer («زار قبل 25 عاما»). The day of
    the telling (اليوم, the lead's) is not its date, and a year alone is none (conventions)."""
    norms, i = c.sentence.norms, c.trig.i
    toks = c.sentence.toks
    for k in range(max(0, i - ANNIVERSARY_SPAN), i):
        if any(toks[n].punct for n in range(k, i)):
            continue
        word = norms[k]
        if word in _ANNIVERSARY or word[1:] in _ANNIVERSARY or word[2:] in _ANNIVERSARY:
            if k == i - 1 or norms[i][:1] == "ل":
                return True  # «ذكرى زيارة», «الذكرى الـ25 لزيارة»
        if word in ("مرور", "بمرور", "ومرور") and norms[i - 1] == "علي" \
                and any(t in YEAR_NOUNS for t in norms[k + 1:i - 1]):
            return True  # «مرور عشر سنوات على زيارة»
    lo, hi = max(0, i - LONG_AGO_SPAN), min(len(norms), c.trig.j + LONG_AGO_SPAN)
    for k in range(lo, hi):
        if norms[k][-3:] != "قبل" or any(toks[n].punct for n in range(min(k, i), max(k, i))) \
                or any(m.i <= k < m.j for m in found):  # «في مثل هذا اليوم قبل 25 عاما»
            continue
        years, end = years_ago_at(norms, k)
        if years is None or end < i and k < i and any(end <= m.i < i for m in found) \
                or k >= c.trig.j and any(c.trig.j <= m.i < k for m in found):
            continue
        # «قبل عامين من الزيارة»: years before another event, not before now
        if end < len(norms) and norms[end] in ("من", "علي") \
                and norms[end + 1:end + 2] not in (["الزمن"], ["الان"]):  # «قبل عقد من الزمن»
            continue
        return True
    return False


_ANNIVERSARY = words.ANNIVERSARY_WORDS


def _over_a_span(norms: list[str], i: int) -> bool:
    """Whether the contact noun at `i` is told as held over weeks, months or years: a span
    noun and «من» right before it («بعد سنوات من المفاوضات», «12 عاما من المحادثات»)."""
    return i >= 2 and norms[i - 1] == "من" and norms[i - 2] in SPAN_NOUNS


def _main_clause_days(c: Candidate, found: list) -> list:
    """The date expressions that may date a contact told in a clause elaborating the main one
    («تلقى X أمس اتصالات من قادة الدول أدانوا الهجوم الذي وقع أمس الأول، حيث تلقى اتصالا من
    Y»): a day of its own, told after «حيث/إذ», else the main clause's, told by the time its
    first contact is (MAIN_DAY_REACH), when it names one; another clause's day between them
    is not the contact's."""
    sent = c.sentence
    triggers, lights, _cues = find_triggers(sent)
    at = elaborating_at(sent, c.trig, lights)
    if at is None or any(m.i > at for m in found):
        return found
    main = [t for t in triggers if t.j <= at]
    if not main:
        return found
    head = [m for m in found if m.i <= main[0].j + MAIN_DAY_REACH]
    return head or found


MAIN_DAY_REACH = 2  # words after the main clause's first contact where its day may stand
CLOSING_DAY_REACH = 4  # words from the day a visit's closing verb names to the visit noun


def _trigger_date(c: Candidate, found: list, published: date | None,
                  starts: tuple[int, ...] = (), lead=(None, None),
                  recalled: bool = False, lead_date=(None, None)) -> bool:
    """Date a candidate by the date expression of its trigger's clause (dates.date_for), when
    its sentence names any; a sentence that names none reports the lead's occasion (news lead
    convention: «وسيجري الوزير خلال هذه الزيارة محادثات») when that is recent and does not
    contradict the contact's status, unless it recalls the past or names a date it cannot
    resolve (_no_lead). A span of days («يومي 26 و27 ماي») dates a visit or a round of talks
    by its first day, and so does a meeting held over it («يجتمع الوزراء يومي 5 و6 جوان»); a
    meeting on the margin of a longer occasion (SPAN_OCCASIONS between trigger and date) only
    by its month. A date from another clause that
    contradicts the status does not date the contact («قال أمس إنه سيزور ...»); a past
    contact whose sentence's only day is a coming one is dated as if its sentence named none
    (by the lead, `lead_date`). A bare
    weekday dates a planned contact on or after publication (the coming one). Returns True when
    the contact is left undated on purpose (told as recent, or a visit someone is invited to), so
    that no later step (_story_before) gives it a day."""
    c.today = published
    if c.trig is None:
        return False
    found = _main_clause_days(c, found)
    if _over_a_span(c.sentence.norms, c.trig.i):
        # «وجاء الاتفاق بعد أشهر من المفاوضات بين أنقرة وواشنطن»: talks held over months
        # have no day of their own (not the agreement's, the telling's or the lead's)
        c.date, c.precision = None, None
        return True
    recent = _recently_at(c.sentence, c.trig)
    if recent is None and c.status in ("reported", "planned"):
        # «التقى نظيره قبل أسبوعين»: a span from now names no day either
        recent = _span_ago_at(c.sentence, c.trig, c.status)
    if recent is not None and not any(c.trig.j <= m.i <= recent + RECENTLY_REACH
                                      for m in found):
        # «في إشارة لزيارة الرئيس الأمريكي للسعودية مؤخرا»: a contact told as recent names no
        # day of its own; the lead's day or another clause's is the day of the telling
        c.date, c.precision = None, None
        return True
    week = next((k for k in _own_phrase(c.sentence, c.trig, clause=True)
                 if week_at(c.sentence.norms, k)), _week_before(c.sentence.norms, c.trig))
    if week is not None and not any(_day_of_the_week(c.sentence, c.trig, week, m.i)
                                    for m in found):
        # «المبعوث الذي زار الرياض الأسبوع الماضي»، «لدى لقائه الأسبوع الماضي في الجزائر»:
        # a contact timed by a week has no day the text tells (nor a month: the week may
        # straddle two); another clause's day («في اتصال هاتفي أمس») is not its own
        c.date, c.precision, c.week = None, None, True
        return True
    sent = c.sentence
    if c.etype == "VISIT" and closed_visit(sent, c.trig) \
            and not in_words(sent.norms[c.trig.i], TOUR_NOUNS, "و") \
            and not any(m.i > c.trig.j and any(sent.norms[k] in RELATIVE
                                               for k in range(c.trig.j, m.i)) for m in found):
        # «اختتم الوزير أمس زيارته إلى العراق», «الذي ينهي اليوم زيارة إلى كينيا»: the day
        # named is the visit's last; a visit is dated by its first day, which only a relative clause
        # on it tells («التي كان قد وصلها أول من أمس»). Not a tour: its last stop is made on
        # the day it is closed («يختتم اليوم جولته ... وأخيرا مالي», «ويختتم جولته في الرياض»)
        # the closing clause's own day, not another clause's («، وكان قد وصل إلى باريس يوم
        # السبت الماضي»: the first day, which a retelling of the trip may still give it)
        closing = date_for([m for m in found if m.precision == "day"], sent.norms, c.trig.i,
                           c.trig.j, starts)
        c.closed_days = frozenset({closing.date}) if closing is not None else (
            frozenset({lead[0]}) if lead[0] is not None and lead[1] == "day" else frozenset())
        c.date, c.precision = None, None
        return True
    if c.etype != "VISIT" and found and held_during_it(sent, c.trig) is not None:
        closing = [t for t in find_triggers(sent)[0]
                   if t.etype == "VISIT" and t.j <= c.trig.i and closed_visit(sent, t)]
        told = [m for m in found if closing and closing[-1].i - CLOSING_DAY_REACH <= m.i
                < c.trig.i]
        # a day the contact's own clause tells after it («أجرى خلالها محادثات مع Y يوم
        # الثلاثاء») is its own
        own_day = any(m.i >= c.trig.j and not any(tok.punct for tok in sent.toks[c.trig.j:m.i])
                      for m in found)
        if told and not own_day:
            # «اختتم أمس الأول زيارة لألمانيا استغرقت ثلاثة أيام، أجرى خلالها محادثات مع Y»:
            # the day named is the visit's last, not that of the contacts held during it;
            # they are dated by its month
            c.date, c.precision = told[-1].date.replace(day=1), "month"
            return True
    if not found and c.status == "reported" and _results_of(sent, c.trig):
        # «واستمع المجلس إلى نتائج زيارة الأمير ... لمصر واجتماعه مع الرئيس»: the results of
        # a contact over before the telling; the day of the telling (the lead's) is not its day
        c.date, c.precision = None, None
        return True
    occasion = c.trig.i > 0 and sent.norms[c.trig.i - 1] in _OCCASION
    if occasion and not found:
        # «صدر بيان مشترك بمناسبة زيارة X», «استمع المجلس إلى نتائج زيارة X» (whatever the
        # contact's status): the lead's day is the main verb's, not the contact's it speaks of
        c.date, c.precision = None, None
        return True
    before = [m for m in found if m.i < c.trig.i]
    if occasion and before \
            and not any(max(m.i for m in before) < t.i < c.trig.i
                        for t in find_triggers(sent)[0]):
        # «صدر اليوم بيان مشترك بمناسبة زيارة X»: a day before «بمناسبة» is the statement's;
        # the visit it marks takes a day told after it, or one from elsewhere in the text
        # (but «في الندوة الصحفية أمس بمناسبة زيارة»: a contact of that day, held during the
        # visit, dates it). A month told there is the visit's too («الاتفاقية التي وقعت في
        # شهر فيفري الفارط بمناسبة زيارة الوزيرة»: what marked the visit was done in the month
        # the visit was made; only its day may differ) when it is the last date before
        # «بمناسبة» and no date is told after it; not the results of a contact («نتائج
        # زيارة»), told any time after it
        last = max(before, key=lambda m: m.i)
        found = [m for m in found if m.i > c.trig.i] or (
            [last] if last.precision == "month"
            and sent.norms[c.trig.i - 1] in _OCCASION_PROPER else [])
        if not found:
            c.date, c.precision = None, None
            return True
    if c.status == "planned" and invited(sent, c.trig, sent.actor_toks()):
        # «دعا خلال لقائه اليوم المبعوث إلى زيارة عدن»: the day is the invitation's; the
        # visit it asks for has none yet (nor the lead's day: «وجه دعوة للرئيس لزيارة تونس»)
        c.date, c.precision = None, None
        return True
    if _recalled_long_ago(c, found):
        c.date, c.precision = None, None
        if c.status == "planned":
            c.status = "reported"  # the anniversary is to come; the contact it recalls is past
        return True
    if not found and _recalled_contact(c.sentence, c.trig):
        # «وبحث معه خلال لقائهما الأخير ...», «في زيارته السابقة»، «ما سبق أن طرحه خلال
        # لقائه»: a contact told as before now names no day; the lead's is the telling's
        c.date, c.precision = None, None
        return True
    if not found and c.etype == "VISIT" and _later_leg(c.sentence, c.trig):
        # «وسيزور كيري لاحقا قطر», «ثم يتوجه إلى الدوحة»: a later leg, still to come, on a
        # day after the lead's the text does not tell
        c.date, c.precision = None, None
        if c.status == "reported":
            c.status = "planned"
        return True
    if not found and (_eve_word(c) is not None or _counted_to(c.sentence.norms, c.trig.i)):
        # «وقال كيري غداة لقائه لافروف»: a contact told the day before (or after) a clause
        # that names no day has none of its own: not the lead's (another clause's occasion);
        # nor one a span is counted to («صدرت قبل يومين فقط من أول لقاء بين الطرفين»)
        c.date, c.precision = None, None
        return True
    if not found:
        if recalled and lead[0] is not None and lead != lead_date \
                and _contradicts(c.status, lead[0], lead[1], published):
            # a contact to come after a recalled past story («يذكر أن هذه أول زيارة ... في
            # الرابع عشر من الشهر الماضي. وقالت الخارجية: إن الأمير سوف يستقبل ...») does
            # not go on telling that story: it reports the lead's occasion
            _lead_date(c, published, lead_date, False)
            return False
        _lead_date(c, published, lead, recalled)
        return False
    eve = _eve_date(c, found)
    if eve is not None:
        c.date, c.precision = eve, "day"
        _eve_to_come(c, found, published)
        return False
    norms = c.sentence.norms
    found_triggers, lights, _cues = find_triggers(c.sentence)
    joined = _conjoined_with(c.sentence, c.trig, found_triggers) | _trip_of_participle(
        c.sentence, c.trig, found_triggers)
    others = tuple(t.i for t in found_triggers if (t.j <= c.trig.i or t.i >= c.trig.j)
                   and t.i not in joined)
    # a date in a relative clause on another noun after the trigger («في مستهل جولة ... بعد
    # الاتفاق الذي أبرمته بلاده في 14 يوليو») is that noun's: the contact takes another date
    # of the sentence, when it names one
    contact_toks = {k for t in found_triggers for k in range(t.i, t.j)}
    own = [m for m in found if not _in_other_relative(norms, c.trig, m, contact_toks)]
    # and so is a date in a relative clause closed before the trigger («واختتم أمس زيارته
    # إلى الإقليم التي كان قد وصلها أول من أمس، وقال في مؤتمر صحافي»: the press conference
    # is yesterday's, the main clause's), when the sentence names another date
    closed = [m for m in own if _in_closed_relative(c.sentence, c.trig, m)]
    if closed and len(closed) < len(own):
        own = [m for m in own if m not in closed]
    elif closed and c.status == "reported" and all(_after_another_thing(norms, m)
                                                   for m in own):
        # «وبعد الاتفاق الذي وقع في 13 يوليو، بدأت مفاوضات ...»: the only date is that of
        # the thing the contact came after (or before), told in a relative clause closed
        # before the trigger; the contact's own day is not told
        c.date, c.precision = None, None
        return True
    elif closed and all(m.explicit and _background_clause(norms, m.i, 1, contact_toks)
                        for m in closed):
        # the sentence's only dates are another noun's, in its relative clause closed
        # before the trigger («العملية التي جرت في 11 يوليو في ولاية باكتيكا ...، وذلك في
        # بيان وزع على الصحافيين المرافقين للوزير في زيارته»): none is the contact's
        own = [m for m in own if m not in closed]
    if c.status == "cancelled":
        cancel_at = [cue[0] for cue in _cues if cue[2] == "cancelled"]
        # the new day of a postponement («أرجأ زيارته إلى الأحد المقبل») and the day a
        # postponement was announced («أعلنت الخارجية أمس تأجيل الزيارة») are not the day the
        # contact called off was to be held
        moved = [m for m in found if _new_day(norms, m, cancel_at)
                 or _statement_of_cancel(norms, m, cancel_at, c.trig)]
        if moved:
            found = [m for m in found if m not in moved]
            own = [m for m in own if m not in moved]
            if not found:
                c.date, c.precision = None, None
                return True
    m = _relative_clause_date(c, found)
    if m is None and not own and c.status == "reported":
        # every date of the sentence is such a noun's («وكان كيري عقد اجتماعا مع نظرائه
        # لتبديد مخاوفهم من الاتفاق الذي أبرم الشهر الماضي»): the contact is dated as if
        # its sentence named none
        _lead_date(c, published, lead_date, False)
        return False
    if m is None and not own and c.status == "planned" and not _attends(c):
        # so is a contact to come («سيجري خلال هذه الزيارة لقاءات ... للتباحث حول المؤتمر
        # الذي تحتضنه تونس يومي 29 و30 نوفمبر»: the conference's days, not the meetings');
        # the sentence's other times being that noun's, the lead's occasion may date it
        # (but «سيشارك في القمة التي ستفتتح في 24 يوليو»: the gathering attended is the
        # contact, and its day the attendance's); a visit to come has a day of its own,
        # which this text does not tell
        _plan_without_own_date(c, published, lead_date)
        return False
    m = m or date_for(own or found, norms, c.trig.i, c.trig.j, starts, others)
    if m is None:
        c.date, c.precision = None, None
        return False
    if c.status == "planned" and _statements_day(norms, m, c.trig):
        # «قال مسؤول اليوم الخميس إن أول جولة للرئيس ستتضمن زيارة ...»: a day told between a
        # speech verb and the clause it opens is the statement's; the contact to come that
        # the clause reports has no day the text tells
        c.date, c.precision = None, None
        return False
    if c.status == "planned" and _attributions_day(norms, m, c.trig):
        # «سيزور الوزير كوبا في موعد لم يحدد بعد، كما قال مسؤول الجمعة»: the day of the
        # attribution after the contact is the saying's; the contact to come has none told
        c.date, c.precision = None, None
        return False
    when, precision = m.date, m.precision
    if precision == "span":
        lo, hi = sorted((m.i, c.trig.i))
        if c.etype in ("VISIT", "NEGOTIATE") or not SPAN_OCCASIONS & set(norms[lo:hi]):
            precision = "day"
        else:
            when, precision = when.replace(day=1), "month"
    # «وصل X يوم الأربعاء إلى طهران في زيارة يلتقي خلالها Y»: a day told after the visitor,
    # in the visit's clause, is the day of the contacts the visit holds («خلالها»: during it)
    during_visit = c.actor1 is not None and c.actor1.j <= m.i < c.trig.i \
        and held_during_it(c.sentence, c.trig) is not None
    if m.weekday and c.status == "planned" and published is not None and when < published \
            and not during_visit:
        when += timedelta(days=7)
    lo, hi = sorted((m.i, c.trig.i))
    across = any(opens_clause(norms, k, others) for k in range(lo, hi))
    # a future verb (سيلتقي) is never dated to a past day: that date is another clause's
    # («حيث سيلتقي مع ...، سعى الوزير أمس الأحد ...»)
    future = future_tense(c.trig, norms)
    # nor a date another contact's trigger stands nearer to, when it contradicts the status
    across = across or across_trigger(m, c.trig.i, c.trig.j, others)
    # or a date in a relative clause on another noun after the trigger («سيجري محادثات ...
    # بعد الاتفاق الذي تم التوصل إليه الثلاثاء الماضي»): that noun's date, not the contact's
    # (unless the noun is a contact's own: «أن يجتمع ...، وهو الاجتماع الذي تم أمس»)
    across = across or m.i > c.trig.j and any(
        norms[r] in RELATIVE and r - 1 not in contact_toks and not _contact_noun(norms[r - 1])
        for r in range(c.trig.j + 1, m.i))
    if across and c.status == "reported" and _when_clause(norms, c.trig):
        # «كان من المفترض حين زار ترامب الرياض أن يقال لقطر ما يقال لها اليوم»: a contact
        # told in a «when» clause is dated by that clause only, not by the sentence's other
        # clauses (a retelling the text does not date has no date)
        c.date, c.precision = None, None
        return False
    if c.status == "reported" and published is not None and m.j <= c.trig.i \
            and (published - when).days > 1 and _next_after(norms, m.j, c.trig.i):
        # «ضبطت الشحنة يوم السبت الماضي، أي قبل أن يبدأ الوزير زيارته»: a past day of the
        # clause before «قبل أن» is that clause's; what followed it may be days later, a day
        # this text does not tell
        c.date, c.precision = None, None
        return False
    if (across or future) and c.status == "planned" and not during_visit \
            and _contradicts(c.status, when, precision, published):
        # the past day is another clause's («ستكون له لقاءات مع الرئيس الذي كان أدى زيارة
        # إلى تونس يوم 18 ماي 2015»): a meeting is dated as if its sentence named none (the
        # lead's occasion); a visit to come has a day of its own, which this text does not tell
        _plan_without_own_date(c, published, lead_date)
        return False
    if c.status == "reported" and published is not None and _currently(norms, c.trig) \
            and abs((when - published).days) > CURRENT_DAYS:
        # «الذي يؤدي حاليا زيارة عمل إلى برلين ... مذكرة بزيارتها إلى تونس في مارس»: a contact
        # under way now is the writer's day's, whatever another clause dates
        c.date, c.precision = published, "day"
        return False
    if c.status == "reported" and _told_in_the_past(c, lights) \
            and _contradicts(c.status, when, precision, published):
        # nor a past verb to a coming day: «وقد عقد X مؤتمرا صحفيا مع Y أعلنت خلاله عن عقد
        # مؤتمر اقتصادي يوم غد» (tomorrow is the other conference's): the contact is dated
        # as if its sentence named no date (the lead's occasion)
        _lead_date(c, published, lead_date, False)
        return False
    c.date, c.precision = when, precision
    _eve_to_come(c, found, published)


CONJUNCT_GAP = 6  # words between two verbs of one subject joined by «و» («يزور القاهرة ويلتقي»)


def _conjoined_with(sent: Sentence, trig, triggers) -> set:
    """The first tokens of the verb triggers a verb trigger is coordinated with by «و» in one
    clause (the same tense, at most CONJUNCT_GAP words apart, no punctuation, clause opener
    or other trigger between: «- 14 أبريل: الأمير يزور القاهرة ويلتقي بالرئيس»). Verbs
    joined so share one subject and the time adverb standing before the first: the first
    verb is no other contact's trigger that would keep that date from the second."""
    out: set = set()
    if trig is None or trig.tense not in ("past", "present"):
        return out
    norms, toks = sent.norms, sent.toks
    cur = trig
    while norms[cur.i][:1] == "و":
        prev = [t for t in triggers if t.j <= cur.i]
        if not prev:
            break
        t = max(prev, key=lambda t: t.j)
        if t.tense != trig.tense or cur.i - t.j > CONJUNCT_GAP \
                or any(toks[k].punct or norms[k] in CLAUSE_OPENERS for k in range(t.j, cur.i)):
            break
        out.add(t.i)
        cur = t
    return out


def _trip_of_participle(sent: Sentence, trig, triggers) -> set:
    """The first token of the verb trigger a participle of heading or coming tells the trip of
    (triggers.trip_participle_verb: «غادر الوفد الدوحة، اليوم الاثنين، متوجها إلى تونس»). A
    day told after that verb is the participle's too, not another contact's."""
    verb = trip_participle_verb(sent, trig, triggers)
    return set() if verb is None else {verb.i}


# words after «الأسبوع» a day of it may stand in («الأسبوع الماضي يوم الخميس»), which dates
# the contact
WEEK_DAY_REACH = 3


_WEEK_NOUN_GAP = words.WEEK_NOUN_GAP  # «الأسبوع الماضي في زيارة»


def _week_before(norms: list[str], trig) -> int | None:
    """Where «الأسبوع» stands in the week phrase right before a contact noun, «في» between
    («وصل إلى القاهرة الأسبوع الماضي في زيارة رسمية»): the noun names the arrival timed by
    that week, which tells no day."""
    k = trig.i - 1
    if trig.tense != "noun" or k < 1:
        return None
    if norms[k] in _WEEK_NOUN_GAP:
        k -= 1
    if k >= 1 and norms[k] in PERIOD_MODIFIERS and week_at(norms, k - 1):
        return k - 1
    return k if k >= 1 and week_at(norms, k) else None


def _day_of_the_week(sent: Sentence, trig, week: int, k: int) -> bool:
    """Whether the date told at token k is the day of a contact timed by the week at `week`:
    between its trigger and the week («زار الرياض يوم الخميس الأسبوع الماضي»), or at most
    WEEK_DAY_REACH words after the week in the same phrase («الأسبوع الماضي يوم الخميس»); not
    a day of the next clause («وصل الأسبوع الماضي، والتقى أمس الرئيس»: the meeting's)."""
    if not trig.j <= k <= week + WEEK_DAY_REACH:
        return False
    return not any(sent.toks[m].punct or m in sent.trigger_toks for m in range(week, k))


# «مؤخرا» (recently): an adverb of a past time the text does not name
_RECENTLY = words.RECENTLY_WORDS
RECENTLY_REACH = 8  # «مؤخرا» may be the 9th word after a contact's trigger (8 words between)


RECALLED_REACH = 8  # words from a contact verb to the «خلال لقائهما الأخير» of its clause
_SUFFIXED = ("ه", "ها", "هما", "هم")  # a pronoun after a masculine noun («لقائه», «اجتماعهما»)
_TRAILING = "،,.:؛;!?»\"')"  # punctuation a written word may carry


def _before_now_noun(sent: Sentence, k: int) -> bool:
    """Whether the contact noun at token k is told as before now: the next word an adjective
    of the past (grammar.yaml before_now_words: «زيارته السابقة», «الزيارة الأخيرة»), or its
    masculine (before_now_masculine) after a definite noun or one with a pronoun («لقائهما
    الأخير», «الاجتماع السابق»; not «لقاء الأخير» nor «زيارة الأخير», the latter's). The
    pronoun is read on the written word, where «زيارة» keeps its ة."""
    norms = sent.norms
    if k + 1 >= len(norms):
        return False
    word, nxt = norms[k], norms[k + 1]
    if nxt in _BEFORE_NOW:
        return True
    if nxt not in _BEFORE_NOW_M:
        return False
    tok = sent.toks[k]
    written = sent.text[tok.start:tok.end].rstrip(_TRAILING)
    return word.startswith(("ال", "وال", "بال", "لل", "فال")) or written.endswith(_SUFFIXED)


def _recalled_contact(sent: Sentence, trig) -> bool:
    """Whether a contact is one told as before now, in a sentence that names no day: its own
    noun followed by an adjective of the past («خلال زيارته السابقة إلى القاهرة»); a verb whose
    clause names such a contact as its occasion within RECALLED_REACH words («ناقش مع الملك
    خلال لقائهما الأخير», «التقاه في زيارته السابقة»: grammar.yaml recalled_setting_words
    before the noun); or «(و)سبق أن» / «سبق له أن» within RECALL_SPAN words before it
    («ما سبق أن طرحه الرئيس خلال لقائه مع ...»; not a newspaper's name, «ذكرت سبق أن»).
    Such a contact is not the lead's occasion, and takes none of its day."""
    norms, toks = sent.norms, sent.toks
    if trig.tense == "noun" and _before_now_noun(sent, trig.j - 1):
        return True
    if trig.tense != "noun":
        for k in range(trig.j, min(len(norms) - 1, trig.j + RECALLED_REACH)):
            if toks[k].punct:
                break
            if norms[k] in _RECALLED_SETTING and k + 1 in sent.trigger_toks \
                    and _before_now_noun(sent, k + 1):
                return True
    if norms[:1] and norms[0] in _COMES_VERBS and any(
            norms[k] == "بعد" and norms[k + 1] == "ان"
            for k in range(max(1, trig.i - RECALL_SPAN), trig.i)):
        # «وتأتي جولة الرئيس بعد أن زار واشنطن والتقى أوباما»: the contact the news at hand
        # comes after is told as before it, on a day the text does not tell
        return True
    for k in range(max(0, trig.i - RECALL_SPAN), trig.i):
        if norms[k] in _RECALLED_BEFORE and "ان" in norms[k + 1:k + 3] \
                and not (k > 0 and (norms[k - 1] in _PRESS_NOUNS or norms[k - 1] in _PRESS_REPORT
                                    or norms[k - 1] in SAYING_VERBS)):
            return True
    return False


LATER_LEG_REACH = 3  # words (the traveller's name aside) from a visit verb to its «لاحقا»


def _later_leg(sent: Sentence, trig) -> bool:
    """Whether a present or future visit verb tells a later leg of a trip: a word of
    later_leg_before right before it («ثم يتوجه», «وبعدها يزور»), or a word or phrase of
    later_leg_after within LATER_LEG_REACH words after it, the words of the actors it names
    aside («وسيزور كيري لاحقا قطر», «ويتوجه بعد ذلك إلى الدوحة»)."""
    if trig.tense != "present":
        return False
    norms, toks = sent.norms, sent.toks
    if trig.i > 0 and norms[trig.i - 1] in _LATER_BEFORE:
        return True
    named = sent.actor_toks()
    words, k = 0, trig.j
    while k < len(norms) and words < LATER_LEG_REACH:
        if any(tuple(norms[k:k + len(p)]) == p for p in _LATER_AFTER):
            return True
        if toks[k].punct:
            return False
        if k not in named:
            words += 1
        k += 1
    return False


def _own_phrase(sent: Sentence, trig, clause: bool = False):
    """The tokens of a contact's own phrase after its trigger, in order: within RECENTLY_REACH
    words, with no punctuation or other trigger's word between; the words of the actors and
    places it names do not count, nor does punctuation inside them (a title's commas). Each
    token is yielded before it is weighed, so the caller may take it. With `clause`, the phrase
    also ends at a relative pronoun that does not open it («هولاند الذي تولى منصبه قبل
    أسابيع») and at a definite participle right after a named actor («هادي العائد إلى عدن منذ
    أسابيع»): what follows is told of that actor, not of the contact."""
    norms, toks = sent.norms, sent.toks
    named = sent.actor_toks() | {p[0] for p in sent.places}
    words = 0
    for k in range(trig.j, len(norms)):
        yield k
        if clause and k > trig.j and (norms[k] in RELATIVE or k - 1 in named
                                      and k not in named and _participle(norms[k])):
            return
        if k in named:
            continue
        words += 1
        if words > RECENTLY_REACH or toks[k].punct or k in sent.trigger_toks:
            return


def _participle(word: str) -> bool:
    """Whether a definite word has the shape of a participle: «العائد», «القادم» (فاعل), or
    «المقيم», «المنتخب», «المستقيل» (م-)."""
    if not word.startswith("ال"):
        return False
    stem = word[2:]
    return len(stem) == 4 and stem[1] == "ا" or len(stem) >= 4 and stem[0] == "م"


def _recently_at(sent: Sentence, trig) -> int | None:
    """The token of «مؤخرا» in a contact's own phrase (_own_phrase: within RECENTLY_REACH
    words after its trigger, with no punctuation or other trigger's word between: «زيارة
    ترامب للسعودية مؤخرا», «الوفد الذي زار تونس مؤخرا»), else None. The words of the actors
    and places it names do not count («اللقاء الذي جمع الوزير ... بكبير المفاوضين ... في
    عمان مؤخرا»), nor does punctuation inside them (a title's commas)."""
    norms = sent.norms
    return next((k for k in _own_phrase(sent, trig) if norms[k] in _RECENTLY), None)


# «قبل أسبوعين», «منذ أشهر», «بعد أسبوع»: a span of time from now (words.SPAN_AGO_UNITS)
_SPAN_SIGNS = words.SPAN_SIGNS
_SPAN_TRAILERS = words.SPAN_TRAILERS
_TWO_DAYS = words.TWO_DAYS  # «قبل يومين من», «قبل يوم من»: counted days
SPAN_FILLERS = 3  # words at most between «قبل» and its unit («أكثر من», «نحو», a number)


def _span_unit_end(norms: list[str], k: int, counted: bool = False) -> int | None:
    """The token after the unit of a span from now at token k («قبل أسبوعين», «منذ نحو شهرين»,
    «قبل أيام قليلة»), or None: no such span, or one counted from another thing after it.
    With `counted`, a count of days («يومين», «3 أيام») is a span too, and the token returned
    is the one after the unit and its «فقط» («قبل يومين فقط من ...»), whatever follows."""
    n = k + 1
    while n < len(norms) and n - k <= SPAN_FILLERS \
            and (norms[n] in SINCE_SPAN_FILLERS or norms[n].isdigit()):
        n += 1
    if n >= len(norms) or norms[n] not in SPAN_AGO_UNITS \
            and not (counted and norms[n] in _TWO_DAYS):
        return None
    if n + 1 < len(norms) and (norms[n + 1] in HIJRI_MONTHS or month_name_at(norms, n + 1)):
        return None  # «قبل شهر رمضان», «منذ شهر يوليو»: a month named, no span
    n += 1
    while n < len(norms) and norms[n] in _SPAN_TRAILERS:
        n += 1
    if counted:
        return n
    return None if n < len(norms) and norms[n] in FROM_ANOTHER else n


COUNTED_TO_REACH = 2  # words from «من/على» to the contact noun a span is counted to («من أول لقاء»)
_FIRST_ONES = words.FIRST_ONES
_BEFORE = "قبل"


def _counted_to(norms: list[str], i: int) -> bool:
    """Whether the contact at token i is what a span of time is counted back from: «قبل», a
    span («يومين», «3 أيام», «أسبوع»), maybe «فقط», then «من/على» right before it or before
    «أول» («قبل يومين فقط من أول لقاء»; not «بعد أشهر من الخلافات التقى»): the span dates the
    other thing from the contact, not the contact from now. (Not «بعد يوم من زيارة لبغداد»,
    told of an earlier leg whose mention may carry the day of the later one it merges with.)"""
    for k in range(i - 1, max(-1, i - 1 - COUNTED_TO_REACH), -1):
        if norms[k] not in FROM_ANOTHER:
            if norms[k] in _FIRST_ONES:
                continue
            return False
        lo = max(0, k - 3 - SPAN_FILLERS)  # the sign, its fillers, the unit and «فقط»
        if any((norms[h][1:] if norms[h][:1] == "و" else norms[h]) == _BEFORE
               and _span_unit_end(norms, h, counted=True) == k for h in range(lo, k)):
            return True
    return False


def _span_ago_at(sent: Sentence, trig, status: str) -> int | None:
    """The token of «قبل/منذ» (a past contact) or «بعد» (one to come) opening a span of weeks,
    months or some days from now in a contact's own phrase: within RECENTLY_REACH words after
    its trigger, with no punctuation or other trigger's word between («التقى نظيره الأردني قبل
    أسبوعين», «زيارة قامت بها إلى تونس قبل أيام», «سيزور المنطقة بعد أسبوعين»), else None. As
    «مؤخرا», it names no day (a count of two to six days is one: dates._offset_at, which the
    caller finds among the sentence's dates). Not «منذ» after «أول / للمرة» (the first since)."""
    norms = sent.norms
    for k in _own_phrase(sent, trig, clause=True):
        word = norms[k][1:] if norms[k][:1] == "و" and norms[k][1:] in _SPAN_SIGNS else norms[k]
        if _SPAN_SIGNS.get(word) == ("planned" if status == "planned" else "past") \
                and _span_unit_end(norms, k) is not None:
            if word == "منذ" and any(w in SINCE_FIRST_WORDS
                                     for w in norms[max(0, trig.i - RECENTLY_REACH):k]):
                return None
            return k
    return None


RESULTS_REACH = 40  # tokens from «نتائج» to a contact noun of its phrase (titles are long)
_RESULTS_PREPS = words.RESULTS_PREPOSITIONS  # before the destination named («إلى الجزائر»)
BRIEFING_REACH = 8  # words from a briefing verb to its «على» (the briefer, the briefed between)


def _results_of(sent: Sentence, trig) -> bool:
    """Whether a contact noun is what «نتائج / حصيلة» (the results of) names: the word right
    before it, or before a contact noun it is joined to by و across its doer's names, titles
    and destination only («نتائج زيارة الأمير محمد بن سلمان ... لمصر واجتماعه مع الرئيس»);
    or what a briefing tells of («وأطلع الملك المجلس بعد ذلك على مباحثاته مع X»: «على» after
    a briefing verb, BRIEFING_REACH words at most between)."""
    if trig.tense != "noun":
        return False
    norms = sent.norms
    named = sent.actor_toks() | {p[0] for p in sent.places}
    named |= {k for x in sent.countries for k in range(x[0], x[1])}
    k = trig.i - 1
    while k >= 0 and trig.i - k <= RESULTS_REACH:
        if norms[k] in RESULTS_WORDS or norms[k] == "علي" and any(
                w in BRIEFING_VERBS for w in norms[max(0, k - BRIEFING_REACH):k]):
            return True
        if sent.toks[k].punct and k not in named:
            return False
        if k in named or k in sent.trigger_toks or k in _adverbial_toks(sent) or (
                norms[k] in _RESULTS_PREPS and k + 1 in named):
            k -= 1
            continue
        return False
    return False


def _eve_to_come(c: Candidate, found: list, published: date | None) -> None:
    """A contact told after «عشية» («وتأتي تصريحاته عشية مباحثات يعقدها مع نظيره في موسكو
    اليوم») is still to come when the text is written: dated today or later, it is planned
    (a noun has no tense of its own; the day alone leaves today's contact reported)."""
    if c.status != "reported" or c.date is None or c.precision != "day" \
            or published is None or c.date < published:
        return
    norms = c.sentence.norms
    k = next((k for k in range(c.trig.i - 1, max(-1, c.trig.i - 1 - EVE_SPAN), -1)
              if norms[k] in EVE_SHIFTS), None)
    if k is None or EVE_SHIFTS[norms[k]] <= 0 or any(k < m.j and m.i < c.trig.i for m in found):
        return
    c.status = "planned"


def _plan_without_own_date(c: Candidate, published: date | None, lead_date) -> None:
    """Date a contact to come whose sentence's dates are none of its own (_trigger_date): a
    meeting by the lead's occasion, as if its sentence named none; a visit to come not at all
    (it has a day of its own, which this text does not tell)."""
    if c.etype == "VISIT":
        c.date, c.precision = None, None
    else:
        _lead_date(c, published, lead_date, False, own_clause=True)


def _lead_date(c: Candidate, published: date | None, lead, recalled: bool,
               own_clause: bool = False) -> None:
    """Date a contact whose sentence names no date of its own by the lead's occasion
    (_trigger_date), unless its sentence recalls the past (_no_lead), the lead's date
    contradicts its status, or the lead is history. `own_clause`: the sentence's past times
    are another clause's (a future contact beside them), so they do not keep the lead's."""
    c.date, c.precision = lead
    if c.precision == "span":  # the days of a recalled visit (see SPAN_OCCASIONS below)
        if c.etype in ("VISIT", "NEGOTIATE"):
            c.precision = "day"
        else:
            c.first_day = c.date
            c.date, c.precision = c.date.replace(day=1), "month"
    if not own_clause and _no_lead(c.sentence.norms, published.year if published else None) \
            or _contradicts(c.status, c.date, c.precision, published) \
            or published is not None and c.date is not None and not recalled \
            and abs((c.date - published).days) > LEAD_DAYS:
        c.date, c.precision = None, None
    c.lead_day = (c.date, c.precision) if c.date is not None else None


def _when_clause(norms: list[str], trig) -> bool:
    """Whether a verb trigger opens a temporal clause: «حين زار», «عندما التقى» (the
    subordinator right before it, grammar.yaml when_words)."""
    return trig.tense == "past" and trig.i > 0 and norms[trig.i - 1] in WHEN_WORDS


CURRENT_DAYS = 3  # a contact under way began at most this many days before the writer's day


def _currently(norms: list[str], trig) -> bool:
    """Whether «حاليا» / «الآن» stands in a contact's verb phrase: within three words before
    its trigger (after the light verb: «يؤدي حاليا زيارة») or right after it."""
    return any(norms[k] in PRESENCE_NOW
               for k in range(max(0, trig.i - 3), min(len(norms), trig.j + 2)))


def _told_in_the_past(c: Candidate, lights) -> bool:
    """Whether a contact's own verb is in the past: a past verb trigger, or a past light verb
    right before its noun («وقد عقد ... مؤتمرا صحفيا», its subject's name between)."""
    if c.trig.tense == "past":
        return True
    if c.trig.tense == "noun" and brought_together(c.sentence.norms, c.trig.j):
        return True
    return c.trig.tense == "noun" and any(
        tense == "past" and k < c.trig.i and c.trig.i - k <= LIGHT_REACH for k, tense in lights)


LIGHT_REACH = 8  # words from a light verb to its noun (the subject's name may stand between)


EVE_SPAN = 8  # words between «عشية/غداة» and a trigger it governs


def _glued_headline(sent: Sentence, trig, triggers) -> bool:
    """Whether a present verb is a story's headline run into its lede, which tells the same
    contact in the past right after the headline's object («أمير قطر يلتقي وزير الخارجية
    الأمريكي التقى سمو الأمير ...»): two finite verbs with nothing but the object (and «مع»)
    between them are no clause of Arabic prose; the lede's past verb tells the contact."""
    if trig.tense != "present":
        return False
    actor_toks = sent.actor_toks()
    for t in triggers:
        if t.tense == "past" and t.etype == trig.etype and t.i > trig.j \
                and any(k in actor_toks for k in range(trig.j, t.i)) \
                and all(k in actor_toks or sent.norms[k] == "مع" and not sent.toks[k].punct
                        for k in range(trig.j, t.i)):
            return True
    return False


def _eve_word(c: Candidate) -> int | None:
    """The token of «عشية» / «غداة» within EVE_SPAN words before a contact's trigger, or None."""
    norms = c.sentence.norms
    return next((k for k in range(c.trig.i - 1, max(-1, c.trig.i - 1 - EVE_SPAN), -1)
                 if norms[k] in EVE_SHIFTS), None)


EVE_NEWS_SPAN = 12  # words from the opening «ويأتي» to «غداة/عشية» (the news named between)


def _eve_of_the_news_before(c: Candidate, before: tuple) -> None:
    """A contact after «غداة/عشية» in a sentence that names no day and opens by a verb of
    coming (grammar.yaml comes_verbs: «ويأتي الإعلان عن الاتفاق غداة محادثة هاتفية بين
    A وB»): the news that comes is the sentence before's, so the contact is the day before
    (after) that sentence's day, when it names one (`before`: its date and precision)."""
    if c.trig is None or before[0] is None or before[1] != "day":
        return
    norms = c.sentence.norms
    k = _eve_word(c)
    if k is None or not norms or norms[0] not in _COMES_VERBS or k > EVE_NEWS_SPAN:
        return
    c.date, c.precision = before[0] + timedelta(days=EVE_SHIFTS[norms[k]]), "day"


def _eve_date(c: Candidate, found: list) -> date | None:
    """The day of a contact told within EVE_SPAN words after «عشية» / «غداة» (grammar.yaml
    `eve_words`) that names no date of its own: the day of the clause the phrase hangs on
    (the nearest day outside the phrase) shifted by the word's days («عشية وصوله إلى قطر
    حيث سيلتقي نظراءه، أكد الوزير أمس الأحد»: the meeting is on Monday)."""
    norms = c.sentence.norms
    k = _eve_word(c)
    if k is None or any(k < m.j and m.i < c.trig.j for m in found):
        return None
    verb = _clause_on_the_noun(c)
    if verb is not None and any(m.i > verb and _same_clause_after(c.sentence, c.trig.j, m.i)
                                for m in found):
        # «وتأتي تصريحاته عشية مباحثات يعقدها مع نظيره في موسكو اليوم»: a clause on the
        # contact's noun names its own day (no punctuation nor أن before it); a bare date
        # after the noun («غداة لقاء مع لافروف في ماليزيا أمس») is still the main clause's
        return None
    days = [m for m in found if m.precision == "day" and (m.j <= k or m.i >= c.trig.j)]
    if not days:
        return None
    m = min(days, key=lambda m: k - m.j if m.j <= k else m.i - c.trig.j)
    return m.date + timedelta(days=EVE_SHIFTS[norms[k]])


_PRESENT_PREFIXES = ("ي", "ت", "ن", "سي", "ست", "سن")


def _clause_on_the_noun(c: Candidate) -> int | None:
    """The verb of a clause on a noun trigger: after a relative pronoun («المباحثات التي
    يعقدها»), or, after an indefinite noun, a present verb right after it that takes the
    noun back as its object («مباحثات يعقدها», «محادثات سيجريها»); None for another
    trigger or none such."""
    if c.trig.tense != "noun":
        return None
    sent = c.sentence
    verb = relative_verb_at(sent, c.trig.j, sent.actor_toks())
    if verb is not None:
        return verb
    j = c.trig.j
    if j < len(sent.norms) and not sent.toks[j - 1].punct:
        tok = sent.norms[j]
        if len(tok) >= 5 and tok.endswith(("ها", "هما")) and tok.startswith(_PRESENT_PREFIXES):
            return j
    return None


def _same_clause_after(sent: Sentence, j: int, i: int) -> bool:
    """Whether tokens [j, i) hold no punctuation and no word opening a reported clause: a date
    at token i still stands in the clause of the word ending at token j."""
    return not any(sent.toks[k].punct or sent.norms[k] in CLAUSE_OPENERS
                   for k in range(max(0, j - 1), i))


VISIT_SPAN = 2  # sentences after a visit whose undated contacts may be told during it


def _visit_day(c: Candidate, visits: list[Candidate]) -> None:
    """An undated contact told right after a visit the text dates by an explicit day («قام
    الأمير بزيارة إلى الأردن يوم الثلاثاء 4 / 8 / 2015م. وعقد جلالته اجتماعاً مع سموه»),
    with the visitor or the host as a party and the visit's status, took place during that
    visit: it takes the visit's day, not the lead's (the day the statement came out).
    `visits`: the visits of the last VISIT_SPAN sentences that name an explicit day (not a
    span of days: a meeting during those is dated by its month)."""
    if c.date is None or c.etype == "VISIT":
        return
    keys = {a.key for a in (c.actor1, c.actor2) if a is not None}
    for v in reversed(visits):
        if v.date is None or v.precision != "day" or v.status != c.status:
            continue
        if keys & {a.key for a in (v.actor1, v.actor2) if a is not None}:
            c.date, c.precision = v.date, v.precision
            return


TALKS_AFTER_VISIT = 10  # words from a visit noun to the talks noun joined to it by و


def _talks_of_the_visit(c: Candidate, triggers, visits: list[Candidate]) -> None:
    """Talks named with a visit, joined to its noun by و («تقارير مصورة لزيارة ولي ولي العهد
    ومحادثاته مع المسؤولين الأردنيين», «نتائج زيارة الأمير إلى القاهرة واجتماعه مع الرئيس»),
    were held during that visit: when the text told before a dated visit of one of the
    parties to the other's country, they take its day and status, not a date of the clause
    the noun phrase stands in (the day the reports were broadcast). `visits`: the visits of
    the sentences before."""
    if c.etype == "VISIT" or c.trig is None or c.trig.tense != "noun" or c.actor2 is None \
            or not c.sentence.norms[c.trig.i].startswith("و"):
        return
    if not any(t.etype == "VISIT" and t.tense == "noun" and t.j <= c.trig.i
               and c.trig.i - t.j <= TALKS_AFTER_VISIT for t in triggers):
        return
    sides = [(c.actor1, c.actor2), (c.actor2, c.actor1)]
    for v in reversed(visits):
        if v.date is None or v.location is None or v.actor1 is None:
            continue
        if any(a.key == v.actor1.key and b.country == v.location[1] for a, b in sides):
            c.date, c.precision, c.status = v.date, v.precision, v.status
            return


def _contact_noun(tok: str) -> bool:
    """Whether a word is a contact's trigger noun, with or without the article (الاجتماع)."""
    bare = tok[2:] if tok.startswith("ال") else tok
    triggers = load_lexicon().triggers
    return any(triggers.match_clitic([w], 0)[0] == 1 for w in (tok, bare))


RELATIVE_DATE_SPAN = 6  # words after a relative clause's verb where its date may stand


def _in_other_relative(norms: list[str], trig, m, contact_toks: set) -> bool:
    """Whether the date expression m stands after the trigger in a relative clause on a noun
    that is no contact's («مؤتمر صحافي ... بعد الاتفاق الذي أبرم في 14 يوليو»), within
    RELATIVE_DATE_SPAN words of its pronoun."""
    return m.i > trig.j and _background_clause(norms, m.i, trig.j + 1, contact_toks)


def _in_closed_relative(sent: Sentence, trig, m) -> bool:
    """Whether the date expression m stands before the trigger in a relative clause (a
    relative pronoun within RELATIVE_DATE_SPAN words before it, no punctuation between) that
    punctuation closes before the trigger: that clause's date, not the trigger's."""
    if m.j > trig.i:
        return False
    toks, norms = sent.toks, sent.norms
    rel = next((r for r in range(m.i - 1, max(-1, m.i - RELATIVE_DATE_SPAN - 2), -1)
                if norms[r] in RELATIVE or toks[r].punct), None)
    if rel is None or norms[rel] not in RELATIVE or toks[rel].punct:
        return False
    if any(toks[x].punct for x in range(m.i, m.j - 1)):
        return False
    return any(toks[x].punct for x in range(m.j - 1, trig.i))


def _after_another_thing(norms: list[str], m) -> bool:
    """Whether the date expression m is in a relative clause on a noun that is no contact
    and follows «بعد/قبل/عقب» (TIME_BEFORE_AN) within two words («بعد الاتفاق النووي الذي
    وقع في 14 يوليو»): the date of what another time is reckoned from."""
    rel = next((r for r in range(m.i - 1, max(-1, m.i - RELATIVE_DATE_SPAN - 2), -1)
                if norms[r] in RELATIVE), None)
    if rel is None or rel < 2 or _contact_noun(norms[rel - 1]):
        return False
    return any(norms[k] in TIME_BEFORE_AN for k in range(max(0, rel - 3), rel - 1))


def _occasion_mention(found: list, day: tuple):
    """The day mention of a sentence's `found` whose day `_occasion_date` gave it (None
    without one)."""
    return next((m for m in found if (m.date, m.precision) == day), None)


def _occasion_date(found: list, norms: list[str]) -> tuple[date | None, str | None]:
    """The date a sentence tells its news on (dates.sentence_date: its first explicit date,
    else its first), less an explicit date in a relative clause on a noun that is no contact
    («قال ... أمس في بداية محادثات الدوحة إن الاتفاق الذي أبرم في 14 يوليو ...»: the
    agreement's day, background), when the sentence names another date. A contact's own
    relative clause («الزيارة التي قام بها في 14 يوليو») keeps its date."""
    return sentence_date(_occasion_found(found, norms))


def _occasion_found(found: list, norms: list[str]) -> list:
    """The sentence's date expressions less the explicit ones in a background relative
    clause (_occasion_date), or all of them when that leaves none; and less the explicit ones
    of a reported clause (after أن/إن) when a day is told before it."""
    kept = [m for m in found if not (m.explicit and _background_clause(norms, m.i))] or found
    if len(kept) < 2 or kept[0].explicit or not any(m.explicit for m in kept):
        return kept
    opener = next((k for k, w in enumerate(norms) if w in CLAUSE_OPENERS), None)
    if opener is not None and kept[0].j <= opener \
            and not any(m.explicit for m in kept if m.j <= opener):
        # «قال هولاند في ندوة صحفية عقدها اليوم ... إن ... سيتم تنظيم مؤتمر في سبتمبر المقبل»:
        # the day told before the reported clause is the telling's occasion; an explicit date
        # inside what is reported is another thing's
        kept = [m for m in kept if m.j <= opener or not m.explicit]
    return kept


def _occasion_span(found: list, norms: list[str]) -> bool:
    """Whether the date _occasion_date picks is a span of days («يومي 24 و25», «اليوم وغدا»)."""
    pick = sentence_pick(_occasion_found(found, norms))
    return pick is not None and pick.precision == "span"


GATHERING_NAME_SPAN = 4  # words a gathering's name may run between its noun and its day


def _gathering_at(norms: list[str], i: int, start: int) -> int:
    """The token of a gathering noun (grammar.yaml gathering_nouns: قمة، مؤتمر، معرض ...)
    within GATHERING_NAME_SPAN words before token i and at `start` or later, else i."""
    for g in range(i - 1, max(start, i - GATHERING_NAME_SPAN - 1) - 1, -1):
        word = norms[g]
        for w in (word, word[1:] if word[:1] in "وفبل" else word):
            if (w[2:] if w.startswith("ال") else w) in GATHERING_NOUNS:
                return g
    return i


def _background_clause(norms: list[str], i: int, start: int = 1,
                       contact_toks: frozenset | set = frozenset()) -> bool:
    """Whether token i stands within RELATIVE_DATE_SPAN words after a relative pronoun (at
    `start` or later) on a noun that is no contact's, neither a contact noun nor a trigger's
    word in `contact_toks` («الاتفاق الذي أبرمته بلاده مع القوى العالمية في 14 يوليو»). A
    gathering's name between its noun and its day does not count («التي أعلن عنها في قمة كامب
    ديفيد في 14 مايو»: the span runs to the summit's noun)."""
    near = _gathering_at(norms, i, start)
    return any(norms[r] in RELATIVE and r - 1 not in contact_toks
               and not _contact_noun(norms[r - 1])
               for r in range(max(start, near - RELATIVE_DATE_SPAN - 1), i))


def _attends(c: Candidate) -> bool:
    """Whether a contact's trigger is an attendance verb or noun (grammar.yaml attend_verbs:
    «سيشارك», «مشاركته») or heads a delegation (lead_verbs: «يترأس وفد المملكة في اجتماعات
    ... التي تبدأ غدا»): the gathering it names is where the contact takes place."""
    norms = c.sentence.norms
    return any(in_words(norms[k], ATTEND_VERBS, "وفل") or in_words(norms[k], LEAD_VERBS, "و")
               for k in range(c.trig.i, c.trig.j))


def _relative_clause_date(c: Candidate, found: list):
    """The date of a relative clause on a noun trigger, in any tense («للاجتماع المشترك بين
    ... الذي سيعقد يوم غد», «المفاوضات التي جرت بين البلدين يومي 22 و23 فيفري»): the clause
    tells when the contact takes place, whatever other date stands nearer the noun. None
    when there is no such clause or it names no date."""
    if c.trig.tense != "noun":
        return None
    sent = c.sentence
    occupied = sent.actor_toks()
    verb = relative_verb_at(sent, c.trig.j, occupied)
    if verb is None:
        return None
    return next((m for m in found if verb < m.i <= verb + RELATIVE_DATE_SPAN), None)


JUDGE_REACH = 7  # words from a verb of judging to the contact noun it takes as its object


def _judged(c: Candidate) -> bool:
    """Whether a contact noun is the object of a verb of judging (grammar.yaml judge_verbs)
    standing at most JUDGE_REACH words before it in its clause (no punctuation or word
    opening a reported clause between): «ووصف رئيس المجلس زيارة النائب ... بأنها تصرف
    استفزازي», «انتقدت المعارضة في المنفى اليوم الزيارة التي من المزمع ...». Not a noun
    after a word of setting (grammar.yaml setting_words), the time of the judging, not its
    object («ووصف الوزير اليوم خلال زيارته الجزائر العلاقات بأنها ممتازة»)."""
    if c.trig is None or c.trig.tense != "noun":
        return False
    toks, norms, i = c.sentence.toks, c.sentence.norms, c.trig.i
    for k in range(i - 1, max(-1, i - JUDGE_REACH - 1), -1):
        if toks[k].punct or norms[k] in CLAUSE_OPENERS or in_words(norms[k], SETTING_WORDS, "و"):
            return False
        if in_words(norms[k], JUDGE_VERBS, "و"):
            return True
    return False


PHRASE_DATE_REACH = 7  # words after a judged contact noun where a date of its own phrase stands


def _phrase_date(c: Candidate, found: list):
    """The first date expression after a noun trigger in its phrase: within PHRASE_DATE_REACH
    words of it, in the same clause (_same_clause_after) («واعتبر زيارة الوزير للرياض أمس
    خطوة مهمة»: the visit's day), or set off by commas right after the phrase («تعتبر زيارة
    الأمير للأردن، قبل يومين، من الزيارات الهامة»: _set_off). None when there is none."""
    j = c.trig.j
    sent = c.sentence
    return next((m for m in found if j <= m.i <= j + PHRASE_DATE_REACH
                 and _same_clause_after(sent, j, m.i) or _set_off(sent, j, m)), None)


def _set_off(sent: Sentence, j: int, m) -> bool:
    """Whether the date expression m stands between two punctuation marks right after the
    phrase of the word ending at token j (a time told aside of a noun: «زيارة ولي العهد
    الأمير محمد بن سلمان للأردن، قبل يومين، من ...»): the phrase runs to the mark before m,
    within PHRASE_DATE_REACH words besides its actors' names, and the expression ends on one.
    One with a «و» on its first word opens the next clause («تعتبر الزيارة مهمة، وأمس، التقى
    ...»: the meeting's day)."""
    if not (j < m.i and m.i - 1 in sent.breaks and m.j - 1 in sent.breaks
            and sent.norms[m.i][:1] != "و"
            and _same_clause_after(sent, j, m.i - 1)):
        return False
    named = sent.actor_toks()
    return sum(k not in named for k in range(j, m.i)) <= PHRASE_DATE_REACH


def _judged_day(c: Candidate, published: date | None) -> None:
    """A judged contact (_judged) is dated by its noun's own relative clause or phrase only:
    the day of the judgement («انتقدت اليوم الزيارة ...») or the lead's is not the contact's,
    which the sentence does not tell («ووصف ... زيارة النائب ... بأنها تصرف استفزازي»:
    undated)."""
    if c.date is None or not _judged(c):
        return
    found = find_dates(c.sentence.norms, c.today or published, c.sentence.breaks)
    m = _relative_clause_date(c, found) or _phrase_date(c, found)
    if m is None:
        c.date, c.precision = None, None
    else:
        c.date, c.precision = mention_date(m)


def _held_verb(norms: list[str], k: int, found: list) -> bool:
    """Whether the verb at token k tells a contact held (grammar.yaml held_past_verbs: «جرت»,
    «أجراها», «جمعهما»; held_with_it_verbs with held_with_it: «قام بها»); an auxiliary not
    before another deed's verbal noun (_passive_of_a_deed). `found`: the sentence's dates."""
    if in_words(norms[k], HELD_PAST_VERBS, ""):
        return not (norms[k] in HELD_AUXILIARIES and _passive_of_a_deed(norms, k + 1, found))
    return norms[k] in HELD_WITH_IT_VERBS and k + 1 < len(norms) and norms[k + 1] in BI_IT_PRONOUNS


def _passive_of_a_deed(norms: list[str], k: int, found: list) -> bool:
    """Whether token k, after an auxiliary (grammar.yaml held_auxiliaries), is the verbal noun
    of a deed other than holding: a definite word («تم الإعلان عنها») or one with an object
    pronoun («جرى تأجيلها»), not a date, a time of day or a preposition with its pronoun
    («جرت بينهما»), nor a noun of holding (held_verbal_nouns: «تم عقدها»)."""
    if k >= len(norms):
        return False
    word = norms[k]
    if any(m.i == k for m in found) or word in _TIMES_OF_DAY or word in _PERIODS:
        return False
    bare = word[2:] if word.startswith("ال") else word
    if bare in HELD_VERBAL_NOUNS:
        return False
    stem = next((word[:-len(s)] for s in ("هما", "ها", "ه") if word.endswith(s)), None)
    if stem is not None and stem in CONTINUATION:
        return False
    return word.startswith("ال") or stem is not None


_OWN_RELATIVE_ADJECTIVES = 2  # adjectives at most between a contact noun and its relative pronoun


def _own_relative_verb(sent: Sentence, j: int) -> int | None:
    """The verb of a relative clause on the contact noun ending at token j, when the pronoun
    is the noun's own: after at most _OWN_RELATIVE_ADJECTIVES definite adjectives («المباحثات
    الثنائية التي»), then only the parties' mentions and بين/مع/و/ب («المباحثات بين X وY
    التي»); not a clause on a later noun («مباحثات مع Y تتناول الاتفاق الذي جرى توقيعه»)."""
    norms, toks = sent.norms, sent.toks
    occupied = sent.actor_toks()
    adjectives, named = 0, False
    for k in range(j, min(len(norms) - 1, j + TO_RELATIVE_SPAN)):
        if toks[k].punct:
            return None
        if norms[k] in RELATIVE:
            return k + 1 if _pronoun_of_noun(sent, j, k) else None
        if k in occupied:
            named = True
        elif norms[k] in RELATIVE_LINKS:
            continue
        elif not named and norms[k].startswith("ال") and adjectives < _OWN_RELATIVE_ADJECTIVES:
            adjectives += 1
        else:
            return None
    return None


def _pronoun_of_noun(sent: Sentence, j: int, k: int) -> bool:
    """Whether the relative pronoun at token k may be that of the contact noun ending at j:
    a man's pronoun (grammar.yaml relative_masculine) neither follows a feminine or plural
    noun («مباحثات ... الذي»), nor, right after a person or an office named («مع الرئيس
    الفرنسي الذي تم انتخابه», «مع الرئيس الروسي الذي عقد أمس اجتماعا»), opens any clause but
    one of taking place (grammar.yaml took_place_verbs: «اللقاء بين X وY الذي جرى أمس»)."""
    norms = sent.norms
    if norms[k] not in RELATIVE_MASCULINE:
        return True
    if norms[j - 1].endswith(("ه", "ات")):
        return False
    before = next((a for a in sent.actors if a.j == k), None)
    person = before is not None and (before.name is not None or before.titled) \
        and not before.institution
    return not person or in_words(norms[k + 1], TOOK_PLACE_VERBS, "")


def _held_before(c: Candidate, published: date | None) -> None:
    """A contact noun whose relative clause tells it held («نتائج المباحثات التي أجراها
    الوزير مع نظيره», «اللقاء الذي جمعهما», «الزيارة التي قام بها») took place before the
    telling: a verb to come that governs the noun («سيبحث الوزير غدا نتائج المباحثات التي
    أجراها ...», «زيارة X المرتقبة بعد غد ستستكمل المباحثات التي أجراها Y») neither makes it
    planned nor dates it; only a day of its own clause does («التي جرت أمس»)."""
    if c.trig is None or c.trig.tense != "noun":
        return
    to_come = c.status == "planned" or c.date is not None and published is not None \
        and c.date > published
    if not to_come:
        return
    sent = c.sentence
    verb = _own_relative_verb(sent, c.trig.j)
    if verb is None:
        return
    found = find_dates(sent.norms, c.today or published, sent.breaks)
    if not _held_verb(sent.norms, verb, found):
        return
    m = _relative_clause_date(c, found)
    c.status = "reported"
    if m is None:
        c.date, c.precision = None, None
    else:
        c.date, c.precision = mention_date(m)


def _dated_status(c: Candidate, published: date | None) -> str:
    """A resolved day after publication is still to come (planned); one before it has
    happened (reported), unless the text calls it off."""
    if c.status == "cancelled" or c.date is None or published is None:
        return c.status
    if c.status == "planned" and (_trip_purpose(c) or c.programme or _prepared_for(c)):
        # what an arrival is for stays announced, whatever day the arrival was; so does a
        # contact its parties prepare or intend («يستعد ممثلون ... للاجتماع ... يوم أمس»)
        return c.status
    if c.precision == "month" and c.first_day is not None and c.first_day > published \
            and c.first_day.replace(day=1) == c.date:
        return "planned"  # an occasion of several days still to come, dated by its month
    if c.precision == "month":
        month, now = (c.date.year, c.date.month), (published.year, published.month)
        return "planned" if month > now else "reported" if month < now else c.status
    if c.precision != "day":
        return c.status
    if c.date > published:
        return "planned"
    if c.date < published:
        return "reported"
    if c.status == "planned" and _begun_today(c, published):
        return "reported"
    return c.status


def _begun_today(c: Candidate, published: date) -> bool:
    """Whether a visit told in the present (its verb, or the present light verb carrying its
    noun) is dated by written days of which the first is the day of publication («يؤدي
    الوزير يومي 4 و5 مارس الجاري زيارة عمل إلى الجزائر» in a paper of 4 March): under way,
    not announced; not a visit noun no present verb carries («تتناول زيارة الوزير المرتقبة
    ... يومي 4 و5 مارس»). Not told in the future («سيؤدي»), nor after a cue of a plan («من
    المقرر أن يؤدي»: scheduled for today is planned; a cue after the visit, «بدعوة من»,
    «في إطار التحضير لـ», is another matter's)."""
    if c.etype != "VISIT" or c.trig is None or c.precision != "day" or c.date != published:
        return False
    sent = c.sentence
    norms = sent.norms
    if not any(m.explicit and m.precision == "span" and m.date == published
               for m in find_dates(norms, published)):
        return False
    if any(_future_verb(norms[k]) for k in range(c.trig.j)):
        return False
    triggers, lights, cues = find_triggers(sent)
    if c.trig.tense == "noun":
        light = carrying_light(sent, c.trig, triggers, lights)
        if light is None or light[1] != "present":
            return False
    elif c.trig.tense != "present":
        return False
    return not any(cue[2] == "planned" and cue[0] < c.trig.i for cue in cues)


def _going_on_since_a_span(c: Candidate, triggers, lights) -> bool:
    """Whether the candidate's present verb of contact (its trigger, or the present light
    verb that carries its noun, as the status reads it: «يجري الوفد محادثات منذ أسبوع») is
    followed by «منذ» and a span of time in its clause (ongoing_since)."""
    trig = c.trig
    if trig is None or trig.tense not in ("present", "noun"):
        return False
    k = trig.i
    if trig.tense == "noun":
        light = carrying_light(c.sentence, trig, triggers, lights)
        k = light[0] if light is not None and light[1] == "present" else None
    if k is None or future_tense(trig, c.sentence.norms):
        return False
    return ongoing_since(c.sentence, k, trig, triggers, c.sentence.actor_toks()) == "span"


COMING_FROM_REACH = 6  # words at most from a word of coming back to the «من» of its place
# (not counting names: its subject, a day and the place it returns to may stand between: «عاد
# الوزير أمس إلى طهران من زيارة إلى مسقط»; no punctuation)


def _parties(c: Candidate) -> tuple:
    return tuple(sorted(str(a.country or a.org) for a in (c.actor1, c.actor2) if a is not None))


def _crosshead_told_below(c: Candidate, cands: list[Candidate]) -> bool:
    """Whether a contact told by a present verb in a crosshead («الجبير يلتقي كيري», a short
    line of its own inside the body) is told again by the sentence right after it, between
    the same parties: that telling says when, and whether held or to come; the crosshead's
    present, the news style of headlines, says neither. A crosshead that names a contact by
    its noun and the two states' adjectives alone («لقاء أمريكي - روسي», blocs.state_pairs) is
    the label of its section: dropped when a sentence of the section (up to the next crosshead,
    CROSSHEAD_SECTION sentences at most) tells a contact of its type between the same states."""
    if not c.sentence.crosshead or c.trig is None:
        return False
    if c.trig.tense == "present":
        return any(d.sentence.index == c.sentence.index + 1 and d.etype == c.etype
                   and _parties(d) == _parties(c) for d in cands)
    if c.trig.tense != "noun" or c.actor1 is None or c.actor2 is None \
            or c.actor1.pair is None or c.actor1.pair != c.actor2.pair:
        return False
    at = c.sentence.index
    end = min([d.sentence.index for d in cands if d.sentence.crosshead
               and d.sentence.index > at] + [at + CROSSHEAD_SECTION + 1])
    return any(at < d.sentence.index < end and d.etype == c.etype
               and _parties(d) == _parties(c) for d in cands)


CROSSHEAD_SECTION = 8  # sentences a crosshead's label reaches when no crosshead follows


def _came_from(c: Candidate) -> bool:
    """Whether a visit's place is the one its traveller comes back or comes from (grammar.yaml
    coming_from_words): right after «من» («قادما من طوكيو», «في طريق عودته من إندونيسيا»), or
    after a visit noun that «من» or a word of after opens («لدى عودته من زيارة إلى فرنسا»,
    «عاد إلى تونس بعد زيارة رسمية إلى فرنسا», «وافدا من القاهرة بعد زيارة مصر», «عقب زيارته
    إلى فرنسا»: _from_anchor), the word of coming at most COMING_FROM_REACH words before it.
    Not when the place is named otherwise after the visit's trigger before that: the visit's
    own destination («زار X الجزائر أمس بعد عودة السفير من الجزائر»: someone else's return).
    Mentions after it do not count («وافدا من القاهرة بعد زيارة مصر، ... سيجعل مصر ...»)."""
    if c.etype != "VISIT" or c.location is None:
        return False
    for k, en, code in sorted(c.sentence.places):
        if (en, code) != tuple(c.location):
            continue
        if _came_from_at(c.sentence, k):
            return True
        if c.trig is not None and k >= c.trig.j:
            return False  # named as the trip's own destination first
    return False


def _came_from_at(sent: Sentence, k: int) -> bool:
    """Whether the place at token k is one a word of coming comes from (see _came_from)."""
    norms = sent.norms
    m = _from_anchor(norms, k)
    if m is None:
        return False
    named = sent.actor_toks()
    words = 0
    for n in range(m - 1, -1, -1):
        if sent.toks[n].punct or words >= COMING_FROM_REACH:
            break
        if in_words(norms[n], COMING_FROM_WORDS, "و"):
            return True
        words += n not in named
    return False


VISIT_FROM_GAP = 2  # words at most (adjectives, «إلى» aside) from a visit noun to its place


def _from_anchor(norms: list[str], k: int) -> int | None:
    """The «من» right before the place at k, or the «من» or word of after (grammar.yaml
    came_from_after: «بعد», «عقب», «إثر», «أعقاب») right before a visit noun
    (came_from_visit_nouns) whose place it is (VISIT_FROM_GAP words at most between, «إلى»
    aside: «من زيارة رسمية إلى X», «بعد زيارة X», «عقب زيارتهما إلى X»); else None."""
    if k >= 1 and norms[k - 1] == "من":
        return k - 1
    for v in range(k - 1, max(0, k - 2 - VISIT_FROM_GAP) - 1, -1):
        if norms[v] in CAME_FROM_VISIT_NOUNS:
            gap = [w for w in norms[v + 1:k] if w != "الي"]
            if v >= 1 and len(gap) <= VISIT_FROM_GAP and norms[v - 1] in CAME_FROM_AFTER:
                return v - 1
            return None
    return None


PREPARED_REACH = 5  # words at most (names aside) from a verb of preparing or intending to its
# contact


def _prepared_for(c: Candidate) -> bool:
    """Whether a verb of preparing or intending (grammar.yaml prospective_verbs) stands within
    PREPARED_REACH words before the contact's trigger and governs it (triggers.prepares: no
    other clause, no past verb or word of background between: «ويستعد ممثلون عن أوكرانيا
    وروسيا للاجتماع», «يعتزم الوزير زيارة»): the contact is still to come."""
    if c.trig is None:
        return False
    norms = c.sentence.norms
    named = c.sentence.actor_toks()
    words = 0
    for k in range(c.trig.i - 1, -1, -1):
        if in_words(norms[k], PROSPECTIVE_VERBS, "و"):
            return prepares(c.sentence, k, c.trig)
        if c.sentence.toks[k].punct or norms[k] in CLAUSE_OPENERS or words >= PREPARED_REACH:
            return False
        words += k not in named
    return False


def _trip_purpose(c: Candidate) -> bool:
    """Whether a contact is the purpose clause of a past verb of arrival in its sentence
    («وصل الوزير إلى الرياض أمس للقاء الملك», «توجهت المستشارة إلى باريس أمس لإجراء
    محادثات مع الرئيس»): announced as what the trip is for, not told as held, it stays
    planned (labelling convention for a visit's programme) on the arrival's day."""
    if c.etype == "VISIT" or c.trig is None or c.trig.tense == "past":
        return False
    if held_during_it(c.sentence, c.trig) == "present":
        return True  # «وصل X أمس في زيارة يلتقي خلالها Y»: the visit's programme, as told
    _triggers, lights, _cues = find_triggers(c.sentence)
    i = c.trig.i
    mark = i if c.trig.purpose else next(
        (lt for lt, kind in lights if kind == "purpose" and lt < i <= lt + 2), None)
    if mark is None:
        return False
    norms = c.sentence.norms
    return any(_trip_verb(norms, k) for k in range(max(0, mark - TRIP_REACH), mark))


def _confidence(c: Candidate) -> float:
    value = 0.6
    if c.actor1 is not None and c.actor1.name:
        value += 0.15
    if c.actor2 is not None and c.actor2.name:
        value += 0.15
    if c.etype == "VISIT" and c.location:
        value += 0.1
    return round(min(value, 0.95), 2)


def event_id(article_id: str, part: str, ev: dict) -> str:
    """Deterministic id: article, part, sentence, type and the actor pair."""
    actors = sorted(f"{ev.get(f'{n}_country') or ev.get(f'{n}_org')}:{ev.get(f'{n}_role')}"
                    for n in ("actor1", "actor2"))
    raw = "|".join([article_id or "", part, str(ev.get("sentence_index")), ev["event_type"],
                    *actors, str(ev.get("location_country"))])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
