"""Talks a third party supervises or sponsors («للمشاركة في محادثات يشرف عليها المبعوث الأممي»,
«المفاوضات التي ترعاها الأمم المتحدة»): the supervising verb right after the talks noun (an
adjective and «التي» between at most) names the mediator as its subject right after it; a
meeting or negotiation the rules pair between him and another side is his mediation of the
talks, the other side a party (MEDIATE, the mediator as actor1).
"""

from __future__ import annotations

from pipeline.events.mentions import Sentence
from pipeline.events.words import _words, in_words

SUPERVISE_VERBS = _words("supervise_verbs")
SUPERVISE_OBJECTS = _words("supervise_objects")
SPONSOR_VERBS = _words("sponsor_pronoun_verbs")
VERB_REACH = 2  # words between the talks noun and the supervising verb (an adjective, «التي»)


def _supervisor_at(sent: Sentence, start: int) -> int | None:
    """The token right after a supervising verb found at most VERB_REACH words after `start`
    («يشرف عليها», «ترعاها»), in the same clause; None when there is none."""
    norms = sent.norms
    for k in range(start, min(start + VERB_REACH + 1, len(norms))):
        if k > start and sent.toks[k - 1].punct:
            return None
        if in_words(norms[k], SPONSOR_VERBS, "و"):
            return k + 1
        if in_words(norms[k], SUPERVISE_VERBS, "و") and k + 1 < len(norms) \
                and norms[k + 1] in SUPERVISE_OBJECTS:
            return k + 2
    return None


def supervised_talks(sent: Sentence, c) -> None:
    """Make a MEET or NEGOTIATE candidate of a talks noun (`talks` tells which) a MEDIATE when
    one of its actors is named right after a verb supervising those talks (the mediator, put
    first)."""
    t = c.trig
    if c.etype not in ("MEET", "NEGOTIATE") or t is None or t.tense != "noun" \
            or c.actor1 is None or c.actor2 is None:
        return
    at = _supervisor_at(sent, t.j)
    if at is None:
        return
    if c.actor2.i == at:
        c.actor1, c.actor2 = c.actor2, c.actor1
    elif c.actor1.i != at:
        return
    c.etype = "MEDIATE"
