"""Groups of countries named back by number: «الدول الثلاث», «رؤساء البلدان الثلاثة».

A list of two or more countries joined by و («تشمل الجزائر وموريتانيا وتونس») is remembered
(per text, in the mentions memory); a later group noun with a number word of the same count
(«البلدان الثلاثة») names those countries again. With a plural title before it (رؤساء، وزراء
خارجية) it is one actor per country with that title's role; a plural counterpart in the same
sentence («فضلا عن نظرائه») is one counterpart per country too. A group whose count matches no
remembered list names nobody: the rule never guesses.

Data: configs/lexicons/events/groups.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from configs import CONFIG_DIR, load_yaml
from pipeline.events.mentions import Actor, Sentence
from pipeline.text.normalize import normalize_arabic

LISTS = "country_lists"  # the memory key: remembered lists of country codes, in text order


@lru_cache(maxsize=1)
def _spec() -> dict:
    data = load_yaml(CONFIG_DIR / "lexicons" / "events" / "groups.yaml")

    def norm(w):
        return normalize_arabic(str(w))

    titles = {tuple(norm(k).split()): v for k, v in data["titles"].items()}
    return {"nouns": frozenset(map(norm, data["group_nouns"])),
            "duals": frozenset(map(norm, data["dual_nouns"])),
            "numbers": {norm(k): int(v) for k, v in data["numbers"].items()},
            "titles": sorted(titles.items(), key=lambda kv: -len(kv[0])),
            "counterparts": frozenset(map(norm, data["counterparts"])),
            "states": frozenset(map(norm, data["state_nouns"])),
            # every word `_count_at` may count at (a group noun with or without «و», a dual)
            "counting": frozenset(map(norm, data["dual_nouns"])) | frozenset(
                w for n in data["group_nouns"] for w in (norm(n), "و" + norm(n)))}


def joined_at(norms: list[str], i: int, last: int) -> bool:
    """Whether the name at token i is joined by و to the one starting at token `last` ending
    right before it, or one "state" word before it («تونس وجمهورية ألمانيا»)."""
    if i == last + 1 and norms[i].startswith("و"):
        return True
    return i == last + 2 and norms[i - 1][:1] == "و" and norms[i - 1][1:] in _spec()["states"]


def _runs(sent: Sentence) -> list[tuple[int, list[str]]]:
    """Runs of two or more countries joined by و, named bare or as actors' countries, with
    the token each run ends at."""
    named = sorted({(i, code) for i, _j, code in sent.countries}
                   | {(a.i, a.country) for a in sent.actors if a.country})
    runs, cur, last = [], [], -9
    for i, code in named:
        joined = joined_at(sent.norms, i, last)
        if cur and not joined:
            runs.append((last, cur))
            cur = []
        if code not in cur:
            cur.append(code)
        last = i
    if cur:
        runs.append((last, cur))
    return [r for r in runs if len(r[1]) >= 2]


def _count_at(norms: list[str], k: int) -> int | None:
    spec = _spec()
    word = norms[k]
    if word in spec["duals"]:
        return 2
    bare = word[1:] if word.startswith("و") else word
    if bare in spec["nouns"] and k + 1 < len(norms):
        return spec["numbers"].get(norms[k + 1])
    return None


def title_ending_at(titles, norms: list[str], k: int) -> tuple[int, str] | None:
    """(start, role) of the first of `titles` ((words, role), longest first) that ends right
    before token k, None without one."""
    for words, role in titles:
        n = len(words)
        if k - n >= 0 and tuple(norms[k - n:k]) == words:
            return k - n, role
    return None


def _title_before(norms: list[str], k: int) -> tuple[int, str] | None:
    return title_ending_at(_spec()["titles"], norms, k)


def resolve_groups(sent: Sentence, memory: dict) -> None:
    """Add to sent.actors the members of each titled group the sentence names back (and a
    counterpart per member for a plural counterpart after it), then remember its own lists."""
    lists = memory.setdefault(LISTS, [])
    own = _runs(sent)
    norms = sent.norms
    spec = _spec()
    added: list[Actor] = []
    members: list[str] = []
    counting = spec["counting"]  # (looked up once, not for every word)
    # (most sentences hold none of these words: one set test finds that)
    for k in ([] if counting.isdisjoint(norms) else
              [k for k, word in enumerate(norms) if word in counting]):
        n = _count_at(norms, k)
        if n is None:
            continue
        pool = lists + [codes for end, codes in own if end < k]
        match = next((r for r in reversed(pool) if len(r) == n), None)
        if match is None:
            continue
        titled = _title_before(norms, k)
        if titled is None:
            continue
        start, role = titled
        if any(a.i < k + 1 and a.j > start for a in sent.actors):
            continue  # the words already name someone
        end = k + (1 if norms[k] in spec["duals"] else 2)
        if end < len(norms) and sent.toks[end - 1].punct \
                and any(a.i == end for a in sent.actors):
            continue  # «رئيسا الدولتين، عمر البشير، وعبدالفتاح السيسي»: named right after
        text = sent.text[sent.toks[start].start:sent.toks[end - 1].end]
        for code in match:
            added.append(Actor(start, end, country=code, role=role, titled=True, text=text,
                               clitic="", grouped=True))
        members = list(match)
    counterparts = spec["counterparts"]  # (looked up once, not for every word)
    for k in ([] if counterparts.isdisjoint(norms) else
              [k for k, word in enumerate(norms[:-3]) if word in counterparts]):
        # «نظرائه في الدول الثلاث»: the counterparts in each country of the group
        if norms[k + 1] in ("في", "من"):
            n = _count_at(norms, k + 2)
            pool = lists + [codes for end, codes in own if end < k]
            match = next((r for r in reversed(pool) if len(r) == n), None) if n else None
            if match is None or any(a.i <= k < a.j for a in sent.actors + added):
                continue
            end = k + 2 + (1 if norms[k + 2] in spec["duals"] else 2)
            text = sent.text[sent.toks[k].start:sent.toks[end - 1].end]
            added.extend(Actor(k, end, country=code, counterpart=True, text=text,
                               clitic="و" if norms[k].startswith("و") else "", grouped=True)
                         for code in match)
    if members:
        for k in range(len(norms)):
            if norms[k] in spec["counterparts"] and k >= added[0].j \
                    and not any(a.i == k for a in added):
                text = sent.text[sent.toks[k].start:sent.toks[k].end]
                for code in members:
                    added.append(Actor(k, k + 1, country=code, counterpart=True, text=text,
                                       clitic="و" if norms[k].startswith("و") else "",
                                       grouped=True))
                break
    if added:
        sent.actors = sorted(sent.actors + added, key=lambda a: a.i)
    lists.extend(codes for _end, codes in own)
