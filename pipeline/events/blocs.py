"""Named blocs of states or institutions: «مجموعة 5+1», «ترويكا الدائنين», «اللجنة الرباعية».

A contact with a bloc is one contact per member (the labelling convention: one event per
counterpart). A bloc name the lexicon knows, in a text that names one of its context countries,
becomes one actor per member, all on the name's tokens (`bloc` set to the bloc's code), with
the role of a plural title right before it («وزراء خارجية مجموعة 5+1») or the bloc's own. When
the text lists the members in parentheses right after the name («الدول الست الكبرى (الولايات
المتحدة، وفرنسا ...)»), those listed are the members, and the actors span the list too.

The other side is often a bare state name («إيران», «اليونان ودائنوها»), which on its own is not
an actor (a country named is mostly a place or a topic). Opposite a bloc it is a party: a bare
country near the bloc becomes an actor with role `official` and `bare` set, and so does the
owner of a possessed bloc («محادثات مع دائنيها»: the context country). `may_pair` keeps the
pairs sound: never two members of one bloc, never a member with its own state or with another
member's actor named on its own, and a bare state only opposite a bloc.

Data: configs/lexicons/events/blocs.yaml. Pure functions; the lexicon is read once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from configs import CONFIG_DIR, load_yaml
from pipeline.events import words as grammar
from pipeline.events.dates import PERIOD_MODIFIERS, WEEKDAYS, month_name_at
from pipeline.events.gazetteer import load_gazetteer
from pipeline.events.groups import LISTS, _count_at, _title_before, joined_at, title_ending_at
from pipeline.events.mentions import MINISTRIES, Actor, Sentence, tokenize
from pipeline.events.words import (
    TALKS_PHASE,
    TALKS_PHASE_GAP,
    TALKS_PHASE_NOUNS,
    TALKS_SITTING_ADJECTIVES,
    TOPIC_TALK_HEADS,
    TOPIC_TALK_LASTING,
    TOPIC_TALK_SPANS,
    TOPIC_TALK_WINDOW,
)

SEEN = "bloc_context"  # the memory key: country codes the text has named so far
NEAR = 10  # tokens at most from a bare state before a bloc to the bloc (after مع)
DEFAULT_ROLE = "official"
# words before a country name that make it a place or a topic, not a party
_NOT_PARTY = grammar.NOT_PARTY_BEFORE
_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")


def _month(value) -> tuple[int, ...] | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as a comparable tuple."""
    if value is None:
        return None
    return tuple(int(p) for p in str(value).split("-"))


@lru_cache(maxsize=1)
def _spec() -> dict:
    data_all = load_yaml(CONFIG_DIR / "lexicons" / "events" / "blocs.yaml")
    data = data_all["blocs"]
    orgs = load_gazetteer().org_roles
    index: dict[str, list] = {}
    blocs = {}
    for code, b in data.items():
        members = []
        for m in b["members"]:
            m = m if isinstance(m, dict) else {"code": m}
            members.append((m["code"], m["code"] in orgs, _month(m.get("since")),
                            _month(m.get("until"))))
        blocs[code] = {"members": tuple(members), "context": frozenset(b.get("context") or ()),
                       "other": frozenset(t.norm for w in b.get("other") or ()
                                          for t in tokenize(str(w))),
                       "role": b.get("role", DEFAULT_ROLE),
                       "unnamed": frozenset(b.get("unnamed") or ()),
                       "codes": frozenset(m[0] for m in members)}
        for owned, names in ((False, b.get("names") or ()), (True, b.get("owned") or ())):
            for name in names:
                words = tuple(t.norm for t in tokenize(str(name)))
                index.setdefault(words[0], []).append((words, code, owned))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    titles = {tuple(t.norm for t in tokenize(str(w))): role
              for w, role in (data_all.get("titles") or {}).items()}
    talks = frozenset(" ".join(t.norm for t in tokenize(str(w))) for w in data_all["talks"])
    # every spelling a bloc name's first word can have in the text (with a clitic, لل for ال):
    # a token not among them starts no bloc name, and most tokens are not
    starts = _spellings(index)
    st = data_all["states"]

    def words(ws) -> frozenset:
        return frozenset(t.norm for w in ws for t in tokenize(str(w)))

    nouns = {tuple(t.norm for t in tokenize(str(w))) for w in st["nouns"]}
    states = {"gap": int(st["gap"]), "nouns": sorted(nouns, key=lambda w: -len(w)),
              "verbs": words(st["verbs"]), "light": words(st["light"]),
              "openers": words(st["openers"]), "topics": words(st["topics"]),
              "gatherings": words(st["gatherings"]), "rounds": words(st["rounds"]),
              "adverbial_gap": int(st["adverbial_gap"]),
              "noun_starts": _spellings(w[0] for w in nouns),
              "verb_forms": _spellings(words(st["verbs"]) | words(st["light"]))}
    org_members = {}
    for code, ms in (data_all.get("org_members") or {}).items():
        for m in ms:
            m = m if isinstance(m, dict) else {"code": m}
            org_members.setdefault(code, {})[m["code"]] = (_month(m.get("since")),
                                                           _month(m.get("until")))
    bg = data_all["background"]
    background = {"heads": words(bg["heads"]), "watchers": words(bg["watchers"]),
                  "window": int(bg["window"])}
    return {"index": index, "starts": frozenset(starts), "blocs": blocs, "talks": talks,
            "states": states, "org_members": org_members, "background": background,
            "titles": sorted(titles.items(), key=lambda kv: -len(kv[0])),
            "councils": frozenset(data_all.get("councils") or ()),
            "collectives": words(data_all["collectives"]),
            "council_roles": frozenset(data_all.get("council_roles") or ())}


def _spellings(first_words) -> frozenset:
    """Every spelling a first word can have in the text (with a clitic; لل for ال), the inverse
    of _bare_forms: a token not among them starts none of these names, and most tokens are not."""
    out = set()
    for w in first_words:
        out.add(w)
        out.update(c + w for c in _CLITICS if len(w) >= 2)
        if w.startswith("ال"):
            out.add("لل" + w[2:])
        if w.startswith("الل"):
            out.add(w[1:])  # ل + اللجنة → للجنة
    return frozenset(out)


