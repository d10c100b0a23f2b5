"""Whose visit or meeting a pronoun names («زيارته», «خلال لقائه»), when the nearest
subject the pronoun can refer to is nobody the gazetteer knows.

A noun with a possessive pronoun takes its owner from the nearest fitting subject: the
subject of the clause it stands in. When that clause names its own subject and that subject
is no actor (a name the gazetteer does not know, a sportsman, an artist, a researcher), the
visit or meeting is that person's, and no state or organisation named elsewhere (the topic
of the sentence before, the first actor of the sentence) may be lent to it:
«وبينما ألغى بلاتر زيارته ...», «وقال كارتر ... خلال زيارته», «الذي قال إنه خلال زيارته»
after «يقول الباحث الأمريكي». A title or an honorific pronoun (الوزير، سموه) names back the
actor the text is about and keeps it."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.events import words
from pipeline.events.dates import WEEKDAYS
from pipeline.events.gazetteer import load_gazetteer
from pipeline.events.mentions import Sentence
from pipeline.events.triggers import Trigger
from pipeline.events.words import RELATIVE, SETTING_WORDS, STOP_WORDS, fold_spellings
from pipeline.events.words import VSO_INTRANSITIVE_FEMININE as _INTRANSITIVE_FEMININE
from pipeline.events.words import VSO_INTRANSITIVE_PRESENT_VERBS as _INTRANSITIVE_PRESENT
from pipeline.events.words import VSO_INTRANSITIVE_VERBS as _INTRANSITIVE
from pipeline.events.words import VSO_PAST_FEMININE as _PAST_FEMININE
from pipeline.events.words import VSO_PAST_VERBS as _PAST
from pipeline.events.words import VSO_PRESENT_VERBS as _PRESENT
from pipeline.text.normalize import normalize_arabic


def _folded(words) -> frozenset[str]:
    return frozenset(fold_spellings(normalize_arabic(w)) for w in words)


# verbs whose subject follows them (VSO: grammar.yaml vso_past_verbs, vso_present_verbs), the
# past ones also in the feminine (words.feminine_past: «قالت», «نفت», «ألغت»); of those, the
# verbs that take no noun for object: any word right after them is their subject («أكد حرص
# بلاده»: an object; «ألغى بلاتر زيارته»: the subject, with the noun right after)
INTRANSITIVE = frozenset(
    p + w for w in _INTRANSITIVE | _INTRANSITIVE_FEMININE | _INTRANSITIVE_PRESENT
    for p in ("", "و", "ف"))
NAME_AFTER_REACH = 4  # words at most from an actor to the name that follows it (its bearer's)
SUBJECT_VERBS = frozenset(
    p + w for w in _PAST | _PAST_FEMININE | _PRESENT for p in ("", "و", "ف"))

# words after such a verb that are not its subject: time, prepositions, particles
NOT_SUBJECTS = STOP_WORDS | SETTING_WORDS | _folded(WEEKDAYS) | words.NOT_SUBJECT_WORDS

# a person who is no official of a state nor of an organisation (a sportsman, an artist, a
# writer, a businessman): the owner of a possessive pronoun nearer than any actor
NON_STATE_PERSONS = words.NON_STATE_PERSONS
# (no adjective that also describes a thing: «الندوة الصحفية», «المكتب الإعلامي»)
# «رجل الأعمال», «سيدة الأعمال»: these two only before الأعمال
_OF_BUSINESS = words.OF_BUSINESS_WORDS
_BUSINESS = words.BUSINESS_WORDS


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words that open a gazetteer phrase (a title, a country, an organisation) or are an
    honorific pronoun; not those that open only persons' names («بارك», «عباس»): such a name
    that is no actor where it stands is somebody the gazetteer does not know there."""
    gaz = load_gazetteer()
    persons = frozenset(w for w, items in gaz.index.items()
                        if items and all(e.kind == "person" for _, e in items))
    return (frozenset(gaz._start_words or ()) - persons) | frozenset(gaz.honorific_pronouns)


