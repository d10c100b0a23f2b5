"""A state summoning another state's envoy: the summons verb or noun (grammar.yaml
`summons_words`: «استدعت الخارجية التركية السفير الصيني», «بعد أيام من استدعاء إسلام آباد
للسفير الهندي») meets the envoy it summons. It is a contact only with an envoy of a state as
its object (an ambassador) for the noun, never with a witness, reservists or cars recalled
(a verb keeps the pair its frame finds: «استدعى بوتين المعلم إلى موسكو», a chargé
d'affaires, an organisation's envoy; a witness or a player is no actor); a state or its
capital named bare right after the verb or noun is the summoner of an ambassador
(«استدعت أنقرة السفير الصيني لديها»), added as an actor that pairs with him only. A state
recalling its own ambassador («استدعت السعودية سفيرها») names no envoy of another state and
makes no contact.
"""

from __future__ import annotations

import os

from pipeline.events.gazetteer import load_gazetteer
from pipeline.events.mentions import Actor, Sentence
from pipeline.events.words import _words, in_words

SUMMONS_WORDS = _words("summons_words")
# the letters every summons word shares («استدع»): a sentence without them has no summons
# word, with or without a clitic, so summoners() need not look at its words one by one
_SUMMONS_STEM = os.path.commonprefix(sorted(SUMMONS_WORDS))
SUMMONS_REACH = 8  # words at most from the summons word to the envoy's title (the summoner between)


def summons_word(word: str) -> bool:
    """Whether a normalised word is a summons verb or noun, with at most one clitic."""
    return in_words(word, SUMMONS_WORDS, "وفبل")


def envoy(a: Actor) -> bool:
    """Whether an actor is a state's ambassador (or consul: Actor.ambassador). A chargé
    d'affaires is not one yet: the labels make him an envoy, a role the mentions do not give."""
    return a.ambassador and a.country is not None and a.org is None


def summoned(sent: Sentence, k: int) -> Actor | None:
    """The envoy the summons word at token k summons: the first envoy (envoy()) within
    SUMMONS_REACH words after it, with no punctuation between; None otherwise."""
    for a in sent.actors:
        if a.i <= k or a.i - k > SUMMONS_REACH:
            continue
        if any(sent.toks[m].punct for m in range(k, a.i)):
            return None
        if envoy(a):
            return a
    return None


def _bare_state(sent: Sentence, i: int) -> tuple[int, int, str] | None:
    """The state or capital named bare (no actor covers it) starting at token i."""
    if any(a.i <= i < a.j for a in sent.actors):
        return None
    for i0, j0, code in sent.countries:
        if i0 == i:
            return i0, j0, code
    capitals = load_gazetteer().capitals
    for i0, en, code in sent.places:
        if i0 == i and en in capitals:
            n = load_gazetteer().match(sent.norms, i0)[0] or 1
            return i0, i0 + n, code
    return None


def summoners(sent: Sentence) -> None:
    """Add to sent.actors the state or capital named bare right after a summons word whose
    envoy (summoned()) is another state's: role official, paired (Actor.pair) with that envoy
    only."""
    norms = sent.norms
    if _SUMMONS_STEM not in " ".join(norms):
        return  # (the stem has no space: it is in the joined words only inside one of them)
    added: list[Actor] = []
    for k, word in enumerate(norms):
        if not summons_word(word) or k + 1 >= len(norms) or sent.toks[k].punct:
            continue
        bare = _bare_state(sent, k + 1)
        if bare is None:
            continue
        i0, j0, code = bare
        obj = summoned(sent, k)
        if obj is None or obj.country == code or obj.pair is not None or obj.i < j0:
            continue
        obj.pair = k
        added.append(Actor(i0, j0, country=code, role="official", pair=k,
                           text=sent.text[sent.toks[i0].start:sent.toks[j0 - 1].end]))
    if added:
        starts = {a.i for a in added}
        sent.actors = sorted(sent.actors + added, key=lambda a: (a.i, a.j))
        sent.places = [p for p in sent.places if p[0] not in starts]  # a side, not the venue


def other_than_summoned(c) -> bool:
    """Whether a candidate of a summons word (frames.Candidate) pairs others than the envoy
    it summons (summoned()) and a summoner: the other party is named right after an earlier
    summons word, that one's object («استدعاء القائم بالأعمال الإيراني ... ثم استدعاء سفير
    البحرين في طهران للتشاور»: Bahrain recalls its own ambassador, the chargé d'affaires
    summoned before is not the one who recalls him)."""
    trig = c.trig
    sent = c.sentence
    if (trig is None or trig.etype != "MEET" or trig.j - trig.i != 1
            or trig.i >= len(sent.norms) or not summons_word(sent.norms[trig.i])):
        return False
    obj = summoned(sent, trig.i)
    if obj is None:
        # a summons verb with another object keeps its frame's pair («استدعى بوتين المعلم إلى
        # موسكو», «استدعت مبعوث الجامعة العربية»); the noun names an ambassador or nothing
        return trig.tense == "noun"
    key = (obj.i, obj.j, obj.country)
    sides = [a for a in (c.actor1, c.actor2) if a is not None]
    if not any((a.i, a.j, a.country) == key for a in sides):
        return True
    return any((a.i, a.j, a.country) != key and a.i < trig.i
               and any(summons_word(sent.norms[k]) for k in range(max(0, a.i - SUMMONS_REACH),
                                                                  a.i))
               for a in sides)
