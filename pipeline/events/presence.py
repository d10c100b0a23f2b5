"""A state actor told to be in a foreign place, with no visit word: a visit of that place.

News often places a visitor without a verb of travel: «الوفد الإيراني المتواجد حاليا في بغداد»
(an adjective of presence after the actor), «وسيكون وزير الخارجية الأمريكي في كوالالمبور
غدا» (a copula and the place right after the actor), «قال كيري لصحفيين في الدوحة» (a verb of
saying, its subject, at most an addressee, then the place). Each proposes a VISIT of the actor
to the place's state when the actor is of another state. Ambassadors, consuls, envoys and
organisations' officials are posted abroad (سفير مصر في الرياض): they propose nothing, nor do
armed groups, bare states and unnamed officials. Pure functions; the words are in
configs/lexicons/events/grammar.yaml (presence_words, presence_copulas, speech_verbs).
"""

from __future__ import annotations

from pipeline.events.frames import Candidate
from pipeline.events.mentions import Actor, Sentence
from pipeline.events.triggers import Trigger, _status, _time_word
from pipeline.events.words import (
    ATTEND_EVENTS,
    PLACE_KINDS,
    PRESENCE_COPULAS,
    PRESENCE_NOW,
    PRESENCE_WORDS,
    SPEECH_VERBS,
    in_words,
)
from pipeline.events.words import SPEECH_AFAR_WORDS as _SPEECH_AFAR
from pipeline.events.words import SPEECH_NOUNS as _SPEECH_NOUNS
from pipeline.events.words import SPEECH_OWNED_NOUNS as _SPEECH_OWNED

PRESENCE_GAP = 3  # words at most between an actor and its adjective of presence (رفيع المستوى)
ADDRESSEE_GAP = 2  # words at most between a speaker and «في» + place (لصحفيين، للصحفيين)
_NOT_VISITORS = frozenset({"envoy", "group"})
# a speech given in a place («في كلمة بمصر», «خلال كلمته في القمة ... بالعاصمة السعودية الرياض»):
# the indefinite noun fronted before its speaker's verb of saying, or the noun with the
# speaker's pronoun after him; words heard from afar (a broadcast, a video) are no visit
# (grammar.yaml speech_nouns, speech_owned_nouns, speech_afar_words)
_SPEECH_SETTING = frozenset({"في", "خلال", "وفي", "وخلال", "اثناء", "واثناء"})
SPEECH_REACH = 6  # words at most from the speech noun to the place («في القمة ... بالعاصمة»)


def _visitor(a: Actor) -> bool:
    """Whether a mention may be a visitor placed by its presence: a state's person or
    delegation, named or titled, not posted abroad."""
    return (a.country is not None and a.org is None and a.role not in _NOT_VISITORS
            and not a.ambassador and not a.bare and not a.bloc and not a.counterpart
            and not a.institution and not a.collective and not a.body
            and (a.role != "official" or a.name is not None))


def _place_at(sent: Sentence, k: int, inside: set[int]) -> tuple[int, str, str] | None:
    """The place introduced at token k by في (a separate word) or ب (a clitic): «في بغداد»,
    «بالعاصمة السعودية الرياض», «في العاصمة الإيطالية روما»."""
    norms = sent.norms
    if k >= len(norms) or k in inside:
        return None
    places = {p[0]: p for p in sent.places}
    adjs = {a[0]: a for a in sent.adjs}
    if norms[k] == "في":
        m = k + 1
    elif norms[k].startswith("ب") and (k in places or norms[k][1:] in PLACE_KINDS):
        m = k
    else:
        return None
    if m < len(norms) and (norms[m] in PLACE_KINDS or norms[m][1:] in PLACE_KINDS):
        m += 1
        if m in adjs:
            m += 1  # «العاصمة السعودية الرياض»
    return places.get(m)


def _at(sent: Sentence, trig_at: int, actor: Actor, place, tense: str, triggers, lights,
        cues, doc_cancel, occupied, sdate) -> Candidate | None:
    if place is None or place[2] == actor.country:
        return None
    trig = Trigger(trig_at, trig_at + 1, "VISIT", tense)
    status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
    if status == "negated":
        return None
    text = sent.text[sent.toks[trig_at].start:sent.toks[trig_at].end]
    c = Candidate("VISIT", status, actor, None, sent, text, sdate[0], sdate[1],
                  (place[1], place[2]), frame="presence")
    c.trig = trig
    return c