def _named_before(word: str, prev: Sentence | None) -> bool:
    """Whether the sentence before gave `word` as the name of one of its actors («السفير
    الأمريكي ديفيد هيل ... . وأكد هيل بعد لقائه»): the same person, told by his surname."""
    if prev is None:
        return False
    for a in prev.actors:
        if word in prev.norms[a.i:a.j + NAME_AFTER_REACH]:
            return True
    return False


def _unknown_subject(sent: Sentence, k: int, in_actor: set[int],
                     prev: Sentence | None = None, trig: Trigger | None = None) -> bool:
    """Whether token k, right after a verb, is a subject the gazetteer does not know: a word
    (no punctuation, no number) in no actor, no title, honorific pronoun, time word or
    particle (a name: «قال كارتر», «ألغى بلاتر»), or a non-state person («يقول الباحث»)."""
    if k >= len(sent.norms) or k in in_actor:
        return False
    word = sent.norms[k]
    if not word.isalpha() or len(word) < 3 or word in NOT_SUBJECTS:
        return False
    if _non_state(sent, k):
        return True
    if word in _known_words() or word.startswith(("ال", "وال", "بال", "لل")) \
            or _named_before(word, prev):
        return False
    verb = sent.norms[k - 1]
    return verb in INTRANSITIVE or (trig is not None and trig.i == k + 1)


def _unknown_before(sent: Sentence, k: int, in_actor: set[int], prev: Sentence | None) -> bool:
    """Whether token k, right before a verb whose object is the pronoun noun, is an unknown
    name (its subject, SVO) after a title the gazetteer knows or a noun with the article."""
    word = sent.norms[k]
    if k in in_actor or sent.toks[k].punct or not word.isalpha() or len(word) < 3 \
            or word in NOT_SUBJECTS or word in _known_words() or _named_before(word, prev):
        return False
    return not word.startswith(("ال", "وال", "بال", "لل")) and k > 0 \
        and sent.norms[k - 1].startswith("ال")


def _non_state(sent: Sentence, k: int) -> bool:
    """Whether token k opens the description of a non-state person (الفنان، رجل الأعمال)."""
    norms = sent.norms
    if norms[k] not in NON_STATE_PERSONS:
        return False
    if norms[k] in _OF_BUSINESS:
        return norms[k + 1:k + 2] and norms[k + 1] in _BUSINESS
    return True


def unnamed_owner(sent: Sentence, trig: Trigger, prev: Sentence | None = None) -> bool:
    """Whether the possessive pronoun of a contact noun (زيارته، لقائه) refers to a subject its
    own sentence names that is no actor: the subject of the nearest verb before the noun, no
    actor between («وقال كارتر ... خلال زيارته»); a non-state person named after the last
    actor before the noun («نجم كرة السلة ... الذي ... بعد زيارته»); or, when the noun opens
    the sentence in a fronted setting, the subject of the verb after it («وقبل زيارتها إلى
    طهران، كتبت موغيريني»)."""
    norms = sent.norms
    in_actor = sent.actor_toks()
    for v in range(trig.i - 1, -1, -1):
        if v in in_actor:
            return False
        if _non_state(sent, v) and (v == 0 or norms[v - 1] != "مع"):
            return True
        if norms[v] in SUBJECT_VERBS and not (v > 0 and norms[v - 1] in RELATIVE):
            # (a verb after الذي/التي has the relative's antecedent for subject: look on)
            if v + 1 == trig.i and v > 0 and _unknown_before(sent, v - 1, in_actor, prev):
                return True  # «أعلن ... أن الرئيسة بارك أجلت زيارتها»: SVO, an unknown name
            if v > 0 and (v - 1 in in_actor or norms[v - 1] == "قد"):
                return False  # «وكان الرئيس X قد قال لـ...»: the subject stands before
            if v + 1 < trig.i and (norms[v + 1] in NOT_SUBJECTS or v + 1 in in_actor):
                # «كما سبق وأعلن خلال زيارته»: no subject of its own (the earlier verb's), or
                # an actor's
                if v + 1 in in_actor:
                    return False
                continue
            return _unknown_subject(sent, v + 1, in_actor, prev, trig)
    if trig.i > FRONTED_AT:
        return False
    v = _fronted_verb(sent, trig, in_actor)
    return v is not None and _unknown_subject(sent, v + 1, in_actor, prev)


