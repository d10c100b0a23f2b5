"""The function-word lists of configs/lexicons/events/grammar.yaml, normalised once at import.

Pure data: the lists are domain knowledge kept in configs/, not in code.
"""

from __future__ import annotations

import yaml

from configs import CONFIG_DIR
from pipeline.text.normalize import normalize_arabic

with open(CONFIG_DIR / "lexicons" / "events" / "grammar.yaml", encoding="utf-8") as _fh:
    _GRAMMAR = yaml.safe_load(_fh)


def _words(key: str) -> frozenset[str]:
    return frozenset(normalize_arabic(str(w)) for w in _GRAMMAR[key])


STOP_WORDS = _words("stop_words")
BEFORE_STOP = _words("before_stop")
EFFORT_VERBS = _words("effort_verbs")
PHONE_CUES = tuple(sorted(_words("phone_cues")))
RELATIVE = _words("relative")
CONTINUATION = _words("continuation")
