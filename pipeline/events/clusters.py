"""Event-level dedup (issue #9): decide whether two extracted events report one real-world event,
key events into candidate buckets, and cluster matches into stable event_cluster_ids.

Pure functions over plain values (event rows as dicts, dates); no Beam, no lake I/O, no clock.
The type/status compatibility table is data: configs/lexicons/event_compatibility.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from configs import CONFIG_DIR, load_yaml
from pipeline.events.gazetteer import holds_office
from pipeline.text.dates import as_date

COMPATIBILITY_PATH = CONFIG_DIR / "lexicons" / "event_compatibility.yaml"
STATUSES = ("reported", "planned", "cancelled")


@dataclass(frozen=True)
class Compatibility:
    family: Mapping[str, str]  # event type -> family name
    statuses: Mapping[str, frozenset]  # status -> statuses it may merge with
    ignore_location: frozenset  # types whose location is not the event's place
    # the type of a phone call, and the in-person types a report may tell that call by
    # (`_call_retold`); no call type, no such match
    call: str | None = None
    call_told_as: frozenset = frozenset()

    def types_ok(self, a: str, b: str) -> bool:
        fa = self.family.get(a)
        return fa is not None and fa == self.family.get(b)

    def statuses_ok(self, a: str, b: str) -> bool:
        return b in self.statuses.get(a, ()) and a in self.statuses.get(b, ())


def parse_compatibility(raw: dict) -> Compatibility:
    """Validate the YAML mapping of event_compatibility.yaml; ValueError names the problem."""
    family: dict[str, str] = {}
    for name, types in (raw.get("families") or {}).items():
        for t in types or []:
            if t in family:
                raise ValueError(f"event type {t} is in families {family[t]} and {name}")
            family[t] = name
    statuses = {}
    for status, others in (raw.get("statuses") or {}).items():
        if status not in STATUSES or any(o not in STATUSES for o in others or []):
            raise ValueError(f"statuses: unknown status in {status}: {others}")
        statuses[status] = frozenset(others or [])
    for a, others in statuses.items():
        for b in others:
            if a not in statuses.get(b, ()):
                raise ValueError(f"statuses: {a}→{b} but not {b}→{a} (must be symmetric)")
    call_told = raw.get("call_told_as") or {}
    call = call_told.get("call")
    told_as = frozenset(call_told.get("types") or [])
    if told_as and (call not in family or any(t not in family for t in told_as)):
        raise ValueError(f"call_told_as: unknown event type in {call_told}")
    return Compatibility(family, statuses, frozenset(raw.get("ignore_location") or []),
                         call, told_as)


@lru_cache(maxsize=4)
def load_compatibility(path: str | None = None) -> Compatibility:
    return parse_compatibility(load_yaml(path or COMPATIBILITY_PATH) or {})


@lru_cache(maxsize=1)
def _country_names() -> frozenset:
    """English names of whole countries (a location naming a country contradicts no city)."""
    countries = load_yaml(Path(CONFIG_DIR) / "gazetteer" / "countries.yaml") or {}
    return frozenset(c.get("en") for c in countries.values())


# ---------------------------------------------------------------------------------------------
# Candidates


@dataclass(frozen=True)
class Actor:
    entity: str  # country (ISO alpha-3) or org code
    role: str | None
    name: str | None
    state: bool = True  # a country (actorN_country), not an organisation or a movement


@dataclass(frozen=True)
class Candidate:
    """What matching needs from one event row plus its article's publication date."""

    event_id: str
    event_type: str
    status: str
    actors: tuple  # (Actor,) or (Actor, Actor)
    event_date: date | None
    date_precision: str | None
    published: date | None
    location_name: str | None
    location_country: str | None
    order: str  # ingestion order inside a run: earlier wins the cluster id (`candidate`)
    cluster_id: str | None = None  # set for events already in the lake


def _actor(row: Mapping, n: int) -> Actor | None:
    entity = row.get(f"actor{n}_country") or row.get(f"actor{n}_org")
    if not entity:
        return None
    return Actor(entity, row.get(f"actor{n}_role"), row.get(f"actor{n}_name"),
                 state=bool(row.get(f"actor{n}_country")))


def candidate(row: Mapping, published=None, old: bool = False) -> Candidate:
    """A Candidate from an EVENTS_SCHEMA row and its article's published_at (datetime, date or
    None). `old` marks a row read from the lake: it keeps its cluster id (its own event_id
    when the row predates clustering)."""
    actors = tuple(a for a in (_actor(row, 1), _actor(row, 2)) if a is not None)
    pub = as_date(published)
    day = as_date(row.get("event_date"))
    # Ingestion order: by publication day, and within a day the held contacts dated to the
    # day first (`_firm`), then plans and reports with no day: these match reports days
    # apart, and taken first they found clusters that the day's dated reports of the same
    # contact cannot all join (an undated report of Kerry's meeting with Lavrov in Malaysia,
    # read before the report dating it, joined their Doha talks of two days before).
    c = Candidate(
        event_id=row["event_id"],
        event_type=row.get("event_type") or "",
        status=row.get("status") or "reported",
        actors=actors,
        event_date=day,
        date_precision=row.get("date_precision"),
        published=pub,
        location_name=row.get("location_name"),
        location_country=row.get("location_country"),
        order="",
        cluster_id=(row.get("event_cluster_id") or row["event_id"]) if old else None,
    )
    return replace(c, order=f"{pub.isoformat() if pub else '9999-99-99'}|{0 if _firm(c) else 1}"
                            f"|{row.get('article_id') or ''}|{row['event_id']}")


