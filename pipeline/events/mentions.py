"""Actor mentions in a sentence: tokens, sentences, and the gazetteer's people, titles,
countries, organisations and places grouped into actors with a country/org and a role.

Pure functions; no event logic (triggers.py types contacts, frames.py pairs actors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from configs import load_yaml
from pipeline.events import words as grammar
from pipeline.events.dates import WEEKDAYS, _date_keys
from pipeline.events.gazetteer import (
    FATHER_LINKS,
    Entry,
    adjective_forms,
    holds_office,
    load_gazetteer,
    load_lexicon,
    next_stop,
)
from pipeline.events.regions import REGION_WORDS, region_at
from pipeline.events.words import (
    ACCOMPANY_VERBS,
    AMBASSADOR_TITLES,
    CHAIR_DELEGATION_NOUNS,
    CHAIRED_WORDS,
    CLITIC_PHRASES,
    COMMON_GIVEN_NAME,
    COMPANIONS_END,
    CONTINUATION,
    DELEGATION_WORDS,
    FAMILY_NAME_FIRST,
    HONORIFIC_OBJECTS,
    KIN_WORDS,
    MESSAGE_NOUNS,
    MET_OBJECT_VERBS,
    NAME_HONORIFIC_ABBREVIATIONS,
    NAME_HONORIFICS,
    NAME_OPENERS,
    NAME_RANKS,
    NAMED_AFTER,
    NATIONALITY_NOUNS,
    NOT_GIVEN_NAMES,
    NOT_PLACE_PHRASES,
    OTHER_GIVEN_NAMES,
    PORTFOLIO_WORDS,
    PROVINCE_NOUNS,
    REPEATED_SUBJECT_VERBS,
    SPORT_COMPLEMENTS,
    SPORT_PEOPLE,
    STOP_WORDS,
    VISIT_DESTINATION,
    bare_forms,
    fold_spellings,
    in_words,
    without_conjunction,
    words_at_most,
)
from pipeline.events.words import ACTING_WORDS as ACTING
from pipeline.events.words import DEPUTY_OR_AIDE_WORDS as _DEPUTY_OR_AIDE_WORDS
from pipeline.events.words import DEPUTY_WORDS as _DEPUTY_BARE
from pipeline.events.words import DESTINATION_BEFORE_WORDS as _DESTINATION_BEFORE
from pipeline.events.words import DUAL_SIDE_TITLES as _DUAL_SIDES
from pipeline.events.words import FIRST_LADY_WORDS as _FIRST_LADY
from pipeline.events.words import HOST_OFFICIALS as _HOST_OFFICIALS
from pipeline.events.words import ROYAL_WORDS as _ROYAL_WORDS
from pipeline.events.words import STATE_FORM_NOUNS as _STATE_FORM_NOUNS
from pipeline.events.words import TRIP_COMPLEMENT_NOUNS as _TRIP_NOUNS
from pipeline.text.normalize import normalize_arabic

ROLE_PRIORITY = ("head_of_state", "head_of_government", "foreign_minister", "defense_minister",
                 "envoy", "organization_head", "minister", "official", "group")
# a state's offices: its heads, its ministers, and both (its government's offices)
HEADS = frozenset({"head_of_state", "head_of_government"})
MINISTER_ROLES = frozenset({"foreign_minister", "defense_minister", "minister"})
OFFICE_ROLES = HEADS | MINISTER_ROLES
_TOKEN = re.compile(r"\S+")
_GLUED_ILA = re.compile(r"^([\u0621-\u064A]{3,})إلى$")
# a proclitic written on a quotation mark or bracket before the name it governs («و«حماس»»,
# «لـ«الأمم المتحدة»»): normalising turns the mark into a space; the clitic is the name's
_QUOTED_CLITIC = re.compile(r"^(?:[وف][بل]?|[بلك])ـ*[«\"“'(]")
_PREPOSITIONS = grammar.NAME_PREPOSITIONS
# «لدى» after an office names where its holder serves («السفير لدى المغرب», «المندوب الدائم لدى
# الأمم المتحدة»), never whose office it is; between two offices the first serves the second
# («الوزير لدى رئيس الحكومة», «كاتب الدولة لدى وزير الخارجية»), no actor of its own
_HOST = normalize_arabic("لدى")
_PUNCT_END = frozenset("،,.:;!?؟-–—\"”»)")  # a token ending in one of these ends a clause
LINEAGE = FATHER_LINKS | {normalize_arabic("آل")}  # a father link, or the family's «آل»
_NAME_LINKS = FATHER_LINKS - {"ابن"}  # «بن», «بنت» inside a name («ابن الرئيس»: his son)
# a country name with the masculine «العربي» after it names a region, not the state: «المغرب
# العربي» is the Maghreb («مديرة منطقة المغرب العربي بالبنك الدولي»: no Moroccan official)
_REGION_ADJECTIVE = grammar.REGION_ADJECTIVE
# roles whose bare title («الوفد», «المبعوث») refers back to the one the text named before
ANAPHORIC = ("delegation", "envoy")
# offices a bare «الوزير» + nationality refers back to when the article named one before
MINISTRIES = ("foreign_minister", "defense_minister")
UNKNOWN_ORIGIN = ("?", "?")  # memory's mark for a delegation from a place the gazetteer lacks
NAMED_STATES = "named states"  # memory: states the text has named so far (names, adjectives)
NAMED_BEFORE = "named before"  # memory: (states named before this sentence, (word, state) of
# the states this sentence names)
_TIME_WORDS = frozenset(WEEKDAYS) | grammar.MENTION_TIME_WORDS
COUNCIL = grammar.COUNCIL_WORDS
# an honorific joined by و opens another person («الرئيس المصري ... وسمو ولي ولي العهد»):
# grammar.yaml `honorific_objects` and «صاحب»
_AND_HONORIFICS = frozenset("و" + w for w in HONORIFIC_OBJECTS | {normalize_arabic("صاحب")})
# dual titles: two people («يلتقي الرئيسان», «الاتصال بين الرئيسين»); with no nationality or
# name of their own they are no one actor (neither the outlet's head nor one named before)
DUAL_HEAD_TITLES = grammar.DUAL_HEAD_TITLES
ORG_PEOPLE = "org people"  # memory: (name, role) of the people of an organisation named so far
LAST_REGION = "last region"  # memory: the entry of the self-governing region named last
NAMED_ORGS = "named orgs"  # memory: code -> entry of each organisation the text named


@dataclass(slots=True)
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
    home: bool = False  # a bare title given the outlet's own country
    text: str = ""
    titled: bool = False  # role came from a title in the text
    clitic: str = ""  # prefix on the first word (ب، ل، و ...): marks an object
    entourage: bool = False  # «والوفد المرافق له»: travels with the actor before, meets no one
    grouped: bool = False  # one member of a group named back by number (groups.py)
    # the country of the non-state body (union, party, federation, business delegation) this
    # actor heads or stands for; None for a state's or an international organisation's actor
    body: str | None = None
    party: bool = False  # the body is a national party of the gazetteer (orgs.yaml country)
    ambassador: bool = False  # the mention's office is an ambassador's or a consul's
    collective: bool = False  # a plural title naming a state's officials (المسؤولين التونسيين)
    bloc: str | None = None  # one member of a named bloc (blocs.py): the bloc's code
    bare: bool = False  # a bare state name opposite a bloc (blocs.py): a party to it only
    # a bare state of a pair of states named as a contact's two sides (blocs.state_pairs): the
    # token of the construction; it pairs only with the other state of the same construction
    pair: int | None = None
    # the mention names an institution or body itself (وزارة الخارجية الروسية، الحكومة
    # اليونانية، بعثة صندوق النقد الدولي), not a person holding an office
    institution: bool = False
    # an organisation named bare after «مع» of a talks noun (blocs.talks_orgs): the token of
    # that مع; the organisations of one such list are one side and never pair with each other
    side: int | None = None
    # one of the organisations listed under one plural title («ممثلي صندوق النقد الدولي
    # والمفوضية الأوروبية والبنك المركزي الأوروبي»): the token of the list's first body; the
    # bodies of one list are one side of the contact and never pair with each other
    orglist: int | None = None
    # a state's side told by a dual noun and its adjective («الجانبين المصري والروسي»): what
    # may only tell again a contact of the two states' people
    dual_side: bool = False

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
    orgs: list[tuple[int, int, str]] = field(default_factory=list)  # bare organisation names
    adjs: list[tuple[int, str, bool]] = field(default_factory=list)  # unattached adjectives
    trigger_toks: set = field(default_factory=set)
    adverbials: set | None = None  # see _adverbial_toks
    found: tuple | None = None  # triggers.find_triggers' result, computed once
    # tokens of a phone interview («في اتصال هاتفي مع «الرياض»», «في تصريح هاتفي»), set with
    # `found`: a statement to a paper by phone, whose phone word types no contact as a call
    interview_toks: frozenset = frozenset()
    shared_surname: int | None = None  # where a surname two people of the text share stands
    # a crosshead: a short paragraph of its own with no full stop before the body's next one
    # («الجبير يلتقي كيري»), whose contact the body tells again
    crosshead: bool = False
    # the tokens' normalised words, made with the sentence (its tokens never change once it is
    # made): a plain attribute, read many times per sentence (a cached_property's first read
    # takes a lock all sentences share)
    norms: list[str] = field(init=False, repr=False, compare=False)
    # the tokens a punctuation mark follows («قبل يومين، من»: the comma parts the count of days
    # from what follows; dates.find_dates reads them)
    breaks: frozenset = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.norms = [t.norm for t in self.toks]
        self.breaks = frozenset(k for k, t in enumerate(self.toks) if t.punct)

    def actor_toks(self) -> set[int]:
        """The tokens inside the sentence's actor mentions: a new set each call (callers add
        to it), never cached (blocs, groups and summons still add and drop actors)."""
        return {k for a in self.actors for k in range(a.i, a.j)}



# ----------------------------------------------------------------------------- text helpers

# a line this long is a paragraph of its own, not a hard-wrapped line: a paragraph that ends
# without a full stop («... وخاصة العربية منها» then «من جهة اخرى وصل ...») is not continued
WRAPPED_LINE_MAX = 300
# a line ending in one of these (spaces after it aside) ends its sentence: = re «[.!?؟:]\s*$»
_LINE_END = frozenset(".!?؟:")


def _join_wrapped(text: str) -> str:
    """Undo hard line wrapping: a long line without final punctuation continues on the next."""
    lines = (text or "").split("\n")
    out = []
    last = ""
    for line in lines:
        prev = out[-1].strip() if out else ""
        # (the line's first word is normalised only when a short line before makes it count)
        if len(out) > 1 and prev and line.strip() \
                and (len(prev) >= 60
                     or normalize_arabic(line.strip().split(" ")[0]) in CONTINUATION) \
                and len(last.strip()) < WRAPPED_LINE_MAX \
                and out[-1].rstrip()[-1:] not in _LINE_END \
                and "تاريخ النشر" not in out[-1] + line:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        last = line
    return "\n".join(out)


# where a sentence ends: the spaces after . ! ? ؟ (or after one of them and a closing quote),
# else the point between one of them and a letter. The mark (and quote) is matched too, the
# cut being group 1 (the spaces) or else the empty point at the match's end: a scan for a
# mark jumps between the few marks of a paragraph (lookbehinds for the cut itself were tried
# at every character of it, and took most of the splitting's time; tests/test_events_speed.py
# keeps that plain form and checks both cut alike)
_SENTENCE_MARK = re.compile(r"[.!?؟][\"”»]?(\s+)|[.!?؟](?=[^\W\d_])")
# the abbreviated titles before a name («د.» دكتور, «م.» مهندس, «أ.» أستاذ, «أ.د.»): their
# full stop ends no sentence («استقبل المشرف العام على المركز د. عبدالله الربيعة ...»)
_FULL_STOP_END = re.compile(r"[.]$")
_TITLE_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(]))(?:[أا]\.)?[دمأا]\.$")


def _abbreviated_title(before: str) -> bool:
    """Whether the text `before` a full stop's split ends on an abbreviated title: not after a
    number («2015 م.», «1.115 د.»: a year's era, a currency) nor after a lone letter («م د.»:
    million dinars)."""
    m = _TITLE_ABBREVIATION.search(before)
    if m is None:
        return False
    if before[m.start() - 1:m.start()] == "(":
        return True  # «(د. ب. أ)»: an agency's initials in parentheses
    prev = before[:m.start()].split()
    return not prev or not (prev[-1][-1:].isdigit() or len(prev[-1]) == 1)


_TITLE_LETTERS = frozenset("دمأا")  # the letters _TITLE_ABBREVIATION ends on, before its «.»


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`: split at line breaks and at . ! ? ؟ before a space or a letter, or
    before a closing quote and a space («... في المطار." وكان التحالف قد بدأ ...»), except after
    an abbreviated title (_abbreviated_title)."""
    out = []
    append = out.append
    # (splitting at each «\n» gives the paragraphs of «\n+» plus empty ones, which add nothing)
    for para in (text or "").split("\n"):
        if "." not in para and "!" not in para and "?" not in para and "؟" not in para:
            part = para.strip()  # no mark _SENTENCE_MARK cuts after: one sentence
            if part:
                append(part)
            continue
        start = 0
        for m in _SENTENCE_MARK.finditer(para):
            end, after = m.span(1) if m.group(1) is not None else (m.end(), m.end())
            # an abbreviated title ends on a letter of _TITLE_LETTERS and a full stop: the
            # regex (which scans all the text before) is run only on such an ending
            if end - start >= 2 and para[end - 1] == "." and para[end - 2] in _TITLE_LETTERS \
                    and _abbreviated_title(para[start:end]):
                continue
            part = para[start:end].strip()
            if part:
                append(part)
            start = after
        part = para[start:].strip()
        if part:
            append(part)
    return out


def _token_words(raw: str) -> tuple[str, ...]:
    """The normalised words of one raw token (variant spellings folded: fold_spellings)."""
    words = fold_spellings(normalize_arabic(raw)).split()
    glued = _GLUED_ILA.match(raw) if raw.endswith("إلى") else None  # (its only ending)
    if glued and len(words) == 1:  # "قطرإلى جانب": a missing space before إلى
        words = [normalize_arabic(glued.group(1)), normalize_arabic("إلى")]
    elif len(words) == 1:
        words = list(_glued_and(words[0]))
    elif len(words) > 1 and words[0] in _ALIAS_CLITICS and _QUOTED_CLITIC.match(raw):
        words = [words[0] + words[1], *words[2:]]
    return tuple(words)


GLUED_KINDS = ("country", "place", "org")  # names split off a word run together with «و»
GLUED_MIN = 3  # letters at least on each side of the «و»


@lru_cache(maxsize=1)
def _name_edges() -> tuple[frozenset, frozenset]:
    """The first and the last words of the gazetteer's country, place and organisation names."""
    firsts, lasts = set(), set()
    for items in load_gazetteer().index.values():
        for toks, entry in items:
            if entry.kind in GLUED_KINDS:
                firsts.add(toks[0])
                lasts.add(toks[-1])
    return frozenset(firsts), frozenset(lasts)


def _glued_and(word: str) -> tuple[str, ...]:
    """A word of bad page text with the space before «و» lost between two names
    («الولايات المتحدةوروسيا» -> المتحده, وروسيا): split only where what comes before «و» ends a
    known name and what follows starts one; any other word comes back whole."""
    if "و" not in word[GLUED_MIN:-GLUED_MIN] or word in load_gazetteer().index:
        return (word,)
    firsts, lasts = _name_edges()
    for p in range(GLUED_MIN, len(word) - GLUED_MIN):
        if word[p] == "و" and word[:p] in lasts and word[p + 1:] in firsts:
            return word[:p], word[p:]
    return (word,)


TOKEN_CACHE = 1 << 17  # raw tokens remembered: 1,000 articles have about 70,000 distinct ones


@lru_cache(maxsize=TOKEN_CACHE)
def _token_parts(raw: str) -> tuple[tuple[str, ...], bool]:
    """(normalised words, whether punctuation ends it) of one raw token: a pure function of
    it, cached because the same words come back in every article (the cache never changes
    what it returns, so threads share it safely)."""
    return _token_words(raw), raw[-1] in _PUNCT_END


def tokenize(sentence: str) -> list[Tok]:
    toks: list[Tok] = []
    append = toks.append
    parts, tok = _token_parts, Tok
    raws = sentence.split()
    # str.split() cuts at the characters _TOKEN's \S+ stops at (both use str.isspace), and
    # is faster than a regex scan; each token's offset is found from the end of the one before,
    # or, when single spaces alone part them (nearly every sentence), one past that end
    find = None if " ".join(raws) == sentence else sentence.find
    end = -1 if find is None else 0
    for raw in raws:
        start = end + 1 if find is None else find(raw, end)
        end = start + len(raw)
        words, punct = parts(raw)
        if len(words) == 1:  # nearly every token: one word
            append(tok(words[0], start, end, punct))
        elif not words:  # punctuation alone ends the word before it
            if toks:
                toks[-1].punct = True
        else:
            last = len(words) - 1
            for k, w in enumerate(words):
                append(tok(w, start, end, punct and k == last))
    return toks


HEADLINE_MAX_WORDS = 20
LEAD_SENTENCE_MIN_WORDS = 4  # a shorter first «sentence» is a label («عاجل.») or an initial


def _is_headline(paras: list[str]) -> bool:
    """A short first paragraph without a final full stop is the headline (its event is the
    body's again), unless a full stop inside it ends a whole sentence: then it is the lead,
    its line break lost («حل X بباريس في زيارة رسمية .بدعوة من نظيره ...»)."""
    first = paras[0].strip()
    if len(paras) < 2 or not words_at_most(first, HEADLINE_MAX_WORDS) \
            or _FULL_STOP_END.search(first):
        return False
    parts = split_sentences(first)
    return len(parts) < 2 or len(parts[0].split()) < LEAD_SENTENCE_MIN_WORDS


# ----------------------------------------------------------------------------- mentions

def _role_for_year(person: dict, year: int | None, prefer: tuple = ()) -> str | None:
    """The office a person held in `year` (the first listed where two overlap, unless a generic
    title names one of them: «الرئيس أردوغان» in 2014 is the president, not the prime
    minister), else the office held last (the latest end, an open one last of all; the first
    listed on a tie: Bouteflika, president and defence minister until 2019, is the president
    after it)."""
    office = _office_for_year(person, year, prefer)
    return office[0] if office else None


def _held(person: dict, year: int | None) -> list[tuple]:
    if year is None:
        return []
    return [r for r in person["roles"] if (r[1] or 0) <= year <= (r[2] or 9999)]


def _office_for_year(person: dict, year: int | None, prefer: tuple = ()) -> tuple | None:
    """The (role, start, end, country, org) entry `_role_for_year` chooses; None in a year
    before the first office the person is known to have held."""
    roles = person["roles"]
    if not roles:
        return None
    held = _held(person, year)
    for office in held:
        if office[0] in prefer:
            return office
    if not held and _before_any_office(person, year):
        return None  # «روبيو» in 2015: no office yet; none of those he would hold later
    return held[0] if held else max(roles, key=lambda r: 9999 if r[2] is None else r[2])


def _affiliation(person: dict, year: int | None, role: str | None = None) -> tuple:
    """(country, org) a person acts for in `year`: that of the office with `role` held then,
    else of the office `_role_for_year` chooses (Al Zayani: the GCC until 2020, Bahrain after)."""
    office = next((r for r in _held(person, year) if r[0] == role), None) \
        or _office_for_year(person, year)
    if office is None:
        return person["country"], person["org"]
    return office[3], office[4]


def _before_any_office(person: dict, year: int | None) -> bool:
    """Whether `year` is before every office the gazetteer knows the person held: a text of
    then does not name him by one word alone («السوداني» in 2015 is Sudan's adjective)."""
    return year is not None and bool(person["roles"]) and all(
        (r[1] or 0) > year for r in person["roles"])


def _after_every_office(person: dict, year: int | None) -> bool:
    """Whether `year` is after the last office the gazetteer knows the person held (every one
    ended before it): a former holder, or one who has died (Nayef bin Abdulaziz, 2012)."""
    return year is not None and bool(person["roles"]) and all(
        r[2] is not None and r[2] < year for r in person["roles"])


def _by_year(entries: list[Entry], year: int | None, before: Entry | None = None,
             named: frozenset[str] = frozenset()) -> Entry:
    """Of people who share a spelling (كاسترو), the only one the text named in full before
    (`named`) when no title or nationality stands right before it; else the first holding an
    office in `year`; of several holding one then, first the one of the state that the title
    or nationality right before (`before`) names («الرئيس الغامبي بارو», not France's foreign
    minister of the same year), then the only one of them the text named in full before
    (`named`: «أداما بارو ... وقال بارو»), then one holding the office of the title right
    before («الرئيس بارو»)."""
    people = [e for e in entries if e.kind == "person"]
    full = [e for e in people if e.en in named]
    if before is None and len(full) == 1:
        # «الزعيم الكوبي فيدل كاسترو ... التقى كاسترو» in 2016: the one of them the text named
        # in full, though another held the office that year
        return full[0]
    held = [e for e in people if _held(e.person, year)]
    if len(held) < 2:
        return held[0] if held else people[0]
    state = before.code if before is not None else None
    role = before.role if before is not None and before.kind == "title" else None
    full = [e for e in full if e in held]
    return next((e for e in held if state and e.code == state), None) \
        or (full[0] if len(full) == 1 else None) \
        or next((e for e in held if role and any(r[0] == role for r in _held(e.person, year))),
                held[0])


_ALIAS_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ك")


_ALIAS_CLITICS_BY_LETTER = {c[0]: tuple(x for x in _ALIAS_CLITICS if x[0] == c[0])
                            for c in _ALIAS_CLITICS}


def _strip_clitic(tok: str, words) -> tuple[str, str] | None:
    """(word, clitic) when `tok`, or `tok` less a clitic, is one of `words`."""
    if not words:
        return None
    if tok in words:
        return tok, ""
    for c in _ALIAS_CLITICS_BY_LETTER.get(tok[:1], ()):
        if tok.startswith(c) and len(tok) > len(c) + 2 and tok[len(c):] in words:
            return tok[len(c):], c
    return None


def _surname_alias(alias: tuple[str, ...], gaz) -> str | None:
    """The last word of a person's name given in full (آشتون كارتر → كارتر), which later
    mentions in the same article may use alone; None when that word is no surname: a lineage
    link before it (محمد بن سلمان, آل نهيان: the whole family), an ordinal (عبدالله الثاني), a
    function word, or a word the gazetteer knows as something else (a title, a country, a
    one-word alias), not only as the given name of other people's full names, or a given
    name so common it opens many of them (`COMMON_GIVEN_NAME`, grammar.yaml common_given_name)."""
    if len(alias) < 2 or alias[-2] in LINEAGE:
        return None
    if alias[-2] in _COMPOUND_OPENERS and (len(alias) == 2 or alias[-3] in LINEAGE):
        # «عبد العزيز» is one compound given name, and «مقرن بن عبد العزيز» ends on his
        # father's, which other sons carry too («سلمان بن عبد العزيز»): its second half
        # («العزيز») names neither alone
        return None
    last = alias[-1]
    if (len(last) < 3 or last in gaz.not_surnames or last in STOP_WORDS
            or last in CONTINUATION or last in _date_keys()):
        return None
    if gaz.index.get(last) and not (
            _given_only(last, gaz) and last not in FAMILY_NAME_FIRST and (
            _name_openings(last, gaz) <= COMMON_GIVEN_NAME or any(
                e.kind == "person" and toks == alias and (e.en, last) in _titled_surnames()
                for toks, e in gaz.index.get(alias[0], ())))):
        return None
    # a word the gazetteer knows only as the given name opening other people's names («هادي»
    # of «هادي البحرة», «عباس» of «عباس عراقجي», «ياسين» of «ياسين إبراهيم») is still the
    # surname of the person named in full: «رياض ياسين ... وقال ياسين», «عبد ربه منصور هادي
    # ... واستقبل هادي»; those other people's full names match first. A given name that
    # opens more than COMMON_GIVEN_NAME of its names («أحمد», «محمد», «علي») opens too many
    # other people's names in any text to name him alone, unless the gazetteer lists him by
    # his title and that word; a family name that opens names (grammar.yaml
    # family_name_first) ending one is a syllable of a given name («بان كي مون»)
    return last


def _name_openings(word: str, gaz) -> int:
    """How many people's names of more than one word the gazetteer opens with `word`."""
    return len({e.en for toks, e in gaz.index.get(word, ()) if e.kind == "person"
                and len(toks) > 1})


def _given_only(word: str, gaz) -> bool:
    """Whether the gazetteer knows `word` only as the first word of people's names of more
    than one word (a given name: «هادي البحرة», «الهادي المجدوب»), as no alias of its own, no
    title, place or country."""
    entries = gaz.index.get(word, ())
    return bool(entries) and all(e.kind == "person" and len(toks) > 1 for toks, e in entries)


@lru_cache(maxsize=1)
def _titled_surnames() -> frozenset[tuple[str, str]]:
    """(person, word) for every person the gazetteer lists by a title and one word of his
    name («الرئيس هادي», «الرئيس عباس», «الملك سلمان»): that word names him alone."""
    gaz = load_gazetteer()
    return frozenset((e.en, toks[1]) for entries in gaz.index.values() for toks, e in entries
                     if e.kind == "person" and len(toks) == 2 and any(
                         x.kind == "title" and tt == toks[:1]
                         for tt, x in gaz.index.get(toks[0], ())))


def _surname_claims(alias: tuple[str, ...], gaz) -> list[str]:
    """The words that name alone the person named in full by `alias`, in the same sentence
    or the sentences after: its surname (`_surname_alias`) and that surname with or without
    the article unless a given name; none when the surname is a common word, except a
    definite one («العربي» of «نبيل العربي»), which names him only as written and only where
    no definite noun or possessed noun stands before it (`find_mentions`: «العمل العربي»,
    «وطننا العربي» are adjectives, no mention of him)."""
    if len(alias) > 1 and alias[0] in FAMILY_NAME_FIRST:
        # «شي جين بينغ» → «شي»: a Chinese or Korean family name opens the name (grammar.yaml
        # family_name_first); it names him alone only as written
        return [alias[0]]
    surname = _surname_alias(alias, gaz)
    if surname is None:
        return []
    if gaz.index.get(surname):
        return [surname]  # a given name of others («هادي», «عباس»): only as written
    if not _definite(surname) and not _common_word(surname, gaz, known=False) \
            and not _common_word(_DEFINITE + surname, gaz):
        # an indefinite foreign surname («بينس», «صالحي»): a name the gazetteer knows inside
        # it (ب + ينس, صالح + ي) makes no common word of it, unlike «العربي» (العربية) or
        # «اسلامي» (الإسلامي)
        return [surname] + [f for f in _surname_forms(surname, gaz)
                            if f != surname and f not in _given_names()]
    forms = [f for f in _surname_forms(surname, gaz) if f == surname or f not in _given_names()]
    if surname not in forms and _definite(surname) and surname != _GOD and alias[-2] not in \
            _COMPOUND_OPENERS and not any(
            surname in words for words in (STOP_WORDS, CONTINUATION, LINEAGE, _TIME_WORDS,
                                           _PREPOSITIONS, gaz.not_surnames, _date_keys())):
        # a definite surname that is also a common word («العربي» of «نبيل العربي»,
        # «الأحمر», «الشامي»; not «الله» ending a compound, nor an ordinal): only as written
        return [surname]
    return forms if surname in forms else []


def _claim_surname(table: dict, form: str, person: dict) -> None:
    """`form` names `person` in `table`, unless another person (another name) took it before:
    a surname two people share names neither (None), even when one of them is named again."""
    old = table.get(form, person)
    table[form] = person if old is not None and old["en"] == person["en"] else None


TITLED_SURNAMES = "titled surnames"  # memory: surnames of unknown people named after a title
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
_DEFINITE = normalize_arabic("ال")
WORD_SURNAMES = "word surnames"  # memory: surnames claimed that are also common words
_GOD = normalize_arabic("الله")  # the end of a compound name (عبد الله، نصر الله), never alone