def _bloc_title(norms: list[str], k: int) -> tuple[int, str] | None:
    """(start, role) of a title of the lexicon's own right before token k («ممثلي الدائنين»)."""
    return title_ending_at(_spec()["titles"], norms, k)


@lru_cache(maxsize=4096)
def _envoy_title_only(words: tuple[str, ...]) -> bool:
    """Whether the words are an envoy's title of the gazetteer and nothing more («مبعوث»,
    «المبعوث الخاص»), a clitic on the first word aside."""
    index = load_gazetteer().index
    return any(toks == (form,) + words[1:] and entry.kind == "title" and entry.role == "envoy"
               for form in _bare_forms(words[0]) for toks, entry in index.get(form, ()))


def _envoy_before(sent: Sentence, k: int) -> Actor | None:
    """The envoy whose title ends right before token k and names no principal of its own
    («مبعوث | اللجنة الرباعية», «المبعوث الخاص | للجنة الرباعية»): the bloc at k is his."""
    for a in sent.actors:
        if (a.j == k and a.role == "envoy" and a.name is None and a.org is None
                and _envoy_title_only(tuple(sent.norms[a.i:a.j]))):
            # the title alone: a country it got is the outlet's or the context's, not named
            return a
    return None


def _member_then(since, until, published: date | None) -> bool:
    """Whether a member with these start and end dates (tuples of _month, or None) belongs on
    the publication date (always without one), at the precision given."""
    if published is None:
        return True
    day = (published.year, published.month, published.day)
    return not (since and day[:len(since)] < since or until and day[:len(until)] > until)


def members_on(code: str, published: date | None) -> list[tuple[str, bool]]:
    """(code, is_org) of a bloc's members on the publication date (all of them without one;
    a member with an end date drops out, one with a start date joins, at the precision given)."""
    return [(member, is_org) for member, is_org, since, until in _spec()["blocs"][code]["members"]
            if _member_then(since, until, published)]


@lru_cache(maxsize=1 << 16)
def _bare_forms(word: str) -> tuple[str, ...]:
    """The word and its forms without a clitic (وترويكا → ترويكا, للدائنين → الدائنين): a
    pure function of the word, cached because the same words come back in every article."""
    out = [word]
    if word.startswith("لل"):
        out.append("ال" + word[2:])
        out.append("ال" + word[1:])  # للجنة → اللجنة: a stem opening on ل keeps it
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 2:
            out.append(word[len(c):])
    return tuple(out)


def _match_at(norms: list[str], k: int) -> tuple[int, str, bool, str] | None:
    """(length, bloc code, owned, clitic) of the longest bloc name starting at token k."""
    index = _spec()["index"]
    for form in _bare_forms(norms[k]):
        for words, code, owned in index.get(form, ()):
            n = len(words)
            if tuple(norms[k + 1:k + n]) == words[1:]:
                return n, code, owned, norms[k][:len(norms[k]) - len(form)]
    return None


def _listed(sent: Sentence, j: int) -> tuple[int, list[tuple[str, bool]]]:
    """The parenthesised list right after token j: (the token after it, the countries and
    organisations it names in order); (j, []) without one."""
    toks = sent.toks
    if j >= len(toks) or "(" not in sent.text[toks[j - 1].end:toks[j].start + 1]:
        return j, []
    end = None
    for m in range(j, min(j + 40, len(toks))):
        if ")" in sent.text[toks[m].start:toks[m].end]:
            end = m + 1
            break
    if end is None:
        return j, []
    named = sorted([(i, code, False) for i, _j, code in sent.countries if j <= i < end]
                   + [(i, code, True) for i, _j, code in sent.orgs if j <= i < end])
    out: list[tuple[str, bool]] = []
    for _i, code, is_org in named:
        if (code, is_org) not in out:
            out.append((code, is_org))
    return end, out


def _remember(sent: Sentence, memory: dict) -> dict:
    """The countries the text has named up to this sentence, in the order first named."""
    seen = memory.setdefault(SEEN, {})
    named = sorted([(i, code) for i, _j, code in sent.countries]
                   + [(p[0], p[2]) for p in sent.places]
                   + [(a.i, a.country) for a in sent.actors if a.country])
    for _i, code in named:
        seen.setdefault(code, True)
    return seen


def _opposite(sent: Sentence, state: tuple[int, int], bloc: tuple[int, int]) -> bool:
    """Whether a bare state name is the bloc's other side: joined to it by و («إيران والدول
    الست», «بين اليونان وترويكا الدائنين»), or before it with the bloc after مع («أجرت إيران
    مفاوضات مع الدول الست»), within one clause."""
    norms, toks = sent.norms, sent.toks
    (i0, j0), (start, end) = state, bloc
    if i0 > 0 and norms[i0 - 1] in _NOT_PARTY:
        return False
    if j0 == start:
        return norms[start].startswith("و")
    if i0 == end:
        return norms[i0].startswith("و")
    if j0 < start <= j0 + NEAR and not any(toks[m].punct for m in range(j0 - 1, start - 1)):
        return norms[start - 1] in ("مع", "ومع") or norms[start].startswith(("مع", "ومع"))
    return False


