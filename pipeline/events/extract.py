"""Extract diplomatic events (meetings, calls, visits, talks, mediation) from Arabic text.

Pure functions over strings and dates, driven by configs/gazetteer and configs/lexicons/events;
no Beam, no I/O beyond loading those data files once, no clock.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.events.dates import resolve_date
from pipeline.events.gazetteer import Entry, load_gazetteer, load_lexicon
from pipeline.text.dates import as_date
from pipeline.text.normalize import normalize_arabic

EXTRACTOR_VERSION = "events-rules-0.2"
EVENT_TYPES = ("MEET", "CALL", "VISIT", "NEGOTIATE", "MEDIATE", "PRESS_CONFERENCE")
ROLE_PRIORITY = ("head_of_state", "head_of_government", "foreign_minister", "defense_minister",
                 "envoy", "organization_head", "minister", "official", "group")
# Words that end a list of counterparts ("... بحضور X" is not a counterpart).
STOP_WORDS = frozenset(normalize_arabic(w) for w in (
    "بحضور", "بشأن", "حول", "وأكد", "أكد", "قال", "وقال", "إن", "أن", "بأن", "وأن", "بعد",
    "لبحث", "لمناقشة", "وبحث", "وشدد", "وأعرب", "عن", "على", "وذلك", "حيث", "الذي", "التي",
    "بحسب", "وفق", "وفقا", "ضد", "لدى", "منذ", "بينما", "فيما", "لكن"))
BEFORE_STOP = frozenset(normalize_arabic(w) for w in ("بحضور", "بحسب", "وفق", "وفقا", "عن"))
# "قطر بذلت جهود وساطة في ...": the subject of these verbs mediates even without بين.
EFFORT_VERBS = frozenset(normalize_arabic(w) for w in (
    "بذل", "بذلت", "يبذل", "تبذل", "قاد", "قادت", "يقود", "تقود", "تواصل", "يواصل", "واصلت",
    "واصل"))
PHONE_CUES = ("هاتف", "اتصال", "مكالم", "المهاتف")
_SENT_END = re.compile(r"(?<=[.!?؟])\s+|\n+|(?<=[.؟!])(?=[\"”»]?\s*$)")
_TOKEN = re.compile(r"\S+")
_GLUED_ILA = re.compile(r"^([\u0621-\u064A]{3,})إلى$")
_PUNCT_END = re.compile(r"[،,.:;!?؟\-–—\"”»)]$")


@dataclass
class Tok:
    norm: str
    start: int
    end: int
    punct: bool  # punctuation follows the word


@dataclass
class Actor:
    i: int
    j: int
    name: str | None = None
    country: str | None = None
    org: str | None = None
    role: str | None = None
    counterpart: bool = False
    text: str = ""
    titled: bool = False  # role came from a title in the text
    clitic: str = ""  # prefix on the first word (ب، ل، و ...): marks an object

    @property
    def key(self) -> tuple:
        return (self.country or self.org, self.role)

    def as_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "org": self.org,
                "role": self.role, "text": self.text}


@dataclass
class Sentence:
    text: str
    index: int
    toks: list[Tok]
    actors: list[Actor] = field(default_factory=list)
    places: list[tuple[int, str, str]] = field(default_factory=list)  # (tok idx, en, code)
    countries: list[tuple[int, int, str]] = field(default_factory=list)  # bare country names
    adjs: list[tuple[int, str, bool]] = field(default_factory=list)  # unattached adjectives
    trigger_toks: set = field(default_factory=set)
    adverbials: set | None = None  # see _adverbial_toks

    @property
    def norms(self) -> list[str]:
        return [t.norm for t in self.toks]


# ----------------------------------------------------------------------------- text helpers

# A line that starts with one of these words continues the line before it (a hard wrap).
CONTINUATION = frozenset(normalize_arabic(w) for w in (
    "إلى", "الى", "في", "من", "على", "عن", "مع", "بين", "لدى", "حول", "بشأن", "خلال", "أن", "إن"))


def _join_wrapped(text: str) -> str:
    """Undo hard line wrapping: a long line without final punctuation continues on the next."""
    lines = (text or "").split("\n")
    out = []
    for line in lines:
        prev = out[-1].strip() if out else ""
        first = normalize_arabic(line.strip().split(" ")[0]) if line.strip() else ""
        if len(out) > 1 and prev and line.strip() \
                and (len(prev) >= 60 or first in CONTINUATION) \
                and not re.search(r"[.!?؟:]\s*$", out[-1]) \
                and "تاريخ النشر" not in out[-1] + line:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`: split at line breaks and at . ! ? ؟ before a space or a letter."""
    out = []
    for para in re.split(r"\n+", text or ""):
        for part in re.split(r"(?<=[.!?؟])(?:\s+|(?=[^\W\d_]))", para):
            part = part.strip()
            if part:
                out.append(part)
    return out


