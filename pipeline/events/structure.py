"""Features of the structure between a wide candidate's trigger and its pair, for the wide
model (scorer.wide_score): whether one actor is the trigger's subject (the first actor right
after it or the last right before it) and what marks the other as its partner («مع», «بين»,
«إلى», «لدى», «ب», نظيره), a break (punctuation, a word opening another clause, another
trigger) between the two actors or between either and the trigger, a «و» list, the pair's
rank by distance among the pairs of its trigger, the actors of the sentence, the same country,
and whether a rule candidate of the sentence uses the trigger or either actor. Word lists:
configs/lexicons/events/cues.yaml (clause_openers, with_words)."""

from __future__ import annotations

from pipeline.events.triggers import find_triggers
from pipeline.events.words import cue_words, in_words


def _cut(sent, lo: int, hi: int, trig, triggers) -> str:
    """What separates tokens lo..hi: punct, clause, trigger (joined by +) or none."""
    kinds = []
    if any(sent.toks[k].punct for k in range(max(lo - 1, 0), hi - 1)):
        kinds.append("punct")
    if any(in_words(t, cue_words()["clause_openers"], "وف") for t in sent.norms[lo:hi]):
        kinds.append("clause")
    if any(t is not trig and lo <= t.i and t.j <= hi for t in triggers):
        kinds.append("trigger")
    return "+".join(kinds) or "none"


def _in_sentence(c) -> bool:
    """Whether both actors are actors of the candidate's sentence, outside its trigger."""
    spans = {(x.i, x.j, x.key) for x in c.sentence.actors}
    return all(x is not None and (x.i, x.j, x.key) in spans
               and (x.j <= c.trig.i or x.i >= c.trig.j) for x in (c.actor1, c.actor2))


def structure_features(c, cands: list) -> list[str]:
    """The structure features of a two-actor candidate `c` (none when an actor is missing,
    carried from another sentence or inside the trigger); `cands` are the (candidate,
    features) pairs of its text."""
    if c.trig is None or not _in_sentence(c):
        return []
    sent, trig, norms = c.sentence, c.trig, c.sentence.norms
    triggers = find_triggers(sent)[0]
    a, b = sorted((c.actor1, c.actor2), key=lambda x: x.i)
    after = [x for x in sent.actors if x.i >= trig.j]
    before = [x for x in sent.actors if x.j <= trig.i]
    subj = (after[0] if after and after[0].i - trig.j <= 1
            else before[-1] if before and before[-1].j >= trig.i - 1 else None)
    is_subj = subj is not None and any((subj.i, subj.j) == (x.i, x.j) for x in (a, b))
    other = (b if (subj.i, subj.j) == (a.i, a.j) else a) if is_subj else b
    prev = norms[other.i - 1] if other.i > 0 else "^"
    joined = in_words(prev, cue_words()["with_words"], "وف") or other.clitic[-1:] == "ب"
    f = [f"s_subj={is_subj}", f"s_subj_with={is_subj}:{joined}",
         f"s_clitic={other.clitic[-1:] or '-'}",
         f"s_ab_cut={_cut(sent, a.j, b.i, trig, triggers)}",
         f"s_list={b.i - a.j <= 1 and norms[b.i].startswith('و')}",
         f"s_nact={min(len(sent.actors), 6)}",
         f"s_same_country={a.country is not None and a.country == b.country}"]
    for name, x in (("a", a), ("b", b)):
        lo, hi = (x.j, trig.i) if x.j <= trig.i else (trig.j, x.i)
        f.append(f"s_{name}_clear={_cut(sent, lo, hi, trig, triggers) == 'none'}")
    if is_subj:
        f += [f"s_subj_role={subj.role}", f"s_other_role={other.role}"]

    def dist(o):
        return sum(min(abs(x.i - trig.j), abs(trig.i - x.j)) for x in (o.actor1, o.actor2))
    same = [o for o, _ in cands if o.sentence is sent and o.trig is trig
            and o.actor2 is not None]
    rank = sorted(dist(o) for o in same).index(dist(c)) if c in same else 3
    rules = [o for o, feats in cands if o.sentence is sent and "rule=True" in feats]
    used = {(x.i, x.j) for o in rules for x in (o.actor1, o.actor2) if x is not None}
    f += [f"s_rank={min(rank, 3)}", f"s_pairs={min(len(same), 4)}",
          f"s_rule_sent={bool(rules)}", f"s_rule_trig={any(o.trig is trig for o in rules)}",
          f"s_used={sum((x.i, x.j) in used for x in (a, b))}"]
    return f


def decided(c, sfeats: list[str], types: frozenset[str] | list[str]) -> bool:
    """Whether the wide model decides a wide candidate with these structure features: one of
    its types (no visit: kept, a wide visit merges into the rule frames' one and takes its
    status or date), a trigger that is a contact, not a verb of discussing (what a contact was
    about, «لبحث الوضع»: the contact it is about, demanded or held, is the rules' to find), and
    no pair of a «و» list neither of whom is the trigger's subject (guests a state receives,
    «استقبلت تونس وزير الخارجية الفرنسي ووزير الخارجية الإيطالي», do not meet each other)."""
    return decidable(c, types) and ("s_subj=True" in sfeats or "s_list=True" not in sfeats)


def decidable(c, types: frozenset[str] | list[str]) -> bool:
    """The part of `decided` that needs no structure features (its type and trigger): the
    extractor computes the features only for the candidates that pass it."""
    return c.etype in types and c.trig is not None and c.trig.etype != "DISCUSS"