def resolve_blocs(sent: Sentence, memory: dict, published: date | None = None) -> None:
    """Add to sent.actors one actor per member of each bloc the sentence names (and the bare
    states opposite it); remember the countries the text named."""
    seen = _remember(sent, memory)
    norms = sent.norms
    blocs = _spec()["blocs"]
    added: list[Actor] = []
    taken: set[int] = set()  # tokens of bloc names and their lists
    starts = _spec()["starts"]
    k = 0 if not starts.isdisjoint(norms) else len(norms)  # most sentences name no bloc
    while k < len(norms):
        hit = _match_at(norms, k) if norms[k] in starts else None
        if hit is None:
            k += 1
            continue
        n, code, owned, clitic = hit
        spec = blocs[code]
        context = [c for c in seen if c in spec["context"]]
        if not context or any(a.i < k + n and a.j > k for a in sent.actors) \
                or k + n < len(norms) and norms[k + n] in spec["other"]:
            # (a name followed by a word of `other` names another body: «اللجنة الرباعية
            # العربية» is no Middle East Quartet)
            k += n
            continue
        envoy = _envoy_before(sent, k)
        if envoy is not None:
            # «مبعوث اللجنة الرباعية»: the bloc sends the envoy and is no party itself; the
            # envoy is the bloc's (an organisation's envoy), not the outlet's country's
            envoy.country, envoy.org, envoy.home, envoy.j = None, code, False, k + n
            envoy.text = sent.text[sent.toks[envoy.i].start:sent.toks[k + n - 1].end]
            k += n
            continue
        start, role = k, spec["role"]
        titled = _bloc_title(norms, k) or _title_before(norms, k)
        if titled is not None and not any(a.i < k and a.j > titled[0] and not a.home
                                          for a in sent.actors):
            start, role = titled
            # «وزراء خارجية ...»: a plural title given the outlet's country is the bloc's
            sent.actors = [a for a in sent.actors if not (a.i < k and a.j > start)]
        end, listed = _listed(sent, k + n)
        members = listed if len(listed) >= 2 else members_on(code, published)
        if len(listed) < 2:
            end = k + n
        text = sent.text[sent.toks[start].start:sent.toks[k + n - 1].end]
        for member, is_org in members:
            added.append(Actor(start, end, country=None if is_org else member,
                               org=member if is_org else None, role=role,
                               titled=start < k, text=text,
                               clitic=clitic if start == k else "", bloc=code))
        own = {m for m, _ in members}
        taken.update(range(start, end))
        # bare states opposite the bloc: its counterparts
        for i0, j0, country in sent.countries:
            if (country in own or i0 in taken or not _opposite(sent, (i0, j0), (start, end))
                    or any(a.i <= i0 < a.j for a in sent.actors + added)):
                continue
            # (with its و: «عقدت مجموعة 5+1 وإيران محادثات», the light verb's second subject)
            added.append(Actor(i0, j0, country=country, role=DEFAULT_ROLE, bare=True,
                               text=sent.text[sent.toks[i0].start:sent.toks[j0 - 1].end],
                               clitic=load_gazetteer().match_clitic(norms, i0)[2]))
        owner = context[0]
        if owned and owner not in own and not any(a.country == owner and a.j == start
                                                  for a in sent.actors + added):
            # «محادثات مع دائنيها»: her creditors; she (the context country) is the other side
            added.append(Actor(start, end, country=owner, role=DEFAULT_ROLE, text=text,
                               bare=True))
        k = end
    if added:
        sent.actors = sorted(sent.actors + added, key=lambda a: (a.i, a.j))
    state_pairs(sent, memory)
    talks_orgs(sent)


def settle_unnamed(sentences: list[Sentence]) -> None:
    """A bloc with `unnamed` members stands for those and for the other members the text names
    as parties (_named_parties): «مفاوضات بين اليونان والدائنين الدوليين» in a text that never
    names the ECB or the IMF is Greece's talks with the EU alone; in a text that names the IMF
    as a party, with the EU and the IMF; where the text names them all, with every member. A
    member the text names only as a payee, a lender or a topic («تسديد قسط لصندوق النقد
    الدولي», «قرض من صندوق النقد», «بشأن صندوق النقد»), or named bare only in sentences that do
    not name the bloc («وقال صندوق النقد», «شروط صندوق النقد» there), does not join."""
    blocs = _spec()["blocs"]
    used = {a.bloc for sent in sentences for a in sent.actors
            if a.bloc and blocs[a.bloc]["unnamed"]}
    if not used:
        return
    named = _named_parties(sentences, used)
    for sent in sentences:
        if any(a.bloc in used for a in sent.actors):
            sent.actors = [a for a in sent.actors if a.bloc not in used
                           or (a.org or a.country) in blocs[a.bloc]["unnamed"]
                           or (a.org or a.country) in named]


# words before a bare organisation or state that make it no party named beside a bloc: a payee,
# a lender or a source («تسديد ديون إلى صندوق النقد», «قرض من صندوق النقد», «نقلا عن ...»), a
# topic («حول», «بشأن»), a place: the prepositions of _NOT_PARTY (its «برنامج» aside)
_NOT_NAMED_PARTY = _NOT_PARTY - {"برنامج", "البرنامج"}
_PAYEE_CLITICS = frozenset(("ل", "ول", "فل"))  # «لصندوق النقد», «وللبنك المركزي»
# words before such a preposition, or before «ل» on the name, that make it a list of the
# bloc's members: «(بال)إضافة إلى/ل» (in addition to), «ممثلة في», «(ال)ممثلين في»,
# «المتمثلة في» (that is), «المكونة من» (made up of)
_LISTING = grammar.BLOC_LISTING_WORDS


def _named_parties(sentences: list[Sentence], used: set[str]) -> set[str]:
    """The countries and organisations the text names as parties, to which a bloc of `used`
    may stand (settle_unnamed): an actor of their own anywhere (a representative, an official,
    a delegation, a side of talks: «ومن بينهم ممثل صندوق النقد الدولي», «محادثات مع الاتحاد
    الأوروبي وصندوق النقد الدولي»), or a bare name in a sentence that names the bloc itself
    (its members listed or told: «ترويكا الدائنين (المفوضية الأوروبية، البنك المركزي الأوروبي،
    صندوق النقد الدولي)», «الدائنين، أي صندوق النقد ...») that is no payee, lender, source or
    topic there (_bare_party)."""
    named: set[str] = set()
    for sent in sentences:
        named.update(a.org or a.country for a in sent.actors if not a.bloc and (a.org or a.country))
        if any(a.bloc in used for a in sent.actors):
            names = sorted(sent.orgs + sent.countries)
            ends = {j: i0 for i0, j, _code in names}
            named.update(code for i, _j, code in names if _bare_party(sent, ends, i))
    return named


