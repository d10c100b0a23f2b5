"""The phrases of configs/lexicons/events/grammar.yaml are matched whole, whatever their
number of words: a phrase of another length added to a list (title_trailer, realm_offices,
proviso_words, clause_openers, cabinet_seat) matches as the ones there do, it does not silently
match nothing; an empty phrase, or a stem of several words, is a one-line ConfigError naming
its key."""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from pipeline.events import extract, frames, words
from pipeline.text.normalize import normalize_arabic


def _norms(text: str) -> list[str]:
    return [normalize_arabic(w) for w in text.split()]

# grammar.yaml with phrases of other lengths added (`key` -> value), then what the rules read
_LOAD_WITH = """
import json
import sys
from types import SimpleNamespace
import configs
real = configs.load_yaml
changes = json.loads(sys.argv[1])
def patched(path, *args, **kwargs):
    data = real(path, *args, **kwargs)
    if str(path).endswith("grammar.yaml"):
        data = {**data, **changes}
    return data
configs.load_yaml = patched
from pipeline.config import ConfigError
try:
    from pipeline.events import extract, frames, words
    from pipeline.events.mentions import _cabinet_seat_between
except ConfigError as err:
    print(json.dumps({"error": str(err)}))
    raise SystemExit
from pipeline.text.normalize import normalize_arabic
def norms(text):
    return [normalize_arabic(w) for w in text.split()]
def sent(norms, punct=()):
    toks = [SimpleNamespace(punct=k in punct) for k in range(len(norms))]
    return SimpleNamespace(norms=norms, toks=toks)
print(json.dumps({
    "title_at": extract._title_at(norms("الجبير يصل رابط الخبر كاملا الجبير يصل")),
    "realm": extract._realm_office(SimpleNamespace(text="نائب أمير المنطقة الشرقية")),
    "proviso": frames._after_proviso(norms("وصل على أن يكون قد التقى"), 5),
    "opened": frames._opened_clause(sent(norms("التقاه ، وفي الوقت ذاته يزور"), {1}), 5),
    "opener_at": frames._clause_opener_at(sent(norms("التقاه ، وفي الوقت ذاته يزور"), {1}), 5),
    "seat": words.CABINET_SEAT,
}, ensure_ascii=False))
"""


def _load_with(changes: dict) -> dict:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    run = subprocess.run([sys.executable, "-c", _LOAD_WITH, json.dumps(changes)], cwd=root,
                         capture_output=True, text=True, env=env, timeout=180)
    lines = run.stdout.strip().splitlines()
    assert lines, run.stderr
    return json.loads(lines[-1])


def test_phrases_of_another_length_added_to_the_lists_are_matched_whole():
    grammar = words._GRAMMAR
    out = _load_with({
        "title_trailer": ["رابط الخبر", "كاملا"],
        "realm_offices": [*grammar["realm_offices"], "نائب أمير المنطقة"],
        "proviso_words": [*grammar["proviso_words"], "على أن يكون قد"],
        "clause_openers": [*grammar["clause_openers"], "وفي الوقت ذاته"],
        "cabinet_seat": ["عضو مجلس", "الوزراء"],
    })
    assert out == {"title_at": 5, "realm": True, "proviso": True, "opened": True,
                   "opener_at": 2, "seat": ["عضو", "مجلس", "الوزراء"]}


def test_the_lists_as_they_are_still_match_their_own_phrases():
    assert extract._title_at(_norms("الجبير رابط الخبر بصحيفة الوئام")) == 3
    assert extract._title_at(_norms("رابط الجبير الخبر")) is None
    assert extract._realm_office(SimpleNamespace(text="ولي العهد"))
    assert not extract._realm_office(SimpleNamespace(text="نائب أمير"))
    assert frames._after_proviso(_norms("وصل على أن يلتقي"), 3)
    assert not frames._after_proviso(_norms("على أن"), 1)
    toks = [SimpleNamespace(punct=k == 1) for k in range(5)]
    assert frames._opened_clause(SimpleNamespace(norms=_norms("التقاه ، على أن يزور"),
                                                 toks=toks), 4)


def test_the_clause_opener_is_found_whole_whatever_its_length():
    # the opener's own first word, not a fixed two words before the verb: «على أن» and «فيما»
    # both start right after the comma (the «أن» of «على أن» opens no reported clause)
    def opener_at(text: str, v: int):
        toks = [SimpleNamespace(punct=w == "،") for w in text.split()]
        return frames._clause_opener_at(SimpleNamespace(norms=_norms(text), toks=toks), v)
    assert opener_at("التقاه ، على أن يزور", 4) == 2
    assert opener_at("التقاه ، فيما يزور", 3) == 2
    assert opener_at("التقاه ، وعلى أن يزور", 4) == 2
    assert opener_at("التقاه أمس فيما يزور", 3) is None  # no comma before the opener


def test_an_empty_phrase_or_a_stem_of_several_words_is_a_config_error_naming_its_key():
    for key, value in (("title_trailer", []), ("deadline_words", ["المهلة", ""]),
                       ("visit_stems", ["زياره", "جولة رسمية"])):
        out = _load_with({key: value})
        assert out["error"].startswith(f"config key {key}:") and "\n" not in out["error"], out