def matchable(c: Candidate) -> bool:
    """Whether the event can be compared at all: two parties (or a visitor and a destination),
    and some date (its own day, else its article's publication day)."""
    if _reference(c) is None:
        return False
    if len(c.actors) == 2:
        return True
    return len(c.actors) == 1 and c.event_type == "VISIT" and bool(c.location_country)


def _reference(c: Candidate) -> tuple[date, bool] | None:
    """(day, exact): the event's own day when known to the day, else its publication day."""
    if c.event_date is not None and c.date_precision in ("day", None):
        return c.event_date, True
    if c.published is not None:
        return c.published, False
    return None


def pair_key(c: Candidate) -> tuple:
    """The unordered party pair (countries or orgs); a visit without a host uses its
    destination country as the second party."""
    if len(c.actors) == 2:
        return tuple(sorted((c.actors[0].entity, c.actors[1].entity)))
    return (c.actors[0].entity, f"@{c.location_country}")


# ---------------------------------------------------------------------------------------------
# Matching


# The role the extractor gives a state's actor when the text names no office it knows («ولي
# عهد أبوظبي», «الجانب المصري», «المسؤولين الأمريكيين»): it tells no one apart from a named office.
GENERIC_ROLE = "official"
# A party's people named without an office: its delegation («الوفد السعودي», «وفد الحوثيين»)
# or the movement or faction as a whole («الحوثيون», «الأطراف الليبية»). The two are one party
# («وفد الحوثيين» / «الحوثيون» in Muscat). A state's delegation is also whoever heads it: one
# outlet writes «استقبل السيسي الوفد السعودي», another names the minister who led it. An
# organisation's delegation is not: the UN's offices (an envoy's team, a commissioner's
# mission) are many, so it tells none of them apart.
DELEGATION = "delegation"
PARTY_ROLES = frozenset({DELEGATION, "group"})
# A minister of no known portfolio («الوزير المصري») may be any of the party's ministers.
BARE_MINISTER = "minister"


def _roles_agree(a: Actor, b: Actor) -> bool:
    # a bare "official" is any office of its state, unless a named person holds it: the
    # gazetteer then knows the office (an assistant secretary of state is no foreign minister)
    if a.role == b.role or any(x.role == GENERIC_ROLE and not x.name for x in (a, b)):
        return True
    if a.role in PARTY_ROLES and b.role in PARTY_ROLES:
        return True
    if any(x.role == DELEGATION and x.state and not x.name for x in (a, b)):
        return True
    if _council_side(a, b) or _council_side(b, a):
        return True
    # an unnamed bare minister and a minister of a named portfolio (a named bare minister is
    # a known person whose own office decides)
    return any(x.role == BARE_MINISTER and not x.name and (y.role or "").endswith("_minister")
               for x, y in ((a, b), (b, a)))


# An organisation's own head (its secretary-general) sits in the councils of its members'
# leaders and ministers: «اجتماع وزراء خارجية دول مجلس التعاون والأمين العام للمجلس مع كيري» is
# the ministers' meeting for one outlet, the secretary-general's for another.
ORG_HEAD = "organization_head"
COUNCIL_LEVELS = frozenset({"head_of_state", "head_of_government", BARE_MINISTER})


def _council_side(head: Actor, member: Actor) -> bool:
    """Whether an organisation's unnamed head and its unnamed members' leaders or ministers
    (of any portfolio) may be one side of one meeting."""
    if head.state or member.state or head.name or member.name or head.role != ORG_HEAD:
        return False
    return member.role in COUNCIL_LEVELS or (member.role or "").endswith("_minister")


def _same_actor(a: Actor, b: Actor, year: int | None = None) -> bool:
    if a.entity != b.entity:
        return False
    if a.name and b.name:  # both name a person: the person decides
        return a.name == b.name
    if _roles_agree(a, b):
        return True
    # one report names the person under one title («وزير الدولة لشؤون الدفاع حمد العطية»),
    # the other gives only another office the person held then («وزير الدفاع القطري»)
    named, other = (a, b) if a.name else (b, a)
    return bool(named.name) and holds_office(named.name, named.entity, other.role, year)