def tokenize(sentence: str) -> list[Tok]:
    toks = []
    for m in _TOKEN.finditer(sentence):
        raw = m.group()
        words = normalize_arabic(raw).split()
        glued = _GLUED_ILA.match(raw)
        if glued and len(words) == 1:  # "قطرإلى جانب": a missing space before إلى
            words = [normalize_arabic(glued.group(1)), normalize_arabic("إلى")]
        if not words:
            if toks:
                toks[-1].punct = True
            continue
        punct = bool(_PUNCT_END.search(raw))
        for k, w in enumerate(words):
            toks.append(Tok(w, m.start(), m.end(), punct and k == len(words) - 1))
    return toks


def _is_headline(paras: list[str]) -> bool:
    first = paras[0].strip()
    return len(paras) > 1 and len(first.split()) <= 20 and not re.search(r"[.]$", first)


# ----------------------------------------------------------------------------- mentions

def _role_for_year(person: dict, year: int | None) -> str | None:
    roles = person["roles"]
    if not roles:
        return None
    if year is not None:
        for role, start, end in roles:
            if (start or 0) <= year <= (end or 9999):
                return role
    return roles[-1][0]


def _best_role(roles: list[str]) -> str | None:
    for role in ROLE_PRIORITY:
        if role in roles:
            return role
    return roles[0] if roles else None


