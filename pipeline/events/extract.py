"""Extract diplomatic events (meetings, calls, visits, talks, mediation) from Arabic text.

Pure functions over strings and dates, driven by configs/gazetteer and configs/lexicons/events;
no Beam, no I/O beyond loading those data files once, no clock.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

from pipeline.events.dates import resolve_date
from pipeline.events.frames import Candidate, _sentence_events
from pipeline.events.mentions import (
    Sentence,
    _is_headline,
    _join_wrapped,
    find_mentions,
    split_sentences,
    tokenize,
)
from pipeline.events.triggers import find_triggers

EXTRACTOR_VERSION = "events-rules-0.2"
EVENT_TYPES = ("MEET", "CALL", "VISIT", "NEGOTIATE", "MEDIATE", "PRESS_CONFERENCE")


def _pair_key(c: Candidate) -> tuple:
    keys = sorted([str(c.actor1.key) if c.actor1 else "", str(c.actor2.key) if c.actor2 else ""])
    return tuple(keys)


def _other_people(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates with the same actor keys name different people for one side
    (the acting foreign minister met X; his late predecessor had met X earlier)."""
    def names(c):
        return {str(x.key): x.name for x in (c.actor1, c.actor2) if x is not None and x.name}
    na, nb = names(a), names(b)
    return any(k in nb and nb[k] != v for k, v in na.items())


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
                same_visitor = o.actor1.key == c.actor1.key
                same_dest = (o.location is None or c.location is None
                             or o.location[1] == c.location[1])
                if same_visitor and same_dest and o.status == c.status:
                    match = o
                    break
            elif _pair_key(o) == _pair_key(c) and not _other_people(o, c) and (
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
            match.date = match.date or c.date
            match.precision = match.precision or c.precision
            match.location = match.location or c.location
            if match.actor2 is None and c.actor2 is not None:
                match.actor2 = c.actor2
            continue
        c.trigger_kind_discuss = False
        out.append(c)
    return out


# ----------------------------------------------------------------------------- public API

def _as_date(published) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _prepare(text: str, published: date | None) -> list[Sentence]:
    paras = [p for p in re.split(r"\n+", _join_wrapped(text)) if p.strip()]
    if paras and _is_headline(paras):
        paras = paras[1:]
    sentences, memory = [], {}
    year = published.year if published else None
    for para in paras:
        if "تاريخ النشر" in para:
            continue
        for s in split_sentences(para):
            sent = Sentence(s, len(sentences), tokenize(s))
            find_mentions(sent, year, memory)
            sentences.append(sent)
    return sentences


def extract_events(text: str, published=None, part: str = "body") -> list[dict]:
    """Events in an Arabic text, as dicts with the EVENTS_SCHEMA fields a text can give.

    `published` (date, datetime or ISO string) anchors relative dates; without it, relative
    dates stay null. Row-level fields (article_id, source, run_id ...) are left to the caller.
    """
    pub = _as_date(published)
    sentences = _prepare(text, pub)
    doc_cancel = False
    for s in sentences:
        if any(c[2] == "cancelled" for c in find_triggers(s)[2]):
            doc_cancel = True
    cands: list[Candidate] = []
    prev_date = (None, None)
    inherited = None
    for k, sent in enumerate(sentences):
        sdate = resolve_date(sent.norms, pub)
        if sdate[0] is None and sent.norms[:2] in (["جاء", "ذلك"], ["وجاء", "ذلك"]):
            sdate = prev_date
        prev = sentences[k - 1] if k else None
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        found = _sentence_events(sent, prev, nxt, pub, doc_cancel, inherited, sdate)
        for c in found:
            c.trigger_kind_discuss = c.etype == "DISCUSS"
        cands.extend(found)
        if sent.actors:
            inherited = sent.actors[0]
        prev_date = sdate
    events = []
    for c in _merge(cands):
        if c.etype not in EVENT_TYPES or c.actor1 is None:
            continue
        if c.etype != "VISIT" and c.actor2 is None:
            continue
        if c.etype == "VISIT" and c.location is None:
            continue
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
            "confidence": _confidence(c),
            "extractor_version": EXTRACTOR_VERSION,
        }
        for n, a in (("actor1", a1), ("actor2", a2)):
            for f in ("name", "country", "org", "role", "text"):
                ev[f"{n}_{f}"] = a[f]
        events.append(ev)
    return events


def _confidence(c: Candidate) -> float:
    score = 0.6
    if c.actor1 is not None and c.actor1.name:
        score += 0.15
    if c.actor2 is not None and c.actor2.name:
        score += 0.15
    if c.etype == "VISIT" and c.location:
        score += 0.1
    return round(min(score, 0.95), 2)


def event_id(article_id: str, part: str, ev: dict) -> str:
    """Deterministic id: article, part, sentence, type and the actor pair."""
    actors = sorted(f"{ev.get(f'{n}_country') or ev.get(f'{n}_org')}:{ev.get(f'{n}_role')}"
                    for n in ("actor1", "actor2"))
    raw = "|".join([article_id or "", part, str(ev.get("sentence_index")), ev["event_type"],
                    *actors, str(ev.get("location_country"))])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