def _hosted_visit(visit: Candidate, pair: Candidate) -> bool:
    """Whether a visit without a host (a visitor and a destination) and a two-party event tell
    one contact: the visitor is one party and the other is the destination's state («وصل الأمير
    إلى عمّان» / «أجرى الأمير مباحثات مع الملك عبدالله الثاني»), held there (no city of
    another country)."""
    if visit.event_type != "VISIT" or len(visit.actors) != 1 or len(pair.actors) != 2:
        return False
    dest = visit.location_country
    if pair.location_country and pair.location_country != dest \
            and pair.location_name not in _country_names():
        return False
    (p1, p2), v = pair.actors, visit.actors[0]
    return (_same_actor(v, p1) and p2.entity == dest) or (_same_actor(v, p2) and p1.entity == dest)


def _same_parties(a: Candidate, b: Candidate) -> bool:
    if len(a.actors) != len(b.actors):
        return _hosted_visit(a, b) or _hosted_visit(b, a)
    day = _reference(a)
    year = day[0].year if day else None
    if len(a.actors) == 1:  # two visits without a host: the same visitor to the same country
        return a.location_country == b.location_country and _same_actor(
            a.actors[0], b.actors[0], year)
    (a1, a2), (b1, b2) = a.actors, b.actors
    return (_same_actor(a1, b1, year) and _same_actor(a2, b2, year)) or (
        _same_actor(a1, b2, year) and _same_actor(a2, b1, year))


def _named(c: Candidate) -> bool:
    """Both parties are named people (a visit without a host has only one)."""
    return len(c.actors) == 2 and all(x.name for x in c.actors)


def _late_copy(late: Candidate, early: Candidate) -> bool:
    """Whether `late`, dated its own paper's day, may be a wire story («اليوم») printed a day
    or two after the contact `early` is dated to (aleqtisadiya: «الليلة الماضية» on the 10th /
    alweeam: «اليوم» on the 11th, one meeting): its day then is the paper's, no better than an
    undated report's. Between the same named people on both sides, or between sides told alike
    (`_same_sides`: «استدعت وزارة خارجية البحرين القائم بأعمال السفارة الإيرانية», «أمس» in
    five papers, «مساء اليوم» in the next day's) when the later paper is the earlier one's day
    or the day after; so too, then, a copy naming both sides and an earlier report naming one of
    them alike and no one on the other side (`_covered`: «رئيس حزب القوات» / «سمير جعجع»)."""
    if not (late.event_date is not None and late.event_date == late.published
            and early.event_date is not None and early.event_date < late.event_date):
        return False
    if _named(late) and _named(early):
        return True
    return (early.published is not None
            and 0 <= (late.published - early.published).days <= 1
            and (_same_sides(late, early) or (_named(late) and _covered(early, late))))


def _covered(vague: Candidate, named: Candidate) -> bool:
    """`vague` names one side's person as `named` does and no one on the other side (which
    `named` names: «التقى الأمير فلان رئيس حزب القوات» / «... سمير جعجع»)."""
    if len(vague.actors) != 2:
        return False
    names = [x.name for x in vague.actors if x.name]
    return len(names) == 1 and names[0] in {x.name for x in named.actors}


def _same_sides(a: Candidate, b: Candidate) -> bool:
    """Both reports tell the same two parties alike: the same offices, and the same person named
    or nobody named, on each side (a person named in one report and not in the other may be
    told apart: that is `_named`'s case or none)."""
    if len(a.actors) != 2 or len(b.actors) != 2:
        return False
    xs, ys = (sorted(c.actors, key=lambda x: x.entity) for c in (a, b))
    return all((x.entity, x.role, x.name) == (y.entity, y.role, y.name)
               for x, y in zip(xs, ys, strict=True))


def _visitor_dest(c: Candidate) -> tuple[Actor, str | None] | None:
    """(visitor, destination country) of a VISIT: its first party, going to the named place's
    country, else to the host's."""
    if c.event_type != "VISIT":
        return None
    host = c.actors[1].entity if len(c.actors) == 2 and c.actors[1].state else None
    return c.actors[0], c.location_country or host


def _one_trip(a: Candidate, b: Candidate) -> bool:
    """Whether two visits are days of one trip: the same person's visit to the same country,
    named in one report at least (Obama in Kenya on the 24th and the 26th, «الرئيس الأمريكي» in
    the other; a minister's two-day stay): a visit lasts days, and outlets date it by the day
    each reports (arrival, talks, departure). It only widens the date tolerance: the parties
    of the two reports have matched already, in the event's year (`_same_parties`)."""
    va, vb = _visitor_dest(a), _visitor_dest(b)
    if va is None or vb is None or not va[1] or va[1] != vb[1]:
        return False
    (x, _), (y, _) = va, vb
    return bool(x.name or y.name) and _same_actor(x, y)


# The longest stay whose reports one cluster holds (`assign_clusters`): a visit's reports are
# dated by each outlet to the day it reports (arrival, talks on the second day, departure), so a
# cluster of one trip spans days; its span grows as reports join, within this bound.
TRIP_DAYS = 4
TRIP_TYPE = "VISIT"  # the type a trip's cluster holds; its family holds the trip's contacts


