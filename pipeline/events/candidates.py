"""Wide event candidates and their features: every pair of actors a trigger's sentence names.

The rule frames (frames.py) guess who is the subject and who the counterpart; on news they
were not written against they miss most contacts. Here every trigger proposes every pair of
nearby actors (and every actor with a place, for visits), and `features` describes each
candidate (trigger, distances, sides, roles, same country, negation, modality, attendance and
section cues, whether the rules chose it) for the learned scorer (scorer.py) to decide.
Pure functions; the cue words live in configs/lexicons/events/cues.yaml.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools

from pipeline.events.blocs import may_pair
from pipeline.events.frames import (
    Candidate,
    _same,
    between_participants,
    location_of,
    trigger_text,
)
from pipeline.events.mentions import Actor, Sentence
from pipeline.events.triggers import Trigger, _status
from pipeline.events.triggers import phone_near as phone_near  # kept importable from here
from pipeline.events.words import cue_words, in_words

WINDOW = 30  # tokens around a trigger in which its actors are looked for
MAX_ACTORS = 8  # nearest actors per trigger (a guest list proposes no more pairs than this)


@functools.cache
def _cue_phrases(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The entries of several words of a cue list («رجال الاعمال»), each as its words: no
    token equals one, so _has_cue matches them over the tokens in turn."""
    return tuple(tuple(w.split()) for w in words if " " in w)