# loaders of words.py whose keys are matched whole, each entry of any number of words: phrase
# lists (words._phrases, words._phrase), spans joined before a token (words._joined_phrases)
_WHOLE_LOADERS = {"_phrases", "_phrase", "_joined_phrases"}
# mentions.py's matchers of a mention's title, the gazetteer's whole matched title
_TITLE_MATCHERS = {"_in_titles", "_all_titles_in"}
# grammar.yaml keys read otherwise whose rules match an entry of several words as a whole: a
# title joined and compared (mentions: in_charge_of_foreign), a heading found in the text
# (extract: other_articles), place names joined before a lookup (regions.region_at:
# visit_regions; words._places also reads visit_region_adjectives, looked up one token at a
# time). A key read by a loader of _WHOLE_LOADERS, or a title list a matcher of
# _TITLE_MATCHERS reads, need not be listed: how the code reads it says so.
PHRASE_KEYS = {"in_charge_of_foreign", "other_articles", "visit_regions"}

_PIPELINE = Path(words.__file__).resolve().parent


def _loaded_keys() -> dict[str, tuple[str, str]]:
    """words.py's constants read from grammar.yaml («X = _loader("key")»): name -> (loader,
    key)."""
    tree = ast.parse((_PIPELINE / "words.py").read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call) \
                and isinstance(node.value.func, ast.Name) and node.value.args \
                and isinstance(node.value.args[0], ast.Constant):
            out[node.targets[0].id] = (node.value.func.id, node.value.args[0].value)
    return out


def _title_list_keys(loaded: dict[str, tuple[str, str]]) -> set[str]:
    """grammar.yaml keys whose lists mentions.py hands to a title matcher (_TITLE_MATCHERS),
    directly or by an alias («_CROWN_TITLES = grammar.CROWN_TITLES»)."""
    tree = ast.parse((_PIPELINE / "mentions.py").read_text(encoding="utf-8"))
    alias = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, ast.Attribute) and node.value.attr in loaded:
            alias[node.targets[0].id] = node.value.attr
    keys = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in _TITLE_MATCHERS and len(node.args) == 2 \
                and isinstance(node.args[1], ast.Name):
            name = alias.get(node.args[1].id, node.args[1].id)
            if name in loaded:
                keys.add(loaded[name][1])
    return keys


def _whole_phrase_keys() -> set[str]:
    """grammar.yaml keys whose entries the code matches whole, whatever their number of words:
    the keys of _WHOLE_LOADERS, the title lists of _TITLE_MATCHERS and PHRASE_KEYS."""
    loaded = _loaded_keys()
    by_loader = {key for loader, key in loaded.values() if loader in _WHOLE_LOADERS}
    return by_loader | _title_list_keys(loaded) | PHRASE_KEYS


def _entries(value) -> list[str]:
    if isinstance(value, dict):
        return [str(w) for names in value.values() for w in (
            names if isinstance(names, list) else [])]
    return [str(w) for w in value] if isinstance(value, list) else [str(value)]


def test_entries_of_several_words_are_only_in_lists_matched_as_phrases():
    # a phrase in a list matched one token at a time matches nothing, silently
    # (invite_words had «وجه دعوة»: invite_extend and invite_nouns read it)
    lists = {k: v for k, v in words._GRAMMAR.items()
             if k not in ("rule_word_lists", "common_word_lists")}
    several = {k for k, v in lists.items()
               if any(len(normalize_arabic(w).split()) > 1 for w in _entries(v))}
    assert several - _whole_phrase_keys() == set()
    assert PHRASE_KEYS <= set(words._GRAMMAR)


def test_the_keys_matched_whole_are_found_from_how_the_code_reads_them():
    # each way of reading a key whole is seen (a phrase list, a span joined before a verb, a
    # title list by its alias or by its own name), and no key read one token at a time is
    # taken for one
    whole = _whole_phrase_keys() - PHRASE_KEYS
    assert {"deadline_words", "title_trailer", "clause_openers", "crown_titles",
            "ambassador_titles", "dual_head_titles"} <= whole
    assert not {"stop_words", "bi_it_pronouns", "speech_verbs", "visit_region_adjectives"} \
        & whole
    assert whole <= set(words._GRAMMAR)


def test_an_empty_entry_of_a_list_joined_before_a_verb_is_a_config_error_naming_its_key():
    # proviso_words and clause_openers are matched whole, of any length, right before a verb
    # (frames._after_proviso, frames._opened_clause): an empty entry is a phrase of no words,
    # found before every verb (any verb after a comma would open a clause of its own)
    for key, value in (("proviso_words", ["على أن", ""]), ("clause_openers", ["فيما", " "])):
        out = _load_with({key: value})
        assert "error" in out, (key, out)
        assert out["error"].startswith(f"config key {key}:") and "\n" not in out["error"], out


def test_the_lists_joined_before_a_verb_hold_their_phrases_as_written():
    def normalised(*phrases):
        return {normalize_arabic(p) for p in phrases}
    assert words.PROVISO_WORDS == normalised("على أن", "وعلى أن")
    assert words.CLAUSE_OPENERS == normalised("فيما", "وفيما", "على أن", "وعلى أن")