def find_mentions(sent: Sentence, year: int | None, memory: dict) -> None:
    """Fill sent.actors / places / countries from gazetteer matches."""
    gaz = load_gazetteer()
    norms = sent.norms
    raw: list[tuple[int, int, Entry]] = []
    clitics: dict[int, str] = {}
    i = 0
    while i < len(norms):
        n, entries = gaz.match(norms, i)
        if n:
            kinds = {e.kind for e in entries}
            pick = None
            for kind in ("person", "fixed", "dhead", "counterpart", "skip", "title", "org",
                         "orgadj", "country", "place", "adj"):
                if kind in kinds:
                    pick = next(e for e in entries if e.kind == kind)
                    break
            if (pick.kind == "person" and n == 1 and raw and raw[-1][1] == i
                    and raw[-1][2].kind in ("title", "counterpart", "fixed")):
                alt = [e for e in load_gazetteer().index.get(norms[i], ()) if e[1].kind == "adj"]
                if alt:
                    pick = alt[0][1]
            raw.append((i, i + n, pick))
            clitics[i] = gaz.last_clitic
            # a country name is also a place
            if pick.kind == "country":
                sent.places.append((i, pick.en, pick.code))
            i += n
        else:
            i += 1

    # 1. units: a title with its qualifiers (adjective, genitive country, organisation)
    units: list[dict] = []
    k = 0
    while k < len(raw):
        i0, j0, e = raw[k]
        if e.kind in ("title", "fixed", "counterpart", "dhead", "skip"):
            unit = {"i": i0, "j": j0, "titles": [], "country": e.code, "org": None,
                    "person": None, "counterpart": e.kind == "counterpart",
                    "delegation": e.kind == "dhead" or e.role == "delegation", "skip": False}
            title = " ".join(norms[i0:j0])
            if e.kind == "skip":
                unit["skip"] = True
            elif e.kind in ("title", "fixed"):
                unit["titles"].append((e.role, title))
            window = 7 if unit["delegation"] else 3
            m = k + 1
            while m < len(raw):
                i1, j1, e1 = raw[m]
                gap = i1 - unit["j"]
                if e1.kind == "skip" and gap == 0:
                    unit["skip"] = True
                    unit["j"] = j1
                elif e1.kind == "title" and gap == 0 and unit["skip"] and not unit["titles"]:
                    unit["j"] = j1  # نائب رئيس الوزراء: the deputy title is consumed
                    unit["skip"] = False
                    unit["deputy"] = True
                elif e1.kind in ("adj", "orgadj") and gap <= window and not any(
                        t in ("الي", "العاصمه") for t in norms[unit["j"]:i1]) and not (
                        norms[i1].startswith("و") and unit["country"] and e1.kind == "adj"):
                    if unit["country"] or unit["org"]:
                        break
                    if e1.kind == "adj":
                        unit["country"] = e1.code
                    else:
                        unit["org"] = e1.code
                    unit["j"] = j1
                elif e1.kind in ("country", "org") and gap <= (1 if e1.kind == "country"
                                                               else window):
                    if unit["country"] or unit["org"]:
                        break
                    if e1.kind == "country":
                        unit["country"] = e1.code
                        sent.places = [p for p in sent.places if p[0] != i1]
                    else:
                        unit["org"] = e1.code
                    unit["j"] = j1
                else:
                    break
                m += 1
            if unit.get("deputy"):
                unit["titles"] = []
            units.append(unit)
            k = m
            continue
        if e.kind == "person":
            p = e.person
            units.append({"i": i0, "j": j0, "titles": [], "country": p["country"],
                          "org": p["org"], "person": p, "counterpart": False,
                          "delegation": False, "skip": False})
        elif e.kind == "org" and e.role == "group":
            units.append({"i": i0, "j": j0, "titles": [], "country": None, "org": e.code,
                          "person": None, "counterpart": False, "delegation": False,
                          "skip": False, "group": True})
        elif e.kind == "country":
            sent.countries.append((i0, j0, e.code))
        elif e.kind == "place":
            sent.places.append((i0, e.en, e.code))
        elif e.kind == "adj":
            # a coordinated adjective after a titled unit: "الوفدين الأمريكي والإسرائيلي"
            prev = units[-1] if units else None
            if (prev and e.definite and norms[i0].startswith("و") and i0 - prev["j"] <= 6
                    and (prev["titles"] or prev["counterpart"])):
                units.append({"i": i0, "j": j0, "titles": list(prev["titles"]),
                              "country": e.code, "org": None, "person": None,
                              "counterpart": prev["counterpart"],
                              "delegation": prev["delegation"], "skip": False})
            else:
                sent.adjs.append((i0, e.code, e.definite))
        k += 1

    # 2. groups: merge units that describe one actor (title + name, name + title)
    groups: list[dict] = []
    for u in units:
        g = groups[-1] if groups else None
        if g is not None and not u["counterpart"] and not u.get("group"):
            gap_toks = norms[g["j"]:u["i"]]
            gap = len(gap_toks)
            stop = any(t in STOP_WORDS for t in gap_toks)
            compatible = (not (u["country"] and g["country"]) or u["country"] == g["country"]) \
                and (not (u["org"] and g["org"]) or u["org"] == g["org"]) \
                and not (u["org"] and g["country"] and not g["person"]) \
                and not (u["country"] and g["org"])
            stop = stop or "مع" in gap_toks or (
                clitics.get(u["i"], "").startswith("و") and not u["person"])
            both_person = bool(u["person"] and g["person"]) and u["person"] != g["person"]
            limit = 4 if (u["person"] and not g["person"]) else 1
            if g["delegation"] and u["person"]:
                limit = 4
            if (gap <= limit and not stop and compatible and not both_person
                    and not (g["person"] and u["titles"] and gap > 1)):
                g["j"] = u["j"]
                g["titles"] += u["titles"]
                g["country"] = g["country"] or u["country"]
                g["org"] = g["org"] or u["org"]
                g["person"] = g["person"] or u["person"]
                g["delegation"] = g["delegation"] or u["delegation"]
                continue
        groups.append(dict(u, titles=list(u["titles"])))

    for g in groups:
        person = g["person"]
        roles = []
        for role, title in g["titles"]:
            if person is not None and title in load_gazetteer().generic_titles:
                continue
            roles.append(role)
        actor = Actor(g["i"], g["j"], counterpart=g["counterpart"],
                      clitic=clitics.get(g["i"], ""))
        actor.name = person["en"] if person else None
        actor.country = g["country"] if not g["org"] else None
        actor.org = g["org"]
        if person is not None and not actor.country and not actor.org:
            actor.country, actor.org = person["country"], person["org"]
        if g["delegation"]:
            actor.role, actor.titled = "delegation", True
        elif roles:
            actor.role, actor.titled = _best_role(roles), True
        elif person is not None:
            actor.role = memory.get(person["en"]) or _role_for_year(person, year)
        elif g.get("group"):
            actor.role = "group"
        elif g["titles"]:
            actor.role = _best_role([r for r, _ in g["titles"]])
        if person is not None and actor.titled:
            memory[person["en"]] = actor.role
        if actor.country is None and actor.org is None:
            continue
        toks = sent.toks
        actor.text = sent.text[toks[g["i"]].start:toks[g["j"] - 1].end].strip(" ،,.:")
        sent.actors.append(actor)


