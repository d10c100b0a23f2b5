"""Views of `extract_events` output that the event tests compare: who met whom, in which role;
and the actors one sentence names."""

from __future__ import annotations

from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from pipeline.events.mentions import Sentence, find_mentions, tokenize


def role_pairs(text: str, published, home: str | None) -> set:
    """(event type, the sorted «country or org:role» of each actor with a role) of every event."""
    out = set()
    for ev in extract_events(text, published, home=home):
        pair = tuple(sorted(f"{ev[f'{n}_country'] or ev[f'{n}_org']}:{ev[f'{n}_role']}"
                            for n in ("actor1", "actor2") if ev[f"{n}_role"]))
        out.add((ev["event_type"], pair))
    return out


def event_rows(text: str, published, home: str | None) -> list[tuple]:
    """(event type, actor1 country or org, role, actor2 country or org, role) of every event."""
    return [(e["event_type"], e["actor1_country"] or e["actor1_org"], e["actor1_role"],
             e["actor2_country"] or e["actor2_org"], e["actor2_role"])
            for e in extract_events(text, published, home=home)]


def sentence_actors(text: str, year: int, home: str | None) -> list:
    """The actors `find_mentions` reads in `text` taken as one sentence of a text of `year`."""
    sent = Sentence(text, 0, tokenize(text))
    find_mentions(sent, year, {}, home=home)
    return sent.actors


def actor_triples(text: str, year: int = 2015, home: str | None = "SAU") -> list[tuple]:
    """(country or organisation, role, Arabic text) of each actor `text` names as one sentence."""
    return [(a.country or a.org, a.role, a.text) for a in sentence_actors(text, year, home)]


def actors_by_sentence(text: str, published, home: str | None) -> list[list[tuple]]:
    """Per sentence of the prepared text: (name, country or org, role) of each actor."""
    return [[(a.name, a.country or a.org, a.role) for a in s.actors]
            for s in _prepare(text, published, home)]


def venues(text: str, published, home: str | None, etype: str = "MEET") -> set[tuple]:
    """(location country, location name) of every event of type `etype`."""
    return {(e["location_country"], e["location_name"])
            for e in extract_events(text, published, home=home) if e["event_type"] == etype}