def _bare_party(sent: Sentence, ends: dict[int, int], i: int) -> bool:
    """Whether the bare name at token i is no payee, lender, source or topic: neither it nor the
    head of the list it closes («للبنك المركزي الأوروبي وصندوق النقد الدولي») carries «ل» or
    follows a word of _NOT_NAMED_PARTY, unless a word of _LISTING stands before that «ل» or
    that word («إضافة لصندوق النقد», «ممثلة في صندوق النقد»: the bloc's members listed).
    `ends`: the start of the sentence's name that ends at each token."""
    norms, gaz = sent.norms, load_gazetteer()
    while True:
        _n, _entries, clitic = gaz.match_clitic(norms, i)
        if clitic in _PAYEE_CLITICS and not (i > 0 and _word_in(norms[i - 1], _LISTING)) \
                or i > 0 and norms[i - 1] in _NOT_NAMED_PARTY \
                and not (i > 1 and _word_in(norms[i - 2], _LISTING)):
            return False
        if not clitic.startswith("و") or i not in ends or _broken(sent, i - 1, i):
            return True
        i = ends[i]  # «... وصندوق النقد»: the list's previous name


def own_council(a: Actor | None, b: Actor | None, published: date | None = None) -> bool:
    """Whether one side is the plural counterparts of an organisation the other side's state
    belongs to on the publication date («التقى وزير الخارجية النمساوي نظراءه الأوروبيين»: a
    council of the EU's ministers, not a contact between Austria and the EU); blocs.yaml
    org_members."""
    if a is None or b is None:
        return False
    members = _spec()["org_members"]
    return any(x.counterpart and y.country in members.get(x.org, ())
               and _member_then(*members[x.org][y.country], published)
               for x, y in ((a, b), (b, a)))


def may_pair(a: Actor, b: Actor) -> bool:
    """Whether two actors of a sentence may be the two parties of one contact: not two members
    of one bloc, not a member and its own state, not a member and another member's actor named
    on its own (both on the bloc's side), a bare state only opposite a bloc, and a state of a
    pair (state_pairs) only with the other state of its construction."""
    if a.pair is not None or b.pair is not None:
        return a.pair == b.pair and a.country != b.country
    if a.side is not None and a.side == b.side:
        return False  # «مع الاتحاد الأوروبي وصندوق النقد الدولي»: one side of the talks
    if a.orglist is not None and a.orglist == b.orglist:
        return False  # «اجتماع ضم A وممثلي صندوق النقد والمفوضية الأوروبية»: one side
    if a.bloc or b.bloc:
        if a.bloc == b.bloc or (a.country or a.org) == (b.country or b.org):
            return False
        if _fellow_member(a, b) or _fellow_member(b, a):
            return False  # a member named on its own is on its bloc's side: «اليونان ودائنيها»
            # then «ممثلي صندوق النقد» (a creditor, one side); «أجرى وزير الخارجية الروسي
            # محادثات مع الوفد الإيراني ومجموعة 5+1» (no Russia–US talks)
    if a.bare and not b.bloc or b.bare and not a.bloc:
        return False
    return True


def _fellow_member(a: Actor, b: Actor) -> bool:
    """Whether `b`, named on its own, is a member of the bloc `a` stands for (any member,
    whatever the date): a member of a bloc sits on the bloc's side, with the others."""
    if not a.bloc or b.bloc:
        return False
    spec = _spec()["blocs"].get(a.bloc)
    code = b.country or b.org
    return spec is not None and code is not None and code in spec["codes"]


def topic_noun(word: str) -> bool:
    """Whether a word is a topic noun that takes a «بين» list after it (`states.topics`:
    «العلاقات/الاتفاق بين A وB» are A's and B's, whoever talks about them)."""
    return _word_in(word, _spec()["states"]["topics"])


def bloc_type(etype: str, trigger: str, a: Actor | None, b: Actor | None) -> str:
    """Talks with a bloc, between two states named bare, or with organisations named bare after
    their «مع» (a MEET noun of the lexicon's `talks`), are a NEGOTIATE."""
    councils = _spec()["councils"]

    def listed(x):  # a bloc's member, a bare state of a pair, an organisation of talks_orgs
        # (not a council of allied states: talks with «دول مجلس التعاون» are a meeting)
        return x is not None and (x.bloc or x.pair is not None
                                  or x.side is not None and x.org not in councils)

    sides = _sides_type(etype, trigger, a, b)
    if sides != etype:
        return sides
    if etype not in ("MEET", "DISCUSS") or not (listed(a) or listed(b)):
        return etype
    return "NEGOTIATE" if _talks_noun(trigger) else etype


def phase_type(sent: Sentence, trig, etype: str, trigger: str) -> str:
    """Talks told as a whole begun, resumed or concluded are a negotiation between sides: a MEET
    (or DISCUSS) talks noun of the lexicon's `talks` right after a word of grammar.yaml
    `talks_phase`, or after one and a time word of `talks_phase_gap`, no punctuation between
    («انتهت محادثات بين الرئيس A والرئيس B», «استئناف المحادثات بين A وB»); not with an
    adjective of a visit's sitting after the noun (`talks_sitting_adjectives`), nor for
    consultations (only the talks nouns of `talks_phase_nouns`)."""
    if trig is None or trig.tense != "noun" or etype not in ("MEET", "DISCUSS") \
            or not _talks_noun(trigger):
        return etype
    norms = sent.norms
    if not any(_word_in(w, TALKS_PHASE_NOUNS) for w in norms[trig.i:trig.j]):
        return etype  # consultations («انطلقت المشاورات بين البلدين»): a committee's sitting
    k = trig.i - 1
    if k >= 1 and norms[k] in TALKS_PHASE_GAP and not _broken(sent, k - 1, k + 1):
        k -= 1
    if k < 0 or _broken(sent, k, trig.i) or not _word_in(norms[k], TALKS_PHASE):
        return etype
    if trig.j < len(norms) and norms[trig.j] in TALKS_SITTING_ADJECTIVES:
        return etype  # «انطلقت المباحثات الرسمية بين الرئيسين»: a visit's sitting
    return "NEGOTIATE"


