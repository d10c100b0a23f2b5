"""Rule frames: who is the subject and who the counterpart of each trigger (VSO, SVO, carried
subjects, coordinated lists, visits, returns, mediation), as event candidates.

Pure functions over mentions.Sentence and triggers.Trigger; no scoring, no merging.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.events import words
from pipeline.events.blocs import may_pair, place_len, topic_noun
from pipeline.events.dates import (
    AFTER_TIMES,
    FIRST_PROCLITICS,
    FIRST_WORDS,
    WEEKDAYS,
    DateMention,
    _month_index,
    month_name_at,
)
from pipeline.events.gazetteer import load_gazetteer, load_lexicon, next_stop
from pipeline.events.mentions import (
    LINEAGE,
    Actor,
    Sentence,
    _after_lineage,
    _common_word,
    _definite,
    _possessed_noun,
    honorifics_only,
)
from pipeline.events.regions import visit_region
from pipeline.events.triggers import (
    _DEMONSTRATIVES,
    Trigger,
    _inclusion_verb,
    _status,
    _time_word,
    bare_arrival,
    closed_visit,
    find_triggers,
    held_during_it,
    invited,
    led_delegation,
    phone_near,
    round_before,
    where_place,
)
from pipeline.events.whose import (
    fronted_owner,
    fronted_subject,
    subject_owner,
    unnamed_owner,
    verb_subject_owner,
)
from pipeline.events.words import (
    ADDRESS_WORDS,
    ARRIVAL_BI,
    ARRIVAL_NOUNS,
    ATTEND_EVENTS,
    ATTEND_VERBS,
    ATTENDED_VERBS,
    ATTENDEE_LIST_BREAKS,
    ATTENDEE_LIST_OPENERS,
    BEFORE_STOP,
    BI_IT_PRONOUNS,
    CAME_FROM_AFTER,
    CARRY_OPENERS,
    CHRONICLE_VERBS,
    CLAUSE_OPENERS,
    CO_SUBJECT_VERBS,
    COMING_FROM_WORDS,
    CONFERENCE_NUMBERS,
    CONTACT_ADJECTIVES,
    CONTACT_DOERS,
    CRAFT_ARRIVAL_VERBS,
    CRAFT_ORDINALS,
    DELEGATION_WORDS,
    DUAL_PAST_VISIT_VERBS,
    DUAL_SIDES,
    DUAL_TITLES,
    DUAL_VERBS,
    EFFORT_VERBS,
    ELABORATING_WORDS,
    ENVOY_TITLES,
    FEMININE_TITLES,
    FIGHT_WITH_STEMS,
    FIGHT_WORDS,
    FOREIGN_PREMISES,
    FROM_TOPIC_WORDS,
    GATHER_OBJECT_VERBS,
    GATHERING_HELD_VERBS,
    GATHERING_OTHER_INSTANCE,
    GUEST_VERBS,
    HEAD_VERBS,
    HELD_BETWEEN_VERBS,
    HELD_WITH_IT_PRESENT_VERBS,
    HELD_WITH_IT_VERBS,
    HONORIFIC_OBJECTS,
    INTENTION_VERBS,
    INVITE_WORDS,
    LEAVING_NOUNS,
    LEAVING_VERBS,
    LIST_HEAD_BEFORE,
    LIST_HEAD_WORD,
    MESSAGE_ADJECTIVES,
    MESSAGE_LINKS,
    MESSAGE_NOUNS,
    MET_OBJECT_VERBS,
    NAMED_AFTER,
    NEXT_LEG,
    NOT_OBJECTS,
    ONWARD_VERBS,
    OWNER_NOT_AFTER,
    POST_TAKING,
    PRESENCE_NOW,
    PRESS_ADJECTIVES,
    PROVISO_WORDS,
    RECEIVED_CRAFT,
    RELATIVE,
    REMOTE_LINK_BY,
    REMOTE_LINK_JOINED,
    REMOTE_LINK_WORDS,
    ROUND_TALKS,
    SAYING_VERBS,
    SCHEDULED_PARTICIPLES,
    SECOND_OBJECT_WORDS,
    SETTING_WORDS,
    SETTLEMENT_WORDS,
    SICKBED_WORDS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    STOP_WORDS,
    THAT_HE,
    TOPIC_DEAL_NOUNS,
    TOPIC_GENITIVE_NOUNS,
    TOPIC_MARKS,
    TOPIC_OBJECT_HEADS,
    TOPIC_SITUATION_NOUNS,
    TOUR_CLOSING,
    TOUR_FILLERS,
    TOUR_INCLUDES,
    TOUR_NOUNS,
    TOUR_OPENERS,
    TOUR_OPENING,
    TRIP_PARTICIPLES,
    TRIP_VERBS,
    VENUE_HEAD_NOUNS,
    VENUE_MARKS,
    VENUE_PREPOSITIONS,
    VENUE_VERBS,
    VISIT_ADJECTIVES,
    VISIT_DOERS,
    VISIT_VERBS,
    WAR_NOUNS,
    WITH_WORDS,
    bare_forms,
    in_words,
    without_conjunction,
)
from pipeline.events.words import BLESSINGS as _BLESSINGS
from pipeline.events.words import DUAL_NOUNS as DUALS
from pipeline.events.words import DUAL_NOUNS_OBLIQUE as DUALS_OBLIQUE
from pipeline.events.words import FIRST_OF_WORDS as _FIRST_OF
from pipeline.events.words import GATHER_VERBS as GATHER_BARE
from pipeline.events.words import GREETING_CARRY_VERBS as _TAKE_GREETINGS
from pipeline.events.words import GREETING_NOUNS as _GREETINGS
from pipeline.events.words import INCLUSION_VERBS as _INCLUDED
from pipeline.events.words import INVITED_ME_VERBS as _INVITED_ME
from pipeline.events.words import NAME_FIRST_WORDS as _BOUND_PREFIXES
from pipeline.events.words import NOT_SPEECH_BEFORE as _NOT_SPEECH
from pipeline.events.words import OCCASION_LIST_WORDS as OCCASION_LIST
from pipeline.events.words import PLACE_KINDS as _PLACE_KINDS
from pipeline.events.words import PRESS_FILLERS as _PRESS_FILLERS
from pipeline.events.words import PROGRAMME_WORDS as PROGRAMME
from pipeline.events.words import RECEPTION_NOUNS as RECEPTION
from pipeline.events.words import ROUND_WORDS as _ROUNDS
from pipeline.events.words import SERIES_WORDS as _SERIES
from pipeline.events.words import SPOKESMAN_TITLES as _SPOKESMEN
from pipeline.events.words import STATE_WORDS as _STATE_WORDS
from pipeline.events.words import THE_VISIT_WORDS as _THE_VISIT
from pipeline.events.words import TOLD_CONTACTS_NOUNS as _TOLD_CONTACTS
from pipeline.events.words import VISIT_GATHER_VERBS as VISIT_GATHER
from pipeline.text.normalize import normalize_arabic

# ----------------------------------------------------------------------------- assembly

# «جمع A بB» (brought A together with B) after a contact noun names its participants, and so
# does «ضم A وB» (included A and B: «لقاء ثلاثي يضم A مع B وC», «جولة مباحثات ضمت A وB وC»)
GATHER = GATHER_BARE | GATHER_OBJECT_VERBS
# «زيارة عمل التقى خلالها X»: a verb describing an earlier noun; X is its object
# «جاء ذلك خلال/في/أثناء اجتماع ... بمشاركة/بحضور A وB»: the occasion and its participants
OCCASION_AT = words.OCCASION_AT
OCCASION_SPEAKER_AT = 3  # the speaker opens the sentence before («دعا الرئيس X ...»)
DURING = words.DURING_PRONOUNS
_THAT = words.THAT_WORDS  # أن / إن with or without a clitic
# a noun's singular pronoun (لقائه، زيارتها), not the dual or plural (لقائهما، لقائهم); and
# the same at the end of a raw token, before any closing punctuation
_SINGULAR_PRONOUN = re.compile(r"(?<!هم)(ه|ها)$")
_SINGULAR_PRONOUN_END = re.compile(r"(?<!هم)(ه|ها)[^\w]*$")
_PRONOUN_END = re.compile(r"(ه|ها|هما)[^\w]*$")  # a raw token's pronoun, the dual's too
_HIS_OR_HER_END = re.compile(r"(ه|ها)[^\w]*$")  # a raw token's «ه» or «ها»
_OBJECT_PRONOUN_WORD = re.compile(r"^(.+?)(ه|ها|هما)$")  # a word and its object pronoun
_DASH_GAP = re.compile(r"\s[-–—]\s")  # a dash between spaces: a parenthetical's edge
_DIGIT = re.compile(r"\d")  # a sentence opening on a digit is a list item («4- ...»)

# a parenthetical between dashes (or the tatweel dashes of «ــ حفظه الله ــ»), and a blessing
# opened by a dash and closed by a comma («الملك سلمان - حفظه الله، في قصر السلام»)
_PAREN = re.compile(r"\s(?:[-–—]|ـ+)\s.*?\s(?:[-–—]|ـ+)\s"
                    r"|\s(?:[-–—]|ـ+)\s*(?:حفظه|حفظها|رعاه|أيده|ايده|يحفظه)\s+الله\s*[،,]")
# a blessing between dashes after a royal's name («الأمير X – حفظه الله – ولقاءه Y»): no
# parenthetical that cuts the name off from the contact word after it
_BLESSING_PAREN = re.compile(r"\s(?:[-–—]|ـ+)\s*(?:حفظه|حفظها|حفظهم|حفظهما|رعاه|أيده|ايده|يحفظه)"
                             r"\s+الله\s*(?:[-–—]|ـ+)(?=\s)")


# an aside between dashes that tells where or when something was said («وقال X - في بيان له -
# إنه التقى Y», «- في تصريح لوكالة الأنباء -», «- حسب الوكالة -»): a prepositional phrase, no
# clause of its own («- وهي الثانية هذا العام -»)
_SOURCE_ASIDE = re.compile(r"\s[-–—]\s*(?:"
                           + "|".join(re.escape(w) for w in words.SOURCE_ASIDE_OPENERS)
                           + r")\s[^-–—]*?\s[-–—](?=\s)")


def _closed_asides(text: str) -> str:
    """`text` without its blessings and the asides between dashes that only tell where or when
    something was said (_SOURCE_ASIDE): a dash left is another aside's edge."""
    return _SOURCE_ASIDE.sub(" ", _BLESSING_PAREN.sub(" ", " " + text + " "))


# a future verb (سيزور، ستتضمن، وسنبحث), not a noun that starts the same way (سيدي، سياسة، سنوات)
_FUTURE = re.compile(r"^[وف]?س(?!يد|يا|نو|نه|نه)[يتن]..")


_ERA_YEAR = re.compile(r"^\d{3,4}[هم]$")

_TO_WORDS = words.TO_WORDS  # «إلى», «وإلى» normalised: toward a destination


def _adverbial_toks(sent: Sentence) -> set[int]:
    """Tokens that do not separate a verb from its object: honorifics, kinship and time words,
    list adverbials (كل على حدة), numbers, place names and short locative phrases (في قصره بجدة)."""
    if sent.adverbials is not None:
        return sent.adverbials
    fillers = load_gazetteer().fillers
    norms = sent.norms
    out: set[int] = {p[0] for p in sent.places}
    # = re \d+, and a year with its era's letter («1436هـ», «2015م»)
    numbers = {k for k, tok in enumerate(norms) if tok.isdecimal() or _ERA_YEAR.match(tok)}
    out.update(numbers)
    # the scan jumps between the words a filler phrase may begin with (`Gazetteer.starts`)
    stops = fillers.starts(norms) if fillers else []
    i = stops[0] if stops else len(norms)
    while i < len(norms):
        n, entries = fillers.match(norms, i) if i not in numbers else (0, [])
        if not n:
            i = next_stop(stops, i)
            continue
        out.update(range(i, i + n))
        if entries[0].kind == "locative":
            k = i + n
            while k < len(norms) and k < i + n + 4 and not sent.toks[k - 1].punct \
                    and not any(a.i == k for a in sent.actors) and norms[k] not in STOP_WORDS:
                out.add(k)
                k += 1
            i = k
        else:
            i += n
    sent.adverbials = out
    return out


HONORIFIC_GAP_MAX = 4  # words of honorifics a noun and its genitive may have between them


def _honorifics_only(sent: Sentence, start: int, end: int) -> bool:
    """Whether the words from start up to end are honorifics only («زيارة صاحب السمو الملكي
    الأمير X»، «لقاء فخامة الرئيس X»): a noun's genitive stands right after it all the same."""
    return end - start <= HONORIFIC_GAP_MAX \
        and honorifics_only(sent.norms, start, end, load_gazetteer())


def _genitive_gap(sent: Sentence, trig: Trigger, actor: Actor) -> int:
    """Words between a noun trigger and an actor after it, honorifics not counted."""
    gap = actor.i - trig.j
    return 0 if gap >= 1 and _honorifics_only(sent, trig.j, actor.i) else gap


def _gap_ok(sent: Sentence, a_end: int, b_start: int, limit: int = 6,
            cross: bool = True, adverbials: bool = False) -> bool:
    """Whether two mentions are close enough to be listed together (a dash-delimited
    parenthetical between them is skipped; a trigger between them ends the list unless cross;
    with `adverbials`, time words, honorifics and locative phrases in between do not count)."""
    if a_end == 0 or b_start <= a_end:
        return True
    lo, hi = sent.toks[a_end - 1].end, sent.toks[b_start].start
    raw = sent.text[lo:hi]
    spans = [(lo + m.start(), lo + m.end()) for m in _PAREN.finditer(raw)]
    stripped = _PAREN.sub(" ", raw)
    if _DASH_GAP.search(stripped):
        return False  # an unclosed parenthetical separates them
    inside = [k for k in range(a_end, b_start)
              if not any(a <= sent.toks[k].start < b for a, b in spans)]
    if not cross and any(k in sent.trigger_toks for k in inside):
        return False
    if adverbials:
        skip = _adverbial_toks(sent)
        inside = [k for k in inside if k not in skip]
    gap = [sent.norms[k] for k in inside]
    if gap and inside[0] == a_end and _posted_at(sent.norms, a_end):
        gap[0] = ""  # «سفير النرويج لدى المملكة X، وسفير فنلندا»: his post, not a list's end
    return len(gap) <= limit and not any(t in STOP_WORDS for t in gap)


_POSTED_AT = normalize_arabic("لدى")


def _posted_at(norms: list[str], k: int) -> bool:
    """Whether «لدى» at k, right after a mention, names the state or organisation where he
    serves («السفير لدى المملكة», «المندوب الدائم لدى الأمم المتحدة»: part of his title)."""
    if norms[k] != _POSTED_AT or k + 1 >= len(norms):
        return False
    n, entries = load_gazetteer().match(norms, k + 1)
    return n > 0 and any(e.kind in ("country", "org") for e in entries)


def _chain(sent: Sentence, actors: list[Actor], start_tok: int, end_tok: int) -> list[Actor]:
    """Actors listed one after another from start_tok (counterparts joined by و / ، / ومع)."""
    out, last = [], start_tok
    spans = [(m.start(), m.end()) for m in _PAREN.finditer(sent.text)]
    # the list starts where the word before it ends: a parenthetical may open right there
    origin = sent.toks[min(start_tok, len(sent.toks)) - 1].end - 1 if start_tok > 0 else 0
    for a in actors:
        if a.i < start_tok or a.i >= end_tok:
            continue
        pos = sent.toks[a.i].start
        if any(x <= pos < y and not x <= origin < y for x, y in spans):
            continue  # inside a parenthetical the list skips
        limit = 7 if not out else 6
        if not _gap_ok(sent, last, a.i, limit, cross=not out, adverbials=True) \
                and not (out and _past_relative(sent, last, a)):
            break
        if out and _new_clause(sent, last, a.i) or _speech_after_comma(sent, last, a.i):
            break
        if out and _topic_before(sent.norms, last, a.i):
            break  # «مع Y المصالحة بين الفصائل الفلسطينية»: what they discussed, not a party
        out.append(a)
        last = a.j
    return out


def _topic_before(norms: list[str], last: int, start: int) -> bool:
    """Whether the words from `last` to an actor at `start` make it a topic's: a topic noun
    and «بين» (_topic_between) or an aim's word in the construct right before it
    (grammar.yaml topic_object_heads: «توحيد الفصائل», «دعم الفصائل السورية»)."""
    return start > last and (_topic_between(norms, last, start)
                             or _topic_word(norms[start - 1], TOPIC_OBJECT_HEADS))


RELATIVE_REACH = 12  # words of a relative clause on a listed actor («الذي كان زار تونس في ...»)


def _past_relative(sent: Sentence, last: int, a: Actor) -> bool:
    """Whether a list goes on past a relative clause on its last member: the clause opens
    right after it, names no actor, no punctuation and no list of its own (no word joined by
    و), and the next actor, no institution, is joined by و
    («مع الرئيس الإيطالي الذي كان أدى زيارة إلى تونس في 2015 ورئيس حكومته», «بالأمين العام
    للحزب الذي يؤيد الرئيس السابق وكذلك X»)."""
    norms = sent.norms
    if last >= a.i or norms[last] not in RELATIVE or a.i - last > RELATIVE_REACH:
        return False
    if not (a.clitic.startswith("و") or norms[a.i - 1] in ("وكذلك", "وكذا")):
        return False
    if a.institution or any(sent.toks[k].punct or norms[k] == "و" or norms[k].startswith("وال")
                            for k in range(last, a.i)):
        # «الذي كان مرفوقا بوفد من مجلس الشيوخ والجمعية الوطنية والبرلمان الأوروبي»: a body
        # joined to the clause's own list
        return False
    return not any(last <= b.i < a.i for b in sent.actors)


_EACH_OF = (["كل", "من"], ["كلا", "من"])


def _each_of_list(sent: Sentence, actors: list[Actor], last: Actor, trig: Trigger) -> list[Actor]:
    """The و-joined list «كل من A وB وC» that ends on `last`, the subject of a plural verb of
    taking part right before a gathering noun («سيشاركون في القمة», «يشاركون في
    الاجتماع»): three or more parties, or []."""
    norms = sent.norms
    gap = norms[last.j:trig.i]
    if len(gap) != 2 or gap[1] != "في" or not gap[0].endswith(("ون", "وا")) \
            or "شارك" not in gap[0] or trig.tense != "noun":
        return []
    k = actors.index(last)
    listed = [last]
    while k > 0 and _joined(sent, listed[0]) and actors[k - 1].j == listed[0].i:
        k -= 1
        listed.insert(0, actors[k])
    if len(listed) < 3 or norms[max(0, listed[0].i - 2):listed[0].i] not in _EACH_OF:
        return []
    return listed


IN_WORDS = words.IN_WORDS  # «في» bare or after «و»


def _past_co_subjects(sent: Sentence, subject: Actor, counterparts: list[Actor]) -> list[Actor]:
    """«يلتقي A وB وC بعدد من المسؤولين»: actors joined to the subject by و and followed by
    the object's preposition (ب، مع) are its co-subjects, who meet the object, not each other;
    the counterparts are those after the preposition (the caller pairs each co-subject with
    them too: «بحث A وB مع C» is two contacts). Without such a preposition (التقى A وB) the
    list stays as it is."""
    norms = sent.norms
    co, last = [], subject.j
    for a in counterparts:
        if a.i - last > 1 or not a.clitic.startswith("و") or a.counterpart:
            break
        co.append(a)
        last = a.j
    if not co:
        return counterparts
    places = {x for x, _en, _code in sent.places}
    for k in range(last, min(last + 3, len(norms))):
        t = norms[k]
        if t in ("مع", "ومع") or t.startswith("ب") and len(t) > 3 and t not in NOT_OBJECTS \
                and k not in places and norms[k - 1] not in IN_WORDS and not any(
                a.i <= k < a.j for a in sent.actors if a not in counterparts):
            # (a place in ب is where they met, not whom: «اجتمع A وB اليوم بالقاهرة»; after
            # «في» a first ب is the noun's own letter: «في بيروت», «في بداية الأسبوع»)
            # (the object may carry the preposition itself: «اجتمع A وB بوزير الخارجية C»)
            return [a for a in counterparts if a.i > k or a.i == k and a not in co]
        if sent.toks[k].punct:
            break
    return counterparts


APPOSITION_REACH = 10  # words of further titles between a title and its holder's name


def _object_marked(sent: Sentence, end: int, counterpart: Actor) -> bool:
    """Whether the counterpart is a verb's object marked by «مع» right before it or by its own
    ب («بالأمين العام»), at most two words (a time or place word) after `end`, where the
    subjects or the contact noun end."""
    norms = sent.norms
    if counterpart.clitic.endswith("ب"):
        return counterpart.i - end <= 2
    return counterpart.i >= 1 and norms[counterpart.i - 1] in ("مع", "ومع") \
        and counterpart.i - end <= 3


def _dual_discussion(sent: Sentence, trig: Trigger, before: list[Actor], subject: Actor | None,
                     counterparts: list[Actor]) -> bool:
    """Whether a dual discussion verb (grammar.yaml dual_verbs) follows its و-joined subjects
    with no counterpart after it («أن A وB بحثا العلاقات», «وكان الرئيسان الأمريكي والتركي قد
    ناقشا ...»): the two discussed it with each other (the caller, _sentence_events, then pairs
    the subject with the actor joined right before it, as for any dual verb with no
    counterpart). Not «بحثا عن» (a search, the noun)."""
    norms = sent.norms
    if counterparts or not before or subject is not before[-1] or len(before) < 2:
        return False
    if not in_words(norms[trig.i], DUAL_VERBS, "وف") or norms[subject.j:trig.i] not in ([], ["قد"]):
        return False
    return trig.j >= len(norms) or norms[trig.j] != "عن"


def _dual_verb_co_subjects(sent: Sentence, trig: Trigger, lights, subject: Actor,
                           actors: list[Actor], counterpart: Actor) -> list[Actor]:
    """The actors joined by و before the subject of a dual or plural verb that follows them
    («A وB التقيا/يلتقيان/اجتمعوا مع Y», «قد» between allowed; for a noun, its light verb:
    «A وB أجريا اتصالا مع Y»), its object marked by «مع» or ب: the subject's co-subjects.
    [] otherwise."""
    v = _finite_verb(trig, lights)
    if v is None or not _object_marked(sent, trig.j, counterpart):
        return []
    norms = sent.norms
    if not norms[v].endswith(("ا", "ان", "وا", "ون")) or len(norms[v]) < 4:
        return []
    if norms[subject.j:v] not in ([], ["قد"]):
        return []
    co, cur = [], subject
    for a in reversed([a for a in actors if a.j <= subject.i]):
        if not cur.clitic.startswith("و") or cur.i - a.j > 1 or _same(a, cur) \
                or any(sent.toks[k].punct for k in range(a.j - 1, cur.i)):
            break
        co.append(a)
        cur = a
    return co


def _apposition_name(sent: Sentence, subject: Actor | None,
                     actors: list[Actor]) -> Actor | None:
    """The subject, a title without a name («ولي عهد أبوظبي نائب»), with its holder's name
    in apposition after further titles («... القائد الأعلى للقوات المسلحة الشيخ محمد بن
    زايد»): the next actor is a named one of the same state, not joined by و, with no
    punctuation between. One person: the named mention widened over the title, in the office
    the title names, else None."""
    if subject is None or subject.name or not subject.titled:
        return None
    own = next((a for a in actors if a.i >= subject.j), None)
    if (own is None or not own.name or own.clitic
            or (own.country, own.org) != (subject.country, subject.org)
            or own.i - subject.j > APPOSITION_REACH
            or any(sent.toks[k].punct for k in range(subject.j - 1, own.i))):
        return None
    text = sent.text[sent.toks[subject.i].start:sent.toks[own.j - 1].end]
    return dataclasses.replace(own, i=subject.i, text=text, role=subject.role)


def _co_subject(sent: Sentence, subject: Actor, counterparts: list[Actor]) -> bool:
    """Whether the first counterpart is joined by و right after the subject («بحث A وB
    العلاقات», «استعرض A وB ...»): the two took the subject up together (_past_co_subjects has
    already set aside a list followed by its object's preposition). A subject named after its
    long title («ولي عهد أبوظبي نائب القائد الأعلى ... الشيخ محمد بن زايد وB») is one actor by
    then (_apposition_name)."""
    if not counterparts or not counterparts[0].clitic.startswith("و"):
        return False
    return counterparts[0].i - subject.j <= 1


def _with_right_after(sent: Sentence, subject: Actor, counterparts: list[Actor]) -> bool:
    """Whether «مع» and the first counterpart come right after the subject, or after the
    actors joined to it by و («استعرض X مع Y العلاقات», «استعرض A وB مع Y ...»): Y is whom
    the matter was taken up with. A noun between them makes مع the noun's («استعرض X الاتفاق
    مع دول ...»: a review, with no one)."""
    if not counterparts:
        return False
    k = counterparts[0].i - 1
    if k < subject.j or sent.norms[k] != "مع":
        return False
    end = subject.j
    for a in sent.actors:
        if a.i == end and a.clitic.startswith("و") and a.j <= k:
            end = a.j
    return end == k


_GUEST_PRONOUNS = words.LI_PRONOUNS  # «استقبال X له»


def _bare_reception(norms: list[str], trig: Trigger) -> bool:
    """Whether a MEET noun is the bare «استقبال» (no pronoun, no article), with a clitic or not."""
    return trig.etype == "MEET" and trig.tense == "noun" and trig.j == trig.i + 1 \
        and norms[trig.i].lstrip("وبل") in ("استقبال", "ستقبال")


def _reception_host(sent: Sentence, trig: Trigger,
                    genitive: Actor | None) -> tuple[Actor, Actor | None] | None:
    """(host, guest) of a bare reception noun whose genitive is its doer: a guest marked by ل
    after it («خلال استقبال الملك لوزير الخارجية المصري»: the king receives the minister), or
    a guest pronoun (guest None: «أعرب A، لدى استقبال B له»: B receives A, named before).
    Without either the genitive is the one received («لدى استقبال سفير فرنسا»): None."""
    norms = sent.norms
    if not _bare_reception(norms, trig) or genitive is None or genitive.i != trig.j \
            or genitive.clitic:
        return None
    k = genitive.j
    while k + 1 < len(norms) and k - genitive.j < 8 and norms[k] in LINEAGE:
        k += 3 if norms[k + 1] in _BOUND_PREFIXES else 2  # «بن عبد العزيز», «آل سعود»
    while k < len(norms) and norms[k] in _BLESSINGS:
        k += 1
    if k < len(norms) and norms[k] in _GUEST_PRONOUNS:
        return genitive, None
    guest = next((a for a in sent.actors if a.i == k), None)
    if guest is not None and guest.clitic.endswith("ل"):
        return genitive, guest
    return None


def _after_relative(sent: Sentence, k: int) -> int:
    """Where a subject's object may start: after a relative clause on the subject that a comma
    closes («التقى الرئيس المصري، الذي يزور الرياض حاليا، ولي العهد»), else at k."""
    norms = sent.norms
    if k >= len(norms) or norms[k] not in RELATIVE:
        return k
    for m in range(k + 1, min(k + 12, len(norms) - 1)):
        if any(a.i <= m < a.j for a in sent.actors):
            return k  # an actor inside: not a short clause on the subject
        if sent.toks[m].punct:
            return m + 1
    return k


def _new_clause(sent: Sentence, last: int, start: int) -> bool:
    """Whether a comma between two mentions opens a new clause: a word after it that is not
    the next mention and not joined by و («لقائه بالرئيس X، حرص الرئيس Y على ...»)."""
    commas = [k for k in range(max(last - 1, 0), start) if sent.toks[k].punct]
    if not commas:
        return False
    # the words after the last comma (a name in apposition ends with a comma of its own)
    skip = _adverbial_toks(sent)
    words = [k for k in range(commas[-1] + 1, start) if k not in skip]
    if not words:
        return False
    first = sent.norms[words[0]]
    return not first.startswith("و")


def _speech_after_comma(sent: Sentence, last: int, start: int) -> bool:
    """Whether a comma between two mentions is followed by a verb of saying, with و or
    without («...، وقالت الخارجية الروسية إن»): it opens a clause of its own, whose subject
    is no further counterpart of the contact before."""
    commas = [k for k in range(max(last - 1, 0), start) if sent.toks[k].punct]
    if not commas or commas[-1] + 1 >= start:
        return False
    first = sent.norms[commas[-1] + 1]
    bare = first[1:] if first.startswith("و") else first
    return bare in SAYING_VERBS


def _same(a: Actor, b: Actor) -> bool:
    """Whether two actors are one party: the same name where both are named, else the same
    state or organisation and office, neither a counterpart («نظيره»)."""
    if a.name and b.name:
        return a.name == b.name
    return a.key == b.key and not (a.counterpart or b.counterpart)


@dataclass
class Candidate:
    etype: str
    status: str
    actor1: Actor | None
    actor2: Actor | None
    sentence: Sentence
    trigger: str
    date: date | None
    precision: str | None
    location: tuple[str, str] | None
    discuss_phone: bool = False
    trig: Trigger | None = None  # the trigger that proposed it
    score: float = 1.0  # the learned scorer's probability (1.0 when the rules decide alone)
    frame: str = ""  # how the rules found the subject (before, after, light, participants ...)
    today: date | None = None  # the day the text calls today (status reference), if known
    listed: int = 0  # place of actor2 in the frame's list of counterparts (0: first or alone)
    programme: bool = False  # an item of a visit's programme («يتضمن برنامج الزيارة لقاء مع»)
    later_stop: bool = False  # a later stop of a tour under way (_tour_to_come): to come
    # a sentence that opens on a contact verb with no subject goes on with the last one's
    # subject (_carried_over): «كما/و + past verb» tells the same occasion as that sentence
    carried_over: bool = False
    # the first of the days of an occasion dated by its month («اليوم وغدا»): status reference
    first_day: date | None = None
    # a traveller's own day (a DateMention), told right after him in a list of arrivals
    # («وصول A الثلاثاء وB الأربعاء»): his candidate's date whatever the other steps find
    own_day: DateMention | None = None
    # the days a visit told as closed is closed on («اختتم X أمس زيارته»; None: not told as
    # closed): not its first day, so another mention of the same trip dated only by one of
    # them does not date it, nor one that names no place (the tour it ended)
    closed_days: frozenset | None = None
    # the (date, precision) _lead_date gave from the lead's occasion to a sentence that names
    # none; the candidate is dated by the lead while its date is still that one
    # (extract._lead_dated: a later step may date it otherwise)
    lead_day: tuple | None = None
    # timed by a week with no day («الأسبوع الماضي»: dates.week_at), so undated: a lead told
    # so gives later sentences no day, and a day named later for the contact may date it
    week: bool = False
    # the candidates of later sentences merged into this one as the same contact told again
    # (extract._merge): what their sentences told stays known there (_meeting_named_again)
    retold: list = field(default_factory=list)


def _onward(norms: list[str], start: int, k: int) -> bool:
    """Whether the place at k is where a later clause's traveller goes next: «إلى» right
    before it and a verb of moving on (grammar.yaml `onward_verbs`) between start and it
    («يلتقي اليوم X في القاهرة، وينتقل غدا إلى الدوحة»)."""
    return (k > 0 and norms[k - 1] in _TO_WORDS
            and any(_onward_verb(norms[m]) for m in range(start, k - 1)))


def trigger_text(sent: Sentence, trig: Trigger) -> str:
    """The words of the text a trigger was read from, as written."""
    return sent.text[sent.toks[trig.i].start:sent.toks[trig.j - 1].end]


_TOPIC_LINKS = words.TOPIC_LINKS
_DEAL_LINKS = words.DEAL_LINKS


def _topic_place(sent: Sentence, k: int) -> bool:
    """Whether the place at token k is what a contact is about, not where it is held: after
    a situation noun and «في» («لبحث الوضع في سوريا»), after an agreement noun, at most one
    adjective and «مع» («الاتفاق النووي مع إيران»), right after a topic noun («موضوع
    العراق»), or a second place joined by «و» to such a one («النزاعين في سورية واليمن»,
    «في جنوب السودان والصومال»). A noun may carry و, ب or ل («والأوضاع في اليمن», «بشأن
    اليمن»)."""
    norms = sent.norms
    if k >= 1 and norms[k][:1] == "و" and not sent.toks[k - 1].punct:
        first = _place_ending_at(sent, k)
        if first is not None:
            return _topic_place(sent, first)
    if k >= 2 and norms[k - 1] == "و" and not sent.toks[k - 2].punct:
        first = _place_ending_at(sent, k - 1)
        if first is not None:
            return _topic_place(sent, first)  # «في اليمن و سوريا»: the conjunction written apart
    if k >= 1 and not sent.toks[k - 1].punct and _topic_word(norms[k - 1], TOPIC_GENITIVE_NOUNS):
        return True
    if k < 2 or sent.toks[k - 1].punct or sent.toks[k - 2].punct:
        return False
    if norms[k - 1] in _TOPIC_LINKS:
        return _topic_word(norms[k - 2], TOPIC_SITUATION_NOUNS)
    if norms[k - 1] in _DEAL_LINKS:
        return _topic_word(norms[k - 2], TOPIC_DEAL_NOUNS) or (
            k >= 3 and not sent.toks[k - 3].punct and _topic_word(norms[k - 3], TOPIC_DEAL_NOUNS))
    return False


def _topic_word(word: str, nouns: frozenset) -> bool:
    """Whether `word`, bare or less a proclitic («والأوضاع», «بشأن», «للوضع»), is one of
    `nouns`."""
    return any(f in nouns for f in bare_forms(word))


def _place_ending_at(sent: Sentence, end: int) -> int | None:
    """The first token of the place whose name ends right before token `end` («جنوب السودان»:
    its first word), None when none does."""
    return next((p[0] for p in sent.places
                 if p[0] < end and p[0] + place_len(sent.norms, p[0]) == end), None)


def _no_venue(sent: Sentence, k: int) -> bool:
    """Whether the place at token k names no venue: what the talks are about (_topic_place),
    or a conference named by the place and a number («جنيف واحد», «جنيف 2»: grammar.yaml
    conference_numbers)."""
    norms = sent.norms
    if k + 1 < len(norms) and not sent.toks[k].punct and norms[k + 1] in CONFERENCE_NUMBERS:
        return True
    return _topic_place(sent, k)


VISIT_OBJECT_GAP = 8  # words of the visitor and adjectives between a visit word and its place


# «الزيارة التي قام بها X لمصر»: the relative clause of making a visit («بها»: grammar.yaml
# held_with_it), between the visit noun and its visitor
_WHICH = words.WHICH_WORDS  # (letters.WHICH: letters imports this module)
_MADE_VERBS = HELD_WITH_IT_VERBS | HELD_WITH_IT_PRESENT_VERBS | frozenset(
    "س" + w for w in HELD_WITH_IT_PRESENT_VERBS)  # قام، يقوم، سيقوم ...


def _visit_before(sent: Sentence, k: int, clitic: str) -> bool:
    """Whether the place at token k is a visit's destination: right after a visit trigger
    («يزور موسكو», «زيارته لموسكو»), or with the visitor and adjectives between («يزور وزير
    الخارجية عادل الجبير موسكو», «زيارة كيري للدوحة», «زيارتها الأولى للرياض»); or whether
    it is the genitive of a contact noun right before it («اجتماع الدوحة», «مباحثات
    القاهرة»)."""
    found = find_triggers(sent)[0]
    if any(t.j == k and (t.etype == "VISIT" or t.tense == "noun" and not clitic)
           for t in found):
        return True
    ends = {t.j for t in found if t.etype == "VISIT"}
    if not ends:
        return False
    actors = sent.actor_toks()
    toks, norms = sent.toks, sent.norms
    gap = VISIT_OBJECT_GAP
    m = k - 1
    while m > max(-1, k - 1 - gap):
        if toks[m].punct and m not in actors:
            return False  # (a comma inside the visitor's titles: «ولي ولي العهد، النائب الثاني»)
        if m in ends:
            return True
        if m not in actors and not norms[m].startswith("ال"):
            if norms[m] in BI_IT_PRONOUNS and m >= 2 and norms[m - 1] in _MADE_VERBS \
                    and norms[m - 2] in _WHICH:
                m -= 2  # «الزيارة التي قام بها X لمصر»: the visit's own relative clause
                gap += 3
                continue
            else:
                return False
        elif m in actors:
            gap += 1  # a long chain of titles («ولي ولي العهد النائب الثاني لرئيس ...»)
        m -= 1
    return False


LEFT_PLACE_GAP = 24  # words of the traveller, his honorifics and titles and a day between a
# verb of leaving and the place he leaves


def _left_place(sent: Sentence, k: int) -> bool:
    """Whether the place at token k is the object of a verb or noun of leaving (grammar.yaml
    leaving_verbs, leaving_nouns), right after it or with the traveller, his honorifics and
    titles and a day between («غادر صاحب السمو الملكي الأمير X ولي ولي العهد جمهورية مصر
    العربية بعد زيارة عمل التقى خلالها ...», «لدى مغادرته القاهرة»): the place left is where
    the traveller was, the venue of his visit and of the contacts told with it; not when a
    word of after opens the leaving (grammar.yaml came_from_after: «بعد مغادرته القاهرة»,
    «بعد أن غادر القاهرة», «بعد ساعات من مغادرته»): the contact came after he left it."""
    toks, norms = sent.toks, sent.norms
    actors = sent.actor_toks()
    fillers = _adverbial_toks(sent)
    for m in range(k - 1, max(-1, k - 1 - LEFT_PLACE_GAP), -1):
        if toks[m].punct:
            return False
        word = norms[m]
        if in_words(word, LEAVING_VERBS, "وف") or word in LEAVING_NOUNS:
            before = m - 1 - (m >= 2 and norms[m - 1] in _THAT)  # («بعد أن غادر»)
            return not (before >= 0 and not toks[before].punct
                        and without_conjunction(norms[before]) in CAME_FROM_AFTER)
        if m not in actors and m not in fillers and not word.startswith("ال"):
            return False
    return False


def _envoy_before(sent: Sentence, k: int) -> bool:
    """Whether an envoy's title stands before the preposition at token k with only words
    opening on «ال»/«لل» between («المبعوث الخاص إلى اليمن», «مبعوث الأمين العام للأمم المتحدة
    إلى اليمن»): the place after it is his post, not a venue (grammar.yaml envoy_titles)."""
    norms, toks = sent.norms, sent.toks
    for m in range(k - 1, max(-1, k - 7), -1):
        if toks[m].punct:
            return False
        if norms[m] in ENVOY_TITLES:
            return True
        if not norms[m].startswith(("ال", "لل")):
            return False
    return False


_FROM = words.FROM_WORDS
FROM_TOPIC_REACH = 3  # words from a word of leaving or stance to its «من»: the word, the one
# who leaves or holds it and an adjective («خروج القوات الإيرانية من سوريا»)


