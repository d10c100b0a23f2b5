"""Trigger words (met, called, visited, talks ...) and the status cues around them.

Pure functions over a mentions.Sentence; the words are in configs/lexicons/events/.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.events.gazetteer import load_lexicon
from pipeline.events.mentions import Sentence
from pipeline.events.words import (
    RELATIVE,
)

# ----------------------------------------------------------------------------- triggers/status

@dataclass
class Trigger:
    i: int
    j: int
    etype: str
    tense: str  # past | present | noun
    adverb: bool = False  # an adverb (هاتفيا) that types the verb before it



def find_triggers(sent: Sentence) -> tuple[list[Trigger], list[tuple[int, str]], list]:
    """(triggers, light verbs, status cues) of a sentence, computed once per sentence."""
    if sent.found is None:
        sent.found = _find_triggers(sent)
    return sent.found


def _find_triggers(sent: Sentence) -> tuple[list[Trigger], list[tuple[int, str]], list]:
    lex = load_lexicon()
    norms = sent.norms
    occupied = set()
    for a in sent.actors:
        occupied.update(range(a.i, a.j))
    triggers, lights, cues = [], [], []
    i = 0
    while i < len(norms):
        n, entries = lex.triggers.match(norms, i)
        if n and i not in occupied:
            e = next((x for x in entries if x.kind == "trigger"), entries[0])
            if e.kind == "light":
                lights.append((i, e.role))
            else:
                tense = e.role
                if tense == "present" and norms[i].startswith(("س", "وس", "فس")):
                    tense = "present"
                adverb = tense == "adverb"
                triggers.append(Trigger(i, i + n, e.code, "noun" if adverb else tense, adverb))
            i += n
            continue
        i += 1
    i = 0
    while i < len(norms):
        n, entries = lex.status.match(norms, i)
        if n and norms[i] == "اجل" and i > 0 and norms[i - 1] == "من":
            n = 0  # من أجل: "for the sake of", not "postponed"
        if n:
            cues.append((i, i + n, entries[0].role))
            i += n
        else:
            i += 1
    return triggers, lights, cues



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


def _status(sent: Sentence, trig: Trigger, triggers: list[Trigger], lights, cues,
            doc_cancel: bool, occupied: set) -> str:
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
              and not _in_relative_clause(sent, c, prev_end, trig)]
    following = [c for c in cues if trig.j <= c[0] < after_end]
    kinds_before = {c[2] for c in before}
    kinds_after = {c[2] for c in following}
    if "cancelled" in kinds_before or "cancelled" in kinds_after:
        return "cancelled"
    if "conditional_cancel" in kinds_before:
        return "cancelled" if doc_cancel else "planned"
    tense = trig.tense
    if tense == "noun":
        # the light verb's own subject may stand between it and the noun (VSO:
        # «وسيجري وزير الخارجية الإيطالي خلال الزيارة محادثات»): up to 10 words back when an
        # actor follows the verb, never past another trigger
        starts = {a.i for a in sent.actors}
        light = [lt for lt in lights if 0 < trig.i - lt[0] <= 4 or (
            trig.i - lt[0] <= 10 and lt[0] >= prev_end and lt[0] + 1 in starts)]
        if light:
            tense = light[-1][1]
    if tense == "present":
        return "reported" if "past" in kinds_after else "planned"
    if "planned" in kinds_before or "planned" in kinds_after:
        if "past" not in kinds_after:
            return "planned"
    return "reported"