def _talks_noun(trigger: str) -> bool:
    """Whether a trigger is a talks noun of the lexicon's `talks` (with or without a clitic)."""
    norms = [t.norm for t in tokenize(trigger)]
    if not norms:
        return False
    talks = _spec()["talks"]
    return any(" ".join([w] + norms[1:]) in talks for w in _bare_forms(norms[0]))


def _sides_type(etype: str, trigger: str, a: Actor | None, b: Actor | None) -> str:
    """Talks (a `talks` noun) with an armed group or movement (role `group`) are a negotiation
    between sides when a state's actor is the other side («محادثات بين الحكومة الأفغانية
    وطالبان»); a meeting verb or noun («التقى», «لقاء») keeps its type, and so do an
    organisation's talks with the group (an envoy's with the Libyan parties: the labels make
    them a mediation or a meeting)."""
    if a is None or b is None or etype not in ("MEET", "DISCUSS") or not _talks_noun(trigger):
        return etype
    for x, y in ((a, b), (b, a)):
        if x.role == "group" and y.role != "group" and y.org is None and y.country is not None:
            return "NEGOTIATE"
    return etype


_STATES_WORDS = grammar.STATES_WORDS  # «دول مجلس التعاون», not «جامعة الدول العربية»


def council_offices(sentences: list[Sentence]) -> frozenset[tuple[str, str]]:
    """(council, ministry) of each council of states whose ministers the document names by a
    title («وزراء خارجية دول مجلس التعاون»); (council, "*") for one named as someone's
    counterparts («نظرائه الخليجيين»), who hold his office, whichever it is."""
    councils = _spec()["councils"]
    named = set()
    for s in sentences:
        for a in s.actors:
            if a.org in councils and a.counterpart:
                named.add((a.org, "*"))
            elif a.org in councils and a.role in MINISTRIES and a.titled:
                named.add((a.org, a.role))
    return frozenset(named)


def council_role(a: Actor | None, b: Actor | None, named: frozenset[tuple[str, str]]
                 ) -> tuple[Actor | None, Actor | None]:
    """A council of states (the lexicon's `councils`) named by its member states with no title
    («دول مجلس التعاون», «دول الخليج العربية») opposite a minister or a head of state in a
    meeting is met at that level: it takes the other actor's role, as «نظرائه» does («بدأ
    وزير الخارجية الأمريكي محادثات مع دول الخليج» are talks with the Gulf foreign ministers
    when the document names them: «اجتماع مع وزراء خارجية دول مجلس التعاون»). A ministry the
    document never names for the council (`named`, council_offices) is not met: the side stays
    its officials (the conventions: a bloc's side takes the naming of it elsewhere in the text,
    else `official`)."""
    spec = _spec()

    def states_of(x):
        return (x is not None and x.org in spec["councils"] and not x.titled
                and x.role == DEFAULT_ROLE and x.country is None
                and _word_in(next((w.norm for w in tokenize(x.text)), ""), _STATES_WORDS))

    for x, y in ((a, b), (b, a)):
        if states_of(x) and y is not None and y.role in spec["council_roles"] \
                and (y.country is not None and y.org is None) \
                and (y.role not in MINISTRIES or (x.org, y.role) in named
                     or (x.org, "*") in named):
            x = replace(x, role=y.role)
            return (x, y) if y is b else (y, x)
    return a, b


def background_talks(sent: Sentence, trig, a: Actor | None, b: Actor | None) -> bool:
    """Whether a NEGOTIATE of talks with a bloc, a pair of states or organisations named bare
    (bloc_type) names the talks as a topic, not as talks held: its talks noun is the genitive of
    a word of the lexicon's `background.heads` («بسبب تعثر مباحثات الإنقاذ بين الحكومة اليونانية
    ودائنيها», «وبدء مفاوضات مع دائنيها»), or the object of a verb of watching a few words
    before it, with no punctuation between («وراقب البنك السويسري المحادثات بين ...»)."""
    if trig is None or trig.tense != "noun" or trig.i < 1:
        return False
    if not any(x is not None and (x.bloc or x.pair is not None or x.side is not None)
               for x in (a, b)):
        return False
    bg = _spec()["background"]
    norms = sent.norms
    if _word_in(norms[trig.i - 1], bg["heads"]):
        return True
    if norms[trig.i - 1] == "في" and trig.i >= 2 and _word_in(norms[trig.i - 2], bg["heads"]):
        return True  # «الإصلاحات المطلوبة للبدء في مفاوضات مع المقرضين»: their start
    for m in range(trig.i - 1, max(trig.i - 1 - bg["window"], -1), -1):
        if _broken(sent, m, trig.i):
            return False
        if _word_in(norms[m], bg["watchers"]):
            return True
    return False


def topic_talks(sent: Sentence, trig, a: Actor | None, b: Actor | None) -> bool:
    """Whether a NEGOTIATE of talks with a bloc, a pair of states or organisations named bare
    (bloc_type) names the talks as a topic or a long process, not as talks held: its talks
    noun is the genitive of a word of grammar.yaml `topic_talk_heads`, their course, state,
    stage or outcome («مسار المباحثات بين إيران والدول الست»), or it follows «من» closing a
    span of months or years or a stage (`topic_talk_spans`, up to `topic_talk_window` words
    before «من», no punctuation between: «عشرين شهرا من المفاوضات بين …», «بعد أشهر من
    المفاوضات», «المراحل الأكثر حساسية من المفاوضات»)."""
    if trig is None or trig.tense != "noun" or trig.i < 1:
        return False
    if not any(x is not None and (x.bloc or x.pair is not None or x.side is not None)
               for x in (a, b)):
        return False
    norms = sent.norms
    if _lasting_span(sent, trig.j):
        return True
    if _broken(sent, trig.i - 1, trig.i):
        return False
    if _word_in(norms[trig.i - 1], TOPIC_TALK_HEADS):
        return True
    if norms[trig.i - 1] != "من":
        return False
    for m in range(trig.i - 2, max(trig.i - 2 - TOPIC_TALK_WINDOW, -1), -1):
        if _broken(sent, m, trig.i - 1):
            return False
        if _word_in(norms[m], TOPIC_TALK_SPANS):
            return True
    return False


