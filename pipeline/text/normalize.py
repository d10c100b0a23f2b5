"""Arabic text normalisation for matching (dedup keys, shingles, lookups): a pure function.

It must not be applied to stored text: rows keep the body as published; only keys are normalised.
"""

from __future__ import annotations

import re
import unicodedata

# Diacritics (harakat, tanwin, shadda, sukun, superscript alef), Quranic marks and tatweel.
_DIACRITICS = (
    "\u0610-\u061a"  # honorifics and small high letters
    "\u064b-\u065f"  # fathatan .. wavy hamza below
    "\u0670"  # superscript alef
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # Quranic annotation marks
    "\u08d3-\u08ff"  # extended Arabic marks
    "\u0640"  # tatweel
)
# Bidi controls, zero-width characters, soft hyphen, BOM, Arabic letter mark.
_INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_DROP_RE = re.compile(f"[{_DIACRITICS}{_INVISIBLE}]")

_LETTERS = {
    # alef variants -> bare alef
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",  # ٲ
    "\u0673": "\u0627",  # ٳ
    # ya and alef maqsura, Persian/Urdu look-alikes
    "\u0649": "\u064a",  # ى -> ي
    "\u06cc": "\u064a",  # ی Farsi yeh -> ي
    "\u06d2": "\u064a",  # ے Urdu yeh barree -> ي
    "\u06d0": "\u064a",  # ې
    "\u06a9": "\u0643",  # ک keheh -> ك
    "\u06aa": "\u0643",  # ڪ swash kaf -> ك
    "\u06d5": "\u0647",  # ە ae -> ه
    "\u06c1": "\u0647",  # ہ heh goal -> ه
    "\u06be": "\u0647",  # ھ heh doachashmee -> ه
    "\u0629": "\u0647",  # ة -> ه (for matching only)
    "\u06c3": "\u0647",  # ۃ
}
# Arabic-Indic (U+0660..0669) and Extended/Persian (U+06F0..06F9) digits -> ASCII.
for _i in range(10):
    _LETTERS[chr(0x0660 + _i)] = str(_i)
    _LETTERS[chr(0x06F0 + _i)] = str(_i)
# One regex substitution rather than str.translate: translate looks every character up in the
# table (raising and catching a KeyError inside for each one it does not map), which made it
# the costliest step; the substitution only calls back for the few characters it folds.
_FOLD_RE = re.compile(f"[{''.join(_LETTERS)}]")


def _fold(match: re.Match) -> str:
    return _LETTERS[match.group()]


# Everything that is not a letter, a digit or a combining mark becomes a space.
_PUNCT_RE = re.compile(r"[\W_]+", re.UNICODE)
# The same substitution, less the runs that are one space already (most of them): a run is
# matched from its first character unless that is a space with no other one after it.
_PUNCT_TO_SPACE_RE = re.compile(r"(?:[^\w ]|_| (?=[\W_]))[\W_]*")


def normalize_arabic(text: str) -> str:
    """Fold Arabic text to a matching key: lower-case, no marks, one letter form, spaces only.

    Punctuation and symbols become single spaces; the result has no leading or trailing
    space. Latin letters are case-folded and compatibility forms (presentation forms,
    full-width digits) are decomposed first with NFKC.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _DROP_RE.sub("", text)
    text = _FOLD_RE.sub(_fold, text).casefold()
    # hamza on waw/ya seat are kept (ؤ ئ are distinct spellings); only alef forms fold.
    return _PUNCT_TO_SPACE_RE.sub(" ", text).strip()  # = _PUNCT_RE.sub(" ", text).strip()


def strip_marks(text: str) -> str:
    """`text` as written less what normalize_arabic drops (diacritics, tatweel, invisible
    characters; NFKC first), its letter forms kept: to read a hamza the normalisation folds
    («بـأرجاء» -> بأرجاء)."""
    return _DROP_RE.sub("", unicodedata.normalize("NFKC", text))


def normalized_tokens(text: str) -> list[str]:
    """The words of `normalize_arabic(text)`."""
    return normalize_arabic(text).split()
