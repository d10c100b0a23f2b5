"""One test per gazetteer entry (configs/gazetteer) and the ties between the event lexicons.

Every person, country and organisation entry is checked on its own: its codes point at
entries that exist, its roles are in the roles vocabulary with ordered years, and each of its
Arabic spellings is found by the matcher as that entry after normalisation. Aliases claimed
by two people must be marked `shared` in both entries.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from configs import load_yaml
from pipeline.events import EVENT_TYPES
from pipeline.events.clusters import load_compatibility
from pipeline.events.gazetteer import GAZETTEER_DIR, LEXICON_DIR, load_gazetteer, load_lexicon
from pipeline.report import queries as report_queries
from pipeline.text.normalize import normalize_arabic, normalized_tokens


def _load(name):
    return load_yaml(GAZETTEER_DIR / name)  # libyaml's parser where PyYAML has it: same values


ACTORS = _load("actors.yaml")
COUNTRIES = _load("countries.yaml")
ORGS = _load("orgs.yaml")
ROLES = _load("roles.yaml")
# The roles vocabulary: the roles titles name, plus the default roles of organisations (group).
VOCABULARY = frozenset(ROLES["titles"]) | {o["role"] for o in ORGS.values() if o.get("role")}
# An Arabic spelling: Arabic letters and marks, spaces and a hyphen between words.
ARABIC = re.compile(r"[\u0621-\u064A\u064B-\u065F\u0670\u067E\u0686\u06A4\u06AF\u06CC]+"
                    r"(?:[ -]+[\u0621-\u064A\u064B-\u065F\u0670\u067E\u0686\u06A4\u06AF\u06CC]+)*")
# Carrier sentences and the alias's first token in them: an alias must be found alone,
# inside a sentence and behind a clitic.
CARRIERS = (("{}", 0), ("وقال {} اليوم", 1), ("والتقى و{} أمس", 1))


def _key(alias: str) -> str:
    return normalize_arabic(alias)


def _claims() -> dict[str, set[str]]:
    """Normalised alias -> English names of the people that list it."""
    out: dict[str, set[str]] = defaultdict(set)
    for person in ACTORS:
        for alias in person.get("ar") or []:
            out[_key(alias)].add(person["en"])
    return out


CLAIMS = _claims()
SHARED = {p["en"]: {_key(a) for a in p.get("shared") or []} for p in ACTORS}


def _found(phrase: str, accept) -> bool:
    """Whether every carrier sentence holding `phrase` yields an entry `accept` takes."""
    gaz = load_gazetteer()
    for carrier, i in CARRIERS:
        toks = normalized_tokens(carrier.format(phrase))
        n, entries = gaz.match(toks, i)
        if n != len(normalized_tokens(phrase)) or not any(accept(e) for e in entries):
            return False
    return True


def _names(entries: dict) -> list[tuple[str, str, str]]:
    """(normalised name, kind, code) of every name and place countries.yaml or orgs.yaml lists."""
    out = []
    for code, c in entries.items():
        for name in c.get("names") or []:
            out.append((_key(name), "name", code))
        for names in (c.get("places") or {}).values():
            out.extend((_key(n), "place", code) for n in names)
    return out


# ------------------------------------------------------------------------------------- people

def test_people_are_listed_once():
    names = [p["en"] for p in ACTORS]
    assert sorted({n for n in names if names.count(n) > 1}) == []


@pytest.mark.parametrize("person", ACTORS, ids=[p["en"] for p in ACTORS])
def test_person_codes_roles_and_years(person):
    assert set(person) <= {"en", "country", "org", "ar", "roles", "shared", "region"}, person
    if person.get("region"):  # a region of the person's own country (countries.yaml regions)
        assert person["region"] in (COUNTRIES.get(person.get("country")) or {}).get("regions", {})
    assert isinstance(person["en"], str) and person["en"].strip()
    assert bool(person.get("country")) != bool(person.get("org")), "one of country or org"
    if person.get("country"):
        assert person["country"] in COUNTRIES, f"unknown country {person['country']}"
    else:
        assert person["org"] in ORGS, f"unknown org {person['org']}"
    assert person.get("roles"), "no roles"
    for role in person["roles"]:
        assert len(role) in (3, 4), role
        name, start, end = role[:3]
        if len(role) == 4:  # an office held for another country or organisation
            assert role[3] in COUNTRIES or role[3] in ORGS, f"unknown code {role[3]}"
        assert name in VOCABULARY, f"unknown role {name}"
        assert isinstance(start, int) and 1900 <= start <= 2030, role
        assert end is None or (isinstance(end, int) and start <= end <= 2030), role


@pytest.mark.parametrize("person", ACTORS, ids=[p["en"] for p in ACTORS])
def test_person_aliases_are_found_as_that_person(person):
    aliases = person.get("ar") or []
    assert aliases, "no Arabic spelling"
    keys = [_key(a) for a in aliases]
    assert len(keys) == len(set(keys)), "spellings that normalise alike are listed once"
    for alias in aliases:
        assert ARABIC.fullmatch(alias), f"{alias!r} is not an Arabic spelling"
        assert _found(alias, lambda e: e.kind == "person" and e.en == person["en"]), alias


@pytest.mark.parametrize("person", ACTORS, ids=[p["en"] for p in ACTORS])
def test_person_aliases_are_not_claimed_by_another_person(person):
    mine = SHARED[person["en"]]
    assert mine <= {_key(a) for a in person.get("ar") or []}, "shared lists an alias not in ar"
    for alias in person.get("ar") or []:
        others = CLAIMS[_key(alias)] - {person["en"]}
        for other in others:
            assert _key(alias) in mine and _key(alias) in SHARED[other], (
                f"{alias} is also {other}: mark it `shared` in both entries or drop it")


NAMES = {key: (kind, code) for key, kind, code in _names(COUNTRIES) + _names(ORGS)}
TITLES = {_key(t) for phrases in ROLES["titles"].values() for t in phrases}


@pytest.mark.parametrize("person", ACTORS, ids=[p["en"] for p in ACTORS])
def test_person_aliases_do_not_shadow_places_titles_or_organisations(person):
    for alias in person.get("ar") or []:
        assert _key(alias) not in NAMES, f"{alias} is the {NAMES[_key(alias)]}"
        assert _key(alias) not in TITLES, f"{alias} is a title"


# Ordinary words of the news that must never be a person's alias alone (a surname that is also
# a word is listed with the first name): «الهلال النفطي» (the oil crescent), «المنفي» (exile),
# «لامي» (to my mother).
ORDINARY_WORDS = frozenset(_key(w) for w in ("النفطي", "المنفي", "لامي", "بنين"))


@pytest.mark.parametrize("person", ACTORS, ids=[p["en"] for p in ACTORS])
def test_person_aliases_are_no_ordinary_words(person):
    for alias in person.get("ar") or []:
        assert _key(alias) not in ORDINARY_WORDS, f"{alias} is an ordinary word"


# ---------------------------------------------------------------------- countries and orgs

@pytest.mark.parametrize("code", list(COUNTRIES))
def test_country_names_places_and_adjectives_are_found(code):
    c = COUNTRIES[code]
    assert len(code) == 3 and code.isupper() and code not in ORGS
    assert isinstance(c.get("en"), str) and c["en"].strip()
    assert c.get("names"), "no Arabic name"
    for name in c["names"]:
        assert _found(name, lambda e: e.kind == "country" and e.code == code), name
    for en, names in (c.get("places") or {}).items():
        assert names, f"place {en} has no Arabic name"
        for name in names:
            assert _found(name, lambda e, en=en: e.kind == "place" and e.code == code
                          and e.en == en), name
    for en, names in (c.get("regions") or {}).items():
        for name in names:
            assert _found(name, lambda e, en=en: e.kind == "region" and e.code == code
                          and e.en == en), name
    gaz = load_gazetteer()
    for stem in c.get("adjectives") or []:
        n, entries = gaz.match(normalized_tokens(stem), 0)
        assert n == 1 and any(e.kind == "adj" and e.code == code for e in entries), stem
    # an adjective that is also an ordinary word, valid only right after a title
    for stem in c.get("title_adjectives") or []:
        n, entries = gaz.match(normalized_tokens("ال" + stem), 0)
        assert n == 1 and any(e.kind == "adj" and e.code == code and e.only == "title"
                              for e in entries), stem
        assert stem not in (c.get("adjectives") or []), f"{stem} is a plain adjective too"
    # a name that is also an ordinary word, valid only after a destination or a title
    for name in c.get("destination_names") or []:
        assert _found(name, lambda e: e.kind == "country" and e.code == code
                      and e.only == "destination"), name
        assert name not in c["names"], f"{name} is a plain name too"


@pytest.mark.parametrize("code", list(ORGS))
def test_org_names_role_and_adjectives(code):
    o = ORGS[code]
    assert o.get("names"), "no Arabic name"
    assert o.get("role") in VOCABULARY, f"unknown role {o.get('role')}"
    for name in o["names"]:
        assert _found(name, lambda e: e.kind == "org" and e.code == code), name
    gaz = load_gazetteer()
    for stem in o.get("adjectives") or []:
        n, entries = gaz.match(normalized_tokens(stem), 0)
        assert n == 1 and any(e.kind == "orgadj" and e.code == code for e in entries), stem
    # a name shared with other states' movements names this one in its home state's outlets
    home = o.get("home") or o.get("country")
    assert not o.get("home_names") or home in COUNTRIES, "home_names without a home state"
    for name in o.get("home_names") or []:
        assert _found(name, lambda e: e.kind == "org" and e.code == code and e.home == home), name
    if o.get("non_state"):  # no party to a contact, as sport bodies
        assert code in gaz.non_state_orgs


def test_a_shared_home_name_belongs_to_one_entry_per_home_state():
    homes = defaultdict(list)
    for o in ORGS.values():
        for name in o.get("home_names") or []:
            homes[_key(name)].append(o.get("home") or o.get("country"))
    assert {k: v for k, v in homes.items() if len(v) != len(set(v))} == {}
    names = {key for key, _, _ in _names(ORGS)}
    assert set(homes) & names == set(), "a home name is also another entry's plain name"


# Names that two entries spell alike: Amman (a place) and Oman (a country) are both عمان.
HOMOGRAPHS = {_key("عمان"): {"JOR", "OMN"}}


def test_no_name_or_place_belongs_to_two_entries():
    owners = defaultdict(set)
    for key, _, code in _names(COUNTRIES) + _names(ORGS):
        owners[key].add(code)
    assert {k: v for k, v in owners.items() if len(v) > 1} == HOMOGRAPHS


# ------------------------------------------------------------------------- event lexicons

# Trigger types that are not event types: the extractor types them from context.
# DISCUSS (بحث مع) becomes CALL near a phone cue and MEET otherwise; RETURN (عاد قادما من)
# reports a VISIT to the place it names.
TYPED_FROM_CONTEXT = {"DISCUSS": {"MEET", "CALL"}, "RETURN": {"VISIT"}}
TENSES = {"past", "present", "noun", "adverb", "object_past", "object_present"}


def _triggers() -> dict:
    spec = load_yaml(LEXICON_DIR / "triggers.yaml")
    spec.pop("light_verbs")
    return spec


def test_event_types_triggers_and_compatibility_families_agree():
    triggers = _triggers()
    family = load_compatibility().family
    assert len(set(EVENT_TYPES)) == len(EVENT_TYPES)
    assert tuple(report_queries.EVENT_TYPES) == tuple(EVENT_TYPES)
    # every trigger's type is an event type, or is typed into event types from context
    assert set(triggers) - set(EVENT_TYPES) == set(TYPED_FROM_CONTEXT)
    assert set().union(*TYPED_FROM_CONTEXT.values()) <= set(EVENT_TYPES)
    for etype in EVENT_TYPES:
        forms = triggers.get(etype) or {}
        assert set(forms) <= TENSES, etype
        assert any(forms.values()), f"{etype} has no trigger"
        assert etype in family, f"{etype} is in no compatibility family"
    # the families name only event types, and each type is in one family (the loader checks)
    assert set(family) == set(EVENT_TYPES)
    assert load_compatibility().ignore_location <= set(EVENT_TYPES)


def test_every_trigger_phrase_is_found_as_its_type():
    lex = load_lexicon()
    for etype, forms in _triggers().items():
        for tense, phrases in forms.items():
            for phrase in phrases or []:
                toks = normalized_tokens(phrase)
                n, entries = lex.triggers.match(toks, 0)
                assert n == len(toks) and any(
                    e.kind == "trigger" and e.code == etype and e.role == tense
                    for e in entries), (etype, tense, phrase)


def test_state_lists_of_roles_name_known_states():
    roles = _load("roles.yaml")
    for key in ("monarchies", "no_prime_minister"):
        assert roles[key] and set(roles[key]) <= set(COUNTRIES), key
    # a head of state who heads the government: no prime minister of that state in those years
    until = roles["no_prime_minister"]
    for p in ACTORS:
        if p.get("country") in until:
            last = until[p["country"]] or 9999
            assert not any(r[0] == "head_of_government" and (r[1] or 0) <= last
                           for r in p.get("roles") or []), p["en"]