def match_reach(date_tolerance_days: int = 1, published_tolerance_days: int = 3) -> int:
    """The widest gap in days between two reports that may share a cluster: the tolerances,
    or a trip's span."""
    return max(date_tolerance_days, published_tolerance_days, TRIP_DAYS)


def _identified(x: Actor) -> bool:
    """A named person or a single office (a state's foreign minister), not a side, delegation,
    group or minister of no portfolio, which may be other people on other days."""
    return bool(x.name) or (x.role or GENERIC_ROLE) not in (
        GENERIC_ROLE, BARE_MINISTER, *PARTY_ROLES)


def trip_days(a: Candidate, b: Candidate, date_tolerance_days: int = 1,
              published_tolerance_days: int = 3, compat: Compatibility | None = None) -> bool:
    """Whether two reports that `mismatch` keeps apart on their dates alone may be days of one
    trip: contacts in person (a visit, its talks, its press conference) of the same identified
    people (`_identified`), each dated to the day, up to TRIP_DAYS apart, everything else
    matching. The pair alone is not enough: `assign_clusters` joins such reports only into a
    cluster that holds a visit (or when the new report is the visit) and a report within the
    tolerance of the new one."""
    compat = compat or load_compatibility()
    family = compat.family.get(TRIP_TYPE)
    if family is None or compat.family.get(a.event_type) != family \
            or compat.family.get(b.event_type) != family:
        return False
    if _loose(a) or _loose(b) or not (_all_identified(a) and _all_identified(b)):
        return False
    if mismatch(a, b, date_tolerance_days, published_tolerance_days, compat) != "date":
        return False
    (da, _), (db, _) = _reference(a), _reference(b)
    return abs((da - db).days) <= TRIP_DAYS and mismatch(a, b, TRIP_DAYS, TRIP_DAYS,
                                                         compat) is None


# How far back a report with no day of its own may reach for the contact it tells as past («استمع
# مجلس الوزراء إلى نتائج زيارة ...», «رحب بالبيان الصادر عقب اجتماع ...» in a weekly cabinet
# statement; «في أعقاب زيارته»): a week, and the day a statement of the week's last day is
# printed.
PAST_DAYS = 8


def _past_capable(c: Candidate) -> bool:
    """Whether `c` may be a later report of a past contact (`past_report`): a held contact with no
    day (not even a month), its paper's day known, between identified people of two parties
    (`_identified`), or an identified visitor's visit to a country."""
    if c.event_date is not None or c.published is None or c.status != "reported":
        return False
    if not matchable(c) or not _all_identified(c):
        return False
    return len({x.entity for x in c.actors}) == len(c.actors)


def past_report(late: Candidate, early: Candidate, date_tolerance_days: int = 1,
                published_tolerance_days: int = 3, compat: Compatibility | None = None,
                identified: bool = True) -> bool:
    """Whether `late`, a report with no day (`_past_capable`), may tell as past the contact that
    `early` reports in the PAST_DAYS before `late`'s paper, beyond the publication tolerance,
    everything else matching. The pair alone is not enough: `assign_clusters` joins such a
    report only to the one cluster dated to the day it reaches this way. With `identified`
    false, `early` may name no one («ولي ولي العهد», «الجانب المصري»): such a report only
    joins a cluster with another report it tells (`_past_cluster`)."""
    if not _past_capable(late):
        return False
    ref = _reference(early)
    if ref is None:
        return False
    day, _ = ref
    if not late.published - timedelta(days=PAST_DAYS) <= day < late.published:
        return False
    if identified and not _all_identified(early):
        return False
    compat = compat or load_compatibility()
    return mismatch(late, early, date_tolerance_days, published_tolerance_days,
                    compat) == "date" and mismatch(late, early, date_tolerance_days,
                                                   PAST_DAYS, compat) is None


def _month_ok(c: Candidate, other: date, tolerance: int) -> bool:
    """A month-precision date must contain the other's day, give or take the tolerance."""
    if c.event_date is None or c.date_precision != "month":
        return True
    first = c.event_date.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first - timedelta(days=tolerance) <= other < nxt + timedelta(days=tolerance)


def _same_month(a: Candidate, b: Candidate) -> bool:
    """Both reports date the contact to the same month only («التقيا في يونيو الماضي» in two
    papers days apart): each one's month holds the other's, whatever day either was printed
    (`_month_ok` would test each month against the other's publication day)."""
    return (a.date_precision == "month" and b.date_precision == "month"
            and a.event_date is not None and a.event_date == b.event_date)


