"""Load the event gazetteer and lexicons from configs/ and match their phrases in token lists.

Pure data access: no event logic here, and no file outside configs/gazetteer and
configs/lexicons/events is read.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from configs import CONFIG_DIR, load_yaml
from pipeline.events import words
from pipeline.events.words import fold_spellings
from pipeline.text.normalize import normalize_arabic

GAZETTEER_DIR = CONFIG_DIR / "gazetteer"
LEXICON_DIR = CONFIG_DIR / "lexicons" / "events"
CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "س", "وس", "فس")
# The clitics by their first letter, in CLITICS order (a token's first letter rules out the rest).
_CLITICS_BY_LETTER = {c[0]: tuple(x for x in CLITICS if x[0] == c[0]) for c in CLITICS}


# words between a person's name and his father's (محمد بن سلمان)
FATHER_LINKS = words.FATHER_LINKS
# the kinds of entries that are names (of people, states, places and organisations), as
# opposed to titles and words of the lexicons
NAME_KINDS = ("person", "country", "place", "org")


def _norm(text: str) -> tuple[str, ...]:
    return tuple(fold_spellings(normalize_arabic(str(text))).split())


def adjective_forms(stem: str) -> dict[str, bool]:
    """Surface forms of a nationality adjective stem -> whether the form is definite."""
    s = "".join(_norm(stem))
    forms = {}
    for suffix in ("", "ه", "ين", "ون", "ان", "ا", "تين"):
        forms[s + suffix] = False
        forms["ال" + s + suffix] = True
    return forms


@dataclass(frozen=True)
class Entry:
    kind: str  # person | title | fixed | skip | dhead | counterpart | country | adj | org | place
    #            | region
    code: str | None = None  # ISO alpha-3 or org code
    role: str | None = None
    definite: bool = False
    person: dict | None = None
    en: str | None = None  # English name (person or place)
    home: str | None = None  # an org name that stands for it only in its own state's outlets
    # a state's adjective valid only right after an office title ("title") or its name only
    # after a destination preposition or a title in construct ("destination"): countries.yaml
    # title_adjectives, destination_names (mentions.find_mentions)
    only: str | None = None


@dataclass
class Gazetteer:
    index: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    generic_titles: frozenset = frozenset()
    collective_titles: frozenset = frozenset()  # قادة، زعماء: no home-country fallback
    attached_titles: frozenset = frozenset()  # منسق، المفوض: only with a country or org
    possessive_titles: frozenset = frozenset()  # رئيس حكومته: the state of the actor before
    possessive_deputies: frozenset = frozenset()  # ونائبها: of the actor joined right before
    country_en: dict[str, str] = field(default_factory=dict)
    # the seat of each state's government (`capital` in countries.yaml, else the first place it
    # lists), which news names for the government itself («المحادثات بين واشنطن وطهران»)
    capitals: frozenset = frozenset()
    fillers: Gazetteer | None = None  # words that do not separate a verb from its object
    # honorific pronoun (سموه) -> (roles or None, countries or None, (country, role) pairs
    # excepted) of the person it stands for
    honorific_pronouns: dict = field(default_factory=dict)
    # honorific pronoun -> English names of the people it never stands for (`not_people`)
    honorific_not_people: dict = field(default_factory=dict)
    monarchies: frozenset = frozenset()
    # state -> last year its head of state headed the government (None: to date)
    no_prime_minister: dict = field(default_factory=dict)
    republican_titles: frozenset = frozenset()
    royal_titles: frozenset = frozenset()
    # a title one person of a state holds at a time (ولي العهد): normalised form -> its key
    standing_titles: dict = field(default_factory=dict)
    given_name_titles: frozenset = frozenset()
    # one-word aliases that are a person's given name, the first word of another of his
    # aliases («تميم» of «تميم بن حمد»): others bear them too
    given_name_aliases: frozenset = frozenset()
    bound_prefixes: frozenset = frozenset()  # عبد، أبو: first words of a two-word name
    not_surnames: frozenset = frozenset()
    org_head_titles: frozenset = frozenset()
    org_roles: dict = field(default_factory=dict)  # org code -> the role of a bare mention
    org_country: dict = field(default_factory=dict)  # national party code -> its country
    # national parties whose people are keyed by the party's country (orgs.yaml `by_country`)
    by_country_orgs: frozenset = frozenset()
    org_rebels: dict = field(default_factory=dict)  # armed group -> the state it fights
    # bodies that are no party to a diplomatic contact, nor their heads: sports federations
    # and committees (orgs.yaml `sport: true`: FIFA, UEFA, the IOC) and parties and unions
    # (orgs.yaml `non_state: true`)
    non_state_orgs: frozenset = frozenset()
    # political bodies that are no group of states though a bare mention of them is `official`
    # (orgs.yaml `movement: true`: the Syrian opposition coalition, the Muslim Brotherhood):
    # their leaders named together («قادة الائتلاف السوري») are the movement, as a movement's are
    movement_orgs: frozenset = frozenset()
    non_state_bodies: frozenset = frozenset()  # words of a union, party, federation ...
    # institution nouns (وزارة الخارجية، الحكومة، البعثة): titles of a body, only with a
    # country or organisation attached (also in attached_titles)
    institution_titles: frozenset = frozenset()
    # institution noun -> words one of which must follow it within INSTITUTION_REQUIRES_SPAN
    institution_requires: dict = field(default_factory=dict)
    institution_seats: frozenset = frozenset()  # مقر، مبنى: an institution after them is a place
    single_counterparts: frozenset = frozenset()  # نظيره: one person's counterpart
    # مستشار: an adviser to a fixed office (خادم الحرمين الشريفين) does not hold it
    # مستشار، المتحدث باسم، مبعوث: an aide, not the principal a name or a head's title after names
    aide_titles: frozenset = frozenset()
    counterpart_blocs: dict = field(default_factory=dict)  # الخليجيين (after نظرائه) -> GCC
    region_anaphors: frozenset = frozenset()  # الإقليم: the region the text named last
    # المجلس -> GCC: after an organisation head's title, the organisation the text named before
    org_anaphors: dict = field(default_factory=dict)
    # إيقاد -> Entry(IGAD): an acronym that is also an ordinary word, an organisation's name only
    # in quotation marks (orgs.yaml `quoted`)
    quoted_orgs: dict = field(default_factory=dict)
    # المنظمة -> codes of the organisations whose names start with «منظمة» (roles.yaml
    # `body_anaphors`): a bare noun of the kind names back the one the text named before
    body_anaphors: dict = field(default_factory=dict)
    # token -> ((head, clitic, phrases), ...) for the heads the index knows: cached by
    # finalize(), after which the index is never written
    _known_heads: object = field(default=None, repr=False, compare=False)
    _grouped: dict | None = field(default=None, repr=False, compare=False)  # head -> _by_length
    _start_words: frozenset | None = field(default=None, repr=False, compare=False)

    def state_place(self, code: str) -> tuple[str, str]:
        """(English name, code) of a state as an event's location (the code when it has no
        English name)."""
        return self.country_en.get(code, code), code

    def add(self, phrase, entry: Entry) -> None:
        toks = phrase if isinstance(phrase, tuple) else _norm(phrase)
        if toks:
            self.index.setdefault(toks[0], []).append((toks, entry))

    def finalize(self) -> None:
        for items in self.index.values():
            items.sort(key=lambda item: -len(item[0]))
        self._grouped = {head: _by_length(items) for head, items in self.index.items()}
        self._start_words = frozenset(_clitic_forms(self.index))
        self._known_heads = lru_cache(maxsize=1 << 16)(self._heads_in_index)

    def _heads_in_index(self, tok: str) -> tuple:
        """The token's clitic heads that begin a phrase of the index, with their phrases and
        those phrases by length (`_by_length`): a pure function of the token once the index is
        final (most words name nothing)."""
        index, grouped = self.index, self._grouped or {}
        return tuple((head, clitic, index[head], grouped.get(head) or _by_length(index[head]))
                     for head, clitic in _clitic_heads(tok) if index.get(head))

    def starts(self, tokens: list[str]) -> list[int]:
        """The positions of `tokens` where a phrase of the index may begin (a word, or the word
        less a clitic, that starts one): `match_clitic` finds nothing anywhere else, so a scan
        may jump between these (most words of a sentence name nothing)."""
        words = self._start_words
        if words is None:
            known = self._heads_in_index
            return [i for i, tok in enumerate(tokens) if known(tok)]
        found = words.intersection(tokens)  # one pass in C; most sentences have none
        if not found:
            return []
        return [i for i, tok in enumerate(tokens) if tok in found]

    def match(self, tokens: list[str], i: int) -> tuple[int, list[Entry]]:
        """Longest phrase starting at token i (one clitic allowed on its first word)."""
        n, entries, _ = self.match_clitic(tokens, i)
        return n, entries

    def match_clitic(self, tokens: list[str], i: int) -> tuple[int, list[Entry], str]:
        """`match`, plus the clitic stripped from the first word ("" when none). Pure: the
        gazetteer is shared by every thread of a worker and is never written after loading."""
        best_len, best, best_clitic = 0, [], ""
        heads = (self._known_heads or self._heads_in_index)(tokens[i])
        if not heads:
            return best_len, best, best_clitic  # (most words: no phrase starts with them)
        for _head, clitic, items, by_length in heads:
            # the words after the head, as many as its longest phrase has: each length's key
            # is a slice of them (= tuple(tokens[i + 1:i + n]))
            after = tuple(tokens[i + 1:i + by_length[0][0]])
            for n, rests in by_length:
                if n < best_len:
                    break
                entries = rests.get(after[:n - 1])
                if entries is None:
                    continue
                if n > best_len:
                    best_len, best, best_clitic = n, [], clitic
                best.extend(e for e in entries if e not in best)
            if best_len < 4 and i + 3 < len(tokens) and tokens[i + 1] in FATHER_LINKS \
                    and tokens[i + 2] not in FATHER_LINKS and tokens[i + 3].startswith("ال"):
                # «عادل بن أحمد الجبير»: a known «first family» name with the father's name
                # between (the Gulf's full form)
                found = [entry for toks, entry in items
                         if len(toks) == 2 and entry.kind == "person"
                         and toks[1] == tokens[i + 3]]
                if found:
                    best_len, best, best_clitic = 4, found, clitic
        return best_len, best, best_clitic


def _clitic_forms(heads):
    """Every token `_clitic_heads` may take back to one of `heads`: the head, the head after
    any clitic, and a definite head with its alef dropped after «ل», «و», «ف», «ول», «فل»
    (للاتحاد, وللاتحاد). More forms than occur do no harm: a scan only looks at those words,
    `match_clitic` decides."""
    for head in heads:
        yield head
        for c in CLITICS:
            yield c + head
        if head.startswith("ال"):
            for c in ("ل", "و", "ف", "ول", "فل"):
                yield c + head[1:]


def _by_length(items: list) -> tuple:
    """The phrases of one head word, longest first, as (length, {the words after the head:
    their entries in index order}): a match looks up each length once instead of comparing
    every phrase (a common title heads hundreds)."""
    groups: dict[int, dict] = {}
    for toks, entry in items:
        groups.setdefault(len(toks), {}).setdefault(toks[1:], []).append(entry)
    return tuple(sorted(groups.items(), key=lambda g: -g[0]))


PAST_THE_END = 1 << 30  # a position after every sentence's last word


def next_stop(stops: list[int], i: int) -> int:
    """The first of the sorted positions `stops` (`Gazetteer.starts`) after i; past the end of
    any sentence when none is."""
    k = bisect_right(stops, i)
    return stops[k] if k < len(stops) else PAST_THE_END


@lru_cache(maxsize=1 << 16)
def _clitic_heads(tok: str) -> tuple[tuple[str, str], ...]:
    """The words a token may be once a clitic is taken off, each with that clitic ("" for the
    token itself): وللاتحاد -> (وللاتحاد, ""), (للاتحاد, و), (الاتحاد, ول) ... A pure function
    of the token, cached because the same words come back in every article (the cache never
    changes what it returns, so threads share it safely)."""
    heads = [(tok, "")]
    for c in _CLITICS_BY_LETTER.get(tok[:1], ()):
        if tok.startswith(c) and len(tok) > len(c) + 1:
            rest = tok[len(c):]
            heads.append((rest, c))
            if rest.startswith("ل") and len(rest) > 2 and c in ("", "و", "ف", "ول", "فل"):
                heads.append(("ا" + rest, c))  # وللاتحاد -> ول + الاتحاد
    if tok.startswith("لل"):
        heads.append(("ا" + tok[1:], "ل"))
    return tuple(heads)


def _load(path: Path):
    return load_yaml(path)


# The keys an organisation of orgs.yaml may carry: a misspelt flag («movment: true») would
# otherwise be read as absent without a word
ORG_KEYS = frozenset({"names", "adjectives", "role", "country", "by_country", "home",
                      "home_names", "quoted", "rebels_against", "sport", "non_state", "movement",
                      "title_adjectives"})


def check_orgs(orgs: dict) -> None:
    """Raise ValueError for an organisation of orgs.yaml with a key the loader does not read,
    or a `movement` flag on a body whose bare mention is not `official` (the flag only turns
    its leaders named together from heads of state into the movement)."""
    for code, o in orgs.items():
        unknown = sorted(set(o) - ORG_KEYS)
        if unknown:
            raise ValueError(f"orgs.yaml {code}: unknown key(s) {', '.join(unknown)}")
        if o.get("movement") and o.get("role") != "official":
            raise ValueError(f"orgs.yaml {code}: movement is for a body whose role is official")


# The keys a state of countries.yaml may carry: a misspelt list («title_adjective») would
# otherwise be read as absent without a word
COUNTRY_KEYS = frozenset({"en", "names", "adjectives", "adjective_phrases", "title_adjectives",
                          "destination_names", "plurals", "places", "regions", "capital"})


def check_countries(countries: dict) -> None:
    """Raise ValueError for a state of countries.yaml with a key the loader does not read."""
    for code, c in countries.items():
        unknown = sorted(set(c) - COUNTRY_KEYS)
        if unknown:
            raise ValueError(f"countries.yaml {code}: unknown key(s) {', '.join(unknown)}")


def _add_countries(gaz: Gazetteer, countries: dict) -> None:
    """Index countries.yaml: each state's names, adjectives (and their two-word phrases),
    broken plurals, places and regions; its English name and capital."""
    for code, c in countries.items():
        gaz.country_en[code] = c.get("en", code)
        for name in c.get("names") or []:
            gaz.add(name, Entry("country", code=code, en=c.get("en")))
        for stem in c.get("adjectives") or []:
            for form, definite in adjective_forms(stem).items():
                gaz.add((form,), Entry("adj", code=code, definite=definite))
        for phrase in c.get("adjective_phrases") or []:
            # «الكوري الجنوبي», «كورية شمالية»: both words agree, in the article and the ending
            words = [adjective_forms(w) for w in phrase.split()]
            for form, definite in words[0].items():
                suffix = form[len("ال"):] if definite else form
                suffix = suffix[len("".join(_norm(phrase.split()[0]))):]
                rest = tuple(("ال" if definite else "") + "".join(_norm(w)) + suffix
                             for w in phrase.split()[1:])
                gaz.add((form,) + rest, Entry("adj", code=code, definite=definite))
        for stem in c.get("title_adjectives") or []:
            # «رئيس الوزراء الروماني»: an adjective that is also an ordinary word (روماني,
            # "Roman") names the state only right after an office title
            for form, definite in adjective_forms(stem).items():
                gaz.add((form,), Entry("adj", code=code, definite=definite, only="title"))
        for name in c.get("destination_names") or []:
            # «يصل غدا إلى بنين»: a name that is also an ordinary word ("sons") names the
            # state only after a destination preposition or a title in construct
            gaz.add(name, Entry("country", code=code, en=c.get("en"), only="destination"))
        for plural in c.get("plurals") or []:
            # a broken plural (أتراك، روس): only itself and its definite form
            form = "".join(_norm(plural))
            gaz.add((form,), Entry("adj", code=code, definite=False))
            gaz.add(("ال" + form,), Entry("adj", code=code, definite=True))
        for en, names in (c.get("places") or {}).items():
            for name in names:
                gaz.add(name, Entry("place", code=code, en=en))
        for en, names in (c.get("regions") or {}).items():
            for name in names:
                gaz.add(name, Entry("region", code=code, en=en))
        capital = c.get("capital", next(iter(c["places"]), None) if c.get("places") else None)
        if capital:
            gaz.capitals |= {capital}


def _add_orgs(gaz: Gazetteer, orgs: dict) -> None:
    """Index orgs.yaml: each organisation's names (and those only an outlet of its own country
    reads), quoted acronyms and adjectives; its role, country and kind (by country, rebel,
    non-state, movement)."""
    for code, o in orgs.items():
        gaz.org_roles[code] = o.get("role")
        if o.get("country"):
            gaz.org_country[code] = o["country"]
            if o.get("by_country"):
                gaz.by_country_orgs |= {code}
        if o.get("rebels_against"):
            gaz.org_rebels[code] = o["rebels_against"]
        if o.get("sport") or o.get("non_state"):
            gaz.non_state_orgs |= {code}
        if o.get("movement"):
            gaz.movement_orgs |= {code}
        for name in o.get("names") or []:
            gaz.add(name, Entry("org", code=code, role=o.get("role")))
        for name in o.get("home_names") or []:
            # a name several states' movements share («الجبهة الشعبية», «أنصار الشريعة»):
            # this one's only in an outlet of its own country (mentions.find_mentions)
            gaz.add(name, Entry("org", code=code, role=o.get("role"),
                                home=o.get("home") or o["country"]))
        for name in o.get("quoted") or []:
            gaz.quoted_orgs[" ".join(_norm(name))] = Entry("org", code=code, role=o.get("role"))
        for stem in o.get("adjectives") or []:
            for form, definite in adjective_forms(stem).items():
                gaz.add((form,), Entry("orgadj", code=code, definite=definite))
        for role, stems in (o.get("title_adjectives") or {}).items():
            # an adjective naming the organisation only right after a title of `role`
            # (mentions.find_mentions): the entry carries the title's role
            for stem in stems:
                for form, definite in adjective_forms(stem).items():
                    gaz.add((form,), Entry("orgadj", code=code, role=role, definite=definite))


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    base = Path(directory) if directory else GAZETTEER_DIR
    gaz = Gazetteer()
    countries = _load(base / "countries.yaml")  # each file parsed once, read by several passes
    orgs = _load(base / "orgs.yaml")
    check_countries(countries)
    check_orgs(orgs)
    _add_countries(gaz, countries)
    _add_orgs(gaz, orgs)
    roles = _load(base / "roles.yaml")
    state_forms = [_norm(w) for w in roles.get("state_forms") or []]
    for code, c in countries.items():
        for stem in c.get("adjectives") or []:
            # «المملكة الأردنية»: a state form + the definite feminine adjective names the state
            adjective = "ال" + "".join(_norm(stem)) + "ه"
            for form in state_forms:
                gaz.add(form + (adjective,), Entry("country", code=code, en=c.get("en")))
    for role, phrases in roles["titles"].items():
        for phrase in phrases:
            gaz.add(phrase, Entry("title", role=role))
    for phrase, spec in (roles.get("fixed") or {}).items():
        gaz.add(phrase, Entry("fixed", role=spec["role"], code=spec.get("country")))
    for phrase in roles.get("skip_prefixes") or []:
        gaz.add(phrase, Entry("skip"))
    for phrase in roles.get("delegation_heads") or []:
        gaz.add(phrase, Entry("dhead", role="delegation"))
    for phrase in roles.get("counterpart") or []:
        gaz.add(phrase, Entry("counterpart"))
    gaz.single_counterparts = _phrases(roles.get("counterpart_single"))
    gaz.aide_titles = _phrases(roles.get("aide_titles"))
    gaz.counterpart_blocs = {" ".join(_norm(w)): code
                             for code, words in (roles.get("counterpart_blocs") or {}).items()
                             for w in words}
    gaz.generic_titles = frozenset(" ".join(_norm(t)) for t in roles.get("generic") or [])
    gaz.collective_titles = frozenset(" ".join(_norm(t)) for t in roles.get("collective") or [])
    gaz.attached_titles = frozenset(" ".join(_norm(t)) for t in roles.get("attached") or [])
    for role, phrases in (roles.get("possessive") or {}).items():
        for phrase in phrases:
            gaz.add(phrase, Entry("title", role=role))
    gaz.possessive_titles = frozenset(" ".join(_norm(t)) for phrases in
                                      (roles.get("possessive") or {}).values() for t in phrases)
    gaz.possessive_deputies = _phrases(roles.get("possessive_deputies"))
    institutions = []
    for role, items in (roles.get("institutions") or {}).items():
        for item in items:
            phrase, spec = next(iter(item.items())) if isinstance(item, dict) else (item, {})
            key = " ".join(_norm(phrase))
            gaz.add(phrase, Entry("title", role=role))
            institutions.append(key)
            if spec.get("requires"):
                gaz.institution_requires[key] = _phrases(spec["requires"])
    for phrase, code in (roles.get("institution_names") or {}).items():
        gaz.add(phrase, Entry("fixed", role="official", code=code))
        institutions.append(" ".join(_norm(phrase)))
    gaz.institution_titles = frozenset(institutions)
    gaz.institution_seats = _phrases(roles.get("institution_seats"))
    gaz.region_anaphors = _phrases(roles.get("region_anaphors"))
    gaz.org_anaphors = {" ".join(_norm(w)): code
                        for w, code in (roles.get("org_anaphors") or {}).items()}
    bodies = {" ".join(_norm(w)): set() for w in roles.get("body_anaphors") or []}
    for code, o in orgs.items():
        for name in o.get("names") or []:
            words = _norm(name)
            head = words[0] if words[0].startswith("ال") else "ال" + words[0]
            if len(words) > 1 and head in bodies:
                bodies[head].add(code)
    gaz.body_anaphors = {w: frozenset(codes) for w, codes in bodies.items() if codes}
    gaz.attached_titles |= gaz.institution_titles
    for word, spec in (roles.get("honorific_pronouns") or {}).items():
        gaz.honorific_pronouns[" ".join(_norm(word))] = (
            frozenset(spec["roles"]) if spec.get("roles") else None,
            frozenset(spec["countries"]) if spec.get("countries") else None,
            frozenset(tuple(x) for x in spec.get("except") or ()))
        gaz.honorific_not_people[" ".join(_norm(word))] = frozenset(spec.get("not_people") or ())
    gaz.monarchies = frozenset(roles.get("monarchies") or ())
    gaz.no_prime_minister = dict(roles.get("no_prime_minister") or {})
    gaz.republican_titles = _phrases(roles.get("republican_titles"))
    gaz.royal_titles = _phrases(roles.get("royal_titles"))
    gaz.standing_titles = {_norm(form): key for key, forms in
                           (roles.get("standing_titles") or {}).items() for form in forms}
    gaz.given_name_titles = _phrases(roles.get("given_name_titles"))
    gaz.not_surnames = _phrases(roles.get("not_surnames"))
    gaz.org_head_titles = _phrases(roles.get("org_head_titles"))
    gaz.non_state_bodies = _phrases(roles.get("non_state_bodies"))
    gaz.fillers = Gazetteer()
    for kind, phrases in (roles.get("fillers") or {}).items():
        for phrase in phrases:
            gaz.fillers.add(phrase, Entry("filler", role=kind))
    for phrase in roles.get("locative") or []:
        gaz.fillers.add(phrase, Entry("locative"))
    gaz.fillers.finalize()
    org_codes = set(orgs)
    given: set = set()
    for person in _load(base / "actors.yaml"):
        person = dict(person)
        names = [_norm(a) for a in person.get("ar") or []]
        given |= {a[0] for a in names if len(a) == 1
                  and any(len(b) > 1 and b[0] == a[0] for b in names)}
        person["roles"] = [_office(r, person, org_codes) for r in person.get("roles") or []]
        for alias in person.get("ar") or []:
            gaz.add(alias, Entry("person", code=person.get("country") or person.get("org"),
                                 person=_freeze(person), en=person["en"]))
    gaz.given_name_aliases = frozenset(given)
    gaz.bound_prefixes = _phrases(roles.get("bound_prefixes"))
    _add_spacing_variants(gaz, gaz.bound_prefixes)
    gaz.finalize()
    return gaz


BOUND_REST_MIN = 2  # letters at least after a bound prefix for a word to be split there


def spacing_variants(toks: tuple[str, ...], prefixes: frozenset) -> set[tuple[str, ...]]:
    """The other spellings of a name whose bound prefix (عبد، أبو) is written apart or joined
    to the next word: عبد الله <-> عبدالله, أبو ظبي <-> أبوظبي (normalised words)."""
    out = set()
    for k, w in enumerate(toks):
        if w in prefixes and k + 1 < len(toks):
            out.add(toks[:k] + (w + toks[k + 1],) + toks[k + 2:])
        for pre in prefixes:
            if w.startswith(pre) and len(w) - len(pre) >= BOUND_REST_MIN:
                out.add(toks[:k] + (pre, w[len(pre):]) + toks[k + 1:])
    out.discard(toks)
    return out


def _add_spacing_variants(gaz: Gazetteer, prefixes: frozenset) -> None:
    """Index each name (NAME_KINDS: names are written with or without a space) under its
    spacing variants too (not listed twice)."""
    if not prefixes:
        return
    listed = [(toks, entry) for items in gaz.index.values() for toks, entry in items
              if entry.kind in NAME_KINDS]
    known = {(toks, id(entry)) for toks, entry in listed}
    for toks, entry in listed:
        for variant in spacing_variants(toks, prefixes):
            if (variant, id(entry)) not in known:
                known.add((variant, id(entry)))
                gaz.add(variant, entry)


def _office(spec: list, person: dict, org_codes: set) -> tuple:
    """(role, first year, last year, country, org) of one office a person held: an optional
    fourth item names the country or organisation served when it is not the person's own
    (a Bahraini who was the GCC's secretary-general)."""
    role, start, end = spec[:3]
    if len(spec) > 3:
        code = spec[3]
        return (role, start, end, None, code) if code in org_codes else (role, start, end, code,
                                                                           None)
    return (role, start, end, person.get("country"), person.get("org"))


def _phrases(items) -> frozenset:
    return frozenset(" ".join(_norm(t)) for t in items or [])


def _freeze(person: dict) -> dict:
    return {"en": person["en"], "country": person.get("country"), "org": person.get("org"),
            "roles": tuple(person["roles"]), "region": person.get("region")}


@dataclass(frozen=True)
class Lexicon:
    triggers: Gazetteer
    status: Gazetteer


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every word of the gazetteer's person, country, place and organisation names («فيصل»
    of «فيصل بن فرحان»): a trigger read in one through a clitic (ف + يصل) is no contact."""
    return frozenset(t for items in load_gazetteer().index.values()
                     for toks, entry in items if entry.kind in NAME_KINDS for t in toks)


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    base = Path(directory) if directory else LEXICON_DIR
    trig = Gazetteer()
    spec = _load(base / "triggers.yaml")
    for etype, forms in spec.items():
        if etype == "light_verbs":
            for tense, phrases in forms.items():
                for phrase in phrases:
                    trig.add(phrase, Entry("light", role=tense))
            continue
        for tense, phrases in forms.items():
            for phrase in phrases or []:
                trig.add(phrase, Entry("trigger", code=etype, role=tense))
    trig.finalize()
    stat = Gazetteer()
    for status, phrases in _load(base / "status.yaml").items():
        for phrase in phrases:
            stat.add(phrase, Entry("cue", role=status))
    stat.finalize()
    return Lexicon(trig, stat)


@lru_cache(maxsize=1)
def _offices() -> dict:
    """English name of a known person -> ((role, from year, to year), ...) (actors.yaml)."""
    people = load_yaml(Path(CONFIG_DIR) / "gazetteer" / "actors.yaml") or []
    return {p["en"]: tuple(tuple(r) for r in p.get("roles") or []) for p in people if p.get("en")}


def holds_office(name: str, entity: str, role: str | None, year: int | None) -> bool:
    """Whether the named person held `role` of `entity` in `year` by the gazetteer (an office
    of an organisation names it fourth; any year without one)."""
    return any(o[0] == role and (year is None or (o[1] or year) <= year <= (o[2] or year))
               and (len(o) < 4 or o[3] == entity) for o in _offices().get(name, ()))