# lexicon keys of given names (or words read as none) and honorifics inside a name: their
# words are no common words
NAME_LIST_KEYS = ("other_given_names", "not_given_names", "name_honorifics", "family_name_first")


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word of the event lexicons (triggers, cues, status, grammar words): common words
    that are never taken for a surname."""
    from pipeline.events.gazetteer import LEXICON_DIR

    words: set[str] = set()

    def walk(x) -> None:
        if isinstance(x, str):
            words.update(normalize_arabic(x).split())
        elif isinstance(x, dict):
            for k, v in x.items():
                if k in NAME_LIST_KEYS:
                    continue
                walk(k)
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        data = load_yaml(path)
        if isinstance(data, dict):
            # the rules' own word lists are no common words (grammar.yaml rule_word_lists)
            own = set(data.get("rule_word_lists") or ())
            data = {k: v for k, v in data.items() if k not in own}
        walk(data)
    return frozenset(words)


def _common_word(word: str, gaz, known: bool = True) -> bool:
    """A word that is no surname of its own: a function word, a word of the lexicons, a
    date word, or (`known`) one the gazetteer knows (a title, a place, a country, a name's
    part: a given name the gazetteer knows may still open an unknown person's name)."""
    if len(word) < 3 or not _ARABIC_WORD.match(word):
        return True
    stems = {word}
    for c in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
        if word.startswith(c) and len(word) > len(c) + 1:
            stems.add(word[len(c):])  # «واتفق»: a conjunction or preposition glued to a word
    for stem in list(stems):
        for p in ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي", "ا"):
            if stem.endswith(p) and len(stem) > len(p) + 1:
                # «معه», «عليها»: a pronoun on a preposition; «ملكا», «ردا»: the accusative
                stems.add(stem[:-len(p)])
    if known and (any(gaz.index.get(w) or w in _gazetteer_words() for w in stems)
                  or word.endswith("ي") and word + "ه" in _gazetteer_words()):
        return True  # «العربي»: an adjective whose feminine is a word of a name (العربية)
    return any(w in STOP_WORDS or w in CONTINUATION or w in LINEAGE
               or w in gaz.not_surnames or w in _date_keys() or w in _lexicon_words()
               or w in _TIME_WORDS or w in _PREPOSITIONS for w in stems)


@lru_cache(maxsize=1)
def _gazetteer_words() -> frozenset[str]:
    """Every word of the gazetteer's names that are no person's (titles, places, countries,
    bodies, adjectives)."""
    gaz = load_gazetteer()
    return frozenset(w for entries in gaz.index.values() for toks, e in entries
                     if e.kind != "person" for w in toks)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """First words of the gazetteer's people's names in two or more words (جون، آن، مسعود,
    بيتر ...): what opens a name the gazetteer does not know."""
    gaz = load_gazetteer()
    return frozenset(toks[0] for entries in gaz.index.values() for toks, e in entries
                     if e.kind == "person" and len(toks) >= 2 and not _definite(toks[0]))


@lru_cache(maxsize=1)
def _bare_given_names() -> frozenset[str]:
    """Words that are only given names: the first words of the gazetteer's people's names
    (`_given_names`) and grammar.yaml `other_given_names`, less every word that is also a
    function word, a lexicon word, a word of a name that is no person's, a one-word alias (a
    surname: «لقاء ترامب بوتين»), a lineage word or a compound's opener («عبد», «أبو»)."""
    gaz = load_gazetteer()
    surnames = frozenset(toks[0] for entries in gaz.index.values() for toks, e in entries
                         if e.kind == "person" and len(toks) == 1)
    return frozenset(w for w in _given_names() | OTHER_GIVEN_NAMES
                     if len(w) > 1 and w not in STOP_WORDS and w not in _lexicon_words()
                     and w not in NOT_GIVEN_NAMES
                     and w not in _gazetteer_words() and w not in surnames
                     and w not in LINEAGE
                     and w not in _COMPOUND_OPENERS and w not in _date_keys()
                     and w not in gaz.not_surnames)


@lru_cache(maxsize=1)
def _own_name_words() -> dict[str, frozenset[str]]:
    """Every word of each gazetteer person's names, by the person's English name."""
    words: dict[str, set[str]] = {}
    for entries in load_gazetteer().index.values():
        for toks, e in entries:
            if e.kind == "person":
                words.setdefault(e.en, set()).update(toks)
    return {en: frozenset(w) for en, w in words.items()}


def _skeleton(word: str) -> str:
    """A name less its long vowels after the first letter («فرانسوا» -> «فرنس»)."""
    return word[:1] + "".join(c for c in word[1:] if c not in "اوي")


def _variant_of(word: str, own) -> bool:
    """Whether `word` is another spelling of one of the names `own` («جون» for «جو», «مارك»
    for «ماركو», «فرنسوا» for «فرانسوا»): the two share their first three letters (all of the
    shorter's, if less), or the first three (at least two) letters of their skeletons."""
    bare = _skeleton(word)
    for w in own:
        k = min(3, len(w), len(word))
        if len(w) > 1 and word[:k] == w[:k]:
            return True
        other = _skeleton(w)
        k = min(3, len(other), len(bare))
        if k >= 2 and bare[:k] == other[:k]:
            return True
    return False


def _lineage_surname(norms: list[str], i: int, n: int, clitic: str, person: dict) -> bool:
    """Whether a two-word alias at token i is the person's family name with «بن/ابن/آل» («بن
    مبارك», «بن دغر»: the end of «أحمد عوض بن مبارك»; «آل ثاني»), which the text uses as a
    surname alone; not a given name «بن» (Ben Wallace's «بن والاس» is his whole name)."""
    if n != 2 or norms[i][len(clitic):] not in LINEAGE:
        return False
    own = _own_name_words().get(person["en"], frozenset())
    return any(w not in LINEAGE and w != norms[i + 1] for w in own)


def _namesake_before(norms: list[str], i: int, clitic: str, person: dict) -> bool:
    """Whether the surname the gazetteer knows alone at token i (no clitic of its own) names
    someone else of the family: after a given name that is none of the person's own names
    («ميشيل أوباما», «إيفانكا ترامب»; not «باراك أوباما», «حسين أوباما») or after a kinship
    noun («نجل ترامب», «زوجة أوباما»). A title, a verb or a noun before it («الرئيس أوباما»,
    «التقى أوباما», «إدارة أوباما») leaves him named; so does a father's name after one of his
    own given names («بشر هاني الخصاونة»)."""
    if i == 0 or clitic:
        return False
    prev = norms[i - 1]
    if in_words(prev, KIN_WORDS, "وفلب"):
        return True
    given = _bare_given_names()
    if prev in given:
        bare = prev
    elif prev[:1] in "وف" and len(prev) > 3 and prev[1:] in given:
        bare = prev[1:]  # «وميشيل أوباما»
    else:
        return False
    own = _own_name_words().get(person["en"], frozenset())
    if bare in own or _variant_of(bare, own) or i >= 2 and norms[i - 2] in own:
        return False
    return True


# what a title-only adjective may follow right after (countries.yaml title_adjectives)
_TITLE_KINDS = frozenset({"title", "counterpart", "dhead"})


def _own_title_before(norms: list[str], i: int, raw: list, person: dict) -> bool:
    """Whether a title, with or without his state's name or nationality, ends right before the
    given name before his surname at token i («بوزير خارجية مصر، حسن شكري», «وزير الخارجية
    الأوكراني باولو كليمكين»): the office holder under a name written wrong, not a relative;
    unless a kinship noun or «السيدة» opens it («حرم الرئيس الأمريكي ميشيل أوباما»)."""
    if not raw or raw[-1][1] != i - 1:
        return False
    start, _end, entry = raw[-1]
    titled_adj = entry.kind == "adj" and len(raw) >= 2 and raw[-2][1] == start \
        and raw[-2][2].kind in ("title", "dhead")  # «وزير الخارجية الأوكراني», not «القطري»
    if entry.kind not in ("title", "country", "dhead") and not titled_adj or not entry.code \
            or entry.code not in (person.get("country"), person.get("org")):
        return False
    if titled_adj:
        start = raw[-2][0]
    before = norms[max(0, start - 3):start]
    return not any(in_words(w, KIN_WORDS, "وفلب") or w in _FIRST_LADY for w in before)


_GIVEN_MADDA = grammar.GIVEN_MADDA
_COMPOUND_OPENERS = grammar.COMPOUND_OPENERS


def _name_after_title(norms: list[str], toks: list, j: int, gaz,
                      text: str = "") -> list[str] | None:
    """The words of a full name the gazetteer does not know right after a title's mention
    ending at `j` («مساعدة وزير الخارجية الأمريكي آن باترسون» → آن باترسون): two or three
    words, none known to the gazetteer nor a common word, the first one indefinite (a given
    name), up to punctuation or a word that is no name's. The name may also stand in
    apposition after a comma that closes the title or its portfolio (_apposition_start), then
    closed by a comma or the sentence's end."""
    if j == 0:
        return None
    k = j
    if toks[j - 1].punct or j < len(norms) and norms[j] in PORTFOLIO_WORDS:
        # the name in apposition between commas after the title or its portfolio
        # («مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط، آن باترسون، التي ...»)
        k = _apposition_start(norms, toks, j, text)
        if k is None:
            return None
    enclosed = k > j or toks[j - 1].punct
    words = []
    while k < len(norms) and len(words) < 4:
        w = norms[k]
        madda = not words and text[toks[k].start:toks[k].start + 1] == "آ" and w in _GIVEN_MADDA
        if gaz.match_clitic(norms, k)[0] or not madda and _common_word(w, gaz, known=False):
            break  # «آن»: a given name, spelt with the madda, not the particle «أن» the
            # normalised form also spells
        words.append(w)
        k += 1
        if toks[k - 1].punct:
            break
    if (len(words) < 2 or len(words) > 3 or words[0].startswith(_DEFINITE)
            or words[0] not in _given_names() or words[-2] in _COMPOUND_OPENERS
            or len(words) == 3 and words[1] not in _given_names()
            or words[-1].startswith("و")
            or len(words) == 2 and _definite(words[1]) and words[1].endswith("ه")):
        # a name opens with a given name (and a father's name, when three words); «عبد
        # الله», «أبو ريدة» are one compound; «والبحوث»: a conjunction opens no surname;
        # «بيت الزكاة»: a noun in construct with a definite feminine noun, no name
        return None
    if k < len(norms) and not toks[k - 1].punct and not (
            norms[k] in STOP_WORDS or norms[k] in _PREPOSITIONS or norms[k] == "في"
            or gaz.match_clitic(norms, k)[0]):
        return None  # the name runs on into words the rule cannot tell apart
    if enclosed and k < len(norms) and not _comma_after(toks, k - 1, text):
        return None  # an apposition closes with its comma
    return words


APPOSITION_PORTFOLIO = 4  # words at most of a title's portfolio («لشؤون الشرق الأوسط») before
# the comma that opens a name in apposition


def _comma_after(toks: list, k: int, text: str) -> bool:
    """Whether token k ends on a comma (Arabic or Latin): its span keeps the punctuation
    that follows the word («الأمريكي،»)."""
    return toks[k].punct and text[toks[k].start:toks[k].end].rstrip()[-1:] in ("،", ",")


def _apposition_start(norms: list[str], toks: list, j: int, text: str) -> int | None:
    """The token after the comma that closes a title (at j-1) or its portfolio in ل («لشؤون
    الشرق الأوسط،», at most APPOSITION_PORTFOLIO words): where a name in apposition opens;
    None when no comma ends either within reach."""
    if toks[j - 1].punct:
        return j if _comma_after(toks, j - 1, text) else None
    for k in range(j, min(j + APPOSITION_PORTFOLIO, len(norms))):
        if toks[k].punct:
            return k + 1 if _comma_after(toks, k, text) else None
    return None


def _surname_forms(word: str, gaz) -> list[str]:
    """A surname and its form with or without the article («البارزاني», «بارزاني»)."""
    if word.startswith(_DEFINITE):
        forms = [word, word[len(_DEFINITE):]]
    else:
        forms = [word, _DEFINITE + word]
    return [f for f in forms if len(f) >= 3 and not _common_word(f, gaz)]


def _after_definite_noun(norms: list[str], i: int, clitic: str, raw: list) -> bool:
    """Whether the definite word at `i` (no clitic on it) follows a definite word that is
    no title ending there («الوزير البارزاني»), no honorific of a name («الدكتور الربيعة»:
    grammar.yaml name_honorifics, which `_lexicon_words` leaves out) nor a word of the
    lexicons (التقى; a rank, «اللواء العسيري», is one: grammar.yaml name_ranks): an
    adjective, not a name («الوقت الحالي», «الرئيس المصري الحالي»)."""
    prev = norms[i - 1] if i > 0 else ""
    bare = without_conjunction(prev)
    return (not clitic and _definite(norms[i]) and _definite(prev)
            and bare not in _lexicon_words() and bare not in NAME_HONORIFICS
            and not (raw and raw[-1][1] == i
                     and raw[-1][2].kind in ("title", "fixed", "skip", "dhead")))


_POSSESSIVE_ENDINGS = tuple(normalize_arabic(p) for p in ("نا", "ها", "هم", "كم", "ه"))


def _possessed_noun(word: str, written: str = "") -> bool:
    """Whether a (normalised) indefinite word of more than four letters ends in a possessive
    pronoun («شعبنا», «لوطنه»): a definite noun in all but form, which a definite adjective
    may follow. `written`, the word as the text writes it, tells a feminine «ة» («سياسة»,
    normalised «سياسه») from the pronoun «ه»: a noun in construct, no possessed one."""
    return (not _definite(word) and len(word) > 4 and word.endswith(_POSSESSIVE_ENDINGS)
            and word not in _lexicon_words()
            and not _VOWEL_MARKS.sub("", written).endswith("ة"))


def _adjective_after_noun(norms: list[str], i: int, clitic: str, raw: list) -> bool:
    """Whether the definite word at i (no clitic) follows a definite word that is no
    nationality, state, place or person ending there: an adjective of that noun («الجيش
    السوداني»), not a surname standing alone («رئيس الوزراء العراقي السوداني»)."""
    if clitic or i == 0 or not _definite(norms[i]) or not _definite(norms[i - 1]):
        return False
    return not (raw and raw[-1][1] == i and raw[-1][2].kind in (
        "adj", "orgadj", "country", "place", "region", "person", "org"))


def _remember_titled_name(norms: list[str], toks: list, actor: Actor, memory: dict,
                          gaz, text: str = "") -> None:
    """A title with a full name after it the gazetteer does not know: the name's last word
    names that actor (its state or body and role) again later in the text («التقت باترسون»),
    unless it is a common word, a word the gazetteer knows, or a surname the text already
    gave someone (a known person's, or another titled one's: then it names neither)."""
    if any(w in _ROYAL_WORDS for w in norms[actor.i:actor.j]):
        return  # «الملك عبدالعزيز بجازان»: a royal's name is his given name and his father's
    words = _name_after_title(norms, toks, actor.j, gaz, text)
    if words is None:
        return
    if _common_word(words[-1], gaz):
        return
    forms = _surname_forms(words[-1], gaz)
    if not forms or forms[0] != words[-1]:
        return
    aliases = memory.setdefault("aliases", {})
    mine = memory.setdefault(TITLED_SURNAMES, {})
    role = actor.role
    person = {"en": " ".join(words), "country": actor.country, "org": actor.org,
              "roles": ((role, None, None, actor.country, actor.org),), "region": None}
    for form in forms:
        old = aliases.get(form)
        if form not in aliases and form not in mine:
            aliases[form] = person
            mine[form] = person
        elif old is not None and old is mine.get(form) and old["en"] != person["en"]:
            del aliases[form]  # two people of the text share it: it names neither


GIVEN_NAMES = "given names"  # memory: first name of a person named in full -> that person
_ABD = normalize_arabic("عبد")


def _given_name(alias: tuple[str, ...], clitic: str, gaz) -> str | None:
    """The first name of a person the text named in full with an ordinal or a lineage after
    it (عبدالله الثاني, محمد بن سلمان → «عبدالله», «محمد»; «عبد الله» is written as one
    word), which a later «الملك عبد الله» after a title may use alone; None for a first name
    the gazetteer knows as something else or a function word."""
    words = list(alias)
    if not words:
        return None
    if clitic and words[0].startswith(clitic):
        words[0] = words[0][len(clitic):]
    k = 2 if words[0] == _ABD else 1
    if len(words) <= k or (words[k] not in LINEAGE and words[k] not in gaz.not_surnames):
        return None
    given = "".join(words[:k])
    if len(given) < 3 or given in STOP_WORDS or any(
            len(toks) == 1 for toks, _ in gaz.index.get(given, ())):
        return None
    return given


def _given_after_title(norms: list[str], i: int, raw: list, memory: dict,
                       gaz, toks: list | None = None) -> tuple[int, dict] | None:
    """(length, person) of a bare first name right after a title («الملك عبد الله» after
    «الملك عبدالله الثاني»): the one person the text named in full with that first name,
    unless a lineage, an ordinal or another name follows (then it is someone else's full name:
    `_other_name_after`)."""
    given = memory.get(GIVEN_NAMES)
    if not given or not raw or raw[-1][1] != i or raw[-1][2].kind != "title":
        return None
    n = 2 if norms[i] == _ABD and i + 1 < len(norms) else 1
    person = given.get("".join(norms[i:i + n]))
    if person is None or person == AMBIGUOUS_TITLE:
        return None
    if i + n < len(norms) and (norms[i + n] in LINEAGE
                               or norms[i + n] in gaz.not_surnames
                               or not (toks and toks[i + n - 1].punct)
                               and _other_name_after(norms, i + n, person, gaz)):
        return None
    return n, person


def _other_name_after(norms: list[str], k: int, person: dict, gaz) -> bool:
    """Whether token k, right after a bare first name, goes on with a name that is none of the
    person's own: a family name («نائب رئيس مجلس النواب محمد الشدادي» is not «محمد بن
    سلمان») or a father's given name («محمد سالم ...»). A common word («الأمير محمد اليوم»)
    or one of his own names («الأمير محمد سلمان») leaves him named; so does a comma after the
    first name (`_given_after_title`)."""
    w = norms[k]
    if w in _own_name_words().get(person["en"], frozenset()):
        return False
    if w in _bare_given_names():
        return True
    return _family_name_at(norms, k, gaz) and not _common_word(w, gaz)


def _remember_given(alias: tuple[str, ...], clitic: str, person: dict, memory: dict,
                    gaz) -> None:
    """Record a person's first name (`_given_name`); one shared by two people is nobody's."""
    name = _given_name(alias, clitic, gaz)
    if name is None:
        return
    given = memory.setdefault(GIVEN_NAMES, {})
    old = given.get(name)
    given[name] = person if old is None or old != AMBIGUOUS_TITLE and \
        old["en"] == person["en"] else AMBIGUOUS_TITLE


def _repeated_verb_key(word: str) -> str:
    """A verb of grammar.yaml repeated_subject_verbs as the memory keys it: less a leading و
    («وتلقى» and «تلقى» are one verb told again); any other word as it is."""
    return word[1:] if word.startswith("و") and word in REPEATED_SUBJECT_VERBS else word


def _remember_verb_subject(norms: list[str], actors: list, actor, person: dict,
                           memory: dict) -> None:
    """Record a person as the subject of a verb of grammar.yaml repeated_subject_verbs: the
    first actor within SUBJECT_REACH words after it (its titles and honorifics between, or a
    title of his own office), not one after «من» (the caller of «تلقى اتصالا من»)."""
    start = max(0, actor.i - SUBJECT_REACH)
    verb = next((k for k in range(actor.i - 1, start - 1, -1)
                 if norms[k] in REPEATED_SUBJECT_VERBS), None)
    if verb is None or "من" in norms[verb + 1:actor.i] or any(
            verb < a.i < actor.i and a.key != actor.key and a.name != actor.name
            and not (a.name is None and a.country is not None and a.country == actor.country)
            for a in actors if a is not actor):
        return  # (not the caller: «حيث تلقى اتصالا من X»)
    # the office the text names him by there: a title of his own state in apposition before
    # his name («تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف»), else his mention's
    title = next((a for a in actors if verb < a.i < actor.i and a.name is None
                  and a.country == actor.country and a.role), None)
    memory.setdefault(VERB_SUBJECT, {})[_repeated_verb_key(norms[verb])] = (
        person, title.role if title is not None else actor.role)


def _same_verb_subject(norms: list[str], i: int, word: str, memory: dict, gaz,
                       sent_index: int) -> dict | None:
    """The person an honorific pronoun right after a verb of grammar.yaml
    repeated_subject_verbs stands for: that verb's last subject, when the honorific fits him
    (with the office the text named him by then, PRONOUN_ROLES)."""
    if i == 0 or norms[i - 1] not in REPEATED_SUBJECT_VERBS:
        return None
    told = memory.get(VERB_SUBJECT, {}).get(_repeated_verb_key(norms[i - 1]))
    if told is None:
        return None
    person, role = told
    if person["en"] in gaz.honorific_not_people.get(word, ()) \
            or not _fits_honorific(gaz.honorific_pronouns[word], person["country"], role):
        return None
    memory.setdefault(PRONOUN_ROLES, {})[(sent_index, i)] = role
    return person


def _pronoun_person(word: str, named: list[tuple[dict, str | None]], gaz,
                    other: str | None = None) -> dict | None:
    """The person an honorific pronoun (سموه، معاليه) stands for: the last one named before
    it (`named`: people with their role, in text order) whose office takes that honorific;
    not one of `other`, the state of a counterpart the pronoun's clause names after it."""
    roles, countries, excluded = gaz.honorific_pronouns[word]
    commoners = gaz.honorific_not_people.get(word, ())
    for person, role in reversed(named):
        if person["en"] in commoners:
            continue  # «سموه» after «معالي وزير الخارجية عادل الجبير»: a prince named before
        if other is not None and person["country"] == other:
            continue  # «وأشار معاليه ... مع نظيره المصري»: no Egyptian
        if roles is not None and role not in roles:
            continue
        if countries is not None and person["country"] not in countries:
            continue
        if (person["country"], role) in excluded:
            continue
        return person
    return None


def _companion(norms: list[str], i: int, gaz) -> bool:
    """Whether the mention at token i is named as a companion of someone else: after a verb
    of accompanying (grammar.yaml accompany_verbs) of its sentence, one with a pronoun suffix
    («، يرافقه X») or one with an honorific pronoun right after it («وقد رافق معاليه X، وY»),
    no word that opens another clause (companions_end) between."""
    for k in range(i - 1, -1, -1):
        word = norms[k]
        if word in COMPANIONS_END:
            return False
        if word in ACCOMPANY_VERBS:
            bare = not word.endswith(("ه", "ها", "هم"))
            return not bare or (k + 1 < i and norms[k + 1] in gaz.honorific_pronouns)
    return False


def _people_after(norms: list[str], toks: list, i: int, gaz) -> frozenset[str]:
    """The people (English names) the gazetteer finds by name in the clause of an honorific
    pronoun at i, after it but not right after it (that may be his name in apposition), up to
    the first punctuation: «وكان في استقبال معاليه لدى وصوله ... وزير الخارجية القطري خالد
    العطية» names who received him, never the one the pronoun stands for (after a comma,
    «، حيث نقل سموه تحياته إلى أخيه فخامة الرئيس X» may name him again)."""
    found = set()
    k = i + 1
    if k < len(norms) and toks[k].punct:
        return frozenset()
    k += 1
    while k < len(norms) and not toks[k].punct:
        n, entries, _ = gaz.match_clitic(norms, k)
        found.update(e.en for e in entries if e.kind == "person" and e.en)
        k += max(n, 1)
    return frozenset(found)


def _counterpart_state_after(norms: list[str], i: int, gaz) -> str | None:
    """The state of the first counterpart with a nationality («نظيره المصري») after i in the
    sentence, if any."""
    for k in range(i + 1, len(norms) - 1):
        n, entries, _ = gaz.match_clitic(norms, k)
        if n and any(e.kind == "counterpart" for e in entries):
            m, after, _ = gaz.match_clitic(norms, k + n)
            adj = next((e for e in after if e.kind == "adj"), None) if m else None
            return adj.code if adj is not None else None
    return None


VERB_SUBJECT = "verb subject"  # memory: {verb without و: (person, role)} of its last subject
PRONOUN_ROLES = "pronoun roles"  # memory: {(sentence, token): role} of such a pronoun
COMPANIONS = "companions"  # memory: people named as someone's companions (never «معاليه»)
SUBJECT_REACH = 10  # words (a title, honorifics) from such a verb to its subject's first word
TITLED = "titled offices"  # memory: (place in "named", country, role) of offices named unnamed


def _fits_honorific(spec: tuple, country: str | None, role: str | None) -> bool:
    roles, countries, excluded = spec
    return ((roles is None or role in roles) and (countries is None or country in countries)
            and (country, role) not in excluded)


def _pronoun_office(word: str, named: list[tuple[dict, str | None]], person: dict | None,
                    titled, gaz, other: str | None = None) -> tuple[str, str] | None:
    """(country, role) of the office an honorific pronoun stands for when it was named by its
    title alone («وزير الخارجية البريطاني» ... «معاليه»): the last such office that takes the
    honorific, if no person who takes it (`person`, found in `named`) was named after it;
    not one of `other`, the state of a counterpart the pronoun's clause names after it."""
    spec = gaz.honorific_pronouns[word]
    last = max((k for k, (p, _) in enumerate(named) if p is person), default=-1) \
        if person is not None else -1
    for place, country, role in reversed(titled):
        if _fits_honorific(spec, country, role) and country != other:
            return (country, role) if place > last else None
    return None


ENVOY_MANDATE_WORDS = 5  # words of an envoy's mandate (للشرق الأوسط ...) before his name


def _envoy_named_after(norms: list[str], toks: list, start: int, named: dict,
                       envoy: dict) -> bool:
    """Whether the mention group `named` (a person, with titles or not) right after an
    envoy's principal and a short mandate in ل («للشرق الأوسط والبلدان الإفريقية»، «لشؤون
    أفريقيا») is the envoy himself: no punctuation before it, a few words opening on ل
    between, and no other country than the envoy's."""
    if named["person"] is None or named.get("pronoun") or named["i"] < start:
        return False
    if named["country"] and envoy["country"] and named["country"] != envoy["country"]:
        return False
    gap = range(start, named["i"])
    if len(gap) > ENVOY_MANDATE_WORDS or any(toks[k].punct for k in range(start - 1, named["i"])):
        return False
    words = [norms[k] for k in gap]
    return (not words or words[0].startswith("ل")) and not any(w in STOP_WORDS for w in words)


def honorifics_only(norms: list[str], lo: int, hi: int, gaz) -> bool:
    """Whether norms[lo:hi] is only honorifics of roles.yaml `fillers` («صاحب السمو الملكي»,
    «معالي», «فخامة»), each phrase read whole (also frames: a noun's genitive after them)."""
    if not gaz.fillers:
        return False
    k = lo
    while k < hi:
        n, entries = gaz.fillers.match(norms, k)
        if not n or k + n > hi or not any(e.role == "honorifics" for e in entries):
            return False
        k += n
    return True


def _contact_word_in(norms: list[str], lo: int, hi: int) -> bool:
    """Whether a contact trigger word (لقاء، زيارة، اتصال ...) starts in norms[lo:hi]."""
    triggers = load_lexicon().triggers
    for k in range(lo, hi):
        n, entries, _ = triggers.match_clitic(norms, k)
        if n and any(e.kind == "trigger" for e in entries):
            return True
    return False


def _title_key(title: str, clitic: str) -> str:
    """A matched title without the clitic on its first word («للمستشاره» → «المستشاره»,
    «ووزير الخارجيه» → «وزير الخارجيه»), so that a later mention finds it whatever its case."""
    if clitic and title.startswith(clitic):
        title = title[len(clitic):]
        if clitic.endswith("ل") and title.startswith("ل") and not title.startswith("ال"):
            title = "ا" + title  # ل + ال: the article's alif is not written
    return title


def _definite_constructs(tkeys: list[str], actor: Actor) -> list[str]:
    """«ولي عهد» of «ولي عهد البحرين», «رئيس وزراء» of «رئيس وزراء الهند»: a construct title
    made definite by the state it is annexed to; the text's later bare title says it with the
    article on its last word («ولي العهد», «رئيس الوزراء»)."""
    if not actor.country or actor.org:
        return []
    out = []
    for key in tkeys:
        words = key.split()
        if len(words) > 1 and not words[-1].startswith("ال") and not words[0].startswith("ال"):
            full = " ".join(words[:-1] + ["ال" + words[-1]])
            if full not in tkeys:
                out.append(full)
    return out


OFFICES = "foreign offices"  # memory: (title key, country) of the foreign offices named
AMBIGUOUS_TITLE = ()  # memory's mark for a title the text gave two different people


def _remember_titles(tkeys: list[str], person: dict, actor: Actor, memory: dict,
                     gaz) -> None:
    """Record the titles a named person was given («المستشارة الألمانية أنغيلا ميركل»); a
    title given to two people is nobody's in particular."""
    seen = memory.setdefault("titles", {})
    heads = memory.setdefault("title_heads", {})
    for key in tkeys + _definite_constructs(tkeys, actor):
        old = seen.get(key)
        if old is not None and (old == AMBIGUOUS_TITLE or old[0]["en"] != person["en"]):
            seen[key] = AMBIGUOUS_TITLE
        else:
            seen[key] = (person, actor.country, actor.org, actor.role)
        words = key.split()
        if len(words) > 1 and words[0].startswith("ال") and not any(
                len(toks) == 1 for toks, _ in gaz.index.get(words[0], ())):
            # the definite head of a title known only with its qualifier (المستشاره الالمانيه)
            old = heads.get(words[0])
            heads[words[0]] = person if old is None or old != AMBIGUOUS_TITLE and \
                old["en"] == person["en"] else AMBIGUOUS_TITLE


def _titled_before(tkeys: list[str], actor: Actor, memory: dict,
                   home: str | None = None) -> tuple | None:
    """(person, country, org, role) of the one person named earlier in the text with every
    title of a mention that names nobody (the anaphoric title: «المستشارة», «ولي ولي العهد
    السعودي»), when the mention's own country or organisation, if any, is that person's.
    `home`: the outlet's country when the bare title could be its own office; a bare title
    is then that country's («رئيس الجمهورية» in a Tunisian paper that named the Italian
    one's foreign minister before), so only a person of that country is referred to."""
    seen = memory.get("titles")
    if not seen or not tkeys:
        return None
    refs = [seen.get(k) for k in tkeys]
    if any(r is None or r == AMBIGUOUS_TITLE for r in refs):
        return None
    if any(r[0]["en"] != refs[0][0]["en"] for r in refs):
        return None
    ref = refs[0]
    if actor.country and actor.country != ref[1] or actor.org and actor.org != ref[2]:
        return None
    if not actor.country and not actor.org and home and ref[1] != home:
        return None
    return ref


def _misfit_home(titles: list[tuple[str, str]], home: str, gaz, year: int | None = None) -> bool:
    """Whether a bare head-of-state title cannot be the outlet's own country's head: a
    republican title for a monarchy (الرئيس in a Saudi paper) or a royal one for a republic;
    or a prime minister's title where the head of state headed the government that year
    (رئيس الوزراء in a Saudi paper of 2015)."""
    monarchy = home in gaz.monarchies
    for role, title in titles:
        if role == "head_of_government" and home in gaz.no_prime_minister:
            until = gaz.no_prime_minister[home]
            if until is None or year is None or year <= until:
                return True
        if monarchy and _in_titles(title, gaz.republican_titles):
            return True
        if not monarchy and _in_titles(title, gaz.royal_titles):
            return True
    return False


_CONSTRUCT_HEADS = grammar.CONSTRUCT_HEADS


def _heads_a_national_body(g: dict) -> bool:
    """«رئيس مجلس الأعمال الروسي»: construct «رئيس» before words the gazetteer does not know
    and then a nationality heads a body of that country (an official), not the state."""
    if g["person"] is not None or not g["country"] or len(g["titles"]) != 1:
        return False
    return (_in_titles(g["titles"][0][1], _CONSTRUCT_HEADS) and g.get("first_q") is not None
            and g["first_q"] > g.get("title_j", g["first_q"]))


def _title_as_given_name(norms: list[str], g: dict, gaz) -> bool:
    """«وسلطان العتواني»: a lone title that is also a given name (roles.yaml given_name_titles),
    without the article, is a person's first name, not an office."""
    if g["person"] is not None or g["country"] or g["org"] or len(g["titles"]) != 1:
        return False
    title = g["titles"][0][1]
    return _in_titles(title, gaz.given_name_titles) and not _definite(norms[g["i"]])


def _nisba_surname(norms: list[str], toks: list, i: int, clitic: str, raw: list, gaz) -> bool:
    """Whether a nationality adjective at i closes a person's name as its family name: right
    after one indefinite word no lexicon or gazetteer knows (a given name), itself right after
    a title or its portfolio («وزير الصحة أحمد التركي», «السفير محمد العراقي»: the state's
    adjective follows the title, not a name: «وزير الصحة التركي أحمد ...»). Not after a known
    name («الرئيس أوباما»), nor a definite word («وزير المياه السوداني»: a portfolio); the
    adjective has the article, as a family name does (an indefinite one qualifies the
    indefinite word before it: «وفد برلماني فرنسي», «مسؤولون حكوميون إيطاليون»)."""
    if clitic or i < 2 or not raw or toks[i - 1].punct or toks[i - 2].punct \
            or not _definite(norms[i]):
        return False  # (an indefinite one qualifies an indefinite noun: «وفد برلماني فرنسي»)
    given = norms[i - 1]
    if _definite(given) or _common_word(given, gaz, known=False) \
            or gaz.match_clitic(norms, i - 1)[0]:
        return False
    last = raw[-1]
    if last[2].kind != "title" or last[1] > i - 1:
        return False
    # the title ends right before the given name, or its portfolio does (definite words only)
    return all(_definite(norms[k]) for k in range(last[1], i - 1))


def _given_name_here(norms: list[str], i: int, clitic: str, gaz) -> bool:
    """«سلطان الجابر», «وسلطان بن زايد»: a title that is also a given name (roles.yaml
    given_name_titles), without the article, and followed by a word that names no state, place
    or organisation (a family name, «بن»), is a person's first name: no office. Not «سلطان
    عمان», «سلطان بروناي» (the state it rules right after it)."""
    word = norms[i][len(clitic):]
    if not _in_titles(word, gaz.given_name_titles) or _definite(norms[i]) \
            or i + 1 >= len(norms):
        return False
    n, entries, _ = gaz.match_clitic(norms, i + 1)
    return not (n and any(e.kind in ("country", "place", "adj", "org", "orgadj", "region")
                          for e in entries))


def _head_of_other_body(norms: list[str], toks: list, g: dict) -> bool:
    """«رئيس» in construct before a word the gazetteer does not know (رئيس قسم، رئيس الاتحاد
    الدولي، رئيس البلدية) heads that body, not a state."""
    if g["person"] is not None or g["country"] or g["org"] or len(g["titles"]) != 1:
        return False
    title = g["titles"][0][1]
    if not _in_titles(title, _CONSTRUCT_HEADS):
        return False
    j = g["j"]
    return j < len(norms) and not toks[j - 1].punct and norms[j] not in STOP_WORDS \
        and norms[j] not in CONTINUATION


def _construct_of_a_body(norms: list[str], toks: list, g: dict, gaz) -> bool:
    """Whether the group's first title is «رئيس» in construct before a word the gazetteer
    does not know (رئيس الديوان، رئيس الهيئة): the head of that body, not of a state."""
    if not g["titles"] or not _in_titles(g["titles"][0][1], _CONSTRUCT_HEADS):
        return False
    j = g.get("title_j")
    return (j is not None and j < len(norms) and not toks[j - 1].punct
            and norms[j] not in STOP_WORDS and norms[j] not in CONTINUATION
            and gaz.match(norms, j)[0] == 0)


# roles whose title a non-state body's words can qualify (not a minister's: وزير الصناعة)
BODY_ROLES = frozenset({"delegation", "organization_head", "official", "head_of_state"})


def _body_words(norms: list[str], toks: list, g: dict, words: frozenset) -> bool:
    """Whether a title's own words name a non-state body (roles.yaml non_state_bodies): the
    words between the title and its nationality (الأمين العام للاتحاد العام التونسي، وفد من رجال
    الأعمال التونسيين), a complement right after that (... التونسي للشغل), or the two words
    after a title that has none (رئيسة جامعة التنس)."""
    start = g.get("title_j", g["i"])
    qualified = g.get("first_q") is not None
    # with no nationality of its own after the title, the mention's words after the title are
    # its complement («الرئيس المدير العام لشركة سيمنس الألمانية»: a company's head)
    span = list(norms[start:g["first_q"] if qualified else g["j"]])
    if not (start < g["j"] and toks[g["j"] - 1].punct):
        for k in range(g["j"], min(g["j"] + 2, len(norms))):
            if qualified and not norms[k].startswith("ل"):
                break  # after the nationality only a complement (للشغل، للتنس) is the body's
            span.append(norms[k])
            if toks[k].punct:
                break
    def body(t):
        return _body_word(t, words)

    if any(body(t) for t in span):
        return True
    if g["delegation"] and _attached_to_body(norms, toks, g["j"], words):
        return True  # «وفد رفيع المستوى تابع للغرفة»: a chamber's delegation
    j = g["j"]
    if (g["delegation"] and j + 1 < len(norms) and norms[j] in _RELATIVE
            and not toks[j - 1].punct and norms[j + 1] != "من"):
        # «الوفد الكوري الذي يمثل شركة هيونداي»: the relative clause's verb says the same
        # («الذي من المقرر أن ...» says nothing of it)
        j += 1
    if g["delegation"] and j < len(norms) and norms[j] in _COMPOSED:
        # «وفد ليبي متكون من 40 رجال أعمال وأعضاء بلديات»: what the delegation is made of,
        # unless officials are among them («يضم وزراء ورجال أعمال»); representatives of
        # companies («يضم ممثلين عن شركات») are the companies'
        made_of = norms[j + 1:j + 7]
        return any(body(t) for t in made_of) and not any(
            _state_member(made_of, k, words) for k in range(len(made_of)))
    return False


_ANY = grammar.ANY_WORDS
ANY_OF_REACH = 3  # tokens from «أي» of «أي من» to the mention («لأي من أفراد حزب X»)


def _any_word(tok: str) -> bool:
    """«أي» / «أية», bare or after one clitic letter (لأي، بأي، وأي)."""
    return in_words(tok, _ANY, "ولبف")


def _anyone(sent, g: dict) -> bool:
    """Whether a mention is quantified by «أي» (any), and so names no one in particular: right
    after it, a singular title with no article («أي مسؤول سعودي», «بأي وزير»), or after «أي من»
    and at most one noun («أي من المسؤولين», «لأي من أفراد حزب X»). Not the «أي» of an
    explanation (i.e.) after punctuation or opening a bracket («الترويكا، أي ممثلي الدائنين»,
    «(أي رئيس الدولة)»), nor a plural construct after it («أي ممثلي الدائنين»)."""
    norms, toks, i = sent.norms, sent.toks, g["i"]
    for k in range(i - 1, max(i - 1 - ANY_OF_REACH, -1), -1):
        if toks[k].punct:
            return False
        if not _any_word(norms[k]):
            continue
        if k > 0 and toks[k - 1].punct or sent.text[toks[k].start] in "(«\"":
            return False
        if k == i - 1:
            first = g["titles"][0][1] if g["titles"] else None
            return (not _definite(norms[i]) and first is not None
                    and not _in_titles(first, _plural_titles()))
        return norms[k + 1] == "من"
    return False


_RELATIVE = grammar.DELEGATION_RELATIVES
_REPRESENTATIVES = grammar.REPRESENTATIVES


def _state_member(made_of: list[str], k: int, words: frozenset) -> bool:
    """Whether the k-th word of what a delegation is made of names state officials («وزراء»,
    «مسؤولين»); representatives are a body's when one of its words follows («ممثلين عن
    شركات», «ممثلي الغرف»)."""
    t = made_of[k]
    t = t[1:] if t[:1] == "و" and t[1:] in _STATE_MEMBERS else t
    if t not in _STATE_MEMBERS:
        return False
    if t in _REPRESENTATIVES:
        after = made_of[k + 1:k + 3]
        if after and after[0] == "عن":
            after = after[1:]
        return not (after and _body_word(after[0], words))
    return True


_ATTACHED = grammar.ATTACHED_WORDS
CHAIR_REACH = 12  # words before «برئاسة» where its delegation's noun may stand


def _chair_only(norms: list[str], match: tuple) -> bool:
    """Whether a «برئاسة» match names the chair of a session, meeting or committee, not a
    delegation's head: no delegation or mission noun in the CHAIR_REACH words before it
    («عقد مجلس الوزراء جلسته برئاسة خادم الحرمين الشريفين»: the king keeps his office;
    «وصل وفد رفيع من وزارة الخارجية برئاسة X»: X heads the delegation)."""
    i0, j0, e = match
    if e.kind != "dhead" or j0 - i0 != 1 or not in_words(norms[i0], CHAIRED_WORDS, "و"):
        return False
    return not any(in_words(norms[k], CHAIR_DELEGATION_NOUNS, "وبل")
                   for k in range(max(0, i0 - CHAIR_REACH), i0))


ATTACHED_REACH = 4  # words after a delegation's title where «تابع ل» may stand


def _attached_to_body(norms: list[str], toks: list, j: int, words: frozenset) -> bool:
    """Whether a delegation's title is followed, within a few words of its own modifiers
    (رفيع المستوى) and no punctuation, by «تابع ل» and a non-state body's word."""
    for k in range(j, min(j + ATTACHED_REACH, len(norms) - 1)):
        if norms[k] in _ATTACHED:
            return _body_word(norms[k + 1], words)
        if toks[k].punct:
            return False
    return False


def _body_word(t: str, words: frozenset) -> bool:
    """Whether a token, a clitic aside, is one of a non-state body's words."""
    return t in words or (t[:1] in ("ل", "و", "ب", "ف") and t[1:] in words) \
        or (t.startswith("لل") and "ا" + t[1:] in words)


_COMPOSED = grammar.COMPOSED_WORDS
_STATE_MEMBERS = grammar.STATE_MEMBERS


# memory: a country's delegations named so far with nothing said of what they are made of
BARE_DELEGATIONS = "bare delegations"
BODY_NATIONALITY = "body nationality"  # memory: a nationality the text gave a company or body
STATE_ACTOR = "state actor"  # memory: a country of which the text named a state's actor
BODY_NATIONALITY_REACH = 3  # words from a body's word («شركة») to its nationality


def _after_body_word(norms: list[str], toks: list, i: int, gaz) -> bool:
    """Whether the nationality at token i qualifies a non-state body named just before it,
    with no punctuation between («شركة هيونداي الكورية», «الشركات الكورية»)."""
    for k in range(i - 1, max(i - 1 - BODY_NATIONALITY_REACH, -1), -1):
        if toks[k].punct:
            return False
        if _body_word(norms[k], gaz.non_state_bodies):
            return True
    return False


def _name_right_after(norms: list[str], g: dict) -> bool:
    """Whether the known name of group `g` comes right after its first word (no office
    between: «نائبه ميخائيل بوغدانوف»)."""
    alias = g.get("alias") or ()
    return bool(alias) and tuple(norms[g["i"] + 1:g["i"] + 1 + len(alias)]) == alias


def _delegation_named_before(norms: list[str], g: dict, clitics: dict, memory: dict,
                             country: str, home: str | None = None) -> str | None:
    """«الوفد الأسترالي» after «وفد من غرفة التجارة الأسترالية»: a definite delegation of a
    country is the one the text named before, with its non-state body (None when the last
    delegation of that country named was a state's, or none was); «الوفد الكوري» in a text
    that gave that nationality only to a company («شركة هيونداي الكورية») and named no actor
    of that state is the company's."""
    first = norms[g["i"]][len(clitics.get(g["i"], "")):]
    if not first.startswith("ال"):
        return None
    if ("delegation body", country) in memory:
        return memory[("delegation body", country)]
    if (country != home and memory.get((BODY_NATIONALITY, country))
            and not memory.get((STATE_ACTOR, country))):
        return country
    # no delegation of that country named before: the one named with no country, a body's
    # («وفد تابع للغرفة» ... «الوفد الأسترالي»)
    return country if memory.get(("delegation body", None)) else None


BODY_NAME_WORDS = 8  # words of a body's purpose («لمكافحة الهجرة غير الشرعية») at most


def _body_name_end(norms: list[str], toks: list, j: int, gaz) -> int:
    """The end of a joint body's name after its first nationality: the other nationalities,
    the word that makes it a joint one («المشتركة») and a purpose in ل up to the next
    punctuation («اللجنة الليبية الإيطالية المشتركة لمكافحة الهجرة غير الشرعية والتهريب،»), so
    that the verb's object after it is not cut off from the body by its name."""
    joint = frozenset().union(*gaz.institution_requires.values())
    k = j
    while k < len(norms) and not toks[k - 1].punct and (
            norms[k] in joint or any(e.kind == "adj" for e in gaz.match_clitic(norms, k)[1])):
        k += 1  # «الإيطالية المشتركة»: the other side's nationality, and «joint»
    if k >= len(norms) or toks[k - 1].punct or not norms[k].startswith("ل"):
        return k
    for end in range(k + 1, min(k + BODY_NAME_WORDS, len(norms)) + 1):
        if toks[end - 1].punct:
            return end  # the purpose runs to the punctuation that closes the name
    return k


def _noun_gap(norms: list[str], j: int, i: int) -> bool:
    """Whether the words between an institution noun and a nationality or a body after it
    all carry the article (its complement: «وزارة الشؤون الدينية الإندونيسية», «البعثة
    الفنية لصندوق النقد»), so that a verb between («الحكومة تدعم الموقف المصري») keeps
    the nationality from the institution."""
    return all(_definite(t) for t in norms[j:i])


def _institution_stem(g: dict) -> str | None:
    """The institution noun of a mention without its article (حكومه for «الحكومة» and
    «حكومة»), the key under which the text's last such institution is remembered."""
    keys = g.get("tkeys") or []
    if not keys:
        return None
    key = keys[0]
    return key[2:] if key.startswith("ال") else key


def _institution_named_before(actor: Actor, g: dict, norms: list[str], clitics: dict,
                              memory: dict) -> None:
    """«الحكومة» alone after «الحكومة اليونانية»: a definite institution with no country of
    its own is the one of that kind the text named before (an institution with a country or
    organisation is remembered as the last of its kind)."""
    stem = _institution_stem(g)
    if stem is None:
        return
    if actor.country or actor.org:
        memory[("institution", stem)] = (actor.country, actor.org)
        return
    first = norms[g["i"]][len(clitics.get(g["i"], "")):]
    if _definite(first) and g["j"] - g["i"] == len(g["tkeys"][0].split()):
        actor.country, actor.org = memory.get(("institution", stem), (None, None))


# «الحكومة», «السلطات» alone: a state's party only where the grammar makes it one side of talks
# with a foreign body (_bare_government_party)
_BARE_GOVERNMENTS = grammar.BARE_GOVERNMENTS
GOVERNMENT_TALKS_REACH = 8  # words at most from the foreign body to the «مع» of the government


def _stranger_named(norms: list[str], sent: Sentence, actor: Actor, memory: dict,
                    home: str, gaz) -> bool:
    """Whether an office the text ties to no state is followed by a full name the gazetteer
    does not know, in a text that has not named the outlet's state but has named another
    before the office («بعد لقائه وزير العمل سجعان قزي» in a report on another state's
    politics): the gazetteer lists the outlet's state's office-holders, so an unknown holder
    there is another state's, not the outlet's. In a text that has named no other state yet
    the unknown holder may be the outlet's own («واستقبل وزير الفلاحة سعد الصديق سفير
    فرنسا» in a paper of that state); a known person of another state anywhere in the sentence
    counts as named before («أكد الوزير X أن الأمور وصلت عند الرئيس تمام سلام إلى ...»)."""
    if home in memory.get(NAMED_STATES, ()):
        return False
    before, here = memory.get(NAMED_BEFORE, ((), ()))
    if not any(s != home for s in before) and not any(
            i < actor.i and s != home for i, s in here):
        return False
    return _unknown_name_after(norms, sent.toks, actor.j, gaz)


PORTFOLIO_REACH = 2  # words at most of a portfolio the title's match left out («العمل»)


def _unknown_name_after(norms: list[str], toks: list, j: int, gaz) -> bool:
    """Whether a name of two or three words the gazetteer does not know follows a title
    ending at j, after at most PORTFOLIO_REACH definite words of its portfolio («وزير العمل
    سجعان قزي», «وزير الداخلية كريم سنجاري»): the first word indefinite and the last no
    common word, none a word the gazetteer knows, and the name closed by punctuation, the
    sentence's end or a common word; the first word no feminine noun, only the last definite."""
    k = j
    while k < len(norms) and k - j < PORTFOLIO_REACH and _definite(norms[k]) \
            and not toks[k].punct and not gaz.match_clitic(norms, k)[0]:
        k += 1
    if k == j and j > 0 and toks[j - 1].punct:
        return False
    words = []
    while k < len(norms) and len(words) < 3:
        w = norms[k]
        if gaz.match_clitic(norms, k)[0] or _common_word(w, gaz, known=bool(words)) \
                or _definite(w) and not words or w.startswith("و"):
            break
        words.append(w)
        k += 1
        if toks[k - 1].punct:
            break
    if (len(words) < 2 or words[0] in _COMPOUND_OPENERS or words[0].endswith("ه")
            or any(_definite(w) for w in words[:-1])):
        # «الأمين العام لمنظمة السياحة»: a feminine noun in construct (a body, a ministry)
        # opens no name, and only a name's last word takes the article («إبراهيم الحمزي»)
        return False
    return k >= len(norms) or toks[k - 1].punct or norms[k] == "في" \
        or _common_word(norms[k], gaz, known=False)


def _context_state(memory: dict, home: str | None) -> str | None:
    """The one state the text has named so far (this sentence included), or the outlet's
    when it has named none; None when it has named two or more."""
    named = memory.get(NAMED_STATES, set())
    if len(named) == 1:
        return next(iter(named))
    return home if not named else None


def _bare_government_party(norms: list[str], sent: Sentence, g: dict, nxt: dict | None,
                           clitics: dict, memory: dict, home: str | None, gaz) -> str | None:
    """The state of a bare «الحكومة»/«السلطات» (no nationality, no institution named before)
    where it is one side of talks with a foreign body: «محادثات السلام بين الحكومة وحركة
    طالبان» (an armed group with orgs.yaml `rebels_against`: that state, if the text names
    it), «المحادثات بين السلطات وبعثة صندوق النقد الدولي», «مشاورات بعثة صندوق النقد مع
    الحكومة» (an international organisation: the one state the text names, or the outlet's
    when it names none). A domestic subject («الحكومة تقرر») is nobody's party: None."""
    i, j = g["i"], g["j"]
    if g["person"] is not None or j != i + 1 or i == 0 or clitics.get(i) \
            or norms[i] not in _BARE_GOVERNMENTS:
        return None
    if j < len(norms) and _definite(norms[j]) and not sent.toks[i].punct \
            and norms[j] not in _TIME_WORDS:
        return None  # «الحكومة الشرعية», «السلطات المحلية»: an adjective we do not know
    if norms[i - 1] == "بين":
        if nxt is None or nxt["i"] != j or not nxt["org"] or nxt["person"] is not None \
                or not norms[j].startswith("و") or sent.toks[i].punct:
            return None
        org = nxt["org"]
        if gaz.org_roles.get(org) == "group":
            state = gaz.org_rebels.get(org)
            return state if state in memory.get(NAMED_STATES, ()) else None
        if org in gaz.org_country:
            return None
        return _context_state(memory, home)
    if norms[i - 1] != "مع":
        return None
    from pipeline.events.blocs import _broken, _noun_at
    m = i - 1
    talks = any(_noun_at(norms, k) and k + _noun_at(norms, k) <= m and not _broken(sent, k, m)
                for k in range(max(0, m - GOVERNMENT_TALKS_REACH), m))
    body = any(a.org and not a.country and gaz.org_roles.get(a.org) != "group"
               and a.org not in gaz.org_country and m - GOVERNMENT_TALKS_REACH <= a.i
               and a.j <= m and not _broken(sent, a.i, m) for a in sent.actors)
    if not (talks and body):
        return None
    if j + 1 < len(norms) and norms[j] == "في" and not sent.toks[i].punct:
        # «مع السلطات في مصر»: the authorities of the state (or of its capital) named after في
        at = [c for x, _, c in sent.places if x == j + 1 and c]
        at += [c for x, _, c in sent.countries if x == j + 1]
        if at:
            return at[0]
    return _context_state(memory, home)


DEPARTMENT_WORDS = 3  # words of a department's name between an office and its institution


def _institution_served(norms: list[str], toks: list, g: dict, nxt: dict | None,
                        gaz) -> str | None:
    """The state of the institution a title with no country of its own serves in, named
    right after a department's name («مسؤول دائرة العلاقات الخارجية في حكومة الإقليم»,
    «مدير إدارة آسيا بوزارة الخارجية الصينية»): the next mention, a state's institution a
    few words on with no punctuation, conjunction or function word between; else None."""
    if nxt is None or not nxt["titles"] or not nxt["country"] or nxt["org"] \
            or not _all_titles_in(nxt, gaz.institution_titles):
        return None
    gap = range(g["j"], nxt["i"])
    if not 0 < len(gap) <= DEPARTMENT_WORDS or any(toks[k].punct for k in range(g["i"], nxt["i"])):
        return None
    words = [norms[k] for k in gap]
    if words[0].startswith("و") or any(w in STOP_WORDS or w in CONTINUATION for w in words):
        return None
    return nxt["country"]


STATE_NOUNS = grammar.STATE_NOUNS
_MULLAHS = grammar.MULLAHS_WORDS
_CLITIC_AND_ARTICLE = re.compile("^[وفبل]?(ال)?")  # a word's leading clitic and article
_PRINCIPAL_OF = grammar.PRINCIPAL_OF
OFFICE_AFTER_WORDS = 4  # portfolio words («الأوقاف والإرشاد السابق») before «في جمهورية X»
_HEAD_WORDS = grammar.HEAD_WORDS
# (not a head of state: «مبعوث جلالة الملك للمملكة العربية السعودية» is the king's envoy to
# the state after him)
_OFFICE_STATE_ROLES = frozenset({"foreign_minister", "defense_minister", "minister",
                                 "head_of_government", "official"})
# words between a head's title and his organisation that leave him its head («الرئيس السابق
# للائتلاف», «المدير التنفيذي لبرنامج الأغذية»)
_HEAD_QUALIFIERS = grammar.HEAD_QUALIFIERS
_AFTER_OFFICE_TIMES = _TIME_WORDS | grammar.AFTER_OFFICE_PERIOD_WORDS


def _state_after_title(norms: list[str], toks: list, g: dict, gaz) -> str | None:
    """The state a bare office is of, said right after its title and portfolio with a
    preposition: «وزير الأوقاف والإرشاد السابق في جمهورية اليمن», «وزير المالية الأسبق في
    المملكة المتحدة», «نائب رئيس الوزراء لشؤون مجلس الوزراء بسلطنة عمان», «وزير الدولة للشؤون
    الخارجية لجمهورية بنغلاديش», «وزير خارجية نظام إيران»: only definite portfolio words,
    «السابق» and the like stand between, with no punctuation and no other name (not a time
    word: «وزير الخارجية اليوم في اليمن» is where he is). A state's noun (جمهورية، دولة،
    نظام ...) may come before the name. A city after «في» is where the office-holder is."""
    if g["i"] > 0 and _CLITIC_AND_ARTICLE.sub("", norms[g["i"] - 1]) in _PRINCIPAL_OF:
        return None  # «مبعوث رئيس الوزراء للمملكة المتحدة»: the envoy's destination
    k, portfolio = g["j"], False
    stop = min(len(norms), g["j"] + OFFICE_AFTER_WORDS + 1)
    while k < stop:
        if toks[k - 1].punct:
            return None
        word = norms[k]
        bare = word[1:] if word[:1] in ("ب", "ل") and not word.startswith("ال") else None
        construct = word in STATE_NOUNS and k == g["j"] and not _definite(norms[k - 1])
        if word == "في" or construct or bare in STATE_NOUNS:
            # «في ...», «لجمهورية ...», and «وزير خارجية نظام ...» (a construct title only:
            # after «وزير الدفاع» a state's name is the object of a verb before)
            at = k + 1 if word == "في" else k
            formal = word != "في"
            if word == "في" and at < len(norms) and norms[at] in STATE_NOUNS \
                    and not toks[k].punct:
                at, formal = at + 1, True  # «في جمهورية اليمن»
            elif word != "في":
                at += 1
            if at < len(norms) and norms[at] in _MULLAHS and not toks[at - 1].punct:
                # «وزير خارجية نظام ملالي إيران», «نظام الملالي»: Iran's clerical regime
                if at + 1 == len(norms) or toks[at].punct or norms[at].startswith("ال"):
                    return "IRN"
                at += 1
            if at >= len(norms) or toks[at - 1].punct:
                return None
            n, entries, clitic = gaz.match_clitic(norms, at)
            country = next((e.code for e in entries if e.kind == "country"), None) if n else None
            # a state's formal name (a state's noun, or two words: «المملكة المتحدة»), not a
            # bare one («في اليمن», «بالمملكة»: where he is)
            return country if country and not clitic and (formal or n > 1) else None
        if bare is not None:
            n, entries, clitic = gaz.match_clitic(norms, k)
            if n > 1 and clitic in ("ب", "ل"):  # «بالمملكة المتحدة», «بدولة قطر»
                return next((e.code for e in entries if e.kind == "country"), None)
        n, entries, _ = gaz.match_clitic(norms, k)
        if word in STOP_WORDS or word in _AFTER_OFFICE_TIMES \
                or word in CONTINUATION or n and not (
                    portfolio and all(e.kind == "title" for e in entries)):
            return None
        if not (_definite(word) or word in PORTFOLIO_WORDS or portfolio):
            return None
        portfolio = portfolio or word in PORTFOLIO_WORDS  # «لشؤون مجلس الوزراء»: its object
        k += n or 1
    return None


def _honorific_ambassador(norms: list[str], toks: list, g: dict, prev, clitics: dict,
                          gaz) -> bool:
    """Whether a bare «السفير» stands in apposition to the titled office right before it,
    with no conjunction, preposition or punctuation between, and a name after it («المتحدث
    باسم الرئاسة السفير علاء يوسف», «نائب الأمين العام للجامعة السفير أحمد بن حلي»): the
    title a diplomat keeps, naming the same person, not the outlet's ambassador."""
    if prev is None or prev.j != g["i"] or not prev.titled or not (prev.country or prev.org):
        return False
    if clitics.get(g["i"], "") or toks[g["i"] - 1].punct or g["j"] - g["i"] != 1:
        return False
    j = g["j"]
    return (j < len(norms) and not toks[j - 1].punct and not norms[j].startswith("ال")
            and norms[j] not in STOP_WORDS and norms[j] not in CONTINUATION
            and not gaz.match_clitic(norms, j)[0])


# a state's seat of power named for its government («المتحدث باسم البيت الأبيض»)
GOVERNMENT_SEATS = {tuple(normalize_arabic(w) for w in k.split()): v for k, v in {
    "البيت الأبيض": "USA", "الكرملين": "RUS", "البنتاغون": "USA", "البنتاجون": "USA",
    "الإليزيه": "FRA", "قصر الإليزيه": "FRA", "قصر قرطاج": "TUN"}.items()}
_AFTER_OFFICIAL = grammar.AFTER_OFFICIAL
_SEAT_OFFICIALS = frozenset(normalize_arabic(w) for w in ("مسؤول", "مسئول", "المسؤول",
                                                          "المسئول"))


def _seat_after_title(norms: list[str], toks: list, g: dict) -> str | None:
    """The state whose seat of power a bare title speaks for or serves in: «المتحدث باسم
    البيت الأبيض», «المتحدثة باسم الكرملين»; «مسؤول (كبير) في البيت الأبيض» (an official
    only: «التقى وزير الخارجية في البيت الأبيض» says where a minister met, not whose he is)."""
    k = g["j"]
    official = any(t.split()[0] in _SEAT_OFFICIALS for _, t in g["titles"])
    if official and k < len(norms) and norms[k] in _AFTER_OFFICIAL and not toks[k - 1].punct:
        k += 1  # «مسؤول كبير في ...»
    if k < len(norms) and norms[k] == "في" and official and not toks[k - 1].punct:
        k += 1
    elif not norms[g["j"] - 1].endswith("باسم") and not (
            g["j"] < len(norms) and norms[g["j"]] == "باسم"):
        return None
    elif g["j"] < len(norms) and norms[g["j"]] == "باسم":
        k = g["j"] + 1
    if k > g["j"] and toks[k - 1].punct:
        return None
    for words, country in GOVERNMENT_SEATS.items():
        if tuple(norms[k:k + len(words)]) == words:
            return country
    return None


def _joined_office(g: dict, nxt: dict | None, norms: list[str], toks: list,
                   clitics: dict, year: int | None = None) -> str | None:
    """Whether a bare title joined by و to a next title of a foreign state's office shares
    that state: «نائب الرئيس ورئيس الحكومة اليمنية خالد بحاح» (a deputy's title and one name
    after both titles: one person, "same"; a name the gazetteer has hold both offices that
    year: one person, "held") or «وزير الخارجية ووزير الطاقة الأميركيين» (a
    plural or dual nationality covers both, "plural"); else None. Not the same office twice
    («وزير الخارجية ووزير خارجية الكويت X»: two ministers), nor a singular nationality with
    no name after it («وزير الخارجية ووزير الدفاع الأمريكي»: whose the first is, the text
    does not say)."""
    if (nxt is None or nxt["i"] != g["j"] or not nxt["titles"] or not nxt["country"]
            or nxt["org"] or not g["titles"] or toks[g["j"] - 1].punct
            or not clitics.get(nxt["i"], "").startswith("و") or nxt.get("delegation")
            or nxt.get("coordinated")):
        return None
    if {r for r, _ in g["titles"]} & {r for r, _ in nxt["titles"]}:
        return None
    if nxt["person"] is not None and not nxt.get("pronoun") and g.get("deputy"):
        # a deputy's title is held with a ministry or premiership («نائب رئيس الوزراء ووزير
        # الخارجية»); two full offices before one name may be two people who meet («التقى
        # وزير الداخلية ووزير الخارجية المصري سامح شكري»)
        return "same"
    if nxt["person"] is not None and not nxt.get("pronoun") and year is not None and {
            r for r, _ in g["titles"]} & {r[0] for r in _held(nxt["person"], year)}:
        # «رئيس الوزراء ووزير الخارجية القطري حمد بن جاسم»: the name after both titles held
        # both offices that year, one person (convention: the first office, a premiership)
        return "held"
    q = nxt.get("first_q")
    if q is not None and q < len(norms) and norms[q].startswith("ال") \
            and norms[q].endswith(("يين", "يان")):
        return "plural"
    return None


# words that open a person's name after an office («ووزير الداخلية الدكتور X»: another person)
_NAME_OPENERS = NAME_OPENERS | NAME_HONORIFICS | NAME_RANKS | HONORIFIC_OBJECTS


def _own_office_joined(actor: Actor, g: dict, prev: Actor | None, norms: list[str],
                       toks: list, clitics: dict, year: int | None) -> bool:
    """Whether the bare office `actor` (group `g`), joined by و right after the named person
    `prev` with no punctuation between, is that person's own further office: of his state,
    held by him that year by the gazetteer, after titles that named him no ministry or head
    yet (a crown prince's, a deputy's: «وزير الداخلية X ووزير العلاقات مع الهيئات» are two
    ministers), a ministry or premiership or a head's deputy's title (not any official's:
    «محمد بن سلمان ومستشار الملك», «مساعد وزير الدفاع X ونائب مساعد وزير الدفاع»), and no
    name after it («ووزير الدفاع الفريق X» is another man)."""
    if (prev is None or prev.name is None or prev.j != g["i"] or g["person"] is not None
            or prev.role not in ("official", None)
            or not clitics.get(g["i"], "").startswith("و") or toks[g["i"] - 1].punct
            or actor.org or prev.org or actor.country is None or actor.country != prev.country
            or actor.counterpart or actor.institution or actor.collective or g["delegation"]
            or actor.role is None
            or actor.role == "official" and not (g.get("deputy") and g.get("inner") in HEADS)):
        return False
    if g["j"] < len(norms) and not toks[g["j"] - 1].punct and (
            norms[g["j"]] in _NAME_OPENERS
            or norms[g["j"]][len(clitics.get(g["j"], "")):] in _NAME_OPENERS):
        return False
    return holds_office(prev.name, actor.country, actor.role, year)


def _envoy_of_other_body(norms: list[str], toks: list, g: dict, gaz) -> bool:
    """«مبعوث الجوهرة إلى سوريا»: an envoy title in construct before a word the gazetteer does
    not know is a newspaper's or a radio's correspondent, nobody's state envoy."""
    if g["person"] is not None or len(g["titles"]) != 1 or g["titles"][0][0] != "envoy":
        return False
    j = g["j"]
    return (j < len(norms) and not toks[j - 1].punct and norms[j].startswith("ال")
            and norms[j] not in STOP_WORDS and norms[j] not in CONTINUATION
            and gaz.match(norms, j)[0] == 0)


def _nationality_noun_in(norms: list[str], lo: int, hi: int) -> bool:
    """Whether a noun that takes a nationality adjective of its own (grammar.yaml
    nationality_nouns: «والشعب الأردني», «مؤسسات الدولة الأردنية») stands in norms[lo:hi],
    between a title and a later adjective, which then qualifies that noun, not the title."""
    return any(f in NATIONALITY_NOUNS for t in norms[lo:hi] for f in bare_forms(t))


_PRINCE_TITLES = grammar.PRINCE_TITLES


def _unknown_prince(norms: list[str], toks: list, g: dict, gaz) -> bool:
    """Whether a head's mention is only «الأمير» right before a name the gazetteer does not
    know: a given name with its lineage («الأمير تركي بن محمد»), or a known given name
    («الأمير نواف»)."""
    if not g["titles"] or not all(_in_titles(t, _PRINCE_TITLES) for _, t in g["titles"]):
        return False
    j = g["j"]
    if j >= len(norms) or toks[j - 1].punct:
        return False
    j = _past_honorifics(norms, toks, j)
    w = norms[j]
    n, entries, clitic = gaz.match_clitic(norms, j)
    if n and _chain_goes_on(norms, toks, j, n, gaz):
        return True  # «الأمير فهد بن عبدالعزيز بن معمر»: a namesake of a known prince
    if n <= 1 and _father_after(norms, toks, j, gaz):
        # «الأمير فيصل بن تركي», «الأمير الوليد بن طلال», «الأمير سلطان بن ناصر»: a word
        # with his father's name after it is his given name, whatever else it may mean
        return True
    # «تركي»: an indefinite adjective after the definite title agrees with nothing; a name
    if n and not (n == 1 and not clitic and all(e.kind == "adj" and not e.definite
                                                 for e in entries)):
        return False
    if _definite(w) or _common_word(w, gaz, known=False) and not n:
        return False
    lineage = j + 1 < len(norms) and not toks[j].punct and norms[j + 1] in LINEAGE
    return lineage or w in _given_names() or bool(n)


def _prince_of_a_nationality(norms: list[str], toks: list, g: dict, gaz) -> bool:
    """Whether group g is a prince's title and a nationality adjective alone, with a name and
    his father's after it («الأمير الأردني علي بن الحسين», «الأمير السعودي طلال بن
    عبدالعزيز»): a prince of that state named by his own lineage, not its ruling emir, whom
    the state's name makes one («أمير الكويت»)."""
    i, j = g["i"], g["j"]
    if j - i != 2 or j >= len(norms) or toks[i].punct or toks[j - 1].punct:
        return False
    n, entries, _ = gaz.match_clitic(norms, j - 1)
    if n != 1 or not entries or not all(e.kind == "adj" and e.definite for e in entries):
        return False
    return _father_after(norms, toks, _past_honorifics(norms, toks, j), gaz)


def _own_lineage_name(norms: list[str], toks: list, g: dict, gaz) -> bool:
    """Whether the prince's title of group g opens a name the gazetteer does not know with his
    father's name after it («الأمير سلطان بن فيصل بن مشعل»): a prince of his own, not one the
    text named before by the same title."""
    if not _unknown_prince(norms, toks, g, gaz):
        return False
    return _father_after(norms, toks, _past_honorifics(norms, toks, g["j"]), gaz)


HONORIFIC_CHAIN = 3  # honorifics and ranks at most between a prince's title and his name


def _past_honorifics(norms: list[str], toks: list, j: int) -> int:
    """The first word of a name after the honorifics and military ranks that open at j
    between a prince's title and his own name («الأمير الدكتور حسام», «الأمير اللواء الركن
    تركي», «الأمير د. تركي»), at most HONORIFIC_CHAIN of them; j itself when none opens
    there; a chain that runs to the sentence's end stops at its last word."""
    k = j
    while k - j < HONORIFIC_CHAIN and k + 1 < len(norms):
        abbreviation = norms[k] in NAME_HONORIFIC_ABBREVIATIONS and toks[k].punct
        if not abbreviation and (toks[k].punct or norms[k] not in NAME_HONORIFICS
                                 and norms[k] not in NAME_RANKS):
            break
        k += 1
    return k


def _father_after(norms: list[str], toks: list, j: int, gaz) -> bool:
    """Whether the given name at norms[j] (two words when it opens with «عبد»: «عبد الله») has
    a father link after it («فيصل بن», «عبد الله بن»)."""
    if norms[j] in gaz.bound_prefixes and j + 1 < len(norms) and not toks[j].punct:
        j += 1
    return j + 1 < len(norms) and not toks[j].punct and norms[j + 1] in FATHER_LINKS


# the most words a prince's own name spans, honorific and lineage included, between «الأمير»
# and the office that follows it («الأمير الدكتور سالم بن فهد بن عبدالله، وزير الدولة»)
APPOSED_NAME_SPAN = 8


def _prince_apposed(norms: list[str], toks: list, text: str, g: dict, nxt: dict,
                    clitic: str, gaz) -> bool:
    """Whether the bare «الأمير» of group g opens a name the gazetteer does not know (a given
    name and its lineage) that the office of group nxt follows, after a comma or none: «وصل
    الأمير سالم بن فهد، وزير الدولة، عضو مجلس الوزراء»: that office is the prince's own (an
    office with no state named: a foreign one, «وزير الخارجية الفرنسي», is another man; one
    after a clitic, «والأمير»، «ورئيس»، «بوزير», is another man or another deed's object; a
    head's title, «رئيس اللجنة الأولمبية», heads a body, and stays apart as it did)."""
    if (g["person"] is not None or g["country"] or g["org"] or not g["titles"]
            or not all(_in_titles(t, _PRINCE_TITLES) for _, t in g["titles"])):
        return False
    if (nxt["person"] is not None or nxt["country"] or nxt["org"] or not nxt["titles"]
            or any(_in_titles(t, _PRINCE_TITLES) or r in HEADS for r, t in nxt["titles"])
            or nxt.get("delegation") or clitic or gaz.match_clitic(norms, nxt["i"])[2]
            or norms[nxt["i"]] in _AND_HONORIFICS):
        return False
    gap = range(g["j"], nxt["i"])
    if not 2 <= len(gap) <= APPOSED_NAME_SPAN or toks[g["j"] - 1].punct:
        return False
    # the comma may stand apart from the name's last word («بن عبدالله ، وزير الدولة») or
    # be left out («بن عبدالله وزير الدولة»); no other break
    between = text[toks[gap[-1]].end:toks[nxt["i"]].start]
    comma = between.strip() in ("،", ",") or _comma_after(toks, gap[-1], text)
    if ("\n" in between or between.strip() not in ("", "،", ",")
            or toks[gap[-1]].punct and not comma or any(toks[k].punct for k in gap[:-1])):
        return False
    if (norms[gap[0]] in LINEAGE or norms[gap[-1]] in LINEAGE
            or not any(norms[k] in LINEAGE for k in gap)):
        return False
    # (a name's word, not «والعيون والولادة» after «مستشفى الأمير سالم بن فهد»)
    return all(norms[k] in LINEAGE or norms[k] in gaz.bound_prefixes
               or not (_common_word(norms[k], gaz, known=False) or norms[k].startswith("وال"))
               for k in gap)


CABINET_SEAT = grammar.CABINET_SEAT  # a minister's seat, told after his office


def _cabinet_seat_between(norms: list[str], toks: list, g: dict, nxt: dict) -> bool:
    """Whether only «عضو مجلس الوزراء» (and commas) stands between a named minister's mention
    (a known person, or a prince's name the gazetteer lacks) and a title after it with no name,
    state or body of its own but the outlet's king's («الأمير ... وزير الدولة، عضو مجلس
    الوزراء، مستشار خادم الحرمين الشريفين»): the later title is his too."""
    if tuple(norms[g["j"]:nxt["i"]]) != CABINET_SEAT or not g["titles"] or not nxt["titles"]:
        return False
    if g["person"] is None and not g.get("prince_named"):
        return False  # (a bare «ووزير الدولة» in a list: whose it is, the list tells)
    if not any(r == "minister" for r, _ in g["titles"]) or nxt["person"] is not None \
            or nxt["org"] or g["org"] or nxt.get("delegation"):
        return False
    if nxt["country"] and g["country"] and nxt["country"] != g["country"]:
        return False
    return all(r not in HEADS for r, _ in nxt["titles"])


def _in_titles(title: str, titles: frozenset) -> bool:
    """Whether a matched title, its clitic aside (والأمير، بقادة، للأمير), is in `titles`."""
    return title in titles or title[1:] in titles or "ا" + title[1:] in titles


def _after_lineage(gap: list[str]) -> list[str]:
    """The words after a person's name once its lineage (بن X، بنت X، آل X, up to three
    links) is set aside: titles that follow the lineage are the person's. A link's name may be
    two words opening on a bound prefix («بن عبد العزيز آل سعود»)."""
    bound = load_gazetteer().bound_prefixes
    k = links = 0
    while k + 1 < len(gap) and links < 3 and gap[k] in LINEAGE:
        k += 3 if gap[k + 1] in bound and k + 2 < len(gap) else 2
        links += 1
    return gap[k:]


def _coordinated(units: list[dict], i: int, clitics: dict, gaz, kind: str = "country") -> bool:
    """Whether a country (or with kind "org", an organisation) at token i, joined by و,
    continues the list of the plural title just before it (وزراء خارجية تونس والجزائر: the
    Algerian one too; ممثلي صندوق النقد الدولي والمفوضية الأوروبية: the Commission's too)."""
    if not units or not clitics.get(i, "").startswith("و"):
        return False
    prev = units[-1]
    return (prev["j"] == i and prev[kind] is not None and prev["person"] is None
            and bool(prev["titles"])
            and all(_in_titles(t, gaz.collective_titles) for _, t in prev["titles"]))


# the unbound plural of «ممثل» («ممثلون عن أوكرانيا», «ممثلين من البنك الدولي»): a state's or a
# body's representatives only before «عن»/«من» and it (_representatives; with an adjective,
# «ممثلون مصريون», they are also stage actors), and the only title a state follows «عن» for
PLURAL_REPRESENTATIVES = grammar.PLURAL_REPRESENTATIVES


def _unbound_representatives(unit: dict) -> bool:
    return bool(unit["titles"]) and all(_in_titles(t, PLURAL_REPRESENTATIVES)
                                        for _, t in unit["titles"])


def _from_country(norms: list[str], unit: dict, i: int, gaz) -> bool:
    """«مسؤولين من النرويج», «وفد من مصر»: an indefinite delegation or group of officials
    «من» a country is that country's (a definite one, «الوفد من مصر», may be coming back);
    so are representatives «عن» it («ممثلون عن أوكرانيا»)."""
    link = ["عن"] if _unbound_representatives(unit) else ["من"]
    if norms[unit["j"]:i] not in (["من"], link) or unit["j"] != unit["title_j"] \
            or not unit["titles"] and not unit["delegation"]:
        return False
    first = norms[unit["i"]]
    if _definite(first):
        return False
    return unit["delegation"] or all(_in_titles(t, gaz.collective_titles)
                                     for _, t in unit["titles"])


_MINISTER_WORDS = grammar.MINISTER_WORDS
_PORTFOLIO_SPAN = 3  # words of a ministry's name between «وزير» and «في/ب» + its state


def _portfolio_country(norms: list[str], toks: list, unit: dict, i: int,
                       clitics: dict) -> bool:
    """«وزير حقوق الإنسان في اليمن», «وزير شؤون الإعلام بمملكة البحرين»: a bare «وزير» in
    the construct state before its ministry's name (indefinite first word, up to three words,
    no function word or punctuation), then «في» or a ب clitic and a state: that state's
    minister, not the outlet's (a place of a meeting rarely follows a ministry's name). A
    title that names its ministry itself («وزير الخارجية في تونس») keeps the rule for «في»
    and a state right after it."""
    j = unit["j"]
    if not _bare_minister(norms, unit, clitics):
        return False
    words = _words_before_state(norms, j, i, clitics)
    if words is None or not _portfolio_words(words):
        return False
    return not any(toks[k].punct for k in range(j, j + len(words)))


def _bare_minister(norms: list[str], unit: dict, clitics: dict) -> bool:
    """Whether the unit is a bare «وزير/وزيرة» title alone, no country, body or delegation
    attached yet: the head of a construct whose ministry's name follows."""
    i0, j = unit["i"], unit["j"]
    return not (unit["country"] or unit["org"] or unit["delegation"]) and j == unit["title_j"] \
        and j - i0 == 1 and norms[i0][len(clitics.get(i0, "")):] in _MINISTER_WORDS


def _portfolio_words(words: list[str]) -> bool:
    """Whether words can be a ministry's name in the construct state after a bare «وزير»:
    one to three, the first indefinite, no function word or «في»."""
    return 1 <= len(words) <= _PORTFOLIO_SPAN and not _definite(words[0]) and not any(
        w in STOP_WORDS or w in _PREPOSITIONS or w == "في" for w in words)


# a minister's portfolio of several ministries joined by و, each with its adjectives, before
# his nationality: «وزيرة التربية القومية والتعليم العالي والبحث الفرنسية», «وزير الموارد
# المائية والكهرباء والري السوداني», «وزير الاقتصاد والمالية والتجارة الخارجية المغربي»
_LONG_PORTFOLIO = 7  # words at most between the title and the nationality
_MINISTER_HEADS = grammar.MINISTER_HEADS
# «للشؤون»: the one ministry in ل a portfolio names (another noun in ل, «للجامعات الفرنسية»,
# takes the nationality itself)
_AFFAIRS = frozenset(normalize_arabic(w) for w in ("للشؤون", "للشئون", "والشؤون", "والشئون"))


def _nisba(word: str) -> bool:
    """Whether a definite word ends as a relative adjective does (العلمي، القومية، الخارجية)."""
    return word.endswith(("ي", "يه"))


def _minister_head(norms: list[str], i: int, clitics: dict) -> bool:
    """Whether token i, its clitic aside, is an indefinite minister's head («وزير», «وزيرة»,
    «وزيرا» …): «الوزير» is no construct, the words after it are not its ministry."""
    return norms[i][len(clitics.get(i, "")):] in _MINISTER_HEADS


def _portfolio_run(norms: list[str], toks: list, j: int, i: int) -> bool:
    """Whether the words j..i-1 after a title ending at j are plain definite words: no
    punctuation after the title's last word or among them, no function, preposition or time
    word."""
    return not any(toks[k].punct for k in range(j - 1, i)) and all(
        _definite(w) and w not in STOP_WORDS and w not in _PREPOSITIONS
        and w not in _TIME_WORDS for w in norms[j:i])


def _long_portfolio(norms: list[str], toks: list, unit: dict, i: int, clitics: dict) -> bool:
    """Whether the words between a minister's title and a nationality at i are his portfolio:
    definite words with no punctuation, function or time word among them, where a word is a
    ministry joined by و («والتعليم»), «للشؤون», an adjective of the ministry
    before it («العالي», «العلمي»), or, after a bare «وزير», the ministry it governs; at least
    one ministry joined by و. A preposition or a counterpart («وزير التعليم العالي مع نظيره
    الفرنسي») ends the portfolio: the nationality there is another actor's."""
    j = unit["j"]
    words = norms[j:i]
    if not 1 <= len(words) <= _LONG_PORTFOLIO or unit["country"] or unit["org"] \
            or unit["delegation"] or not unit["titles"]:
        return False
    if not all(r in MINISTER_ROLES for r, _ in unit["titles"]):
        return False
    if not _minister_head(norms, unit["i"], clitics) or not _portfolio_run(norms, toks, j, i):
        return False
    bare = unit["title_j"] - unit["i"] == 1 and j == unit["title_j"]
    joined = False
    for n, w in enumerate(words):
        if w.startswith("و") and _definite(w[1:]):
            joined = True
        elif not (w in _AFFAIRS or _nisba(w) or (n == 0 and bare)):
            return False
    return joined


def _minister_portfolio_before(norms: list[str], toks: list, title: tuple, i: int,
                               clitics: dict) -> bool:
    """Whether a minister's title (i0, j0, entry) and its portfolio's definite words (up to
    three, or a longer portfolio as `_long_portfolio` reads it) stand right before token i."""
    i0, j0, e = title
    if e.role not in MINISTER_ROLES or not j0 < i <= j0 + _LONG_PORTFOLIO:
        return False
    unit = {"i": i0, "j": j0, "title_j": j0, "country": None, "org": None,
            "delegation": False, "titles": [(e.role, "")]}
    if _long_portfolio(norms, toks, unit, i, clitics):
        return True
    return i - j0 <= 3 and _minister_head(norms, i0, clitics) \
        and _portfolio_run(norms, toks, j0, i)


def _words_before_state(norms: list[str], j: int, i: int, clitics: dict) -> list[str] | None:
    """The words between a title's end (j) and a state at i that «في» or a ب clitic
    introduces (that «في» left out), or None when neither introduces it."""
    words = norms[j:i]
    if clitics.get(i, "").startswith("ب"):
        return words
    if not words or words[-1] != "في":
        return None
    return words[:-1]


# the government noun a minister's title may govern before its descriptor and its state
_GOVERNMENT_NOUNS = grammar.GOVERNMENT_NOUNS
_DESCRIPTOR_SPAN = 3  # words describing a government («الانتقالية», «الوفاق الوطني»)


def _government_noun(norms: list[str], i1: int, j1: int, clitics: dict) -> bool:
    return _institution_key(norms, i1, j1, clitics.get(i1, "")) in _GOVERNMENT_NOUNS


def _portfolio_government(norms: list[str], toks: list, unit: dict, i1: int, j1: int,
                          clitics: dict) -> bool:
    """«وزير داخلية الحكومة الانتقالية»: a bare «وزير» in the construct state before its
    ministry's name (as in `_portfolio_country`) and then the government it serves."""
    j = unit["j"]
    if (not _bare_minister(norms, unit, clitics) or clitics.get(i1, "")
            or not _government_noun(norms, i1, j1, clitics)):
        return False
    if not _portfolio_words(norms[j:i1]):
        return False
    return not any(toks[k].punct for k in range(j - 1, i1))


def _government_state(norms: list[str], toks: list, unit: dict, i: int,
                      clitics: dict) -> bool:
    """«وزير داخلية الحكومة الانتقالية في ليبيا», «وزير الخارجية في حكومة الوفاق بليبيا»: a
    minister's title that took the government it serves, then up to three words describing
    that government, then «في» or a ب clitic and a state: that state's minister, not the
    outlet's. No punctuation between (after a comma the state is a place of the story)."""
    j = unit["j"]
    if unit["country"] or unit["org"] or unit.get("gov_j") != j:
        return False
    words = _words_before_state(norms, j, i, clitics)
    if words is None or len(words) > _DESCRIPTOR_SPAN:
        return False
    if any(w in STOP_WORDS or w in _PREPOSITIONS or w == "في" for w in words):
        return False
    return not any(toks[k].punct for k in range(j - 1, i - 1))


def _origin_unknown(norms: list[str], g: dict) -> bool:
    """«وفد من الكونغرس»: a delegation whose origin the text names after «من» in words the
    gazetteer does not know is nobody's in particular, not the outlet's own country's."""
    j = g["j"]
    return bool(g["delegation"]) and "من" in norms[j:min(j + 2, len(norms) - 1)]


# offices one person never holds together: «لخادم الحرمين الشريفين، المبعوث الخاص للرئيس
# الروسي» are two people, the king and the envoy sent to him
_APART = (HEADS, frozenset({"envoy"}))


def _other_head(person: dict | None, titles: list, year: int | None) -> bool:
    """Whether a head's title (رئيس الجمهورية) cannot be that of a person who in `year` held
    only the other head's office (a chancellor, a prime minister): two people."""
    if person is None or not titles:
        return False
    held = {r[0] for r in _held(person, year)}
    named = {r for r, _ in titles}
    return bool(held) and held <= HEADS and bool(named & HEADS) and not named & held


UNDERSECRETARY_TITLES = grammar.UNDERSECRETARY_TITLES
REPRESENTATIVE_WORDS = grammar.REPRESENTATIVE_WORDS
# envoy titles that name their principal (roles.yaml: «ممثل الرئيس»)
PRINCIPAL_ENVOY_TITLES = grammar.PRINCIPAL_ENVOY_TITLES


def _subordinate_after_office(g: dict, u: dict, gaz) -> bool:
    """Whether the title unit `u` right after the unnamed state office `g` («وزير الخارجية»,
    «الوزير») is another person's: an aide of a minister («مساعد وزير الخارجية الأمريكي»),
    an undersecretary («وكيل وزارة الخارجية»), or a representative of a body or a state
    («ممثل منظمة الصحة العالمية»)."""
    if g["person"] is not None or g["org"] or g["delegation"] or not g["titles"] \
            or not u["titles"] or u["person"] is not None:
        return False
    if not all(r in OFFICE_ROLES for r, _ in g["titles"]):
        return False
    if u.get("aide") and u.get("inner") in MINISTER_ROLES:
        return True
    first = u["titles"][0][1]
    return _in_titles(first, UNDERSECRETARY_TITLES) or bool(u.get("representative"))


_CROWN_PRINCE_TITLES = grammar.CROWN_PRINCE_TITLES


def _units_compatible(g: dict, u: dict) -> bool:
    """Whether the state or body of unit `u` may be more of the mention `g` right before it."""
    return (not (u["country"] and g["country"]) or u["country"] == g["country"]) \
        and (not (u["org"] and g["org"]) or u["org"] == g["org"]) \
        and not (u["org"] and g["country"] and not g["person"]) \
        and not (u["country"] and g["org"])


def _office_matching(named: dict, titled: dict, year: int | None) -> tuple | None:
    """Another office the person of unit `named` held in `year` whose state or body is that
    of the titled unit beside it (Falih al-Fayyadh, head of the PMF and Iraq's national
    security adviser, under «مستشار الأمن الوطني العراقي»); None if none is."""
    if "title_j" not in titled or not (titled["country"] or titled["org"]):
        return None  # a title's mention only, not a state or a body named alone
    for office in _held(named["person"], year):
        if (office[3], office[4]) == (titled["country"], titled["org"]):
            return office
    return None


def _two_people(titles: list, more: list) -> bool:
    """Whether two runs of titles cannot describe one person (a head and an envoy)."""
    a, b = {r for r, _ in titles}, {r for r, _ in more}
    return bool(a & _APART[0] and b & _APART[1] or a & _APART[1] and b & _APART[0])


TITLE_CHAIN_GAP = 6  # words at most between a title and the name that closes its chain


def _titled_other(g: dict, u: dict, rest: list[dict], toks: list, memory: dict) -> bool:
    """Whether the title unit `u` after the bare title group `g` is another person's: `g`'s
    titles are those the text gave one person before (the anaphoric title), and the first
    name after `u`, in the same run of titles (no punctuation, a few words on), is someone
    else's («ولي ولي العهد وزير الدولة عضو مجلس الوزراء الدكتور مساعد العيبان»)."""
    if g["person"] is not None or g["country"] or g["org"] or not g["titles"] \
            or not u["titles"] or u["person"] is not None:
        return False
    seen = memory.get("titles") or {}
    refs = [seen.get(k) for k in g.get("tkeys") or []]
    if not refs or any(r is None or r == AMBIGUOUS_TITLE for r in refs) \
            or len({r[0]["en"] for r in refs}) > 1:
        return False
    end = u["j"]
    for nxt in rest:
        if nxt["i"] - end > TITLE_CHAIN_GAP or any(toks[k].punct for k in range(end - 1, nxt["i"])):
            return False
        if nxt["person"] is not None:
            return nxt["person"]["en"] != refs[0][0]["en"]
        end = nxt["j"]
    return False


NEXT_NAME_GAP = 4  # words (a portfolio, an honorific: «للشؤون الخارجية الدكتور») before a name


def _title_of_next_name(g: dict, u: dict, rest: list[dict], norms: list[str], toks: list,
                        year: int | None) -> bool:
    """Whether the title unit `u` after the named person `g` is the title of another known
    person named right after it (a few words on, no function word or punctuation between),
    because the gazetteer has `g`'s person hold none of its offices that year."""
    if g["person"] is None or u["person"] is not None or not u["titles"] or not rest \
            or u["country"] or u["org"] or u["delegation"] or year is None:
        return False
    nxt = rest[0]
    gap = norms[u["j"]:nxt["i"]]
    if (nxt["person"] is None and nxt["titles"] and len(rest) > 1 and rest[1]["i"] == nxt["j"]
            and not nxt["country"] and not nxt["org"]
            and all(_in_titles(t, _PRINCE_TITLES) for _, t in nxt["titles"])):
        nxt = rest[1]  # the next name with a prince's style of its own («الأمير محمد»)
    if nxt["person"] is None or nxt["person"]["en"] == g["person"]["en"] or nxt["titles"] \
            or len(gap) > NEXT_NAME_GAP \
            or any(t in STOP_WORDS or t in _PREPOSITIONS or t in _TIME_WORDS for t in gap) \
            or any(toks[k].punct for k in range(u["j"] - 1, nxt["i"])):
        return False
    held = {r[0] for r in _held(g["person"], year)}
    named = {r for r, _ in u["titles"]}
    if not held or named & held:
        return False
    # an office, or a royal title after a republic's named head («الرئيس عبد الفتاح السيسي
    # ولي العهد الأمير محمد بن سلمان»: the crown prince is the next name's, not the president's)
    own = g["country"] or _affiliation(g["person"], year)[0]
    return bool(named & OFFICE_ROLES) or bool(own) and _misfit_home(
        u["titles"], own, load_gazetteer())


def _other_state_chain(g: dict, u: dict, rest: list[dict], toks: list,
                       year: int | None) -> bool:
    """Whether the stateless title unit `u` right after the named person `g`, or after the
    unnamed office `g` of a state the text names («الرئيس الفرنسي»), opens a run of titles (no
    punctuation between, the next title right after or joined by و) whose first nationality
    is another state's than the one `g` serves (its person's that year): the titles are the
    next person's («استقبل الرئيس السيسي نائب رئيس الوزراء وزير الخارجية الكويتي», «التقى
    شكري رئيس الوزراء ووزير الخارجية القطري», «استقبل الرئيس الفرنسي النائب الأول لرئيس
    مجلس الوزراء ووزير الخارجية الكويتي»), not more of the first one's."""
    if g["org"] or u["person"] is not None or not u["titles"] \
            or u["country"] or u["org"] or u["delegation"]:
        return False
    if g["person"] is None:
        if not g["titles"] or g["delegation"] or not g["country"]:
            return False
        own = g["country"]
    else:
        own = g["country"] or _affiliation(g["person"], year)[0]
    if not own:
        return False
    end = u["j"]
    for nxt in rest:
        if nxt["i"] != end or toks[end - 1].punct or not nxt["titles"] or nxt["org"] \
                or nxt["delegation"]:
            return False
        if nxt["country"]:
            # after an unnamed office, a head of state's title with its nationality is a
            # complete office of its own, no chain's close («ولي العهد السعودي نائب رئيس مجلس
            # الوزراء وزير الدفاع الرئيس الفرنسي»: the prince's titles, then his guest)
            if g["person"] is None and any(r == "head_of_state" for r, _ in nxt["titles"]):
                return False
            return nxt["country"] != own
        if nxt["person"] is not None:
            return False
        end = nxt["j"]
    return False


def _governs_name(norms: list[str], clitics: dict, g: dict, u: dict) -> bool:
    """Whether a title with nothing attached, its last word in the construct state (without
    the article: «وزير خارجية», «حكومة», «إدارة»), governs the mention right after it: a
    person's name or a definite title («وزير خارجية الأسد», «حكومة الرئيس»: the office of
    that person's state), or the name after a title it governs already («حكومة الرئيس رجب
    طيب أردوغان»)."""
    if u["i"] != g["j"] or u["counterpart"] or u.get("pronoun") or u.get("group"):
        return False
    if g.get("governs"):
        return u["person"] is not None and not u["titles"]
    if (g["person"] is not None or g["country"] or g["org"] or not g["titles"]
            or g["skip"] or g.get("governs") is False or _definite(norms[g["j"] - 1])):
        return False
    return u["person"] is not None and not clitics.get(u["i"]) or bool(
        u["titles"]) and _definite(norms[u["i"]]) and not clitics.get(u["i"])


# a crown prince's title, which a ministry coordinated after it adds to («ولي ولي العهد ووزير
# الدفاع»: one person, the minister)
_CROWN_TITLES = grammar.CROWN_TITLES
_DEPUTY_WORDS = _DEPUTY_BARE | frozenset("ال" + w for w in _DEPUTY_BARE)  # نائب، النائب


def _coordinated_ministry(g: dict, u: dict, rest: list[dict], clitics: dict, gaz) -> bool:
    """Whether a ministry joined by و right after a named person's crown-prince or deputy title
    is more of his titles, not another person: «الأمير محمد بن سلمان ولي ولي العهد ووزير
    الدفاع», «ناصر جودة نائب رئيس الوزراء ووزير الخارجية» (a ministry beats those titles). A
    name right after the ministry («... ولي ولي العهد ووزير الخارجية عادل الجبير») is that
    other minister's."""
    if g["person"] is None or not g["titles"] or u["person"] is not None or not u["titles"]:
        return False
    if u["i"] != g["j"] or clitics.get(u["i"]) != "و" or u["counterpart"] or u["delegation"]:
        return False
    role, title = g["titles"][-1]
    words = title.split()
    if role != "official" or not (_in_titles(title, _CROWN_TITLES) or words[0] in _DEPUTY_WORDS):
        return False
    if not all(r in MINISTER_ROLES and not _in_titles(t, gaz.generic_titles)
               for r, t in u["titles"]):
        return False
    return not (rest and rest[0]["i"] - u["j"] <= 3)


def _aide_title(title: str, clitic: str, gaz) -> bool:
    """Whether a mention opens with an aide's title (roles.yaml `aide_titles`: مستشار،
    المتحدث باسم، مبعوث), its clitic aside («ومستشار»)."""
    if title in gaz.aide_titles:
        return True
    return bool(clitic) and title.startswith(clitic) and title[len(clitic):] in gaz.aide_titles


# the indefinite office an aide's title ends in («مدير مكتب», «رئيس ديوان»): in the construct
# state before an office holder's title it is that holder's office
OFFICE_NOUNS = grammar.OFFICE_NOUNS

# offices of someone an aide serves («مستشارة ترامب»), not of an aide or an envoy himself
PRINCIPAL_ROLES = frozenset({"head_of_state", "head_of_government", "organization_head",
                             "foreign_minister", "defense_minister", "minister"})


def _principal(g: dict, person: dict, norms: list[str], year: int | None) -> bool:
    """Whether the person named after an aide's title is whom the aide serves, not the aide:
    right after a bare aide's title in the construct state («مستشار الزعيم ياسر عرفات»,
    «مستشارة ترامب», «المتحدث باسم X»; a definite one takes its holder's name in apposition:
    «المبعوث الأممي ستيفان دي ميستورا»), or after the office the aide serves when the person
    held it then or before («مستشار الرئيس الفلسطيني ياسر عرفات»; not «مساعد وزير الخارجية
    الإيراني X», who became the minister years later)."""
    own = g.get("aide_own", 1)
    inner = g.get("inner") or (g["titles"][own][0] if len(g["titles"]) > own else None)
    if inner is None:
        # the construct governs the name only with nothing else attached («مبعوث الأمم
        # المتحدة ستيفان دي ميستورا» is the UN's envoy, named), and names one who leads
        # (the title's last word decides: «رئيس الديوان فايز الطراونة» is the head of the
        # court, named; «رئيس ديوان رئيس الوزراء» the head of the premier's office)
        last = g["titles"][0][1].split()[-1] if g["titles"] else norms[g["i"]]
        return (not g["country"] and not g["org"]
                and (not _definite(norms[g["i"]]) and not _definite(last)
                     or norms[g["i"]:g["i"] + 2][-1] == "باسم")
                and any(r[0] in PRINCIPAL_ROLES for r in person["roles"]))
    if inner == "official":
        # «مساعدة وزير الخارجية الأمريكي آن باترسون», «نائب السفير X»: the official's office
        # the aide's title ends in (a ministry's name, an embassy) is no principal's; the
        # official named after it is the aide
        return False
    held = _held(person, year)
    if year is not None and not held:
        # no office that year: a former holder still names the office, a future one not yet
        held = [r for r in person["roles"] if r[2] is not None and r[2] < year]
    elif year is None:
        held = [_office_for_year(person, year)] if person["roles"] else []
    return any(r[0] == inner or r[0] in HEADS and inner in HEADS for r in held)


def _deputy_principal(g: dict, u: dict, clitics: dict) -> bool:
    """Whether the titles of unit u, joined by «ل» to a deputy's title before it, name whose
    deputy he is, not his own office: «نائب الممثل الخاص للأمين العام للأمم المتحدة», «نائب
    المبعوث الخاص للأمين العام» is an official of the body, not its head (as «نائب الأمين
    العام» is)."""
    return bool(g.get("deputy") and u["titles"] and u["person"] is None
                and clitics.get(u["i"], "").endswith("ل")
                and all(r in PRINCIPAL_ROLES for r, _ in u["titles"]))


def _all_titles_in(group: dict, words) -> bool:
    """Whether every title of a mention group is one of `words` (true of a group without)."""
    return all(_in_titles(t, words) for _, t in group["titles"])


def _definite(word: str) -> bool:
    """Whether a (normalised) word carries the article, after a conjunction or a preposition
    (الرئيس، والرئيس، بالزياره، للامير، وبالزياره)."""
    w = without_conjunction(word)
    if w.startswith("لل"):
        return True
    if w[:1] in ("ب", "ك", "ل") and w[1:].startswith("ال"):
        w = w[1:]
    return w.startswith("ال")


def _best_role(roles: list[str]) -> str | None:
    for role in ROLE_PRIORITY:
        if role in roles:
            return role
    return roles[0] if roles else None


def _prepositional_noun(word: str) -> bool:
    """Whether a (normalised) word is an indefinite noun behind the preposition ب or ل
    («بزياره», «لزياره», «بجوله»): a complement of the verb, which ends a title's genitive
    chain; a state's form («بدوله») does not."""
    if word[:1] not in ("ب", "ل") or len(word) < 4 or word[1:].startswith("ال"):
        return False
    return word[1:] not in _STATE_FORM_NOUNS


def _verbal_complement_gap(norms: list[str], j: int, i: int) -> bool:
    """Whether the words between a title ending at j and an adjective at i open with a trip's
    indefinite noun behind ب or ل, the verb's complement («قام وزير الدفاع بزيارة لحاملة
    الطائرات الأمريكية»: the carrier is American, not the minister)."""
    if i <= j:
        return False
    word = norms[j]
    return word[:1] in ("ب", "ل") and word[1:] in _TRIP_NOUNS


def _posted_title(unit: dict) -> bool:
    """Whether a mention's first title is a diplomat's posted abroad: an ambassador's or a
    consul's (grammar.yaml ambassador_titles) or an envoy's (envoy_words): after such a title
    «في» names where he serves, as «لدى» does («سفير في الجزائر», «المبعوث في سوريا»)."""
    if not unit["titles"]:
        return False
    title = unit["titles"][0][1]
    return _in_titles(title, AMBASSADOR_TITLES) or title.split()[0] in _ENVOY_WORDS or (
        title[:1] in ("و", "ب", "ل", "ك") and title.split()[0][1:] in _ENVOY_WORDS)


def _not_genitive(norms: list[str], j: int, i: int, posted: bool = False) -> bool:
    """Whether a country at token i cannot be the genitive of the title ending at j: a
    preposition other than في stands between (رئيس الحكومة إلى ألمانيا; «المسؤولين في مصر» are
    Egypt's; after a diplomat's title, `posted` (_posted_title), في too: «السفير في الجزائر»
    serves there, he is not Algeria's) or the title's last word is definite
    (غادر ... وزير الدفاع جمهورية مصر العربية: a definite noun takes no genitive), or a time
    word does («غادر ... وزير الدفاع اليوم المملكة الأردنية»: nothing comes between a noun and
    its genitive; the state is the verb's object)."""
    if any(t in _PREPOSITIONS or t in _AFTER_OFFICE_TIMES or t == _HOST
           or posted and t == "في" for t in norms[j:i]):
        return True  # «السفير لدى المغرب»: the state he is accredited to, not his
    if i == j + 1 and _prepositional_noun(norms[j]):
        return True  # «قام وزير الخارجية بزيارة مصر»: the country visited, not his
    last = norms[j - 1] if j > 0 else ""
    # «والي تونس»: «والي» (a governor, found so by _governor_written) is no «ال» after «و»
    return i == j and last != _GOVERNOR and last.startswith(("ال", "وال", "بال", "لل", "فال"))


def _state_form_after(norms: list[str], unit: dict, i: int, j: int, clitics: dict) -> bool:
    """«وزير الخارجية بجمهورية مصر العربية», «وزير الداخلية بدولة الكويت», «وزير الشؤون
    الخارجية بالمملكة البلجيكية»: a state named by its form with the ب clitic right after a
    definite title is the title's state («وزير ... بـ» is not a verb's object here); a bare
    «بالمملكة» (one word) is where he is, not whose."""
    if i != unit["j"] or j - i < 2 or clitics.get(i) != "ب" or not unit["titles"]:
        return False
    word = norms[i][1:]
    word = word[2:] if word.startswith("ال") else word
    return word in _STATE_FORM_NOUNS


# a shadda or a damma written on a name that is a country and a city of another state: the
# city's spelling («عمّان», Amman, with a doubled م) or the country's («عُمان», Oman)
_SHADDA, _DAMMA = "\u0651", "\u064f"


def _place_or_country(country: Entry, entries: list[Entry], raw: list, memory: dict,
                      surface: str = "") -> Entry:
    """A name that is a country and a city of another state («عمان»: Oman, and Amman) is the
    city once the text has named the city's state (by name, adjective or a place of it) and
    not the country (its other names, its adjective) so far; a vowel mark written on it tells
    it first: a shadda is the city's («عمّان»), a damma the country's («عُمان»)."""
    city = next((e for e in entries if e.kind == "place" and e.code != country.code), None)
    if city is not None and _SHADDA in surface:
        return city
    if city is not None and _DAMMA in surface:
        return country
    named = memory.get(NAMED_STATES, set()) | {e.code for _, _, e in raw
                                               if e.kind in ("country", "adj", "place")}
    if country.code in named:
        return country
    return next((e for e in entries if e.kind == "place" and e.code in named), country)


def _twins_by_sentence(sent: Sentence, raw: list, twins: dict) -> list:
    """A bare name that is a country and another state's city («عمان») read by its own
    sentence when the sentence names one of the two states and not the other, anywhere in it
    (by name, adjective, place, or a person or office of it): «وصل إلى عمان حيث التقى العاهل
    الأردني» is Amman, «... إلى عمان حيث التقى نظيره العماني» Oman, whatever the article
    named before. Another bare twin of the sentence names neither. With both or neither
    named, the reading so far stands."""
    out = []
    for i0, j0, e in raw:
        pair = twins.get(i0)
        if pair is not None and e.kind in ("country", "place"):
            country, city = pair
            # (a bare twin, this one or another, names neither state: it is what is read)
            codes = {x.code for k0, _k1, x in raw if k0 not in twins and x.code}
            if city.code in codes and country.code not in codes and e.kind == "country":
                e = city  # (a place is listed when the units are read, a country now)
                sent.places = [p for p in sent.places if p[0] != i0]
            elif country.code in codes and city.code not in codes and e.kind == "place":
                e = country
                sent.places.append((i0, e.en, e.code))
                sent.places.sort(key=lambda p: p[0])
        out.append((i0, j0, e))
    return out


INSTITUTION_REQUIRES_SPAN = 4  # words after an institution noun its `requires` words sit in
# words that may stand between a title and the institution it belongs to («المسؤولين في وزارة»)
_INSTITUTION_LINKS = grammar.INSTITUTION_LINKS


def _institution_key(norms: list[str], i: int, j: int, clitic: str) -> str:
    """The institution phrase matched at norms[i:j] without its clitic (`_title_key`)."""
    return _title_key(" ".join(norms[i:j]), clitic)


def _bare_dual_side(norms: list[str], i: int, n: int, clitic: str, gaz) -> bool:
    """Whether a dual noun of a contact's sides (grammar.yaml `dual_side_titles`) has no
    state's adjective right after it («بين الجانبين في باكستان»): no title, the sides it
    refers back to are found by the frames; «الجانبين المصري والروسي» is a title."""
    word = norms[i][len(clitic):] if clitic else norms[i]
    if n != 1 or word not in _DUAL_SIDES:
        return False
    return i + 1 >= len(norms) or not any(
        e.kind == "adj" for e in gaz.match_clitic(norms, i + 1)[1])


def _institution_allowed(norms: list[str], i: int, n: int, clitic: str, gaz) -> bool:
    """Whether a title matched at token i may stand: any title but an institution noun after
    a seat word (roles.yaml institution_seats) or with `requires` words none of which follows
    within the span."""
    key = _institution_key(norms, i, i + n, clitic)
    if key not in gaz.institution_titles:
        return True
    if i > 0 and norms[i - 1] in gaz.institution_seats:
        return False  # «بمقر وزارة الخارجية»: the place of a meeting
    if i > 0 and _body_word(norms[i - 1], gaz.non_state_bodies):
        return False  # «حزب القوات اللبنانية»: a party's name, not the state's forces
    required = gaz.institution_requires.get(key)
    if required is None:
        return True
    return any(t in required for t in norms[i + n:i + n + INSTITUTION_REQUIRES_SPAN])


def _complement_institution(norms: list[str], j: int, i1: int, j1: int, clitics: dict,
                            gaz) -> bool:
    """Whether the title at norms[i1:j1], right after a title ending at token j (or after
    it and «في»/«من»), is an institution noun that complements it: the body its holder
    serves («المتحدث باسم وزارة الخارجية»، «المسؤولين بوزارتي الداخلية والدفاع»), not another
    actor joined by «و»."""
    clitic = clitics.get(i1, "")
    if clitic.startswith("و") or clitic.startswith("ف"):
        return False
    if not (i1 == j or i1 == j + 1 and norms[j] in _INSTITUTION_LINKS):
        return False
    return _institution_key(norms, i1, j1, clitic) in gaz.institution_titles


def _counterpart_bloc(norms: list[str], unit: dict, gaz) -> str | None:
    """The bloc of plural counterparts named by its adjective right after them («نظرائه
    الخليجيين», «زملائه العرب»): the bloc's code, or None."""
    if not unit["counterpart"] or unit["country"] or unit["org"] or unit["j"] >= len(norms):
        return None
    return gaz.counterpart_blocs.get(norms[unit["j"]])


VISIT_HOST = "visit host"  # memory: (sentence index, state) of the last visit's destination
LAST_MINISTER = "last minister"  # memory: (sentence, person, country, org, role) of the last
# minister named, person None when that sentence named two
_BARE_MINISTER = grammar.BARE_MINISTER
NEAR_MINISTER = "near minister"  # memory: (sentence, country, role) of the last minister
# actor of any kind (named or not, the outlet's too); country None when a sentence had two


def _the_minister_alone(norms: list[str], g: dict, clitics: dict) -> bool:
    """Whether the mention is the one word «الوزير» («والوزير», «للوزير»): no office nor name
    of its own."""
    return g["j"] - g["i"] == 1 \
        and norms[g["i"]][len(clitics.get(g["i"], "")):] in _BARE_MINISTER


def _near_minister(norms: list[str], g: dict, clitics: dict, memory: dict,
                   sent_index: int) -> tuple | None:
    """(country, role) of the last minister the text named, by name or by office alone, for
    «الوزير» alone in the same sentence or the next; None when that sentence named ministers
    of two states or the last one is further back."""
    if not _the_minister_alone(norms, g, clitics):
        return None
    last = memory.get(NEAR_MINISTER)
    if last is None or last[1] is None or sent_index - last[0] > 1:
        return None
    return last[1:]


def _last_minister(norms: list[str], g: dict, clitics: dict, memory: dict) -> tuple | None:
    """(person, country, org, role) of the one minister named in the last sentence that named
    any, for «الوزير» alone («وصل وزير الخارجية البريطاني X ... واجتمع الوزير مع ...»): that
    minister, not one of the outlet's country."""
    if not _the_minister_alone(norms, g, clitics):
        return None
    last = memory.get(LAST_MINISTER)
    if last is None or last[1] is None:
        return None
    return last[1:]


def _remember_minister(sent_index: int, person: dict, actor: Actor, memory: dict) -> None:
    last = memory.get(LAST_MINISTER)
    if last is not None and last[0] == sent_index and last[1] is not None \
            and last[1]["en"] != person["en"]:
        memory[LAST_MINISTER] = (sent_index, None, None, None, None)
    elif last is None or last[0] != sent_index or last[1] is not None:
        memory[LAST_MINISTER] = (sent_index, person, actor.country, actor.org, actor.role)


VISIT_HOST_SPAN = 20  # tokens at most from a visit's word to the counterpart it names
DESTINATION_GAP = 8  # words at most between a visit's word (a verb: its subject too) and إلى


def _region_named(norms: list[str], i: int, clitic: str) -> int:
    """How many words (two or more) from i name a region of grammar.yaml `visit_regions`
    («أمريكا اللاتينية», the first word less its proclitic), longest first, as
    regions.region_at reads them; 0 if none (a one-word region, «أفريقيا», counts as none:
    find_mentions wants one longer than the state or place it names)."""
    first = norms[i][len(clitic):] if clitic and norms[i].startswith(clitic) else norms[i]
    found = region_at([first] + norms[i + 1:i + REGION_WORDS], 0)
    return found[0] if found is not None and found[0] > 1 else 0


def _not_place_phrase(norms: list[str], i: int, clitic: str) -> int:
    """How many words from i make a phrase of grammar.yaml `not_place_phrases` («مسقط رأسه»,
    the first word less its proclitic: «بمسقط رأسه»), which names no place; 0 if none."""
    first = norms[i][len(clitic):] if clitic and norms[i].startswith(clitic) else norms[i]
    for phrase in NOT_PLACE_PHRASES:
        if phrase[0] == first and tuple(norms[i + 1:i + len(phrase)]) == phrase[1:]:
            return len(phrase)
    return 0


def _visit_host(norms: list[str], places: list[tuple[int, str, str]], i: int,
                clitics: dict, gaz) -> str | None:
    """The state visited, for one person's counterpart at token i named without a nationality
    after a visit to a place in the same sentence («خلال زيارته إلى روما التقى نظيره», «حل
    بتونس ... واجتمع بنظيره»): the nearest visit word before i whose destination (after إلى,
    or right after the word) lies between it and i. None when there is none."""
    if norms[i][len(clitics.get(i, "")):] not in gaz.single_counterparts:
        return None
    return _visit_destination(norms, places, i)


def _host_officials(norms: list[str], places: list[tuple[int, str, str]], g: dict,
                    clitics: dict) -> str | None:
    """The state of a bare group of officials (grammar.yaml `host_officials`, the mention's
    only title) named without a nationality: the state of the place right after it behind
    «في» («كبار المسؤولين في طهران»), else of the place a visit told before it in its sentence
    goes to (see _visit_host). None when there is neither, or when «في» and no place follow
    them (officials of some body: «كبار المسؤولين في الجالية اليابانية»)."""
    if not places or len(g["titles"]) != 1 or g["j"] - g["i"] > 2:
        return None
    last = norms[g["j"] - 1]
    last = last[len(clitics.get(g["j"] - 1, "")):] if g["j"] - 1 == g["i"] else last
    if last not in _HOST_OFFICIALS:
        return None
    if g["j"] + 1 < len(norms) and norms[g["j"]] == "في":
        # «كبار المسؤولين في طهران»: the place's state; «في الجالية اليابانية», «في شركته»:
        # officials of some body the text names, not the visited state's
        return next((c for p, _en, c in places if p == g["j"] + 1), None)
    code = _visit_destination(norms, places, g["i"])
    # («زار المبعوث إلى سوريا العاصمة الإيرانية طهران والتقى بمسؤولين»: a title's place and
    # the place visited, two states before the group: whose officials they are is not told)
    if code is None or any(c != code for p, _en, c in places
                           if g["i"] - VISIT_HOST_SPAN < p < g["i"]):
        return None
    return code


def _visit_destination(norms: list[str], places: list[tuple[int, str, str]],
                       i: int) -> str | None:
    """The state of the place a visit word before token i goes to (see _visit_host)."""
    if not places:
        return None  # (most sentences: no word to look for)
    for k in range(i - 1, max(-1, i - VISIT_HOST_SPAN), -1):
        word = norms[k]
        if word not in VISIT_DESTINATION and not (
                word[:1] in ("و", "ف", "ب", "ل") and word[1:] in VISIT_DESTINATION):
            continue
        for p, _en, code in sorted(places):
            if k < p < i and (p == k + 1 or p - k <= DESTINATION_GAP + 1
                              and norms[p - 1] == "الي"):
                return code
    return None


@lru_cache(maxsize=256)
def _alias_token_forms(words: frozenset[str]) -> frozenset[str]:
    """The tokens in which `_strip_clitic` finds one of `words`: each word, and each word of
    three letters or more after a clitic (an article's names change a few times, so the same
    set of words comes back sentence after sentence)."""
    return words | frozenset(c + w for w in words if len(w) > 2 for c in _ALIAS_CLITICS)


@lru_cache(maxsize=2)
def _gazetteer_stop_forms(orgs_named: bool) -> frozenset[str]:
    """`_alias_token_forms` of the words `_stops` takes from the gazetteer (honorific pronouns,
    regions' anaphors, quoted acronyms; the organisations' anaphors once the text named an
    organisation): they never change once it is loaded, so they are made once."""
    gaz = load_gazetteer()
    return _alias_token_forms(frozenset(gaz.honorific_pronouns).union(
        gaz.region_anaphors, gaz.quoted_orgs, _org_anaphor_forms(gaz) if orgs_named else ()))


def _stops(norms: list[str], gaz, memory: dict) -> list[int]:
    """The positions where `find_mentions` may find a mention with no match before it: a
    gazetteer phrase, or a word (less a clitic) the article made a name of (an alias, a
    title's head), an honorific pronoun or a region's anaphor (which names one only once the
    text named a region, maybe earlier in the same sentence) or a quoted acronym. Every other
    word names no one."""
    stops = gaz.starts(norms)
    named = _gazetteer_stop_forms(bool(memory.get(NAMED_ORGS))).intersection(norms)
    article = frozenset(memory.get("aliases", ())).union(memory.get("title_heads", ()))
    if article:  # (the forms of a union are the union of each word's forms)
        named = named.union(_alias_token_forms(article).intersection(norms))
    if named:
        stops = sorted(set(stops).union(k for k, tok in enumerate(norms) if tok in named))
    if memory.get(SONS):
        sons = [k for k in range(len(norms) - 1) if _son_named(norms, k, memory[SONS])]
        if sons:
            stops = sorted(set(stops).union(sons))
    return stops


SONS = "sons"  # memory: the father's name of a prince named in full (محمد بن زايد → زايد)
_SON = normalize_arabic("ابن")


def _son_claim(alias: tuple[str, ...]) -> str | None:
    """The father's name of a person named in full with a father link right after his given
    name («محمد بن زايد آل نهيان» → «زايد»): «ابن زايد» later in the text names him."""
    if len(alias) >= 3 and alias[1] in FATHER_LINKS and len(alias[2]) >= 3 \
            and alias[2] not in _COMPOUND_OPENERS:  # «بن عبد العزيز»: «ابن عبد» names no one
        return alias[2]
    return None


def _son_named(norms: list[str], i: int, sons: dict) -> tuple[dict, str] | None:
    """(the person, the clitic) «ابن X» at i names: the one person named in full before with
    X as his father's name («وأشار ابن زايد» after «محمد بن زايد»); None when no one or two
    people («خليفة بن زايد» and «محمد بن زايد») were."""
    tok = norms[i]
    clitic = "و" if tok[:1] == "و" and tok[1:] == _SON else ""
    if tok[len(clitic):] != _SON or i + 1 >= len(norms):
        return None
    person = sons.get(norms[i + 1])
    return (person, clitic) if person is not None else None


# facilities named after people; an office or a palace is someone's own («مكتب الرئيس»)
_FACILITIES = NAMED_AFTER - frozenset(normalize_arabic(w) for w in ("مكتب", "قصر"))


def _facility(word: str) -> bool:
    return in_words(word, _FACILITIES, "وبلف")


# definite words after a person's name that are no family name (الراحل، السابق، الثاني ...)
_NOT_FAMILY = grammar.NOT_FAMILY


_BIN = normalize_arabic("بن")


def _chain_goes_on(norms: list[str], toks: list, i: int, n: int, gaz) -> bool:
    """Whether the person's name matched at norms[i:i + n] is a lineage chain («X بن Y») that
    the text carries on with another father link and a name, nothing between («فهد بن عبدالعزيز
    بن معمر»): the chain names a grandfather the known person's aliases do not give him (one
    they give, written with «ابن», «فيصل بن خالد ابن عبدالعزيز», is his). Only for a person
    the gazetteer names with a grandfather (_lineage_people), and not when his own fuller alias
    matches inside the chain, after a title the match began with."""
    k = i + n
    if not (n >= 3 and any(w in FATHER_LINKS for w in norms[i + 1:k])
            and k + 1 < len(norms) and norms[k] in FATHER_LINKS
            and norms[k + 1] not in FATHER_LINKS
            and not toks[k - 1].punct and not toks[k].punct):
        return False
    if not (norms[k] == _BIN or gaz.match(norms[i:k] + [_BIN] + norms[k + 1:k + 4], 0)[0] <= n):
        return False
    # only a person whose grandfather the gazetteer gives can have a namesake told apart by
    # his: «فيصل بن فرحان بن عبدالله», «الشيخ محمد بن عبدالرحمن بن جاسم» are the ministers
    lineage = _lineage_people()
    people = {(e.en, e.code) for e in gaz.match(norms, i)[1] if e.kind == "person"}
    for j in range(i + 1, k):
        # his own fuller chain after a title the match began with («الشيخ محمد بن عبدالرحمن
        # بن جاسم»: the alias «محمد بن عبد الرحمن بن جاسم» starts at the name)
        m, entries = gaz.match(norms, j)
        if j + m > k + 1 and any((e.en, e.code) in people for e in entries):
            return False
    return bool(people & lineage)


@lru_cache(maxsize=1)
def _lineage_people() -> frozenset[tuple]:
    """The gazetteer's people (English name, country) with an alias naming their grandfather
    («محمد بن سلمان بن عبدالعزيز»: two father links): the only ones a longer chain can tell
    from a namesake."""
    gaz = load_gazetteer()
    return frozenset((e.en, e.code) for entries in gaz.index.values() for toks, e in entries
                     if e.kind == "person" and sum(w in FATHER_LINKS for w in toks[1:]) >= 2)


def _family_name_at(norms: list[str], k: int, gaz) -> bool:
    """Whether token k is a family name («الربيعة»): a definite word the gazetteer does not
    know (no title, adjective, place or person starts with it), no function word, no date,
    no word of the event lexicons («الأمير محمد بن سلمان التقى ...»: the verb, no «التقي»)."""
    if k >= len(norms):
        return False
    w = norms[k]
    return (w.startswith("ال") and len(w) > 4 and w not in _NOT_FAMILY
            and not gaz.index.get(w) and w not in STOP_WORDS and w not in _date_keys()
            and w not in _lexicon_words())


# Oman's foreign minister's title without «الوزير» («الوزير العماني المسؤول عن ...»): only
# right after a minister's title (roles.yaml)
_IN_CHARGE_OF_FOREIGN = grammar.IN_CHARGE_OF_FOREIGN
_GOVERNOR = grammar.GOVERNOR_WORD  # also «وإلى» («and to») once normalised
# states whose provinces (wilayas) have a «والي» (governor)
_WILAYA_STATES = frozenset({"TUN", "DZA", "SDN", "MAR", "MRT", "OMN", "TUR"})
_PROVINCE_WORDS = grammar.PROVINCE_WORDS
_VOWEL_MARKS = re.compile("[\u064b-\u0652\u0640]")
GOVERNOR_TO_REACH = 6  # words before «والي» where a «إلى» makes it «وإلى» coordinated


def _governor_written(sent: Sentence, i: int, gaz) -> bool:
    """Whether «والي» at i is a governor, not «وإلى» («and to»), which normalises to the same
    word: written with a final ي (not ى, no hamza), with no «إلى» in the GOVERNOR_TO_REACH
    words before it («إلى الجزائر والي تونس»: a second destination), and followed by a place
    of a state with wilayas («والي صفاقس», «والي الخرطوم») or by a province word («والي
    الجهة», «والي ولاية الخرطوم»)."""
    tok = sent.toks[i]
    if _VOWEL_MARKS.sub("", sent.text[tok.start:tok.end]) != "والي":
        return False
    norms = sent.norms
    if any(t == "الي" for t in norms[max(0, i - GOVERNOR_TO_REACH):i]):
        return False
    if i + 1 < len(norms) and norms[i + 1] in _PROVINCE_WORDS:
        return True
    n, entries, _ = gaz.match_clitic(norms, i + 1) if i + 1 < len(norms) else (0, (), "")
    return bool(n) and any(e.kind in ("place", "country") and e.code in _WILAYA_STATES
                           for e in entries)
_MINISTER_TITLE_WORDS = grammar.MINISTER_TITLE_WORDS

# «مساعدة» is also the verbal noun «helping»: after a preposition, a negation or a verb of
# help («لمساعدة الرئيس»، «بعدم مساعدة الحكومة»، «على مساعدة») it names nobody's assistant
_HELP_NOUN = grammar.HELP_NOUN
_HELP_BEFORE = grammar.HELP_BEFORE


def _help_noun(norms: list[str], i: int, n: int, clitic: str) -> bool:
    """Whether the skip prefix at token i is «مساعدة», the verbal noun (see _HELP_BEFORE)."""
    if n != 1 or norms[i][len(clitic):] != _HELP_NOUN:
        return False
    return clitic.endswith(("ل", "ب")) or i > 0 and norms[i - 1] in _HELP_BEFORE


_ENVOY_WORDS = grammar.ENVOY_WORDS


ENVOY_TITLE_REACH = 2  # words before an envoy's principal («المبعوث الخاص | للرئيس الروسي»)


def _envoy_titled(a: Actor, norms: list[str]) -> bool:
    """Whether an envoy's mention names his envoy's office in its words or in the title just
    before his principal («المبعوث الخاص للرئيس الروسي ...»), not only a bare name to which the
    gazetteer gave the role."""
    words = norms[max(a.i - ENVOY_TITLE_REACH, 0):a.j]
    return a.titled or any(w in _ENVOY_WORDS or w[:1] in ("و", "ب", "ل") and w[1:] in _ENVOY_WORDS
                           for w in words)


def _standing_at(norms: list[str], k: int, end: int, clitic: str, gaz) -> tuple | None:
    """(key, length) of the standing title (roles.yaml `standing_titles`) that starts at token
    k, the longest first; the first word may carry the mention's clitic («لولي ولي العهد»)."""
    best = None
    for form, key in gaz.standing_titles.items():
        n = len(form)
        if k + n > end or (best and n <= best[1]):
            continue
        words = list(norms[k:k + n])
        if clitic and words[0].startswith(clitic) and words[0][len(clitic):] == form[0]:
            words[0] = form[0]
        if tuple(fold_spellings(w) for w in words) == form:
            best = (key, n)
    return best


def _standing_holders(sentences: list[Sentence]) -> None:
    """«وأكد السيسي ترحيبه بولي ولي العهد» in a document that names «الأمير محمد بن سلمان ولي
    ولي العهد ... وزير الدفاع»: a standing title alone (one holder a state at a time) is the
    one person of that state the document names with it, when only one, and takes his name
    (his office follows from the offices the document names for him)."""
    gaz = load_gazetteer()
    if not gaz.standing_titles:
        return
    holders: dict[tuple[str, str], set[str]] = {}
    bare: list[tuple[Actor, str]] = []
    for sent in sentences:
        for a in sent.actors:
            if not a.country or a.org or a.counterpart or a.collective:
                continue
            if a.name:
                k = a.i
                while k < a.j:
                    hit = _standing_at(sent.norms, k, a.j, a.clitic if k == a.i else "", gaz)
                    if hit:
                        holders.setdefault((a.country, hit[0]), set()).add(a.name)
                        k += hit[1]
                    else:
                        k += 1
            elif a.titled:
                hit = _standing_at(sent.norms, a.i, a.j, a.clitic, gaz)
                if hit:
                    bare.append((a, hit[0]))
    for a, key in bare:
        names = holders.get((a.country, key), ())
        if len(names) == 1:
            a.name = next(iter(names))
            if a.role not in MINISTER_ROLES:
                a.role = "official"  # settled below with the offices named for him


def settle_person_roles(sentences: list[Sentence], year: int | None = None) -> None:
    """A person the document names with a ministry anywhere («ولي ولي العهد النائب الثاني لرئيس
    مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان») holds it at every mention of him, also
    at one before it that named only a crown prince's or a deputy's title («ولي ولي العهد
    الأمير محمد بن سلمان»: official so far): the fullest naming of him in the document decides,
    as a pronoun takes its antecedent's (a ministry beats those titles; heads and delegations
    keep theirs). So does his state's ministry the document names without a name where its
    words did not join it to his («وولي ولي العهد ووزير الدفاع صاحب السمو الملكي الأمير
    محمد بن سلمان»), when the gazetteer has him hold it that year."""
    held: dict[str, list[str]] = {}
    offices: set[tuple[str, str]] = set()
    for sent in sentences:
        for a in sent.actors:
            if a.name and a.titled and a.role in MINISTER_ROLES:
                held.setdefault(a.name, []).append(a.role)
            elif a.name and a.role == "envoy" and _envoy_titled(a, sent.norms):
                # «المبعوث الخاص للرئيس الروسي ... ميخائيل بوغدانوف» and elsewhere «نائب وزير
                # الخارجية بوغدانوف»: the envoy's office beats a deputy's or an aide's title
                held.setdefault(a.name, []).append(a.role)
            elif (a.name is None and a.titled and a.role in MINISTER_ROLES and a.country
                  and not a.counterpart and not a.collective):
                offices.add((a.country, a.role))
    _standing_holders(sentences)
    for sent in sentences:
        for a in sent.actors:
            if a.role not in ("official", None) or a.counterpart or not a.name:
                continue
            if a.name in held:
                a.role = _best_role(held[a.name])
                continue
            # whether the gazetteer has him hold it that year
            mine = [r for c, r in offices if c == a.country and holds_office(a.name, c, r, year)]
            if mine:
                a.role = _best_role(mine)


def _org_anaphor_forms(gaz) -> frozenset[str]:
    """The organisations' anaphors (المجلس, المنظمة) and their forms after «ل» (للمجلس)."""
    words = frozenset(gaz.org_anaphors) | frozenset(gaz.body_anaphors)
    return words | frozenset("ل" + w[1:] for w in words if w.startswith("ال"))


# a quotation mark opening on an Arabic letter, and one closing after it
_OPENS_QUOTE = re.compile(r'[«"“]\s*[\u0621-\u064a]')
_CLOSES_QUOTE = re.compile(r'[\u0621-\u064a][»"”]')


def _quoted_org(sent: Sentence, i: int, gaz) -> tuple[Entry, str] | None:
    """(the organisation's entry, clitic) when token i is an acronym of orgs.yaml `quoted`
    («إيقاد», also kindling) written between quotation marks («"إيقاد"», «و«إيقاد»»)."""
    if not gaz.quoted_orgs:
        return None
    word = _strip_clitic(sent.norms[i], gaz.quoted_orgs)
    if word is None:
        return None
    tok = sent.toks[i]
    seg = sent.text[max(0, tok.start - 1):tok.end + 1]
    if not (_OPENS_QUOTE.search(seg) and _CLOSES_QUOTE.search(seg)):
        return None
    return gaz.quoted_orgs[word[0]], word[1]


def _anaphor_word(tok: str, words) -> tuple[str, str] | None:
    """(anaphor, clitic) when `tok` is one of the anaphors `words`, alone or with a clitic
    (`_strip_clitic`), or after «ل» with the article's alif elided («للمجلس», «للمنظمة»)."""
    word = _strip_clitic(tok, words)
    if word is None and tok.startswith("لل") and "ا" + tok[1:] in words:
        word = ("ا" + tok[1:], "ل")
    return word


def _another_body_after(norms: list[str], toks: list, i: int, gaz) -> bool:
    """Whether a definite word right after the anaphor at token i (no punctuation between, no
    filler or person's name) makes it the name of another body («المجلس الأعلى للثقافة»,
    «الحركة الانفصالية»)."""
    return i + 1 < len(norms) and not toks[i].punct and norms[i + 1].startswith(("ال", "لل")) \
        and not (gaz.fillers and gaz.fillers.match(norms, i + 1)[0]) \
        and not any(e.kind == "person" for e in gaz.match(norms, i + 1)[1])


def _org_anaphor(norms: list[str], toks: list, i: int, raw: list, memory: dict,
                 gaz) -> tuple[Entry, str] | None:
    """(the organisation's entry, clitic) when token i is an organisation's anaphor (roles.yaml
    `org_anaphors`) right after the title of an organisation's head, naming one the text named
    before; None otherwise (also before a definite word that makes it another body)."""
    named = memory.get(NAMED_ORGS)
    if not named or not raw or raw[-1][1] != i or raw[-1][2].kind != "title" \
            or raw[-1][2].role != "organization_head":
        return None
    word = _anaphor_word(norms[i], gaz.org_anaphors)
    if word is None or gaz.org_anaphors[word[0]] not in named:
        return None
    if _another_body_after(norms, toks, i, gaz):
        return None  # «الأمين العام للمجلس الأعلى للثقافة»: another council (not «الدكتور»)
    return named[gaz.org_anaphors[word[0]]], word[1]


def _body_anaphor(norms: list[str], toks: list, i: int, memory: dict,
                  gaz) -> tuple[Entry, str] | None:
    """(the organisation's entry, clitic) when token i is a bare definite noun of a kind of
    body (roles.yaml `body_anaphors`: «المنظمة», «الحركة») and the text named exactly one
    organisation of that kind before («وافقت منظمة التجارة العالمية ... وتقيم المنظمة
    احتفاء»); None with two or none named, or before a definite word that makes it another
    body («الحركة الانفصالية», «المنظمة الدولية»)."""
    named = memory.get(NAMED_ORGS)
    if not named:
        return None
    word = _anaphor_word(norms[i], gaz.body_anaphors)
    if word is None:
        return None
    codes = [c for c in named if c in gaz.body_anaphors[word[0]]]
    if len(codes) != 1 or _another_body_after(norms, toks, i, gaz):
        return None
    return named[codes[0]], word[1]


KOREAS = "koreas"  # memory: the Koreas the article names in full (extract._prepare)
LAST_KOREA = "last korea"  # memory: the Korea named last, in full
# the definite forms only («ستيفن كوري» is a surname), and no dual («بين الكوريتين»: both)
_KOREAN = {form: definite for form, definite in adjective_forms("كوري").items()
           if definite and not form.endswith("تين")}
_KOREA_CODES = ("KOR", "PRK")


def koreas_named(norms: list[str]) -> set[str]:
    """The Koreas a text's words name in full (كوريا الجنوبية، الكوري الشمالي، سيول ...)."""
    gaz = load_gazetteer()
    codes = set()
    for i, w in enumerate(norms):
        if "كوري" not in w and w not in _KOREA_PLACES():
            continue
        n, entries, _ = gaz.match_clitic(norms, i)
        codes.update(e.code for e in entries[:1] if n and e.code in _KOREA_CODES
                     and e.kind in ("country", "adj", "place"))
    return codes


@lru_cache(maxsize=1)
def _KOREA_PLACES() -> frozenset[str]:
    gaz = load_gazetteer()
    return frozenset(toks[0] for entries in gaz.index.values() for toks, e in entries
                     if e.kind == "place" and e.code in _KOREA_CODES)


def _bare_korean(norms: list[str], raw: list, clitics: dict, memory: dict) -> list:
    """«السفير الكوري»: a Korean adjective that names neither Korea is the one the article
    names in full (the one named last before it, when it names both); with neither named,
    the South (the North keeps no embassy in these outlets' countries)."""
    covered = {k for i, j, _ in raw for k in range(i, j)}
    seen = memory[KOREAS]
    last = memory.get(LAST_KOREA)
    added = []
    for i, w in enumerate(norms):
        for a, _b, e in raw:
            if a < i and e.code in _KOREA_CODES and e.kind in ("country", "adj", "place"):
                last = e.code  # a full mention earlier in the sentence
        if i in covered:
            continue
        clitic = next((c for c in ("و", "ب", "ل", "ف") if w.startswith(c) and w[1:] in _KOREAN),
                      "")
        form = w[len(clitic):]
        if form not in _KOREAN:
            continue
        code = seen.copy().pop() if len(seen) == 1 else last if seen else "KOR"
        if code is None:
            continue
        added.append((i, i + 1, Entry("adj", code=code, definite=_KOREAN[form])))
        clitics[i] = clitic
    for _a, _b, e in raw:
        if e.code in _KOREA_CODES and e.kind in ("country", "adj", "place"):
            memory[LAST_KOREA] = e.code
    return sorted(raw + added, key=lambda r: r[0]) if added else raw


def _representatives(norms: list[str], raw: list, clitics: dict) -> list:
    """«ممثل منظمة الصحة العالمية», «ممثلة تونس»: a singular «ممثل» right before a body or
    a state is its representative's title (an official of it); elsewhere («ممثل مسرحي»)
    the word is no title. So is the unbound plural two words before, «عن» or «من» between
    («ممثلون عن أوكرانيا», «وممثلين من البنك الدولي»: PLURAL_REPRESENTATIVES)."""
    covered = {k for i, j, _ in raw for k in range(i, j)}
    added = []
    for i, _j, e in raw:
        if e.kind not in ("org", "country"):
            continue
        for k, words in ((i - 1, REPRESENTATIVE_WORDS), (i - 2, PLURAL_REPRESENTATIVES)):
            if k < 0 or k in covered or k < i - 1 and norms[i - 1] not in ("عن", "من"):
                continue
            w = norms[k]
            clitic = "و" if w.startswith("و") and w[1:] in words else ""
            if w[len(clitic):] in words:
                added.append((k, k + 1, Entry("title", role="official")))
                clitics[k] = clitic
    return sorted(raw + added, key=lambda r: r[0]) if added else raw


FULL_NAMES = "full names"  # memory: the people the text has named by more than one word


def _named_in_full(raw: list, memory: dict) -> frozenset[str]:
    """The people the text named by more than one word so far: in the sentences before
    (FULL_NAMES) and earlier in this one (`raw`)."""
    return memory.get(FULL_NAMES, frozenset()) | {
        e.en for a, b, e in raw if e.kind == "person" and b - a > 1}


def _adjective_surname(word: str, person: dict, i: int, raw: list, memory: dict) -> bool:
    """Whether a one-word alias that is also a nationality adjective («السوداني») is the
    adjective at i: unless the text named the person in full before (here or in an earlier
    sentence: «محمد شياع السوداني ... السوداني خلال لقاء»), and even then after another
    nationality adjective ending there («الرئيسان المصري والسوداني»)."""
    if not any(e[1].kind == "adj" for e in load_gazetteer().index.get(word, ())):
        return False
    if raw and raw[-1][1] == i and raw[-1][2].kind in ("adj", "orgadj"):
        return True
    return person["en"] not in _named_in_full(raw, memory)


def _given_name_after(sent: Sentence, i: int, gaz) -> bool:
    """Whether a bare family name that opens names (grammar.yaml `family_name_first`: «كيم»,
    «شي») goes on at i + 1 with a given name of its own: a word no lexicon, gazetteer or list
    of function words knows, with no article and no punctuation before it («كيم جونغ نام»,
    «كيم إيلسونغ», «شي يانمي»: another person of the family name, not the one the article
    named in full; «والتقى شي أردوغان», «قال شي إن» name him); so does a word the gazetteer
    knows only as the given name opening other people's names («جونغ» of «جونغ اوي يونغ»),
    unless such a name stands there in full (his object)."""
    k = i + 1
    if k >= len(sent.norms) or sent.toks[i].punct:
        return False
    word = sent.norms[k]
    if _definite(word) or _common_word(word, gaz, known=False):
        return False
    return not _common_word(word, gaz) or _given_only(word, gaz) and not gaz.match_clitic(
        sent.norms, k)[0]


def _same_sentence_surname(norms: list[str], i: int, n: int, person: dict, same: dict,
                           stops: list[int], gaz) -> list[int]:
    """A person the gazetteer knows named in full at i («وزير الدفاع الأمريكي آشتون كارتر»):
    his surname alone later in the same sentence («وكان كارتر قد زار بغداد») names him too, as
    it does in the sentences after (`_surname_alias`); a surname two people of the sentence
    share names neither. The positions after i where it stands join `stops`."""
    forms = _surname_claims(tuple(norms[i:i + n]), gaz)
    if not forms:
        return stops
    for form in forms:
        _claim_surname(same, form, person)
    words = _alias_token_forms(frozenset(forms))
    later = [k for k in range(i + n, len(norms)) if norms[k] in words]
    return sorted(set(stops).union(later)) if later else stops


@lru_cache(maxsize=1)
def _plural_titles() -> frozenset[str]:
    """The gazetteer's collective and attached titles together (it never changes once loaded)."""
    gaz = load_gazetteer()
    return gaz.collective_titles | gaz.attached_titles


def find_mentions(sent: Sentence, year: int | None, memory: dict,
                  home: str | None = None) -> None:
    """Fill sent.actors / places / countries from gazetteer matches. `home` (ISO alpha-3): the
    outlet's country, which a title with no country of its own («وزير الخارجية») refers to."""
    gaz = load_gazetteer()
    norms = sent.norms
    raw: list[tuple[int, int, Entry]] = []
    clitics: dict[int, str] = {}
    pronouns: set[int] = set()  # honorific pronouns (سموه) resolved to a person named before
    stops = _stops(norms, gaz, memory)
    named_for = -1  # where a facility's namesake goes on («مركز الملك | سلمان»)
    same: dict = {}  # surnames of people named in full earlier in this sentence
    same_sons: dict = {}  # their fathers' names (`_son_claim`)
    twins: dict = {}  # «عمان» written bare: token -> (the country, the other state's city)
    sons = memory.get(SONS)  # the fathers' names of the article so far and this sentence
    i = stops[0] if stops else len(norms)  # (nothing before the first stop names anyone)
    while i < len(norms):
        n, entries, clitic = gaz.match_clitic(norms, i)
        if n:
            kinds = {e.kind for e in entries}
            pick = None
            for kind in ("person", "fixed", "dhead", "counterpart", "skip", "title", "org",
                         "orgadj", "region", "country", "place", "adj"):
                if kind in kinds:
                    pick = next(e for e in entries if e.kind == kind)
                    if kind == "person":
                        shared = sum(e.kind == "person" for e in entries) > 1
                        pick = _by_year(entries, year, raw[-1][2] if raw and raw[-1][1] == i
                                        else None,
                                        _named_in_full(raw, memory) if shared else frozenset())
                    break
            if pick.kind == "orgadj" and pick.role and not (
                    raw and raw[-1][1] == i and raw[-1][2].kind == "title"
                    and raw[-1][2].role == pick.role):
                # «المبعوث الدولي»: an adjective naming the organisation only right after the
                # title it qualifies (gazetteer title_adjectives); elsewhere («المجتمع الدولي»،
                # «مطار الملك خالد الدولي») it names no one
                i = next_stop(stops, i)
                continue
            if pick.only == "title" and not (raw and raw[-1][1] == i
                                             and raw[-1][2].kind in _TITLE_KINDS):
                # «رئيس الوزراء الروماني»: an adjective that is also an ordinary word names
                # the state only right after an office title; «العهد الروماني» names none
                i = next_stop(stops, i)
                continue
            if pick.only == "destination" and not (
                    not clitic and i > 0 and norms[i - 1] in _DESTINATION_BEFORE
                    or raw and raw[-1][1] == i and raw[-1][2].kind == "title"):
                # «يصل غدا إلى بنين», «رئيس بنين»: a state's name that is also an ordinary
                # word names it only after a destination or a title in construct
                i = next_stop(stops, i)
                continue
            if pick.kind == "org" and pick.home is not None and pick.home != home:
                # «الجبهة الشعبية», «أنصار الشريعة»: a name several states' movements share
                # names the outlet's own state's (orgs.yaml home_names); in another state's
                # outlet the text must say which, and the bare name names none
                pick = next((e for e in entries if e.kind == "org" and e.home == home), None)
                if pick is None:
                    i += n
                    continue
            if pick.kind == "country" and "place" in kinds:
                tok = sent.toks[i]
                surface = sent.text[tok.start:sent.toks[i + n - 1].end]
                pair = (pick, next((e for e in entries if e.kind == "place"
                                    and e.code != pick.code), None))
                pick = _place_or_country(pick, entries, raw, memory, surface)
                if pair[1] is not None and _SHADDA not in surface and _DAMMA not in surface:
                    twins[i] = pair
            region = _region_named(norms, i, clitic) if pick.kind in ("country", "place") else 0
            if region > n:
                i += region  # «أمريكا اللاتينية»: a region named after a state, not the state
                continue
            idiom = _not_place_phrase(norms, i, clitic) if pick.kind == "place" else 0
            if idiom:
                i += idiom  # «مسقط رأسه»: a birthplace, not Muscat
                continue
            if pick.kind in ("person", "title", "fixed") and (
                    named_for == i or i > 0 and _facility(norms[i - 1])):
                # «مركز الملك سلمان للإغاثة», «جامعة الملك عبدالعزيز»: a facility named after
                # a person, not that person (the title and the name after it both)
                i = named_for = i + n
                continue
            if (pick.kind == "person" and n == 1 and raw and (
                    raw[-1][1] == i and raw[-1][2].kind in ("title", "counterpart", "fixed")
                    or raw[-1][2].kind == "title"
                    and _minister_portfolio_before(norms, sent.toks, raw[-1], i, clitics)
                    or _adjective_after_noun(norms, i, clitic, raw))
                    or pick.kind == "person" and n == 1 and _before_any_office(pick.person, year)
                    or pick.kind == "person" and n == 1
                    and _adjective_surname(norms[i][len(clitic):], pick.person, i, raw, memory)):
                # «وزير المياه السوداني»: after a minister's portfolio, the nationality;
                # «وفد الجيش السوداني»: after a definite noun, its adjective; «السوداني»
                # in a year before the one he shares it with held any office: the adjective
                alt = [e for e in load_gazetteer().index.get(norms[i][len(clitic):], ())
                       if e[1].kind == "adj"]
                if alt:
                    pick = alt[0][1]
            if pick.kind == "adj" and n == 1 and _nisba_surname(norms, sent.toks, i, clitic, raw,
                                                              gaz):
                # «وزير الصحة أحمد التركي», «السفير محمد العراقي»: a family name
                i += 1
                continue
            if pick.kind == "title" and n == 1 and _given_name_here(norms, i, clitic, gaz):
                # «سلطان الجابر وزير الدولة الإماراتي»: a given name, not Oman's sultan
                i += 1
                continue
            surname = pick.kind == "person" and (n == 1 or _lineage_surname(norms, i, n, clitic,
                                                                            pick.person))
            if surname and _before_any_office(pick.person, year) \
                    and pick.person["en"] not in memory.get(FULL_NAMES, ()) \
                    and not (raw and raw[-1][1] == i and raw[-1][2].kind in ("title", "fixed")):
                # «للصفدي», «كوشنير» in 2015: a surname alone before every office its holder
                # would take names someone else, unless the text named him in full before
                # (so does a family name with «بن»: «جوهر بن مبارك» in 2016)
                i += n
                continue
            if pick.kind == "person" and n >= 3 and norms[i + n - 2] in LINEAGE \
                    and _family_name_at(norms, i + n, gaz):
                # «عبدالله بن عبدالعزيز الربيعة»: a known «X بن Y» with a family name after it is
                # someone else's full name (the Gulf's given name, father's name, family)
                i += n
                continue
            if pick.kind == "person" and _chain_goes_on(norms, sent.toks, i, n, gaz):
                # «فهد بن عبدالعزيز بن معمر»: a known «X بن Y» whose chain goes on with a
                # grandfather of its own is a namesake (a known person's fuller chain,
                # «محمد بن سلمان بن عبدالعزيز», is an alias, matched as the longer phrase)
                i += n
                continue
            if pick.kind == "person" and n == 1 and (
                    i + 1 < len(norms) and norms[i + 1] in SPORT_PEOPLE
                    or i > 0 and norms[i - 1] in SPORT_PEOPLE):
                # «ساماراس لاعب الهلال السابق», «اللاعب موراليس»: a sportsman who shares an
                # office holder's surname, not that office holder
                i += 1
                continue
            if surname and _namesake_before(norms, i, clitic, pick.person) \
                    and not _own_title_before(norms, i, raw, pick.person):
                # «ميشيل أوباما», «نجل ترامب»: another person of the family, not the office
                # holder (nobody the gazetteer knows, unless his full name is an entry)
                i += n
                continue
            if pick.kind == "person" and n == 1 \
                    and norms[i][len(clitic):] in gaz.given_name_aliases \
                    and i + 1 < len(norms) and (norms[i + 1] in FATHER_LINKS
                                                or _family_name_at(norms, i + 1, gaz)):
                # «تميم بن عبدالعزيز», «تميم الدوسري»: a given name the gazetteer lists alone
                # for one person («تميم»), with a father's or a family name after it that is
                # not his (his own full name is an alias, matched as the longer phrase)
                i += 1
                continue
            if pick.kind == "person" and n == 1 and i >= 2 and norms[i - 2] in LINEAGE:
                # «ناصر بن غانم الخليفي»: a family name closing another person's full name
                i += 1
                continue
            if pick.kind == "person" and i >= 1 and norms[i - 1] in FATHER_LINKS:
                # «محمد بن حسين الشيخ»: after «بن» come the father's names, not a person of
                # their own («حسين الشيخ» is someone else)
                i += n
                continue
            if (pick.kind == "title" and raw and raw[-1][1] == i and raw[-1][2].kind == "title"
                    and not sent.toks[i - 1].punct and i + n < len(norms)
                    and norms[i + n] in FATHER_LINKS
                    and _in_titles(" ".join(norms[raw[-1][0]:i]), _PRINCE_TITLES)):
                # «الأمير سلطان بن ناصر»: a title's word after a prince's title and before «بن»
                # is his given name, no sultan
                i += n
                continue
            if pick.kind == "title" and i > 0 and norms[i - 1] in _NAME_LINKS:
                # «الأمير تركي بن سلطان السفير ...»: a title's word after «بن» is the father's
                # name, no sultan (nor the start of one joined to the office after it); the
                # family name after it may be the same word made definite («بن سلطان السلطان»)
                i += n
                if n == 1 and i < len(norms) and norms[i] == "ال" + norms[i - 1]:
                    i += 1
                continue
            if pick.kind == "title" and i > 0 and norms[i - 1] in PORTFOLIO_WORDS:
                # «الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية»: the portfolio of the
                # title before, not the ministry
                i += n
                continue
            if pick.kind == "title" and " ".join(norms[i:i + n]) == _IN_CHARGE_OF_FOREIGN \
                    and not any(t in _MINISTER_TITLE_WORDS for t in norms[max(0, i - 2):i]):
                i += n  # «المسؤول عن الشؤون الخارجية في الحزب»: no minister's title before
                continue
            if pick.kind == "country" and i + n < len(norms) \
                    and norms[i + n] == _REGION_ADJECTIVE:
                i += n + 1  # «المغرب العربي»: the Maghreb, a region of several states
                continue
            if pick.kind == "skip" and _help_noun(norms, i, n, clitic):
                i += n  # «بعدم مساعدة الرئيس السوري»: helping him, not his assistant
                continue
            if pick.kind == "title" and n == 1 and norms[i] == _GOVERNOR \
                    and not _governor_written(sent, i, gaz):
                i += n  # «وإلى تونس»: «and to», not a governor
                continue
            if pick.kind == "title" and not _institution_allowed(norms, i, n, clitic, gaz):
                i += n  # «لجنة التحقيق»: a committee that is no joint one names no party
                continue
            if pick.kind == "title" and _bare_dual_side(norms, i, n, clitic, gaz):
                i += n  # «بين الجانبين» alone: the sides told before, left to the frames
                continue
            raw.append((i, i + n, pick))
            clitics[i] = clitic
            if pick.kind == "person" and n >= 2:
                stops = _same_sentence_surname(norms, i, n, pick.person, same, stops, gaz)
                father = _son_claim(tuple(norms[i:i + n]))
                if father is not None:
                    # «محمد بن زايد ..., وأشار ابن زايد»: the same sentence names him again
                    _claim_surname(same_sons, father, pick.person)
                    sons = {**memory.get(SONS, {}), **same_sons}
                    later = [k for k in range(i + n, len(norms) - 1)
                             if _son_named(norms, k, same_sons)]
                    stops = sorted(set(stops).union(later)) if later else stops
            if pick.kind == "region":
                memory[LAST_REGION] = pick
            if pick.kind == "org":
                memory.setdefault(NAMED_ORGS, {})[pick.code] = pick
            # a country name is also a place
            if pick.kind == "country":
                sent.places.append((i, pick.en, pick.code))
            i += n
            continue
        first = _given_after_title(norms, i, raw, memory, gaz, sent.toks)
        if first is not None:
            person = first[1]
            raw.append((i, i + first[0], Entry("person", code=person["country"] or person["org"],
                                                person=person, en=person["en"])))
            clitics[i] = ""
            i += first[0]
            continue
        region = memory.get(LAST_REGION)
        anaphor = _strip_clitic(norms[i], gaz.region_anaphors) if region is not None else None
        if anaphor is not None:
            # «حكومة الإقليم» after «إقليم كردستان»: the region named before
            raw.append((i, i + 1, region))
            clitics[i] = anaphor[1]
            i += 1
            continue
        quoted = _quoted_org(sent, i, gaz)
        if quoted is not None:
            # «بوساطة مجموعة دول «إيقاد»»: an acronym that is also a word, named in quotes
            raw.append((i, i + 1, quoted[0]))
            clitics[i] = quoted[1]
            i += 1
            continue
        org = _org_anaphor(norms, sent.toks, i, raw, memory, gaz)
        if org is not None:
            # «الأمين العام للمجلس» after «مجلس التعاون الخليجي»: the organisation named before
            raw.append((i, i + 1, org[0]))
            clitics[i] = org[1]
            i += 1
            continue
        org = _body_anaphor(norms, sent.toks, i, memory, gaz)
        if org is not None:
            # «وتقيم المنظمة» after «منظمة التجارة العالمية»: the one of its kind named before
            raw.append((i, i + 1, org[0]))
            clitics[i] = org[1]
            i += 1
            continue
        son = _son_named(norms, i, sons) if sons else None
        if son is not None:
            # «وأشار ابن زايد» after «محمد بن زايد آل نهيان»: the prince named before
            person = son[0]
            raw.append((i, i + 2, Entry("person", code=person["country"] or person["org"],
                                        person=person, en=person["en"])))
            clitics[i] = son[1]
            i += 2
            continue
        aliases = memory.get("aliases", {})
        if same:
            aliases = {**aliases, **same}
        aliased = _strip_clitic(norms[i], aliases)
        if aliased and aliased[0] in FAMILY_NAME_FIRST and _given_name_after(sent, i, gaz):
            aliased = None  # «كيم جونغ نام» after «كيم جونغ أون»: another of the family
        if aliased and aliased[1] and norms[i] in CLITIC_PHRASES:
            aliased = None  # «لصالح», «بسلام»: a fixed phrase, not «صالح», «سلام» (grammar.yaml)
        if aliased and aliases[aliased[0]] is None:
            aliased = None  # a surname two people of the text share names neither
            if sent.shared_surname is None:
                sent.shared_surname = i
        if aliased and not (raw and raw[-1][1] == i) and _namesake_before(
                norms, i, aliased[1], aliases[aliased[0]]):
            # «مريم شريف», «أبو عمر البغدادي» after «نواز شريف», «أبو بكر البغدادي»: another
            # of the family or a namesake, as for a surname the gazetteer knows alone (not
            # after a mention ending there: «ولد الشيخ أحمد العربي», the object after him)
            aliased = None
        pronoun = _strip_clitic(norms[i], gaz.honorific_pronouns)
        head = _strip_clitic(norms[i], memory.get("title_heads", {}))
        person = None
        if aliased and not aliased[1] and i > 0 and _definite(aliased[0]) and (
                aliased[0] in memory.get(WORD_SURNAMES, ())
                or aliased[0] in same and _common_word(aliased[0], gaz)) and (
                _possessed_noun(norms[i - 1], sent.text[sent.toks[i - 1].start:
                                                         sent.toks[i - 1].end])
                or _definite(norms[i - 1])
                and without_conjunction(norms[i - 1]) not in MET_OBJECT_VERBS):
            # «لشعبنا العربي», «لوطنه العربي»: an adjective of that noun; a surname that is a
            # common word is one after any definite word but a meeting verb («التقى العربي»),
            # a lexicon noun too («وبحث العمل العربي المشترك»); a surname that is no common
            # word («العبادي») is none of its adjectives, and names him after a verb with an
            # object pronoun or one ending in «ه» («أعلنها العبادي», «وسيواجه العبادي»)
            aliased = None
        if aliased and _after_definite_noun(norms, i, aliased[1], raw) and (
                aliases[aliased[0]] is memory.get(TITLED_SURNAMES, {}).get(aliased[0])
                or aliased[0] in same or not (raw and raw[-1][1] == i)):
            # «في الوقت الحالي», «المذهب المالكي»: a surname the text gave a person that is
            # also an adjective agreeing with the definite noun before it names nobody there;
            # a known person's surname after a mention ends is the object after a subject
            # («والتقى الوفد الإيراني المالكي»)
            aliased = None
        if aliased and not aliased[1] and i > 0 and norms[i - 1] in LINEAGE:
            aliased = None  # «عبد العزيز بن سلمان»: a father's name, not the person named so
        if aliased:
            person = aliases[aliased[0]]
        elif head and memory["title_heads"][head[0]] != AMBIGUOUS_TITLE and (
                i + 1 >= len(norms) or not gaz.match_clitic(norms, i + 1)[0]):
            # «المستشارة» alone after «المستشارة الألمانية أنغيلا ميركل»: the head of a
            # title the gazetteer only knows with its nationality, naming her again
            person, pronoun = memory["title_heads"][head[0]], head
        elif pronoun and (receiver := _same_verb_subject(norms, i, pronoun[0], memory, gaz,
                                                          sent.index)):
            # «تلقى الأمير X اتصالا من Y ... كما تلقى سموه اتصالا من Z»: the receiver, X
            person = receiver
        elif pronoun:
            # not a companion named before («وقد رافق معاليه X»), nor one the sentence names
            # after it («وكان في استقبال معاليه ... X»)
            skip = memory.get(COMPANIONS, frozenset()) | _people_after(norms, sent.toks, i, gaz)
            named = [(p, r) for p, r in memory.get("named", []) if p["en"] not in skip]
            named += [(e.person, memory.get(e.en) or _role_for_year(e.person, year))
                      for _, _, e in raw if e.kind == "person"]
            other = _counterpart_state_after(norms, i, gaz)
            person = _pronoun_person(pronoun[0], named, gaz, other)
            office = _pronoun_office(pronoun[0], named, person, memory.get(TITLED, ()), gaz,
                                     other)
            if office is not None:
                # «وصل وزير الخارجية البريطاني ... واستقبل الملك معاليه»: the office named
                # last that takes the honorific, when no one named by name came after it
                raw.append((i, i + 1, Entry("fixed", role=office[1], code=office[0])))
                clitics[i] = pronoun[1]
                person = None
        if person is not None:
            raw.append((i, i + 1, Entry("person", code=person["country"] or person["org"],
                                        person=person, en=person["en"])))
            clitics[i] = (aliased or pronoun)[1]
            if not aliased:
                pronouns.add(i)
        # nothing was found at i: the next word that may name someone (after a match, its
        # next word is looked at whatever it is: a first name may follow a title)
        i = next_stop(stops, i)
    if twins:
        raw = _twins_by_sentence(sent, raw, twins)
    if KOREAS in memory:
        raw = _bare_korean(norms, raw, clitics, memory)
    raw = _representatives(norms, raw, clitics)
    raw = [r for r in raw if not _chair_only(norms, r)]
    named = memory.setdefault(NAMED_STATES, set())
    memory[NAMED_BEFORE] = (frozenset(named), [
        (-1 if e.kind == "person" else i0, e.code) for i0, _, e in raw
        if e.kind in ("country", "adj", "place", "person") and e.code])
    named.update(e.code for _, _, e in raw if e.kind in ("country", "adj", "place") and e.code)
    for i0, _j0, e in raw:
        if e.kind == "adj" and e.code and _after_body_word(norms, sent.toks, i0, gaz):
            memory[(BODY_NATIONALITY, e.code)] = True  # «شركة هيونداي الكورية»

    # 1. units: a title with its qualifiers (adjective, genitive country, organisation)
    units: list[dict] = []
    k = 0
    while k < len(raw):
        i0, j0, e = raw[k]
        if e.kind in ("title", "fixed", "counterpart", "dhead", "skip"):
            unit = {"i": i0, "j": j0, "titles": [], "country": e.code, "org": None,
                    "person": None, "counterpart": e.kind == "counterpart",
                    "delegation": e.kind == "dhead" or e.role == "delegation", "skip": False,
                    "title_j": j0}
            title = " ".join(norms[i0:j0])
            unit["tkeys"] = []
            if e.kind in ("title", "skip") and _aide_title(title, clitics.get(i0, ""), gaz) \
                    and not (i0 > 0 and norms[i0 - 1] in LINEAGE):  # «بن مساعد»: a name
                unit["aide"] = e.role if e.kind == "title" and e.role == "envoy" else "official"
            if e.kind == "skip":
                unit["skip"] = True
            elif e.kind in ("title", "fixed"):
                unit["titles"].append((e.role, title))
                unit["representative"] = _in_titles(title, REPRESENTATIVE_WORDS)
                unit["tkeys"].append(_title_key(title, clitics.get(i0, "")))
                unit["inst"] = unit["tkeys"][-1] in gaz.institution_titles
            window = 7 if unit["delegation"] else 3
            m = k + 1
            # «نظرائه الخليجيين»: the bloc's adjective right after plural counterparts names
            # them; a nationality further on qualifies another noun («نظرائه الخليجيين الاتفاق
            # النووي الإيراني»: the agreement is Iran's, the counterparts the Gulf's)
            by_bloc = _counterpart_bloc(norms, unit, gaz) is not None
            while m < len(raw) and not by_bloc:
                i1, j1, e1 = raw[m]
                gap = i1 - unit["j"]
                # «مساعد سمو رئيس الهيئة», «مبعوث جلالة الملك»: an honorific between an aide's
                # or a deputy's title and the office he serves styles that office's holder; it
                # joins them as no gap would
                styled_gap = gap == 0 or gap <= HONORIFIC_CHAIN and e1.kind in (
                    "title", "fixed") and honorifics_only(norms, unit["j"], i1, gaz)
                if e1.kind == "skip" and gap == 0 and unit["titles"]:
                    break  # ولي العهد النائب الثاني لرئيس الوزراء: the deputy title starts anew
                elif e1.kind == "skip" and gap == 0:
                    unit["skip"] = True
                    unit["j"] = j1
                elif (e1.kind == "fixed" and styled_gap and unit.get("aide") and unit["titles"]
                      and not unit["country"] and not unit["org"]):
                    # «مبعوث خادم الحرمين الشريفين»: the envoy's principal, of his state, not
                    # another actor (as «مستشار خادم الحرمين الشريفين»)
                    unit["j"] = j1
                    unit["country"] = e1.code
                    unit["inner"] = e1.role
                elif (e1.kind in ("title", "fixed") and e.kind in ("title", "skip")
                      and norms[unit["j"]:i1] == [_HOST]
                      and not unit["country"] and not unit["org"]):
                    # «الوزير لدى رئيس الحكومة»: the office served, not another actor (the
                    # holder keeps his own title; an adviser's, «المستشار لدى», is an official)
                    unit["j"] = j1
                    if e1.kind == "fixed" and e1.code:
                        unit["country"] = e1.code  # none yet: the office served is of his state
                    if not unit["titles"]:
                        unit["skip"] = False
                        unit["titles"] = [("official", " ".join(norms[i0:j0]))]
                elif e1.kind in ("title", "fixed") and styled_gap and unit["skip"] and not (
                        e1.kind == "fixed" and i0 > 0 and norms[i0 - 1] in LINEAGE):
                    # «مستشار خادم الحرمين الشريفين»: the king's adviser holds no office of it;
                    # nor does the king's or the chancellor's deputy («نائب خادم الحرمين
                    # الشريفين», «نائب المستشارة الألمانية»: the vice-chancellor)
                    # نائب رئيس الوزراء: the deputy title is consumed (also after another
                    # title: «وزير الخارجية نائب رئيس الوزراء» is a foreign minister)
                    unit["j"] = j1
                    unit["skip"] = False
                    unit["deputy"] = True
                    if e1.kind == "fixed" and e1.code and not unit["country"]:
                        unit["country"] = e1.code  # the fixed office's state is his
                    unit["inner"] = e1.role  # «مستشار الرئيس»: the office the aide serves
                elif (e1.kind == "title" and gap == 0 and unit.get("aide") and not unit["skip"]
                      and e1.role in HEADS and clitics.get(i1, "").endswith("ل")
                      and m + 1 < len(raw) and raw[m + 1][2].kind == "person"
                      and raw[m + 1][0] == j1):
                    # «المبعوث الخاص للرئيس باراك أوباما»: the head an aide serves, named right
                    # after his title with ل, is the aide's principal, not a second person (the
                    # name after it gives the aide his state: _principal)
                    unit["j"] = j1
                    unit["inner"] = e1.role
                elif (e1.kind == "title" and styled_gap and not unit["skip"]
                      and unit["titles"] and not unit["country"] and not unit["org"]
                      and not clitics.get(i1) and e1.role in PRINCIPAL_ROLES
                      and (unit.get("aide") == "envoy" and not _definite(norms[i0])
                           or unit.get("aide") and norms[unit["title_j"] - 1] in OFFICE_NOUNS)):
                    # «مبعوث رئيس الوزراء العراقي», «مبعوث وزير الخارجية الفرنسي»: an envoy's
                    # title in the construct state before the office he is sent by names that
                    # office's envoy, of its state, not a second person; so does the head of
                    # an office's indefinite «مكتب/ديوان» before the office he serves («مدير
                    # مكتب وزير الخارجية», «مدير ديوان معالي وزير الدفاع»: an official of that
                    # state; the definite «رئيس الديوان الملكي وزير الخارجية» is his own second
                    # office)
                    unit["j"] = j1
                    unit["inner"] = e1.role
                    if unit.get("aide") != "envoy":
                        # the office served: its state is the aide's (no president's aide in
                        # a kingdom's paper is the kingdom's)
                        unit["served"] = [(e1.role, " ".join(norms[i1:j1]))]
                elif (e1.kind in ("title", "fixed") and (unit["titles"] or unit["delegation"])
                      and (_complement_institution(norms, unit["j"], i1, j1, clitics, gaz)
                           or _portfolio_government(norms, sent.toks, unit, i1, j1,
                                                    clitics))):
                    # «المتحدث باسم وزارة الخارجية»، «المسؤولين بوزارة الدفاع»، «رئيس بعثة»:
                    # the body the title's holder belongs to, not another actor
                    unit["j"] = j1
                    if _government_noun(norms, i1, j1, clitics):
                        unit["gov_j"] = j1  # the state may follow its descriptor
                    if e1.code and not unit["country"] and not unit["org"]:
                        unit["country"] = e1.code  # «وفد من الكنيست»: the body's state
                        unit.setdefault("first_q", i1)
                    if e1.role == "delegation" and not unit["country"] and not unit["org"]:
                        unit["delegation"] = True
                        window = 7
                elif e1.kind == "adj" and not e1.definite and _definite(norms[i0]):
                    break  # «الأمير تركي»: a definite title takes only a definite adjective
                elif (e1.kind == "title" and j1 - i1 == 1 and gap > 0 and not clitics.get(i1)
                      and _nisba(norms[i1]) and m + 1 < len(raw)
                      and raw[m + 1][2].kind == "adj" and raw[m + 1][2].definite
                      and _long_portfolio(norms, sent.toks, unit, raw[m + 1][0], clitics)):
                    # «وزير الاقتصاد والمالية والتجارة الخارجية المغربي»: a ministry's word
                    # («الخارجية») that qualifies a noun of the portfolio, not another office
                    pass
                elif e1.kind in ("adj", "orgadj") and (gap <= window or (
                        e1.kind == "adj" and e1.definite
                        and _long_portfolio(norms, sent.toks, unit, i1, clitics))) and not any(
                        t in ("الي", "العاصمه") for t in norms[unit["j"]:i1]) and (
                        not unit.get("inst") or _noun_gap(norms, unit["j"], i1)) and not (
                        norms[i1].startswith("و") and unit["country"] and e1.kind == "adj") \
                        and not _nationality_noun_in(norms, unit["j"], i1) \
                        and not _verbal_complement_gap(norms, unit["j"], i1):
                    if unit["country"] or unit["org"]:
                        break
                    if (e1.kind == "orgadj" and not e1.definite and unit["titles"]
                            and not unit["delegation"] and not _definite(norms[unit["i"]])
                            and all(r in OFFICE_ROLES for r, _ in unit["titles"])):
                        # (a state's office, which an organisation's adjective alone does
                        # not give it)
                        # «أول زيارة لرئيس أوروبي»، «وزير أوروبي»: an unnamed head or minister
                        # of one of the bloc's states, not the organisation's, nor the outlet's
                        unit["j"], unit["bloc_member"] = j1, True
                        break
                    if (e1.kind == "orgadj" and gap == 0 and not e1.role
                            and not unit["delegation"] and len(unit["titles"]) == 1
                            and gaz.org_roles.get(e1.code) != "group"
                            and unit["titles"][0][0] in HEADS
                            and _in_titles(unit["titles"][0][1], gaz.org_head_titles)):
                        # «كنت الرئيس الأوروبي الوحيد»: a state's head title with the bloc's
                        # adjective right after it is a head of one of its states; the
                        # organisation's head is told by its own body («رئيس المفوضية
                        # الأوروبية», «رئيس المجلس الأوروبي»)
                        unit["j"], unit["bloc_member"] = j1, True
                        break
                    unit.setdefault("first_q", i1)
                    if e1.kind == "adj":
                        unit["country"] = e1.code
                    else:
                        unit["org"] = e1.code
                    unit["j"] = j1
                elif (e1.kind == "place" and e.kind == "title"
                      and (gap == 0 or gap == 1 and norms[unit["j"]] in PROVINCE_NOUNS
                           and _all_titles_in(unit, gaz.attached_titles))
                      and unit["j"] == unit["title_j"] and not unit["country"]
                      and not unit["org"] and (not _definite(norms[unit["j"] - 1])
                                               or norms[unit["j"] - 1] == _GOVERNOR)):
                    # a title in the construct state governs the place after it: «ولي عهد
                    # أبوظبي», «رئيس وزراء لندن» — the place's state is the title's («والي»
                    # is no «ال» after «و»); a governor's title may name the kind of province
                    # between («والي ولاية الخرطوم», «محافظ محافظة البصرة»)
                    unit.setdefault("first_q", i1)
                    unit["country"] = e1.code
                    unit["j"] = j1
                    sent.places = [p for p in sent.places if p[0] != i1]
                elif (e1.kind == "region" and gap == 0 and e.kind == "title"
                      and not unit["country"] and not unit["org"]
                      and not _definite(norms[unit["j"] - 1])):
                    # an office or a body in construct before a self-governing region («رئيس
                    # إقليم كردستان», «مسؤولي حكومة الإقليم»): an official of the region's state
                    unit.setdefault("first_q", i1)
                    unit["country"], unit["region"] = e1.code, True
                    unit["j"] = j1
                elif (e1.kind == "org" and unit.get("inst") and gap == 0
                      and clitics.get(i1) == "و" and not unit["country"] and not unit["org"]):
                    break  # «بين الحكومة وحركة طالبان»: a second party joined by و, no genitive
                elif e1.kind in ("country", "org") and _HOST not in norms[unit["j"]:i1] and (
                        gap <= (1 if e1.kind == "country" else window)
                        or e1.kind == "country"
                        and (_portfolio_country(norms, sent.toks, unit, i1, clitics)
                             or _government_state(norms, sent.toks, unit, i1, clitics))) and (
                        not unit.get("inst") or _noun_gap(norms, unit["j"], i1)) and not (
                        e1.kind == "country"
                        and _not_genitive(norms, unit["j"], i1, _posted_title(unit))
                        and not _from_country(norms, unit, i1, gaz)
                        and not _state_form_after(norms, unit, i1, j1, clitics)):
                    if unit["country"] or unit["org"]:
                        break
                    unit.setdefault("first_q", i1)
                    if e1.kind == "country":
                        unit["country"] = e1.code
                        sent.places = [p for p in sent.places if p[0] != i1]
                    else:
                        unit["org"] = e1.code
                        # «رئيس مندوبية الاتحاد الأوروبي», «رئيس مكتب الأمم المتحدة»: a noun
                        # between heads a body of the organisation, not the organisation
                        # (a council's head, «رئيس مجلس الاتحاد الأوروبي», presides over
                        # the organisation itself)
                        unit["sub_body"] = any(
                            w not in _HEAD_QUALIFIERS for w in norms[unit["j"]:i1]) and not (
                            norms[unit["j"]] in COUNCIL or norms[unit["j"]] == "المجلس")
                    unit["j"] = j1
                else:
                    break
                m += 1
            if unit.get("inst") and unit["delegation"]:
                unit["j"] = _body_name_end(norms, sent.toks, unit["j"], gaz)
                while m < len(raw) and raw[m][0] < unit["j"]:
                    m += 1  # words of the body's name are no actors of their own
            bloc = _counterpart_bloc(norms, unit, gaz)
            if bloc is not None:
                unit["org"], unit["j"] = bloc, unit["j"] + 1
            if unit.get("deputy") and e.kind == "skip":
                # «نائب وزير الخارجية»: a deputy holds no office of the title; an official
                # (a later title in the same group still names his office)
                unit["titles"] = [("official", " ".join(norms[i0:unit["j"]]))]
            if unit.get("aide"):
                # the aide's own title (a bare «مساعد» has none): those after it are whom he serves
                unit["aide_own"] = 1 if e.kind == "title" or unit.get("deputy") else 0
            k = m
            if i0 > 0 and norms[i0 - 1] in COUNCIL and e.kind == "title":
                continue  # مجلس وزراء الخارجية: a council's name, not its members
            if unit["j"] < len(norms) and norms[unit["j"]] in ACTING:
                unit["acting"] = [t for _, t in unit["titles"]]  # held for someone away
            units.append(unit)
            continue
        if e.kind == "person":
            p = e.person
            country, org = _affiliation(p, year, memory.get(p["en"]))
            units.append({"i": i0, "j": j0, "titles": [], "country": country,
                          "org": org, "person": p, "counterpart": False,
                          "delegation": False, "skip": False, "pronoun": i0 in pronouns,
                          "alias": tuple(norms[i0:j0]), "alias_clitic": clitics.get(i0, "")})
        elif e.kind == "org" and e.role == "group":
            units.append({"i": i0, "j": j0, "titles": [], "country": None, "org": e.code,
                          "person": None, "counterpart": False, "delegation": False,
                          "skip": False, "group": True})
        elif e.kind == "org" and _coordinated(units, i0, clitics, gaz, "org"):
            # «ممثلي صندوق النقد الدولي والمفوضية الأوروبية»: one actor per coordinated body
            prev = units[-1]
            if prev["titles"] and prev.get("org"):
                # the bodies listed under one plural title sit on one side (Actor.orglist)
                prev["orglist"] = prev.get("orglist", prev["i"])
            units.append(dict(prev, i=i0, j=j0, org=e.code, titles=list(prev["titles"]),
                              coordinated=True))
        elif e.kind == "country" and _coordinated(units, i0, clitics, gaz):
            # «وزراء خارجية تونس والجزائر ومصر»: one actor per coordinated country
            prev = units[-1]
            units.append(dict(prev, i=i0, j=j0, country=e.code, titles=list(prev["titles"]),
                              coordinated=True))
            sent.places = [p for p in sent.places if p[0] != i0]
        elif e.kind == "country":
            sent.countries.append((i0, j0, e.code))
        elif e.kind == "org":
            sent.orgs.append((i0, j0, e.code))
        elif e.kind in ("place", "region"):
            nxt = raw[k + 1] if k + 1 < len(raw) else None
            if (e.kind == "region" and nxt is not None and nxt[0] == j0
                    and nxt[2].kind in ("adj", "country") and nxt[2].code
                    and nxt[2].code != e.code):
                # «إقليم كردستان الإيراني», «كردستان تركيا»: the region the state names
                # after it is that state's (a Kurdistan of Iran or Turkey), not Iraq's
                sent.places.append((i0, e.en, nxt[2].code))
            else:
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
    for n_u, u in enumerate(units):
        g = groups[-1] if groups else None
        if g is not None and _governs_name(norms, clitics, g, u):
            # «وزير خارجية الأسد», «حكومة الرئيس الأمريكي»: the office or body of the state
            # of the person named after it, not that person (who is no party of his own)
            g["country"], g["org"] = g["country"] or u["country"], g["org"] or u["org"]
            g["j"], g["governs"] = u["j"], u["person"] is None
            continue
        if (g is not None and not u["counterpart"] and not u.get("group")
                and not u.get("pronoun") and not g.get("pronoun")):
            gap_toks = norms[g["j"]:u["i"]]
            if g["person"]:
                gap_toks = _after_lineage(gap_toks)  # محمد بن سلمان بن عبدالعزيز: one name
            gap = len(gap_toks)
            styled = g["j"] < u["i"] and honorifics_only(norms, g["j"], u["i"], gaz)
            if gap > 1 and styled:
                # «ولي ولي العهد صاحب السمو الملكي الأمير محمد بن سلمان»: a chain of
                # honorifics between a title and the name it styles is one word, as «سمو» is
                gap = 1
            stop = any(t in STOP_WORDS for t in gap_toks)
            compatible = _units_compatible(g, u)
            other = None
            if not compatible and bool(g["person"]) != bool(u["person"]):
                # «مستشار الأمن الوطني العراقي فالح الفياض», head of the PMF by default: a
                # title joins its name through any office the person held that year, and the
                # name then stands for that office's state or body
                other = _office_matching(u if u["person"] else g, g if u["person"] else u,
                                         year)
                compatible = other is not None
            # «وزير خارجية الإمارات الشيخ عبدالله بن زايد المبعوث الأممي»: a body's title right
            # after a state's titled, named office-holder is the next person's (his guest), not
            # more of his (a name alone may take its body's title: «غوتيريش الأمين العام ...»);
            # so is the head of a body's mission or delegation («وزير الخارجية الأردني ناصر
            # جودة رئيس بعثة صندوق النقد الدولي»: whom the minister met)
            compatible = compatible and not (
                u["org"] and not u["person"] and (u["titles"] or u["delegation"])
                and g["country"] and g["person"] and g["titles"] and not g["org"])
            # «وزير الداخلية، وآشتون كارتر»: a name joined by و after a comma is another person
            stop = stop or "مع" in gap_toks or "و" in gap_toks or (
                clitics.get(u["i"], "").startswith("و")
                and (not u["person"] or sent.toks[u["i"] - 1].punct)
                and not (not sent.toks[u["i"] - 1].punct
                         and _coordinated_ministry(g, u, units[n_u + 1:], clitics, gaz)))
            # «التقى وزير الخارجية الياباني أمس رئيس الجمهورية»: a time word ends the subject;
            # what follows it is the object
            stop = stop or any(t in _TIME_WORDS for t in gap_toks)
            # «مباحثات الرئيس المصري X وسمو ولي ولي العهد»: an honorific after و is the next
            # person's, so the titles after it are not more of the first one's
            stop = stop or any(t in _AND_HONORIFICS for t in gap_toks)
            # «ونقل ولي ولي العهد تحيات خادم الحرمين الشريفين»: the greetings of someone else
            stop = stop or any(t in MESSAGE_NOUNS for t in gap_toks)
            # «وأشاد المتحدث بلقاء الرئيس المصري»: a contact word between two mentions is
            # what one says of the other's meeting, not more of one person's titles
            stop = stop or _contact_word_in(norms, g["j"], u["i"])
            both_person = bool(u["person"] and g["person"]) and u["person"] != g["person"]
            # a plural title (المسؤولين، القادة) is not the title of a name two words or more
            # away («المسؤولين هناك، أوضح X»); right before a list of names it is all theirs
            plural_one = bool(u["person"] and g["titles"] and not g["delegation"]
                              and gap > 1) and all(
                _in_titles(t, gaz.collective_titles) for _, t in g["titles"])
            both_person = both_person or plural_one or _two_people(g["titles"], u["titles"])
            # «وزير الخارجية الأمريكي كبار المسؤولين»: a plural title after one person's
            # names other people; so does an office in a body after a state's title
            # («وزير الخارجية منسق الأمم المتحدة»)
            both_person = both_person or bool(
                u["titles"] and (g["person"] or g["titles"]) and not g["delegation"]
                and _all_titles_in(u, gaz.collective_titles)
                and not (g["titles"] and _all_titles_in(g, gaz.collective_titles)))
            both_person = both_person or bool(
                u["titles"] and g["titles"] and not g["delegation"]
                and _all_titles_in(u, gaz.attached_titles)
                and not _all_titles_in(g, gaz.attached_titles))
            # «بوزير الثقافة» after «رئيس الجمهورية»: a title with the preposition ب opens
            # the counterpart («جمع رئيس الجمهورية بوزير ...»), not more of the same person
            both_person = both_person or bool(
                g["titles"] and u["titles"] and not u["person"]
                and (clitics.get(u["i"], "").endswith("ب")
                     or _in_titles(u["titles"][0][1], AMBASSADOR_TITLES)
                     or u["delegation"] and not g["delegation"]))
            # «وجه الرئيس المصري لوزير الخارجية دعوة»، «نقل تحيات الملك للرئيس الفرنسي»: a
            # title with the preposition ل after a mention is whom something goes to, another
            # person (an aide's or an envoy's principal, «مستشار للرئيس», «المبعوث الخاص للرئيس
            # الروسي», is read apart)
            both_person = both_person or bool(
                u["titles"] and not u["person"] and (g["titles"] or g["person"])
                and clitics.get(u["i"], "").endswith("ل") and not g.get("aide")
                and not g["delegation"] and not g.get("deputy") and not g["skip"]
                and not any(r == "envoy" for r, _ in g["titles"]))
            # «تلتقي ميركل رئيس الجمهورية»: a head's title after a person who that year held
            # the other head's office names the object, not the person
            both_person = both_person or _other_head(g["person"], u["titles"], year)
            # «وسيرأس فيشر وفدا نمساويا»: a delegation right after a named person is the
            # object he heads, not more of his mention (a delegation's head is told after it:
            # «ورأس وفد المملكة وزير الخارجية عادل الجبير»)
            both_person = both_person or bool(
                g["person"] and not g["delegation"] and u["delegation"] and not u["person"]
                and norms[u["i"]] in DELEGATION_WORDS)
            # «لسمو ولي ولي العهد وزير الدولة ... مساعد العيبان»: a bare title the text gave
            # one person is him; a title after it that a name of someone else closes opens
            # that other person's mention
            both_person = both_person or _titled_other(g, u, units[n_u + 1:], sent.toks,
                                                       memory)
            # «استقبل الرئيس الفلسطيني محمود عباس وزير الخارجية سامح شكري»: a title after a
            # named person, right before another person's name, that the first did not hold
            # that year is the second's
            both_person = both_person or _title_of_next_name(g, u, units[n_u + 1:], norms,
                                                             sent.toks, year)
            # «استقبل الرئيس السيسي نائب رئيس الوزراء وزير الخارجية الكويتي»: a run of titles
            # after a named person that another state's nationality closes is the next
            # person's
            both_person = both_person or _other_state_chain(g, u, units[n_u + 1:], sent.toks,
                                                            year)
            # «استقبل الرئيس المصري مستشار الزعيم X»: an aide's title after a head's mention
            # opens the next person's (the object), not more of the head's titles
            both_person = both_person or bool(
                u.get("aide") and not g["person"] and any(r in HEADS for r, _ in g["titles"]))
            # «استقبل وزير الخارجية مساعد وزير الخارجية الأمريكي», «الوزير وكيل وزارة
            # الخارجية», «الوزير ممثل منظمة الصحة العالمية»: a second full title after a
            # complete state office is the object; no minister or head is a minister's aide,
            # an undersecretary, or a body's representative
            both_person = both_person or _subordinate_after_office(g, u, gaz)
            # «استقبل الرئيس المصري ولي ولي العهد وزير الدفاع»: a crown prince's title after a
            # head of state's complete, unnamed mention (its title and its state) opens the
            # next person's (a head of state is no crown prince), not more of the head's
            # titles; a prince («الأمير محمد بن سلمان ولي ولي العهد») takes it
            both_person = both_person or bool(
                u["titles"] and _in_titles(u["titles"][0][1], _CROWN_PRINCE_TITLES)
                and g["country"] and g["person"] is None and not g.get("deputy")
                and not g["skip"] and g["titles"]
                and all(r == "head_of_state" and "امير" not in t for r, t in g["titles"]))
            # «وزيري الخارجية الجبير وشكري»: an institution noun names a body, never a person
            both_person = both_person or any(
                x["titles"] and y["person"] and _all_titles_in(x, gaz.institution_titles)
                for x, y in ((g, u), (u, g)))
            # «استقبل الرئيس المصري صاحب السمو الملكي الأمير محمد بن سلمان»: a prince's
            # honorifics and title after a republic's complete office style the next person
            # (a republic's office is no prince's: _misfit_home)
            both_person = both_person or bool(
                styled and g["country"] and g["titles"] and not g["person"]
                and u["titles"] and not u["person"]
                and _misfit_home(u["titles"], g["country"], gaz, year))
            if g["person"] and not u["person"]:
                # «الملك سلمان المبعوث الخاص»: a head by office, named without his title
                held = [(r[0], "") for r in _held(g["person"], year)]
                both_person = both_person or _two_people(held, u["titles"])
            limit = 4 if (u["person"] and not g["person"]) else 1
            if g["delegation"] and u["person"]:
                limit = 4
            # «عادل الجبير دعم خادم الحرمين الشريفين»: a title one ordinary word after a
            # named person is someone else's (a family name the gazetteer lacks may sit between)
            far_title = bool(g["person"] and u["titles"] and (
                gap > 1 or gap == 1 and not _family_name_at(norms, u["i"] - 1, gaz)))
            if gap <= limit and not stop and compatible and not both_person and not far_title:
                if g.get("aide") and u["person"] and not g["person"] \
                        and _principal(g, u["person"], norms, year):
                    # «مستشار الزعيم ياسر عرفات»: the aide of the head named after, of his
                    # state, not that head
                    country, org = _affiliation(u["person"], year)
                    g["j"], g["principal"] = u["j"], True
                    g["country"] = g["country"] or (None if g["org"] else country)
                    g["org"] = g["org"] or (None if g["country"] else org)
                    continue
                if other is not None:
                    named = u if u["person"] else g
                    named["country"], named["org"], named["office"] = other[3], other[4], other[0]
                g["j"] = u["j"]
                if not _deputy_principal(g, u, clitics):
                    g["titles"] += u["titles"]
                g["acting"] = g.get("acting", []) + u.get("acting", [])
                g["tkeys"] = g.get("tkeys", []) + u.get("tkeys", [])
                g["country"] = g["country"] or u["country"]
                g["org"] = g["org"] or u["org"]
                g["person"] = g["person"] or u["person"]
                g["alias"] = g.get("alias") or u.get("alias")
                g["alias_clitic"] = g.get("alias_clitic") or u.get("alias_clitic", "")
                g["delegation"] = g["delegation"] or u["delegation"]
                g["office"] = g.get("office") or u.get("office")
                continue
        groups.append(dict(u, titles=list(u["titles"])))

    principals = set()  # groups that only say whose envoy the group before is
    between_sides: list[tuple[int, int]] = []  # (token after «بين الحكومة», «بين»)
    for k, g in enumerate(groups):
        if k in principals:
            continue
        nxt = groups[k + 1] if k + 1 < len(groups) else None
        if nxt is not None and _prince_apposed(norms, sent.toks, sent.text, g, nxt,
                                               clitics.get(nxt["i"], ""), gaz):
            # «وصل الأمير سالم بن فهد، وزير الدولة»: one man, the prince's title, his name
            # and his office; the office names his role
            nxt["i"], nxt["prince_named"] = g["i"], True
            continue
        if nxt is not None and _cabinet_seat_between(norms, sent.toks, g, nxt):
            # «منصور بن متعب وزير الدولة عضو مجلس الوزراء مستشار خادم الحرمين الشريفين»: one
            # man, his office, his seat in the cabinet and his post at the court
            nxt["i"], nxt["titles"] = g["i"], g["titles"] + nxt["titles"]
            nxt["person"] = g["person"]
            nxt["country"] = g["country"] or nxt["country"]
            continue
        if (nxt is not None and any(r == "envoy" for r, _ in g["titles"]) and nxt["i"] == g["j"]
                and clitics.get(nxt["i"]) == "ل" and (nxt["country"] or nxt["org"])
                and nxt["person"] is None
                and (not g["country"] and not g["org"] or g["country"] == nxt["country"]
                     and g["org"] == nxt["org"])):
            # «المبعوث الخاص للرئيس الروسي»: the envoy of the principal named right after,
            # who is not himself a party to what the envoy does
            if not g["country"] and not g["org"] and g["person"] is None:
                g["country"], g["org"] = nxt["country"], nxt["org"]
            principals.add(k + 1)
            named = groups[k + 2] if k + 2 < len(groups) else None
            if g["person"] is None and named is not None and _envoy_named_after(
                    norms, sent.toks, nxt["j"], named, g):
                # «المبعوث الخاص للرئيس الروسي للشرق الأوسط نائب وزير الخارجية ميخائيل
                # بوغدانوف»: the envoy's mandate, then his other office and his name
                g["person"], g["j"] = named["person"], named["j"]
                g["titles"] = g["titles"] + named["titles"]
                g["tkeys"] = g.get("tkeys", []) + named.get("tkeys", [])
                principals.add(k + 2)
        elif (nxt is not None and g["person"] is None and nxt["i"] > g["j"]
              and any(r == "envoy" and _in_titles(t, PRINCIPAL_ENVOY_TITLES)
                      for r, t in g["titles"])
              and _envoy_named_after(norms, sent.toks, g["j"], nxt, g)):
            # «ممثل الرئيس الروسي لشؤون الشرق الأوسط نائب وزير الخارجية ميخائيل بوغدانوف»:
            # the principal is in the title; the mandate, then his other office and his name
            g["person"], g["j"] = nxt["person"], nxt["j"]
            g["titles"] = g["titles"] + nxt["titles"]
            g["tkeys"] = g.get("tkeys", []) + nxt.get("tkeys", [])
            principals.add(k + 1)
        if g.get("bloc_member") and g["person"] is None:
            continue
        person = g["person"]
        roles, generic = [], []
        # «ولي العهد السعودي الأمير X», «أمير منطقة الرياض الأمير X» with X unknown: a vague
        # head's title beside an office the mention names is the holder's honorific, not a
        # second office
        honorific = person is None and any(
            r not in HEADS and not _in_titles(t, gaz.generic_titles) for r, t in g["titles"])
        # «رئيس مجلس الوزراء بالإنابة وزير الخارجية»: an acting title is not the office he
        # holds; the other title is (an acting title alone still names his office)
        held_titles = [x for x in g["titles"] if x[1] not in g.get("acting", ())]
        for role, title in held_titles or g["titles"]:
            if g["org"] and _in_titles(title, gaz.org_head_titles):
                # المدير العام لليونسكو: the organisation's head (a movement's: the movement);
                # the head of one of its bodies («رئيس مكتب الأمم المتحدة») is its official
                role = "group" if gaz.org_roles.get(g["org"]) == "group" else (
                    "official" if g.get("sub_body") else "organization_head")
            elif role == "organization_head" and g["org"] and g.get("sub_body") \
                    and person is None:
                # «الأمين العام لهيئة العمل الخارجي للاتحاد الأوروبي»: the secretary-general of
                # one of its bodies is its official, not the organisation's head
                role = "official"
            if person is not None and _in_titles(title, gaz.generic_titles):
                generic.append(role)
                continue
            if honorific and role in HEADS and _in_titles(title, gaz.generic_titles):
                continue
            roles.append(role)
        actor = Actor(g["i"], g["j"], counterpart=g["counterpart"],
                      clitic=clitics.get(g["i"], ""), orglist=g.get("orglist"))
        actor.name = person["en"] if person else None
        actor.institution = person is None and bool(g["titles"]) and _all_titles_in(
            g, gaz.institution_titles)
        actor.country = g["country"] if not g["org"] else None
        actor.org = g["org"]
        if g["delegation"]:
            actor.role, actor.titled = "delegation", True
        elif roles:
            actor.role, actor.titled = _best_role(roles), True
            if g["titles"] and _in_titles(g["titles"][0][1], AMBASSADOR_TITLES):
                actor.role = "official"  # «سفير خادم الحرمين الشريفين»: the king's ambassador
                actor.ambassador = True
        elif (person is not None and generic and year is not None and not _held(person, year)
              and not (_after_every_office(person, year)
                       and _best_role(generic) not in {r[0] for r in person["roles"]})):
            # «وزير السكن ... عبد المجيد تبون» in 2013: no office the gazetteer knows that
            # year, so the text's own title, vague as it is, names his office; after every
            # office he held ended, only one of those: «الأمير نايف بن عبدالعزيز» in 2015 (he
            # died in 2012) is a prince named, never the kingdom's head, and keeps his last
            # office («الرئيس الفرنسي السابق ساركوزي» stays the president he was)
            actor.role, actor.titled = _best_role(generic), True
            if actor.role == "head_of_state" and _construct_of_a_body(norms, sent.toks, g, gaz):
                actor.role = "official"  # «رئيس الديوان الملكي ... فايز الطراونة»
            elif (actor.role == "head_of_state"
                  and all(_in_titles(t, _PRINCE_TITLES) for _, t in g["titles"]
                          if _in_titles(t, gaz.generic_titles))
                  and not any(r[0] == "head_of_state" for r in person["roles"])):
                # «الأمير عبدالعزيز بن سلمان» in 2015, years before the office the gazetteer
                # knows him by: a prince named by his own name who never reigned is no head
                # of state (as a prince the gazetteer does not know, _unknown_prince)
                actor.role = "official"
        elif person is not None and generic:
            actor.role = _role_for_year(person, year, tuple(generic))
        elif (person is not None and g["skip"] and not g["titles"]
              and norms[g["i"]][len(clitics.get(g["i"], "")):] in _DEPUTY_OR_AIDE_WORDS
              and _name_right_after(norms, g)):
            # «نائبه ميخائيل بوغدانوف»: a deputy's or an aide's word before a known name (the
            # mention opens on it), with no office after it, is the office the text names for
            # him: an official, whatever office the gazetteer knows him by
            actor.role, actor.titled = "official", True
        elif person is not None:
            # the office a title beside the name joined it through, if not his default one
            actor.role = g.get("office") or memory.get(PRONOUN_ROLES, {}).get(
                (sent.index, g["i"])) or memory.get(person["en"]) or _role_for_year(person, year)
        elif g.get("group"):
            actor.role = "group"
        elif g["titles"]:
            actor.role = _best_role([r for r, _ in g["titles"]])
        if g.get("aide") and (g.get("principal") or any(
                r in HEADS or r == "organization_head" for r in roles[g.get("aide_own", 1):])):
            # «المتحدث باسم رئيسة كوريا الجنوبية», «مستشار خادم الحرمين الشريفين أمير منطقة
            # مكة»: an aide of the head the mention names, with the aide's office
            actor.role, actor.titled = g["aide"], True
        elif (actor.role is None and g.get("aide") and person is None
              and (g["country"] or g["org"]) and all(
                  t.startswith("ال") for t in norms[g["title_j"]:g.get("first_q", g["j"])])):
            # «مستشار الأمن القومي الأمريكي»: an adviser whose portfolio names no office of
            # the gazetteer is an official of the state or body his title's construct ends in
            # (not across a preposition: «مستشار للبغدادي هو تركي» names a man called Turki)
            actor.role, actor.titled = g["aide"], True
        if actor.role == "head_of_state" and _heads_a_national_body(g):
            actor.role = "official"
        if (actor.role == "head_of_state" and person is None and not g["org"]
                and (not g["country"] or _prince_of_a_nationality(norms, sent.toks, g, gaz))
                and _unknown_prince(norms, sent.toks, g, gaz)):
            # «الأمير نواف بن فيصل» with the prince unknown to the gazetteer: a prince named
            # by his own name is no head of state (the king, a ruling emir are known people or
            # named with their state: «أمير الكويت»); of the outlet's state, an official
            actor.role = "official"
        if actor.role in HEADS and (g.get("region") or person is not None
                                    and person.get("region")):
            # a self-governing region's president or prime minister is the state's official
            actor.role = "official"
        if (actor.role == "head_of_state" and person is None and g["country"] and not g["org"]
                and g["titles"] and _all_titles_in(g, gaz.collective_titles)
                and not g.get("coordinated")
                and not (k + 1 < len(groups) and groups[k + 1].get("coordinated"))):
            # «قادة كينيا»: the leaders of one state are its officials (a bloc's leaders,
            # «قادة دول مجلس التعاون», or a list of states', are their heads)
            actor.role = "official"
        if (actor.role == "head_of_state" and person is None and g["org"] in gaz.movement_orgs
                and g["titles"] and _all_titles_in(g, gaz.collective_titles)):
            # «قادة الائتلاف السوري», «زعماء جماعة الإخوان»: the leaders of a political body
            # that is no group of states are no heads of state but the movement itself, as a
            # movement's leadership is («قادة الحوثيين»)
            actor.role = "group"
        if person is not None and not actor.country and not actor.org:
            actor.country, actor.org = _affiliation(person, year, actor.role)
        if (actor.org and gaz.org_roles.get(actor.org) == "group" and actor.role
                and actor.role != "delegation"):
            # «قادة طالبان», «المتحدث باسم طالبان», «زعيم الحزب X»: whoever leads or speaks
            # for an armed or political movement (orgs.yaml role: group) is the movement; no
            # state office (a delegation stays a delegation)
            actor.role = "group"
        if actor.org in gaz.non_state_orgs:
            # FIFA, UEFA, the IOC (orgs.yaml sport), a trade union or a party (non_state): no
            # party to a contact
            actor.body = "?"
        elif actor.org in gaz.org_country:
            actor.body, actor.party = gaz.org_country[actor.org], True
            if actor.org in gaz.by_country_orgs:
                # «رئيس حركة النهضة»: a party leader (or delegation) keyed by the party's
                # country, still the party for its own country's business (_non_state)
                actor.country, actor.org = actor.body, None
        elif actor.org and g["j"] < len(norms) and norms[g["j"]] in SPORT_COMPLEMENTS:
            actor.body = "?"  # «الاتحاد الأوروبي لكرة القدم»: a sports body, not the EU
        elif (person is None and actor.org is None and actor.role in BODY_ROLES
              and _body_words(norms, sent.toks, g, gaz.non_state_bodies)):
            actor.body = actor.country or home or "?"
            if actor.role == "head_of_state":
                actor.role = "official"
            if g["delegation"] and actor.country and _definite(norms[g["i"]]):
                # «لقاء جمع وفدا بلجيكيا بالوزيرة ... وقام الوفد البلجيكي، المتكون من ممثلين
                # عن المجتمع المدني وصحافيين، بزيارة ...»: the delegation named back and
                # described is the one named before it, a non-state body's there too
                for earlier in memory.pop((BARE_DELEGATIONS, actor.country), ()):
                    earlier.body = actor.body
        if actor.body is None and person is None and _anyone(sent, g):
            # «نفى إجراء أي مسؤول سعودي زيارة», «لأي من أفراد حزب X»: «أي» (any) makes the
            # mention no one in particular, no party to a contact (as a body's actor is none)
            actor.body = "?"
        if actor.role == "delegation" and person is None and actor.country and not actor.org:
            actor.body = actor.body or _delegation_named_before(norms, g, clitics, memory,
                                                                actor.country, home)
            memory[("delegation body", actor.country)] = actor.body
            if actor.body is None:
                memory[(BARE_DELEGATIONS, actor.country)] = memory.get(
                    (BARE_DELEGATIONS, actor.country), ()) + (actor,)
        elif actor.role == "delegation" and person is None and not actor.org and actor.body:
            memory[("delegation body", None)] = actor.body  # a body's, country not named
        if actor.role in MINISTRIES and actor.titled and actor.country:
            memory[("minister", actor.country)] = actor.role
        elif (actor.role == "minister" and person is None and actor.country and g["titles"]
              and all(_in_titles(t, gaz.generic_titles) for _, t in g["titles"])):
            # «الوزير المصري» after «وزير الخارجية المصري»: the minister named before
            actor.role = memory.get(("minister", actor.country), actor.role)
        if person is not None and actor.titled and actor.role != "delegation":
            # a bare name later takes the office a title named him by; the head of a
            # delegation («وفدا يقوده X») is no office of his («أطلع X» later: his own)
            memory[person["en"]] = actor.role
        plural = _plural_titles()
        # «مدير مكتب وزير الخارجية»: an attached title in the construct state before the office
        # it serves takes that office's state, as the office would (the outlet's own)
        collective = bool(g["titles"]) and all(_in_titles(t, plural) for _, t in g["titles"]) \
            and not g.get("served")
        actor.collective = collective and not g["delegation"] and person is None
        actor.dual_side = actor.collective and _all_titles_in(g, _DUAL_SIDES)
        if (g["delegation"] and person is None and g["j"] < len(norms)
                and norms[g["j"]].startswith(("المرافق", "المصاحب"))
                and actor.country is None and actor.org is None):
            # «X والوفد المرافق له»: X's own entourage, of X's country
            if not sent.actors:
                continue
            actor.country, actor.org = sent.actors[-1].country, sent.actors[-1].org
            actor.entourage = True
        if (person is None and actor.country is None and actor.org is None and g["titles"]
                and _all_titles_in(g, DUAL_HEAD_TITLES)):
            continue
        if (person is None and not actor.counterpart and not collective and g["titles"]
                and not g["delegation"] and not g.get("coordinated")):
            # «المستشارة» or «ولي ولي العهد السعودي» alone after «المستشارة الألمانية أنغيلا
            # ميركل», «... محمد بن سلمان ولي ولي العهد»: the one person the text gave that title
            own = home if home and not _misfit_home(g["titles"], home, gaz, year) else None
            ref = _titled_before(g.get("tkeys", []), actor, memory, own)
            if ref is not None and _own_lineage_name(norms, sent.toks, g, gaz):
                # «وحضر الأمير سلطان بن فيصل» after «الأمير فيصل بن مشعل»: a prince named by a
                # full name of his own is not the one named before
                ref = None
            if ref is None and actor.role == "minister" and not actor.country \
                    and not actor.org:
                ref = _last_minister(norms, g, clitics, memory)
            if ref is not None:
                person = ref[0]
                actor.name = person["en"]
                actor.country, actor.org, actor.role = ref[1], ref[2], ref[3]
                actor.titled, actor.home = True, False
            elif actor.role == "minister" and not actor.country and not actor.org:
                near = _near_minister(norms, g, clitics, memory, sent.index)
                if near is not None and near[0] != home:
                    # «وصل وزير النقل اليمني ... وأوضح الوزير»: the one minister, named by his
                    # office only, of this sentence or the one before, not the outlet's
                    actor.country, actor.role, actor.titled = near[0], near[1], True
        unknown = False  # the text named where this actor is from, in words we do not know
        if (actor.country is None and actor.org is None and actor.role in ANAPHORIC
                and not actor.counterpart and person is None):
            # «الوفد», «المبعوث» alone: the delegation or envoy the text named before
            last = memory.get(("last", actor.role), (None, None))
            unknown = last == UNKNOWN_ORIGIN
            if not unknown:
                actor.country, actor.org = last
                # «يبحث وفد يضم رجال أعمال سعوديين ... وقال إن الوفد سيشارك»: that delegation,
                # a non-state body's when it was one
                actor.body = actor.body or memory.get(("last body", actor.role))
        if (person is None and actor.org and actor.role == "envoy" and not actor.counterpart
                and len(memory.get((ORG_PEOPLE, actor.org), ())) == 1
                and next(iter(memory[(ORG_PEOPLE, actor.org)]))[1] not in PRINCIPAL_ROLES):
            # «المبعوثة الأوروبية» after «الممثلة العليا للاتحاد الأوروبي فيديريكا موغيريني»:
            # an organisation's unnamed envoy is the one person of it the text has named, never
            # its head who sends him («مبعوث الجامعة العربية» after its secretary-general)
            (actor.name, actor.role), = memory[(ORG_PEOPLE, actor.org)]
            actor.titled = True
        if actor.institution:
            _institution_named_before(actor, g, norms, clitics, memory)
        if (actor.country is None and actor.org is None and person is None
                and (_head_of_other_body(norms, sent.toks, g)
                     or _envoy_of_other_body(norms, sent.toks, g, gaz)
                     or _title_as_given_name(norms, g, gaz))):
            continue
        if actor.country is None and actor.org is None and _origin_unknown(norms, g):
            memory[("last", actor.role)] = UNKNOWN_ORIGIN
            unknown = True
        prev_actor = sent.actors[-1] if sent.actors else None
        if (actor.country is None and actor.org is None and person is None and g["titles"]
                and not actor.counterpart and clitics.get(g["i"], "").startswith("و")
                and prev_actor is not None and prev_actor.j == g["i"]
                and (prev_actor.titled or collective and prev_actor.name is not None
                     or prev_actor.counterpart and actor.role != "delegation"
                     and not sent.toks[g["i"] - 1].punct)
                and prev_actor.country and not prev_actor.home and not prev_actor.body
                and not _misfit_home(g["titles"], prev_actor.country, gaz, year)):
            # (a royal title joined to a republic's office-holder, «الرئيس المصري والملك», is
            # no office of his state)
            # «وزير الداخلية الفرنسي X ووزيرة العدل Y»: a title joined to a foreign
            # office-holder is of his country, not the outlet's; so are officials joined to
            # a named foreign leader («الرئيس السيسي ومسؤولين كبار»), who have no other; and
            # a title joined to a counterpart («نظيره الإيراني X ووزير الصناعة Y»): his state's
            actor.country = prev_actor.country
        elif (actor.country is None and actor.org is None and person is None and g["titles"]
                and not actor.counterpart and clitics.get(g["i"], "").startswith("و")
                and prev_actor is not None and prev_actor.j == g["i"]
                and prev_actor.name is not None and not prev_actor.titled
                and prev_actor.country and not prev_actor.home and not prev_actor.body):
            # «الرئيس التركي أردوغان وقائد الجيش»: his state's office or the outlet's
            if any((k, prev_actor.country) in memory.get(OFFICES, ()) for k in g.get("tkeys", [])):
                actor.country = prev_actor.country
            else:
                continue
        if (actor.country is None and actor.org is None and person is None and g["titles"]
                and _all_titles_in(g, gaz.possessive_titles)):
            # «الرئيس الإيطالي ... ورئيس حكومته»: the office of the state of the actor named
            # right before (his government's head); with none before, nobody's
            deputy = _all_titles_in(g, gaz.possessive_deputies)
            # (a deputy only joined right after his principal: «X ونائبه»)
            joined = prev_actor is not None and prev_actor.j == g["i"] \
                and clitics.get(g["i"], "").startswith("و") and not prev_actor.collective
            if deputy and joined and prev_actor.org and not prev_actor.country:
                # «المنسقة الخاصة للأمم المتحدة ... ونائبها»: a deputy of the body's official
                actor.org = prev_actor.org
            elif prev_actor is None or not prev_actor.country or deputy and not joined:
                continue
            else:
                actor.country, actor.home = prev_actor.country, prev_actor.home
        if (actor.country is None and actor.org is None and person is None and g["titles"]
                and not actor.counterpart and not actor.institution and not unknown):
            # «مسؤول دائرة العلاقات الخارجية في حكومة الإقليم»: the institution he serves in
            actor.country = _institution_served(norms, sent.toks, g, groups[k + 1]
                                                if k + 1 < len(groups) else None, gaz)
        if (actor.country is None and actor.org is None and person is None and g["titles"]
                and not actor.counterpart and not actor.ambassador and not unknown
                and not collective and actor.role in _OFFICE_STATE_ROLES
                and (actor.role != "official" or any(
                    w in _HEAD_WORDS for _, t in g["titles"] for w in t.split()))):
            # «وزير الأوقاف السابق في جمهورية اليمن»: the state his title says he served
            actor.country = _state_after_title(norms, sent.toks, g, gaz)
        if (actor.country is None and actor.org is None and person is None and g["titles"]
                and not actor.counterpart and not unknown and not collective):
            # «المتحدث باسم البيت الأبيض»: the state whose seat of power he speaks for
            actor.country = _seat_after_title(norms, sent.toks, g)
        if (actor.country is None and actor.org is None and person is None
                and actor.ambassador and _honorific_ambassador(norms, sent.toks, g, prev_actor,
                                                               clitics, gaz)):
            # «رئيس الدائرة السياسية لمنظمة التحرير السفير أنور عبدالهادي»: the title a
            # diplomat keeps, in apposition to the office just named: that one person
            continue
        joined = _joined_office(g, groups[k + 1] if k + 1 < len(groups) else None,
                                norms, sent.toks, clitics, year)
        if (joined is not None and actor.country is None and actor.org is None
                and person is None and not actor.counterpart and not collective):
            if joined in ("same", "held"):
                # «نائب رئيس الوزراء ووزير خارجية الكويت الشيخ صباح»: one person named once
                # with both offices; his ministry or premiership is the actor, and his mention
                # starts at the first title (the و before the second joins his offices, not
                # a second party: «خلال مباحثاته مع نائب رئيس الوزراء ووزير الخارجية X»)
                groups[k + 1]["i"] = g["i"]
                if joined == "held":
                    # a name that held both offices: a head's office before the ministry is
                    # the head's («رئيس الوزراء ووزير الخارجية»)
                    if all(r in HEADS for r, _ in g["titles"]):
                        groups[k + 1]["titles"] = g["titles"] + groups[k + 1]["titles"]
                continue
            actor.country = groups[k + 1]["country"]
        if (actor.country is None and actor.org is None and home and actor.role
                and not actor.counterpart and person is None and not collective
                and not _misfit_home(g["titles"] + g.get("served", []), home, gaz, year)
                and not unknown
                # «الأمين العام» alone: an organisation's head, never the outlet's state's
                # (a body's head the words after it name keeps the body's origin)
                and (actor.role != "organization_head" or actor.body)
                and actor.role != "delegation"
                and not _stranger_named(norms, sent, actor, memory, home, gaz)):
            actor.country, actor.home = home, True
            if (actor.role == "minister" and g["titles"]
                    and all(_in_titles(t, gaz.generic_titles) for _, t in g["titles"])):
                # «الوزير» alone after «وزير الخارجية X» of the outlet's country: that minister
                actor.role = memory.get(("minister", home), actor.role)
        elif actor.role in ANAPHORIC and not actor.home and (actor.country or actor.org):
            memory[("last", actor.role)] = (actor.country, actor.org)
            memory[("last body", actor.role)] = actor.body
        if actor.country is None and actor.org is None and actor.counterpart:
            # «أثناء زيارة إلى لشبونة حيث يلتقي نظيره روي ماشيتي»: the host's counterpart;
            # «وصل X إلى لشبونة. والتقى خلال الزيارة نظيره ...»: the sentence before's host
            actor.country = _visit_host(norms, sent.places, g["i"], clitics, gaz)
            host = memory.get(VISIT_HOST)
            if (actor.country is None and host is not None and host[0] == sent.index - 1
                    and norms[g["i"]][len(clitics.get(g["i"], "")):] in gaz.single_counterparts):
                actor.country = host[1]
        if actor.country is None and actor.org is None and actor.collective:
            # «زيارة وفد ... إلى سوريا ولقائه كبار المسؤولين هناك», «تلتقي كبار المسؤولين في
            # طهران»: a bare group of officials is the visited state's, or the place's after في
            actor.country = _host_officials(norms, sent.places, g, clitics)
        if actor.country is None and actor.org is None and actor.institution:
            actor.country = _bare_government_party(
                norms, sent, g, groups[k + 1] if k + 1 < len(groups) else None, clitics, memory,
                home, gaz)
            if actor.country and norms[g["i"] - 1] == "بين":
                # «بين الحكومة وX»: the talks' two sides, paired with each other only
                actor.pair = g["i"] - 1
                between_sides.append((g["j"], g["i"] - 1))
        if actor.country is None and actor.org is None:
            continue
        toks = sent.toks
        if _own_office_joined(actor, g, prev_actor, norms, toks, clitics, year):
            # «الأمير محمد بن سلمان ولي ولي العهد والنائب الثاني لرئيس مجلس الوزراء ووزير
            # الدفاع»: an office joined by و right after a named person, which he holds that
            # year, with no name after it, is his own (a ministry beats his other titles)
            prev_actor.j = g["j"]
            prev_actor.text = sent.text[toks[prev_actor.i].start:toks[g["j"] - 1].end].strip(
                " ،,.:")
            prev_actor.role, prev_actor.titled = _best_role([actor.role, prev_actor.role]), True
            memory[prev_actor.name] = prev_actor.role  # his bare name later takes it too
            continue
        actor.text = sent.text[toks[g["i"]].start:toks[g["j"] - 1].end].strip(" ،,.:")
        sent.actors.append(actor)
        if actor.country and not actor.body and not actor.org:
            memory[(STATE_ACTOR, actor.country)] = True
        if actor.titled and actor.country and not actor.home and not actor.org:
            memory.setdefault(OFFICES, set()).update(
                (k, actor.country) for k in g.get("tkeys", []))
        if person is not None and actor.org and not actor.country:
            people = memory.setdefault((ORG_PEOPLE, actor.org), set())
            if not any(name == actor.name for name, _ in people):
                people.add((actor.name, actor.role))
        if person is not None and actor.titled and not g.get("pronoun"):
            _remember_titles(g.get("tkeys", []), person, actor, memory, gaz)
        elif person is not None and generic and not g.get("pronoun"):
            # «الأمير محمد بن سلمان»: a generic title names no office, but a later bare
            # «الأمير» is still the person the text gave it to (not an indefinite «رئيس»,
            # whose genitive says whose head he is)
            _remember_titles([k for k in g.get("tkeys", []) if _definite(k)], person, actor,
                             memory, gaz)
        if person is not None and actor.role in MINISTER_ROLES and not g.get("pronoun"):
            _remember_minister(sent.index, person, actor, memory)
        if (actor.role in MINISTER_ROLES or actor.counterpart) and actor.country \
                and not actor.org and not collective:
            # (a counterpart is another state's minister: «X نظيره الأمريكي Y» names two)
            last = memory.get(NEAR_MINISTER)
            if last is not None and last[0] == sent.index and last[1] != actor.country:
                memory[NEAR_MINISTER] = (sent.index, None, None)  # two states' ministers
            elif actor.role in MINISTER_ROLES:
                memory[NEAR_MINISTER] = (sent.index, actor.country, actor.role)
        if (person is None and actor.titled and actor.country and not actor.org
                and not actor.body and not actor.counterpart
                and not actor.grouped
                and actor.role in OFFICE_ROLES and not collective):
            # a titled state office named without a name: what «معاليه» may refer back to
            # (a state's office, not the vague «official» of any title: «رئيس هيئة ...»),
            # the outlet's own too («وزير الخارجية» in a Saudi paper ... «معاليه»)
            memory.setdefault(TITLED, []).append(
                (len(memory.get("named", ())), actor.country, actor.role))
        if (person is None and actor.titled and (actor.country or actor.org)
                and actor.role not in (None, "delegation") and not actor.counterpart
                and not actor.institution and not actor.collective and not actor.grouped
                and not actor.body and not collective and not actor.home):
            # (not a title given the outlet's state for want of another: a guess to repeat)
            _remember_titled_name(norms, sent.toks, actor, memory, gaz, sent.text)
        if person is not None:
            memory.setdefault("named", []).append((person, actor.role))
            if not g.get("pronoun") and _companion(norms, actor.i, gaz):
                # «وقد رافق معاليه X، وY»: X and Y went with him; a later «معاليه» is not them
                memory[COMPANIONS] = memory.get(COMPANIONS, frozenset()) | {person["en"]}
            _remember_verb_subject(norms, sent.actors, actor, person, memory)
            if len(g.get("alias") or ()) > 1:
                memory[FULL_NAMES] = memory.get(FULL_NAMES, frozenset()) | {person["en"]}
            if not g.get("pronoun"):
                # «مسعود البارزاني» → «البارزاني», «بارزاني» too (a text writes both); not a
                # common word, and not a surname another person of the text has too
                for form in _surname_claims(g.get("alias") or (), gaz):
                    if gaz.index.get(form) and (_before_any_office(person, year)
                                                or _after_every_office(person, year)):
                        continue  # a given name of others names only one in office alone
                    _claim_surname(memory.setdefault("aliases", {}), form, person)
                    if _common_word(form, gaz):
                        memory[WORD_SURNAMES] = memory.get(WORD_SURNAMES, frozenset()) | {form}
                father = _son_claim(g.get("alias") or ())
                if father is not None:
                    _claim_surname(memory.setdefault(SONS, {}), father, person)
                _remember_given(g.get("alias") or (), g.get("alias_clitic", ""), person,
                                memory, gaz)
    for j, b in between_sides:
        for other in sent.actors:
            if other.i == j and other.org and other.pair is None:
                other.pair = b
    destination = _visit_destination(norms, sent.places, len(norms))
    if destination is not None:
        memory[VISIT_HOST] = (sent.index, destination)