# ----------------------------------------------------------------------------- triggers/status

@dataclass
class Trigger:
    i: int
    j: int
    etype: str
    tense: str  # past | present | noun
    adverb: bool = False  # an adverb (هاتفيا) that types the verb before it



def find_triggers(sent: Sentence) -> tuple[list[Trigger], list[tuple[int, str]], list]:
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


RELATIVE = frozenset(normalize_arabic(w) for w in ("التي", "الذي", "اللذين", "اللتين", "الذين"))


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
        light = [lt for lt in lights if 0 < trig.i - lt[0] <= 4]
        if light:
            tense = light[-1][1]
    if tense == "present":
        return "reported" if "past" in kinds_after else "planned"
    if "planned" in kinds_before or "planned" in kinds_after:
        if "past" not in kinds_after:
            return "planned"
    return "reported"


# ----------------------------------------------------------------------------- assembly

_PAREN = re.compile(r"\s[-–—]\s.*?\s[-–—]\s")


def _adverbial_toks(sent: Sentence) -> set[int]:
    """Tokens that do not separate a verb from its object: honorifics, kinship and time words,
    list adverbials (كل على حدة), numbers, place names and short locative phrases (في قصره بجدة)."""
    if sent.adverbials is not None:
        return sent.adverbials
    fillers = load_gazetteer().fillers
    norms = sent.norms
    out: set[int] = {p[0] for p in sent.places}
    i = 0
    while i < len(norms):
        if re.fullmatch(r"\d+", norms[i]):
            out.add(i)
            i += 1
            continue
        n, entries = fillers.match(norms, i) if fillers else (0, [])
        if not n:
            i += 1
            continue
        out.update(range(i, i + n))
        if entries[0].kind == "locative":
            k = i + n
            while k < len(norms) and k < i + n + 4 and not sent.toks[k - 1].punct \
                    and not any(a.i == k for a in sent.actors):
                out.add(k)
                k += 1
            i = k
        else:
            i += n
    sent.adverbials = out
    return out


def _gap_ok(sent: Sentence, a_end: int, b_start: int, limit: int = 6,
            cross: bool = True, adverbials: bool = False) -> bool:
    """Whether two mentions are close enough to be listed together (a dash-delimited
    parenthetical between them is skipped; a trigger between them ends the list unless cross;
    with `adverbials`, time words, honorifics and locative phrases in between do not count)."""
    if a_end == 0 or b_start <= a_end:
        return True
    lo, hi = sent.toks[a_end - 1].end, sent.toks[b_start].start
    raw = sent.text[lo:hi]
    spans = [(lo + m.start(), lo + m.end()) for m in _PAREN.finditer(raw)]
    stripped = _PAREN.sub(" ", raw)
    if re.search(r"\s[-–—]\s", stripped):
        return False  # an unclosed parenthetical separates them
    inside = [k for k in range(a_end, b_start)
              if not any(a <= sent.toks[k].start < b for a, b in spans)]
    if not cross and any(k in sent.trigger_toks for k in inside):
        return False
    if adverbials:
        skip = _adverbial_toks(sent)
        inside = [k for k in inside if k not in skip]
    gap = [sent.norms[k] for k in inside]
    return len(gap) <= limit and not any(t in STOP_WORDS for t in gap)