def presence_visits(sent: Sentence, triggers, lights, cues, doc_cancel, occupied,
                    sdate) -> list[Candidate]:
    """The visits a sentence tells by its actors' presence in a foreign place (module doc)."""
    norms = sent.norms
    inside = sent.actor_toks()
    out: list[Candidate] = []
    for a in sent.actors:
        if not _visitor(a):
            continue
        found = None
        # «الوفد الإيراني رفيع المستوى المتواجد حاليا في بغداد»
        for k in range(a.j, min(a.j + PRESENCE_GAP + 1, len(norms))):
            if k in inside or k in sent.trigger_toks:
                break
            if in_words(norms[k], PRESENCE_WORDS, "و"):
                m = k + 1
                if m < len(norms) and norms[m] in PRESENCE_NOW:
                    m += 1
                found = _at(sent, k, a, _place_at(sent, m, inside), "past", triggers,
                            lights, cues, doc_cancel, occupied, sdate)
                break
        if found is None and a.i >= 1 and in_words(norms[a.i - 1], PRESENCE_COPULAS, "وف"):
            # «وسيكون وزير الخارجية الأمريكي في كوالالمبور»: the copula is the verb
            verb = norms[a.i - 1]
            tense = "present" if verb.lstrip("وف").startswith(("س", "ي", "ت")) else "past"
            if tense == "past" and not any(_time_word(norms, k) for k in range(len(norms))):
                # «كما كان مستشار الزعيم في تونس»: a past state with no time (he lived or
                # served there), not a stay the text dates («وكان الوزير في الرياض أمس»)
                continue
            found = _at(sent, a.i - 1, a, _place_at(sent, a.j, inside), tense, triggers,
                        lights, cues, doc_cancel, occupied, sdate)
        if found is None and a.i >= 1 and norms[a.i - 1] in SPEECH_VERBS:
            # «قال كيري لصحفيين في الدوحة»: an addressee in ل may stand between
            for k in range(a.j, min(a.j + ADDRESSEE_GAP + 1, len(norms))):
                if k in inside or k in sent.trigger_toks or sent.toks[k - 1].punct:
                    break
                if norms[k] == "في":
                    found = _at(sent, a.i - 1, a, _place_at(sent, k, inside), "past",
                                triggers, lights, cues, doc_cancel, occupied, sdate)
                    break
                if not norms[k].startswith("ل"):
                    break
        if found is None:
            found = _speech_at(sent, a, inside, triggers, lights, cues, doc_cancel,
                               occupied, sdate)
        if found is not None:
            out.append(found)
    return out


def _speech_at(sent: Sentence, a: Actor, inside: set[int], triggers, lights, cues,
               doc_cancel, occupied, sdate) -> Candidate | None:
    """A visit told by a speech its speaker gave in a foreign place: «وفي كلمة بمصر قال
    كيري» (the indefinite noun after في/خلال, fronted before the verb of saying right
    before the speaker), «وصف الرئيس X ... خلال كلمته في القمة بالعاصمة السعودية الرياض»
    (the noun with a pronoun, after the sentence's first actor, its subject). The place
    stands within SPEECH_REACH words after the noun, no other actor between; none when the
    sentence tells of a broadcast or a video."""
    norms = sent.norms
    if any(t in _SPEECH_AFAR for t in norms):
        return None
    for k in range(1, len(norms)):
        if norms[k - 1] not in _SPEECH_SETTING:
            continue
        owned = norms[k] in _SPEECH_OWNED
        if owned:
            if a is not sent.actors[0] or a.j > k - 1:
                continue
        elif norms[k] in _SPEECH_NOUNS:
            if not (k - 1 <= 1 and a.i >= 1 and norms[a.i - 1] in SPEECH_VERBS and a.i > k):
                continue
        else:
            continue
        # the place right after the noun, or after the gathering the speech was given at
        # («كلمته في القمة ... بالرياض»); «كلمته الأوضاع في سوريا»: a topic, not a venue
        starts = [k + 1]
        if k + 2 < len(norms) and norms[k + 1] in ("في", "امام") \
                and in_words(norms[k + 2], ATTEND_EVENTS, "") and not sent.toks[k + 1].punct:
            starts = range(k + 3, min(k + 1 + SPEECH_REACH, len(norms)))
        for m in starts:
            if m in inside or sent.toks[m - 1].punct:
                break
            place = _place_at(sent, m, inside)
            if place is not None:
                return _at(sent, k, a, place, "past", triggers, lights, cues, doc_cancel,
                           occupied, sdate)
    return None