def _location_conflict(a: Candidate, b: Candidate, compat: Compatibility) -> bool:
    if a.event_type in compat.ignore_location or b.event_type in compat.ignore_location:
        return False
    # A country named near a meeting is as often its topic («بحثا الأزمة في سوريا») as its
    # venue, so only two named places (cities) in different countries, or two different
    # cities, tell two events apart. A city too may be the topic, or a place the talks looked to
    # («تطويق الانتشار العسكري الإيراني» read as Tehran, «تحرير عدن», «دعوة لزيارة موسكو»): the same
    # named people on both sides in both reports, met on the same day (`_one_day_same_people`),
    # met in one place, whichever country each report's city lies in.
    countries = _country_names()
    cities = (a.location_name and b.location_name and a.location_name not in countries
              and b.location_name not in countries)
    if not cities:
        return False
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return not (_named(a) and _named(b) and _one_day_same_people(a, b))
    # (two cities of one country, each report giving it: a city of no known country may lie
    # abroad)
    one_country = bool(a.location_country and a.location_country == b.location_country)
    return a.location_name != b.location_name and not (one_country
                                                       and _one_day_same_people(a, b))


def _one_day_same_people(a: Candidate, b: Candidate) -> bool:
    """Both reports date a contact between the same named people on both sides (the parties have
    matched) to the same day: two cities of one country are then a dateline and the venue («واس
    - الرياض: استقبل خادم الحرمين في قصر السلام» / «في قصر السلام بجدة»), or a city and the
    region it lies in, not two contacts (two offices named without a person may be held by others
    in another city); named on both sides in both reports, two cities of two countries too (one
    of them the talks' topic). A side one report names and the other gives by the same single
    office alone («الملك سلمان» / «الملك المفدى») is the same person too."""
    ra, rb = _reference(a), _reference(b)
    if ra is None or rb is None or not (ra[1] and rb[1]) or ra[0] != rb[0]:
        return False
    if len(a.actors) != 2 or len(b.actors) != 2:
        return False
    # the sides as `_same_parties` matched them, in either order (both parties may be of one
    # state: then the entities alone do not tell which side is which)
    (a1, a2), (b1, b2) = a.actors, b.actors
    return any(all(x.entity == y.entity and _same_person_told(x, y) for x, y in pairs)
               for pairs in (((a1, b1), (a2, b2)), ((a1, b2), (a2, b1))))


def _same_person_told(x: Actor, y: Actor) -> bool:
    """Two reports' actors of one side (matched) are one person: both name the same person, or
    one names them and the other gives the same single office alone (`_identified`), which
    names nobody else on that day."""
    if x.name and y.name:
        return x.name == y.name
    named, other = (x, y) if x.name else (y, x)
    return bool(named.name) and not other.name and other.role == named.role \
        and _identified(other)


def _may_be_call(c: Candidate, compat: Compatibility) -> bool:
    """An in-person contact that may be a phone call another report tells (`_call_retold`): of a
    type a call is told by, held (not a plan), between two named people, dated to the day, no
    place named."""
    return (c.event_type in compat.call_told_as and c.status == "reported" and _named(c)
            and not _loose(c)
            and not c.location_name and not c.location_country)


def _call_retold(a: Candidate, b: Candidate, compat: Compatibility) -> bool:
    """Whether a phone call and an in-person contact are one contact: a report may tell a call
    by its talks or as a meeting («انتهت محادثات بين الرئيسين أمس», «أشار إلى لقائه بنظيره»),
    the other reporting the call itself («اتصال هاتفي»), between the same named people on both
    sides on the same day (`_one_day_same_people`), the in-person one naming no place (a
    meeting held somewhere is told there). The parties have matched."""
    if compat.call is None:
        return False
    call, other = (a, b) if a.event_type == compat.call else (b, a)
    return (call.event_type == compat.call and _may_be_call(other, compat) and _named(call)
            and _one_day_same_people(call, other))


def mismatch(a: Candidate, b: Candidate, date_tolerance_days: int = 1,
             published_tolerance_days: int = 3,
             compat: Compatibility | None = None) -> str | None:
    """None when the two events may be reports of one real-world event, else the first rule
    that separates them: parties, type, status, date, location."""
    compat = compat or load_compatibility()
    if not (matchable(a) and matchable(b)):
        return "unmatchable"
    if not _same_parties(a, b):
        return "parties"
    if not compat.types_ok(a.event_type, b.event_type) and not _call_retold(a, b, compat):
        return "type"
    if not compat.statuses_ok(a.status, b.status):
        return "status"
    (da, exact_a), (db, exact_b) = _reference(a), _reference(b)
    tolerance = date_tolerance_days if exact_a and exact_b else published_tolerance_days
    if exact_a and exact_b and (_late_copy(a, b) or _late_copy(b, a) or _one_trip(a, b)):
        tolerance = published_tolerance_days
    if abs((da - db).days) > tolerance or _told_before(a, b) or _told_before(b, a):
        return "date"
    if not (_same_month(a, b) or (_month_ok(a, db, tolerance) and _month_ok(b, da, tolerance))):
        return "date"
    if _location_conflict(a, b, compat):
        return "location"
    return None