FRONTED_AT = 2  # words at most before a contact noun opening a fronted setting («وقبل زيارتها»)
FRONTED_REACH = 12  # words at most from that noun to the main verb after a comma


def _fronted_verb(sent: Sentence, trig: Trigger, in_actor: set[int]) -> int | None:
    """The main verb after a fronted setting that opens the sentence, right after a comma
    («وقبل زيارتها إلى طهران، كتبت ...»), no actor between."""
    norms = sent.norms
    for v in range(trig.j, min(len(norms), trig.j + FRONTED_REACH)):
        if v in in_actor:
            return None
        if norms[v] in SUBJECT_VERBS and sent.toks[v - 1].punct:
            return v
    return None


def fronted_owner(sent: Sentence, trig: Trigger):
    """The actor right after the main verb that follows a fronted setting with the pronoun
    noun («وخلال زيارتها إلى طهران، أكدت وزيرة الخارجية الأوروبية ...»): the pronoun's
    owner is that verb's subject, not the topic of the sentence before."""
    if trig.i > FRONTED_AT:
        return None
    return fronted_subject(sent, trig)


def fronted_subject(sent: Sentence, trig: Trigger):
    """The actor right after the main verb that follows the fronted setting of the trigger,
    right after a comma (_fronted_verb), or None."""
    in_actor = sent.actor_toks()
    v = _fronted_verb(sent, trig, in_actor)
    if v is None:
        return None
    return next((a for a in sent.actors if a.i == v + 1), None)


_OWNER_SETTING = words.OWNER_SETTING
_PRESENT_VERB = re.compile(r"^[وف]?س?[يت]\w{2,}$")


def subject_owner(sent: Sentence, trig: Trigger, before: list) -> object | None:
    """The actor right before the verb of the clause that holds a pronoun noun in a setting
    («أن سيرغي لافروف، سيعقد خلال زيارته لقطر لقاء ...»): the verb's subject (SVO) owns the
    visit, nearer than the topic of the sentence before. The gap is the verb (a present or
    future form, or a verb of saying) and one preposition of time."""
    if not before:
        return None
    a = before[-1]
    gap = sent.norms[a.j:trig.i]
    if len(gap) != 2 or gap[1] not in _OWNER_SETTING:
        return None
    verb = gap[0]
    if not (_PRESENT_VERB.match(verb) or verb in SUBJECT_VERBS):
        return None
    return a


# words between a verb's subject and the pronoun noun it takes for object («اختتم الرئيس
# الفرنسي أمس زيارته»): time only
_VSO_GAP = _folded(WEEKDAYS) | words.VSO_GAP_WORDS


def verb_subject_owner(sent: Sentence, trig: Trigger, before: list) -> object | None:
    """The subject right after a verb of VSO order (SUBJECT_VERBS: cancelled, postponed,
    began, ended, cut short, announced ...) whose object is the pronoun noun, with at most
    time words between them («وألغى هولاند زيارته»، «اختتم الرئيس الفرنسي أمس زيارته»،
    «وبينما ألغى بلاتر زيارته»): the verb's subject owns the visit, nearer than the topic of
    the sentence before."""
    if not before:
        return None
    a = before[-1]
    norms = sent.norms
    gap = norms[a.j:trig.i]
    if len(gap) > 2 or any(w not in _VSO_GAP for w in gap):
        return None
    k = a.i - 1
    while k >= 0 and a.i - k <= 2 and norms[k] in _VSO_GAP:
        k -= 1
    if k < 0 or norms[k] not in SUBJECT_VERBS or sent.toks[k].punct:
        return None
    return a