def _chain(sent: Sentence, actors: list[Actor], start_tok: int, end_tok: int) -> list[Actor]:
    """Actors listed one after another from start_tok (counterparts joined by و / ، / ومع)."""
    out, last = [], start_tok
    spans = [(m.start(), m.end()) for m in _PAREN.finditer(sent.text)]
    # the list starts where the word before it ends: a parenthetical may open right there
    origin = sent.toks[min(start_tok, len(sent.toks)) - 1].end - 1 if start_tok > 0 else 0
    for a in actors:
        if a.i < start_tok or a.i >= end_tok:
            continue
        pos = sent.toks[a.i].start
        if any(x <= pos < y and not x <= origin < y for x, y in spans):
            continue  # inside a parenthetical the list skips
        limit = 7 if not out else 6
        if not _gap_ok(sent, last, a.i, limit, cross=not out, adverbials=True):
            break
        out.append(a)
        last = a.j
    return out


def _same(a: Actor, b: Actor) -> bool:
    if a.name and b.name:
        return a.name == b.name
    return a.key == b.key and not (a.counterpart or b.counterpart)


@dataclass
class Candidate:
    etype: str
    status: str
    actor1: Actor | None
    actor2: Actor | None
    sentence: Sentence
    trigger: str
    date: date | None
    precision: str | None
    location: tuple[str, str] | None
    discuss_phone: bool = False


def _location(sent: Sentence, trig: Trigger, exclude: set) -> tuple[str, str] | None:
    after = [p for p in sent.places if p[0] >= trig.j and p[0] not in exclude]
    if after:
        return after[0][1], after[0][2]
    before = [p for p in sent.places if p[0] < trig.i and p[0] not in exclude]
    return (before[-1][1], before[-1][2]) if before else None


