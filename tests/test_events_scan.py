"""The scans of a sentence jump between the words where something may begin: they must never
jump over one (a skipped word would be a lost actor, trigger or cue)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.events.candidates import phone_near
from pipeline.events.gazetteer import PAST_THE_END, load_gazetteer, load_lexicon, next_stop
from pipeline.events.mentions import (
    Sentence,
    _stops,
    _strip_clitic,
    split_sentences,
    tokenize,
)
from pipeline.events.words import PHONE_CUES

SEEDS = Path(__file__).parent / "data" / "events_seeds.jsonl"
WRITTEN = [
    "وللرئيس الفرنسي إيمانويل ماكرون لقاء مع وزير الخارجية السعودي في الرياض",
    "واستقبل خادم الحرمين الشريفين بالرياض وفدا من الاتحاد الأوروبي",
    "وأجرى سموه اتصالا هاتفيا بنظيره الكويتي ولم يلتق بالوفد القطري",
    "بحث ولي العهد مع الأمين العام للأمم المتحدة غوتيريش والمبعوث الأممي إلى اليمن",
]


def _sentences() -> list[str]:
    texts = [json.loads(line)["text"] for line in SEEDS.read_text(encoding="utf-8").splitlines()]
    return [s for t in texts for s in split_sentences(t)] + WRITTEN


@pytest.mark.parametrize("which", ["gazetteer", "triggers", "status"])
def test_every_match_begins_at_a_start(which):
    lex = {"gazetteer": load_gazetteer(), "triggers": load_lexicon().triggers,
           "status": load_lexicon().status}[which]
    matched = 0
    for text in _sentences():
        norms = [t.norm for t in tokenize(text)]
        starts = set(lex.starts(norms))
        for i in range(len(norms)):
            if lex.match_clitic(norms, i)[0]:
                matched += 1
                assert i in starts, (which, norms[i], text)
    assert matched > 20  # the sentences do name things: the check had something to check


def test_next_stop():
    assert next_stop([2, 5, 9], 0) == 2
    assert next_stop([2, 5, 9], 2) == 5
    assert next_stop([2, 5, 9], 6) == 9
    assert next_stop([2, 5, 9], 9) == PAST_THE_END
    assert next_stop([], 0) == PAST_THE_END


def test_stops_hold_every_word_the_article_made_a_name_of():
    gaz = load_gazetteer()
    text = "وقال زيدونوف إن موسكو تريد الحوار، وأكد سموه أن زيدونوف ولزيدونوف مواقف"
    norms = [t.norm for t in tokenize(text)]
    memory = {"aliases": {"زيدونوف": {"en": "Z. Zaidunov"}}, "title_heads": {}}
    stops = set(_stops(norms, gaz, memory))
    assert not any("زيدونوف" in norms[i] for i in gaz.starts(norms))  # a name only the text made
    for i, tok in enumerate(norms):
        for words in (memory["aliases"], gaz.honorific_pronouns):
            if _strip_clitic(tok, words):
                assert i in stops, tok
    # «زيدونوف» three times (bare, after و, after ول) and «سموه»
    assert {i for i, t in enumerate(norms) if "زيدونوف" in t or t == "سموه"} <= stops


def test_phone_cues_are_single_words():
    assert PHONE_CUES and all(" " not in c for c in PHONE_CUES)


def test_phone_near_looks_into_the_next_sentence_start_only():
    def sent(text):
        return Sentence(text, 0, tokenize(text))
    assert phone_near(sent("وبحث الجانبان في اتصال العلاقات"), None)
    assert not phone_near(sent("وبحث الجانبان العلاقات"), None)
    assert phone_near(sent("وبحث الجانبان العلاقات"), sent("وجاء ذلك هاتفيا"))
    far = "وجاء ذلك في بيان نشرته الوكالة الرسمية اليوم وقالت فيه إن الحديث جرى هاتفيا"
    assert not phone_near(sent("وبحث الجانبان العلاقات"), sent(far))


@pytest.mark.parametrize("which", ["gazetteer", "triggers", "status"])
def test_every_word_that_heads_a_phrase_is_a_start(which):
    """Word by word, with every clitic and «لل» put before it: a word whose clitic heads begin a
    phrase of the index is always a start."""
    from pipeline.events.gazetteer import CLITICS
    lex = {"gazetteer": load_gazetteer(), "triggers": load_lexicon().triggers,
           "status": load_lexicon().status}[which]
    words = {t.norm for text in _sentences() for t in tokenize(text)}
    words |= {c + w for w in list(words) for c in CLITICS}
    words |= {"ل" + w[1:] for w in list(words) if w.startswith("ال")}
    heading = [w for w in words if lex._heads_in_index(w)]
    assert len(heading) > 50
    assert [w for w in heading if lex.starts([w]) != [0]] == []


def _small_index():
    from pipeline.events.gazetteer import Entry, Gazetteer
    gaz = Gazetteer()
    minister = Entry("title", role="minister")
    foreign = Entry("title", role="foreign_minister")
    gaz.add("وزير", minister)
    gaz.add("وزير الخارجية", foreign)
    gaz.add("وزير الخارجية", foreign)  # listed twice: found once
    gaz.add("وزير الخارجيه", Entry("title", role="foreign_minister", code="XXX"))
    gaz.add("الاتحاد الأوروبي", Entry("org", code="EU"))
    return gaz, minister, foreign


@pytest.mark.parametrize("final", [False, True])
def test_phrase_match_longest_first_with_clitics(final):
    gaz, minister, foreign = _small_index()
    if final:
        gaz.finalize()
    words = "ووزير الخارجيه للاتحاد الاوروبي وزير الدفاع".split()
    n, entries, clitic = gaz.match_clitic(words, 0)
    assert (n, clitic) == (2, "و")
    assert entries == [foreign, entries[1]] and entries[1].code == "XXX"  # both spellings
    assert gaz.match_clitic(words, 2)[0::2] == (2, "ل")  # للاتحاد = ل + الاتحاد
    assert gaz.match_clitic(words, 4) == (1, [minister], "")  # only the head word matches
    assert gaz.match_clitic(words, 1) == (0, [], "")
    assert gaz.starts(words) == [0, 2, 4]
