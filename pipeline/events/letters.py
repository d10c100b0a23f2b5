"""A letter or cable a sender sends after a visit («بعث X برقية شكر لـY ... بعد انتهاء زيارته»)
whose text tells talks the two held, in the first person («لقد أثبتت المباحثات المشتركة التي
عقدناها متانة الروابط»): a meeting of the sender («عقدناها»: I and you) and the addressee, told by
the talks noun of the letter's text, in which neither is named as its subject (the addressee is
at most called in the vocative, «فخامة الرئيس:»).
"""

from __future__ import annotations

from pipeline.events.frames import Candidate, trigger_text
from pipeline.events.mentions import Actor, Sentence
from pipeline.events.triggers import Trigger
from pipeline.events.words import _words, in_words

SEND_VERBS = _words("letter_send_verbs")
LETTER_NOUNS = _words("letter_nouns")
LETTER_KINDS = _words("letter_kinds")
LETTER_TALKS = _words("letter_talks")
HELD_VERBS = _words("letter_held_verbs")
LETTER_SPAN = 12  # sentences of a letter's text after the sentence that tells it was sent
HONORIFIC_REACH = 2  # words between «ل» / «إلى» and the addressee's title («لصاحب السمو»)
SUBJECT_REACH = 3  # words between the send verb and its sender (a day, an honorific)
WHICH = _words("which_words")  # the relative pronoun between the talks noun and its held verb


def letter_of(sent: Sentence) -> tuple[Actor, Actor] | None:
    """(sender, addressee) of a letter the sentence tells sent: a send verb, its sender as the
    first actor at most SUBJECT_REACH words after it, the letter noun right after the sender
    (its kind after it: «برقية شكر») and the addressee right after with «ل» or «إلى»
    («بعث الأمير برقية شكر لفخامة الرئيس»)."""
    norms = sent.norms
    if LETTER_NOUNS.isdisjoint(norms):
        return None  # no letter noun: no letter (most sentences)
    for v, word in enumerate(norms):
        if not in_words(word, SEND_VERBS, "و"):
            continue
        sender = next((a for a in sent.actors if a.i > v), None)
        if sender is None or sender.i - v - 1 > SUBJECT_REACH or sender.clitic:
            continue
        k = sender.j
        if k >= len(norms) or norms[k] not in LETTER_NOUNS or sent.toks[k].punct:
            continue
        k += 1
        while k < len(norms) and norms[k] in LETTER_KINDS and not sent.toks[k - 1].punct:
            k += 1
        to = k < len(norms) and norms[k] == "الي"
        if to:
            k += 1
        # the addressee, an honorific before him at most («لفخامة الرئيس», «لجلالة الملك»)
        addressee = next((a for a in sent.actors if k <= a.i <= k + HONORIFIC_REACH), None)
        if addressee is None or addressee is sender or k >= len(norms):
            continue
        if not to and not norms[k].startswith("ل"):
            continue
        if (addressee.country or addressee.org) == (sender.country or sender.org):
            continue
        return sender, addressee
    return None


def letter_talks(sent: Sentence, triggers: list[Trigger],
                 letter: tuple[Actor, Actor]) -> list[Candidate]:
    """The meeting of a letter's sender and addressee its text tells by a talks noun held in
    the first person (`letter_talks` + «التي» + `letter_held_verbs`, an adjective between:
    «المباحثات المشتركة التي عقدناها»)."""
    norms = sent.norms
    out = []
    for t in triggers:
        if t.etype != "MEET" or t.tense != "noun" or t.j - t.i != 1 \
                or not in_words(norms[t.i], LETTER_TALKS, "و"):
            continue
        k = t.j
        if k < len(norms) and norms[k] not in WHICH and not sent.toks[t.i].punct:
            k += 1  # an adjective («المشتركة»)
        if k + 1 >= len(norms) or norms[k] not in WHICH \
                or norms[k + 1] not in HELD_VERBS:
            continue
        sender, addressee = letter
        out.append(Candidate("MEET", "reported", sender, addressee, sent,
                             trigger_text(sent, t), None, None, None, trig=t, frame="letter"))
    return out