def _phrase_at(tokens, k: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words of `phrase` stand at tokens[k:], its first word bare or after a و/ف
    clitic («ورجال الاعمال»)."""
    first = tokens[k]
    return (first == phrase[0] or (first[:1] in ("و", "ف") and first[1:] == phrase[0])) \
        and tuple(tokens[k + 1:k + len(phrase)]) == phrase[1:]


def _has_cue(tokens, words: frozenset[str]) -> bool:
    """Whether `tokens` hold a cue of `words`: a token equal to one of its words, bare or after
    a و/ف clitic, or its phrases' words in a row (_phrase_at). A phrase matches only where its
    whole span is given: a cue list read one token at a time holds single words."""
    for t in tokens:
        if t in words or (t[:1] in ("و", "ف") and t[1:] in words):
            return True
    phrases = _cue_phrases(words)
    return bool(phrases) and any(_phrase_at(tokens, k, p) for p in phrases
                                 for k in range(len(tokens) - len(p) + 1))


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (2, "1-2"), (5, "3-5"), (10, "6-10"), (20, "11-20")):
        if n <= limit:
            return name
    return "20+"


def _dist(a: Actor, trig: Trigger) -> int:
    if a.j <= trig.i:
        return trig.i - a.j
    if a.i >= trig.j:
        return a.i - trig.j
    return 0


def _with_role(actor: Actor, other: Actor) -> Actor:
    """نظيره takes the other actor's role (a copy: sentence actors are shared)."""
    if actor.counterpart and not actor.titled:
        return dataclasses.replace(actor, role=other.role)
    return actor


def _nearest(actors: list[Actor], trig: Trigger) -> list[Actor]:
    """The MAX_ACTORS mentions nearest the trigger within WINDOW, in text order; a bloc's
    members (blocs.py) share one mention and take one place."""
    near = sorted((a for a in actors if _dist(a, trig) <= WINDOW), key=lambda a: _dist(a, trig))
    out, spans = [], set()
    for a in near:
        span = (a.i, a.j, a.bloc) if a.bloc else id(a)
        if span not in spans and len(spans) >= MAX_ACTORS:
            continue
        spans.add(span)
        out.append(a)
    return sorted(out, key=lambda a: a.i)


def _own_subject(sent: Sentence, trig: Trigger, near: list[Actor]) -> bool:
    """Whether a verb trigger names its own subject right after it (verb-subject order: «وفي
    القاهرة، التقت وزيرة الخارجية الكرواتية بنظيرها المصري»): an actor within a word of the
    verb, with no «مع/ب/ل» before it. Such a verb does not go on with the sentence before's
    subject, which is then no party of its contact."""
    if trig.tense not in ("past", "present"):
        return False
    first = next((a for a in near if a.i >= trig.j), None)
    if first is None or first.i - trig.j > 1 or first.clitic[-1:] in ("ب", "ل"):
        return False
    return not in_words(sent.norms[first.i - 1], cue_words()["with_words"], "وف")


def wide_candidates(sent: Sentence, triggers: list[Trigger], lights, cues, doc_cancel: bool,
                    sdate, phone: bool, inherited: Actor | None = None) -> list[Candidate]:
    """Every (trigger, actor pair) of the sentence, and (visit, actor, place), as candidates
    carrying their trigger (`trig`) for `features`. A trigger that opens its sentence with no
    actor before it («والتقى ...», «كما بحث ...») also pairs `inherited`, the previous
    sentence's first actor, with the actors after it."""
    occupied = sent.actor_toks()
    occupied.update(p[0] for p in sent.places)
    out = []
    for trig in triggers:
        etype = trig.etype
        if etype == "RETURN":
            continue
        if etype == "DISCUSS":
            etype = "CALL" if phone else "MEET"
        near = _nearest(sent.actors, trig)
        if not near:
            continue
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        text = trigger_text(sent, trig)
        loc = location_of(sent, trig, set())
        # a contact whose parties are listed after it («الاجتماع القادم في موسكو بين A وB»,
        # «اللقاء الذي جمع A بB») is theirs: no pair with an actor outside the list
        listed = {(x.i, x.j) for x in between_participants(sent, trig, triggers)}
        for a, b in itertools.combinations(near, 2):
            if _same(a, b) or a.entourage or b.entourage or not may_pair(a, b):
                continue
            if listed and not {(a.i, a.j), (b.i, b.j)} <= listed:
                continue
            a2, b2 = _with_role(a, b), _with_role(b, a)
            if a2.country is None and a2.org is None or b2.country is None and b2.org is None:
                continue
            c = Candidate(etype, status, a2, b2, sent, text, sdate[0], sdate[1], loc)
            c.trig = trig
            out.append(c)
        if inherited is not None and trig.i <= 2 and not any(a.j <= trig.i for a in near) \
                and not listed and not _own_subject(sent, trig, near):
            for b in near:
                if _same(inherited, b) or inherited.key == b.key \
                        or not may_pair(inherited, b):
                    continue
                c = Candidate(etype, status, inherited, _with_role(b, inherited), sent, text,
                              sdate[0], sdate[1], loc)
                c.trig = trig
                out.append(c)
        if etype == "VISIT":
            for a in near:
                if loc is not None and loc[1] != a.country and not a.counterpart \
                        and a.role != "group" and not a.bloc and not a.bare:
                    c = Candidate("VISIT", status, a, None, sent, text, sdate[0], sdate[1], loc)
                    c.trig = trig
                    out.append(c)
    return out


def _prev_word(norms: list[str], i: int, words: frozenset[str]) -> str:
    return norms[i - 1] if i > 0 and norms[i - 1] in words else "-"


FRAME_WINDOW = 4  # tokens before a trigger searched for the word that frames it


def trigger_frame(norms: list[str], i: int, cues: dict[str, frozenset[str]]) -> str:
    """The kind of the nearest framing word in the FRAME_WINDOW tokens before the trigger at
    token i (cues.yaml trigger_frame_*): background, topic, during, or "-". A topic word
    after a word of deputising (`trigger_frame_not_topic`: «نيابة عن الملك حضر») frames
    nothing."""
    for k in range(i - 1, max(-1, i - 1 - FRAME_WINDOW), -1):
        for kind in ("background", "topic", "during"):
            if _has_cue(norms[k:k + 1], cues["trigger_frame_" + kind]):
                if kind == "topic" and k and _has_cue(norms[k - 1:k],
                                                      cues["trigger_frame_not_topic"]):
                    continue
                return kind
    return "-"


def _vague(norms: list[str], x: Actor, cues: dict[str, frozenset[str]]) -> bool:
    """Whether an actor follows «عدد من», «بعض»: a vague quantity of people, not a party."""
    if x.i >= 1 and _has_cue(norms[x.i - 1:x.i], cues["vague_quantity"]):
        return True
    return (x.i >= 2 and norms[x.i - 1] == "من"
            and _has_cue(norms[x.i - 2:x.i - 1], cues["vague_quantity"]))


def _institution_feature(norms: list[str], x: Actor, cues: dict[str, frozenset[str]]) -> str:
    """What kind of mention an actor is: a person or an office («-»), an institution
    («inst»: وزارة الخارجية الروسية), or an institution right after a verb of saying («said»:
    «قالت الخارجية الروسية إن ...», the source of a statement more often than a party)."""
    if not x.institution:
        return "-"
    said = x.i >= 1 and _has_cue(norms[x.i - 1:x.i], cues["reported_speech"])
    return "said" if said else "inst"


def features(c: Candidate, rule: bool, n_triggers: int) -> list[str]:
    """Binary features of one candidate (names of the features that are on)."""
    sent, trig = c.sentence, c.trig
    norms = sent.norms
    cues = cue_words()
    a, b = c.actor1, c.actor2
    f = [f"type={c.etype}", f"tense={trig.tense}", f"trig={norms[trig.i]}",
         f"status={c.status}", f"rule={rule}", f"type_rule={c.etype}:{rule}",
         f"frame={(c.frame or 'other') if rule else 'wide'}",
         f"ntrig={_bucket(n_triggers)}", f"nactors={_bucket(len(sent.actors))}",
         f"len={_bucket(len(norms) // 5)}", f"lead={sent.index == 0}",
         f"listed={min(c.listed, 2)}"]
    sides = []
    for name, x in (("a", a), ("b", b)):
        if x is None:
            f.append(f"{name}=none")
            sides.append("-")
            continue
        if not any(x.i == y.i and x.j == y.j and x.key == y.key for y in sent.actors):
            f += [f"{name}=carried", f"{name}_role={x.role}"]  # from an earlier sentence
            sides.append("C")
            continue
        side = "B" if x.j <= trig.i else ("A" if x.i >= trig.j else "I")
        sides.append(side)
        f += [f"{name}_side={side}", f"{name}_dist={_bucket(_dist(x, trig))}",
              f"{name}_role={x.role}", f"{name}_named={bool(x.name)}",
              f"{name}_titled={x.titled}", f"{name}_org={bool(x.org)}",
              f"{name}_cp={x.counterpart}", f"{name}_home={x.home}",
              f"{name}_bloc={bool(x.bloc)}", f"{name}_bare={x.bare}",
              f"{name}_clitic={x.clitic[-1:] or '-'}", f"{name}_vague={_vague(norms, x, cues)}",
              f"{name}_prev={_prev_word(norms, x.i, cues['prepositions'])}",
              f"{name}_inst={_institution_feature(norms, x, cues)}"]
    f.append("sides=" + "".join(sides))
    if b is not None and "C" not in sides:
        lo, hi = (a, b) if a.i < b.i else (b, a)
        between = [x for x in sent.actors if lo.j <= x.i and x.j <= hi.i]
        f += [f"between={_bucket(len(between))}", f"gap={_bucket(hi.i - lo.j)}",
              f"same_country={bool(a.country and a.country == b.country)}",
              f"roles={'|'.join(sorted(map(str, (a.role, b.role))))}",
              f"coordinated={hi.i - lo.j <= 1 and norms[hi.i].startswith('و')}",
              f"trig_between={lo.j <= trig.i and trig.j <= hi.i}",
              f"comma_between={any(sent.toks[k].punct for k in range(lo.i, hi.i))}",
              f"attend_between={_has_cue(norms[lo.j:hi.i], cues['attendance'])}"]
    elif b is None:
        f.append(f"loc_domestic={c.location is not None and c.location[1] == a.country}")
    window = norms[max(0, trig.i - 4):trig.i]
    f += [f"neg_before={_has_cue(window, cues['negation'])}",
          f"modal={_has_cue(norms, cues['modality'])}",
          f"attend={_has_cue(norms, cues['attendance'])}",
          f"sport={_has_cue(norms, cues['sport'])}",
          f"business={_has_cue(norms, cues['business'])}",
          f"media={_has_cue(norms, cues['media_culture'])}",
          f"speech={_has_cue(norms[:trig.i], cues['reported_speech'])}",
          f"date={c.date is not None}", f"loc={c.location is not None}",
          f"trig_frame={trigger_frame(norms, trig.i, cues)}"]
    return f