def _from_no_venue(sent: Sentence, k: int) -> bool:
    """Whether the preposition at token k is a «من» right after a word of coming (grammar.yaml
    coming_from_words: «قادما من طهران», «لدى عودته من طهران», also with the article:
    «اللاجئين القادمين من سوريا»): the place after it is where the traveller was, not where
    the contact is; nor is it after a word of leaving a place or of a stance toward it, right
    before «من» or with the one who leaves or holds it and an adjective between
    (FROM_TOPIC_REACH; grammar.yaml from_topic_words: «الانسحاب من سوريا», «انسحاب القوات من
    سوريا», «خروج القوات الإيرانية من سوريا», «الموقف من مصر»): what the talks are about."""
    if sent.norms[k] not in _FROM or k == 0 or sent.toks[k - 1].punct:
        return False
    for m in range(k - 1, max(-1, k - 1 - FROM_TOPIC_REACH), -1):
        if without_conjunction(sent.norms[m]) in FROM_TOPIC_WORDS:
            return True
        if m == 0 or sent.toks[m - 1].punct:
            break
    word = without_conjunction(sent.norms[k - 1])
    return word in COMING_FROM_WORDS or word.startswith("ال") and word[2:] in COMING_FROM_WORDS


# what follows a dateline's city («الرياض -», «واس:», «الرياض ـ»: the tatweel alone, a dash in
# Arabic type)
_DATELINE_MARKS = frozenset("-–—(:\u0640")
DATELINE_WORDS = 2  # words of a news agency's name before a dateline's city


def _head_noun(word: str) -> str | None:
    """The clitic of a place noun («العاصمة», «بالعاصمة», «للعاصمة», «بمقر»: grammar.yaml
    venue_head_nouns): "" for none, "ب" or "ل"; None for a word that is no place noun."""
    if word in VENUE_HEAD_NOUNS:
        return ""
    if word[:1] in ("ب", "ل") and (word[1:] in VENUE_HEAD_NOUNS
                                   or "ا" + word[1:] in VENUE_HEAD_NOUNS):
        return word[0]
    return None


def _told_as_venue(sent: Sentence, k: int) -> bool:
    """Whether the place at token k is told as where something is (grammar.yaml
    venue_prepositions, venue_head_nouns): after a locative preposition or with «ب» on it,
    behind a visit trigger, through place nouns, state names and their adjectives back to one
    of those («في العاصمة السعودية الرياض», «بقصر اليمامة»), or a dateline opening the
    sentence («الرياض - ...»). A capital named otherwise stands for its government
    («أرسلتهم واشنطن», «العلاقات بين الرياض وواشنطن»), a state for what is talked about
    («وحدة العراق»); an envoy's post is no venue («المبعوث الخاص إلى اليمن»)."""
    norms, toks = sent.norms, sent.toks
    last = k + place_len(norms, k) - 1 if k <= DATELINE_WORDS else k  # («أبو ظبي -»)
    # the mark after the city may be glued to the next word («واس - القاهرة :غادر»)
    mark = k <= DATELINE_WORDS and sent.text[toks[last].end:].lstrip()[:1] in _DATELINE_MARKS
    if k <= DATELINE_WORDS and (toks[last].punct or mark) \
            and all(toks[m].punct for m in range(k)) \
            and (mark or "-" in sent.text[:toks[k].start]):
        return True  # a dateline: «الرياض - ...», «واس - القاهرة: ...», «أبو ظبي - ...»
    places = {p[0] for p in sent.places}
    m = k
    while True:
        _n, _entries, clitic = load_gazetteer().match_clitic(norms, m) if m in places \
            else (0, [], "")
        if clitic.endswith("ب"):
            return not _envoy_before(sent, m)
        if _visit_before(sent, m, clitic) or not clitic and _left_place(sent, m):
            return True
        if m == 0 or toks[m - 1].punct:
            return False
        prev = norms[m - 1]
        if prev in VENUE_PREPOSITIONS:
            return not _envoy_before(sent, m - 1) and not _from_no_venue(sent, m - 1)
        if in_words(prev, VENUE_VERBS, "وف"):
            return True  # «تشهد الدوحة اليوم اجتماعا», «واستضافت جدة المحادثات»
        if k - m < 3 and prev.startswith("ال") and prev.endswith(("يه", "ي")) and m >= 2 \
                and not toks[m - 2].punct and _head_noun(norms[m - 2]) is not None:
            m -= 1  # «في العاصمة الإثيوبية أديس أبابا»: the state's adjective
            prev = norms[m - 1]
        head = _head_noun(prev)
        if head == "ب":
            return True  # «بالعاصمة برلين», «بقصر اليمامة»
        if head == "ل":
            return _visit_before(sent, m - 1, "ل")  # «زيارته للعاصمة الروسية موسكو»
        if head == "" or m - 1 in places or (
                k - m < 3 and prev.startswith("ال") and prev.endswith(("يه", "ي"))
                and m - 2 >= 0 and m - 2 in places):
            m -= 1
            if k - m > 4:
                return False
            continue
        return False


_WHERE = words.WHERE_WORDS
WHERE_GAP = 4  # words between «حيث» and the contact it opens


def _where_clause(sent: Sentence, trig: Trigger, places: list) -> tuple[str, str] | None:
    """The place right before «حيث» when the contact opens that clause («سينتقل كيري إلى
    الدوحة حيث سيلتقي نظراءه», «إلى شرم الشيخ حيث»): where it is held, whatever places the
    clause names after."""
    norms = sent.norms
    for k, en, code in places:
        if k + 1 >= trig.i:
            continue
        end = k + place_len(norms, k)  # the word after the place
        if end < trig.i <= end + WHERE_GAP and norms[end] in _WHERE:
            return en, code
    return None


def location_of(sent: Sentence, trig: Trigger, exclude: set) -> tuple[str, str] | None:
    """The place a contact is held in: the place before «حيث» that opens its clause
    (`_where_clause`), else the first place told as a venue after its trigger
    (`_told_as_venue`), else the last one before it. A place named with no locative word is
    what the contact is about or a government's name («أرسلتهم واشنطن»): no venue."""
    places = [p for p in sent.places if p[0] not in exclude and not _no_venue(sent, p[0])
              and (trig.etype == "VISIT" or _told_as_venue(sent, p[0]))]
    there = _where_clause(sent, trig, places)
    if there is not None:
        return there
    after = [p for p in places if p[0] >= trig.j
             and not _onward(sent.norms, trig.j, p[0])
             and not _later_clause_visit(sent, trig.j, p[0])]
    if after:
        return after[0][1], after[0][2]
    before = [p for p in places if p[0] < trig.i]
    return (before[-1][1], before[-1][2]) if before else None


def _bare_word(word: str) -> str:
    """A word without a proclitic و/ف/ل/ب («لمحاربة» -> «محاربة»)."""
    return word[1:] if len(word) > 3 and word[0] in "وفلب" else word


def _fought(sent: Sentence, a: Actor) -> bool:
    """Whether an armed group is the target of a fight right before it (grammar.yaml
    fight_words, war_nouns): «الجهود المبذولة لمحاربة داعش», «الحرب على الإرهاب» — what a
    contact is about, no party to it."""
    if a.role != "group" or a.i < 1:
        return False
    norms = sent.norms
    prev = norms[a.i - 1]
    if prev in FIGHT_WORDS or _bare_word(prev) in FIGHT_WORDS:
        return True
    if prev in ("مع", "من") and a.i >= 2 and not a.clitic:
        # «ستخوض معركتها مع داعش», «وتواجه تهديدا متزايدا من تنظيم داعش»: the enemy of a
        # fight or a threat (an adjective may follow the noun)
        return any(_fight_noun(norms[k]) for k in range(max(0, a.i - 3), a.i - 1))
    return (prev == "علي" and a.i >= 2
            and (norms[a.i - 2] in WAR_NOUNS or _bare_word(norms[a.i - 2]) in WAR_NOUNS))


def _fight_noun(word: str) -> bool:
    """Whether a word is a noun of fighting or threat (grammar.yaml fight_with_stems), with
    a proclitic, the article or a possessive pronoun («معركتها», «والمواجهات», «بالقتال»)."""
    word = _bare_word(word)
    word = word[1:] if len(word) > 3 and word[0] == "ك" else word
    word = word[2:] if word.startswith("ال") else word
    return word.startswith(FIGHT_WITH_STEMS)


_HE_IS = words.HE_IS_WORDS


def _described(sent: Sentence, a: Actor) -> bool:
    """«الرئيس التشادي إدريس ديبي -وهو الرئيس الدوري للاتحاد الأفريقي- ...»: an office told
    after «وهو/وهي» right behind an actor describes that actor, it names no one else."""
    k = a.i - 1
    if k < 1 or sent.norms[k].strip("-–—(") not in _HE_IS:
        return False
    return any(b.j in (k, k - 1) and b is not a for b in sent.actors)


def _spokesman(sent: Sentence, a: Actor) -> bool:
    """Whether the actor is a spokesman who tells of a contact («وأشار المتحدث الرئاسي إلى أنه
    جرت جلسة مباحثات ...», «إلا أن المتحدث باسم الرئيس الأفغاني قال إن المحادثات ...»): a
    spokesman's title with a verb of saying right before it or within a few words after it.
    He speaks for his principal and is no party to the contacts he reports."""
    norms = sent.norms
    if norms[a.i].removeprefix("و") not in _SPOKESMEN:
        # his name or rank in apposition right after the title («المتحدث الرسمي باسم الرئاسة
        # المصرية السفير علاء يوسف») is the same spokesman
        title = next((b for b in sent.actors if b.j == a.i), None)
        if title is None:
            return _after_spokesman_title(sent, a)
        return (not norms[a.i].startswith("و")
                and norms[title.i].removeprefix("و") in _SPOKESMEN and _spokesman(sent, title))
    if a.i > 0 and norms[a.i - 1] in SAYING_VERBS:
        return True
    return any(t in SAYING_VERBS for t in norms[a.j:a.j + 6])


SPOKESMAN_TITLE_REACH = 6  # words of a spokesman's title no actor was made of («الناطق الرسمي
# باسم الرئاسة المصرية») before his name or rank


# the words that go on with a spokesman's title («المتحدث باسم», «الناطق الرسمي»)
_SPOKESMAN_TITLE_NEXT = words.SPOKESMAN_TITLE_NEXT
# «قال المتحدث إن/بأنه ...»: the clause of what he says opens; who is named after it is spoken of
_SPOKESMAN_THAT = words.SPOKESMAN_THAT


def _after_spokesman_title(sent: Sentence, a: Actor) -> bool:
    """Whether the actor is the name or rank in apposition after a spokesman's title that is
    no actor of its own («وصرح الناطق الرسمي باسم الرئاسة المصرية السفير علاء يوسف بأن ...»):
    the title within SPOKESMAN_TITLE_REACH words before him, nobody and no punctuation between,
    and a verb of saying right before the title or within a few words after him."""
    norms = sent.norms
    if norms[a.i].startswith("و"):
        return False
    k = next((k for k in range(a.i - 1, max(a.i - SPOKESMAN_TITLE_REACH - 1, -1), -1)
              if norms[k].removeprefix("و") in _SPOKESMEN), None)
    if k is None or norms[k + 1] not in _SPOKESMAN_TITLE_NEXT \
            or any(sent.toks[m].punct or norms[m] in _SPOKESMAN_THAT for m in range(k, a.i)) \
            or any(b is not a and k <= b.i < a.i for b in sent.actors):
        return False  # «قال المتحدث إن المبعوث سيزور»: the one he speaks of
    return k > 0 and norms[k - 1] in SAYING_VERBS \
        or any(t in SAYING_VERBS for t in norms[a.j:a.j + 6])




def _greeted(sent: Sentence, a: Actor) -> bool:
    """«وطلب نقل تحياته وتقديره للملك X», «حمله تحياته إلى X»: the one greetings are to be taken
    to is not there, no counterpart of the meeting («سلم الرسالة لخادم الحرمين الشريفين»: the
    one a letter is handed to is)."""
    norms = sent.norms
    if all(a is not b for b in sent.actors):
        return False  # an actor of another sentence (the guest named before)
    if a.clitic.endswith("ل"):
        return _greetings_sent_to(norms, a.i)
    return a.i > 0 and norms[a.i - 1] == "الي" and _greetings_sent_to(norms, a.i - 1)


def _greetings_sent_to(norms: list[str], k: int) -> bool:
    """Whether the words before token k ask someone to take greetings on («وطلب نقل تحياته
    وتقديره ل», «حمله تحياته إلى»): a verb of asking or entrusting, then (نقل) the greetings
    noun and at most three more words («وتقديره»)."""
    for m in range(max(0, k - 4), k):
        if norms[m] in _GREETINGS:
            before = norms[max(0, m - 2):m]
            return any(t in _TAKE_GREETINGS for t in before)
    return False


MESSAGE_LINK_WORDS = 4  # words at most between a message noun and «من» + its sender


def _lineage_or_punct(sent: Sentence, a: int, b: int) -> bool:
    """Whether tokens a..b-1 are only the rest of a name's lineage the mention before them left
    out (`_after_lineage`: «بن» or «بنت» and the father's name, written in one word or two:
    «بن عبد العزيز»; «آل» and the family's), with no punctuation inside it, and words followed
    by punctuation («الملك سلمان بن عبدالعزيز، والأمير ...»)."""
    words = sent.norms[a:b]
    lineage = len(words) - len(_after_lineage(words))
    return not any(sent.toks[m].punct for m in range(a, a + lineage - 1)) and all(
        sent.toks[m].punct for m in range(a + lineage, b))


_MESSAGE_BETWEEN = MESSAGE_ADJECTIVES | MESSAGE_LINKS


def _sender(sent: Sentence, a: Actor) -> bool:
    """Whether the actor is the sender of a message handed over («رسالة خطية من فخامة الرئيس
    X», «تحيات أخيه الملك Y»), or one more sender joined to him by و («تحيات خادم الحرمين
    الشريفين، وولي العهد»): no party to the meeting where it is delivered."""
    norms = sent.norms
    if a.clitic.endswith("ل"):
        return False  # «سلم الرسالة لخادم الحرمين الشريفين»: the one it is handed to
    skip = _adverbial_toks(sent)
    k = a.i - 1
    while k >= 0 and k in skip:
        k -= 1
    if k >= 0 and norms[k] in MESSAGE_NOUNS:
        return True  # «تحيات الرئيس»
    if a.clitic.startswith("و"):
        # «نقل تحيات خادم الحرمين الشريفين، وولي العهد»: a sender joined by و to the sender
        # right before him is one of the senders too
        joined = next((b for b in reversed(sent.actors) if b.j <= a.i), None)
        if joined is not None and _lineage_or_punct(sent, joined.j, a.i) \
                and _sender(sent, joined):
            return True
    if k < 1 or norms[k] != "من":
        return False
    k -= 1
    for _ in range(MESSAGE_LINK_WORDS):
        # «رسالة خطية من», «رسالة دعوة خطية موجهة إليه من»: its kind, adjectives, addressee
        if k == 0 or norms[k] not in _MESSAGE_BETWEEN:
            break
        k -= 1
    return norms[k] in MESSAGE_NOUNS


# «أنه/إنه/بأنه» (that he/she, grammar.yaml's that_he) right before a verb: its subject is
# the pronoun. Here also with و or ل before the forms without ب («وأنه», «لأنه»).
_THAT_HE = THAT_HE | {p + w for w in THAT_HE if not w.startswith("ب") for p in "ول"}


def _pronoun_speaker(sent: Sentence, trig: Trigger, named: Actor,
                     before: list[Actor]) -> Actor | None:
    """Who the subject pronoun of «أنه» + verb stands for when the nearest actor before it is
    `named`: `named` itself when it is the sentence's first actor and no object (a preposition
    or و before it), else that first actor when it is no object; None when the sentence opens
    on an object (the speaker is not named in the sentence). `named` unchanged when it is not
    the nearest actor before the verb (`before[-1]`) or no «أنه» stands right before the verb.

    Used where the subject would otherwise be the nearest actor before the verb, whatever
    comes before «أنه» (`_THAT_HE`, with «وأنه», «لأنه»). `_said_that_subject` is the narrower
    rule for «أنه» right after a participle or verb of saying in a sentence that opens on a
    verb of saying; it overrides the subject chosen by any branch, this one included."""
    if named is not before[-1] or sent.norms[trig.i - 1] not in _THAT_HE:
        return named
    first = sent.actors[0] if sent.actors else None
    if first is None or _marked_object(sent, first) or first.clitic.startswith("و") \
            and first.i > 0:
        return None
    if first is named:
        return named
    return first if first.j <= named.i and (
        _marked_object(sent, named) or named.clitic.startswith("و")) else named


# prepositions a place adverbial opens with: a state name after one is no verb's subject
_STATE_SUBJECT_NOT_AFTER = words.STATE_SUBJECT_NOT_AFTER


def _state_subject(sent: Sentence, trig: Trigger, first_after: Actor) -> bool:
    """Whether a bare state's name with no clitic stands between a contact verb and the first
    actor after it, with only adverbials before it («تستقبل مصر نائب رئيس وزراء المجر، ونائب
    ...»): the state is the verb's subject and the actors after it its objects, none of them
    the subject (they do not meet one another)."""
    adverbials, norms = _adverbial_toks(sent), sent.norms
    for c0, c1, _code in sent.countries:
        if not (trig.j <= c0 and c1 <= first_after.i):
            continue
        if any(k not in adverbials for k in range(trig.j, c0)) \
                or c0 > trig.j and norms[c0 - 1] in _STATE_SUBJECT_NOT_AFTER:
            return False  # «التقى في تونس X»: a place, not a subject
        n, _entries, clitic = load_gazetteer().match_clitic(norms, c0)
        return n == c1 - c0 and not clitic
    return False


# the numbers of words of grammar.yaml clause_openers' and proviso_words' entries: each is
# matched whole, whatever its length
_CLAUSE_OPENER_LENGTHS = tuple(sorted({len(w.split()) for w in CLAUSE_OPENERS}))
_PROVISO_LENGTHS = tuple(sorted({len(w.split()) for w in PROVISO_WORDS}))


def _clause_opener_at(sent: Sentence, v: int) -> int | None:
    """The index of the first word of the clause opener (grammar.yaml clause_openers: «فيما»,
    «على أن», of any length) right before the verb at v, itself after a comma; None when the
    verb opens no second clause of its sentence."""
    norms, toks = sent.norms, sent.toks
    return next((v - n for n in _CLAUSE_OPENER_LENGTHS
                 if v > n and " ".join(norms[v - n:v]) in CLAUSE_OPENERS and toks[v - n - 1].punct),
                None)


def _opened_clause(sent: Sentence, v: int) -> bool:
    """Whether the verb at v opens a second clause of its sentence: a clause opener
    (_clause_opener_at) right before it, itself after a comma."""
    return _clause_opener_at(sent, v) is not None


def _later_clause_visit(sent: Sentence, start: int, k: int) -> bool:
    """Whether the place at k is the one a later clause visits: a verb of visiting or heading
    between start and it that opens a clause of its own after a comma (و on it, كما/ثم or a
    clause opener before it): «التقى X أمس Y، فيما يزور غدا الدوحة» did not meet in Doha."""
    norms = sent.norms
    for m in range(start, k):
        word = norms[m]
        stem = without_conjunction(word)
        if (_verb_of(stem, VISIT_VERBS | HEAD_VERBS) or _onward_verb(word)) and (
                _coordinated_at(sent, m) or _opened_clause(sent, m)):
            return True
    return False


def _opened_clause_visitor(sent: Sentence, trig: Trigger, out: list[Candidate]) -> Actor | None:
    """The visitor of a visit verb that opens a second clause with nobody named in it
    («التقى X أمس نظيره Y، فيما يزور غدا الدوحة», «...، على أن يزور غدا الدوحة»): the
    first party of the sentence's last contact told before it, not that contact's object
    (the nearest actor). None when the clause names anyone (its own subject: «فيما يزور
    وزير الخارجية القطري الرياض») or the sentence tells no contact before it."""
    if trig.etype != "VISIT" or trig.tense not in ("past", "present") \
            or not _opened_clause(sent, trig.i):
        return None
    end = next((n for n in range(trig.i, len(sent.norms)) if sent.toks[n].punct),
               len(sent.norms))
    if any(trig.j <= a.i <= end for a in sent.actors):
        return None
    earlier = [c for c in out if c.sentence is sent and c.actor1 is not None
               and any(a is c.actor1 for a in sent.actors) and c.actor1.j <= trig.i
               and c.trig is not None and c.trig.j <= trig.i]
    return earlier[-1].actor1 if earlier else None


def _after_proviso(norms: list[str], i: int) -> bool:
    """Whether a phrase of grammar.yaml proviso_words («على أن») ends right before token i."""
    return any(" ".join(norms[i - n:i]) in PROVISO_WORDS for n in _PROVISO_LENGTHS if i >= n)


def _proviso_subject(sent: Sentence, trig: Trigger, out: list[Candidate]) -> Actor | None:
    """The subject of a verb «على أن» opens («X وصل إلى الدوحة للقاء Y، على أن يلتقي لاحقا
    بنظيريه»: provided that he meets): the subject of the clause it hangs on, the first party of
    the sentence's last contact told before it, not the nearest actor (Y is that contact's
    object). None when the verb is no such clause or the sentence tells no contact before it."""
    if trig.tense not in ("past", "present"):
        return None
    norms = sent.norms
    if not _after_proviso(norms, trig.i):
        return None
    earlier = [c for c in out if c.sentence is sent and c.actor1 is not None
               and any(a is c.actor1 for a in sent.actors) and c.actor1.j <= trig.i
               and (c.trig is None or c.trig.j <= trig.i)]
    return earlier[-1].actor1 if earlier else None


