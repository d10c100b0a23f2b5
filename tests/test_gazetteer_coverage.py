"""The gazetteer covers the offices of the news, year by year (configs/gazetteer/coverage.yaml).

For every declared state and office, and for the UN's and the EU's declared offices, each year
of the declared range is held by at least one person in actors.yaml, unless an exception
declares the gap with its reason (a state without that office, a holder not known). The failure
lists every gap as (state, office, years).
"""

from __future__ import annotations

from collections import defaultdict

from configs import load_yaml
from pipeline.events.gazetteer import GAZETTEER_DIR


def _load(name):
    return load_yaml(GAZETTEER_DIR / name)  # libyaml's parser where PyYAML has it: same values


SPEC = _load("coverage.yaml")
ACTORS = _load("actors.yaml")
FIRST, LAST = SPEC["years"]
YEARS = range(FIRST, LAST + 1)


def _held(actors) -> dict[tuple[str, str], set[int]]:
    """(country or org code, role) -> the years someone holds it; person -> (code, role) too."""
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    for person in actors:
        home = person.get("country") or person.get("org")
        for role in person.get("roles") or []:
            name, start, end = role[:3]
            code = role[3] if len(role) == 4 else home
            years = set(range(start, (LAST if end is None else end) + 1))
            out[(code, name)] |= years
            out[(person["en"], name)] |= years
    return out


def _excepted() -> dict[tuple[str, str], set[int]]:
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    for code, role, start, end, reason in SPEC["exceptions"]:
        assert reason and str(reason).strip(), (code, role)
        out[(code, role)] |= set(range(start, end + 1))
    return out


def _runs(years) -> str:
    """1990, 1991, 1992, 1995 -> '1990-1992, 1995'."""
    out, years = [], sorted(years)
    for y in years:
        if out and out[-1][1] == y - 1:
            out[-1][1] = y
        else:
            out.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in out)


def _gaps(actors) -> list[str]:
    held, excepted = _held(actors), _excepted()
    gaps = []
    for group in SPEC["countries"].values():
        for code in group:
            for role in SPEC["roles"]:
                missing = set(YEARS) - held[(code, role)] - excepted[(code, role)]
                if missing:
                    gaps.append(f"{code} {role}: {_runs(missing)}")
    for office, spec in SPEC["offices"].items():
        if spec.get("holders"):
            years = set().union(*(held[(p, spec["role"])] for p in spec["holders"]))
        else:
            years = held[(spec["org"], spec["role"])]
        missing = set(YEARS) - years - excepted[(office, spec["role"])]
        if missing:
            gaps.append(f"{office} ({spec['org']} {spec['role']}): {_runs(missing)}")
    return gaps


def test_spec_codes_and_exceptions_are_known():
    countries, orgs = _load("countries.yaml"), _load("orgs.yaml")
    declared = [c for group in SPEC["countries"].values() for c in group]
    assert len(declared) == len(set(declared)), "a state is declared twice"
    assert set(declared) <= set(countries), set(declared) - set(countries)
    names = {p["en"] for p in ACTORS}
    for office, spec in SPEC["offices"].items():
        assert spec["org"] in orgs, office
        assert set(spec.get("holders") or []) <= names, office
    for code, role, start, end, _ in SPEC["exceptions"]:
        assert code in declared or code in SPEC["offices"], code
        assert role in SPEC["roles"] or role in {s["role"] for s in SPEC["offices"].values()}
        assert FIRST <= start <= end <= LAST, (code, role, start, end)


def test_exceptions_do_not_hide_a_listed_holder():
    """An exception for a year someone is listed for is stale: drop it or narrow it."""
    held = _held(ACTORS)
    stale = []
    for code, role, start, end, reason in SPEC["exceptions"]:
        both = held[(code, role)] & set(range(start, end + 1))
        if both:
            stale.append(f"{code} {role}: {_runs(both)} ({reason})")
    assert stale == [], "exceptions for years someone holds:\n" + "\n".join(stale)


def test_every_declared_office_is_held_every_year():
    gaps = _gaps(ACTORS)
    assert gaps == [], f"{len(gaps)} offices with years nobody holds:\n" + "\n".join(gaps)


def test_a_gap_is_reported():
    """The check can fail: without the UN's secretaries-general, every year is a gap."""
    actors = [p for p in ACTORS if p.get("org") != "UN"]
    assert f"UN Secretary-General (UN organization_head): {FIRST}-{LAST}" in _gaps(actors)