def _told_before(held: Candidate, dated: Candidate) -> bool:
    """Whether `held`, a held contact with no date of its own, was printed two days or more
    before the day `dated` gives its contact: a paper tells no contact held after it (an undated
    mention of the Doha talks in a paper of the 8th is not the Moscow talks of the 11th between
    the same ministers). A visit is the exception: a report of a visit under way, printed on
    its first day, tells the trip's later days too, and a contact with no day told then may be
    held on the trip a later report dates by another day (its departure)."""
    if held.status != "reported" or held.event_date is not None or held.published is None:
        return False
    if TRIP_TYPE in (held.event_type, dated.event_type):
        return False
    ref = _reference(dated)
    return ref is not None and ref[1] and (ref[0] - held.published).days >= 2


def events_match(a: Candidate, b: Candidate, date_tolerance_days: int = 1,
                 published_tolerance_days: int = 3,
                 compat: Compatibility | None = None) -> bool:
    return mismatch(a, b, date_tolerance_days, published_tolerance_days, compat) is None


# ---------------------------------------------------------------------------------------------
# Blocking


def bucket_days(date_tolerance_days: int, published_tolerance_days: int) -> int:
    return max(7, match_reach(date_tolerance_days, published_tolerance_days) + 1)


def block_keys(c: Candidate, date_tolerance_days: int = 1, published_tolerance_days: int = 3,
               compat: Compatibility | None = None) -> list[tuple[tuple, bool]]:
    """[(bucket key, home?)]: key = (type family, party pair, date bucket). An event is home in
    its own bucket and a guest in the previous one when it lies within the tolerance of that
    bucket's end, so every pair close enough to match shares one bucket (where at least one of
    them is home): for contacts in person, reports up to a trip's span apart (`trip_days`); for
    a report with no day, the contacts of the PAST_DAYS before its paper (`past_report`).
    Unmatchable events get no key."""
    compat = compat or load_compatibility()
    family = compat.family.get(c.event_type)
    if family is None or not matchable(c):
        return []
    day, _ = _reference(c)
    width = bucket_days(date_tolerance_days, published_tolerance_days)
    reach = match_reach(date_tolerance_days, published_tolerance_days) \
        if family == compat.family.get(TRIP_TYPE) \
        else max(date_tolerance_days, published_tolerance_days)
    if _past_capable(c):  # it may tell a contact of the week before its paper (past_report)
        reach = max(reach, PAST_DAYS)
    ordinal = day.toordinal()
    bucket = ordinal // width
    pairs = [pair_key(c)]
    if len(c.actors) == 2 and family == compat.family.get("VISIT"):
        # a two-party contact may be the one a hostless visit tells (_hosted_visit): it is
        # keyed as each party's visit to the other's state too
        a1, a2 = c.actors
        pairs += [(a1.entity, f"@{a2.entity}"), (a2.entity, f"@{a1.entity}")]
    # an in-person contact that may be a phone call another report tells (`_call_retold`) is
    # keyed with the calls too
    families = [(family, pairs)]
    if _may_be_call(c, compat):
        families.append((compat.family[compat.call], [pair_key(c)]))
    keys = [((f, p, bucket), True) for f, ps in families for p in ps]
    guest = bucket - 1  # a guest in each earlier bucket whose last day is within its reach
    while ordinal - (guest + 1) * width < reach:
        keys += [((f, p, guest), False) for f, ps in families for p in ps]
        guest -= 1
    return keys


class Edge(NamedTuple):
    """Two reports that may tell one event: they match (`events_match`), or they match but for
    their dates, which may be two days of one trip (`trip`, `trip_days`), a contact and a
    later report with no day that tells it as past (`past`, `past_report`), or dates one day
    beyond the tolerance or a contact naming no one and such a later report (`slack`: only a
    report that is not a held contact dated to the day, or, in a trip's cluster, one naming no
    one on a side, may be so far from a cluster's new member, see `assign_clusters`)."""

    a: Candidate
    b: Candidate
    trip: bool = False
    past: bool = False
    slack: bool = False


def bucket_edges(members: Iterable[tuple[Candidate, bool]], date_tolerance_days: int = 1,
                 published_tolerance_days: int = 3,
                 compat: Compatibility | None = None) -> list[Edge]:
    """Matching pairs (and days of one trip) inside one bucket that involve a new event and at
    least one home member (old-old pairs are settled already; guest-guest pairs are settled in
    their home bucket)."""
    compat = compat or load_compatibility()
    items = sorted(members, key=lambda m: m[0].order)
    edges = []
    for i, (a, home_a) in enumerate(items):
        for b, home_b in items[i + 1:]:
            if not (home_a or home_b) or (a.cluster_id and b.cluster_id):
                continue
            if a.event_id == b.event_id:
                continue
            why = mismatch(a, b, date_tolerance_days, published_tolerance_days, compat)
            if why is None:
                edges.append(Edge(a, b))
            elif why == "date" and trip_days(a, b, date_tolerance_days,
                                             published_tolerance_days, compat):
                edges.append(Edge(a, b, trip=True))
            elif why == "date" and any(past_report(x, y, date_tolerance_days,
                                                   published_tolerance_days, compat)
                                       for x, y in ((a, b), (b, a))):
                edges.append(Edge(a, b, past=True))
            elif why == "date" and (mismatch(a, b, date_tolerance_days + 1,
                                             published_tolerance_days + 1, compat) is None
                                    or any(past_report(x, y, date_tolerance_days,
                                                       published_tolerance_days, compat,
                                                       identified=False)
                                           for x, y in ((a, b), (b, a)))):
                edges.append(Edge(a, b, slack=True))
    return edges