def _sentence_events(sent: Sentence, prev: Sentence | None, next_sent: Sentence | None,
                     published: date | None, doc_cancel: bool, inherited: Actor | None,
                     sdate, visitor: Actor | None = None,
                     talks: tuple[Actor, Actor] | None = None,
                     earlier: tuple = ()) -> list[Candidate]:
    """The rule frames' candidates of one sentence. inherited: the actor the last sentence
    that named one opens on; visitor: the visitor of a visit the two sentences before told;
    talks: the two sides of the talks the article told last (_round_of_told_talks); earlier:
    the story's sentences before `prev` with their days, nearest first (a gathering named
    back's place and day)."""
    triggers, lights, cues = find_triggers(sent)
    sent.trigger_toks = {k for t in triggers for k in range(t.i, t.j)}
    occupied = sent.actor_toks()
    occupied.update(p[0] for p in sent.places)
    out: list[Candidate] = _reception(sent, prev, triggers, lights, cues, doc_cancel,
                                      occupied, sdate)
    out.extend(_occasion(sent, prev, triggers, lights, cues, doc_cancel, occupied, sdate))
    out.extend(_visit_gathering(sent, triggers, lights, cues, doc_cancel, occupied, sdate))
    out.extend(_handed_letter(sent, triggers, lights, cues, doc_cancel, occupied, sdate))
    out.extend(_co_chairs(sent, triggers, lights, cues, doc_cancel, occupied, sdate))
    if not triggers:  # the frames below are the triggers' (a sentence without one skips
        # them), but a tour's next stop may be told by a verb that is no trigger («سينتقل»)
        return _with_tour_stop(out, sent, triggers, lights, cues, doc_cancel, occupied, sdate,
                             visitor, inherited)
    norms = sent.norms
    actors = [a for a in sent.actors if not _sender(sent, a) and not _fought(sent, a)
              and not _spokesman(sent, a) and not _described(sent, a)]
    touring = None  # the visitor of the sentence's last visit so far (its next stop's subject)
    touring_at = -1  # the token of that visit's trigger
    told_visits: list[tuple[int, Actor]] = []  # (trigger token, visitor) of its visits so far
    for t_idx, trig in enumerate(triggers):
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        trig_text = trigger_text(sent, trig)
        before = [a for a in actors if a.j <= trig.i and trig.i - a.j <= 8
                  and not any(t in BEFORE_STOP for t in norms[a.j:trig.i])
                  and not _DASH_GAP.search(_closed_asides(sent.text[
                      sent.toks[a.j - 1].end:sent.toks[trig.i].start]))]
        if trig.tense == "noun" and trig.i > 0 and norms[trig.i - 1] in SPEECH_VERBS:
            # «وفي رسالة إلى الكونغرس الأمريكي، شدد اجتماع وزراء خارجية الاتحاد الأوروبي على
            # ...»: the noun is the subject of the verb of saying right before it, its parties
            # its genitive; no actor before that verb takes part
            before = []
        after = [a for a in actors if a.i >= trig.j]
        if (not before and touring is not None and touring.j <= trig.i
                and trig.etype in ("MEET", "DISCUSS", "NEGOTIATE")
                and held_during_it(sent, trig, lights) is not None):
            # «وصل X يوم ... إلى طهران في زيارة لمدة يوم يلتقي خلالها مع Y»: the relative clause
            # on the visit («خلالها»: during it) has the visitor for subject, however far back
            before = [touring]
        min([t.i for t in triggers[t_idx + 1:]] or [len(norms)])
        raw_end = sent.text[sent.toks[trig.j - 1].start:sent.toks[trig.j - 1].end]
        pronoun = trig.tense == "noun" and _PRONOUN_END.search(raw_end) is not None
        if pronoun and _SINGULAR_PRONOUN_END.search(raw_end) \
                and unnamed_owner(sent, trig, prev):
            continue  # «وقال كارتر ... خلال زيارته»: his own, and he is no actor (whose.py)
        conference = conference_talks(sent, trig, out)
        if conference is not None:
            # the talks a press conference of the same two closed: their contact, on the
            # conference's day and with its status
            out.append(Candidate(trig.etype, conference.status, conference.actor1,
                                 conference.actor2, sent, trig_text, conference.date,
                                 conference.precision, conference.location, trig=trig,
                                 frame="conference"))
            continue
        subject, rest_from = None, trig.j
        relative_subj = None
        over = False  # the subject _carried_over, on the same occasion as the last sentence
        verb_like = trig.tense in ("past", "present")
        first_after = after[0] if after else None
        close_after = first_after is not None and (
            first_after.i - trig.j <= 3 or _fronted_setting(sent, trig, first_after, before))
        if trig.etype == "VISIT":
            status = _visit_status(sent, trig, triggers, lights, cues, status, doc_cancel,
                                   occupied)
            opened = _opened_clause_visitor(sent, trig, out)
            if opened is not None:
                before = [opened]  # «...، فيما يزور غدا الدوحة»: the sentence's subject
            legs = _visit(sent, trig, status, trig_text, before, after, inherited, sdate,
                          pronoun, verb_like, close_after, cues, next_sent, prev,
                          touring or _still_touring(visitor, inherited), earlier)
            if legs:
                touring, touring_at = legs[0].actor1, trig.i
                told_visits.append((trig.i, legs[0].actor1))
            out.extend(legs)
            continue
        if trig.etype == "RETURN":
            out.extend(_return(sent, trig, status, trig_text, before, after, sdate))
            continue
        if trig.etype == "MEDIATE":
            out.extend(_mediate(sent, trig, status, trig_text, before, after, sdate))
            continue
        with_pron = _with_pronoun_pair(sent, trig, actors, inherited, lights) \
            if not trig.obj_pronoun else None
        if with_pron is not None:
            # «وأجرى معه رئيس الحكومة محادثات», «واجتمع به الرئيس»: the one met is the
            # pronoun's antecedent, the subject is named after the pronoun
            a1, a2 = with_pron
            out.append(Candidate(trig.etype, status, a1, a2, sent, trig_text, sdate[0],
                                 sdate[1], location_of(sent, trig, set()), trig=trig,
                                 frame="object"))
            continue
        if trig.obj_pronoun:
            pair = _object_pronoun_pair(sent, trig, actors, inherited)
            if pair is not None:
                a1, a2 = pair
                if a1.counterpart and not a1.titled:
                    a1 = dataclasses.replace(a1, role=a2.role)
                out.append(Candidate(trig.etype, status, a1, a2, sent, trig_text, sdate[0],
                                     sdate[1], location_of(sent, trig, set()), trig=trig,
                                     frame="object"))
            continue
        # «(وتلقى) اتصالا هاتفيا من A»: the caller after من is the object of a call noun
        from_caller = trig.tense == "noun" and trig.etype == "CALL"
        marked = close_after and (
            any(t == "مع" or t.startswith("ب") and t[1:] in HONORIFIC_OBJECTS
                or t in DURING or from_caller and t == "من"
                for t in norms[trig.j:first_after.i])
            or first_after.clitic.endswith(("ب", "ل")) or norms[first_after.i].startswith("مع")
            or _during_the_visit_at(norms, trig.j, first_after.i))
        # «إن X سيلتقي Y»: a mention that أن/إن opens, right before the verb, is its subject;
        # the actor after the verb is then its object, not a subject of the verb (VSO)
        topic = bool(before) and before[-1].j == trig.i and before[-1].i > 0 \
            and norms[before[-1].i - 1] in _THAT
        vso = close_after and not marked
        carried = _carried_subject(sent, trig, triggers, lights)
        if carried is not None and verb_like and _own_vso_pair(sent, trig, after):
            carried = None  # «، كما التقى B C»: the verb names its own subject and object
        if carried is not None and first_after is not None and carried.key != first_after.key:
            subject = carried  # "وبدأ A زيارة إلى X، والتقى B": A is the subject, B the object
        elif (verb_like and marked and not before and inherited is not None
              and not any(a.j <= trig.i for a in actors)
              and not _DIGIT.match(norms[0])  # a list item («4- ...»): its own subject
              and not _visit_told_by_another(sent, trig, first_after, visitor, inherited)):
            subject = inherited  # «التقى خلالها بفخامة الرئيس»: the subject is the topic's
        elif (verb_like and not close_after and not before and inherited is not None
              and not any(a.j <= trig.i for a in actors)
              and _adverbials_to_with(sent, trig, first_after)
              and not _DIGIT.match(norms[0])
              and not _visit_told_by_another(sent, trig, first_after, visitor, inherited)):
            # «وكان قد التقى أمس في الرباط مع Y», «أن يلتقي غدا الأربعاء في قصر المرادية مع
            # Y»: a verb with no subject of its own, time and place words between it and
            # «مع»: the subject the last sentence named goes on
            subject = inherited
        elif (marked and not before and inherited is not None
              and not any(a.j <= trig.i for a in actors) and _opening_light(sent, trig, lights)):
            # «وصل X إلى الرياض. وأجرى مباحثات مع Y»: a sentence opening on a light verb and
            # its noun names no subject; the last sentence that named one gives it
            subject = inherited
        elif (verb_like and vso and not before and not any(a.j <= trig.i for a in actors)
              and _carried_over(sent, prev, trig, after, inherited)):
            # «استقبل X نظيره Y. كما التقى وزير الدفاع Z»: a sentence opening on a contact
            # verb with no subject of its own goes on with the last sentence's subject
            subject = inherited
            over = not any(in_words(t, ("كان", "كانت"), "و") for t in norms[:trig.i])
        elif vso and not before and _visit_object(sent, trig, first_after, visitor, inherited,
                                                  actors):
            subject = visitor  # «وصل X إلى بغداد ... وسيلتقي أيضا رئيس الوزراء»: X meets him
        elif verb_like and _relative_subject(sent, trig, before) is not None:
            subject = relative_subj = before[-1]  # «الملك X الذي استقبل Y»: X receives Y
        elif verb_like and vso and _state_subject(sent, trig, first_after):
            continue  # «استقبلت تونس أمس X وY»: the state is the subject, X and Y its guests
        elif verb_like and close_after and (vso or not before):
            subject, rest_from = first_after, _after_relative(sent, first_after.j)
        elif before:
            # «تحدث A مع B ... كما تحدث مع C»: B is the earlier verb's object, A the subject
            subject = (_earlier_subject(sent, before[-1], triggers, reach=6) if verb_like
                       and marked else None) or before[-1]
            if verb_like and marked and subject is before[-1]:
                # «التقى X اليوم مع Y في الرباط، ومن المقرر أن يلتقي غدا مع Z»: Y, the «مع»
                # object of the contact before, is no subject of this one; X (or the
                # subject the last sentence named, for «وبعد لقائه مع Y») goes on
                owner = _with_object_owner(sent, before[-1], triggers, inherited)
                if owner is False:
                    continue
                if owner is not None:
                    subject = owner
            if trig.purpose and _prep_object(before[-1]) and subject is before[-1]:
                # «أنه اتصل بالرئيس المصري وتحول للجزائر للقاء Y»: the earlier verb's object
                # does not go to meet Y; its subject, unnamed here, does
                subject = _earlier_subject(sent, before[-1], triggers, reach=6)
                if subject is None:
                    continue
            if (subject is before[-1] and not verb_like
                    and _object_of_earlier_contact(sent, trig, triggers, lights, before[-1])):
                # «أجرى X اتصالا هاتفيا بـY وتلقى اتصالا من Z»: Y, the object of the contact
                # before, did not call Z; X did (a chronicle that leaves X out: no event)
                subject = _earlier_contact_subject(sent, trig, triggers, lights, before[-1])
                if subject is None:
                    continue
            if verb_like:
                # «بحث X مع نظيره Y ...، مشيرا إلى أنه التقى Z»: the pronoun is the verb's
                # subject, the speaker (the sentence's first, unmarked actor), not Y
                subject = _pronoun_speaker(sent, trig, subject, before)
                if subject is None:
                    continue
        elif pronoun and _speaker_owner(sent, trig) is not None:
            subject = _speaker_owner(sent, trig)  # «وأضاف X أن ... اجتماعه المقرر مع Y»
        elif pronoun and inherited is not None and not _bare_state_owner(sent, trig) \
                and not _own_named_subject(sent, trig, inherited):
            subject = inherited  # (not «وكانت إيران قد عقدت ... على هامش مفاوضاتها»: Iran's)
        elif first_after is not None and (first_after.i - trig.j <= 3):
            subject, rest_from = first_after, first_after.j
        if (subject is not None and before and subject is before[-1]
                and (_reported_genitive(sent, trig, before[-1], first_after, pronoun)
                     or _after_contact_genitive(sent, trig, first_after, pronoun)
                     or _arrival_genitive(sent, trig, first_after))):
            # «أوضح X أن لقاء A مع B ...»: X reports the meeting; the noun's own genitive A
            # is its subject, B its counterpart
            subject, rest_from = first_after, _after_relative(sent, first_after.j)
        if verb_like and touring is None and "حيث" in norms[:trig.i]:
            # a next stop told by a verb that is no trigger («ومن مصر، سينتقل إلى الدوحة»)
            stop = _tour_stop(sent, triggers, lights, cues, doc_cancel, occupied, sdate,
                              visitor, inherited)
            if stop:
                touring, touring_at = stop[0].actor1, stop[0].trig.i
        where = _where_visitor(sent, trig, touring, touring_at, after) \
            if verb_like else _where_light_visitor(sent, trig, lights, touring, touring_at, after)
        if where is not None:
            subject, rest_from = where, trig.j  # «ثم يتوجه إلى القاهرة حيث يلتقي Y»: the traveller
        said = _said_that_subject(sent, trig, actors) if carried is None else None
        if said is not None and first_after is not None and not _same(said, first_after):
            subject, rest_from = said, trig.j  # «وقال X ...، مشيرا إلى أنه التقى Y»
        speaker = _setting_speaker(sent, trig, triggers, actors)
        if speaker is None and inherited is not None and _dropped_speaker(sent, trig, actors):
            speaker = inherited  # «وأشار في مؤتمر صحفي في موسكو مع Y»: the one told of before
        if speaker is not None:
            subject, rest_from = speaker, trig.j  # «أعلن X أن ...، خلال لقاء مع Y»
        light_subj = _light_verb_subject(sent, trig, triggers, lights) \
            if trig.tense == "noun" and carried is None else None
        if light_subj is not None and (not before or before[-1].i >= light_subj.i):
            subject, rest_from = light_subj, trig.j  # «عقد X – حفظه الله – اجتماعا مع Y»
        purpose_subj = _purpose_subject(sent, trig, triggers, lights, inherited) \
            if light_subj is None and carried is None else None
        if purpose_subj is not None and first_after is not None and (
                first_after.i - trig.j <= 3) and not _same(purpose_subj, first_after):
            subject, rest_from = purpose_subj, trig.j  # «توجه إلى برلين للقاء ميركل»
        proviso = _proviso_subject(sent, trig, out)
        if proviso is not None:
            subject, rest_from = proviso, trig.j  # «..., على أن يلتقي لاحقا بـZ»
        programme = _programme_visitor(sent, trig, visitor) \
            if trig.etype in ("MEET", "DISCUSS") else None
        if programme is None and trig.etype in ("MEET", "DISCUSS") \
                and _told_contacts_include(sent, trig, actors):
            # «وصرح المتحدث بأن تلك اللقاءات شملت اجتماعا مع Y»: the contacts told before,
            # whose subject the last sentence named
            programme = inherited
        if programme is not None:
            # «ويتضمن برنامج الزيارة لقاء مع X وY»: the visitor meets X and Y
            subject, rest_from = programme, trig.j
        doer = _relative_doer(sent, trig, after)
        if doer is not None:
            subject, rest_from = doer, doer.j  # «اللقاءات التي قام بها X مع Y»
        participants = between_participants(sent, trig, triggers, inherited, prev, talks) \
            if doer is None else []
        if participants:
            subject, rest_from = participants[0], participants[0].j  # «لقاء جرى بين A وB»
        elif doer is None and _between_unnamed(sent, trig, triggers):
            continue  # «اجتماع جرى بين السفير A وقيادات حزب»: its parties, not actors before
        elif (subject is first_after and first_after is not None and not verb_like
              and trig.etype != "NEGOTIATE" and _topic_between(norms, trig.j, first_after.i)):
            # «وتخلل اللقاء إمضاء اتفاق بين حكومة A وحكومة B»: the agreement's parties, not the
            # meeting's (talks on an agreement are its parties': «مفاوضات اتفاقية ... بين A وB»)
            continue
        duo = _dual_subjects(sent, prev, trig, lights) \
            if (verb_like or trig.tense == "noun") and not before else []
        if duo:
            # «اجتمع الدبلوماسيان مع X», «وعقد الجانبان جلسة مباحثات مع X»
            subject, rest_from = duo[0], trig.j + (1 if verb_like else 0)
        if subject is None and trig.etype == "NEGOTIATE":
            pair = _conflict_parties(sent, trig)
            if pair:
                subject = pair[0]
        bloc = subject if subject is not None else first_after
        if bloc is not None and bloc.bloc and not before:
            # «ستبدأ محادثات مع دائنيها»: the owner of a possessed bloc is the other side
            owner = next((a for a in actors if a.bare and (a.i, a.j) == (bloc.i, bloc.j)), None)
            if owner is not None:
                subject, rest_from = owner, trig.j
        host = _reception_host(sent, trig, first_after) \
            if not participants and doer is None else None
        if host is not None:
            subject, rest_from = host[0], host[0].j  # «خلال استقبال A لـB», «لدى استقبال A له»
        elif _bare_reception(norms, trig) and (
                trig.i == 0 or norms[trig.i - 1] not in SETTING_WORDS):
            continue  # «وكان في استقبال A»: the reception committee (_reception), not a host
        if subject is None:
            if talks is not None and _round_of_told_talks(sent, trig, actors):
                # «وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام اليوم، إلا أن ...
                # أرجأتها»: a round of the talks told before, with its own status and day
                out.append(Candidate(trig.etype, status, talks[0], talks[1], sent, trig_text,
                                     sdate[0], sdate[1], location_of(sent, trig, set()),
                                     trig=trig, frame="round"))
            continue
        if before and subject is before[-1] and _from_object(norms, subject) \
                and not participants and host is None:
            # «يتوجه زعيم الحزب، المقرب من الرئيس التركي، إلى بروكسل للاجتماع مع Y»: the one
            # after «من» is no subject; the subject is no actor we know
            continue
        if participants:
            counterparts = [a for a in participants[1:] if not _same(a, subject)]
        elif host is not None:
            guest = host[1] or (before[-1] if before else None)
            counterparts = [guest] if guest is not None and not _same(guest, subject) else []
        else:
            if trig.etype == "PRESS_CONFERENCE" and rest_from == trig.j:
                rest_from = _after_talks_word(sent, trig)
            counterparts = [a for a in _chain(sent, actors, rest_from, len(norms))
                            if not _same(a, subject)]
            # «لقاءات X في طهران لقاءات من المقرر عقدها بين A وB»: a later contact noun's
            # «بين» list names its own parties, not this one's counterparts
            later = [a for t in triggers if trig.j <= t.i and counterparts
                     and t.i < counterparts[-1].i
                     for a in between_participants(sent, t, triggers, inherited, prev)]
            counterparts = [a for a in counterparts if not any(a is b for b in later)]
        counterparts = [a for a in counterparts if not a.entourage and not _greeted(sent, a)]
        if (verb_like and subject is first_after and not vso and _prep_object(subject)
                and counterparts and any(k in sent.trigger_toks
                                         for k in range(subject.j, counterparts[0].i))):
            # «أنه اتصل بالرئيس المصري وتحول للجزائر للقاء Y»: the verb's object is no subject
            # of it unless its subject follows it (VOS: «والتقى بالرئيس X وزير الخارجية Y»);
            # Y, after another contact word, is that word's object, not this verb's subject
            counterparts = []
        if (verb_like and subject is first_after and counterparts
                and _coordinated_verb_between(sent, triggers, lights, subject.j,
                                              counterparts[0].i)):
            # «استقبل X، وأجرى اتصالا هاتفيا بـY»: Y is the later coordinated verb's object
            # (in a chronicle whose subject is left out, X is the reception's guest)
            counterparts = []
        if (not verb_like and subject is first_after and _marked_object(sent, subject)
                and counterparts and _joined_contact_between(sent, trig, triggers, lights,
                                                             subject.j, counterparts[0].i)):
            # «أجرى اتصالا هاتفيا بـY وتلقى اتصالا من Z», «عقد مباحثات مع Y، وتلقى اتصالا
            # من Z»: Z is the later contact's, joined by و, not a counterpart of Y, the object
            counterparts = []
        if (subject is first_after and counterparts and not before
                and _co_objects(sent, trig, subject, counterparts[0])):
            # «أجرى اتصالا هاتفيا بالرئيس A، وبالرئيس B», «وتلقى اتصالا من A، وآخر من B»,
            # «واستقبل A وB»: two objects of one verb whose subject is left out, not a pair
            counterparts = []
        if subject is relative_subj and counterparts:
            # the relative clause's object and the actors joined right to it, not a later
            # clause's («الذي استقبل Y حمله تحياته لـZ»)
            kept = counterparts[:1]
            for a in counterparts[1:]:
                if a.i - kept[-1].j > 1:
                    break
                kept.append(a)
            counterparts = kept
        named = _apposition_name(sent, subject, actors)
        if named is not None:
            # «استعرض ولي عهد أبوظبي نائب القائد الأعلى ... الشيخ محمد بن زايد وB»: the
            # title and the name after it are one subject
            if subject is first_after:
                first_after = named
            subject = named
            counterparts = [a for a in counterparts if a.i >= named.j]
        if (not counterparts and subject is first_after and verb_like and not before
                and trig.etype in ("MEET", "DISCUSS")):
            obj = _apposition_object(sent, subject, actors, trig.etype == "DISCUSS")
            if obj is not None:
                # «استقبل X المشرف العام على ... د. Y أمس Z»: Z, and those listed with him
                # («... Z، وسفير فنلندا، وسفير الدنمارك»: one event per counterpart)
                counterparts = [a for a in _chain(sent, actors, obj.i, len(norms))
                                if not _same(a, subject)] or [obj]
        counterparts = _setting_counterparts(sent, trig, cues, subject, counterparts)
        # «وبحث الجانبان ...», «واجتمع الطرفان»: with no one else named, the two meet each other
        duo_only = bool(duo) and all(any(a.key == d.key for d in duo) for a in counterparts)
        if duo_only:
            counterparts = [duo[1]]
        co_subjects: list[Actor] = []
        if subject is first_after and not participants:
            kept = _past_co_subjects(sent, subject, counterparts)
            if kept:
                # the co-subjects set aside before the object («اجتمع A وB مع C»)
                co_subjects = [a for a in counterparts if a.i < kept[0].i
                               and all(a is not b for b in kept)]
            counterparts = kept
        members = [a for a in actors if a.grouped and (a.i, a.j) == (subject.i, subject.j)
                   and not a.bloc]
        if before and subject is before[-1] and counterparts and not participants:
            # «وكان A وB قد التقيا مع Y», «إن A وB أجريا اتصالا مع Y»: a dual or plural verb
            # after the subjects joined by و; each of them meets Y
            co_subjects += _dual_verb_co_subjects(sent, trig, lights, subject, actors,
                                                  counterparts[0])
        if (len(members) > 1 and counterparts and subject is first_after and not participants
                and _object_marked(sent, subject.j, counterparts[0])):
            # «التقى الرئيسان المصري والسوداني مع Y»: each member of the group meets Y
            co_subjects += [a for a in members if a is not subject]
        if len(members) > 1 and not counterparts and (
                subject is first_after and not before or subject is light_subj):
            # «اجتمع وزراء خارجية الدول الثلاث»: a group named back meets among itself, and so
            # does one that is a light verb's subject («وعقد وزيرا خارجية البلدين اجتماعا»)
            subject, counterparts, participants = members[0], members[1:], members
        if pronoun and counterparts and not _introduced(sent, trig, counterparts[0]):
            counterparts = []  # «قررت إثر اجتماعها أمس ... في حكومة X»: no counterpart
        if light_subj is subject and not counterparts:
            # «عقد X ونظيره Y اجتماعا»: the light verb's coordinated subjects meet each other
            counterparts = [a for a in _chain(sent, actors, subject.j, trig.i)
                            if not _same(a, subject) and _joined(sent, a)]
        elif light_subj is subject and _object_marked(sent, trig.j, counterparts[0]):
            # «عقد X وY اجتماعا مع Z»: each of the light verb's coordinated subjects meets Z
            co_subjects += [a for a in _chain(sent, actors, subject.j, trig.i)
                            if not _same(a, subject) and _joined(sent, a)]
        if ((not counterparts or topic) and subject is first_after and before
                and first_after.i - trig.j <= 3):
            # a group named back («رؤساء البلدان الثلاثة», groups.py) is one object per member,
            # and so are its members' counterparts named with it («فضلا عن نظرائه فيها»)
            group = [a for a in actors if a.grouped and a.i >= first_after.i]
            if first_after.bloc:  # a bloc (blocs.py): each of its members
                group = [a for a in actors if a.bloc == first_after.bloc
                         and (a.i, a.j) == (first_after.i, first_after.j)]
            if not counterparts and not first_after.grouped and not first_after.bloc:
                # «أن X استقبل A، وB»: the subject before the verb; A and those listed after
                # it by و are all its objects (one event per counterpart)
                counterparts = [a for a in _chain(sent, actors, first_after.j, len(norms))
                                if a.clitic.startswith("و")
                                and not (a.name and a.name == first_after.name)
                                and not a.entourage and not _greeted(sent, a)]
            subject, counterparts = before[-1], group if first_after.grouped \
                or first_after.bloc else [first_after] + counterparts
            # «اتصل X بالرئيس المصري ثم سافر إلى الجزائر حيث التقى Y»: X meets Y, not the
            # prepositional object of the earlier verb
            subject = _earlier_subject(sent, subject, triggers) or subject
            if verb_like and subject is before[-1]:
                owner = _with_object_owner(sent, subject, triggers, inherited)
                if owner is False:
                    continue  # «وبعد لقاء ... مع Y، سيلتقي Z»: Y is the earlier contact's
                if owner is not None:
                    subject = owner
            if verb_like:
                subject = _pronoun_speaker(sent, trig, subject, before)  # «... أنه التقى Z»
                if subject is None:
                    continue
        if trig.etype == "DISCUSS":
            co_subject = verb_like and subject is first_after and _co_subject(
                sent, subject, counterparts)
            if (not co_subject and in_words(norms[trig.i], CO_SUBJECT_VERBS, "وف")
                    and not (verb_like and subject is first_after
                             and _with_right_after(sent, subject, counterparts))):
                continue  # «استعرض X الاتفاق مع دول ...»: a review, with no one
            if not duo_only and not co_subject and not (len(members) > 1
                                                        and participants is members) \
                    and not _dual_discussion(sent, trig, before, subject, counterparts):
                # («وبحث وزيرا خارجية البلدين سبل التعاون»: the group's members with each other)
                gap = norms[rest_from:counterparts[0].i] if counterparts else []
                if not any(g.endswith("مع") or g == "مع" for g in gap):
                    continue
        if trig.adverb and not counterparts:
            listed = _coordinated_objects(sent, before, trig)
            if (len(listed) == 2 and trig.i - listed[-1].j == 1
                    and norms[trig.i - 1] in DUAL_VERBS):
                # «إن A وB تحدثا هاتفيا»: the pair is the dual verb's subject
                subject, counterparts = listed[0], listed[1:]
            elif listed:
                k = actors.index(listed[0])
                earlier = [a for a in actors[:k] if all(a.key != b.key for b in listed)]
                subj = earlier[-1] if earlier else inherited
                if subj is not None:
                    subject, counterparts = subj, listed
        guest_at = trig.j
        while guest_at < len(norms) and norms[guest_at] in _BLESSINGS:
            guest_at += 1  # «خلال استقباله - أيده الله - له»
        if (not counterparts and pronoun and trig.etype == "MEET"
                and norms[trig.i].lstrip("وب").startswith("استقبال")
                and norms[guest_at:guest_at + 1] in (["له"], ["لها"], ["لهما"], ["لهم"])):
            # «سلم المبعوث الرسالة إلى الملك خلال استقباله له»: host and guest are the two
            # parties named before (the guest pronoun له stands for the other one)
            others = [a for a in actors if a.j <= trig.i and not _same(a, subject)]
            counterparts = others[:1]
        opened = _each_of_list(sent, actors, subject, trig) \
            if not counterparts and subject in before and not participants else []
        if opened:
            # «أن كلا من A وB وC سيشاركون في القمة»: every two of them meet there
            subject, counterparts, participants = opened[0], opened[1:], opened
        if not counterparts and subject in before:
            k = actors.index(subject)
            dual = norms[trig.i].endswith(("ان", "ا")) or trig.tense == "noun"
            # (not «قال A إن B ...»: B opens A's reported clause, they are no pair)
            # (nor «تلقى اتصالا من A، واستقبل B، وأجرى اتصالا بـ...»: a contact verb joined by
            # و between A and B makes them the objects of two deeds, not one pair)
            if k > 0 and dual and actors[k - 1].j >= subject.i - 2 \
                    and not any(w in _THAT for w in norms[actors[k - 1].j:subject.i]) \
                    and not any(m in sent.trigger_toks and norms[m].startswith("و")
                                for m in range(actors[k - 1].j, subject.i)) \
                    and not _attendees(sent, actors[k - 1], trig):
                counterparts = [subject]
                subject = actors[k - 1]
        if trig.etype == "PRESS_CONFERENCE" and not (
                participants or _with_counterpart(norms, rest_from, counterparts)
                or _with_counterpart(norms, rest_from, counterparts, _ALONG_WITH)
                or any(t.removeprefix("ال").startswith("مشترك")
                       for t in norms[trig.j:trig.j + 2])):
            # («المؤتمر الصحفي المشترك لـA وB»: the definite adjective, as «مؤتمر صحفي مشترك»)
            continue  # one side speaking to the press is a statement, not a contact
        if trig.etype == "NEGOTIATE":
            # talks need both sides: «بين A وB», two sides of a conflict, or a subject and
            # a counterpart after مع («أجرت اليونان مفاوضات مع الدائنين»)
            pair = _conflict_parties(sent, trig)
            if pair:
                subject, counterparts = pair[0], [pair[1]]
            elif not (duo_only or subject.i > trig.j and "بين" in norms[trig.j:subject.i]
                      or _with_counterpart(norms, rest_from, counterparts)
                      # the two states of an indefinite noun's own tight construction
                      # (blocs.state_pairs: «مفاوضات أمريكية - تركية»); the definite one names
                      # a process more often than talks held («استئناف المفاوضات الفلسطينية
                      # الإسرائيلية»)
                      or subject.pair == trig.i and counterparts
                      and counterparts[0].pair == trig.i
                      and not _definite(norms[trig.i])
                      # both sides the light verb's subject: «عقد الوفدان الأمريكي
                      # والإيراني جولة من المفاوضات»
                      or light_subj is subject and counterparts
                      and all(cp.j <= trig.i for cp in counterparts)):
                continue
        if before and subject is before[-1] and _chronicle_guest(sent, trig, triggers, lights,
                                                                 subject):
            continue  # «استقبل X، وأجرى اتصالا بـY»: X, the guest, made no call
        if counterparts and _co_attendee(norms, trig, counterparts[0]):
            continue  # «كان X يتحدث في اجتماع إقليمي يحضره أيضا Y»: both attend, none meets
        loc = location_of(sent, trig, set())
        phone = trig.etype == "DISCUSS" and phone_near(sent, next_sent)
        frame = ("participants" if participants else "relative" if subject is doer
                 else "light" if subject is light_subj
                 else "purpose" if subject is purpose_subj
                 else "carried" if subject is carried else "inherited" if subject is inherited
                 or subject is programme and all(subject is not a for a in sent.actors)
                 else "before" if subject in before or subject is where else "after")
        listed_with = _listed_earlier(sent, subject, trig, triggers, inherited, prev) \
            if frame == "before" else []
        if listed_with and any(all((a.i, a.j) != (b.i, b.j) for b in listed_with)
                               for a in counterparts):
            # «سبق الاجتماع بين A وB اجتماع ضم C»: B is the earlier noun's participant (a
            # genitive of بين/جمع), not the later noun's subject (the list's own pair stays)
            continue
        if duo:
            frame = "dual"
            if not duo_only:
                counterparts = [a for a in counterparts if all(a.key != d.key for d in duo)]
        pairs = [(subject, cp, frame) for cp in counterparts]
        pairs += [(co, cp, frame) for co in co_subjects for cp in counterparts
                  if not _same(co, subject) and not _same(co, cp)]
        if duo and not duo_only:
            pairs += [(duo[1], cp, frame) for cp in counterparts]
        rank, spans = {}, {}  # a bloc's members are one counterpart of the list
        for cp in counterparts:
            span = spans.setdefault((cp.i, cp.j, cp.bloc) if cp.bloc else id(cp), len(spans))
            rank[id(cp)] = span
        if (participants and not _received_list(sent, trig, participants)
                or not participants and _joint_list(sent, subject, counterparts, trig)) \
                and not _shared_title_list(subject, counterparts):
            # a meeting of a و-joined list (اجتماع بين A وB وC): every two of them meet
            pairs += [(x, y, "joint") for k, x in enumerate(counterparts)
                      for y in counterparts[k + 1:] if x.key[0] != y.key[0]]
        group = [subject] + ([duo[1]] if duo and not duo_only else []) + counterparts
        size = _gathering_size(norms, trig)
        if duo and not duo_only and not size:
            # «وكان الوزيران التقيا ... خلال اجتماع ثلاثي مع نظيرهما X»: the gathering the
            # two of the sentence before met at, with X, is three-sided
            size = next((_SIDES[norms[k]] for k in range(trig.j + 1, min(trig.j + 8, len(norms)))
                         if norms[k] in _SIDES and k - 1 in sent.trigger_toks), 0)
        if size == len({(a.i, a.j, a.bloc) if a.bloc else id(a)
                                                 for a in group}):
            # «سيعقد X اجتماعا ثلاثيا مع نظيريه A وB», «اللقاء الثلاثي الذي يجمع وزراء خارجية
            # A وB وC»: a three-sided meeting of three parties; every two of them meet
            have = {frozenset((id(x), id(y))) for x, y, _how in pairs}
            pairs += [(x, y, "joint") for k, x in enumerate(group) for y in group[k + 1:]
                      if frozenset((id(x), id(y))) not in have and x.key[0] != y.key[0]]
        expanded, done = [], set()
        for a1, a2, how in pairs:
            for x in _bloc_of(actors, a1):
                for y in _bloc_of(actors, a2):
                    if (id(x), id(y)) not in done:
                        done.add((id(x), id(y)))
                        expanded.append((x, y, how))
        pairs = expanded
        for a1, a2, how in pairs:
            if not may_pair(a1, a2):
                continue  # two members of one bloc, or a bare state not opposite one
            listed = rank.get(id(a2), 0) if how != "joint" else 0
            if duo and a1 is duo[1] and a1.counterpart and not a1.titled:
                # «... مع نظيره الأردني. والتقى الوزيران نظيرهما العراقي»: the counterpart of
                # the two holds the office of the first of them
                a1 = dataclasses.replace(a1, role=duo[0].role)
            # نظيره takes the other actor's role in this pair only (a copy: the sentence's
            # actors are shared by every pair and trigger)
            if a2.counterpart and not a2.titled:
                a2 = dataclasses.replace(a2, role=a1.role)
            if a1.counterpart and not a1.titled:
                a1 = dataclasses.replace(a1, role=a2.role)
            out.append(Candidate(trig.etype, status, a1, a2, sent, trig_text, sdate[0],
                                 sdate[1], loc, phone, trig=trig, frame=how,
                                 listed=listed,
                                 programme=subject is programme,
                                 carried_over=over and subject is inherited))
    for trig in triggers:
        if any(c.trig is trig for c in out):
            continue
        received = _arrival_reception(sent, trig, told_visits, actors)
        if received:
            # «وصل X ... إلى الرباط، حيث كان في استقباله Y»: Y received the visitor the
            # sentence's own arrival told, however far back
            status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
            text = trigger_text(sent, trig)
            out.extend(Candidate("MEET", status, host, guest, sent, text, sdate[0], sdate[1],
                                 location_of(sent, trig, set()), trig=trig, frame="reception")
                       for host, guest in received)
            continue
        pair = _dual_owners(sent, trig, actors)
        if pair is None:
            continue
        # «تمسك روسيا وأوبك في اجتماعهما»: the contact of the two parties its pronoun names
        a1, a2 = pair
        if a2.counterpart and not a2.titled:
            a2 = dataclasses.replace(a2, role=a1.role)
        if a1.counterpart and not a1.titled:
            a1 = dataclasses.replace(a1, role=a2.role)
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        text = trigger_text(sent, trig)
        out.append(Candidate(trig.etype, status, a1, a2, sent, text, sdate[0], sdate[1],
                             location_of(sent, trig, set()), trig=trig, frame="participants"))
    return _with_tour_stop(out, sent, triggers, lights, cues, doc_cancel, occupied, sdate,
                         visitor, inherited)


RECEPTION_HOST_REACH = 10  # words at most from «في استقباله» to its host (past «لدى وصوله»)


def _arrival_reception(sent: Sentence, trig: Trigger, visits: list[tuple[int, Actor]],
                       actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(host, guest) of «في استقباله/استقبالها» when the sentence itself told its guest's
    arrival or visit before it («وكان X قد وصل ... إلى الرباط، حيث كان في استقباله Y»): the
    host is the first actor after the noun (past «لدى وصوله المطار»), the guest the visitor of
    the sentence's last visit before it (`visits`: its visits' trigger tokens and visitors)."""
    norms = sent.norms
    visitor = next((v for at, v in reversed(visits) if at < trig.i), None)
    if trig.etype != "MEET" or trig.tense != "noun" or trig.i == 0 or visitor is None \
            or norms[trig.i - 1] != "في" \
            or norms[trig.i] not in RECEPTION or norms[trig.i].endswith(("هم", "هما")):
        return []
    host = next((a for a in actors if trig.j <= a.i <= trig.j + RECEPTION_HOST_REACH), None)
    if host is None or host.entourage or host.key[0] == visitor.key[0] \
            or not may_pair(host, visitor):
        return []
    return [(host, visitor)]


DUAL_OWNERS_REACH = 16  # words at most from the nearer party to the noun after them
DUAL_OWNERS_GAP = 8  # words at most between the two parties («A لنظيره B», «A مع B»)
DUAL_OWNERS_OPENING = 3  # a noun among the sentence's first words names its parties after it


def _dual_owners(sent: Sentence, trig, actors: list[Actor]) -> tuple[Actor, Actor] | None:
    """The two parties a contact noun with a dual pronoun stands for: the nearest two of
    different sides named before it in its sentence («تمسك روسيا وأوبك في اجتماعهما», «أكد A
    لنظيره B ...، بعد لقائهما»), or, for a sentence opening on the noun, the first two after it
    («وخلال لقائهما في مسقط، أكد A ونظيره B»); None when the sentence names a third side
    before the noun or between them, when they are far apart or far from the noun, or for a
    visit's noun (a plural «لقاءاتهما» is no trigger: meetings over time)."""
    norms = sent.norms
    if trig.tense != "noun" or trig.etype not in ("MEET", "NEGOTIATE") \
            or not norms[trig.j - 1].endswith("هما"):
        return None
    usable = [a for a in actors if not a.entourage and not a.bloc and not a.grouped
              and (a.country or a.org)]
    before = [a for a in usable if a.j <= trig.i]
    if before:
        near = before[-1]
        far = next((a for a in reversed(before) if a.key[0] != near.key[0]), None)
        if far is None or trig.i - near.j > DUAL_OWNERS_REACH \
                or len({a.key[0] for a in before}) != 2:
            # (a third side named before the noun: which two it stands for is not told)
            return None
        first, second, end = far, near, trig.i
    elif trig.i <= DUAL_OWNERS_OPENING:
        after = [a for a in usable if a.i >= trig.j]
        if not after:
            return None
        first = after[0]
        second = next((a for a in after if a.key[0] != first.key[0]), None)
        if second is None or first.i - trig.j > DUAL_OWNERS_GAP:
            return None
        end = second.j
    else:
        return None
    if second.i - first.j > DUAL_OWNERS_GAP or _same(first, second):
        return None
    sides = {first.key[0], second.key[0]}
    if any(a.key[0] not in sides for a in usable if first.i <= a.i and a.j <= end):
        return None
    if any(sent.text[sent.toks[m].end - 1:sent.toks[m].end] in ".:؛;"
           for m in range(first.i, max(first.i, end - 1))):
        return None
    return first, second


def _with_tour_stop(out: list[Candidate], sent: Sentence, *args) -> list[Candidate]:
    """A sentence's candidates `out`, with the next stop of a tour the sentence may tell
    (_tour_stop; `args` are its arguments after the sentence) when they hold no visit, or, when
    they do, the next stop a later clause of the sentence tells with a verb that is no trigger
    («غادر X واشنطن في جولة يستهلها في مصر، وينتقل بعدها إلى قطر»: _onward_clause)."""
    if not any(c.etype == "VISIT" for c in out):
        out.extend(_tour_stop(sent, *args))
    else:
        out.extend(_onward_clause(out, sent, *args))
    out.extend(_named_onward(out, sent, *args))
    return out


def _named_onward(out: list[Candidate], sent: Sentence, triggers, lights, cues, doc_cancel,
                  occupied, sdate, visitor, inherited) -> list[Candidate]:
    """A stop told by a verb of moving on that is no trigger, in the present or future
    (grammar.yaml onward_verbs: «سينتقل», «ينتقل», «سيسافر») with its traveller named right
    after it: «ومن مصر، سينتقل X، الإثنين، إلى الدوحة», «...، وينتقل X، غدا الإثنين، إلى
    الدوحة». A visit of its own, with
    no earlier visit to go on (_tour_stop from the clause with X as visitor: only tour openers
    and places before the verb, «إلى» and a state or a city after it, its own day and status).
    The clause opens the sentence or follows a comma on و. X is a person of a state (a title,
    a state, no group: «انتقل الملف إلى», «انتقلت الكرة إلى» name no one); a verb some
    candidate already holds is left to it."""
    norms = sent.norms
    if "الي" not in norms and "والي" not in norms or _ONWARD_FORMS.isdisjoint(norms):
        return []  # (the stop needs its «إلى» and such a verb: most sentences lack them)
    held = {c.trig.i for c in out if getattr(c, "trig", None) is not None}
    for k in range(len(norms) - 1):
        stem = without_conjunction(norms[k])
        if k in sent.trigger_toks or k in held or not _onward_verb(norms[k]) \
                or not stem.startswith(("ي", "ت", "سي", "ست")):
            continue  # (a past «انتقل X إلى» tells a life as often: «انتقل X إلى العراق للدراسة»)
        named = next((a for a in sent.actors if a.i == k + 1), None)
        if named is None or named.country is None or named.role in (None, "group") \
                or named.org is not None:
            continue
        if k > TOUR_OPEN and not (sent.toks[k - 1].punct and norms[k].startswith("و")):
            continue
        start = 0 if k <= TOUR_OPEN else k
        stops = _tour_stop(sent, triggers, lights, cues, doc_cancel, occupied, sdate,
                           named, None, start=start, named_only=True)
        if stops:
            return stops
    return []


def _onward_clause(out: list[Candidate], sent: Sentence, triggers, lights, cues, doc_cancel,
                   occupied, sdate, visitor, inherited) -> list[Candidate]:
    """The next stop a clause of its own tells after the sentence's last visit, opened by و on
    a verb of moving on after a comma (grammar.yaml onward_verbs; a verb of visiting or heading
    is a trigger, _next_stop): the stop of that visit's visitor (_tour_stop from the clause)."""
    last = next((c for c in reversed(out) if c.etype == "VISIT" and c.actor1 is not None), None)
    at = max((t.j for t in triggers if t.etype == "VISIT"), default=None)
    if last is None or at is None:
        return []
    norms = sent.norms
    for k in range(at + 1, len(norms)):
        if not sent.toks[k - 1].punct or not norms[k].startswith("و") \
                or not _onward_verb(norms[k]) or k in sent.trigger_toks:
            continue
        stops = _tour_stop(sent, triggers, lights, cues, doc_cancel, occupied, sdate,
                           last.actor1, None, start=k)
        for c in stops:
            c.frame = "onward"  # dated by its own clause only (extract._onward_date)
        return stops
    return []


APPOSITION_OBJECT_REACH = 25  # words at most from a VSO subject to its object
# list-ending words that are also parts of titles («المشرف العام على», «السفير لدى»,
# «رئيس لجنة الدفاع عن»): they do not end a subject's apposition
_IN_TITLES = words.IN_TITLE_WORDS


def _apposition_object(sent: Sentence, subject: Actor, actors: list[Actor],
                       with_only: bool = False) -> Actor | None:
    """The object of a meeting verb whose subject (right after it) runs on in a long
    apposition the counterpart list gives up on: «استقبل المستشار بالديوان الملكي المشرف العام
    على مركز الملك سلمان للإغاثة د. عبدالله الربيعة أمس وزيرة الإعلام اليمنية», «بحث ... د.
    عبدالله الربيعة اليوم مع وزيرة الإعلام اليمنية». The next actor is the object when «مع»
    stands right before it, or (not for a verb of discussing, `with_only`: «بحث» takes its
    topic as object) a time word («أمس», «اليوم», «مساء») or a locative phrase, closing the
    subject's phrase as a VSO sentence does; within APPOSITION_OBJECT_REACH words, with no
    trigger, no list-ending word (grammar.yaml stop_words) and nobody else in between; and
    one of another state or organisation than the subject's."""
    nxt = next((a for a in actors if a.i >= subject.j), None)
    if nxt is None or nxt.i - subject.j > APPOSITION_OBJECT_REACH or nxt.i == subject.j:
        return None
    if (nxt.country or nxt.org) == (subject.country or subject.org):
        return None  # a state's own officials (a governor receiving a local head): not a contact
    norms = sent.norms
    skip = _adverbial_toks(sent)
    fillers = load_gazetteer().fillers

    def adverbials_before(k: int) -> int:
        while k > subject.j and k - 1 in skip:
            k -= 1
        return k

    k = adverbials_before(nxt.i)
    with_ = k - 1 > subject.j and norms[k - 1] in WITH_WORDS
    if with_:
        k = adverbials_before(k - 1)
    elif with_only:
        return None
    timed = False
    for m in range(k, nxt.i):
        n, entries = fillers.match(norms, m)
        if n and any(e.kind == "locative" or e.role == "time" for e in entries):
            timed = True
    if not (timed or with_):
        return None
    if any(norms[m] in STOP_WORDS and norms[m] not in _IN_TITLES or m in sent.trigger_toks
           for m in range(subject.j, k)):
        return None
    return nxt


VISIT_OBJECT_OPEN = 2  # words at most before the verb («وسيلتقي», «كما سيلتقي»)


def _visit_object(sent: Sentence, trig: Trigger, first: Actor, visitor: Actor | None,
                  inherited: Actor | None, actors: list[Actor]) -> bool:
    """Whether a meeting verb that takes its object directly (grammar.yaml met_object_verbs)
    opens a sentence right after a visit was told, nobody named before it, with only people of
    another state than the visitor's after it and none of them marked as the object by «مع»
    or «ب» (which would make the first the subject: «والتقى الرئيس العراقي بالوزير»): its
    subject is the visitor, named last (`inherited`: nobody else named since), and those
    after it are the ones he meets («وصل X إلى بغداد ... وسيلتقي أيضا رئيس الوزراء ووزير
    الدفاع»)."""
    visitor = _still_touring(visitor, inherited)
    if visitor is None or visitor.country is None or trig.i > VISIT_OBJECT_OPEN:
        return False
    norms = sent.norms
    if not in_words(norms[trig.i], MET_OBJECT_VERBS, "وف") or any(a.j <= trig.i for a in actors):
        return False
    after = [a for a in actors if a.i >= trig.j]
    if any(a.country is None or a.country == visitor.country or a.clitic.startswith("ب")
           or _same(a, visitor) for a in after) or first not in after:
        return False
    return not any(t in ("مع", "ومع") for t in norms[trig.j:])


CARRY_OBJECT_REACH = 3  # words at most between the carried verb and its first object («أيضا»)


def _carried_over(sent: Sentence, prev: Sentence | None, trig: Trigger, after: list[Actor],
                  inherited: Actor | None) -> bool:
    """Whether a contact verb that opens its sentence after only «كما», «و», «وكان قد», «كما
    كانت» (grammar.yaml carry_openers), nobody named before it, has for subject the first actor
    of the sentence right before (`inherited`), which told a contact too: the verb agrees with
    that actor in gender, the mentions after it are not marked as its objects by «مع»/«ب»/«ل»
    (which would make the first of them the subject) and are no subject-object pair of their
    own («كما التقى وزير الخارجية الأردني نظيره العراقي»): they are the ones met («كما التقى
    أيضا وزير الدفاع الألماني», «كما التقت سفراء السويد والدنمارك»), not a pair."""
    if inherited is None or prev is None or not after or trig.i > 3 \
            or not any(a is inherited for a in prev.actors):
        return False
    norms = sent.norms
    if trig.i == 0 and not norms[0].startswith("و"):
        return False
    if not in_words(norms[trig.i], MET_OBJECT_VERBS | GUEST_VERBS, "و"):
        return False  # «واجتمع X»: a verb that takes its object with «مع» only names a subject
    if norms[after[0].i] in DUALS:
        return False  # «والتقى الرئيسان ...»: a dual meets each other
    clause = next((k for k in range(after[0].j, len(norms)) if sent.toks[k].punct), len(norms))
    if any(t in ("مع", "ومع") or t.startswith("بال") for t in norms[after[0].j:clause]):
        return False  # «والتقى X مع قادة الجيش»: X, named before the one met, is the subject
    if norms[after[-1].j:after[-1].j + 1] and norms[after[-1].j] in words.cue_words()[
            "vague_quantity"]:
        return False  # «والتقى (أمس) X عددا من رجال الأعمال»: X, before those met, is subject
    if not all(in_words(norms[k], CARRY_OPENERS, "و") for k in range(trig.i)):
        return False
    # time words and short locative phrases may stand before the first object too («كما
    # كانت التقت، في الأسبوع الماضي، Y», «والتقت أمس Y»): they are not counted
    skip = _adverbial_toks(sent)
    between = [k for k in range(trig.j, after[0].i) if k not in skip]
    if len(between) > CARRY_OBJECT_REACH or any(
            not in_words(norms[k], CARRY_OPENERS, "و") for k in between):
        return False
    if any(a.clitic[-1:] in ("ب", "ل") or "مع" in norms[max(trig.j, a.i - 1):a.i]
           or norms[a.i].startswith("مع") for a in after):
        return False
    if _own_vso_pair(sent, trig, after) or any(_same(a, inherited) for a in after) \
            or not all(_joined(sent, a) or _listed_next(sent.norms, a) for a in after[1:]):
        return False  # a second mention not listed with the first: that first is a subject
    if not _contact_subject(prev, inherited):
        return False
    feminine = _feminine_verb(norms[trig.i], trig.tense)
    return feminine is not None and feminine == _feminine_actor(prev, inherited)


# words that list a next object of one verb, in order («التقى A ومن ثم B», «ثم B»)
_NEXT_IN_LIST = words.NEXT_IN_LIST


def _listed_next(norms: list[str], a: Actor) -> bool:
    """Whether an actor is listed after the one before it by «ثم», «ومن ثم» or «وكذلك»."""
    return any(a.i >= len(w) and tuple(norms[a.i - len(w):a.i]) == w for w in _NEXT_IN_LIST)


def _contact_subject(sent: Sentence, actor: Actor) -> bool:
    """Whether an actor stands as the subject of a contact verb of its sentence: right after
    it, or one word after it (VSO), or right before it (SVO; «وكان X قد التقى»: after «قد»),
    and not marked as an object."""
    if actor.clitic[-1:] in ("ب", "ل") or actor.i and sent.norms[actor.i - 1] in ("مع", "ومع"):
        return False
    toks = getattr(sent, "trigger_toks", set())
    after = actor.j + 1 if sent.norms[actor.j:actor.j + 1] == ["قد"] else actor.j
    return any(k in toks for k in (actor.i - 1, actor.i - 2, after))


def _feminine_verb(word: str, tense: str) -> bool | None:
    """Whether a past or present verb is feminine singular (ت ending a past verb, opening a
    present one after و/س); None for another form."""
    stem = without_conjunction(word)
    if tense == "past":
        return stem.endswith("ت")
    if tense == "present":
        stem = stem[1:] if stem[:1] == "س" else stem
        return stem.startswith("ت")
    return None


def _feminine_actor(sent: Sentence, actor: Actor) -> bool:
    """Whether an actor is feminine: a woman's title opens it (grammar.yaml feminine_titles),
    or the contact verb or light verb right before or after it in its sentence is feminine;
    else a state named bare is, and anyone else is not."""
    first = sent.norms[actor.i]
    if in_words(first, FEMININE_TITLES, "و"):
        return True
    lex = load_lexicon()
    for k in (actor.i - 1, actor.j):
        if not 0 <= k < len(sent.norms):
            continue
        n, entries = lex.triggers.match(sent.norms, k)
        if k in sent.trigger_toks or n and any(e.kind == "light" for e in entries):
            word = without_conjunction(sent.norms[k])
            if word.endswith("ت"):
                return True  # «التقت», «أجرت»
            if not word.lstrip("س").startswith("ت"):  # «تلقى» (he) and «تلتقي» (she) alike
                return False
    return actor.role is None and actor.country is not None and actor.org is None


TOUR_OPEN = 4  # words at most before the verb of a tour's next stop («ومن المقرر أن يزور»)
TOUR_TO = 3  # words at most between that verb and «إلى» or its place («سيتوجه بعد ذلك إلى»)


def _verb_of(stem: str, verbs) -> bool:
    """Whether `stem`, a word less its conjunction (و/ف), is one of `verbs`, bare or with the
    future «س» («يزور», «سيزور»): the verb of a tour's next stop (_tour_stop, _next_stop)."""
    return stem in verbs or stem[:1] == "س" and stem[1:] in verbs


def _onward_verb(word: str) -> bool:
    """Whether `word` is a verb of moving on (grammar.yaml onward_verbs, its future forms
    listed: «سينتقل»), bare or with و/ف: the verb of a later clause's next stop (_onward,
    _onward_clause, _tour_stop)."""
    return in_words(word, ONWARD_VERBS, "وف")


# every word _onward_verb holds true: a sentence with none of them has no such verb
_ONWARD_FORMS = ONWARD_VERBS | frozenset(c + w for w in ONWARD_VERBS for c in "وف")


def _past_fillers(sent: Sentence, m: int, end: int, over_commas: bool = False) -> int:
    """The first word from m on, before `end`, that is not a tour filler or a weekday
    (grammar.yaml tour_fillers: «سيتوجه بعد ذلك إلى», «سينتقل كيري، الإثنين، إلى»): where
    «إلى» or the place of a tour's next stop may stand (_tour_stop). A comma before a word
    ends the fillers unless `over_commas`."""
    norms = sent.norms
    while m < len(norms) and m < end and (norms[m] in TOUR_FILLERS or norms[m] in WEEKDAYS) \
            and (over_commas or not sent.toks[m - 1].punct):
        m += 1
    return m