def _sentence_events(sent: Sentence, prev: Sentence | None, next_sent: Sentence | None,
                     published: date | None, doc_cancel: bool, inherited: Actor | None,
                     sdate) -> list[Candidate]:
    triggers, lights, cues = find_triggers(sent)
    sent.trigger_toks = {k for t in triggers for k in range(t.i, t.j)}
    occupied = set()
    for a in sent.actors:
        occupied.update(range(a.i, a.j))
    occupied.update(p[0] for p in sent.places)
    out: list[Candidate] = []
    norms = sent.norms
    actors = sent.actors
    for t_idx, trig in enumerate(triggers):
        status = _status(sent, trig, triggers, lights, cues, doc_cancel, occupied)
        trigger_text = sent.text[sent.toks[trig.i].start:sent.toks[trig.j - 1].end]
        before = [a for a in actors if a.j <= trig.i and trig.i - a.j <= 8
                  and not any(t in BEFORE_STOP for t in norms[a.j:trig.i])
                  and not re.search(r"\s[-–—]\s", sent.text[sent.toks[a.j - 1].end:
                                                              sent.toks[trig.i].start])]
        after = [a for a in actors if a.i >= trig.j]
        min([t.i for t in triggers[t_idx + 1:]] or [len(norms)])
        raw_end = sent.text[sent.toks[trig.j - 1].start:sent.toks[trig.j - 1].end]
        pronoun = trig.tense == "noun" and re.search(r"(ه|ها|هما)[^\w]*$", raw_end) is not None
        subject, rest_from = None, trig.j
        verb_like = trig.tense in ("past", "present")
        first_after = after[0] if after else None
        close_after = first_after is not None and first_after.i - trig.j <= 3
        if trig.etype == "VISIT":
            out.extend(_visit(sent, trig, status, trigger_text, before, after, inherited,
                              sdate, pronoun, verb_like, close_after, cues))
            continue
        if trig.etype == "RETURN":
            out.extend(_return(sent, trig, status, trigger_text, before, after, sdate))
            continue
        if trig.etype == "MEDIATE":
            out.extend(_mediate(sent, trig, status, trigger_text, before, after, sdate))
            continue
        vso = close_after and not any(
            t == "مع" for t in norms[trig.j:first_after.i]) and not (
            first_after.clitic.endswith(("ب", "ل")) or norms[first_after.i].startswith("مع"))
        carried = _carried_subject(sent, trig, triggers) if verb_like else None
        if carried is not None and first_after is not None and carried.key != first_after.key:
            subject = carried  # "وبدأ A زيارة إلى X، والتقى B": A is the subject, B the object
        elif verb_like and close_after and (vso or not before):
            subject, rest_from = first_after, first_after.j
        elif before:
            subject = before[-1]
        elif pronoun and inherited is not None:
            subject = inherited
        elif first_after is not None and (first_after.i - trig.j <= 3):
            subject, rest_from = first_after, first_after.j
        if subject is None and trig.etype == "NEGOTIATE":
            pair = _conflict_parties(sent, trig)
            if pair:
                subject = pair[0]
        if subject is None:
            continue
        counterparts = [a for a in _chain(sent, actors, rest_from, len(norms))
                        if not _same(a, subject)]
        if (not counterparts and subject is first_after and before
                and first_after.i - trig.j <= 3):
            subject, counterparts = before[-1], [first_after]
        if trig.etype == "DISCUSS":
            gap = norms[rest_from:counterparts[0].i] if counterparts else []
            if not any(g.endswith("مع") or g == "مع" for g in gap):
                continue
        if trig.adverb and not counterparts:
            listed = _coordinated_objects(sent, before, trig)
            if listed:
                k = actors.index(listed[0])
                earlier = [a for a in actors[:k] if all(a.key != b.key for b in listed)]
                subj = earlier[-1] if earlier else inherited
                if subj is not None:
                    subject, counterparts = subj, listed
        if not counterparts and subject in before:
            k = actors.index(subject)
            dual = norms[trig.i].endswith(("ان", "ا")) or trig.tense == "noun"
            if k > 0 and dual and actors[k - 1].j >= subject.i - 2:
                counterparts = [subject]
                subject = actors[k - 1]
        if trig.etype == "NEGOTIATE":
            pair = _conflict_parties(sent, trig)
            if pair:
                subject, counterparts = pair[0], [pair[1]]
            elif not (subject.i > trig.j and "بين" in norms[trig.j:subject.i]):
                continue
        loc = _location(sent, trig, set())
        phone = trig.etype == "DISCUSS" and (
            any(c in t for t in norms for c in PHONE_CUES)
            or (next_sent is not None and any(c in t for t in next_sent.norms[:8]
                                               for c in PHONE_CUES)))
        for cp in counterparts:
            a1, a2 = subject, cp
            if a2.counterpart and not a2.titled:
                a2.role = a1.role
            if a1.counterpart and not a1.titled:
                a1.role = a2.role
            out.append(Candidate(trig.etype, status, a1, a2, sent, trigger_text, sdate[0],
                                 sdate[1], loc, phone))
    return out


def _carried_subject(sent: Sentence, trig: Trigger, triggers: list[Trigger]) -> Actor | None:
    """The subject a coordinated verb (و + past/present verb after a comma) shares with the
    sentence's first verb, when that first verb's subject is the sentence's first actor."""
    norms = sent.norms
    if not norms[trig.i].startswith(("و", "ف")) or trig.i == 0 or not sent.toks[trig.i - 1].punct:
        return None
    first = triggers[0]
    if first is trig or not sent.actors:
        return None
    head = sent.actors[0]
    if head.j > trig.i or not (head.j <= first.i or 0 <= head.i - first.j <= 1):
        return None
    if first.tense not in ("past", "present") and head.j > first.i:
        return None
    return head


