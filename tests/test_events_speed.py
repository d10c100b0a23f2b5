"""The faster forms of the extractor's scans find exactly what the plain forms do.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import re

from pipeline.events.gazetteer import load_gazetteer, load_lexicon
from pipeline.events.mentions import _token_parts, split_sentences, tokenize

TEXTS = [
    "",
    "التقى وزير الخارجية المصري نظيره الأردني. وبحث الجانبان العلاقات الثنائية!",
    "وصل الرئيس إلى عمان...ثم عقد مؤتمرا صحفيا؟وقال إن الزيارة ناجحة",
    "زار الوزير قطرإلى جانب وفد رفيع . .والتقى أمير البلاد 2015. في الدوحة",
    "قال: «سنلتقي غدا» - وأضاف ، أن اللقاء تم.\n\nوفي تونس، استقبل الرئيس الوفد",
    "أ.ب  .  ثم\u00a0التقى\tالوزير نظيره _ في 3.5 ساعات.!؟وغادر",
]


def _tokenize_by_regex(sentence: str) -> list[tuple]:
    toks = []
    for m in re.finditer(r"\S+", sentence):
        words, punct = _token_parts(m.group())
        if not words:
            if toks:
                toks[-1][3] = True
            continue
        for k, w in enumerate(words):
            toks.append([w, m.start(), m.end(), punct and k == len(words) - 1])
    return [tuple(t) for t in toks]


def test_tokens_keep_their_offsets_and_punctuation():
    for text in TEXTS:
        for sentence in split_sentences(text) + [text]:
            got = [(t.norm, t.start, t.end, t.punct) for t in tokenize(sentence)]
            assert got == _tokenize_by_regex(sentence)
            for t in tokenize(sentence):
                assert not sentence[t.start:t.end].isspace() and sentence[t.start:t.end]


def test_scan_starts_are_every_word_that_may_begin_a_phrase():
    lex = load_lexicon()
    for gaz in (load_gazetteer(), lex.triggers, lex.status):
        for text in TEXTS:
            norms = [t.norm for t in tokenize(text)]
            assert gaz.starts(norms) == [i for i, w in enumerate(norms)
                                         if w in gaz._start_words]
    assert load_gazetteer().starts(["كلمة", "لا", "تعني", "شيئا"]) == []