# ---------------------------------------------------------------------------------------------
# Clustering


def _loose(c: Candidate) -> bool:
    """Whether the event is not dated to the day (undated: its article's day stands in, or a
    month): an undated mention of an old contact or a story told over days matches reports
    days apart, so it tells little about which event they report."""
    ref = _reference(c)
    return ref is None or not ref[1]


def assign_clusters(edges: Iterable[Edge],
                    earlier: Mapping[str, str] | None = None) -> dict[str, str]:
    """event_id → event_cluster_id for the new events that have at least one match (the others
    start their own cluster: their id is their event_id). `earlier` maps the event_id of every
    event read back from the lake to its cluster id (its members in the look-back window).

    Complete linkage in ingestion order (`candidate`: a day's held contacts dated to the day
    first): a new event joins a cluster only when it matches every member, preferring a
    cluster holding a held contact dated to the day (`_firm`) over one of plans and undated
    reports (an undated report of Kerry's meeting with Lavrov in Malaysia matched both the
    cluster of their Doha talks two days before, a plan and an undated report, and the
    report dating the Kuala Lumpur meeting), then one with a member dated to the day over one
    made only of undated (or month-dated) reports (see `_loose`: an early undated mention, as
    often of an old contact as of this one, founds a cluster that would otherwise take every
    later report it matches, away from the cluster of the dated reports of the same contact),
    then clusters from earlier runs, then the earliest; otherwise it starts a cluster named
    after itself. Clusters already in the lake never change or merge, so re-runs keep every
    existing id; one ambiguous link cannot chain two different contacts (day 1 ~ day 2 ~ day
    3) into one event.

    A trip's reports are the exception (dates as a span): a report whose date keeps it from
    some members but is within a trip's span of them (`trip_days`) joins a cluster that holds a
    visit (or, itself a visit, the cluster of its trip's contacts) and a member it matches
    outright (its day is in or next to the cluster's days); the cluster's span grows as
    reports join, never beyond TRIP_DAYS (every pair is within it), and a cluster it fits
    outright is preferred. A member naming no one on a side (`_identified`: the officials who
    received the visitor at the airport) is no day of the trip but no other contact either: it
    may be a day beyond the tolerance (`slack`). Calls and meetings with no visit keep their days.

    A later report with no day that tells a contact as past (`past_report`: a weekly statement
    printed days after a meeting) joins, when no cluster dated to the day fits it outright, the
    one cluster dated to the day that it reaches, if every member of it is one it matches or
    tells (`_past_cluster`); a report dated to the day fits a cluster where such reports joined.

    A held contact dated to the day also fits a cluster whose every held contact dated to the
    day it matches, its other members (plans, reports with no day) being at most a day beyond
    the tolerance or a trip's span from it (`_firm_fit`); a cluster it fits outright is
    preferred.
    """
    adj: dict[str, set[str]] = {}
    days: dict[str, set[str]] = {}  # event_id → the reports that are other days of its trip
    back: dict[str, set[str]] = {}  # event_id → reports of one past contact, days apart
    nodes: dict[str, Candidate] = {}
    loose_days: dict[str, set[str]] = {}  # event_id → its `slack` edges
    for a, b, trip, past, slack in edges:
        nodes.setdefault(a.event_id, a)
        nodes.setdefault(b.event_id, b)
        links = days if trip else back if past else loose_days if slack else adj
        links.setdefault(a.event_id, set()).add(b.event_id)
        links.setdefault(b.event_id, set()).add(a.event_id)
    members: dict[str, list[str]] = {}
    rank: dict[str, tuple] = {}
    for node in sorted(nodes.values(), key=lambda n: n.order):
        if node.cluster_id:
            members.setdefault(node.cluster_id, []).append(node.event_id)
            rank.setdefault(node.cluster_id, (0, node.order))
    for eid, cid in sorted((earlier or {}).items()):
        if cid in members and eid not in members[cid]:
            members[cid].append(eid)
    out: dict[str, str] = {}
    for node in sorted((n for n in nodes.values() if not n.cluster_id), key=lambda n: n.order):
        near = adj.get(node.event_id, set())
        trip = days.get(node.event_id, set())
        slack = loose_days.get(node.event_id, set())
        past = back.get(node.event_id, set())
        # a report dated to the day also fits where the later reports with no day that tell
        # its contact as past have joined
        told = near | past if not _loose(node) else near
        fits = {}  # cluster id → whether `node` fits it only as another day of a trip
        for cid in {nodes[m].cluster_id or out.get(m) for m in near} - {None}:
            if all(m in told for m in members[cid]):
                fits[cid] = False
            elif all(m in told or m in trip or (m in slack and not _all_identified(nodes[m]))
                     for m in members[cid]) and any(
                    nodes[m].event_type == TRIP_TYPE for m in (*members[cid], node.event_id)):
                fits[cid] = True
            elif _firm(node) and _firm_fit(members[cid], told, trip | slack, nodes):
                fits[cid] = True
        if past and all(all(_loose(nodes[m]) for m in members[c]) for c in fits):
            told_past = _past_cluster(near, past, nodes, members, out, slack)
            if told_past is not None:
                fits = {told_past: False}
        if fits:
            # every member of a fitting cluster matched `node`, so all are in `nodes`
            cid = min(fits, key=lambda c: (not any(_firm(nodes[m]) for m in members[c]),
                                           all(_loose(nodes[m]) for m in members[c]), fits[c],
                                           rank[c]))
        else:
            cid = node.event_id
            rank[cid] = (1, node.order)
        members.setdefault(cid, []).append(node.event_id)
        out[node.event_id] = cid
    return out