def _tour_stop(sent: Sentence, triggers: list[Trigger], lights, cues, doc_cancel: bool,
               occupied: set, sdate, visitor: Actor | None,
               inherited: Actor | None, start: int = 0,
               named_only: bool = False) -> list[Candidate]:
    """The next stop of a tour told over several sentences: «وصل X إلى القاهرة ... ثم يزور
    الرياض», «ومن مصر، سينتقل إلى الدوحة», «وسيتوجه بعد ذلك إلى أديس أبابا». A verb of visit
    or of moving on (grammar.yaml visit_verbs, onward_verbs; no other trigger verb) goes on
    the visit the two sentences before told (`visitor`) when its sentence names no subject:
    only tour_openers and place names before the verb, only tour_fillers between it and «إلى»
    (a visit verb takes its place as object), nobody named in the clause, and the last
    sentence that named anyone opens on that visitor (`inherited`): nobody else has been
    named since. The visitor himself may be named right after the verb, a weekday and commas
    after him («ومن مصر، سينتقل كيري، الإثنين، إلى الدوحة»). A place of the visitor's own
    country is a return, not a stop. `start`: the clause's first word when it is not the
    sentence's (_onward_clause: `visitor` is then the visitor of the clause before).
    `named_only`: `visitor` is the one named right after the verb (_named_onward)."""
    if not start and not named_only:
        visitor = _still_touring(visitor, inherited)
    if visitor is None or visitor.country is None or visitor.role == "group":
        return []
    norms = sent.norms
    place_at = {p[0]: p for p in sent.places}
    verbs = {t.i: t for t in triggers if t.etype == "VISIT" and t.tense in ("past", "present")}
    for k in range(start, min(start + TOUR_OPEN + 1, len(norms))):
        word = norms[k]
        stem = without_conjunction(word)
        visit_verb = _verb_of(stem, VISIT_VERBS)
        # (not a verb of arrival: «ثم وصلت إلى الرياض شحنة» is a ship or a sum as often)
        if not visit_verb and not _onward_verb(word):
            if word in TOUR_OPENERS or k in place_at:
                continue
            return []  # a word that may be the subject («وكان هادي وصل ...»)
        m = k + 1
        named = next((a for a in sent.actors if a.i == m and _same(a, visitor)), None)
        if named_only and named is None:
            return []
        if named is not None:  # «سينتقل كيري، الإثنين، إلى الدوحة»: the visitor himself
            m = _past_fillers(sent, named.j, named.j + TOUR_TO, over_commas=True)
        m = _past_fillers(sent, m, k + TOUR_TO + 1)
        if m < len(norms) and norms[m] in _TO_WORDS and (
                named is not None or not sent.toks[m - 1].punct):
            m += 1
        elif not visit_verb:
            return []  # «غادر القاهرة»: leaving a place, not going to it
        place = next((p for p in sorted(sent.places) if p[0] >= m), None)
        if place is None or place[0] - m > 2 or place[2] == visitor.country \
                or named is None and any(sent.toks[n].punct for n in range(k, place[0])):
            return []  # (a place's kind and adjective may come first: العاصمة الإثيوبية)
        if not _place_words_only(sent, m, place[0]):
            return []  # «أن يزور شي لندن»: a word between may be the subject
        end = next((n for n in range(place[0], len(norms))
                    if sent.toks[n].punct or norms[n] == "حيث"), len(norms))
        if any(start <= a.i <= end and a is not named for a in sent.actors):
            return []  # «كما وصل إلى القاهرة أمس X»: the clause names its own traveller
            # (those after «حيث» are met there: «ثم يزور الرياض حيث يلتقي Y»)
        trig = verbs.get(k) or Trigger(k, k + 1, "VISIT",
                                       "present" if stem.startswith(("ي", "ت")) or stem[:1] == "س"
                                       and stem[1:2] in ("ي", "ت") else "past")  # not «سافر»
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        if status == "negated":
            return []
        c = Candidate("VISIT", status, visitor, None, sent,
                      sent.text[sent.toks[k].start:sent.toks[k].end], sdate[0], sdate[1],
                      (place[1], place[2]), frame="tour", later_stop=trig.tense == "present")
        c.trig = trig
        return [c]
    return []


def _bloc_of(actors: list[Actor], a: Actor) -> list[Actor]:
    """A bloc member stands for every member of its mention (blocs.py); anyone else for self."""
    if not a.bloc:
        return [a]
    return [b for b in actors if b.bloc == a.bloc and (b.i, b.j) == (a.i, a.j)] or [a]


def _reception(sent: Sentence, prev: Sentence | None, triggers, lights, cues, doc_cancel,
               occupied, sdate) -> list[Candidate]:
    """«وكان في استقبالهم لدى وصولهم X»: X (the first actor after) received the guests the
    pronoun refers to, the previous sentence's actors (one per country; ه/ها: its first)."""
    norms = sent.norms
    named = _named_reception(sent, triggers, lights, cues, doc_cancel, occupied, sdate)
    if named or prev is None or not prev.actors or RECEPTION.isdisjoint(norms):
        return named
    for k in range(1, len(norms)):
        if norms[k - 1] != "في" or norms[k] not in RECEPTION:
            continue
        # the host follows the arrival clause (لدى وصولهم إلى المطار، فور وصوله)
        host = next((a for a in sent.actors if k < a.i <= k + 10), None)
        if host is None:
            return []
        guests: list[Actor] = []
        for a in prev.actors:
            if a.key[0] is not None and all(a.key[0] != g.key[0] for g in guests):
                guests.append(a)
        if norms[k].endswith(("ه", "ها")) and not norms[k].endswith("هما"):
            guests = guests[:1]
        trig = Trigger(k, k + 1, "MEET", "noun")
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        text = sent.text[sent.toks[k].start:sent.toks[k].end]
        return [Candidate("MEET", status, host, g, sent, text, sdate[0], sdate[1],
                          location_of(sent, trig, set()), trig=trig, frame="reception")
                for g in guests if g.key[0] != host.key[0]]
    return []


def _occasion(sent: Sentence, prev: Sentence | None, triggers, lights, cues, doc_cancel,
              occupied, sdate) -> list[Candidate]:
    """«جاء ذلك خلال اجتماع ... بمشاركة A وB وC»: the sentence before told what its speaker
    said, this one the meeting where it was said and who took part: the speaker (the actor
    opening the sentence before) met each listed participant of another country. Only the
    sentence right before lends its speaker, and only when it opens with one."""
    norms = sent.norms
    if prev is None or norms[:2] not in (["جاء", "ذلك"], ["وجاء", "ذلك"]):
        return []
    speaker = next((a for a in prev.actors if a.i <= OCCASION_SPEAKER_AT), None)
    if speaker is None or speaker.key[0] is None:
        return []
    trig = next((t for t in triggers if t.etype == "MEET" and t.tense == "noun"
                 and t.i <= 4 and any(w in OCCASION_AT for w in norms[2:t.i])), None)
    if trig is None:
        return []
    mark = next((k for k in range(trig.j, len(norms)) if norms[k] in OCCASION_LIST), None)
    if mark is None:
        return []
    status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
    text = trigger_text(sent, trig)
    loc = location_of(sent, trig, set())
    out, met = [], {speaker.key[0]}
    for a in sent.actors:
        if a.i <= mark or a.entourage or a.key[0] in met:
            continue
        met.add(a.key[0])
        out.append(Candidate("MEET", status, speaker, a, sent, text, sdate[0], sdate[1], loc,
                             trig=trig, frame="occasion"))
    return out


VISIT_GATHER_REACH = 20  # words from a visit noun to the gathering verb


def _visit_gathering(sent: Sentence, triggers, lights, cues, doc_cancel, occupied,
                     sdate) -> list[Candidate]:
    """«زيارة لافروف إلى الدوحة ... لأنها جمعته مع كيري والجبير»: a visit noun whose visitor is
    its genitive, then (no other trigger between) a feminine verb of gathering with the
    visitor's pronoun and a list after مع or ب: the visitor met each listed actor."""
    norms = sent.norms
    out: list[Candidate] = []
    for trig in triggers:
        if trig.etype != "VISIT" or trig.tense != "noun":
            continue
        visitor = next((a for a in sent.actors if a.i == trig.j), None)
        if visitor is None:
            continue
        nxt = min([t.i for t in triggers if t.i >= trig.j] or [len(norms)])
        k = next((k for k in range(trig.j, min(trig.j + VISIT_GATHER_REACH, nxt, len(norms)))
                  if norms[k].removeprefix("و").removeprefix("ل") in VISIT_GATHER), None)
        if k is None or k + 1 >= len(norms):
            continue
        if norms[k + 1] == "مع":
            listed = _chain(sent, sent.actors, k + 2, len(norms))
            ok = bool(listed) and listed[0].i == k + 2
        else:
            listed = _chain(sent, sent.actors, k + 1, len(norms))
            ok = bool(listed) and listed[0].i == k + 1 and listed[0].clitic.startswith("ب")
        if not ok:
            continue
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        text = sent.text[sent.toks[k].start:sent.toks[k].end]
        loc = location_of(sent, trig, set())
        for n, a in enumerate(listed):
            if _same(a, visitor) or a.entourage or a.key[0] == visitor.key[0]:
                continue
            out.append(Candidate("MEET", status, visitor, a, sent, text, sdate[0], sdate[1],
                                 loc, trig=trig, frame="participants", listed=min(n, 2)))
    return out


HAND_OVER_NAME_GAP = 2  # words of a name the gazetteer lacks after a title («السفير المصري ع ب»)


