"""A definite name after «ل» drops its alef (للاتحاد), and so it does after «ول» and «فل»
(وللاتحاد, فللبنك): the matcher finds the whole name there, with the clitic «ول» or «فل»
(invented phrases)."""

import pytest

from pipeline.events.gazetteer import load_gazetteer
from pipeline.events.mentions import tokenize


@pytest.mark.parametrize("phrase, code, clitic", [
    ("للاتحاد الأوروبي", "EU", "ل"),
    ("وللاتحاد الأوروبي", "EU", "ول"),
    ("وللبنك المركزي الأوروبي", "ECB", "ول"),
    ("فللبنك المركزي الأوروبي", "ECB", "فل"),
    ("وللمملكة العربية السعودية", "SAU", "ول"),
])
def test_a_definite_name_after_wal_is_found_whole(phrase, code, clitic):
    norms = [t.norm for t in tokenize(phrase)]
    n, entries, found = load_gazetteer().match_clitic(norms, 0)
    assert n == len(norms)
    assert code in {e.code for e in entries}
    assert found == clitic
    assert 0 in load_gazetteer().starts(norms)