def _coordinated_objects(sent: Sentence, before: list[Actor], trig: Trigger) -> list[Actor]:
    """A list of two or more actors joined by و that ends just before an adverb trigger
    (أبلغ رئيس الوزراء الأسترالي والرئيس الإندونيسي بقراره هاتفيا): the verb's objects."""
    if not before or trig.i - before[-1].j > 2:
        return []
    listed = [before[-1]]
    for a in reversed(before[:-1]):
        nxt = listed[0]
        if nxt.i - a.j > 1 or not nxt.clitic.startswith("و"):
            break
        listed.insert(0, a)
    return listed if len(listed) >= 2 else []


def _conflict_parties(sent: Sentence, trig: Trigger):
    """'مفاوضات بين طرفي النزاع في السودان' -> two delegations of that country."""
    norms = sent.norms
    for k in range(trig.j, min(trig.j + 6, len(norms) - 2)):
        if norms[k] in ("طرفي", "الطرفين") and norms[k + 1] in ("النزاع", "الصراع"):
            for c in sent.countries:
                if c[0] > k:
                    a = Actor(k, k + 2, country=c[2], role="delegation", text="طرفي النزاع")
                    b = Actor(k, k + 2, country=c[2], role="delegation", text="طرفي النزاع")
                    return a, b
    return None


def _after_to(sent: Sentence, k: int) -> bool:
    """Whether the place at token k is introduced by إلى (إلى العاصمة الفرنسية باريس)."""
    adjs = {a[0] for a in sent.adjs}
    m = k - 1
    while m >= 0 and m >= k - 3 and (sent.norms[m] in ("العاصمه", "مدينه") or m in adjs):
        m -= 1
    if m >= 0 and sent.norms[m] in ("الي", "حتي"):
        return True
    return sent.norms[k].startswith("ل") and m == k - 1  # لسويسرا


def _return(sent, trig, status, trigger_text, before, after, sdate) -> list[Candidate]:
    """'عاد الرئيس إلى بلاده قادما من الرياض': a visit to the place he came back from."""
    norms = sent.norms
    dest = None
    for p in sent.places:
        k = p[0]
        if k > trig.j and k - trig.j <= 20 and k >= 2 and norms[k - 1] == "من" and \
                norms[k - 2].startswith(("قادم", "عائد")):
            dest = p
            break
    if dest is None:
        return []
    if after and after[0].i - trig.j <= 1:
        visitor = after[0]
    elif before:
        visitor = before[-1]
    else:
        return []
    if visitor.j > dest[0] or visitor.country == dest[2]:
        return []
    return [Candidate("VISIT", status, visitor, None, sent, trigger_text, sdate[0], sdate[1],
                      (dest[1], dest[2]))]


def _relative_agent(sent: Sentence, trig: Trigger, after: list[Actor]) -> Actor | None:
    """The agent of a relative clause on a noun trigger: 'الزيارة التي يقوم بها X' -> X."""
    norms = sent.norms
    if trig.tense != "noun" or trig.j >= len(norms) or norms[trig.j] not in RELATIVE:
        return None
    for a in after:
        span = range(trig.j, a.i)
        if a.i - trig.j > 10 or any(sent.toks[k].punct for k in span):
            return None
        if any(norms[k] in ("بها", "بهما") for k in span):
            return a
    return None


