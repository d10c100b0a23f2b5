"""The faster forms of the extractor's scans find exactly what the plain forms do.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import re

from pipeline.events.gazetteer import load_gazetteer, load_lexicon
from pipeline.events.mentions import (
    Sentence,
    _abbreviated_title,
    _token_parts,
    split_sentences,
    tokenize,
)
from pipeline.events.words import words_at_most

# where a sentence ends, as first written (pipeline/events/mentions.py's _SENTENCE_MARK finds
# the same cuts from the marks): the spaces after . ! ? ؟ (or after one of them and a closing
# quote), else the point between one of them and a letter
_SENTENCE_END = re.compile(r"(?<=[.!?؟][\"”»])\s+|(?<=[.!?؟])(?:\s+|(?=[^\W\d_]))")

TEXTS = [
    "",
    "التقى وزير الخارجية المصري نظيره الأردني. وبحث الجانبان العلاقات الثنائية!",
    "وصل الرئيس إلى عمان...ثم عقد مؤتمرا صحفيا؟وقال إن الزيارة ناجحة",
    "زار الوزير قطرإلى جانب وفد رفيع . .والتقى أمير البلاد 2015. في الدوحة",
    "قال: «سنلتقي غدا» - وأضاف ، أن اللقاء تم.\n\nوفي تونس، استقبل الرئيس الوفد",
    "أ.ب  .  ثم\u00a0التقى\tالوزير نظيره _ في 3.5 ساعات.!؟وغادر",
    " التقى  الوزير نظيره ",
    "التقى الوزير نظيره \u2003 في عمان",
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


def _split_sentences_plain(text: str) -> list[str]:
    """split_sentences as first written: every cut looked at with the title regex."""
    out = []
    for para in re.split(r"\n+", text or ""):
        start = 0
        for m in _SENTENCE_END.finditer(para):
            if _abbreviated_title(para[start:m.start()]):
                continue
            part = para[start:m.start()].strip()
            if part:
                out.append(part)
            start = m.end()
        part = para[start:].strip()
        if part:
            out.append(part)
    return out


SPLIT_TEXTS = TEXTS + [
    None,
    "\n\n  \n",
    "استقبل المشرف العام د. خالد الأحمد وزير الصحة م. علي سالم. وقال إن الزيارة ناجحة.",
    "حضر أ.د. محمد وأ. سالم ود. علي (د. ب. أ) الاجتماع.ثم غادر",
    "وقع الاتفاق في 2015 م. وقال الوزير إنه مهم. وبلغت الكلفة 12 م د. وتشمل الصفقة حافلات.",
    "د. في أول النص. ثم ا. وبعدها أ.د.",
    'وقال إنه وصل إلى المطار." وكان الوفد قد بدأ زيارته.» ثم التقى الوزير!” وغادر؟',
    "د.\nم. علي\r\nوصل الوزير.\rثم غادر",
    "لا نقطة في هذه الفقرة\nولا في هذه  ",
    "انتهى النص بعلامة؟",
    "...!!؟؟ . د.د. مد. سد.",
]


def test_sentences_are_cut_where_the_plain_scan_cuts_them():
    for text in SPLIT_TEXTS:
        assert split_sentences(text) == _split_sentences_plain(text)
    assert split_sentences("استقبل د. خالد الأحمد الوزير. وقال إن الزيارة ناجحة.") == [
        "استقبل د. خالد الأحمد الوزير.", "وقال إن الزيارة ناجحة."]


def test_a_word_count_against_a_limit_is_the_plain_count():
    texts = [t for t in SPLIT_TEXTS if t is not None]
    texts += ["كلمة", "كلمة ", " كلمة  أخرى \n ثالثة ", "أ ب ج د ه و"]
    for text in texts:
        for limit in range(8):
            assert words_at_most(text, limit) == (len(text.split()) <= limit), (text, limit)
    assert words_at_most("أ ب ج", 3) and not words_at_most("أ ب ج د", 3)


def test_a_sentence_has_its_normalised_words_from_the_start():
    text = "التقى وزير الخارجية المصري نظيره الأردني في عمان"
    sent = Sentence(text, 0, tokenize(text))
    assert vars(sent)["norms"] == [t.norm for t in tokenize(text)]  # (set when it is made)
    assert sent.norms == [t.norm for t in sent.toks]
