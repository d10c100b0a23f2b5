"""mentions._from_country: an indefinite delegation or group of officials is a country's only
across «من» (or «عن» after the unbound plural «ممثلون»), never with nothing between."""

from pipeline.events import mentions
from pipeline.events.gazetteer import load_gazetteer
from pipeline.text.normalize import normalize_arabic


def _unit(words, titles=(), delegation=False):
    n = len(words)
    return {"i": 0, "j": n, "title_j": n, "titles": list(titles), "delegation": delegation}


def test_delegation_from_a_country():
    norms = [normalize_arabic(w) for w in ("وفد", "من", "مصر")]
    assert mentions._from_country(norms, _unit(norms[:1], delegation=True), 2, load_gazetteer())


def test_nothing_between_is_no_from_country():
    norms = [normalize_arabic(w) for w in ("وفد", "الحكومة", "مصر")]
    unit = _unit(norms[:2], delegation=True)
    assert not mentions._from_country(norms, unit, 2, load_gazetteer())