def _visit(sent, trig, status, trigger_text, before, after, inherited, sdate, pronoun,
           verb_like, close_after, cues) -> list[Candidate]:
    norms = sent.norms
    nxt_places = [p for p in sent.places if p[0] >= trig.j]
    # destinations: the first place after the trigger and places coordinated with it
    dests = []
    in_actor = {k for a in sent.actors for k in range(a.i, a.j)}
    for p in nxt_places:
        limit = 12 if _after_to(sent, p[0]) else 6
        if not dests and len([k for k in range(trig.j, p[0]) if k not in in_actor]) <= limit:
            dests.append(p)
        elif dests and p[0] - dests[-1][0] <= 2 and norms[p[0]].startswith("و"):
            dests.append(p)
    if not dests:
        prior = [p for p in sent.places if p[0] < trig.i]
        if prior and any(t in ("من",) or t.startswith("قادم") for t in
                         norms[max(0, prior[-1][0] - 3):prior[-1][0]]):
            dests = [prior[-1]]
    # host: the actor named after an invitation cue
    invite = [c for c in cues if c[2] == "planned" and norms[c[0]].endswith(("دعوه", "الدعوه"))]
    host = None
    if invite:
        host = next((a for a in after + before if a.i >= invite[0][1]
                     and a.i - invite[0][1] <= 6), None)
    candidates: list[Actor] = []
    if verb_like and close_after:
        candidates.append(after[0])
    elif trig.tense == "noun" and after and after[0].i - trig.j <= 1 and not pronoun:
        candidates.append(after[0])  # genitive: زيارة الرئيس الصيني
    if pronoun and inherited is not None:
        candidates.append(inherited)
    rel = _relative_agent(sent, trig, after)
    if rel is not None:
        candidates.append(rel)  # "الزيارة التي كان من المقرر أن يقوم بها رئيس الوزراء"
    if invite and before:
        inv_before = [a for a in before if a.j <= invite[0][0]]
        candidates.extend(reversed(inv_before))
    candidates.extend(reversed(before))
    if pronoun and sent.actors:
        head = sent.actors[0]
        # "A visited X and met B and C ... after his visit to Y": his = the subject A, not C
        subject_first = head.j <= trig.i and any(
            head.j <= k < trig.i for k in sent.trigger_toks) and head.i <= min(
            sent.trigger_toks, default=head.i)
        candidates.insert(0 if not candidates or subject_first else 1, head)
    out = []
    dest_codes = [d[2] for d in dests] or [None]
    visitor = None
    for cand in candidates:
        if cand is host:
            continue
        if cand.country and cand.country in dest_codes:
            continue
        visitor = cand
        break
    if visitor is None:
        return out
    for d in dests or [None]:
        loc = (d[1], d[2]) if d else None
        out.append(Candidate("VISIT", status, visitor, host, sent, trigger_text, sdate[0],
                             sdate[1], loc))
    return out


def _mediate(sent, trig, status, trigger_text, before, after, sdate) -> list[Candidate]:
    mediator = None
    adjs = [a for a in sent.adjs if trig.j <= a[0] <= trig.j + 1]
    if adjs:
        mediator = Actor(adjs[0][0], adjs[0][0] + 1, country=adjs[0][1], role="official",
                         text=sent.text[sent.toks[adjs[0][0]].start:sent.toks[adjs[0][0]].end])
    else:
        # a bare country named after the last actor is the nearer subject ("قال X إن قطر بذلت")
        floor = before[-1].j if before else 0
        prior = [c for c in sent.countries if floor <= c[0] and c[1] <= trig.i
                 and trig.i - c[1] <= 8]
        if before and not prior:
            mediator = before[-1]
        elif prior:
            c = prior[0]
            mediator = Actor(c[0], c[1], country=c[2], role="official",
                             text=sent.text[sent.toks[c[0]].start:sent.toks[c[1] - 1].end])
    if mediator is None:
        return []
    between = [k for k in range(trig.j, min(trig.j + 6, len(sent.toks)))
               if sent.norms[k] == "بين"]
    if not between and not (mediator.j <= trig.i and any(
            t in EFFORT_VERBS for t in sent.norms[mediator.j:trig.i])):
        return []  # mediation is between named parties, or exerted by its subject
    party = next((a for a in after if a.key != mediator.key and a.i - trig.j <= 8), None)
    # the first-named party: a bare country named before the first actor wins
    cands = [c for c in sent.countries if c[0] >= trig.j and c[2] != mediator.country
             and c[0] - trig.j <= 8]
    cands += [(a[0], a[0] + 1, a[1]) for a in sent.adjs
              if a[0] >= trig.j + 2 and a[1] != mediator.country and a[0] - trig.j <= 10]
    cands = [c for c in sorted(cands) if party is None or c[0] < party.i]
    if cands:
        c = cands[0]
        party = Actor(c[0], c[1], country=c[2], role="official",
                      text=sent.text[sent.toks[c[0]].start:sent.toks[c[1] - 1].end])
    if party is None:
        return []
    return [Candidate("MEDIATE", status, mediator, party, sent, trigger_text, sdate[0],
                      sdate[1], _location(sent, trig, set()))]


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
    pub = as_date(published)
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