def _lasting_span(sent: Sentence, j: int) -> bool:
    """Whether the talks noun ending before token j is told as lasting months or years: a verb
    of `topic_talk_lasting` right after it or after one adjective, then a word of
    `topic_talk_spans` within `topic_talk_window` words, no punctuation between («مفاوضات شاقة
    استمرت 12 عاما»; not «محادثات استمرت 16 يوما», days of talks held)."""
    norms = sent.norms
    for k in (j, j + 1):
        if k < len(norms) and not _broken(sent, j - 1, k) and norms[k] in TOPIC_TALK_LASTING:
            for m in range(k + 1, min(k + 1 + TOPIC_TALK_WINDOW, len(norms))):
                if _broken(sent, k, m):
                    return False
                if _word_in(norms[m], TOPIC_TALK_SPANS):
                    return True
            return False
    return False


# ----------------------------------------------------------------------------- pairs of states

def _noun_at(norms: list[str], k: int) -> int:
    """The length of the longest talks/contact noun of `states` starting at token k (a clitic
    on its first word allowed), 0 without one."""
    if k >= len(norms) or norms[k] not in _spec()["states"]["noun_starts"]:
        return 0
    forms = _bare_forms(norms[k])
    for words in _spec()["states"]["nouns"]:
        n = len(words)
        if words[0] in forms and tuple(norms[k + 1:k + n]) == words[1:]:
            return n
    return 0


def _word_in(word: str, words: frozenset) -> bool:
    return any(f in words for f in _bare_forms(word))


def _broken(sent: Sentence, i: int, j: int) -> bool:
    """Whether punctuation follows one of tokens i..j-1 (a break between token i and token j)."""
    return any(sent.toks[m].punct for m in range(max(i, 0), min(j, len(sent.toks))))


_DASHES = ("-", "\u2013", "\u2014", "\u0640")  # (the tatweel alone is a dash in Arabic type)
_NOT_WORD = frozenset(".,،؛;:!?؟()[]{}«»\"'")  # punctuation that still breaks before a dash


def _dash_after(sent: Sentence, k: int) -> bool:
    """Whether the punctuation after token k is a dash alone («تونسي - ليبي», «تونسي- ليبي»,
    «مصرية ـ إماراتية»)."""
    if k + 1 >= len(sent.toks):
        return False
    gap = sent.text[sent.toks[k].start:sent.toks[k + 1].start].rstrip()
    return gap.endswith(_DASHES) and gap.rstrip("".join(_DASHES) + " ")[-1:] not in _NOT_WORD


def _joined(sent: Sentence, free: dict, i: int) -> list[tuple[int, int, str]]:
    """«مصر والسودان» at token i: the two bare states, the second joined by و; [] otherwise."""
    a = free.get(i)
    if a is None:
        return []
    nxt = next((m for m in (a[0], a[0] + 1) if m in free and joined_at(sent.norms, m, a[0] - 1)),
               None)
    if nxt is None or free[nxt][1] == a[1] or _broken(sent, i, nxt):
        return []
    return [(i, a[0], a[1]), (a[0], free[nxt][0], free[nxt][1])]  # «وجمهورية ألمانيا»: one


def _between(sent: Sentence, free: dict, i: int, memory: dict) -> list[tuple[int, int, str]]:
    """The two sides after بين at token i: A وB, or «البلدين» (the two countries named last)."""
    pair = _joined(sent, free, i)
    if pair:
        return pair
    if i < len(sent.norms) and _count_at(sent.norms, i) == 2 and not _covered(sent, i):
        last = next((r for r in reversed(memory.get(LISTS, [])) if len(r) == 2), None)
        if last is not None:
            return [(i, i + 1, last[0]), (i, i + 1, last[1])]
    return []


def _state_and_group(sent: Sentence, free: dict, i: int, k: int) -> list[tuple[int, int, str]]:
    """«محادثات السلام بين كابل وطالبان»: a bare state (or its seat) after بين and an armed
    group joined to it by و are the two sides; the group's actor is marked as the state's pair
    (token k, the construction's) and the state returned."""
    a = free.get(i)
    if a is None or _broken(sent, i, a[0]):
        return []
    group = next((x for x in sent.actors if x.i == a[0] and x.org and x.role == "group"
                  and x.pair is None and not x.bloc and sent.norms[x.i].startswith("و")), None)
    if group is None:
        return []
    group.pair = k
    return [(i, a[0], a[1])]


def place_len(norms: list[str], i: int) -> int:
    """Words of the place name at token i (one clitic allowed on its first word)."""
    return load_gazetteer().match(norms, i)[0] or 1


def _covered(sent: Sentence, i: int) -> bool:
    return any(a.i <= i < a.j for a in sent.actors)


def _adjective_pair(sent: Sentence, m: int, noun: int = -1) -> list[tuple[int, int, str]]:
    """«الحوار الاستراتيجي المصري الأمريكي»: two nationality adjectives after the noun, with at
    most two other modifiers between (m: the token after the noun, `noun` its first token)."""
    adjs = {k: code for k, code, _definite in sent.adjs}
    norms = sent.norms
    bodies = load_gazetteer().non_state_bodies
    spec = _spec()["states"]
    # after a gathering noun (not a talks noun: «مفاوضات الحدود السودانية الإثيوبية» are the two
    # states' talks), a topic noun takes the adjectives
    topics = spec["topics"] if 0 <= noun < len(norms) and _word_in(norms[noun],
                                                                  spec["gatherings"]) \
        else frozenset()
    for skip in range(3):
        k = m + skip
        if k < len(norms) and norms[k] in bodies:
            return []  # «لقاء المنتخبين التونسي والجزائري»: the adjectives are a team's, a match
        if k < len(norms) and _word_in(norms[k], topics):
            # «لقاء شراكة تونسية برتغالية»: the adjectives qualify the topic noun (a business
            # partnership forum), not the sides of a contact
            return []
        if k in adjs:
            # («مفاوضات تونسية - ليبية», «لقاء سعودي– روسي»: a dash joins the two adjectives)
            if _broken(sent, m - 1, k) or sent.toks[k].punct and not _dash_after(sent, k) \
                    or k + 1 not in adjs or adjs[k + 1] == adjs[k]:
                return []
            return [(k, k + 1, adjs[k]), (k + 1, k + 2, adjs[k + 1])]
        if k >= len(norms) or norms[k] in ("بين", "مع", "في") or _noun_at(norms, k) \
                or _covered(sent, k) or any(i == k for i, _j, _c in sent.countries):
            return []
    return []