def _name_gap(sent: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end-1 can be the rest of a name: at most HAND_OVER_NAME_GAP words,
    no punctuation after any of them nor before the first, none an actor's."""
    return 0 <= end - start <= HAND_OVER_NAME_GAP and not any(
        sent.toks[m].punct for m in range(start - 1, end)) and not any(
        a.i < end and a.j > start for a in sent.actors)


def _handed_letter(sent: Sentence, triggers, lights, cues, doc_cancel, occupied,
                   sdate) -> list[Candidate]:
    """«أن الرئيس X سلم الأمير Y رسالة من Z», «سلم السفير X الرئيس Y رسالة»: one who hands a
    letter to another in person met him. The verb of handing (grammar.yaml `hand_over_verbs`)
    has its subject before it (no clitic) or right after it, the taker right after the verb or
    the subject (no clitic: the verb takes two objects), the letter noun after the taker; a
    name the gazetteer lacks may follow the subject before the verb, or the taker (_name_gap).
    A letter sent, or received from its sender, is no meeting: only the hand-over. No place:
    one the sentence names is mostly the letter's matter («دعاه فيها لزيارة مصر»)."""
    norms = sent.norms
    if words.LETTER_NOUNS.isdisjoint(norms):
        return []  # no letter noun: no hand-over (most sentences)
    out: list[Candidate] = []
    for k, word in enumerate(norms):
        if not in_words(word, words.HAND_OVER_VERBS, "وف"):
            continue
        after = next((a for a in sent.actors if a.i == k + 1 and not a.clitic), None)
        before = next((a for a in sent.actors if a.j <= k and not a.clitic
                       and _name_gap(sent, a.j, k)), None)
        if after is None:
            continue
        giver, taker = (before, after) if before is not None else (
            after, next((a for a in sent.actors if a.i == after.j and not a.clitic), None))
        letter = None if taker is None else next(
            (m for m in range(taker.j, min(taker.j + HAND_OVER_NAME_GAP + 1, len(norms)))
             if norms[m] in words.LETTER_NOUNS), None)
        if giver is None or letter is None or not _name_gap(sent, taker.j, letter) \
                or giver.key[0] is None or taker.key[0] is None or giver.key[0] == taker.key[0]:
            continue
        stem = word[1:] if word[:1] in "وف" and word[1:] in words.HAND_OVER_VERBS else word
        present = stem[:1] == "ي" or stem[:2] in ("سي", "ست")  # not «سلم», a past verb
        trig = Trigger(k, k + 1, "MEET", "present" if present else "past")
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        if status == "negated":
            continue
        out.append(Candidate("MEET", status, giver, taker, sent, trigger_text(sent, trig),
                             sdate[0], sdate[1], None, trig=trig, frame="after"))
    return out

CO_CHAIR_REACH = 16  # words from a verb of chairing (or of a visit) to the mark of its partner
CHAIR_SUBJECT_REACH = 30  # words from the chair back to the verb of chairing
_PRESENT_T = frozenset({"تترأس", "تزور", "تحضر", "تفتتح"})  # present verbs in ت (not ترأس)


def _chair_word(word: str) -> bool:
    return in_words(word, words.CO_CHAIR_VERBS, "وفل")


def _companion_word(word: str) -> bool:
    return in_words(word, words.COMPANION_WORDS, "وفل")


def _co_chairs(sent: Sentence, triggers, lights, cues, doc_cancel, occupied,
               sdate) -> list[Candidate]:
    """«حيث سيترأس أشغال الدورة 21 للجنة المختلطة مناصفة مع نظيره التونسي», «يترأس خلالها رفقة
    وزير الخارجية الجزائري الدورة 19 للجنة المتابعة», «وترأس X ونظيره المصري Y الحوار»: one who
    chairs a session together with a co-chair of another state met him (one event); so did one
    who visits, attends or opens something in the company of a leader of another state whose
    state the text names («إثر زيارة لمتحف في باريس برفقة الملك المغربي», «سيفتتح X رفقة نظيره
    المالي منتدى»). The chair is the actor right after the verb, else the nearest actor before
    it in the sentence (the visitor of «يؤدي X زيارة ... يترأس خلالها»); the partner the actor
    right after the mark, or (a co-chair) joined by و to the chair right after the verb."""
    norms = sent.norms
    # each word's kind once: a verb of chairing (True) or of a visit in company (False)
    hits = [(k, w, chairing) for k, w in enumerate(norms)
            for chairing in (_chair_word(w),) if chairing or _companion_word(w)]
    out: list[Candidate] = []
    for k, word, chairing in hits:  # (none in most sentences)
        marks = words.CO_CHAIR_MARKS if chairing else words.ALONG_WITH_WORDS
        after = next((a for a in sent.actors if a.i == k + 1), None)
        co = None
        if after is not None:
            chair = after
            if chairing:
                co = next((a for a in sent.actors if a.i == after.j and a.clitic == "و"
                           and a.counterpart), None)
        else:
            before = [a for a in sent.actors if a.j <= k and k - a.j <= CHAIR_SUBJECT_REACH
                      and not a.clitic.endswith(("ب", "ل"))
                      and norms[a.i - 1:a.i] not in _OBJECT_PREPS]
            chair = before[-1] if before else None
            # «التقى X أمس Y، ثم حضر برفقة Z حفل ...»: a coordinated verb goes on with the
            # first verb's subject, not with its object, the actor nearest before it
            carried = _carried_subject(sent, Trigger(k, k + 1, "MEET", "past"), triggers) \
                if chair is not None and any(t.j <= k for t in triggers) else None
            if carried is not None and any(a is carried for a in before):
                chair = carried
        if chair is None:
            continue
        if co is None:
            for m in range(k + 1, min(k + 1 + CO_CHAIR_REACH, len(norms))):
                if sent.toks[m - 1].punct and m - 1 > k or _chair_word(norms[m]) \
                        or _companion_word(norms[m]):
                    break
                if norms[m] not in marks:
                    continue
                start = m + 2 if m + 1 < len(norms) and norms[m + 1] == "مع" else m + 1
                co = next((a for a in sent.actors if a.i == start), None)
                break
        if co is None or co.entourage or _same(co, chair) or co.key[0] is None \
                or chair.key[0] is None or co.key[0] == chair.key[0] \
                or not chairing and (co.home or not co.country):
            continue
        if co.counterpart and not co.titled:
            co = dataclasses.replace(co, role=chair.role)  # «مناصفة مع نظيره التونسي»
        stem = word[1:] if word[:1] in "وفل" and word[1:] and (
            _chair_word(word[1:]) or _companion_word(word[1:])) else word
        tense = ("noun" if stem in ("ترؤس", "زياره", "حضور") else "present"
                 if stem[:1] in "يس" or stem in _PRESENT_T else "past")
        trig = Trigger(k, k + 1, "MEET", tense)
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        if status == "negated":
            continue
        text = sent.text[sent.toks[k].start:sent.toks[k].end]
        # «يؤدي X زيارة إلى الجزائر، يترأس خلالها رفقة Y الدورة ... التي ستنعقد في تونس»: the
        # session chaired during a visit told before it is held where the visit goes
        visit = next((t for t in reversed(triggers) if t.etype == "VISIT" and t.j <= k), None)
        loc = location_of(sent, visit, set()) if visit is not None else None
        out.append(Candidate("MEET", status, chair, co, sent, text, sdate[0], sdate[1],
                             loc or location_of(sent, trig, set()), trig=trig,
                             frame="co_chair"))
    return out


_OBJECT_PREPS = (["مع"], ["الي"], ["من"], ["علي"])


# agreement nouns, indefinite or plural too (blocs.yaml `states.topics` has the definite
# singular): an agreement signed at a meeting is its signatories' («وتخلل اللقاء إمضاء اتفاق
# بين حكومة A وحكومة B»); talks on one are its parties' («مفاوضات اتفاقية التجارة بين A وB»)
_AGREEMENT = words.AGREEMENT_NOUNS


def _agreement(word: str) -> bool:
    return word in _AGREEMENT or word[:1] in "وب" and word[1:] in _AGREEMENT


def _topic_between(norms: list[str], start: int, end: int) -> bool:
    """Whether «بين» right before `end` follows a topic or agreement noun after `start`
    («اللقاء ... إمضاء اتفاق بين A وB»): the list after it is that noun's."""
    return end - 1 > start and norms[end - 1] == "بين" and any(
        topic_noun(w) or _agreement(w) for w in norms[start:end - 1])


FROM_GROUP_REACH = 3  # words from a delegation's or officials' noun to the «من» of their origin


def _from_object(norms: list[str], a: Actor) -> bool:
    """Whether a mention is the object of a bare «من» («المقرب من الرئيس», «بدعوة من الملك»),
    not of «كل من» / «كلا من» (each of: «كل من A وB»), nor of the «من» that tells whose a
    delegation or a group of officials named just before is («وفد رفيع المستوى من الحكومة
    السورية», «مسؤولون كبار من الحكومة العراقية»: that state's, the subject's side)."""
    if a.i < 1 or norms[a.i - 1] != "من" or a.i >= 2 and norms[a.i - 2] in ("كل", "كلا"):
        return False
    plural = load_gazetteer().collective_titles
    return not any(in_words(w, DELEGATION_WORDS, "و") or in_words(w, plural, "و")
                   for w in norms[max(0, a.i - 1 - FROM_GROUP_REACH):a.i - 1])


def _prep_object(a: Actor) -> bool:
    """Whether a mention carries the preposition ب or ل as a clitic («بالرئيس», «للملك»): right
    after a verb it is the verb's object, never its subject («أنه اتصل بالرئيس المصري ...»)."""
    return a.clitic.endswith(("ب", "ل"))


def _marked_object(sent: Sentence, a: Actor) -> bool:
    """Whether a mention is introduced by a preposition (بالرئيس، للملك، مع الوزير، إلى X)."""
    return _prep_object(a) or sent.norms[a.i - 1:a.i] in _OBJECT_PREPS


def _earlier_subject(sent: Sentence, obj: Actor, triggers: list[Trigger],
                     reach: int = 3) -> Actor | None:
    """The subject of the verb whose prepositional object `obj` is («اتصل X بالرئيس المصري
    ثم ...»): the nearest unmarked mention before a verb trigger that comes before `obj`,
    with nothing but that verb's words and filler between. None when `obj` is no such object."""
    if not _marked_object(sent, obj):
        return None
    verbs = [t for t in triggers if t.tense in ("past", "present") and t.j <= obj.i
             and obj.i - t.j <= reach]
    if not verbs:
        return None
    verb = verbs[-1]
    subj = [a for a in sent.actors if a.j <= obj.i and a is not obj
            and (verb.j <= a.i < obj.i or a.j <= verb.i and verb.i - a.j <= 4)
            and not _marked_object(sent, a)
            and not any(t in BEFORE_STOP for t in sent.norms[a.j:obj.i])]
    return subj[0] if subj else None


def _object_of_earlier_contact(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights,
                               obj: Actor) -> bool:
    """Whether `obj`, the last actor before a noun trigger, is the prepositional object of an
    earlier contact trigger («اتصالا بـY», «مع Y», «من Y») and the noun's own light verb
    opens a new clause after it, joined by و/ف or ثم/كما («... بـY وتلقى اتصالا من Z»): the
    object is then no subject of the later contact."""
    v = _finite_verb(trig, lights)
    if v is None or v < obj.j or not _marked_object(sent, obj):
        return False
    norms = sent.norms
    if not (norms[v].startswith(("و", "ف")) or v >= 1 and norms[v - 1] in COORDINATORS):
        return False
    return any(t is not trig and t.j <= obj.i and obj.i - t.j <= 3 for t in triggers)


def _with_object_owner(sent: Sentence, obj: Actor, triggers: list[Trigger],
                       inherited: Actor | None):
    """The subject of the contact whose «مع» object `obj` is, when a contact trigger stands
    before `obj` in the sentence: the nearest unmarked actor after that verb (names and time or
    place words between them), else the one right before it; for a verb or a noun with a
    pronoun («لقائه») with no actor before it, the subject the last sentence named
    (`inherited`). None when `obj` is no such object (no «مع», or no trigger before it);
    False when it is one whose subject the text does not name (no contact of its own)."""
    if sent.norms[obj.i - 1:obj.i] != ["مع"]:
        return None
    earlier = [t for t in triggers if t.j <= obj.i]
    if not earlier:
        return None
    t = earlier[-1]
    skip = _adverbial_toks(sent)
    named = sent.actor_toks()
    start = t.j
    gathered = t.tense == "noun" and start < obj.i and _gathered_owner(sent.norms[start])
    if gathered:
        start += 1  # «لقاء جمعه أمس مع Y»: the pronoun of «جمعه» is the one Y met
    if any(k not in skip and k not in named and not _time_word(sent.norms, k)
           for k in range(start, obj.i - 1)):
        return None  # other words between: «مع» may belong to something else
    subj = [a for a in sent.actors if a.j <= obj.i and a is not obj and not _marked_object(sent, a)
            and (t.j <= a.i < obj.i or a.j <= t.i and t.i - a.j <= 4)
            and not any(w in BEFORE_STOP for w in sent.norms[a.j:obj.i])]
    if subj:
        return subj[0]
    if any(a.j <= t.i for a in sent.actors) or inherited is None:
        return False
    verb = t.tense in ("past", "present")
    own = t.tense == "noun" and _HIS_OR_HER_END.search(
        sent.text[sent.toks[t.j - 1].start:sent.toks[t.j - 1].end])
    return inherited if verb or own or gathered else False


def _gathered_owner(word: str) -> bool:
    """Whether a word is a verb of gathering with an object pronoun («جمعه», «جمعها»)."""
    m = _OBJECT_PRONOUN_WORD.match(word)
    return m is not None and m.group(1) in GATHER_BARE


_AFTER = normalize_arabic("بعد")
# the words that put a contact noun right after a press conference's counterpart, as the talks
# the conference followed («مؤتمر صحفي مع نظيره X، عقب اختتام أعمال الحوار الاستراتيجي»):
# a word of following, then at most the words of the talks' end or sessions
_FOLLOWING = words.FOLLOWING_WORDS
_PRECEDING = words.PRECEDING_WORDS
_BEFORE_OR_AFTER = _FOLLOWING | _PRECEDING  # another gathering held before or after this one
_TALKS_END_WORDS = words.TALKS_END_WORDS
_CLOSE = words.TALKS_CLOSE_WORD  # «في ختام», «عقب ختام»
TALKS_END_REACH = 3  # words of the talks' end or sessions between «عقب» and the noun


def conference_talks(sent: Sentence, trig: Trigger, made: list[Candidate]) -> Candidate | None:
    """The press conference of two parties a contact noun follows, when the noun names the
    talks the conference closed: right after the conference's counterpart come «عقب/بعد/إثر»
    or «في ختام» and the noun, with at most words of the talks' end or sessions between («في
    مؤتمر صحفي مشترك مع نظيره الإسباني، عقب اختتام أعمال الحوار الاستراتيجي»), and the
    noun's clause (up to the next punctuation) names no party of its own. Those talks are the
    two parties' contact on the conference's occasion; None otherwise."""
    if trig.tense != "noun" or trig.etype not in ("MEET", "NEGOTIATE"):
        return None
    norms, toks = sent.norms, sent.toks
    k = trig.i - 1
    while k >= 0 and trig.i - k <= TALKS_END_REACH and norms[k] in _TALKS_END_WORDS \
            and not toks[k].punct:
        k -= 1
    if k > 0 and norms[k] == _CLOSE and not toks[k - 1].punct:
        k -= 1  # «في ختام», «عقب ختام»: the counterpart ends right before the first
        if norms[k] != "في" and norms[k] not in _FOLLOWING:
            return None
    elif k < 0 or norms[k] not in _FOLLOWING:
        return None
    if toks[k].punct or _others_gathering(sent, trig):
        return None
    conference = next((c for c in made if c.etype == "PRESS_CONFERENCE" and c.sentence is sent
                       and c.actor1 is not None and c.actor2 is not None
                       and c.trig is not None and c.trig.i < k
                       and max(c.actor1.j, c.actor2.j) == k), None)
    if conference is None:
        return None
    # the noun's clause names no one: only the two sides' own adjectives may follow it
    # («الحوار الاستراتيجي المغربي الإسباني»), not a person («عقب محادثاته مع رئيس الوزراء»)
    sides = {conference.actor1.key[0], conference.actor2.key[0]}
    end = next((m + 1 for m in range(trig.j - 1, len(toks)) if toks[m].punct), len(toks))
    if any(trig.j <= a.i < end and not (a.key[0] in sides and a.j - a.i == 1
                                        and a.name is None and not a.titled)
           for a in sent.actors):
        return None
    return conference


def _others_gathering(sent: Sentence, trig: Trigger) -> bool:
    """Whether a contact noun is indefinite, without a pronoun, and in construct with the noun
    after it («عقب اجتماع مجلس الوزراء», «عقب اجتماع وزراء الخارجية العرب»): someone else's
    gathering, not the talks of the two sides («عقب المباحثات», «عقب محادثاتهما»)."""
    norms, toks = sent.norms, sent.toks
    noun = norms[trig.j - 1]
    if _definite(noun) or toks[trig.j - 1].punct or trig.j >= len(norms):
        return False
    tok = toks[trig.j - 1]
    if _possessed_noun(noun, sent.text[tok.start:tok.end]):
        return False
    return norms[trig.j] not in STOP_WORDS and norms[trig.j] not in ("في", "مع", "بين")


def _after_talks_word(sent: Sentence, trig: Trigger) -> int:
    """Where a press conference's counterparts are looked for: right after it, or past «بعد»
    when the conference follows a contact word at once («في مؤتمر صحفي بعد محادثات مع نظيره
    X», «في مؤتمر صحافي عقده بعد جلسة مباحثات مع Y»), as after «عقب» («بعد» otherwise ends a
    list of counterparts, grammar.yaml stop_words)."""
    norms, k = sent.norms, trig.j
    while k < min(trig.j + 2, len(norms)) and norms[k] in _PRESS_FILLERS \
            and not sent.toks[k].punct:
        k += 1
    if k + 1 < len(norms) and norms[k] == _AFTER and not sent.toks[k].punct \
            and k + 1 in sent.trigger_toks:
        return k + 1
    return trig.j


# «in the company of»: a press conference held so («ندوة صحفية عقدها رفقة X») is held with X
_ALONG_WITH = words.ALONG_WITH_WORDS


def _with_counterpart(norms: list[str], start: int, counterparts: list[Actor],
                      words: frozenset = WITH_WORDS) -> bool:
    """Whether the first counterpart is introduced by مع (ومع، معه) after `start` (or by one
    of `words`)."""
    if not counterparts:
        return False
    return any(g in words for g in norms[start:counterparts[0].i][-4:])


def _purpose_subject(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights,
                     inherited: Actor | None) -> Actor | None:
    """The subject of a purpose clause («يتوجه إلى برلين للقاء ميركل», «يزور X القاهرة لإجراء
    مباحثات مع Y»): a noun trigger with ل (or after a light verbal noun with ل) does what the
    verb it depends on (at most 8 words before) says its subject does. That subject is the
    actor right after the verb (VSO), else the nearest actor before the verb (SVO, «X ...
    قبل أن يتوجه»), else, when the sentence names no actor before the noun, the topic
    (`inherited`)."""
    if trig.tense != "noun":
        return None
    at = trig.i
    if not trig.purpose:
        marks = [lt for lt, kind in lights if kind == "purpose" and lt < trig.i <= lt + 2]
        if not marks:
            return None
        at = marks[-1]
    verbs = [t for t in triggers if t.tense in ("past", "present") and t.j <= at <= t.j + 8]
    if not verbs:
        # «اتصل X بالرئيس المصري ثم تحول إلى الجزائر للقاء Y»: the verb the purpose depends on
        # is no trigger; the object of the earlier verb is not who goes to meet Y
        before = [a for a in sent.actors if a.j <= trig.i and trig.i - a.j <= 8]
        return _earlier_subject(sent, before[-1], triggers) if before else None
    verb = verbs[-1]
    actors = sent.actors
    inside = [a for a in actors if verb.j <= a.i <= verb.j + 2 and a.j <= at]
    if inside and _marked_object(sent, inside[0]):
        # «أنه اتصل بالرئيس المصري وتحول إلى الجزائر للقاء Y»: right after the verb stands its
        # prepositional object, not its subject; who goes to meet Y is the verb's subject
        return _earlier_subject(sent, inside[0], triggers)
    if inside:
        return inside[0]
    carried = _carried_subject(sent, verb, triggers)
    if carried is not None:
        return carried  # «اتصل بالرئيس X، ثم توجه إلى الجزائر للقاء Y»: the first subject
    # the verb's subject, not an object of a preposition or of another verb before it
    others = {k for t in triggers if t is not verb for k in range(t.i, t.j)}
    earlier = [a for a in actors if a.j <= verb.i and verb.i - a.j <= 15
               and not any(t in BEFORE_STOP for t in sent.norms[a.j:verb.i])
               and not a.clitic.endswith(("ب", "ل"))
               and sent.norms[a.i - 1:a.i] not in (["مع"], ["الي"], ["من"], ["علي"])
               and not any(a.j <= k < verb.i for k in others)]
    if earlier:
        return earlier[-1]
    if inherited is not None and not any(a.j <= at for a in actors):
        return inherited
    return None


_ARRIVAL_OPENERS = words.ARRIVAL_OPENERS


def _named_reception(sent: Sentence, triggers, lights, cues, doc_cancel, occupied,
                     sdate) -> list[Candidate]:
    """«وكان في استقبال A وB لدى وصولهما المطار، X»: the guests are named right after the bare
    noun, the host after the arrival clause (or the comma) that closes their list."""
    norms = sent.norms
    if "استقبال" not in norms:
        return []  # (most sentences)
    for k in range(1, len(norms) - 1):
        if norms[k - 1] != "في" or norms[k] != "استقبال":
            continue
        guests = _chain(sent, sent.actors, k + 1, len(norms))
        if not guests or not _gap_ok(sent, k + 1, guests[0].i, 1, adverbials=True):
            return []
        end = guests[-1].j
        opener = next((m for m in range(end, min(end + 3, len(norms)))
                       if norms[m] in _ARRIVAL_OPENERS), None)
        start = opener + 1 if opener is not None else end
        if opener is None and not sent.toks[end - 1].punct:
            return []
        host = next((a for a in sent.actors if a.i >= start), None)
        if host is None or host.i - start > 8 or any(
                norms[m] in STOP_WORDS for m in range(start, host.i)):
            return []
        trig = Trigger(k, k + 1, "MEET", "noun")
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        text = sent.text[sent.toks[k].start:sent.toks[k].end]
        return [Candidate("MEET", status, host, g, sent, text, sdate[0], sdate[1],
                          location_of(sent, trig, set()), trig=trig, frame="reception")
                for g in guests if g.key[0] != host.key[0] and not g.entourage]
    return []


DUAL_REACH = 4  # words at most from a dual subject («الجانبان») to the contact noun of its clause


def _dual_subjects(sent: Sentence, prev: Sentence | None, trig: Trigger,
                   lights=()) -> list[Actor]:
    """«واجتمع الدبلوماسيان يوم الاثنين مع X»: a dual noun right after the verb, naming no
    one itself, is the previous sentence's first two actors of different countries; so is the
    dual subject of a light verb right before a contact noun («وعقد الجانبان جلسة
    مباحثات»)."""
    norms = sent.norms
    if prev is None:
        return []
    at = trig.j
    if trig.tense == "noun":
        at = next((lt + 1 for lt, _ in lights if lt + 2 == trig.i), len(norms))
    if at >= len(norms) or norms[at] not in DUALS:
        # «واتفق الجانبان على عقد لقاء», «ويعقد الجانبان جولة مباحثات»: the dual subject
        # of the clause a few words before the contact, with no break between
        at = next((d for d in range(trig.i - 1, max(-1, trig.i - DUAL_REACH - 1), -1)
                   if norms[d] in DUALS), len(norms))
        if at < len(norms) and any(sent.toks[m].punct for m in range(at, trig.i)):
            return []
    if at >= len(norms) or norms[at] not in DUALS \
            or any(a.i <= at < a.j for a in sent.actors):
        return []
    people = norms[at] not in DUAL_SIDES
    two: list[Actor] = []
    for a in prev.actors:
        if a.institution:
            continue  # «الوزيران» after «ذكرت وزارة الدفاع الأمريكية»: people, not a body
        if people and a.role == "group":
            continue  # «الوزيران» after «... الحرب على تنظيم داعش»: officials, not a group
        if a.key[0] is not None and all(a.key[0] != b.key[0] for b in two):
            two.append(a)
    return two[:2] if len(two) >= 2 else []


def _reported_genitive(sent: Sentence, trig: Trigger, speaker: Actor, genitive: Actor | None,
                       pronoun: bool) -> bool:
    """Whether a contact noun opens a clause reported by أن/إن after the actor before it and
    names its own doer in the genitive right after it («قال X إن اجتماع الرئيس الروسي مع
    نظيره التركي ...»): the speaker X is no party to the contact. A noun with a pronoun
    (لقاءه) names the speaker himself, and so keeps him."""
    if trig.tense != "noun" or pronoun or genitive is None \
            or _genitive_gap(sent, trig, genitive) != 0 or genitive.clitic:
        return False
    if _compatriot_genitive(sent, speaker, genitive):
        return True
    return any(t in _THAT for t in sent.norms[speaker.j:trig.i])


def _arrival_genitive(sent: Sentence, trig: Trigger, genitive: Actor | None) -> bool:
    """Whether the bare arrival noun «وصول» has its traveller in the genitive right after it
    («هل شاهد X وصول رئيس الوزراء إلى عدن»): the traveller, not an actor before, arrives."""
    return (trig.tense == "noun" and genitive is not None and genitive.i == trig.j
            and bare_arrival(sent, trig))


def _compatriot_genitive(sent: Sentence, speaker: Actor, genitive: Actor) -> bool:
    """«وقال مسؤول أمريكي بعد لقاء كيري ووانغ ...»: a contact noun whose genitive, right after
    it, is of the speaker's own state and is joined by و or مع to an actor of another: the
    genitive and that actor met; the speaker, who would only have met his own compatriot,
    tells of it."""
    if speaker.key[0] is None or genitive.key[0] != speaker.key[0]:
        return False
    norms = sent.norms
    nxt = next((a for a in sent.actors if a.i >= genitive.j), None)
    if nxt is None or nxt.key[0] in (None, speaker.key[0]) or nxt.i - genitive.j > 1:
        return False
    return (norms[nxt.i].startswith("و") and nxt.i == genitive.j
            or nxt.i == genitive.j + 1 and norms[genitive.j] == "مع")


# «بعد لقاء A وB», «لدى لقاء A بـB»: the time of what the sentence says, after or upon a
# contact whose parties the noun names in its genitive
_AFTER_CONTACT = words.AFTER_CONTACT_WORDS


def _after_contact_genitive(sent: Sentence, trig: Trigger, genitive: Actor | None,
                            pronoun: bool) -> bool:
    """Whether a contact noun after «بعد», «عقب», «إثر» or «لدى» names its doer in the
    genitive right after it and its counterpart right after that, joined by و or ب or after
    مع («وصرح مسؤول أميركي للصحافيين بعد لقاء كيري ووانغ», «لدى لقاء وزير الدفاع
    الأمريكي بالملك»): the actor before the noun (who speaks or agrees after it) is no party
    to that contact; the genitive is its subject. A noun with a pronoun (بعد لقائه) names the
    actor before it, and keeps him."""
    norms = sent.norms
    if trig.tense != "noun" or pronoun or genitive is None \
            or _genitive_gap(sent, trig, genitive) != 0 or genitive.clitic or trig.i < 1 \
            or norms[trig.i - 1] not in _AFTER_CONTACT:
        return False
    if sent.toks[genitive.j - 1].punct:
        return False
    nxt = next((a for a in sent.actors if a.i >= genitive.j), None)
    if nxt is None:
        return False
    if nxt.i == genitive.j:
        return nxt.clitic.startswith(("و", "ب"))
    return nxt.i == genitive.j + 1 and norms[genitive.j] == "مع"


def _setting_counterparts(sent: Sentence, trig: Trigger, cues, subject: Actor,
                          counterparts: list[Actor]) -> list[Actor]:
    """The counterparts of a contact noun that sets the scene («على هامش اللقاء مع X، سيلتقي
    A نظيره B»): the setting phrase ends at the first punctuation after its own party X, and
    of the actors past it only the first, the main clause's subject A, attended the gathering
    with X; B is the main verb's object (A meets B on its sidelines), not X's counterpart."""
    if trig.tense != "noun" or subject.i < trig.j or not any(
            c[2] == "setting" and c[1] == trig.i for c in cues):
        return counterparts
    end = next((k + 1 for k in range(subject.j - 1, len(sent.toks)) if sent.toks[k].punct),
               None)
    if end is None:
        return counterparts
    inside = [a for a in counterparts if a.i < end]
    past = [a for a in counterparts if a.i >= end]
    return inside + past[:1]


def _dropped_speaker(sent: Sentence, trig: Trigger, actors: list[Actor]) -> bool:
    """«وأشار في مؤتمر صحفي في موسكو مع وزير الخارجية الروسي ...», «وقال خلال مؤتمر صحفي
    مشترك عقده مع Y»: a sentence that opens on a verb of saying with no subject named, then
    the setting (في/خلال ...) of a contact noun with a counterpart in مع: the verb's subject,
    the one the sentence before told of, had the contact with Y."""
    norms = sent.norms
    if trig.tense != "noun" or trig.i != 2 or norms[0] not in SPEECH_VERBS \
            or norms[1] not in SETTING_WORDS | {"في"} \
            or trig.etype not in ("MEET", "NEGOTIATE", "DISCUSS", "PRESS_CONFERENCE"):
        return False
    if any(a.i < trig.j for a in actors):
        return False
    k = next((k for k in range(trig.j, min(trig.j + 4, len(norms))) if norms[k] == "مع"), None)
    # the counterpart right after مع, an honorific («معالي») or two allowed between
    return k is not None and any(k < a.i <= k + 3 for a in actors)


def _setting_speaker(sent: Sentence, trig: Trigger, triggers: list[Trigger],
                     actors: list[Actor]) -> Actor | None:
    """The subject of a verb of saying that opens the sentence, when a contact noun after
    خلال/أثناء (lit. "during") with a counterpart in مع is the setting of what was said:
    «أعلن وزير الخارجية التركي أن بلاده ستبدأ ...، خلال لقاء مع نظيره الأمريكي» — the
    minister meets the American, not an actor named inside the reported clause — or with the
    speaker's own pronoun and its object right after it («خلال لقائه نظيره الأمريكي»). None
    when another contact trigger stands between the verb and the noun."""
    norms = sent.norms
    if trig.tense != "noun" or trig.i < 2 or trig.etype not in ("MEET", "NEGOTIATE", "DISCUSS"):
        return None
    if norms[trig.i - 1] not in SETTING_WORDS:
        return None
    if "مع" not in norms[trig.j:trig.j + 3] and not (
            # «...، وذلك خلال لقائه نظيره الأمريكي»: the noun's pronoun is the speaker's, its
            # object the counterpart right after it
            _SINGULAR_PRONOUN.search(norms[trig.j - 1])
            and any(a.i == trig.j and not a.clitic for a in actors)):
        return None
    speaker = next((a for a in actors if a.j <= trig.i), None)
    if speaker is None:
        return None
    if _SINGULAR_PRONOUN.search(norms[trig.j - 1]) and any(
            speaker.j <= a.i and a.j <= trig.i and norms[a.i - 1] in _THAT
            and (a.name or a.role) and not a.institution and not _same(a, speaker)
            for a in actors):
        # «قال A إن B أكد خلال لقائه ...»: the singular pronoun is the reported clause's own
        # subject B's, who told it in a meeting of his; A only reports it
        return None
    if norms[0] not in SPEECH_VERBS and not (
            # «وفي محاولة لطمأنة حليفه، أعلن X أن ...، خلال لقاء مع Y»: an opening adverbial
            # before the verb of saying, whose subject is the sentence's first actor
            speaker.i >= 2 and norms[speaker.i - 1] in SPEECH_VERBS
            and any(sent.toks[m].punct for m in range(speaker.i - 1))
            # not when the noun's counterpart is his compatriot («قال عريقات إن ...، أثناء
            # لقاء سابق مع الرئيس محمود عباس»: someone else's meeting he tells of)
            and next((a.key[0] for a in actors if a.i >= trig.j), None)
            not in (None, speaker.key[0])):
        return None
    if norms[0] in SPEECH_VERBS and speaker.i > 3 or any(
            t.i < trig.i and t.etype in ("MEET", "CALL", "NEGOTIATE", "DISCUSS")
            for t in triggers):
        return None
    return speaker


def _said_that_subject(sent: Sentence, trig: Trigger, actors: list[Actor]) -> Actor | None:
    """The subject of a contact verb told in a clause of «أنه» after a participle or verb of
    saying, in a sentence that opens on a verb of saying with its subject («وقال X إنه ...،
    مشيرا إلى أنه سيلتقي Y»): the participle's subject, and so the pronoun's, is the speaker
    X, not an actor named in between («يختلف مع A، موضحا أنه التقى Y»: X met Y, not A).

    Unlike `_pronoun_speaker` (any «أنه» before the verb, and only where the subject would be
    the nearest actor before it), this one asks for the words of saying, takes only
    grammar.yaml's that_he (no «وأنه», «لأنه»), names the first actor before the verb when it
    starts within the sentence's first four words, and overrides the subject any branch chose
    (unless it is the actor right after the verb, or the subject was carried over)."""
    norms = sent.norms
    if trig.tense not in ("past", "present") or trig.i < 3 or norms[trig.i - 1] not in THAT_HE:
        return None
    k = trig.i - 2
    if norms[k] == "الي":  # «إلى» (normalised; «مشيرا إلى أنه»)
        k -= 1
    if not (in_words(norms[k], SPEECH_PARTICIPLES, "و") or norms[k] in SPEECH_VERBS):
        return None
    if norms[0] not in SPEECH_VERBS:
        return None
    speaker = next((a for a in actors if a.j <= trig.i), None)
    if speaker is None or speaker.i > 3:
        return None
    return speaker


def _relative_subject(sent: Sentence, trig: Trigger, before: list[Actor]) -> Actor | None:
    """The actor right before a relative pronoun that opens on a contact verb («الملك X الذي
    استقبل Y ...»): the pronoun is the verb's subject, so X is, and the actor after the verb
    is its object (no verb-subject-object order)."""
    if trig.tense not in ("past", "present") or not before or trig.i < 2:
        return None
    if sent.norms[trig.i - 1] not in RELATIVE or before[-1].j != trig.i - 1:
        return None
    return before[-1]


def _light_verb_subject(sent: Sentence, trig: Trigger, triggers: list[Trigger],
                        lights) -> Actor | None:
    """The subject of a light verb that governs a noun trigger (عقد X ... اجتماعا، أجرى X
    اتصالا، تلقى X اتصالا): the first actor right after the verb, before the noun, with no
    other trigger in between; honorifics, time words, places and a dash-delimited
    parenthetical (– حفظه الله –) may stand between the actor and the noun."""
    prev_end = max([t.j for t in triggers if t.j <= trig.i] or [0])
    verbs = [lt for lt, _ in lights if prev_end <= lt < trig.i and trig.i - lt <= 20]
    if not verbs:
        return None
    lt = verbs[-1]
    skip = _adverbial_toks(sent)
    inside = [a for a in sent.actors if lt < a.i and a.j <= trig.i]
    if not inside or any(k not in skip for k in range(lt + 1, inside[0].i)):
        return None
    # the noun is the verb's object: only the subject's own list, adverbials, its lineage or
    # a parenthetical come between (not «بدأ X كلمته الافتتاحية للقمة»)
    last = max((a for a in inside if _gap_ok(sent, inside[0].j, a.i, 6, adverbials=True)),
               key=lambda a: a.j)
    gap = sent.norms[last.j:trig.i]
    start = last.j + len(gap) - len(_after_lineage(gap))
    if not _gap_ok(sent, start, trig.i, 1, cross=False, adverbials=True):
        return None
    return inside[0]


def _coordinated_pair(sent: Sentence | None) -> list[Actor]:
    """The first two actors of a sentence when they are one و-joined pair («أصدر A وB بيانا»):
    whom a dual pronoun in the next sentence (جمعهما) refers to."""
    if sent is None or len(sent.actors) < 2:
        return []
    a, b = sent.actors[:2]
    if a.key == b.key or not _joined(sent, b) or not _gap_ok(sent, a.j, b.i, 1):
        return []
    return [a, b]


def _listed_earlier(sent: Sentence, subject: Actor, trig: Trigger, triggers: list[Trigger],
                    inherited: Actor | None, prev: Sentence | None) -> list[Actor]:
    """The participant list («بين A وB», «جمع A بB») an earlier contact noun of the sentence
    names after it that `subject` stands in (its head pronoun's actor not counted), or []."""
    for t in triggers:
        if t.i >= trig.i or t.j > subject.i:
            continue
        listed = between_participants(sent, t, triggers, inherited, prev)
        if any((a.i, a.j) == (subject.i, subject.j) and a.i >= t.j for a in listed):
            return listed
    return []


def between_participants(sent: Sentence, trig: Trigger, triggers: list[Trigger],
                          inherited: Actor | None = None,
                          prev: Sentence | None = None,
                          talks: tuple[Actor, Actor] | None = None) -> list[Actor]:
    """The participants a contact trigger names after it, with no actor in between: a list
    after «بين» («اللقاء الذي جرى أمس في موسكو بين A وB», «الندوة الصحفية المشتركة بين A
    وB») or after «جمع» («اللقاء الذي جمع A
    بB»; «المكالمة التي جمعته بB»: him is the sentence's first actor, else the topic)."""
    if trig.etype not in ("MEET", "CALL", "DISCUSS", "NEGOTIATE", "PRESS_CONFERENCE"):
        return []
    norms = sent.norms
    nxt = min([t.i for t in triggers if t.i >= trig.j] or [len(norms)])
    included = _genitive_including(sent, trig, nxt)
    if included:
        return included
    topic = False
    for k in range(trig.j, min(trig.j + 12, nxt, len(norms))):
        if any(a.i <= k < a.j for a in sent.actors):
            return []
        if norms[k] == "بين" and topic and not (norms[k + 1:k + 2]
                                                and norms[k + 1] in DUALS_OBLIQUE):
            # «تناول اللقاء الاتفاق النووي بين إيران والدول الست»: a topic noun between the
            # contact noun and «بين» takes the list (the agreement's parties, not the meeting's)
            return []
        topic = topic or topic_noun(norms[k]) or trig.etype != "NEGOTIATE" and _agreement(norms[k])
        if norms[k] == "بين" and norms[k + 1:k + 2] and norms[k + 1] in DUALS_OBLIQUE \
                and not any(k + 1 <= a.i <= k + 3 for a in sent.actors):
            # «مكالمة هاتفية جرت بين الجانبين»: the two parties named before
            return _two_parties(sent, trig, prev, talks)
        if norms[k] == "بين":
            listed = _chain(sent, sent.actors, k + 1, len(norms))
            # «بين وزيري خارجية المملكة A والمصري B»: a dual title may stand before the first
            # «بين البلدين»: the two states of a dual noun share its span (blocs.state_pairs)
            # «بين أصحاب السمو والمعالي وزراء خارجية A وB»: honorifics may stand before the first
            skip = _adverbial_toks(sent)
            if len(listed) >= 2 and (listed[0].i - k <= 3 or listed[0].i - k <= 4
                                     and norms[k + 1] in DUAL_TITLES
                                     or all(x in skip for x in range(k + 1, listed[0].i))) and all(
                    _joined(sent, a) or _joined_honorific(sent, b.j, a, skip)
                    or _joined_members(sent, b, a)
                    or a.pair is not None and a.pair == listed[0].pair
                    and (a.i, a.j) == (listed[0].i, listed[0].j)
                    for b, a in zip(listed, listed[1:], strict=False)):
                return listed
            return []
        if norms[k] in GATHER_OBJECT_VERBS and norms[k + 1:k + 2] == ["بين"]:
            # «لقاءات من المقرر عقدها بين A وB»: the verbal noun (their holding), whose parties
            # the «بين» list names; a relative verb takes «مع» («لقاء عقده مع X»)
            continue
        if norms[k] in GATHER_BARE and _between_after(sent, k + 1):
            # «اللقاء الذي جمع في العاصمة أبو ظبي بين A وB»: the verb's place, then its «بين»
            continue
        if norms[k] in GATHER:
            listed = _chain(sent, sent.actors, k + 1, len(norms))
            if not listed or not _gap_ok(sent, k + 1, listed[0].i, 1, adverbials=True):
                # «الاجتماع الذي جمعهما»: the two of the sentence before, when the sentence
                # names no one before the noun
                if norms[k].endswith("هما") and not any(a.j <= trig.i for a in sent.actors):
                    return _coordinated_pair(prev)
                return _dual_antecedents(sent, trig) if norms[k].endswith("هما") else []
            if norms[k] not in GATHER_BARE:  # a pronoun object: جمعته، جمعهما
                head = next((a for a in sent.actors if a.j <= trig.i), inherited)
                told = _told_head(sent, trig)
                if told is not None:
                    head = told  # «أوضح الوزير في بيانه أن الملك ... الاتصال الذي تلقاه من X»
                if not norms[k].startswith("جمع"):
                    # «الاتصال الذي تلقاه من A، والرسالة التي تلقاها من B»: B is another
                    # relative clause's, of another noun
                    cut = next((m for m in range(1, len(listed)) if listed[m - 1].i > k and any(
                        t in RELATIVE or t in GATHER
                        for t in norms[listed[m - 1].j:listed[m].i])), len(listed))
                    listed = listed[:cut]
                listed = [head] + listed if head is not None else []
            skip = _adverbial_toks(sent)
            # «جمع بين الرئيس A وسمو ولي العهد B»: an honorific may carry the و
            if len(listed) >= 2 and all(_joined(sent, a) or a.clitic.startswith(("ب", "وب"))
                                        or norms[a.i - 1] in ("من", "مع")
                                        or _joined_honorific(sent, b.j, a, skip)
                                        for b, a in zip(listed, listed[1:], strict=False)
                                        if a.i > k):
                return listed[:2] if listed[1].clitic.startswith("ب") else listed
            # «دعا A نظيره B خلال لقاء جمعهما ... "الحكومة البريطانية ..."»: an actor after the
            # dual pronoun that no «ب»/«مع» joins to it is no party; the two are named before
            return _dual_antecedents(sent, trig) if norms[k].endswith("هما") else []
        if k > trig.j and sent.toks[k - 1].punct and not (
                norms[k] in HELD_BETWEEN_VERBS and norms[k + 1:k + 2] == ["بين"]
                or _dated_aside(sent, k)):
            return []
    return []


def _dual_antecedents(sent: Sentence, trig: Trigger) -> list[Actor]:
    """The two people a dual pronoun on a contact noun resumes («خلال لقاء جمعهما»): the
    sentence's only two actors before the noun (the verb's subject and object, «دعا A نظيره B
    خلال لقاء جمعهما»), else [] (one or three named before: whom it resumes, it does not say)."""
    named = [a for a in sent.actors if a.j <= trig.i and not _sender(sent, a)
             and not _spokesman(sent, a) and not _described(sent, a)]
    return named if len(named) == 2 and not _same(named[0], named[1]) else []


def _dated_aside(sent: Sentence, k: int) -> bool:
    """Whether token k, after a comma, opens or closes a time aside set between commas before a
    relative clause on the noun («اجتماع الدوحة الثلاثي، يوم الأحد الماضي، الذي ضم A وB»): the
    aside's words are all adverbial and the word after its closing comma is a relative pronoun."""
    adverbials, norms = _adverbial_toks(sent), sent.norms
    start = k
    if k not in adverbials:
        # closing: the words before k back to the opening comma are the aside
        start = k - 1
        while start > 0 and not sent.toks[start - 1].punct:
            start -= 1
        if norms[k] not in RELATIVE or start >= k - 1 and start not in adverbials:
            return False
        return all(m in adverbials for m in range(start, k))
    end = k
    while end < len(norms) and end in adverbials and not sent.toks[end].punct:
        end += 1
    return end < len(norms) - 1 and end in adverbials and norms[end + 1] in RELATIVE


_INCLUDING = GATHER_BARE | _INCLUDED


def _genitive_including(sent: Sentence, trig: Trigger, nxt: int) -> list[Actor]:
    """The genitive of a contact noun and the list a relative verb of inclusion names after
    it («محادثات الوزير التي شملت نظيره الفرنسي وسفير فرنسا», «لقاءات X التي ضمت A وB»): the
    genitive is the subject, the list its counterparts, or []."""
    norms = sent.norms
    head = next((a for a in sent.actors if a.i == trig.j), None)
    if head is None or head.j + 2 > min(nxt, len(norms)) or norms[head.j] not in RELATIVE \
            or norms[head.j + 1] not in _INCLUDING or sent.toks[head.j - 1].punct:
        return []
    listed = _chain(sent, sent.actors, head.j + 2, len(norms))
    if not listed or not _gap_ok(sent, head.j + 2, listed[0].i, 1, adverbials=True):
        return []
    if not all(_joined(sent, a) for a in listed[1:]):
        return []
    return [head] + listed


def _between_after(sent: Sentence, start: int) -> bool:
    """Whether «بين» follows from `start` after adverbials only (places, time words,
    honorifics: «جمع في العاصمة الإماراتية أبو ظبي بين A وB»)."""
    skip = _adverbial_toks(sent)
    k = start
    while k < len(sent.norms) and k in skip and sent.norms[k] != "بين" \
            and not sent.toks[k].punct:
        k += 1
    return k > start and sent.norms[k:k + 1] == ["بين"]


def _joined_honorific(sent: Sentence, last: int, a: Actor, skip: set[int]) -> bool:
    """Whether an actor is joined by و to the list before it through the honorific or rank
    that opens it («بين الأمير A وفخامة الرئيس B», «بين A والمشير B»): every word from the
    last actor's end to this one is an adverbial, and the first carries the و."""
    if a.i <= last or sent.toks[a.i - 1].punct:
        return False
    gap = range(last, a.i)
    return sent.norms[last].startswith("و") and all(k in skip for k in gap)


def _told_head(sent: Sentence, trig: Trigger) -> Actor | None:
    """The first actor of the clause that «أن» opens before a contact noun, when an actor
    named before that «أن» reports it («أوضح وزير الإعلام في بيانه أن الملك أطلع المجلس على
    الاتصال الذي تلقاه من X»): the reporter is no party, the clause's subject receives."""
    norms = sent.norms
    that = [m for m in range(trig.i) if norms[m] in _THAT]
    if not that or not any(a.j <= that[-1] for a in sent.actors):
        return None
    return next((a for a in sent.actors if that[-1] < a.i and a.j <= trig.i), None)


def _received_list(sent: Sentence, trig: Trigger, participants: list[Actor]) -> bool:
    """Whether the participants come from a relative verb of receiving with its subject's
    pronoun («الاتصال الذي تلقاه من A، و... من B»): each call received is the subject's with
    one caller, not the callers' with each other (unlike «لقاء عقده مع نظيريه A وB», one
    meeting of the three)."""
    later = [a for a in participants if a.i >= trig.j]
    return bool(later) and any(t in GATHER_OBJECT_VERBS and t.startswith("تلق")
                               for t in sent.norms[trig.j:later[0].i])


def _between_unnamed(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a contact trigger names its parties after «بين» (no actor and no punctuation
    between) but only one of them is an actor («اجتماع جرى في القاهرة بين السفير الأميركي
    وقيادات من حزب المؤتمر»): the meeting is theirs, so an actor named before the trigger is
    no party to it. «بين الجانبين/البلدين» (the two named before) and «بين طرفي النزاع» (no
    actor: the conflict's parties) are not such lists."""
    if trig.etype not in ("MEET", "CALL", "DISCUSS", "NEGOTIATE", "PRESS_CONFERENCE"):
        return False
    norms = sent.norms
    nxt = min([t.i for t in triggers if t.i >= trig.j] or [len(norms)])
    for k in range(trig.j, min(trig.j + 12, nxt, len(norms))):
        if any(a.i <= k < a.j for a in sent.actors):
            return False
        if norms[k] == "بين":
            if norms[k + 1:k + 2] and norms[k + 1] in DUALS_OBLIQUE:
                return False
            end = next((m + 1 for m in range(k, len(norms)) if sent.toks[m].punct), len(norms))
            return len({(a.i, a.j) for a in sent.actors if k < a.i < end}) == 1
        if k > trig.j and sent.toks[k - 1].punct:
            return False
    return False


def _object_pronoun_pair(sent: Sentence, trig: Trigger, actors: list[Actor],
                         inherited: Actor | None) -> tuple[Actor, Actor] | None:
    """(subject, object) of a contact verb that carries its object as a pronoun («وصل X إلى
    القاهرة حيث استقبله الرئيس المصري», «للرئيس المصري الذي استقبله»): the subject is the
    actor right after the verb (honorifics and time words aside), or the antecedent of a
    relative pronoun right before it; the object is the sentence's first actor before the
    verb that is not the subject, else the previous sentence's topic (`inherited`)."""
    norms = sent.norms
    subject = None
    if trig.i >= 2 and norms[trig.i - 1] in RELATIVE:
        subject = next((a for a in actors if a.j == trig.i - 1), None)
        after = next((a for a in actors if a.i >= trig.j and not _governed(sent, trig.j, a)),
                     None)
        if (subject is not None and after is not None and not _same(after, subject)
                and _gap_ok(sent, trig.j, after.i, 2, cross=False, adverbials=True)):
            # «وقال X الذي استقبله أمس الرئيس Y»: the verb names its own subject after it,
            # and its pronoun resumes the relative's antecedent X, the one received
            return after, subject
    if subject is None:
        # a governed actor is none («يستقبلها الشباب بحماس», «تستقبله ... مع كل أطراف
        # الأزمة»; «استقبله في الرياض ولي العهد»: the one after it)
        subject = next((a for a in actors if a.i >= trig.j and not _governed(sent, trig.j, a)),
                       None)
        if subject is None or not _gap_ok(sent, trig.j, subject.i, 2, cross=False,
                                          adverbials=True):
            return None
    referent = next((a for a in actors if a.j <= trig.i and a is not subject
                     and not _same(a, subject)), None)
    if referent is None and not any(a.j <= trig.i for a in actors if a is not subject) \
            and not _named_main_subject(sent, trig, subject):
        referent = inherited
    if referent is None or _same(referent, subject):
        return None
    return subject, referent


# a preposition with a pronoun for the one met («معه», «به»): مع with any contact verb or
# light verb, ب only right after a verb of meeting or calling («اجتمع به», «اتصل بها»)
_MAA_PRONOUNS = words.MAA_PRONOUNS
_BI_PRONOUNS = words.BI_PRONOUNS


PREV_SUBJECT_AT = 3  # words at most before the subject a sentence opens on («وأعرب X»)


def _with_pronoun_pair(sent: Sentence, trig: Trigger, actors: list[Actor],
                       inherited: Actor | None, lights) -> tuple[Actor, Actor] | None:
    """(subject, object) of a contact whose object is a pronoun on مع or ب right after its
    verb, the verb's subject named right after the pronoun (VSO with the object fronted):
    «وأجرى معه رئيس الحكومة محادثات», «وبحث معه الرئيس العلاقات», «واجتمع به رئيس
    الحكومة». The pronoun stands for the sentence's first actor before the verb, else, with
    nobody named before it, for the previous sentence's topic (`inherited`); a subject not
    named right after the pronoun (the verb's own subject named before it: «X التقى به») is
    no case of this frame."""
    norms = sent.norms
    if trig.tense in ("past", "present"):
        at = trig.j
        verb = trig.i
        if at >= len(norms) or not (
                norms[at] in _MAA_PRONOUNS
                or norms[at] in _BI_PRONOUNS and _meets_bi(norms[trig.i], trig.etype)):
            return None
        if verb > 0 and norms[verb - 1] in RELATIVE:
            return None  # «الترحيب الذي استقبل به X الاتفاق»: the pronoun is the antecedent's
    elif trig.tense == "noun":
        # «وأجرى معه X محادثات»: a light verb, the pronoun, the subject, then the noun
        verb = next((lt for lt, _ in lights if lt + 2 < trig.i
                     and norms[lt + 1] in _MAA_PRONOUNS), None)
        if verb is None:
            # «وأجرى رئيس الجمهورية معه محادثات»: the subject between the verb and the pronoun
            pron = trig.i - 1
            if pron < 2 or norms[pron] not in _MAA_PRONOUNS:
                return None
            subject = next((a for a in actors if a.j == pron), None)
            verb = next((lt for lt, _ in lights if subject is not None and lt < subject.i
                         and _gap_ok(sent, lt + 1, subject.i, 1, cross=False,
                                     adverbials=True)), None)
            if verb is None or subject.clitic:
                return None
            return _with_pronoun_referent(sent, actors, inherited, verb, subject)
        at = verb + 1
    else:
        return None
    subject = next((a for a in actors if a.i > at and not _governed(sent, at + 1, a)), None)
    if subject is None or not _gap_ok(sent, at + 1, subject.i, 2, cross=False,
                                      adverbials=True):
        return None
    if trig.tense == "noun" and not (subject.j <= trig.i
                                     and _gap_ok(sent, subject.j, trig.i, 1, cross=False)):
        return None
    return _with_pronoun_referent(sent, actors, inherited, verb, subject)


def _meets_bi(word: str, etype: str) -> bool:
    """Whether a verb with ب after it takes the one met or called («اجتمع به», «التقى
    بها», «اتصل به»), not a thing («استقبل به الاتفاق»: welcomed it with; «تحدث بها»:
    spoke them)."""
    return (etype == "MEET" and "ستقبل" not in word
            or etype == "CALL" and "تصل" in word)


def _with_pronoun_referent(sent: Sentence, actors: list[Actor], inherited: Actor | None,
                           verb: int, subject: Actor) -> tuple[Actor, Actor] | None:
    """(subject, the pronoun's antecedent) for _with_pronoun_pair: the sentence's first actor
    before the verb at token `verb`, else (nobody named before it) `inherited`."""
    if any(a.j <= verb for a in actors):
        referent = next((a for a in actors if a.j <= verb and not _same(a, subject)), None)
    else:
        referent = inherited
    if referent is None or _same(referent, subject):
        return None
    return subject, referent


def _named_main_subject(sent: Sentence, trig: Trigger, antecedent: Actor) -> bool:
    """Whether a relative clause's antecedent is the object of a contact verb before it that
    names its own subject, no actor («والتقت الشابة، المبتسمة برغم التعب، الرئيس X الذي
    استقبلها»): the pronoun resumes that subject, not the previous sentence's topic (a verb
    right before the antecedent, adverbials aside, has its subject dropped: «والتقى الرئيس X
    الذي استقبله»)."""
    if not (trig.i >= 2 and sent.norms[trig.i - 1] in RELATIVE and antecedent.j == trig.i - 1):
        return False
    before = [k for k in sent.trigger_toks if k < antecedent.i and k not in range(trig.i, trig.j)]
    if not before:
        return False
    return not _gap_ok(sent, max(before) + 1, antecedent.i, 1, adverbials=True)


# prepositions that govern the noun after them (a subject is never governed)
_SUBJECT_BARRED = words.SUBJECT_BARRED
_QUANTIFIERS = words.QUANTIFIERS


def _governed(sent: Sentence, start: int, a: Actor) -> bool:
    """Whether the actor after an object-pronoun verb is governed by a preposition, and so no
    subject of the verb: a ب or ل clitic on it («يستقبلها الشباب بحماس»), مع anywhere between
    the verb and it («تستقبله في إطار اتصالاتها مع كل أطراف الأزمة»), or a preposition right
    before it, a quantifier aside («من جميع الدول»)."""
    if a.clitic.lstrip("وف").startswith(("ب", "ل")):
        return True
    norms = sent.norms
    if "مع" in norms[start:a.i]:
        return True
    k = a.i - 1
    while k >= start and norms[k] in _QUANTIFIERS:
        k -= 1
    return k >= start and norms[k] in _SUBJECT_BARRED


def _round_of_told_talks(sent: Sentence, trig: Trigger, actors: list[Actor]) -> bool:
    """Whether a talks noun is a round of talks («جولة ثانية من محادثات السلام», «الجولة
    المقبلة من المفاوضات»; triggers.round_before) whose clause names no side: no actor stands
    in the clause of the noun (from the punctuation mark before it to the one after it). Such
    a round is one of the talks the article told before, between the same two sides."""
    if trig.etype != "NEGOTIATE" or trig.tense != "noun":
        return False
    norms = sent.norms
    if round_before(norms, trig.i) is None and not in_words(norms[trig.i], _ROUNDS, "وفبل"):
        return False
    toks = sent.toks
    start = next((k + 1 for k in range(trig.i - 1, -1, -1) if toks[k].punct), 0)
    end = next((k + 1 for k in range(trig.j - 1, len(toks)) if toks[k].punct), len(toks))
    return not any(start <= a.i < end for a in actors)


def _two_parties(sent: Sentence, trig: Trigger, prev: Sentence | None,
                 talks: tuple[Actor, Actor] | None = None) -> list[Actor]:
    """The two parties a dual («الجانبين») after a contact noun refers to, when no names
    follow it (not «بين الرئيسين التركي X والأمريكي Y»): the two actors of different
    countries the sentence names nearest before the noun; else, for talks, the two sides of
    the talks told last (`talks`: «وكانت مفاوضات تمهيدية قد جرت بين الجانبين» after a round
    of talks between the government and a movement, not the officials who told of it); else
    the previous sentence's first two; none when neither names two."""
    for actors in (sorted((a for a in sent.actors if a.j <= trig.i), key=lambda a: -a.i),
                   list(talks) if talks is not None and trig.etype == "NEGOTIATE" else [],
                   prev.actors if prev is not None else []):
        two: list[Actor] = []
        for a in actors:
            if a.key[0] is not None and not a.entourage and all(a.key[0] != b.key[0]
                                                                 for b in two):
                two.append(a)
        if len(two) >= 2:
            return two[:2]
    return []


def _shared_title_list(subject: Actor, counterparts: list[Actor]) -> bool:
    """Whether a meeting's parties are one plural title over a list of states, each mention
    right after the one before («اجتماع بين وزراء خارجية تونس والجزائر ومصر»): the first-named
    state meets each of the others (one event per counterpart), not every two of them, as
    named people do («اللقاء بين كيري ولافروف والجبير»)."""
    listed = [subject] + counterparts
    return len(listed) > 2 and all(a.collective and a.titled for a in listed) and all(
        b.i == a.j for a, b in zip(listed, listed[1:], strict=False))


def _joint_list(sent: Sentence, subject: Actor, counterparts: list[Actor], trig: Trigger) -> bool:
    """Whether subject and counterparts are one و-joined list named after the trigger
    (اجتماعا لوزراء الخارجية A والمصري B والجزائري C; اجتمع A وB وC): all of them met."""
    norms = sent.norms
    plural = (trig.tense == "noun" or norms[trig.i].endswith(("وا", "ون", "ان"))
              or _collective(sent, subject))
    return (plural and len(counterparts) >= 2 and subject.i >= trig.j
            and all(_joined(sent, a) for a in counterparts))


# «اجتماع ثلاثي», «مباحثات ثلاثية», «قمة رباعية»: how many sides a gathering has
_SIDES = words.GATHERING_SIDES


def _gathering_size(norms: list[str], trig: Trigger) -> int:
    """The number of sides the adjective right after a gathering noun gives it (_SIDES), 0
    without one (a verb has none)."""
    if trig.tense != "noun" or trig.j >= len(norms):
        return 0
    return _SIDES.get(norms[trig.j], 0)


def _collective(sent: Sentence, a: Actor) -> bool:
    """Whether an actor is named by a plural title (وزراء الخارجية، قادة)."""
    plural = load_gazetteer().collective_titles
    words = sent.norms[a.i:a.j]
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        if head in plural or head[1:] in plural:
            return True
    return False


# a participle of scheduling or an adjective of the contact right after a possessed contact
# noun (grammar.yaml scheduled_participles, contact_adjectives): the counterpart after it is
# still the noun's («اجتماعه المقرر مع أوباما», «لقائه الثنائي مع»)
_OWN_NOUN_MODIFIERS = SCHEDULED_PARTICIPLES | CONTACT_ADJECTIVES


def _introduced(sent: Sentence, trig: Trigger, a: Actor) -> bool:
    """Whether the actor after a possessed noun trigger is its counterpart: introduced by
    مع or ب (لقائه برئيس الجمهورية، اجتماعه مع) or its direct object (لقائه الرئيس),
    with only adverbials (time words, honorifics, places) in between."""
    if a.clitic.startswith(("ب", "وب")):
        return True
    skip = _adverbial_toks(sent)
    gap = [k for k in range(trig.j, a.i) if k not in skip]
    if gap and gap[0] == trig.j and sent.norms[gap[0]] in _OWN_NOUN_MODIFIERS:
        # «اجتماعه المقرر مع أوباما», «زيارته المرتقبة إلى», «لقائه الثنائي مع»: still its own
        gap = gap[1:]
    gap = gap[_own_clause_len(sent.norms, gap):]
    return all(sent.norms[k] in ("مع", "ومع") for k in gap) and len(gap) <= 1


def _own_clause_len(norms: list[str], gap: list[int]) -> int:
    """How many of the gap's first words are the possessed noun's own relative clause with no
    subject of its own, its verb holding the contact with the noun's pronoun («محادثاته التي
    أجراها مع Y», «لقاءاته التي قام بها مع Y»): the owner held it, the «مع» after is still
    the noun's counterpart. 0 when the gap opens on no such clause."""
    if len(gap) < 2 or norms[gap[0]] not in RELATIVE or norms[gap[1]] not in CONTACT_DOERS:
        return 0
    return 3 if len(gap) > 2 and norms[gap[2]] in ("بها", "به", "بهما") else 2


def _speaker_owner(sent: Sentence, trig: Trigger) -> Actor | None:
    """The speaker a sentence opens on («وأضاف X أن ...»), as the owner of a singular
    possessive pronoun on a contact noun of the reported clause with no actor before it
    («... ستكون في صلب اجتماعه المقرر مع Y»): his meeting, not the last sentence's topic's."""
    if not sent.actors or sent.norms[0] not in SPEECH_VERBS:
        return None
    head = sent.actors[0]
    if head.i != 1 or not _SINGULAR_PRONOUN_END.search(sent.norms[trig.j - 1]):
        return None
    if any(head.j <= a.i < trig.i for a in sent.actors[1:]):
        return None
    if not any(t in _THAT for t in sent.norms[head.j:head.j + 3]):
        return None
    return head


# participles that say a contact is scheduled, set as an adjective right after its noun


def _joined(sent: Sentence, a: Actor) -> bool:
    """Whether an actor is joined to the one before it by و (on its first word, or on a
    nationality adjective right before it: «والأميركي باراك أوباما»)."""
    if a.clitic.startswith("و") or a.i > 0 and sent.norms[a.i - 1] == "و":
        return True
    return any(k == a.i - 1 and sent.norms[k].startswith("و") for k, _, _ in sent.adjs)


def _joined_members(sent: Sentence, b: Actor, a: Actor) -> bool:
    """Whether actor a is joined by و to b before it through a noun of its members and «من/عن»
    («بين السفير الأميركي السابق بصنعاء وقيادات من حزب X»: the party's leaders); at most two
    words of b's own («السابق بصنعاء») stand between, no punctuation. The noun is not checked
    against a list: any word on «و» longer than «وكل» (which lists: «وكل من A وB») is taken
    for one («وممثلين عن», «ووفد من», «وأعضاء من»)."""
    norms, m = sent.norms, a.i - 2
    return (b.j <= m <= b.j + 2 and norms[a.i - 1] in ("من", "عن")
            and norms[m].startswith("و") and len(norms[m]) > 3
            and not any(sent.toks[k].punct for k in range(b.j - 1, a.i - 1)))


# words that join a second verb to the first one's subject after a comma («، كما التقى»,
# «، ثم أجرى اتصالا»)
COORDINATORS = words.COORDINATORS


def _own_vso_pair(sent: Sentence, trig: Trigger, after: list[Actor]) -> bool:
    """Whether a verb is followed right away by two mentions not joined by و and not
    introduced by a preposition (VSO: its own subject, then its object); two listed in order
    by «ثم»/«وكذلك» («التقى A ثم B») are both its objects."""
    if len(after) < 2 or after[0].i - trig.j > 1 or after[0].clitic[-1:] in ("ب", "ل"):
        return False
    a, b = after[0], after[1]
    return (0 <= b.i - a.j <= 1 and not _joined(sent, b) and not b.clitic.endswith(("ب", "ل"))
            and not _listed_next(sent.norms, b)
            and not any(sent.toks[k].punct for k in range(a.j - 1, b.i))
            and sent.norms[b.i - 1:b.i] != ["مع"])


def _coordinated_at(sent: Sentence, v: int) -> bool:
    """Whether the verb at v is coordinated with an earlier one: و/ف on it after a comma, or
    a coordinator (كما، ثم) right before it, itself after a comma or joined by و."""
    norms, toks = sent.norms, sent.toks
    if v == 0:
        return False
    if norms[v].startswith(("و", "ف")) and toks[v - 1].punct:
        return True
    if _dated_line_at(sent, v):
        return True
    return v >= 2 and norms[v - 1] in COORDINATORS and (
        toks[v - 2].punct or norms[v - 1].startswith("و") or norms[v - 1] == "ثم")


DATED_LINE_WORDS = 7  # words at most of a date opening a chronicle's next line


def _dated_line_at(sent: Sentence, v: int) -> bool:
    """Whether the verb at v opens the next dated line of a chronicle after a comma: «، وفي»
    and a day and month written out right before it («... استقبل X، وفي يوم الأحد 8 مارس
    استقبل Y»): the line goes on with the sentence's subject, as after «، ثم»."""
    norms, toks = sent.norms, sent.toks
    k = next((k for k in range(v - 1, max(0, v - DATED_LINE_WORDS) - 1, -1)
              if norms[k] == "وفي"), None)
    if k is None or k == 0 or not toks[k - 1].punct:
        return False
    between = range(k + 1, v)
    return (any(norms[m].isdigit() for m in between)
            and any(month_name_at(norms, m) for m in between)
            and all(norms[m].isdigit() or norms[m] in WEEKDAYS or norms[m] in _DATE_FILLERS
                    or month_name_at(norms, m) or m > k + 1 and month_name_at(norms, m - 1)
                    for m in between))


# words a written-out date may hold besides its day, weekday, month and year
_DATE_FILLERS = words.DATE_FILLERS


ATTENDEE_REACH = 8  # words before the first of two actors where an attendance verb governs them


def _attendees(sent: Sentence, first: Actor, trig: Trigger) -> bool:
    """Whether two actors named before a contact noun are its attendees, not its two sides:
    an attendance verb governs them and the noun follows في («ويشارك ممثلو البنك الدولي
    وصندوق النقد في المحادثات»: both sit on one side of talks with a third)."""
    norms = sent.norms
    if trig.i < 1 or norms[trig.i - 1] != "في":
        return False
    return any(in_words(t, ATTEND_VERBS, "وف")
               for t in norms[max(0, first.i - ATTENDEE_REACH):first.i])


def _carried_subject(sent: Sentence, trig: Trigger, triggers: list[Trigger],
                     lights=()) -> Actor | None:
    """The subject a coordinated verb (و + past/present verb after a comma, or after كما/ثم)
    or a verb opening a clause that elaborates the main one («، حيث/إذ»: elaborating_at)
    shares with the sentence's first verb, when that first verb's subject is the sentence's
    first actor. A noun trigger is coordinated through its light verb («، ثم أجرى اتصالا»)."""
    v = _finite_verb(trig, lights)
    elaborating = elaborating_at(sent, trig, lights) is not None
    if v is None or any(v < a.i < trig.i for a in sent.actors) or not (
            _coordinated_at(sent, v) or elaborating):
        return None
    first = triggers[0]
    if not sent.actors:
        return None
    head = sent.actors[0]
    if first is trig:
        # «هنأ X Y بفوزه ...، وعقد جلسة مباحثات مع Z»: the sentence's first verb is no trigger
        # but a verb of correspondence; its subject, right after it, did the coordinated deed
        if sent.norms[0] in CHRONICLE_VERBS and head.i <= 2 and not _marked_object(sent, head):
            return head
        if elaborating and head.i <= 2 and not _marked_object(sent, head):
            # «وأقدم X على خطوة تاريخية، إذ أجرى اتصالا بـY»: the clause after «، إذ/حيث»
            # tells more of what the sentence's opening subject did
            return head
        return None
    # «أكد المتحدث باسم الرئاسة أن الرئيس X يتوجه ...، وسيجري محادثات مع Y»: the speaker
    # reports the clause; the clause's own subject (after أن, before its first verb) carries
    clause = [x for x in sent.actors if head.j <= x.i and x.j <= first.i
              and any(t in _THAT for t in sent.norms[head.j:x.i])]
    if clause:
        head = clause[0]
    if head.j > trig.i or not (head.j <= first.i or 0 <= head.i - first.j <= 1):
        return None
    if first.tense not in ("past", "present") and head.j > first.i:
        return None
    if _lone_guest(sent, first, head, v):
        return None  # «استقبل X، وأجرى اتصالا هاتفيا بـY»: X is the guest, not the caller
    return head


def elaborating_at(sent: Sentence, trig: Trigger, lights) -> int | None:
    """The token of the word after a comma («، حيث», «، إذ»: grammar.yaml elaborating_words)
    that opens the clause of a trigger's finite verb, right before it («تلقى X أمس اتصالات من
    قادة الدول، حيث تلقى اتصالا من Y»); None when the trigger's clause opens otherwise."""
    v = _finite_verb(trig, lights)
    if v is None or v < 2 or sent.norms[v - 1] not in ELABORATING_WORDS \
            or not sent.toks[v - 2].punct:
        return None
    return v - 1


def _finite_verb(trig: Trigger, lights) -> int | None:
    """The finite verb a trigger is coordinated through: the trigger itself when it is a
    verb, else the past or present light verb at most three words before its noun («، ثم
    أجرى اتصالا»); None when it has none."""
    if trig.tense in ("past", "present"):
        return trig.i
    carriers = [lt for lt, kind in lights if kind in ("past", "present")
                and lt < trig.i <= lt + 3]
    return carriers[-1] if carriers else None


def _lone_guest(sent: Sentence, first: Trigger, actor: Actor, v: int) -> bool:
    """Whether `actor` is the one actor of a meeting verb's clause, right after the verb, with
    no actor before the verb, up to the coordinated verb at v: a chronicle that leaves its
    subject out («وفي يوم الاثنين استقبل X، وأجرى اتصالا هاتفيا بـY»), X the guest."""
    return (first.etype == "MEET" and first.tense in ("past", "present")
            and 0 <= actor.i - first.j <= 1 and actor.j <= v
            and not any(x is not actor and (x.j <= first.i or actor.j <= x.i and x.j <= v)
                        for x in sent.actors))


def _co_attendee(norms: list[str], trig: Trigger, counterpart: Actor) -> bool:
    """Whether the counterpart is named as another attendee of the meeting the subject is in:
    «في» before the contact noun, and an attendance verb with the meeting's pronoun between
    it and the counterpart («في اجتماع إقليمي يحضره أيضا Y»)."""
    if trig.tense != "noun" or trig.i < 1 or norms[trig.i - 1] != "في":
        return False
    return any(t.removeprefix("و") in ATTENDED_VERBS for t in norms[trig.j:counterpart.i])


def _chronicle_guest(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights,
                     actor: Actor) -> bool:
    """Whether `actor`, named before a coordinated contact verb or light verb, is the guest
    of the sentence's first verb, a meeting verb whose subject is left out (_lone_guest)."""
    v = _finite_verb(trig, lights)
    first = triggers[0]
    return v is not None and first is not trig and _coordinated_at(sent, v) \
        and _lone_guest(sent, first, actor, v)


def _co_objects(sent: Sentence, trig: Trigger, first: Actor, other: Actor) -> bool:
    """Whether `other` is joined to `first`, the first actor after a contact word, as a second
    object of the same word rather than as its counterpart: the preposition repeated after و
    («اتصالا هاتفيا بالرئيس A، وبالرئيس B», «اتصالا من A، ومن B»), a second one of the same
    contact («من A، وآخر من B», grammar.yaml second_object_words), or, right after a verb of
    receiving (grammar.yaml guest_verbs), a plain «A وB» with nothing after them: «واستقبل
    وزير الخارجية الفرنسي ووزير الداخلية الكويتي» names two guests of a left-out host."""
    norms = sent.norms
    gap = norms[first.j:other.i]
    prep = first.clitic[-1:] if first.clitic[-1:] in ("ب", "ل") else \
        norms[first.i - 1] if first.i > 0 and norms[first.i - 1] in ("من", "مع") else ""
    if gap and gap[0] in SECOND_OBJECT_WORDS:
        # «من A، وآخر من B», «بالرئيس A، وآخر مع الرئيس B»: a second one, whatever its
        # preposition
        rest = gap[1:]
        return bool(prep) and (rest in (["من"], ["مع"]) or
                               not rest and other.clitic.endswith(("ب", "ل")))
    if prep:
        if len(prep) == 1:
            # «بالرئيس A وبالرئيس B»; after ب also a plain «و»: «سيلتقي بوزير الخارجية A ووزير
            # الخارجية B» names two objects (a VOS subject takes no و: «التقى بالرئيس A الوزير
            # B»); a ل-mention may be a noun's own side («اجتماع للرئيس A والرئيس B»)
            return not gap and (other.clitic == "و" + prep
                                or prep == "ب" and other.clitic == "و")
        return gap == ["و" + prep]
    if gap or other.clitic != "و" or not in_words(norms[trig.i], GUEST_VERBS, "وف"):
        return False
    if first.i - trig.j > 2:
        return False  # «استقبل أمس في قصره A وB»: farther, the verb's own subject may be A
    # a list of guests up to a comma or the end: «استقبل A وB C» has A and B receive C
    last = first
    for a in sent.actors:
        if a.i < first.j:
            continue
        if a.i != last.j:
            return sent.toks[last.j - 1].punct  # «، وبعث رسالة لـC»: another clause's
        if a.clitic != "و":
            return False
        last = a
    return True


def _coordinated_verb_between(sent: Sentence, triggers: list[Trigger], lights, a: int,
                              b: int) -> bool:
    """Whether a contact verb or light verb coordinated with an earlier one («، وأجرى»,
    «، ثم التقى») stands between token a and token b."""
    verbs = [t.i for t in triggers if t.tense in ("past", "present")]
    verbs += [lt for lt, kind in lights if kind in ("past", "present")]
    return any(a <= v < b and _coordinated_at(sent, v) for v in verbs)


def _earlier_contact_subject(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights,
                             obj: Actor) -> Actor | None:
    """The subject of the earlier contact whose prepositional object `obj` is: of a verb
    (_earlier_subject), or the light verb's subject of a noun («أجرى X اتصالا بـY»)."""
    subject = _earlier_subject(sent, obj, triggers, reach=6)
    if subject is not None:
        return subject
    earlier = [t for t in triggers if t is not trig and t.j <= obj.i and obj.i - t.j <= 3]
    if not earlier or earlier[-1].tense != "noun":
        return None
    subject = _light_verb_subject(sent, earlier[-1], triggers, lights)
    return None if subject is None or subject is obj else subject


def _joined_contact_between(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights,
                            a: int, b: int) -> bool:
    """Whether a later contact's finite verb (a verb trigger, or the light verb of a noun
    trigger) joined by و/ف or after ثم/كما stands between token a and token b («... بـY
    وتلقى اتصالا من Z»): what follows it is that contact's."""
    norms = sent.norms
    for t in triggers:
        if t is trig or t.i < a or t.i >= b:
            continue
        v = _finite_verb(t, lights)
        if v is None or v < a:
            continue
        if norms[v].startswith(("و", "ف")) or v >= 1 and norms[v - 1] in COORDINATORS:
            return True
    return False


def _coordinated_objects(sent: Sentence, before: list[Actor], trig: Trigger) -> list[Actor]:
    """A list of two or more actors joined by و that ends just before an adverb trigger
    (أبلغ رئيس الوزراء الأسترالي والرئيس الإندونيسي بقراره هاتفيا): the verb's objects."""
    if not before or trig.i - before[-1].j > 2:
        return []
    listed = [before[-1]]
    for a in reversed(before[:-1]):
        nxt = listed[0]
        if nxt.i - a.j > 1 or not nxt.clitic.startswith("و"):
            break
        listed.insert(0, a)
    return listed if len(listed) >= 2 else []


def _conflict_parties(sent: Sentence, trig: Trigger):
    """'مفاوضات بين طرفي النزاع في السودان' (or «... النزاع السوداني») -> two delegations of
    that country. The state must follow the phrase itself: a place further on is where the
    talks are held («بين طرفي النزاع ستعقد في الكويت»), not whose conflict it is."""
    norms = sent.norms
    for k in range(trig.j, min(trig.j + 6, len(norms) - 2)):
        if norms[k] in ("طرفي", "الطرفين") and norms[k + 1] in ("النزاع", "الصراع"):
            after = k + 3 if norms[k + 2] in IN_WORDS else k + 2
            code = next((c[2] for c in sent.countries if c[0] == after), None)
            if code is None and after == k + 2:
                code = next((a[1] for a in sent.adjs if a[0] == after), None)
            if code is None:
                return None
            a = Actor(k, k + 2, country=code, role="delegation", text="طرفي النزاع")
            b = Actor(k, k + 2, country=code, role="delegation", text="طرفي النزاع")
            return a, b
    return None


def _pronoun_ended(word: str) -> bool:
    """Whether a noun ends in a possessive pronoun (زيارته، جولتها، زيارتهما)."""
    return word.endswith(("ته", "تها", "تهما", "تهم"))


def _place_opener(sent: Sentence, k: int, unknown_adjective: bool = False) -> int:
    """The token before the place at token k and its head noun or adjectives («العاصمة
    الفرنسية باريس»: the word before «العاصمة»), -1 at the sentence's start; with
    `unknown_adjective`, a word right after «العاصمة» or «مدينة» is taken for the capital's
    nationality adjective though the reader does not know it."""
    norms = sent.norms
    adjs = {a[0] for a in sent.adjs}
    m = k - 1
    if unknown_adjective and m >= 1 and norms[m - 1] in ("العاصمه", "مدينه"):
        m -= 1
    while m >= 0 and m >= k - 3 and (norms[m] in ("العاصمه", "مدينه") or m in adjs):
        m -= 1
    return m


def _after_to(sent: Sentence, k: int) -> bool:
    """Whether the place at token k is introduced by إلى (إلى العاصمة الفرنسية باريس)."""
    m = _place_opener(sent, k)
    if m >= 0 and sent.norms[m] in ("الي", "حتي"):
        return True
    return sent.norms[k].startswith("ل") and m == k - 1  # لسويسرا


def _return(sent, trig, status, trig_text, before, after, sdate) -> list[Candidate]:
    """'عاد الرئيس إلى بلاده قادما من الرياض': a visit to the place he came back from. A
    verb with من and the place right after it or after its subject («عاد الرئيس من الدوحة»،
    «إن A وB عادا من الدوحة») tells the same; a dual verb's two subjects joined by و before it
    both visited."""
    norms = sent.norms
    dest = None
    subject_after = {k for a in after[:1] if a.i - trig.j <= 1 for k in range(a.i, a.j)}
    for p in sent.places:
        k = p[0]
        if k > trig.j and k - trig.j <= 20 and k >= 2 and norms[k - 1] == "من" and (
                norms[k - 2].startswith(("قادم", "عائد"))
                or trig.tense == "noun" and k - 2 < trig.j + 5  # «خلال عودته من قطر»
                or trig.tense != "noun" and all(m in subject_after
                                                for m in range(trig.j, k - 1))):
            dest = p
            break
    if dest is None:
        return []
    visitors = []
    if after and after[0].i - trig.j <= 1:
        visitors = [after[0]]
    elif before:
        visitors = [before[-1]]
        if (len(before) >= 2 and norms[trig.i].endswith("ا") and trig.tense != "noun"
                and before[-1].clitic.startswith("و") and before[-1].i - before[-2].j <= 1):
            # «A وB عادا»: the dual verb's two subjects («ونظيره» takes A's role)
            second = before[-1]
            if second.counterpart and not second.titled:
                second = dataclasses.replace(second, role=before[-2].role)
            visitors = [before[-2], second]
    return [Candidate("VISIT", status, v, None, sent, trig_text, sdate[0], sdate[1],
                      (dest[1], dest[2])) for v in visitors
            if not (v.j > dest[0] or v.country == dest[2] or v.role == "group")]


_THIS = words.THIS_FEMININE
PROGRAMME_REACH = 4  # words at most from the visit («برنامج الزيارة») to the contact noun


def _programme_visitor(sent: Sentence, trig: Trigger, visitor: Actor | None) -> Actor | None:
    """The visitor whose visit programme lists the contact noun: «ويتضمن برنامج زيارة X لقاء
    مع Y» (X), or «ويتضمن برنامج الزيارة لقاء مع Y وZ» after a visit told just before (its
    visitor, given by the caller); a verb of inclusion (grammar.yaml tour_includes) with the
    visit as its subject lists the programme as well: «وتتضمن الزيارة لقاءات مع Y», and a
    past one (_INCLUDED) the contacts it held: «وشملت الزيارة لقاء مع Y». None when the
    contact is no item of a visit programme, or when a name stands between the programme and
    the noun."""
    if trig.tense != "noun":
        return None
    norms = sent.norms
    for k in range(max(0, trig.i - PROGRAMME_REACH - 3), trig.i):
        if norms[k] not in PROGRAMME and not (
                _includes(norms[k]) and norms[k + 1] in _THE_VISIT | {"زياره"}):
            continue  # (a verb of inclusion right before the visit: «وتتضمن الزيارة لقاءات»)
        m = k + 2 if norms[k + 1:k + 2] == ["اعمال"] else k + 1  # «جدول أعمال الزيارة»
        if norms[m:m + 1] and norms[m] in _THIS:
            m += 1
        if m >= trig.i:
            return None
        if norms[m] == "زياره":  # «برنامج زيارة الرئيس ...»: the genitive is the visitor
            owner = next((a for a in sent.actors if a.i == m + 1), None)
            if owner is None or trig.i - owner.j > PROGRAMME_REACH:
                return None
            if any(a.i < trig.i and a.j > owner.j for a in sent.actors):
                return None
            return owner
        if norms[m] not in _THE_VISIT or trig.i - m - 1 > PROGRAMME_REACH:
            return None
        if any(k < a.i < trig.i for a in sent.actors):
            return None
        return visitor
    return None


def _includes(word: str) -> bool:
    """Whether a word is a verb of inclusion, of a programme (grammar.yaml tour_includes:
    «تتضمن») or of contacts held («شملت»)."""
    return _inclusion_verb(word) or in_words(word, _INCLUDED, "وف")


def _told_contacts_include(sent: Sentence, trig: Trigger, actors: list[Actor]) -> bool:
    """Whether a contact noun is the object of a verb of inclusion whose subject is contacts
    named back with a demonstrative («تلك اللقاءات شملت اجتماعا مع Y», «وشملت هذه الجولة لقاء
    مع Y»), right before it, with no actor but a spokesman's between."""
    if trig.tense != "noun" or trig.i < 3:
        return False
    norms = sent.norms
    k = trig.i - 1
    if not _includes(norms[k]):
        # VS: «وشملت هذه اللقاءات اجتماعا»
        return norms[k] in _TOLD_CONTACTS and norms[k - 1] in _THIS and _includes(norms[k - 2])
    # SV: «تلك اللقاءات شملت اجتماعا»
    if not (norms[k - 1] in _TOLD_CONTACTS and norms[k - 2] in _THIS):
        return False
    return not any(k - 2 <= a.i < trig.i for a in actors)


def _visit_told_by_another(sent: Sentence, trig: Trigger, first_after: Actor | None,
                           visitor: Actor | None, inherited: Actor | None) -> bool:
    """Whether a meeting «during it» («ويلتقي خلالها Y», «والتقى خلال الزيارة Y») follows a
    visit told in the two sentences before (`visitor`) with someone else named since
    (`inherited`, the last sentence's topic, is not the visitor): the visit's «ها» stands for
    the visitor, the topic for another, so neither is borrowed («وصل X إلى تونس. وقال Z إن
    ... . ويلتقي خلالها Y» names no meeting of Z's)."""
    if visitor is None or inherited is None or _same(visitor, inherited) or first_after is None:
        return False
    norms = sent.norms
    return (any(t in DURING for t in norms[trig.j:first_after.i])
            or _during_the_visit_at(norms, trig.j, first_after.i))


def _during_the_visit_at(norms: list[str], start: int, end: int) -> bool:
    """Whether «خلال/أثناء الزيارة» (or «زيارته» ...) stands between start and end: right after
    a verb it marks the name that follows as the verb's object, the subject being the visitor
    told before («والتقى خلال الزيارة نظيره ...»)."""
    return any(norms[k] in WITHIN_VISIT and norms[k + 1] in _THE_VISIT
               for k in range(start, min(end, len(norms)) - 1))


def _invitation_opens(norms: list[str]) -> int | None:
    """The invitation word a sentence opens with («بدعوة من نظيره ...»), or that follows the
    visit it speaks of («وتأتي الزيارة تلبية لدعوة من ...»): the host follows it."""
    for k, t in enumerate(norms[:6]):
        if t.endswith("دعوه") and (k < 3 or any(w in _THE_VISIT for w in norms[:k])):
            return k
    return None


INVITER_REACH = 6  # words at most from the invitation word to its inviter («بدعوة رسمية من»)


def _later_inviter(next_sent: Sentence, dest_codes: set) -> Actor | None:
    """The host a next sentence names as the inviter of the visit just told, anywhere in it
    («... لترتيب الزيارة التي تأتي بدعوة رسمية من الرئيس بوتين»): «الزيارة» (the visit told,
    with the article), then within three words an invitation word, then the inviter within
    INVITER_REACH words, of the visit's destination state (an inviter of another state is
    another visit's). None when a trigger stands before its «الزيارة» (another contact
    told)."""
    norms = next_sent.norms
    for k, t in enumerate(norms):
        if t != "الزياره":
            continue
        m = next((m for m in range(k + 1, min(k + 4, len(norms)))
                  if norms[m].endswith("دعوه")), None)
        if m is None or any(next_sent.toks[x].punct for x in range(k, m)):
            continue
        host = next((a for a in next_sent.actors if 0 < a.i - m <= INVITER_REACH), None)
        if host is None or host.country not in dest_codes or host.org:
            return None
        if any(t.i < k for t in find_triggers(next_sent)[0]):
            return None  # «وكان X قد زار موسكو في الزيارة التي ...»: another visit told
        return host
    return None


INVITER_SENTENCES = 3  # sentences at most after a visit to come that may name its inviter


def inviter_told_later(sent: Sentence, visitor: Actor, dest: str) -> Actor | None:
    """The host of a visit to come (to state `dest`, of `visitor`) that a later sentence names
    as its inviter: «الزيارة» then an invitation word and the inviter (_later_inviter), or the
    visitor's own words «دعاني/دعانا Y» in a sentence he opens, with nobody else named before
    the verb («وأوضح X: لقد دعاني نظيري Y»); Y of the destination state, within
    INVITER_REACH words."""
    host = _later_inviter(sent, {dest})
    if host is not None:
        return host
    norms = sent.norms
    for m, t in enumerate(norms):
        if t not in _INVITED_ME:
            continue
        named = [a for a in sent.actors if a.j <= m]
        if not named or any(a.key != visitor.key for a in named):
            return None  # someone else speaks, or no speaker this visitor
        host = next((a for a in sent.actors if 0 < a.i - m <= INVITER_REACH), None)
        if host is None or host.country != dest or host.org or host.key == visitor.key:
            return None
        return host
    return None


def _unnamed_genitive(sent: Sentence, trig: Trigger, pronoun: bool) -> bool:
    """Whether a visit noun's doer follows it in the genitive as a title no actor was made
    of («زيارة وفد يتكون من خبراء»، «زيارة مسؤولين»): the visit is theirs, not that of an
    actor named before it (the speaker who mentions it)."""
    if trig.tense != "noun" or pronoun or trig.j >= len(sent.norms) \
            or sent.toks[trig.j - 1].punct:
        return False
    if any(a.i <= trig.j < a.j for a in sent.actors):
        return False
    n, entries = load_gazetteer().match(sent.norms, trig.j)
    return n > 0 and any(e.kind in ("title", "dhead") for e in entries)


def _record_visitor(sent: Sentence, trig: Trigger) -> Actor | None:
    """The subject of a light verb whose object is a first visit of a kind of person: «سيجري
    X أول زيارة لرئيس أوروبي إلى إيران», «يقوم X بأول زيارة لرئيس أمريكي»، «أجرى X الزيارة
    الأولى لمسؤول غربي»: the ل-title after the noun tells what record X sets, not who visits."""
    norms = sent.norms
    if trig.tense != "noun" or trig.i == 0:
        return None
    before = norms[trig.i - 1]
    if not (before in _FIRST_OF or before[:1] == "ب" and before[1:] in _FIRST_OF
            or norms[trig.j:trig.j + 1] and norms[trig.j] in _FIRST_OF):
        return None
    triggers, lights, _ = find_triggers(sent)
    return _light_verb_subject(sent, trig, triggers, lights)


def _relative_agent(sent: Sentence, trig: Trigger, after: list[Actor]) -> Actor | None:
    """The agent of a relative clause on a noun trigger: 'الزيارة التي يقوم بها X' -> X, and
    of the indefinite noun's clause without a pronoun: 'زيارة قام بها X', 'زيارة أداها X'."""
    norms = sent.norms
    if trig.tense != "noun" or trig.j >= len(norms):
        return None
    start = trig.j  # «الزيارة الرسمية التي ...»: the visit's adjectives come first
    while start < min(trig.j + 2, len(norms) - 1) and norms[start] in VISIT_ADJECTIVES \
            and not sent.toks[start].punct:
        start += 1
    if not (norms[start] in RELATIVE or norms[start] in VISIT_DOERS
            or norms[start + 1:start + 2] in (["بها"], ["بهما"])
            or _planned_clause(sent, start)):
        return None
    for a in after:
        span = range(start, a.i)
        if a.i - trig.j > 10 or any(sent.toks[k].punct for k in span):
            return None
        if a.clitic.endswith("ل"):
            continue  # «التي سيجريها لنظيره»: the person visited, not the visitor
        if any(norms[k] in ("بها", "بهما") or norms[k] in VISIT_DOERS for k in span):
            return a
        # a verb of intention before its subject, the visit's verbal noun after it (VSO:
        # «الزيارة التي يعتزم الرئيس القيام بها», «زيارة ينوي الوزير أداءها»): the subject
        if all(norms[k] in RELATIVE or norms[k] in INTENTION_VERBS for k in span) \
                and any(norms[k] in INTENTION_VERBS for k in span) \
                and _intended_doing(norms, a.j):
            return a
    return None


def _planned_clause(sent: Sentence, k: int) -> bool:
    """Whether the words at k open the clause of an indefinite noun with the words of a
    contact scheduled, «من المقرر/المتوقع/المنتظر أن» («زيارة من المتوقع أن يقوم بها X الشهر
    المقبل»): the clause's verb and its doer follow as in a relative clause."""
    norms = sent.norms
    # (the planning words of not_speech_before are its definite ones: the others are times)
    return (k + 2 < len(norms) and norms[k] == "من" and norms[k + 1] in _NOT_SPEECH
            and norms[k + 1].startswith("ال") and norms[k + 2] == "ان"
            and not any(sent.toks[m].punct for m in (k, k + 1)))


def _intended_doing(norms: list[str], j: int) -> bool:
    """Whether the words at j are the verbal noun of doing a visit with its pronoun («القيام
    بها», «للقيام بها», «أداءها», «اداءها», «إجراءها»)."""
    w = norms[j:j + 2]
    return w[:1] in (["اداءها"], ["اجراءها"]) \
        or len(w) == 2 and w[0] in ("القيام", "للقيام") and w[1] in ("بها", "بهما")


def _relative_doer(sent: Sentence, trig: Trigger, after: list[Actor]) -> Actor | None:
    """The doer of a relative clause on a meeting, call or talks noun, named right after its
    verb and followed by its counterpart in «مع» («اللقاءات الأخيرة التي قام بها الوزير مع
    X», «المحادثات التي أجراها الرئيس أمس مع Y»): the meeting's subject, whoever the sentence
    names before the noun. None unless the noun (and its adjectives) is followed by a relative
    pronoun and one of CONTACT_DOERS (with its بها/به), the doer with no preposition of its
    own, and «مع» after the doer."""
    norms = sent.norms
    if trig.tense != "noun" or trig.etype not in ("MEET", "CALL", "DISCUSS", "NEGOTIATE"):
        return None
    k = trig.j
    while k < min(trig.j + 2, len(norms)) and norms[k] in VISIT_ADJECTIVES \
            and not sent.toks[k].punct:
        k += 1
    if k + 1 >= len(norms) or norms[k] not in RELATIVE or norms[k + 1] not in CONTACT_DOERS \
            or sent.toks[k].punct:
        return None
    k += 2
    if k < len(norms) and norms[k] in ("بها", "به", "بهما"):
        k += 1
    doer = next((a for a in after if a.i >= k), None)
    if doer is None or not _gap_ok(sent, k, doer.i, 2, cross=False, adverbials=True) \
            or doer.clitic.endswith(("ل", "ب")) or doer.counterpart:
        return None
    nxt = [t for t in norms[doer.j:doer.j + 4] if t not in _BLESSINGS]
    if not any(t == "مع" or t == "ومع" for t in nxt[:3]):
        return None
    return doer


# words between an actor and «زيارته» that leave the actor its owner («X خلال زيارته»)
_OWNER_GAP = words.OWNER_GAP


def _pronoun_owner(sent: Sentence, trig: Trigger, before: list[Actor]) -> Actor | None:
    """The actor a visit noun's pronoun refers to when the actor stands right before it with
    only a preposition of time between («وزير الخارجية الإيراني إبان زيارته للكويت»): nearer
    than the topic of the sentence before."""
    if not before:
        return None
    a = before[-1]
    gap = sent.norms[a.j:trig.i]
    if len(gap) == 1 and gap[0] in _OWNER_GAP and not sent.toks[a.j - 1].punct:
        return a
    return None


def _setting_visit_subject(sent: Sentence, trig: Trigger, before: list[Actor]) -> Actor | None:
    """The visitor of an indefinite visit noun with no pronoun and no genitive that sets the
    scene of the clause's contact («X سيعقد اجتماعا مع A وB خلال زيارة عمل لقطر»): the
    clause's subject, the actor before the contact word, when the actors nearer the noun are
    named after «مع» (parties met, not the one who travels). None otherwise («التقى X الوزير A
    خلال زيارة»: an object with no «مع» may be the visitor)."""
    norms = sent.norms
    if trig.tense != "noun" or trig.i == 0 or norms[trig.i - 1] not in SETTING_WORDS \
            or _definite(norms[trig.i]) or not before:
        return None
    k = before[0].i - 1
    if k < 1 or norms[k] not in ("مع", "ومع"):
        return None
    head = next((a for a in reversed(sent.actors) if a.j <= k), None)
    if head is None or head in before or (head.i > 0 and norms[head.i - 1] in ("مع", "ومع")):
        return None
    # the contact word stands between the subject and «مع», nothing ends the clause there
    if not any(head.j <= t < k for t in sent.trigger_toks) \
            or any(t in SETTING_WORDS or t in ("ان", "بان", "وان") for t in norms[head.j:k]):
        return None
    return head


def _clause_subject(sent: Sentence, trig: Trigger) -> Actor | None:
    """The subject of the sentence when a noun trigger's relative clause names no agent
    ('أبلغ X ... بتأجيل الزيارة التي كان يعتزم أداءها'): its first actor, before the trigger."""
    norms = sent.norms
    if trig.tense != "noun" or not RELATIVE & set(norms[trig.j:trig.j + 2]):
        return None
    head = sent.actors[0] if sent.actors else None
    return head if head is not None and head.j <= trig.i else None


def _visit_status(sent, trig, triggers, lights, cues, status, doc_cancel, occupied) -> str:
    """A visit's status, refined: «وصل إلى تونس في زيارة رسمية» — the noun after في is the
    verb's adjunct and takes its status; a visit told in the past (حلّت، قام بزيارة) is
    reported even when made at an invitation (بدعوة من), which otherwise reads as planned."""
    norms = sent.norms
    if trig.tense == "noun" and status not in ("cancelled", "negated") and (
            invited(sent, trig, occupied)):
        return "planned"  # «دعا X، ...، لزيارة عدن»: invited to visit, not visited yet
    if trig.tense == "noun" and trig.i > 0 and norms[trig.i - 1] == "في":
        verb = [t for t in triggers if t.etype == "VISIT" and t.tense in ("past", "present")
                and t.j <= trig.i and trig.i - t.j <= 12]
        if verb:
            return _status(sent, verb[-1], triggers, lights, cues, doc_cancel, occupied)
    if trig.tense == "noun" and status == "reported" and any(
            _FUTURE.match(norms[k]) for k in range(max(0, trig.i - 2), trig.i)
            if k not in occupied):  # not a name («سيرغي لافروف بزيارة»)
        return "planned"  # «ستتضمن زيارة إسرائيل»: a future verb governs the visit
    if status == "planned" and _visiting_now(sent, trig, lights, triggers):
        return "reported"
    if status != "planned":
        return status
    planned = [c for c in cues if c[2] == "planned"]
    if not planned or not all(norms[c[0]].endswith("دعوه") for c in planned):
        return status
    past = trig.tense == "past" or (trig.tense == "noun" and any(
        0 < trig.i - k <= 10 and tense == "past" for k, tense in lights))
    return "reported" if past else status


def _visiting_now(sent, trig, lights, triggers=()) -> bool:
    """Whether a visit is told by a present verb in a relative clause on its visitor («نقلت
    الصحف عن الوزير الذي يقوم بزيارة خاصة إلى تونس», «كارتر الذي يزور بغداد»): who he is
    now, a visit under way, not one to come. The verb is the trigger or a present light
    verb right before a visit noun; it is in no future form (سـ) and the relative pronoun
    follows an actor's name, or the verb follows an unnamed, indefinite actor that a past
    contact verb before it governs («استقبل الرئيس وفدا برلمانيا تونسيا، يزور سوريا»: an
    indefinite noun's clause needs no pronoun)."""
    norms = sent.norms
    if trig.tense == "present":
        verb = trig.i
    elif trig.tense == "noun":
        verb = next((k for k, tense in lights if tense == "present" and 0 < trig.i - k <= 2),
                    None)
        if verb is None:
            return False
    else:
        return False
    if verb < 2 or _FUTURE.match(norms[verb]):
        return False
    if norms[verb - 1] in RELATIVE:
        return any(a.j == verb - 1 for a in sent.actors)
    return any(a.j == verb and not a.name and not _definite(norms[a.i])
               and any(t.tense == "past" and t.j <= a.i for t in triggers)
               for a in sent.actors)


def _subject_past_adverbials(sent: Sentence, trig: Trigger, after: list[Actor]) -> bool:
    """Whether the first actor after a visit verb is its subject with only adverbials
    between (_adverbial_toks: a blessing, the day and its date, honorifics) and at most
    three other words: «يغادر - بمشيئة الله تعالى - اليوم الثلاثاء ... صاحب السمو الملكي
    الأمير ... إلى الأردن»."""
    if not after or after[0].clitic:
        return False
    adverbials = _adverbial_toks(sent)
    span = range(trig.j, after[0].i)
    if any(p[0] in span for p in sent.places) or "،" in sent.text[
            sent.toks[trig.i].end:sent.toks[after[0].i].start]:
        return False  # «سيزور إيران في ...، بعد نظيره»: past the place, another clause's
    gap = [k for k in span if k not in adverbials]
    return len(gap) <= 3 and not any(k in sent.trigger_toks for k in gap)


CRAFT_CARRIES = 3  # words at most from a craft after a travel verb to the person it carries
CRAFT_BEFORE = 5  # words at most from a craft to the arrival noun with its pronoun
CRAFT_AFTER = 4  # words at most (adverbials, an ordinal) from a travel verb to its craft subject
OWNER_STATE_AT = 3  # words at most before a clause-opening state that owns a pronoun noun


def _bare_state_owner(sent: Sentence, trig: Trigger) -> bool:
    """Whether a contact noun's feminine pronoun («مفاوضاتها», «مباحثاتها») refers to a state or
    an organisation its own sentence names bare as the subject of its opening clause («وكانت
    إيران قد عقدت اتفاقيات ... على هامش مفاوضاتها مع ...», «بدورها، كثفت تونس مشاوراتها مع
    ...»): no actor is named before it, and none the sentence before named is lent to it."""
    word = sent.norms[trig.j - 1]
    if not word.endswith("ها") or word.endswith("هما"):
        return False
    first = min((a.i for a in sent.actors), default=len(sent.norms))
    return any(i <= OWNER_STATE_AT and j <= trig.i and i < first
               and (i == 0 or sent.norms[i - 1] not in OWNER_NOT_AFTER)
               for i, j, _ in sent.countries + sent.orgs)


def _craft_arrives(sent: Sentence, trig: Trigger) -> bool:
    """Whether a feminine arrival verb (craft_arrival_verbs) has a craft or a convoy named at
    most CRAFT_BEFORE words before it with no actor between as its subject («أبحرت عدة قوافل
    بحرية وسوف تصل قريبا لميناء عدن»): the convoy arrives, not the one who announces it."""
    word = sent.norms[trig.i]
    if word not in CRAFT_ARRIVAL_VERBS and not (
            word[:1] in ("و", "ف") and word[1:] in CRAFT_ARRIVAL_VERBS):
        return False
    return _craft_received(sent, trig)


def _craft_after(sent: Sentence, trig: Trigger) -> int | None:
    """The token of a craft or a convoy (received_craft) that is the subject told after a
    travel verb: right after it, or after the verb's adverbials (a day, a number, a place) and
    an ordinal («وصلت أمس الأول رحلتان», «وصلت اليوم (الخميس) ثاني طائرة», «وصلت أول من أمس
    رحلتان»); None without one."""
    norms = sent.norms
    skip = _adverbial_toks(sent)
    k = trig.j
    while k < min(len(norms), trig.j + CRAFT_AFTER) and (
            k in skip or norms[k] in CRAFT_ORDINALS
            or norms[k] == "من" and k + 1 in skip):
        k += 1
    if k < len(norms) and norms[k] in RECEIVED_CRAFT:
        return k
    return None


def _craft_received(sent: Sentence, trig: Trigger) -> bool:
    """Whether an arrival noun with a pronoun tells a craft's arrival, no person's: a craft
    named at most CRAFT_BEFORE words before it with no actor between («في استقبال الطائرة عند
    وصولها»، «وغادرت الرحلة بعد ساعة من وصولها»)."""
    norms = sent.norms
    lo = max([0] + [a.j for a in sent.actors if a.j <= trig.i])
    return any(norms[k] in RECEIVED_CRAFT for k in range(max(lo, trig.i - CRAFT_BEFORE), trig.i))


ATTEND_WINDOW = 4  # words after an attendance verb to what is attended (_attended_gathering)
LEAD_SUBJECT_GAP = 1  # words («سوف») between a head named before a verb of heading and it


_FORMER = words.FORMER_WORDS


def _attended_gathering(sent: Sentence, trig: Trigger) -> int | None:
    """The token of a gathering (`attend_events`: a summit, a meeting, a forum) named within
    ATTEND_WINDOW words after an attendance verb, its subject's mention and adverbials (the
    day, a date, honorifics) not counted: «شارك الرئيس التونسي الباجي قائد السبسي أمس في
    القمة العربية» (VSO: the subject stands between the verb and what it attends); None
    without one."""
    norms = sent.norms
    skip = {k for a in sent.actors if a.i >= trig.j for k in range(a.i, a.j)}
    skip |= _adverbial_toks(sent)
    # «حضر الرئيس التركي السابق X حفل ...»: «former» on the subject's title is the subject's
    skip |= {a.j for a in sent.actors if a.i >= trig.j and a.j < len(norms)
             and norms[a.j] in _FORMER}
    seen = 0
    for k in range(trig.j, len(norms)):
        if norms[k] in ATTEND_EVENTS or norms[k][1:] in ATTEND_EVENTS:
            return k
        if k not in skip:
            seen += 1
            if seen >= ATTEND_WINDOW:
                return None
    return None


def _other_gathering(norms: list[str], gathering: int) -> int | None:
    """The token of another gathering told after the attended one as held before or after
    it (a word of sequence, «عقب/بعد/إثر/قبل», right before a gathering noun: «القمة، التي
    تأتي عقب قمة مماثلة عقدت في أديس أبابا»); None without one. The main gathering of the
    occasion, with the article and no clause of its own («اجتماع وزراء الخارجية الذي يعقد قبل
    القمة في الرياض»), shares its place: it is no other gathering (one of another year,
    «عقب القمة السابقة», or with its own verb or relative clause, is)."""
    for k in range(gathering + 2, len(norms)):
        if (norms[k] in ATTEND_EVENTS or norms[k][1:] in ATTEND_EVENTS) \
                and norms[k - 1] in _BEFORE_OR_AFTER:
            if not norms[k].startswith("ال") or any(
                    norms[m] in GATHERING_HELD_VERBS or norms[m] in RELATIVE
                    for m in range(k + 1, min(k + 4, len(norms)))) or any(
                    w in GATHERING_OTHER_INSTANCE for w in _gathering_qualifiers(norms, k)):
                return k
    return None


VENUE_AFTER_GATHERING = 4  # words at most from a gathering noun to its venue named after it


def _venue_marked(sent: Sentence, k: int) -> bool:
    """Whether the place at token k is told as a venue: after «في», in ب, or after a place
    noun in ب, its adjectives between («بالعاصمة الموريتانية نواكشوط»)."""
    if _after_in(sent, k) or _in_bi(sent.norms, k):
        return True
    return any(_head_noun(sent.norms[m]) == "ب" for m in range(max(0, k - 3), k))


def _attended_afar(norms: list[str]) -> bool:
    """Whether the sentence tells the gathering attended from afar: «عبر» before a word of a
    link (grammar.yaml remote_link_words: «شارك عبر الفيديو في القمة», «عبر تقنية الفيديو»),
    or «بالفيديو»."""
    return any(w in REMOTE_LINK_JOINED or w in REMOTE_LINK_BY and m + 1 < len(norms)
               and norms[m + 1] in REMOTE_LINK_WORDS for m, w in enumerate(norms))


LISTED_ATTENDEE_REACH = 16  # words from an attended gathering to the first attendee listed


def _listed_attendee(sent: Sentence, gathering: int, first: Actor) -> bool:
    """Whether the first actor after an attendance verb and the gathering it attends opens
    the list of a plural subject's members (grammar.yaml attendee_list_openers right before
    him: «سبعة من الرؤساء والقادة العرب، بينهم أمير قطر», «على رأسهم الرئيس الفرنسي»), within
    LISTED_ATTENDEE_REACH words of the gathering, no word of the absent or excepted between
    (grammar.yaml attendee_list_breaks: «فيما يغيب آخرون، بينهم A»)."""
    k = first.i - 1
    return gathering < k and first.i - gathering <= LISTED_ATTENDEE_REACH \
        and sent.norms[k] in ATTENDEE_LIST_OPENERS \
        and (sent.norms[k] != LIST_HEAD_WORD or sent.norms[k - 1] in LIST_HEAD_BEFORE) \
        and not any(sent.norms[m] in ATTENDEE_LIST_BREAKS for m in range(gathering + 1, k))


GATHERING_BACK_REACH = 12  # words before an attendance verb to the gathering its pronoun names


def _gathering_before(sent: Sentence, trig: Trigger) -> tuple[int, tuple] | None:
    """(gathering token, its place) of a gathering named before an attendance verb that
    carries its pronoun, the attendee after the verb: «خلال اجتماع في مقر الجامعة بالقاهرة
    الأربعاء حضره الرئيس الفلسطيني» (`attended_verbs`), «القمة التي شارك فيها الرئيس
    الفرنسي» (`attend_verbs` then «فيها»/«فيه»). The gathering (`attend_events` or talks,
    `round_talks`; not a press conference) stands at most GATHERING_BACK_REACH words
    before the verb with no punctuation between them but right before the verb; its place
    is the last one between it and the verb after «في» or in ب, with no word of a topic
    («حول الأزمة في جنوب السودان») between it and the gathering. None without a gathering
    or a place."""
    norms = sent.norms
    word = without_conjunction(norms[trig.i])
    attended = word in ATTENDED_VERBS or word[1:] in ATTENDED_VERBS
    if not attended and norms[trig.j:trig.j + 1] not in (["فيها"], ["فيه"]):
        return None
    gathering = None
    for k in range(trig.i - 1, max(-1, trig.i - 1 - GATHERING_BACK_REACH), -1):
        if k < trig.i - 1 and sent.toks[k].punct:
            return None
        if norms[k] in ATTEND_EVENTS or norms[k][1:] in ATTEND_EVENTS \
                or in_words(norms[k], ROUND_TALKS, "وبل"):
            gathering = k
            break
    if gathering is None or (gathering + 1 < len(norms)
                             and norms[gathering + 1] in PRESS_ADJECTIVES):
        return None
    in_actor = sent.actor_toks()
    place = None
    for p in sent.places:
        if not gathering < p[0] < trig.i or p[0] in in_actor:
            continue
        if any(norms[m] in TOPIC_MARKS for m in range(gathering + 1, p[0])):
            break
        if _after_in(sent, p[0]) or _in_bi(norms, p[0]):
            place = p
    return (gathering, place) if place is not None else None


def _after_in(sent: Sentence, k: int) -> bool:
    """Whether the place at token k follows في, its head noun or adjectives between them
    («في العاصمة الإثيوبية أديس أبابا», «في العاصمة المالية باماكو»), as _after_to reads إلى;
    the capital's own adjective may be a nationality the reader does not know."""
    m = _place_opener(sent, k, unknown_adjective=True)
    return m >= 0 and sent.norms[m] in VENUE_MARKS


HELD_REACH = 6  # words from an attended gathering to the relative clause holding it


def _held_clause(sent: Sentence, gathering: int) -> int | None:
    """The token after a verb of holding or hosting (`gathering_held_verbs`) in a relative
    clause on an attended gathering, at most HELD_REACH words (actors not counted) and no
    punctuation after it: «في افتتاح أشغال الدورة 27 لقمة الاتحاد الإفريقي التي تنعقد يومي 17 و18
    جويلية بالعاصمة الرواندية كيغالي» (Kigali's distance is counted from «تنعقد»); None
    without one."""
    norms = sent.norms
    in_actor = sent.actor_toks()
    seen = 0
    for k in range(gathering, len(norms) - 1):
        if k > gathering:
            word = norms[k][1:] if norms[k][:1] == "و" else norms[k]
            if word in RELATIVE:
                return k + 2 if norms[k + 1] in GATHERING_HELD_VERBS else None
            if k not in in_actor:
                seen += 1
                if seen > HELD_REACH:
                    return None
        if sent.toks[k].punct:
            return None
    return None


POST_NAME_REACH = 3  # words after a post's state where the envoy's own name may stand


def _other_traveller(sent, trig, post: int) -> bool:
    """Whether someone other than the envoy posted at `post` («لدى مصر») is named between his
    post and a visit trigger after it: «أكد سفير المملكة لدى مصر أن ولي العهد سيترأس وفد
    المملكة لحضور افتتاح قناة السويس» (the prince travels to Egypt; the envoy's post hides
    no place of the prince's visit). The envoy's own name right after his post («لدى مصر أحمد
    قطان») and other envoys' titles are not someone else."""
    if trig.i <= post:
        return False
    return any(post < a.i and a.j <= trig.i and not a.ambassador and a.role is not None
               and not (a.name and not a.titled and a.i - post <= POST_NAME_REACH)
               for a in sent.actors)


def _visit(sent, trig, status, trig_text, before, after, inherited, sdate, pronoun,
           verb_like, close_after, cues, next_sent=None, prev=None,
           touring=None, earlier=()) -> list[Candidate]:
    """touring: the visitor of the last visit told before the trigger, in this sentence or
    the two before (the subject of a next stop: _next_stop); earlier: the story's sentences
    before `prev`, nearest first (_gathering_told_earlier)."""
    norms = sent.norms
    # a place that describes an actor's post is not where he goes: «السفير الأسترالي لدى
    # المملكة», «سفير الولايات المتحدة في تونس»
    ends = {a.j for a in sent.actors}
    posts = {p[0] for p in sent.places if p[0] > 0 and (norms[p[0] - 1] == "لدي" or (
        norms[p[0] - 1] == "في" and p[0] - 1 in ends))}
    # the state an actor is posted to («السفير لدى المملكة») is his own ground: no place of it
    # is a destination; «لدى» after another word («لا نية لدى روسيا») names no post
    post_codes = {p[2] for p in sent.places if p[0] in posts and norms[p[0] - 1] == "لدي"
                  and p[0] - 1 in ends and not _other_traveller(sent, trig, p[0])}
    # a place inside an actor's mention is part of his title (حاكم دبي، المبعوث الخاص إلى سوريا)
    posts |= {p[0] for p in sent.places if any(a.i < p[0] < a.j for a in sent.actors)
              or norms[max(0, p[0] - 2):p[0]] in (["الخاص", "الي"], ["الخاصه", "الي"])}
    # a state's premises in the visitor's own place (its embassy, its pavilion at a fair) is
    # where he goes, not that state: «زيارة إلى سفارة جمهورية ألمانيا» (to offer condolences)
    posts |= {p[0] for p in sent.places if _premises_of(norms, p[0])}
    nxt_places = sorted(p for p in sent.places + _capitals(sent)
                        if p[0] >= trig.j and p[0] not in posts and p[2] not in post_codes)
    # destinations: the first place after the trigger and places coordinated with it
    dests = []
    in_actor = sent.actor_toks()
    if verb_like:  # «غادر صاحب السمو الملكي الأمير ... جمهورية مصر»: honorifics do not count
        in_actor |= _adverbial_toks(sent)
    # a visit trigger after a comma before the place takes it: «ضمن جولة إقليمية، ويختتم
    # جولته في الرياض» (Riyadh is where the tour ends, not the whole tour's place)
    later_visits = [t.i for t in find_triggers(sent)[0] if t.etype == "VISIT" and t.i >= trig.j
                    and any(sent.toks[n].punct for n in range(trig.j - 1, t.i))]
    # a place right after a later visit noun of the traveller's own («توجه فور انتهاء زيارته
    # إلى الإمارات إلى دولة الكويت») is that visit's, when a place after إلى follows for the
    # verb: two stops, each with its own trigger
    owned = {p[0] for p in nxt_places if verb_like and any(
        t.etype == "VISIT" and t.tense == "noun" and trig.j <= t.i and t.j <= p[0] <= t.j + 1
        and _pronoun_ended(norms[t.j - 1]) and _after_to(sent, p[0])
        for t in find_triggers(sent)[0])}
    if owned and not any(p[0] not in owned and p[0] > min(owned) and _after_to(sent, p[0])
                         for p in nxt_places):
        owned = set()
    word = without_conjunction(norms[trig.i])
    attending = word in ATTEND_VERBS or word[1:] in ATTEND_VERBS \
        or word in ATTENDED_VERBS or word[1:] in ATTENDED_VERBS
    gathering = _attended_gathering(sent, trig) if attending else None
    other = _other_gathering(norms, gathering) if gathering is not None else None
    # «اجتماع في القاهرة حضره X», «القمة التي شارك فيها X»: the gathering named before
    back = _gathering_before(sent, trig) if attending and gathering is None else None
    # an attended gathering's place is counted from the gathering's name: «شارك ... في افتتاح
    # أشغال الدورة 27 لقمة الاتحاد الإفريقي التي تنعقد ... بالعاصمة الرواندية كيغالي»
    start = gathering + 1 if gathering is not None else trig.j
    if gathering is not None:
        start = _held_clause(sent, gathering) or start
    # «أول زيارة ... بعد توصل إيران ... اتفاقا»: the first visit after another event; a place
    # named after «بعد» is that event's, not where the visit goes («بعد ظهر اليوم»: a time)
    after_event = next((k for k in range(trig.j, len(norms) - 1) if norms[k] == "بعد"
                        and norms[k + 1] not in AFTER_TIMES), None) \
        if trig.tense == "noun" and trig.i > 0 \
        and in_words(norms[trig.i - 1], FIRST_WORDS, FIRST_PROCLITICS) else None
    for p in nxt_places:
        if p[0] in owned:
            continue
        if after_event is not None and p[0] > after_event:
            break
        to = _after_to(sent, p[0])
        limit = 12 if to else 6
        gap = [k for k in range(start if p[0] > start else trig.j, p[0]) if k not in in_actor]
        if not dests and any(t < p[0] for t in later_visits):
            break
        if not dests and not to and any(norms[k].startswith("وال") for k in gap):
            continue  # «جولته بالمنطقة والاستماع إلى رؤية مصر»: a new phrase, not a destination
        if not dests and len(gap) <= limit:
            dests.append(p)
        elif dests and p[0] - dests[-1][0] <= 2 and norms[p[0]].startswith("و"):
            dests.append(p)
        elif dests and p[0] - dests[-1][0] <= THEN_SPAN and norms[p[0] - 1] == "ثم":
            dests.append(p)  # «زار فرنسا في يناير، ثم إيطاليا»: the verb left out, a next stop
    if _sickbed_visit(sent, trig, dests):
        return []
    led = led_delegation(trig, sent)  # «سيترأس X وفد المملكة»: X travels, not the delegation
    if led is not None:
        # «يترأس وفد بلاده في مفاوضات مع السعودية»: the state after «مع» is the other side
        dests = [d for d in dests if d[0] == 0 or norms[d[0] - 1] != "مع"]
    if attending:
        # attending a summit, a meeting or a forum abroad: «سيحضر اجتماعا للحلف في بروكسل»;
        # a place after إلى is where he goes next («قبل أن يسافر إلى إثيوبيا»)
        if gathering is None and back is None or _attended_afar(norms):
            return []
        dests = [back[1]] if back is not None else dests
        dests = [d for d in dests if not _after_to(sent, d[0])]
        if other is not None:
            # «سيشاركون في القمة، التي تأتي عقب قمة مماثلة عقدت في أديس أبابا»: a place
            # after another gathering told as before or after this one is that one's
            dests = [d for d in dests if d[0] < other]
        # «مشاركته في الاحتفال امتدادا لمواقف المملكة»: a place in the genitive of a noun
        # with ل after the gathering is no place of it (a place with its own ب is:
        # «المؤتمر الدولي للاستثمار بتونس»)
        dests = [d for d in dests if not (d[0] > 0 and len(norms[d[0] - 1]) > 2
                                          and norms[d[0] - 1][:1] == "ل"
                                          and norms[d[0] - 1] not in ("لدي", "الي")
                                          and not _in_bi(norms, d[0]))]
    if word in HEAD_VERBS or word[1:] in HEAD_VERBS:
        # «توجّه إلى X» travels; «كل توجه نحو حل سلمي في سوريا» is a policy, not a trip
        dests = [d for d in dests if _after_to(sent, d[0])]
        if any(t in ADDRESS_WORDS for t in norms[trig.j:trig.j + 6]) \
                or trig.j < len(norms) and norms[trig.j] in BI_IT_PRONOUNS:
            return []  # «توجه بالشكر إلى قطر», «كلمة توجه بها إلى»: words addressed to
    if word[:1] in ("ل", "ب") and word[1:] in ARRIVAL_BI:
        return []  # «لحلّ الأزمة»: a noun, solving
    arrival = word in ARRIVAL_BI
    arrival_noun = norms[trig.i] in ARRIVAL_NOUNS or word in ARRIVAL_NOUNS
    if pronoun and arrival_noun and _craft_received(sent, trig):
        return []  # «وكان في استقبال الطائرة عند وصولها X»: a plane's arrival, X its committee
    if verb_like and _craft_arrives(sent, trig):
        return []  # «وسوف تصل القوافل»: a convoy's arrival, no visitor's
    craft = _craft_after(sent, trig) if verb_like else None
    if craft is not None and not any(craft < a.i <= craft + CRAFT_CARRIES for a in sent.actors):
        # «وغادرت الرحلة بعد ساعة», «كما وصلت أمس الأول رحلتان على متنهما 314 راكبا»: a
        # flight left or arrived, no traveller (not «وصلت طائرة الوزير X»)
        return []
    if arrival:
        # حلّ/يحلّ is "arrived" only before a place in ب (حلّ بتونس) or as a guest (ضيفا)
        guest = any(t.startswith("ضيف") for t in norms[trig.j:trig.j + 8])
        dests = [d for d in dests if guest or _in_bi(norms, d[0])]
        if not dests:
            return []
    # (a place in an actor's title or post is no destination before the verb either: «وكان
    # المبعوث الأممي إلى سوريا ... قد حضر اجتماعا عقده مجلس الأمن» is no visit to Syria)
    prior = [p for p in sent.places if p[0] < trig.i and p[0] not in posts] if not dests else []
    # but «إليها» after the verb points back to the nearest place, a title's one too («أكد
    # المبعوث الأممي إلى سوريا أنه سيتوجه إليها»: to Syria, not to a place named before the
    # title), and «حيث» sets the verb in the place it follows («وكان الوزير في القاهرة، حيث وصل»)
    back_to = any(t in ("اليها", "اليه") for t in norms[trig.j:trig.j + 3])
    if not dests and (back_to or where_place(sent, trig) is not None):
        prior = [p for p in sent.places if p[0] < trig.i]
    if prior and (any(t in ("من",) or t.startswith("قادم") for t in
                      norms[max(0, prior[-1][0] - 3):prior[-1][0]])
                  # «توافد القادة إلى العاصمة السعودية، إذ وصل الوفد الكويتي»
                  or verb_like and trig.i - prior[-1][0] <= 6 and _after_to(sent, prior[-1][0])
                  # «توصل لاتفاق مع كوبا ... وأجرى زيارة تاريخية إليها»
                  or back_to
                  # «يعود X إلى طهران مساء الاثنين حيث من المقرر وصول Y الثلاثاء»
                  or where_place(sent, trig) == prior[-1][0]):
        # a place named before the trigger, unless the trigger's own clause names a region
        # («وصل أوباما إلى كينيا في جولته، ويزور كيري الخليج»: Kerry's visit is to the Gulf)
        region = visit_region(sent, trig, after[0] if after and after[0].i == trig.j else None)
        dests = [(region[0], region[1], None)] if region is not None else [prior[-1]]
    # host: the actor named after an invitation cue (or at the start of the next sentence:
    # «... في زيارة رسمية .بدعوة من نظيره»)
    invite = [c for c in cues if c[2] == "planned" and norms[c[0]].endswith(("دعوه", "الدعوه"))]
    host = None
    k = _invitation_opens(next_sent.norms) if next_sent is not None and not invite else None
    if invite:
        host = next((a for a in after + before if a.i >= invite[0][1]
                     and a.i - invite[0][1] <= 6), None)
    elif k is not None:
        host = next((a for a in next_sent.actors if 0 < a.i - k <= 6), None)
    elif next_sent is not None and dests and trig.tense != "noun":
        host = _later_inviter(next_sent, {d[2] for d in dests})
    if _told_visit(sent, trig, after):
        return []  # «ويلتقي X خلال الزيارة الرئيس المصري»: the visit told before, not a new one
    record = None if pronoun else _record_visitor(sent, trig)
    if record is None and (_unnamed_genitive(sent, trig, pronoun)
                           or _invited_public(sent, trig)):
        return []  # «أشار إلى زيارة وفد يتكون من خبراء ...»: a visitor nobody can name
    candidates: list[Actor] = [record] if record is not None else []
    if verb_like and (close_after or _subject_past_adverbials(sent, trig, after)):
        candidates.append(after[0])
    elif (trig.tense == "noun" and after and 0 <= _genitive_gap(sent, trig, after[0]) <= 1
          and not pronoun and not _definite(norms[trig.i])):
        # genitive: زيارة الرئيس الصيني; a noun with the article heads no genitive («ويلتقي X
        # خلال الزيارة الرئيس المصري»: the president is the object of the verb, not the visitor)
        candidates.append(after[0])
    if (not candidates and verb_like and gathering is not None and after
            and _listed_attendee(sent, gathering, after[0])):
        # «ويشارك في القمة العربية سبعة من القادة العرب، بينهم A وB»: the leaders listed
        # after the plural subject attend (those joined to A by و with him)
        candidates.append(after[0])
    own_named = inherited is not None and _own_named_subject(sent, trig, inherited)
    if pronoun and inherited is not None and not arrival_noun and not own_named:
        candidates.append(inherited)  # «لدى وصوله»: only a subject of its own sentence
    elif inherited is not None and _said_during(sent, trig):
        candidates.append(inherited)  # «وأضاف خلال زيارة إلى ماليزيا»: the last speaker
    elif inherited is not None and _said_leaving(sent, trig, before):
        candidates.append(inherited)  # «وقال لدى مغادرته الرياض متوجها إلى مصر»: the same
    rel = _relative_agent(sent, trig, after)
    if rel is not None:
        candidates.append(rel)  # "الزيارة التي كان من المقرر أن يقوم بها رئيس الوزراء"
    if invite and before:
        inv_before = [a for a in before if a.j <= invite[0][0]]
        candidates.extend(reversed(inv_before))
    subject = None if pronoun else _setting_visit_subject(sent, trig, before)
    if subject is not None:
        candidates.append(subject)  # «X سيعقد اجتماعا مع A وB خلال زيارة عمل لقطر»: X's
    # «وأوضح المتحدث أن رحلة تقل 157 يمنيا وصلت»: the speaker before أن is not the visitor
    # (the «أن» of «، على أن يزور» opens no reported clause: the clause opener, of whatever
    # length, is left out of the span looked at)
    opener = _clause_opener_at(sent, trig.i)
    opened_at = trig.i if opener is None else opener
    candidates.extend(a for a in reversed(before) if not _reported_clause(norms, a.j, opened_at))
    if pronoun and sent.actors:
        head = sent.actors[0]
        # "A visited X and met B and C ... after his visit to Y": his = the subject A, not C
        subject_first = head.j <= trig.i and any(
            head.j <= k < trig.i for k in sent.trigger_toks) and head.i <= min(
            sent.trigger_toks, default=head.i)
        candidates.insert(0 if not candidates or subject_first else 1, head)
    owner = _pronoun_owner(sent, trig, before) if pronoun else None
    fronted = fronted_owner(sent, trig) if owner is None and pronoun else None
    if fronted is not None:
        owner = fronted  # «وقبل زيارتها إلى طهران، كتبت X»: X's visit
    if owner is None and pronoun:
        owner = subject_owner(sent, trig, before)  # «X، سيعقد خلال زيارته ...»: X's visit
    if owner is None and pronoun:
        owner = verb_subject_owner(sent, trig, before)  # «وألغى X زيارته»: X's visit
    if owner is None and not pronoun:
        owner = _fronted_bare_owner(sent, trig)  # «وخلال زيارة إلى إندونيسيا، قال X»: X's
    if owner is not None:
        # «أطلقها وزير الخارجية الإيراني إبان زيارته للكويت»: his = the actor right before
        candidates = [owner] + [a for a in candidates if a is not owner]
    li = None if pronoun else _li_visitor(sent, trig, after)
    if li is not None:
        # «زيارة مرتقبة لوزير الدفاع الأمريكي إلى بغداد»: the ل-person, then his destination
        candidates = [li] + [a for a in candidates if a is not li]
    # (a plural pronoun, not one `pronoun` counts, names its list the same way)
    plural = trig.tense == "noun" and norms[trig.j - 1].endswith("هم")
    dual = _dual_pair(sent, trig) if pronoun or plural else []
    if dual:  # «أثناء زيارتهما روسيا»: the two joined before the pronoun, not one of them
        candidates = dual + [a for a in candidates if all(a is not d for d in dual)]
    if sent.actors and _carried_light(sent, trig):
        candidates.append(sent.actors[0])  # «وكان X ... توصل لاتفاق ...، وأجرى زيارة إليها»
    if verb_like:
        carried = _carried_subject(sent, trig, find_triggers(sent)[0])
        if carried is not None:  # «اتصل بالرئيس X، ثم توجه إلى الجزائر»: the first subject
            candidates.insert(1 if close_after else 0, carried)
    if rel is None:
        subj = _clause_subject(sent, trig)
        if subj is not None:
            candidates.append(subj)  # "أبلغ X ... بتأجيل الزيارة التي كان يعتزم أداءها"
    if inherited is not None and not sent.actors and trig.i <= 8 and _light_before(
            sent, trig) and not arrival_noun and not own_named:
        # «كان من المهم أن يقوم بزيارة للقاهرة»: the last subject (only a light verb's: a
        # bare «وصلت» with nobody named is a ship, a flight or a sum far more often)
        candidates.append(inherited)
    if (inherited is not None and verb_like and dests and not candidates
            and inherited.role not in (None, "group") and not inherited.institution
            and not any(a.j <= trig.i for a in sent.actors)
            and norms[trig.i].lstrip("وفس") in VISIT_VERBS
            and (trig.i == 0 or norms[trig.i - 1] in THAT_HE)
            and prev is not None and any(a is inherited and a.i <= PREV_SUBJECT_AT
                                         for a in prev.actors)):
        # «وأعلن أنه سيزور المملكة», «وسيزور الرياض الشهر المقبل»: a visit verb (زار/يزور,
        # not an arrival: «ووصلت» is a ship or a sum as often) whose subject is a pronoun
        # after أن/إن or is left out, with no one named before it: the subject the sentence
        # before opens on («وأعرب X عن ...»; not one named deep in it: «ضابط كان يعمل في
        # مخابرات Y ... كان يزور»)
        candidates.append(inherited)
    # «تزور الرئيس الأمريكي»: a visit verb whose object is a person visits that person
    obj = None
    if not dests and verb_like and norms[trig.i].lstrip("وفس") in VISIT_VERBS:
        obj = _visited_person(sent, trig, before, after)
        if obj is not None:
            visitor_, host_ = obj
            code = host_.country
            if code:
                dests = [(host_.i, *load_gazetteer().state_place(code))]
                candidates.insert(0, visitor_)
                host = host_
    # «زيارته لنظيره الأمريكي», «الزيارة التي سيجريها للرئيس الأمريكي»: a visit noun whose
    # object (ل + a person) is the host; the host's country is the destination
    if not dests and host is None and trig.tense == "noun":
        hosted = _visited_with_li(sent, trig, after)
        if hosted is not None and hosted.country:
            code = hosted.country
            dests = [(hosted.i, *load_gazetteer().state_place(code))]
            host = hosted
    # «دعا الرئيس التونسي نظيره المصري لزيارة تونس»: the invitee visits, the inviter hosts
    invited = _invitation(sent, trig)
    if invited is not None:
        invitee, inviter = invited
        candidates.insert(0, invitee)
        host = inviter
        if status != "cancelled":
            status = "planned"
        if not dests and inviter is not None and inviter.country:
            code = inviter.country
            dests = [(inviter.i, *load_gazetteer().state_place(code))]
    # a next stop told by a present verb is still to come, even on a tour told as under way
    # («وصل X إلى الرياض اليوم. ثم يتوجه إلى الدوحة»: not the present of a visit under way)
    next_leg = touring is not None and not close_after and _next_stop(sent, trig, dests)
    if next_leg:
        # «ثم يزور ماليزيا من 4 إلى 6 أغسطس»: the tour goes on (those named before the word
        # of sequence are the last leg's: «حيث التقى بممثلين للحوثيين ومنها سيتوجه إلى الرياض»)
        if norms[trig.i - 1] in NEXT_LEG:
            candidates.insert(0, touring)
        elif not candidates:
            candidates.append(touring)
    listed = touring is not None and _stops_listed(sent, trig, dests)
    if listed:
        # «خلال زيارته إلى الكويت أمس في جولة تشمل قطر والعراق أيضا»: the tour of the visit
        # told before, its listed stops still to come
        candidates.insert(0, touring)
        if status == "reported":
            status = "planned"
    if arrival_noun:  # «وأدلى X بتصريحات قبيل توجهه إلى ...»: X is named before, or is the
        # subject of the main verb after the fronted setting («ولدى وصوله إلى القاهرة، أكد X»)
        candidates = [a for a in candidates if a in sent.actors
                      and (a.j <= trig.i or a is fronted)]
    if back is not None:
        # the attendee is the verb's subject right after it (and after «فيها»; one adverb
        # between at most): not one named before, in the gathering's own clause
        skip = 1 if norms[trig.j:trig.j + 1] in (["فيها"], ["فيه"]) else 0
        first = next((a for a in sent.actors if a.i >= trig.j), None)
        if first is None or first.i - trig.j > skip + 1:
            return []
        candidates = [first]
    out = []
    dest_codes = [d[2] for d in dests] or [None]
    visitor = None
    headed_told = False
    if led is not None and not trig.purpose:
        # the head is the verb's own subject: named right before it («X سيترأس», «سوف» between)
        # or between it and the delegation («يترأس X وفد»); not someone named earlier in the
        # sentence or closing another clause («... ونظيرهم الأمريكي، وترأس وفد المملكة وزير
        # الخارجية»: the head is told after it); «ليرأس»
        # (to head it) is the purpose of the trip its clause tells, whose traveller heads it
        candidates = [a for a in candidates if a in sent.actors and (
            trig.j <= a.i < led or a.j <= trig.i and trig.i - a.j <= LEAD_SUBJECT_GAP
            and not trig.clitic.startswith(("و", "ف"))
            and not any(sent.toks[k].punct for k in range(a.j - 1, trig.i)))]
        headed = _delegation_headed_after(sent, trig, led) if not candidates else None
        if headed is not None:
            # «ورأس وفد المملكة إلى الاجتماع وزير الخارجية»: the head told after it, the
            # delegation he heads attends the gathering (named after him: its role stays
            # `delegation`), where its sentence or, naming no place, the one before puts it
            candidates = [headed]
            dests = [d for d in dests if d[0] >= headed.j]
            dest_codes = [d[2] for d in dests] or [None]
            led = None
            headed_told = not dests and not sent.places \
                and _told_gathering_place(prev, headed) is not None
            if not dests and not headed_told:
                return []
        if not candidates:
            return []
    for cand in candidates:
        if cand is host or (host is not None and _same(cand, host)):
            continue
        if led is not None and cand in sent.actors and cand.i == led:
            continue
        if cand in sent.actors and cand.i > 0 and norms[cand.i - 1] in NAMED_AFTER:
            continue  # «مركز الملك سلمان للإغاثة»: a name, not the person
        if cand.country and cand.country in dest_codes:
            continue
        if cand.role == "group":
            continue  # a visit is a state's or an organisation's, not an armed group's
        if cand in sent.actors and _purpose_object(sent, trig, cand):
            continue  # «وفد ... يغادر إلى مسقط للقاء المبعوث»: the one met, not the traveller
        if cand.home and cand.name is None and cand.j - cand.i == 1:
            continue  # a bare «رئيس» / «الملك» given the outlet's country: «رئيس الفتح»
        words = norms if cand in sent.actors else (prev.norms if prev is not None else [])
        if words[cand.j:cand.j + 1] in (["المرافق"], ["المرافقه"], ["المرافقين"]):
            continue  # «والوفد المرافق له»: the visitor's suite, not the visitor
        visitor = cand
        break
    if visitor is None:
        return out
    if visitor.country is None and dests and (word in LEAVING_VERBS or word[1:] in LEAVING_VERBS) \
            and not _after_to(sent, dests[0][0]):
        # «غادر وفد الحوثيين صنعاء متوجها إلى مسقط»: the place right after a verb of leaving
        # is the one left (its own base for all one can tell of a visitor of no state); the
        # trip is to the place after «إلى» in the same clause
        reached = next((p for p in nxt_places if dests[0][0] < p[0] <= dests[0][0] + LEFT_TO
                        and _after_to(sent, p[0])), None)
        dests = [reached] if reached is not None else []
        dest_codes = [d[2] for d in dests] or [None]
        if not dests:
            return out
    if visitor.ambassador and POST_TAKING & set(norms):
        return out  # «وصل السفير الجديد لتسلم مهامه»: taking up a post, not a state visit
    if visitor.ambassador and gathering is not None:
        return out  # «حضر السفير الياباني افتتاح المعرض في تونس»: at his post, no visit
    if host is not None and host.counterpart and not host.titled:
        host = dataclasses.replace(host, role=visitor.role)
    own = any(a is visitor for a in sent.actors)
    # «خلال زيارة وزير الخارجية السعودي ووزير الخارجية الروسي إلى قطر»: a visit noun's
    # genitive visitors joined by و each visit, as a verb's subjects do
    genitive = (trig.tense == "noun" and own and 0 <= _genitive_gap(sent, trig, visitor) <= 1
                and not pronoun)
    visitors = [visitor] + (_coordinated_visitors(sent, visitor, dest_codes, host)
                            if verb_like and visitor.i >= trig.j else [])
    if genitive and not verb_like:
        # «لزيارة ولي ولي العهد ووزير الدفاع محمد بن سلمان»: a title of the visitor's own
        # state after و is mostly the same person's second office, not a second visitor
        visitors += [v for v in _coordinated_visitors(sent, visitor, dest_codes, host)
                     if not (v.country and v.country == visitor.country)]
    if verb_like and own and visitor.j <= trig.i:
        visitors = _subjects_before(sent, trig, visitor, dest_codes, host) + visitors
    if dual and visitor is dual[0]:
        visitors += [d for d in dual[1:] if d is not host
                     and not (d.country and d.country in dest_codes)]
    # «زار وزير الخارجية الفرنسي ونظيره الألماني تونس»: his counterpart holds his office
    lead = next((v for v in visitors if v.role is not None), visitor)
    visitors = [dataclasses.replace(v, role=lead.role)
                if v is not lead and v.counterpart and v.role is None and not v.titled else v
                for v in visitors]
    if own:  # «زار ممثلو مجموعة 5+1 طهران»: a bloc visits as each of its members
        visitors = [m for v in visitors for m in _bloc_of(sent.actors, v)
                    if m is v or not (m.country and m.country in dest_codes)]
    later = _tour_to_come(sent, trig, dests, status)
    to_come = status == "reported" and _leg_to_come(sent, trig, dests)
    if to_come:
        status = "planned"
    # (an attended gathering whose sentence names no place: the sentence before may tell it)
    told = (gathering is not None or headed_told) and not sent.places
    for v in visitors:
        for n, d in enumerate(dests or [None]):
            loc = (d[1], d[2]) if d else _told_gathering_place(prev, v) if told else None
            day = None  # the day of the earlier sentence that told the gathering's place
            if told and not d and loc is None:
                loc, day = _gathering_told_earlier(earlier, norms, gathering, v)
            out.append(Candidate("VISIT", "planned" if n and later else status, v, host, sent,
                                 trig_text, sdate[0], sdate[1], loc,
                                 own_day=day if sdate[0] is None else None,
                                 # (a gathering the sentence before told, place and day:
                                 # an occasion named back)
                                 frame="onward" if to_come or listed else
                                 "occasion" if headed_told and not d else "",
                                 later_stop=bool(n and later) or to_come or listed or (
                                     next_leg and v is touring and trig.tense == "present")))
    return out


HEAD_AFTER_REACH = 8  # words from a headed delegation to its head named after it


def _delegation_headed_after(sent: Sentence, trig, led: int) -> Actor | None:
    """The delegation a verb of heading heads when its head is told after it, verb first
    («ورأس وفد المملكة إلى أعمال الاجتماع وزير الدولة ...»): the state's delegation right
    after the verb, when its own mention is named after its head («ورأس وفد المملكة وزير
    الخارجية عادل الجبير») or the first actor named after it, within HEAD_AFTER_REACH words and
    with no punctuation between, is a titled person of that state; else None (another actor
    first, the gathering's host or a counterpart, is no head: nothing further is read)."""
    if led != trig.j:
        return None
    deleg = next((a for a in sent.actors if a.i == led), None)
    if deleg is None or deleg.role != "delegation" or not deleg.country:
        return None
    if deleg.name is not None:
        # «ورأس وفد المملكة وزير الخارجية عادل الجبير»: the head told after it in the
        # delegation's own mention, which is named after him
        return deleg
    for a in sent.actors:
        if a.i < deleg.j or a.i - deleg.j > HEAD_AFTER_REACH:
            continue
        if any(sent.toks[k].punct for k in range(deleg.j - 1, a.i)):
            return None
        if a.country == deleg.country and a.role not in (None, "delegation", "group"):
            return deleg
        return None
    return None


def _told_gathering_place(prev: Sentence | None, visitor: Actor) -> tuple[str, str] | None:
    """The place of an attended gathering whose own sentence names no place at all (not even a
    post: «حضر الحفل القائم بأعمال السفارة لدى تونس»), told by the sentence before («دشن
    الرئيس المصري أمس قناة السويس الجديدة ... . ونيابة عن الملك حضر الأمير X مراسم افتتاح
    القناة»): the sentence before names places of one state only, not the visitor's own (a
    gathering at home is no visit); else None."""
    if prev is None:
        return None
    # (the place reader reads no place in «بمسقط رأسه», a birthplace: mentions._not_place_phrase)
    codes = {p[2] for p in prev.places}
    if len(codes) != 1 or None in codes or visitor.country in codes:
        return None
    return prev.places[0][1], prev.places[0][2]


GATHERING_TOLD_BACK = 5  # earlier sentences searched for the gathering an attendance names back


def _gathering_stem(word: str) -> str:
    """A gathering noun without its clitics and article («والقمة», «للقمة», «وللقمة» -> «قمه»):
    its bare form (words.bare_forms) with the article, less the article; with none, the word
    less a one-letter proclitic («بقمة» -> «قمه»). A word with ك, bare or after و/ف, keeps its
    letters: it compares or gives an example («كان كالقمة في أهميته», «مؤتمرات كالمؤتمر
    الاقتصادي»), another gathering than the one named back; so does a bare noun after ف,
    as often none («فقمة الجبل», a seal)."""
    if word[:1] == "ك" or word[:1] in ("و", "ف") and word[1:2] == "ك":
        return word
    forms = bare_forms(word)
    definite = next((f for f in forms if f.startswith("ال") and len(f) >= 5), None)
    if definite is not None:
        return definite[2:]
    return forms[1] if len(forms) > 1 and len(forms[1]) >= 3 and word[:1] != "ف" else word


def _gathering_qualifiers(norms: list[str], k: int) -> list[str]:
    """The adjectives right after the gathering noun at k, two at most («القمة العربية
    السابقة» -> العربيه, السابقه): words with the article that end as a relative adjective
    does (-ي, -يه) or tell another meeting of the series (grammar.yaml
    gathering_other_instance), no relative pronoun."""
    out = []
    for m in range(k + 1, min(k + 3, len(norms))):
        w = norms[m]
        if not w.startswith("ال") or w in RELATIVE or not (
                w.endswith(("ي", "يه")) or w in GATHERING_OTHER_INSTANCE):
            break
        out.append(w)
    return out


def _same_gathering(told: list[str], attended: list[str]) -> bool:
    """Whether a gathering an earlier sentence names, with its adjectives `told`, can be the
    one attended, with its `attended`: not another of the series («القمة العربية السابقة»,
    «القمة المقبلة» against «القمة العربية») nor of another kind («القمة الخليجية» against
    «القمة العربية»)."""
    if {w for w in told if w in GATHERING_OTHER_INSTANCE} \
            != {w for w in attended if w in GATHERING_OTHER_INSTANCE}:
        return False
    kind = [w for w in told if w not in GATHERING_OTHER_INSTANCE][:1]
    own = [w for w in attended if w not in GATHERING_OTHER_INSTANCE][:1]
    return not (kind and own and kind != own)


def _gathering_told_earlier(earlier, norms: list[str], gathering: int,
                            visitor: Actor) -> tuple:
    """The place of an attended gathering named back («ويشارك في القمة العربية ... أمير
    قطر»), its own sentence and the one before naming no place of it: the nearest of the
    story's earlier sentences (GATHERING_TOLD_BACK at most) that names the same gathering
    noun and a place («انطلقت بالعاصمة الموريتانية نواكشوط الجلسة الافتتاحية للقمة العربية»)
    gives it, when its places are of one state only, or its venue is, not the visitor's own
    (a gathering of another kind or another of the series is not the same: _same_gathering);
    (place, that sentence's day), or (None, None)."""
    stem = _gathering_stem(norms[gathering])
    attended = _gathering_qualifiers(norms, gathering)
    for s, day in earlier[:GATHERING_TOLD_BACK]:
        at = next((k for k, w in enumerate(s.norms) if _gathering_stem(w) == stem), None)
        if at is None or not s.places \
                or not _same_gathering(_gathering_qualifiers(s.norms, at), attended):
            continue
        place = _told_gathering_place(s, visitor)
        if place is None:
            # its venue among places of several states: after «في» or in ب before the
            # gathering («انطلقت بالعاصمة الموريتانية نواكشوط ... القمة التي تبحث النزاعات في
            # اليمن»: Yemen is what it discusses) or right after it
            venues = [p for p in s.places if _venue_marked(s, p[0]) and (
                p[0] < at or p[0] - at <= VENUE_AFTER_GATHERING and not any(
                    s.norms[m] in TOPIC_MARKS or s.norms[m] in RELATIVE
                    for m in range(at + 1, p[0])))]
            codes = {p[2] for p in venues}
            if len(codes) != 1 or None in codes or visitor.country in codes:
                return None, None
            place = venues[0][1], venues[0][2]
        if day is not None and any(s.norms[m] in _THAT for m in range(day.j, at)):
            # «وأكد الوزير يوم الأحد في نواكشوط أن القمة ستناقش ...»: the day of the saying
            day = None
        return place, day
    return None, None


LEFT_TO = 12  # words from the place a traveller leaves to the place after «إلى» he goes to
NEXT_LEG_REACH = 4  # words from the start of the sentence to the verb of the next leg


def _next_stop(sent: Sentence, trig: Trigger, dests: list) -> bool:
    """Whether a visit verb with no subject of its own tells the next stop of a tour told
    before it: a verb of visiting or heading (grammar.yaml visit_verbs, head_verbs) with a
    destination, right after a word of sequence (ثم، ومنها، وأخيرا ...), or in the first
    NEXT_LEG_REACH words of a sentence that names nobody before it, opened by such a word or
    a bare و on the verb («ويزور بعدها ماليزيا»). Other verbs without a subject («وصلت») are
    a ship, a flight or a sum as often."""
    norms = sent.norms
    if trig.tense not in ("past", "present") or not dests \
            or not _verb_of(norms[trig.i].lstrip("وف"), VISIT_VERBS | HEAD_VERBS):
        return False
    if not _place_words_only(sent, trig.j, dests[0][0], loose=True):
        return False  # «ومن المقرر أن يزور شي الدوحة»: a word between may be the subject
    if trig.i > 0 and norms[trig.i - 1] in NEXT_LEG:
        return True  # «..., ثم يزور ماليزيا», «ومنها سيتوجه إلى الرياض»: a clause of its own
    if trig.i > NEXT_LEG_REACH or any(a.i < trig.i for a in sent.actors):
        return False
    opened = any(t in NEXT_LEG for t in norms[:trig.i])
    return opened or (trig.i == 0 and norms[0][:1] == "و")


def _place_words_only(sent: Sentence, lo: int, hi: int, loose: bool = False) -> bool:
    """Whether the words from lo to hi (a travel verb's and its place's) are only a place's
    kind and adjectives («العاصمة الإثيوبية»), so that none may be the verb's subject; `loose`
    also lets tour_fillers, «إلى» and a date's day and month stand there («سيزور من 14 إلى 16
    مارس فيتنام»)."""
    norms = sent.norms
    adjs = {x[0] for x in sent.adjs}
    for n in range(lo, hi):
        w = norms[n]
        if w in _PLACE_KINDS or n in adjs:
            continue
        if loose and (w in TOUR_FILLERS or w in _TO_WORDS or w.isdigit()
                      or w in _month_index()[2]):
            continue
        return False
    return True


PURPOSE_OBJECT_GAP = 2  # words at most from a purpose contact noun to the one it meets


def _purpose_object(sent: Sentence, trig: Trigger, cand: Actor) -> bool:
    """Whether an actor after a visit trigger is the object of a contact noun of purpose that
    follows the trigger («يغادر إلى مسقط للقاء المبعوث الأممي», «توجه إلى برلين لمقابلة
    المستشارة»): the one the traveller goes to meet, never the traveller."""
    if cand.i < trig.j:
        return False
    return any(t.purpose and trig.j <= t.i and t.j <= cand.i <= t.j + PURPOSE_OBJECT_GAP
               for t in find_triggers(sent)[0])


def _still_touring(visitor: Actor | None, inherited: Actor | None) -> Actor | None:
    """The visitor of a visit the two sentences before told, when nobody else has been named
    since (the last sentence that named anyone opens on him): the subject a next stop told in
    a sentence of its own takes («... واستقبله الرئيس المصري. ثم يزور الرياض» is not his)."""
    if visitor is None or inherited is None or not _same(visitor, inherited):
        return None
    return visitor


SICKBED_SPAN = 12  # words (actors aside) from a visit trigger to the hospital or the sick


WHERE_OPEN = 2  # words at most from «حيث» to the meeting verb it opens («حيث سيلتقي أيضا»)
_WITH_PRONOUNS = words.WITH_PRONOUNS


def _where_visitor(sent: Sentence, trig: Trigger, touring: Actor | None, touring_at: int,
                   after: list[Actor]) -> Actor | None:
    """The traveller of a visit leg told earlier in the sentence, as the subject of a meeting
    verb that «حيث» opens right after it: «زار X الجزائر ثم توجه إلى القاهرة حيث التقى Y»,
    «يلتقي خلالها A، ثم يتوجه إلى القاهرة حيث يلتقي B» (the place «حيث» names back is the
    last leg's destination, so the one who is there is its traveller, not A, the object of an
    earlier verb); «إذ» opens such a clause as well («خلال زيارة X إلى طهران، إذ سيلتقي Y»).
    None when the clause names its own subject: someone between the leg and
    the verb, a mention right after the verb followed by its object marked by ب / مع
    («حيث التقى الرئيس المصري بالوزير») or a pronoun object («حيث التقى به الرئيس»)."""
    if touring is None or touring_at < 0 or touring_at >= trig.i:
        return None
    norms = sent.norms
    opener = next((k for k in range(trig.i - 1, max(-1, trig.i - WHERE_OPEN - 1), -1)
                   if norms[k] in ("حيث", "اذ")), None)
    if opener is None or opener <= touring_at:
        return None
    if any(touring_at < a.i < trig.i and not _same(a, touring) for a in sent.actors):
        return None  # «ثم وصل Z إلى الرياض حيث التقى Y»: the leg names its own traveller
    if norms[trig.j:trig.j + 1] and norms[trig.j] in _WITH_PRONOUNS:
        return None
    if len(after) > 1 and (after[1].clitic.endswith("ب") or norms[after[1].i].startswith("مع")
                           or norms[after[1].i - 1] in ("مع", "ومع")) \
            and after[1].i - after[0].j <= 2:
        return None  # «حيث التقى الرئيس المصري بالوزير»: VSO, the first is the subject
    if not after or _same(after[0], touring):
        return None
    return touring


def _where_light_visitor(sent: Sentence, trig: Trigger, lights, touring: Actor | None,
                         touring_at: int, after: list[Actor]) -> Actor | None:
    """The traveller of a visit leg told earlier in the sentence, as the subject of a contact
    noun whose light verb «حيث» opens right after it («قام X بزيارة إلى عمّان حيث أجرى
    مباحثات مع Y», «وصل إلى بيروت من دمشق حيث عقد سلسلة لقاءات مع Y»): the light verb stands
    where the meeting verb would (_where_visitor), only adverbials and a counting word between
    it and the noun; the clause names no subject of its own between them."""
    if trig.tense != "noun" or touring is None:
        return None
    skip = _adverbial_toks(sent)
    verb = next((lt for lt, _ in lights if lt < trig.i
                 and all(k in skip or sent.norms[k] in _SERIES for k in range(lt + 1, trig.i))),
                None)
    if verb is None:
        return None
    return _where_visitor(sent, dataclasses.replace(trig, i=verb), touring, touring_at, after)




def _sickbed_visit(sent: Sentence, trig: Trigger, dests: list) -> bool:
    """Whether a visit goes to a hospital or to the sick and wounded (grammar.yaml
    sickbed_words: «زار السفير الطفلة المصابة في مستشفى النهضة», «زيارة الوزير للجرحى»)
    before any destination: a courtesy call where the visitor is, not a visit to a state.
    A country visited first keeps its visit («زار الجزائر حيث زار الجرحى في المستشفى»)."""
    norms = sent.norms
    in_actor = sent.actor_toks()
    seen = 0
    for k in range(trig.j, len(norms)):
        if in_words(norms[k], SICKBED_WORDS, "وبلف"):
            return not any(d[0] < k for d in dests)
        seen += k not in in_actor
        if sent.toks[k].punct or seen >= SICKBED_SPAN:
            break
    return False


def _premises_of(norms: list[str], i: int) -> bool:
    """Whether the word before the place at token i makes it a state's premises (grammar.yaml
    foreign_premises: سفارة، قنصلية، جناح), a state word allowed between («سفارة جمهورية
    ألمانيا»)."""
    k = i - 1
    if k > 0 and norms[k] in _STATE_WORDS:
        k -= 1
    return k >= 0 and in_words(norms[k], FOREIGN_PREMISES, "وبل")


THEN_SPAN = 12  # words from a destination to a place right after «ثم» that is a next stop


CURRENT_REACH = 3  # words at most from «حاليا» to the tour noun after it («يقوم حاليا بجولة»)
# the tour's own adjective of the present, right after the noun or its adjective of region
CURRENT_TOUR = words.CURRENT_TOUR


def _tour_to_come(sent: Sentence, trig: Trigger, dests: list, status: str) -> bool:
    """Whether the stops after the first of a tour under way are still to come: a tour noun
    (grammar.yaml tour_nouns) told as reported lists several destinations after a present
    verb of inclusion (tour_includes: «أولى محطات جولته الإفريقية التي تشمل تنزانيا وموزمبيق
    ومدغشقر»). Not a tour told current («يقوم حاليا بجولة تشمل X وY وZ», «جولته الحالية
    التي تشمل»): under way, its stops are reported, as the visit is."""
    norms = sent.norms
    if status != "reported" or len(dests) < 2 or trig.tense != "noun" \
            or not in_words(norms[trig.i], TOUR_NOUNS, "ولب"):
        return False
    if closed_visit(sent, trig):
        return False  # «يختتم اليوم جولة تشمل X وY»: a tour being closed has made its stops
    if any(norms[k] in PRESENCE_NOW for k in range(max(0, trig.i - CURRENT_REACH), trig.i)) \
            or CURRENT_TOUR & set(norms[trig.j:trig.j + 2]):
        return False
    return any(t in TOUR_INCLUDES for t in norms[trig.j:dests[0][0]])


STOPS_LISTED_REACH = 2  # words at most from a visit or tour noun to its verb of inclusion


def _stops_listed(sent: Sentence, trig: Trigger, dests: list) -> bool:
    """Whether a visit or tour noun with no visitor of its own lists the stops of the visit
    told before it: «في جولة» / «في مستهل زيارة» / «ضمن جولة» and a present verb of inclusion
    (grammar.yaml tour_includes) within STOPS_LISTED_REACH words after the noun, right before
    the places («خلال زيارته إلى الكويت أمس في جولة تشمل قطر والعراق أيضا», «التي وصلها
    أمس في مستهل زيارة تشمل أيضا قطر والعراق»): the stops after the one told, to come."""
    norms = sent.norms
    if trig.tense != "noun" or not dests or trig.i < 1 \
            or norms[trig.i - 1] not in ("في", "ضمن", "مستهل", "بدايه"):
        return False
    k = next((n for n in range(trig.j, min(trig.j + STOPS_LISTED_REACH + 1, len(norms)))
              if _inclusion_verb(norms[n])), None)
    if k is None:
        return False
    return all(w in TOUR_FILLERS for w in norms[k + 1:dests[0][0]])


def _leg_to_come(sent: Sentence, trig: Trigger, dests: list) -> bool:
    """Whether a tour noun's first destination is a stop a present verb opens or closes the
    tour on (grammar.yaml tour_opening, tour_closing): «في جولة يستهلها في مصر» (the verb
    right after the noun, in/from/with the place), «ويختتم جولته في الرياض» (the verb right
    before the noun): still to come, even when the tour is told as under way. Not when an
    arrival verb before the noun tells the opening stop reached («وصل إلى القاهرة في جولة
    يستهلها بمصر»)."""
    norms = sent.norms
    if trig.tense != "noun" or not dests or not in_words(norms[trig.i], TOUR_NOUNS, "و"):
        return False
    between = norms[trig.j:dests[0][0]]
    if between[:1] and between[0] in TOUR_OPENING and (
            len(between) == 1 and norms[dests[0][0]].startswith("ب")
            or len(between) == 2 and between[1] in ("في", "من")):
        return not any(in_words(norms[k], TRIP_VERBS, "و") for k in range(trig.i))
    return trig.i > 0 and in_words(norms[trig.i - 1], TOUR_CLOSING, "و") \
        and between in ([], ["في"])


# words before a visit noun that place another contact within a visit told before
WITHIN_VISIT = words.WITHIN_VISIT


def _said_during(sent: Sentence, trig: Trigger) -> bool:
    """Whether a visit noun is the setting of a sentence that opens on a verb of saying with
    no subject of its own: «وأضاف خلال زيارة إلى ماليزيا ...» (the verb, then خلال/أثناء/في
    and the noun; the speaker is the subject the sentence before named)."""
    norms = sent.norms
    return (trig.tense == "noun" and trig.i == 2 and norms[0] in SPEECH_VERBS
            and norms[1] in WITHIN_VISIT | {"في"}
            and not any(a.i < trig.i for a in sent.actors))


OWN_SUBJECT_REACH = 5  # words at most from the named subject after «أن» to the trigger
# no name: a demonstrative («أن هذه زيارته») and a noun whose taa marbuta, written ت, carries
# a pronoun («أن قداسته», «أن دولته», «أن حكومته»: his holiness, his government)
# demonstratives and quantifiers («أن أحد أهداف زيارته», «أن معظم ...»): never a name
_NO_NAME_WORDS = _DEMONSTRATIVES | _THIS | words.NO_NAME_WORDS
_OWNED_TAA = ("ته", "تها", "تهم", "تهما")


def _name_word(word: str) -> bool:
    """Whether a word can only be a person's name: no article, no nisba ending (دبلوماسي), no
    demonstrative, no noun owned by a pronoun (`_OWNED_TAA`), no title, place or word of the
    lexicons, no function or date word («كارتر», «رضا», «ديغول»)."""
    if word.startswith("ال") or word.endswith(("ي", "ى")) or len(word) < 3:
        return False
    if word in _NO_NAME_WORDS or word.endswith(_OWNED_TAA):
        return False
    gaz = load_gazetteer()
    if any(e.kind != "person" for _, e in gaz.index.get(word, ())):
        return False
    return not _common_word(word, gaz, known=False)


def _own_named_subject(sent: Sentence, trig: Trigger, inherited: Actor | None = None) -> bool:
    """Whether a sentence names the subject of a contact itself though no actor mention stands
    for him (a person the gazetteer does not know or cannot place): an item of a chronicle
    («1966 - ديغول يلغي زيارة ...»), or a name opening a reported clause a few words before the
    trigger («يشار إلى أن رضا صالحي أميري، يؤدي زيارة إلى تونس»). The pronoun or the left-out
    subject of the contact is that person, not the subject the sentence before named; no actor
    is named before the trigger. A name that is a word of the inherited actor's own mention
    («أن كوبلر» after «المبعوث الأممي مارتن كوبلر») is that actor again. (A name right after a
    verb of saying that opens the sentence, «وقال X ... خلال زيارته», is not read so: there X
    is as often the last subject named by another form of his name.)"""
    norms = sent.norms
    if any(a.i < trig.i for a in sent.actors):
        return False
    if norms and _DIGIT.match(norms[0]):
        return True
    own = frozenset(normalize_arabic(inherited.text).split()) if inherited is not None \
        and inherited.text else frozenset()

    def other_name(word: str) -> bool:
        return _name_word(word) and word not in own

    # (not «من المقرر أن», «قبل أن»: a plan's or a time's «أن», whose verb follows it)
    return any(norms[k] in _THAT and (k == 0 or not in_words(norms[k - 1], _NOT_SPEECH, "وف"))
               and other_name(norms[k + 1])
               for k in range(max(0, trig.i - OWN_SUBJECT_REACH - 1), trig.i - 1))


def _said_leaving(sent: Sentence, trig: Trigger, before: list) -> bool:
    """Whether a participle of heading (grammar.yaml trip_participles) tells the trip of a
    sentence that opens on a verb of saying with no subject of its own, after a noun of leaving
    with a pronoun (leaving_nouns: «وقال، في تصريح لدى مغادرته الرياض، متوجها إلى مصر»): the
    one leaving is the speaker, the subject the sentence before named."""
    norms = sent.norms
    return (norms[trig.i] in TRIP_PARTICIPLES and norms[0] in SPEECH_VERBS
            and any(norms[k] in LEAVING_NOUNS for k in range(1, trig.i))
            and not any(a.role for a in before))


FRONTED_DURING = words.FRONTED_DURING


def _fronted_bare_owner(sent: Sentence, trig: Trigger) -> Actor | None:
    """The visitor of an indefinite visit noun with no pronoun and no genitive that opens the
    sentence, or a clause after a comma and و, in a fronted setting and goes straight on to
    its destination («وخلال زيارة إلى إندونيسيا، قال X», «...، وفي زيارة لأربيل، قال X»):
    Arabic names no visitor there, the subject of the main verb right after the comma is the
    one travelling (whose.fronted_subject). A genitive («خلال زيارة الرئيس الصيني إلى ...»)
    names its own visitor."""
    norms = sent.norms
    if trig.tense != "noun" or trig.i == 0 or _definite(norms[trig.i]) \
            or norms[trig.i - 1].removeprefix("و") not in FRONTED_DURING \
            or trig.j >= len(norms):
        return None
    if trig.i - 1 > 1 and not (norms[trig.i - 1].startswith("و")
                               and sent.toks[trig.i - 2].punct):
        return None  # not the opening of the sentence nor of a clause after a comma
    nxt = norms[trig.j]
    # «إلى إندونيسيا», «لأربيل» (ل + the place itself)
    if nxt not in _TO_WORDS and not (nxt.startswith("ل")
                                          and any(p[0] == trig.j for p in sent.places)):
        return None
    return fronted_subject(sent, trig)


def _told_visit(sent: Sentence, trig: Trigger, after: list[Actor]) -> bool:
    """Whether a visit noun with the article after خلال/أثناء («خلال (هذه) الزيارة») only
    refers back to a visit the text has told: no visitor of its own follows it with ل
    («خلال الزيارة التاريخية للأمير X» names one)."""
    norms = sent.norms
    if trig.tense != "noun" or not _definite(norms[trig.i]) \
            or not after_within(norms, trig.i, WITHIN_VISIT):
        return False
    return not any(a.clitic.endswith("ل") and a.i - trig.j <= 2 for a in after)


def after_within(norms: list[str], i: int, within: frozenset) -> bool:
    """Whether token i follows one of `within` (خلال، أثناء ...), a demonstrative (هذه، تلك)
    allowed between: «خلال (هذه) الزيارة»."""
    k = i - 1
    if k > 0 and norms[k] in ("هذه", "تلك"):
        k -= 1
    return k >= 0 and norms[k] in within


def _coordinated_visitors(sent, visitor, dest_codes, host) -> list[Actor]:
    """Subjects joined to the visitor by و after a visit verb: «وصل الوفد الكويتي برئاسة ...،
    والوفد البحريني برئاسة ...، والوفد القطري ...»: each visits. A mention right after one
    without و (its head's name) continues it; anything else ends the list."""
    out, last = [], visitor
    places = {p[0] for p in sent.places}
    for a in sent.actors:
        if a.i < visitor.j:
            continue
        gap = a.i - last.j
        # «والوفد البحريني برئاسة الملك حمد آل خليفة، والوفد القطري»: an unknown name may
        # end the previous item before the comma
        listed = gap <= 4 and sent.toks[a.i - 1].punct and not any(
            k in sent.trigger_toks or k in places for k in range(last.j, a.i))
        if a.clitic.startswith("و") and (gap <= 1 or listed):
            if not (a.country and a.country in dest_codes) and a is not host \
                    and a.role != "group" and not any(_same(a, b) for b in [visitor] + out):
                out.append(a)
            last = a
        elif gap <= 1 and not a.clitic:
            last = a  # «برئاسة الشيخ تميم آل ثاني»: the rest of the same mention
        else:
            break
    return out


def _subjects_before(sent, trig, visitor, dest_codes, host) -> list[Actor]:
    """«وزير الخارجية الفرنسي ونظيره الألماني يزوران تونس»: a dual or plural visit verb after
    its subject has every actor of a و-joined list that ends with the visitor right before it;
    the others of the list, first named first ([] for a singular verb)."""
    norms = sent.norms
    if not (norms[trig.i].endswith(("ان", "ون", "وا"))
            or in_words(norms[trig.i], DUAL_PAST_VISIT_VERBS, "وف")) or trig.i - visitor.j > 1:
        return []
    before = [a for a in sent.actors if a.j <= visitor.i]
    out, last = [], visitor
    for a in reversed(before):
        if last.i - a.j > 0 or not last.clitic.startswith("و") \
                or any(sent.toks[m].punct for m in range(a.j - 1, last.i)):
            break
        if a is host or a.role == "group" or a.entourage or _same(a, visitor) \
                or (a.country and a.country in dest_codes):
            break
        out.insert(0, a)
        last = a
    return out


def _dual_pair(sent: Sentence, trig: Trigger) -> list[Actor]:
    """«التقى رئيسا الوزراء الهندي X والباكستاني Y ... أثناء زيارتهما روسيا»: a visit noun
    with a dual pronoun is the visit of the two actors joined by و before it in its sentence
    (the last such pair); with a plural pronoun, of the whole list the last such pair ends
    («انتقد A، وB، وC لزيارتهم طهران»); [] for any other pronoun or without such a pair."""
    norms = sent.norms
    plural = norms[trig.i].endswith("هم")
    if not plural and not norms[trig.i].endswith("هما"):
        return []
    before = [a for a in sent.actors if a.j <= trig.i]
    for a, b in reversed(list(zip(before, before[1:], strict=False))):
        if not _joined_pair(sent, a, b, plural):
            continue
        if not plural:
            return [a, b]
        # «زيارتهم»: the whole list joined before it («A، وB، وC»), not its last two only
        chain = [a, b]
        k = before.index(a)
        while k > 0 and _joined_pair(sent, before[k - 1], chain[0], plural):
            k -= 1
            chain.insert(0, before[k])
        return chain
    return []


def _joined_pair(sent: Sentence, a: Actor, b: Actor, comma: bool) -> bool:
    """Whether actor `b` is joined to `a` right before it by و (with a comma before the و
    when `comma`: a plural pronoun's list «A، وB، وC»), both of a state or a body and not one
    person named twice."""
    norms = sent.norms
    if b.i - a.j > 1 or a.role == "group" or b.role == "group" \
            or a.bloc or b.bloc or _same(a, b) or a.country is None and a.org is None \
            or b.country is None and b.org is None \
            or not any(norms[m].startswith("و") for m in range(a.j, b.i + 1)):
        return False
    puncts = [m for m in range(a.j - 1, b.i) if sent.toks[m].punct]
    return not puncts or comma and puncts == [a.j - 1] and norms[b.i].startswith("و")


def _capitals(sent: Sentence) -> list[tuple[int, str, str]]:
    """«للعاصمة الأمريكية»: the capital named by its country's adjective only, as a place of
    that country (at the adjective's token); «العاصمة الإسبانية مدريد» names its city."""
    out = []
    named = {p[0] for p in sent.places}
    en = load_gazetteer().country_en
    for k, code, _is_definite in sent.adjs:
        if k > 0 and sent.norms[k - 1].endswith("عاصمه") and not named & {k, k + 1, k + 2}:
            out.append((k, en.get(code, code), code))
    return out


_OCCASION_PREPS = words.OCCASION_PREPOSITIONS
_OCCASION_TIMES = frozenset(WEEKDAYS) | words.OCCASION_TIMES  # «خلال لقائه اليوم/الأحد»


def _invited_public(sent: Sentence, trig: Trigger) -> bool:
    """Whether an invitation before a visit noun is addressed to people no actor was made of
    («وجه السيناتور دعوة لكل البلجيكيين لزيارة تونس», «دعا المستثمرين إلى زيارة ...»): tourists,
    investors or the public visit, not the inviter."""
    if trig.tense != "noun":
        return False
    norms = sent.norms
    k = None
    for m in range(max(0, trig.i - 6), trig.i):
        w = without_conjunction(norms[m])
        if w in INVITE_WORDS and norms[m + 1:m + 2] != ["من"]:
            k = m
    if k is None or any(a.i > k and a.j <= trig.i for a in sent.actors):
        return False
    # the addressee in ل (لكل البلجيكيين، للمستثمرين), not the invitation's own words (رسمية)
    addressed = [t for t in norms[k + 1:trig.i] if t.startswith("ل") and len(t) >= 3
                 and t not in ("لهم", "لهما", "لكم", "لها", "لنا")]
    return bool(addressed) and not any(sent.toks[m].punct for m in range(k, trig.i))


def _long_object(sent: Sentence, k: int, trig: Trigger) -> bool:
    """Whether an invitation word at k more than eight words before a visit trigger reaches it
    across long titles only: actors and the words the gazetteer does not know between them
    and the trigger, one clause (no other trigger, no sentence punctuation but commas)."""
    occasion = _occasion_toks(sent, k, trig.i)
    if any(k < t < trig.i and t not in occasion for t in sent.trigger_toks):
        return False
    inside = [a for a in sent.actors if k < a.i and a.j <= trig.i]
    return bool(inside) and trig.i - inside[-1].j <= 4 and not any(
        sent.text[sent.toks[m].end - 1:sent.toks[m].end] in ".:؛;" for m in range(k, trig.i))


INVITE_LONG_REACH = 24  # words at most from an invitation to the visit noun over long titles


def _occasion_toks(sent: Sentence, k: int, i: int) -> set[int]:
    """Tokens between k and i of the occasion an invitation was made on: «خلال/لدى/أثناء»
    right before a contact noun (its trigger), and the time words right after it («دعا الرئيس
    خلال لقائه اليوم المبعوث الأممي إلى زيارة عدن»)."""
    norms, out = sent.norms, set()
    for m in range(k + 1, i - 1):
        if norms[m] in _OCCASION_PREPS and m + 1 in sent.trigger_toks:
            n = m + 1
            while n < i and n in sent.trigger_toks:
                n += 1
            while n < i and norms[n] in _OCCASION_TIMES:
                n += 1
            out.update(range(m, n))
    return out


def _invitation(sent: Sentence, trig: Trigger) -> tuple[Actor, Actor | None] | None:
    """(invitee, inviter) of an invitation word before a visit trigger: «دعا X نظيره Y لزيارة
    تونس» (the verb's subject invites its object), «دعوته للرئيس Y لزيارة» (his invitation to
    Y), «قبل Y دعوة X لزيارة السعودية» (X's invitation, accepted by Y). «بدعوة من X» names the
    host only and is left to the invitation cue; «دعاه» names its invitee by a pronoun."""
    norms = sent.norms
    k = word = None
    for m in range(max(0, trig.i - INVITE_LONG_REACH), trig.i):
        w = without_conjunction(norms[m])
        if w in INVITE_WORDS and trig.i - m > 8 and not _long_object(sent, m, trig):
            continue
        if w in INVITE_WORDS and norms[m + 1:m + 2] != ["من"]:
            k, word = m, w
    if k is None or word.endswith(("اه", "اها")):
        return None
    between = [a for a in sent.actors if a.i > k and a.j <= trig.i]
    prior = [a for a in sent.actors if a.j <= k and k - a.j <= 10]
    if not between:
        return None
    if word in ("دعوه", "الدعوه") and not between[0].clitic.endswith("ل"):
        # the invitation of X: X invites, the one who accepts or receives it visits
        inviter, invitee = between[0], (prior[-1] if prior else None)
    elif word in ("دعوه", "الدعوه") or word.startswith("دعوت"):
        inviter, invitee = (prior[-1] if prior else None), between[0]
    elif len(between) > 1 and len(set(range(between[0].j, between[1].i))
                                  - _occasion_toks(sent, k, trig.i)) <= 2:
        # VSO: دعا الرئيس التونسي نظيره المصري; «دعا الرئيس خلال لقائه اليوم المبعوث»: the
        # occasion between subject and object does not part them
        inviter, invitee = between[0], between[1]
    else:
        inviter, invitee = (prior[-1] if prior else None), between[0]
    if invitee is None or (inviter is not None and _same(inviter, invitee)):
        return None
    if inviter is not None and invitee.counterpart and not invitee.titled:
        invitee = dataclasses.replace(invitee, role=inviter.role)
    return invitee, inviter


def _reported_clause(norms: list[str], j: int, i: int) -> bool:
    """Whether an «أنّ/إنّ» clause starts between tokens j and i («وأوضح المتحدث أن ...»), not
    a temporal or planning «أن» («قبل أن يتوجه»، «من المقرر أن يزور»)."""
    return any(norms[k] == "ان" and (k == 0 or norms[k - 1] not in _NOT_SPEECH)
               for k in range(j, i))


def _carried_light(sent: Sentence, trig: Trigger) -> bool:
    """Whether the noun trigger follows a light verb joined by و after a comma («...،
    وأجرى زيارة»), whose subject is the sentence's first actor."""
    k = trig.i - 1
    if trig.tense != "noun" or k < 1 or not sent.norms[k].startswith("و"):
        return False
    head = sent.actors[0]
    return sent.toks[k - 1].punct and head.j <= k and _light_before(sent, trig)


def _opening_light(sent: Sentence, trig: Trigger, lights) -> bool:
    """Whether the noun trigger is the object of a light verb that opens its sentence
    («وأجرى مباحثات مع ...», «كما عقد اجتماعا مع ...»), at most an adverbial between them."""
    if trig.tense != "noun":
        return False
    opening = 1 if sent.norms[:1] in (["كما"], ["ثم"]) else 0
    skip = _adverbial_toks(sent)
    return any(lt == opening and all(k in skip for k in range(lt + 1, trig.i))
               for lt, _ in lights)


WITH_ADVERBIAL_REACH = 8  # words at most from a verb to the «مع» of its object over adverbials
FRONTED_SETTING_REACH = 7  # words at most from a verb to its subject over a place and a time
_FRONTED_PREPOSITIONS = words.RESULTS_PREPOSITIONS  # «إلى», «في» before the place
_DAY_PART_BEFORE = words.FRONTED_DAY_PART_BEFORE
_DAY_TIME = words.TIMES_OF_DAY | words.DAY_PARTS | words.PAST_WORDS | words.NEXT_WORDS \
    | words.CURRENT_WORDS


def _fronted_setting(sent: Sentence, trig: Trigger, first_after: Actor,
                     before: list[Actor]) -> bool:
    """Whether a verb's subject follows it past a fronted place and time, more than three words
    with nothing else between: «يصل إلى الخرطوم يوم الأحد المقبل وزير الخارجية ...», «استقبل في
    قصر اليمامة أمس الملك ... رئيس الوزراء ...», «وصل إلى القاهرة بعد ظهر أمس الرئيس ...». The
    words between are the place (a gazetteer place, or the short locative phrase after «في»), its
    preposition, time words and the parts of the day, with no punctuation; the verb has no
    subject of its own right before it (SVO: «الملك يستقبل في قصره ... الرئيس X» keeps X the
    guest), and the actor bears no clitic at all («ب»/«ل» would make it an object)."""
    if trig.tense not in ("past", "present") or first_after.clitic:
        return False
    gap = range(trig.j, first_after.i)
    if len(gap) > FRONTED_SETTING_REACH \
            or any(sent.toks[m].punct for m in range(trig.i, first_after.i)):
        return False
    if before and before[-1].j >= trig.i - 1:
        return False
    norms = sent.norms
    places = {k for p in sent.places for k in range(p[0], p[0] + place_len(norms, p[0]))}
    adverbials = _adverbial_toks(sent)
    if not any(k in places for k in gap) and norms[trig.j] not in _FRONTED_PREPOSITIONS:
        return False
    for m in gap:
        tok = norms[m]
        if m in places or m in adverbials or tok in _DAY_TIME or _time_word(norms, m):
            continue
        if m == trig.j and tok in _FRONTED_PREPOSITIONS:
            continue
        if tok in _DAY_PART_BEFORE and m + 1 < len(norms) and norms[m + 1] in _DAY_TIME:
            continue
        return False
    return True


def _adverbials_to_with(sent: Sentence, trig: Trigger, first_after: Actor | None) -> bool:
    """Whether only time and place words stand between a verb trigger and «مع» right before
    the first actor after it («التقى أمس في الرباط مع Y», «يلتقي غدا الأربعاء في قصر المرادية مع
    Y»), with no punctuation between: the verb names no subject there, the actor is its object."""
    if first_after is None or first_after.i - trig.j > WITH_ADVERBIAL_REACH:
        return False
    norms, k = sent.norms, first_after.i - 1
    if k <= trig.j or norms[k] != "مع":
        return False
    skip = _adverbial_toks(sent)
    return all((m in skip or _time_word(norms, m)) and not sent.toks[m].punct
               for m in range(trig.j, k)) and not sent.toks[trig.j - 1].punct


def _light_before(sent: Sentence, trig: Trigger) -> bool:
    """Whether a light verb (يقوم بزيارة، أدى زيارة) stands right before a noun trigger."""
    if trig.tense != "noun":
        return False
    lex = load_lexicon()
    for k in range(max(0, trig.i - 2), trig.i):
        n, entries = lex.triggers.match(sent.norms, k)
        if n and any(e.kind == "light" for e in entries):
            return True
    return False


LI_VISITOR_GAP = 4  # words at most between a visit noun and its ل-visitor («لم يعلن عنها مسبقا»)
LI_VISITOR_TO = 3  # words at most between that visitor and «إلى» («مرتقبة», «بن عبد العزيز»)




def _li_visitor(sent: Sentence, trig: Trigger, after: list[Actor]) -> Actor | None:
    """The visitor a visit noun names with ل when «إلى» and a place follow him: «زيارة
    مرتقبة لوزير الدفاع الأمريكي إلى بغداد», «الزيارة المرتقبة للملك X إلى موسكو», «زيارة لم
    يعلن عنها مسبقا لوزير X إلى بغداد», «زيارة للوزير X مرتقبة إلى القاهرة». The one travelling
    goes to the place after «إلى»; without it the ل-person is the one visited or the place
    itself («زيارته لنظيره», «زيارة لمصر»: _visited_with_li). A state (country) is needed, and
    no «أول»/«الأولى» before him: a first visit by a kind of person is a record, not a visitor."""
    norms = sent.norms
    if trig.tense != "noun" or not after:
        return None
    first = after[0]
    if not first.clitic.endswith("ل") or first.country is None \
            or not 0 <= first.i - trig.j <= LI_VISITOR_GAP:
        return None
    if any(sent.toks[k].punct for k in range(trig.j - 1, first.i - 1)) \
            or any(k in sent.trigger_toks for k in range(trig.j, first.i)):
        return None
    if any(norms[k] in _FIRST_OF for k in range(max(0, trig.i - 1), first.i)):
        return None  # «أول زيارة لرئيس أوروبي إلى إيران», «الزيارة الأولى من نوعها لمستشارة
        # ألمانية إلى تونس»: a record of the kind, its visitor named elsewhere
    places = {p[0] for p in sent.places}
    for k in range(first.j, min(first.j + LI_VISITOR_TO + 1, len(norms) - 1)):
        if sent.toks[k - 1].punct:
            return None  # «...، إلى جانب»: another clause
        if norms[k] in _TO_WORDS:
            return first if k + 1 in places else None
    return None


def _visited_with_li(sent: Sentence, trig: Trigger, after: list[Actor]) -> Actor | None:
    """The person a visit noun is paid to: the first actor after it with ل, right after the
    noun or after its relative clause's verb («الزيارة التي سيجريها لنظيره»)."""
    first = after[0] if after else None
    if first is None or not first.clitic.endswith("ل") or first.country is None:
        return None
    gap = sent.norms[trig.j:first.i]
    if any(sent.toks[k].punct for k in range(trig.j - 1, first.i - 1)):
        return None
    if not gap or gap[0] in RELATIVE and len(gap) <= 3 and (
            gap[-1] in VISIT_DOERS or gap[-1].endswith("ها")):
        return first
    return None


def _visited_person(sent, trig, before, after) -> tuple[Actor, Actor] | None:
    """(visitor, visited) of «يزور الرئيس المكسيكي ترامب» (VSO: the two actors after the verb)
    or «ماي ... تزور الرئيس الأمريكي» (SVO: the subject before, the object after)."""
    if not after or after[0].i - trig.j > 1 or after[0].clitic[-1:] in ("ل", "ب"):
        return None
    first = after[0]
    if len(after) > 1:
        second = after[1]
        if (0 <= second.i - first.j <= 1 and not second.clitic.startswith("و")
                and not _same(first, second) and first.country != second.country):
            return first, second
    if before and before[-1].country != first.country and not _same(before[-1], first):
        return before[-1], first
    return None


def _sponsored_parties(sent: Sentence, trig: Trigger, mediator: Actor) -> Actor | None:
    """«الاتفاق الذي عقد بينهما، برعاية إماراتية», «محادثات بين A وB بوساطة X»: a ب-phrase of
    mediation after an agreement or talks whose parties the sentence names before it. The
    first-named party (of another country than the mediator) is the MEDIATE event's
    actor2; nothing when no agreement or contact word stands within 8 words before."""
    norms = sent.norms
    if not norms[trig.i].startswith("ب"):
        return None
    contact = {k for t in find_triggers(sent)[0] if t.etype in ("MEET", "NEGOTIATE", "DISCUSS")
               and t.j <= trig.i for k in range(t.i, t.j)}
    word = [k for k in range(max(0, trig.i - 8), trig.i)
            if norms[k] in SETTLEMENT_WORDS or k in contact]
    if not word:
        return None
    parties = [a for a in sent.actors if a.j <= trig.i and (a.country or a.org)
               and a.key[0] not in (mediator.country, mediator.org)]
    return parties[0] if parties else None


def _mediate(sent, trig, status, trig_text, before, after, sdate) -> list[Candidate]:
    mediator = None
    adjs = [a for a in sent.adjs if trig.j <= a[0] <= trig.j + 1]
    sponsor = next((a for a in after if a.i - trig.j <= 1), None)
    if not adjs and sponsor is not None and sent.norms[trig.i].startswith("ب"):
        mediator = sponsor  # «بوساطة الأمم المتحدة», «برعاية أمير الكويت»
    elif adjs:
        mediator = Actor(adjs[0][0], adjs[0][0] + 1, country=adjs[0][1], role="official",
                         text=sent.text[sent.toks[adjs[0][0]].start:sent.toks[adjs[0][0]].end])
    else:
        # a bare country named after the last actor is the nearer subject ("قال X إن قطر بذلت")
        floor = before[-1].j if before else 0
        prior = [c for c in sent.countries if floor <= c[0] and c[1] <= trig.i
                 and trig.i - c[1] <= 8]
        if before and not prior:
            mediator = before[-1]
        elif prior:
            c = prior[0]
            mediator = Actor(c[0], c[1], country=c[2], role="official",
                             text=sent.text[sent.toks[c[0]].start:sent.toks[c[1] - 1].end])
    if mediator is None:
        return []
    sponsored = _sponsored_parties(sent, trig, mediator) if mediator.i >= trig.j else None
    if sponsored is not None:
        return [Candidate("MEDIATE", status, mediator, sponsored, sent, trig_text, sdate[0],
                          sdate[1], location_of(sent, trig, set()), frame="sponsored")]
    if sent.norms[trig.i] == "برعايه":
        return []  # the patronage of a ceremony or a forum: no parties, no mediation
    between = [k for k in range(trig.j, min(trig.j + 6, len(sent.toks)))
               if sent.norms[k] == "بين"]
    if not between and not (mediator.j <= trig.i and any(
            t in EFFORT_VERBS for t in sent.norms[mediator.j:trig.i])):
        return []  # mediation is between named parties, or exerted by its subject
    party = next((a for a in after if a.key != mediator.key and a.i - trig.j <= 8), None)
    # the first-named party: a bare country named before the first actor wins
    cands = [c for c in sent.countries if c[0] >= trig.j and c[2] != mediator.country
             and c[0] - trig.j <= 8]
    cands += [(a[0], a[0] + 1, a[1]) for a in sent.adjs
              if a[0] >= trig.j + 2 and a[1] != mediator.country and a[0] - trig.j <= 10]
    cands = [c for c in sorted(cands) if party is None or c[0] < party.i]
    if cands:
        c = cands[0]
        party = Actor(c[0], c[1], country=c[2], role="official",
                      text=sent.text[sent.toks[c[0]].start:sent.toks[c[1] - 1].end])
    if party is None:
        return []
    return [Candidate("MEDIATE", status, mediator, party, sent, trig_text, sdate[0],
                      sdate[1], location_of(sent, trig, set()))]


def _in_bi(norms: list[str], i: int) -> bool:
    """Whether the place named at token i carries the preposition ب (حلّ ببغداد، بتونس), not
    merely a name that starts with the letter (حلّ النزاعات في باريس)."""
    return load_gazetteer().match_clitic(norms, i)[2].endswith("ب")