def _all_identified(c: Candidate) -> bool:
    """Every party of the report is a named person or a single office (`_identified`)."""
    return all(_identified(x) for x in c.actors)


def _firm(c: Candidate) -> bool:
    """A held contact dated to the day (not a plan, not undated or dated to a month)."""
    return c.status == "reported" and not _loose(c)


def _firm_fit(cluster: list[str], told: set[str], close: set[str],
              nodes: Mapping[str, Candidate]) -> bool:
    """Whether a held contact dated to the day fits a cluster when it matches (`told`) every
    held contact dated to the day in it (one at least), the others (a plan, a report with no
    day) being at most a day beyond the tolerance or a trip's span from it (`close`): a plan's
    day is the one announced («اليوم وغدًا»), an undated report's its paper's, neither the
    contact's own."""
    if not all(m in told or m in close for m in cluster):
        return False  # every member is linked to the new report, so all are in `nodes`
    firm = [m for m in cluster if _firm(nodes[m])]
    return bool(firm) and all(m in told for m in firm)


def _past_cluster(near: set[str], past: set[str], nodes: Mapping[str, Candidate],
                  members: Mapping[str, list[str]], out: Mapping[str, str],
                  close: set[str]) -> str | None:
    """The cluster a report with no day joins as a later report of a past contact
    (`past_report`): the only cluster holding a report dated to the day that it reaches (by a
    match or as past), when every member of it is one it matches or tells as past, or, when it
    tells one member at least, `close` to it (a `slack` edge: a report of the contact that names
    no one, «ولي ولي العهد» / «الجانب المصري», is told with the rest); else None
    (two dated clusters of the pair in the week: which one it tells is unknown)."""
    dated = {nodes[m].cluster_id or out.get(m) for m in near | past
             if not _loose(nodes[m])} - {None}
    if len(dated) != 1:
        return None
    (cid,) = dated
    if all(m in near or m in past for m in members[cid]):
        return cid
    told = any(m in past for m in members[cid])
    return cid if told and all(m in near or m in past or m in close
                               for m in members[cid]) else None


def cluster_events(candidates: Iterable[Candidate], date_tolerance_days: int = 1,
                   published_tolerance_days: int = 3,
                   compat: Compatibility | None = None) -> dict[str, str]:
    """event_id → event_cluster_id for every new candidate (old ones, with cluster_id set, are
    context): the in-memory equivalent of the Beam composite, for tests and benchmarks."""
    compat = compat or load_compatibility()
    cands = list(candidates)
    buckets: dict[tuple, list] = {}
    for c in cands:
        for key, home in block_keys(c, date_tolerance_days, published_tolerance_days, compat):
            buckets.setdefault(key, []).append((c, home))
    edges = [e for key in sorted(buckets, key=repr) for e in bucket_edges(
        buckets[key], date_tolerance_days, published_tolerance_days, compat)]
    joined = assign_clusters(edges, {c.event_id: c.cluster_id for c in cands if c.cluster_id})
    return {c.event_id: joined.get(c.event_id, c.event_id) for c in cands if not c.cluster_id}


def cluster_run(new: Iterable[Candidate], earlier: Iterable[Candidate],
                date_tolerance_days: int = 1, published_tolerance_days: int = 3
                ) -> dict[str, str | None]:
    """event_id → event_cluster_id for each of a run's new candidates, given the lake's
    candidates of the look-back window (`earlier`, cluster_id set): what the batch composite
    (pipeline.events.cluster_transforms.ClusterEvents) computes, in memory. An event the lake
    already holds keeps its stored cluster id (a re-run)."""
    earlier = list(earlier)
    known = {c.event_id: c.cluster_id for c in earlier}
    new = list(new)
    fresh = [c for c in new if c.event_id not in known]
    joined = cluster_events(fresh + [c for c in earlier if c.cluster_id],
                            date_tolerance_days, published_tolerance_days)
    return {c.event_id: known[c.event_id] if c.event_id in known else joined[c.event_id]
            for c in new}