_DAYS = grammar.BLOC_DAY_WORDS


def _adverbial_end(sent: Sentence, m: int) -> int:
    """The first token from m on that does not tell the time or the place of what comes after
    it: time words and ordinals (roles.yaml `fillers`), numbers, places and a locative word
    before one («اليوم الثلاثاء بالجزائر العاصمة»), no punctuation between; m itself when
    none does, and at most `adverbial_gap` words on."""
    norms = sent.norms
    fillers = load_gazetteer().fillers
    places = {i0 for i0, _en, _code in sent.places} | {i0 for i0, _j0, _c in sent.countries}
    limit = min(len(norms), m + _spec()["states"]["adverbial_gap"])
    k = m
    while k < limit and not _covered(sent, k):
        if k in places:
            n = place_len(norms, k)
            n += k + n < limit and norms[k + n] == "العاصمه"  # «بنيروبي العاصمة»
        elif norms[k].isdecimal() or norms[k] in _DAYS or norms[k] in WEEKDAYS \
                or norms[k] in PERIOD_MODIFIERS or month_name_at(norms, k):
            n = 1
        else:
            n, entries = fillers.match(norms, k) if fillers else (0, [])
            if n and entries[0].kind == "filler" and entries[0].role not in ("time", "ordinal"):
                n = 0
        if not n or _broken(sent, k, k + n):
            break
        k += n
    return k if k <= limit else m


def _held_talks(sent: Sentence, m: int) -> int:
    """The end of the talks noun a light verb's subject pair holds, starting at token m after
    its time and place words (`_adverbial_end`), or after a round's word and its ordinal
    («الدورة الثانية للمشاورات», «جولة من المفاوضات»); 0 without one."""
    norms = sent.norms
    spec = _spec()["states"]
    if m < 1 or _broken(sent, m - 1, m):
        return 0
    k = _adverbial_end(sent, m)
    n = _noun_at(norms, k)
    if n:
        return k + n
    if k < len(norms) and norms[k] in spec["rounds"]:
        r = k + 1
        fillers = load_gazetteer().fillers
        n, entries = fillers.match(norms, r) if fillers and r < len(norms) else (0, [])
        if n and entries[0].role == "ordinal":
            r += n
        if r < len(norms) and norms[r] == "من":
            r += 1
        n = _noun_at(norms, r)
        if n and not _broken(sent, k, r):
            return r + n
    return 0


def _subject_pairs(sent: Sentence, free: dict, k: int) -> list[tuple[int, int, str]]:
    """A talks verb (or a light verb and a talks noun) at token k with a bare state as subject
    and another after مع, or two states joined by و as its subject."""
    spec = _spec()["states"]
    norms = sent.norms
    if norms[k] not in spec["verb_forms"]:
        return []  # most words are no talks verb, with or without a clitic
    verb = _word_in(norms[k], spec["verbs"])
    light = not verb and _word_in(norms[k], spec["light"])
    if not (verb or light):
        return []
    if k + 1 in free:  # VSO: «تفاوضت مصر مع السودان», «أجرت مصر والسودان مباحثات»
        joined = _joined(sent, free, k + 1)
        if joined:
            end = joined[1][1]
            if verb or _noun_at(norms, end):
                return joined
            if light and _held_talks(sent, end):
                return joined  # «تعقد الجزائر وروسيا اليوم الثلاثاء الدورة الثانية للمشاورات»
            return []
        j0, a = free[k + 1]
        m = j0
        if light:
            n = _noun_at(norms, m)
            if not n:
                return []
            m += n
            while m < min(j0 + n + 2, len(norms)) and norms[m] != "مع":
                m += 1  # one or two modifiers of the noun («مباحثات مكثفة مع»)
        if m < len(norms) and norms[m] == "مع" and m + 1 in free \
                and not _broken(sent, k, m + 1):
            return [(k + 1, j0, a), (m + 1, free[m + 1][0], free[m + 1][1])]
        return []
    # SVO: «مصر تتفاوض مع السودان», the state opening the clause
    a = next(((i0, j0, c) for i0, (j0, c) in free.items() if j0 == k), None)
    if verb and a is not None and k + 2 <= len(norms) and k + 1 < len(norms) \
            and norms[k + 1] == "مع" and k + 2 in free:
        i0 = a[0]
        opens = i0 == 0 or norms[i0 - 1] in spec["openers"] or _broken(sent, i0 - 1, i0)
        if opens and not _broken(sent, i0, k + 2):
            return [a, (k + 2, free[k + 2][0], free[k + 2][1])]
    return []


def state_pairs(sent: Sentence, memory: dict) -> None:
    """Add to sent.actors the two states named bare as the two sides of a contact in a tight
    construction (configs/lexicons/events/blocs.yaml `states`): role official, `bare`, and
    `pair` set to the construction's first token so that they pair only with each other. A
    state after في، عن، بشأن ... (a place, a topic) is never one."""
    spec = _spec()["states"]
    norms = sent.norms
    capitals = load_gazetteer().capitals
    named = list(sent.countries) + [(i0, i0 + place_len(norms, i0), code)
                                    for i0, en, code in sent.places if en in capitals]
    free = {i0: (j0, code) for i0, j0, code in named
            if not _covered(sent, i0) and not (i0 > 0 and norms[i0 - 1] in _NOT_PARTY)}
    if len(free) < 2 and len(sent.adjs) < 2 \
            and not any(len(r) == 2 for r in memory.get(LISTS, ())) \
            and not (free and any(a.role == "group" and a.org for a in sent.actors)):
        return  # every construction names two states (or «البلدين» after a pair named before),
        # or a state and an armed group («بين كابل وطالبان»)
    added: list[Actor] = []
    used: set[int] = set()
    # a construction starts at a talks noun or verb: no other word is looked at (_noun_at and
    # _subject_pairs find nothing there)
    nouns, verbs = spec["noun_starts"], spec["verb_forms"]
    for k in range(len(norms)):
        if k in used or norms[k] not in nouns and norms[k] not in verbs:
            continue
        found: list[tuple[int, int, str]] = []
        n = _noun_at(norms, k)
        if n:
            for b in range(k + n, min(k + n + spec["gap"] + 1, len(norms))):
                if (_broken(sent, b - 1, b) or _covered(sent, b) or b in free
                        or _word_in(norms[b], spec["topics"])):
                    break  # a clause ends, someone else is named first, or بين is a topic's
                    # («بحث العلاقات ... بين A وB»: the relations are between them; so are
                    # the topic's with a clitic: «رحب خلال اللقاء بالتعاون القائم بين A وB»)
                if norms[b] == "بين":
                    found = _between(sent, free, b + 1, memory)
                    if not found:
                        found = _state_and_group(sent, free, b + 1, k)
                    break
            found = found or _adjective_pair(sent, k + n, k)
        found = found or _subject_pairs(sent, free, k)
        if not found or any(i in used for i, _j, _c in found):
            continue
        for i, j, code in found:
            used.update(range(i, j))
            added.append(Actor(i, j, country=code, role=DEFAULT_ROLE, bare=True, pair=k,
                               text=sent.text[sent.toks[i].start:sent.toks[j - 1].end],
                               clitic="و" if norms[i].startswith("و") else ""))
    if added:
        sent.actors = sorted(sent.actors + added, key=lambda a: (a.i, a.j))
        sent.places = [p for p in sent.places if p[0] not in used]  # a side, not the venue


TALKS_GAP = 3  # words at most from a talks noun or verb to the «مع» of its counterpart


def _org_role(norms: list[str], i: int, code: str) -> str:
    _n, entries = load_gazetteer().match(norms, i)
    return next((e.role for e in entries if e.kind == "org" and e.code == code and e.role),
                DEFAULT_ROLE)


def _bare_subject(sent: Sentence, m: int) -> tuple[int, int, str] | None:
    """The bare state that holds the talks whose «مع» is at token m, as the subject right after
    its verb: «تفاوضت مصر مع ...», «تبدأ اليونان محادثات مع ...» (a light verb, the state,
    the talks noun and at most two modifiers); None otherwise."""
    spec = _spec()["states"]
    norms = sent.norms
    for i0, j0, code in sent.countries:
        if i0 < 1 or j0 > m or _covered(sent, i0) or _broken(sent, i0 - 1, m):
            continue
        verb = norms[i0 - 1]
        if _word_in(verb, spec["verbs"]):
            if j0 == m:
                return i0, j0, code
        elif _word_in(verb, spec["light"]):
            n = _noun_at(norms, j0)
            if n and j0 + n <= m <= j0 + n + 2:
                return i0, j0, code
    return None


def _appositive_list(sent: Sentence, m: int, orgs: dict) -> int | None:
    """The first token of a list of organisations in apposition to a collective noun (blocs.yaml
    `collectives`) right after «مع» at token m: the noun, a comma (no other mark), then at
    least two organisations joined by و («مع الدائنين، الاتحاد الأوروبي وصندوق النقد
    الدولي»); None otherwise (a comma that opens another clause, a list that names no
    organisations)."""
    norms, toks = sent.norms, sent.toks
    k = m + 2
    if k not in orgs or norms[m + 1] not in _spec()["collectives"] or _covered(sent, m + 1) \
            or not toks[m + 1].punct \
            or sent.text[toks[m + 1].start:toks[k].start].strip()[-1:] != "،" \
            or norms[k].startswith("و"):
        return None
    j = orgs[k][0]
    if j in orgs and joined_at(norms, j, j - 1) and not _broken(sent, j - 1, j) \
            and orgs[j][1] != orgs[k][1]:
        return k
    return None


def talks_orgs(sent: Sentence) -> None:
    """Add to sent.actors the organisations named bare after «مع» right after a talks noun or
    verb (`states` nouns and verbs, at most TALKS_GAP words before مع, no break): «أجرت
    الحكومة مفاوضات مع صندوق النقد الدولي والاتحاد الأوروبي» names each organisation as a
    counterpart (one event each), with its orgs.yaml role; whoever holds the talks is the
    frames' subject. A bare state there stays no party (state_pairs alone pairs those)."""
    orgs = {i0: (j0, code) for i0, j0, code in sent.orgs if not _covered(sent, i0)}
    if not orgs:
        return
    spec = _spec()["states"]
    norms = sent.norms
    added: list[Actor] = []
    for m, word in enumerate(norms):
        if word != "مع":
            continue
        first = m + 1 if m + 1 in orgs else _appositive_list(sent, m, orgs)
        if first is None:
            continue
        if not any(((n := _noun_at(norms, k)) and k + n <= m
                    or _word_in(norms[k], spec["verbs"])) and not _broken(sent, k, m)
                   and not any(_covered(sent, x) for x in range(k + 1, m))
                   for k in range(max(0, m - TALKS_GAP), m)):
            continue
        i, seen = first, set()
        subject = _bare_subject(sent, m)
        if subject is not None:
            i0, j0, code = subject
            added.append(Actor(i0, j0, country=code, role=DEFAULT_ROLE, side=-m,
                               text=sent.text[sent.toks[i0].start:sent.toks[j0 - 1].end]))
        while i is not None and i in orgs:
            j, code = orgs[i]
            if code not in seen:
                seen.add(code)
                added.append(Actor(i, j, org=code, role=_org_role(norms, i, code), side=m,
                                   text=sent.text[sent.toks[i].start:sent.toks[j - 1].end],
                                   clitic="و" if norms[i].startswith("و") else ""))
            i = j if j in orgs and joined_at(norms, j, j - 1) and not _broken(sent, j - 1, j) \
                else None
    if added:
        sent.actors = sorted(sent.actors + added, key=lambda a: (a.i, a.j))
        starts = {a.i for a in added}
        sent.places = [p for p in sent.places if p[0] not in starts]  # a side, not the venue
