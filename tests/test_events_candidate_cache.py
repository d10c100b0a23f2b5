"""The scorer's training script caches each document's candidates; its cross-validation and the
wide-candidate benches score through that cache. The events it gives must be the extractor's
own. A later round of talks whose clause names no side takes the sides of the talks the rule
frames told last, never a wide pair's, so on these texts the rule candidates of a run with the
wide ones are those of a run without them."""

import pytest

from bench import train_events_model
from pipeline.events import extract as extract_mod
from pipeline.events.extract import candidates, extract_events

PUBLISHED, HOME = "2015-08-01", "SAU"

# each: talks whose sides only a wide pair names, then a round of talks that names no side
ROUNDS = [
    "ونظمت باكستان في بداية الشهر الماضي أول لقاء رسمي بين قادة من حركة طالبان ومندوبين "
    "عن حكومة كابل لإطلاق مفاوضات سلام برعاية الصين. وكان من المقرر أن تنطلق جولة ثانية "
    "من مفاوضات السلام في باكستان أمس، غير أن إسلام آباد أجلتها بسبب وفاة زعيم الحركة.",
    "واستضافت قطر في مطلع الشهر لقاء أول بين وفد من حركة طالبان وممثلين عن الحكومة "
    "الأفغانية بهدف إطلاق محادثات سلام. ومن المقرر أن تعقد جولة ثانية من المحادثات في "
    "الدوحة الأسبوع المقبل.",
    "وجمعت مصر في القاهرة الأسبوع الماضي قياديين من حركة حماس وممثلين عن السلطة "
    "الفلسطينية لبدء مفاوضات مصالحة. وأرجئت الجولة الثانية من المفاوضات التي كانت "
    "مقررة أمس.",
]


def _keys(made):
    return [
        (
            c.etype,
            c.frame,
            c.sentence.index,
            c.actor1 and (c.actor1.country, c.actor1.role),
            c.actor2 and (c.actor2.country, c.actor2.role),
            c.status,
        )
        for c, _ in made
    ]


def _events(text):
    return sorted(
        tuple(sorted((k, str(v)) for k, v in e.items()))
        for e in extract_events(text, PUBLISHED, home=HOME)
    )


@pytest.fixture
def cached(monkeypatch):
    """The training script's cache installed for one test (the extractor's own candidates
    restored after it)."""
    monkeypatch.setattr(extract_mod, "candidates", extract_mod.candidates)
    train_events_model._cache_candidates()


@pytest.mark.parametrize("text", ROUNDS)
def test_round_takes_no_sides_from_the_wide_pairs(text):
    # the wide run's rule candidates hold no round of talks between the sides of a wide pair
    # (a pair the rule frames did not choose): they are the run's without wide candidates
    wide_run = [cf for cf in candidates(text, PUBLISHED, HOME, True) if "rule=True" in cf[1]]
    plain = candidates(text, PUBLISHED, HOME, False)
    assert not [k for k in _keys(wide_run) if k[1] == "round"]
    assert _keys(wide_run) == _keys(plain)


@pytest.mark.parametrize("text", ROUNDS)
def test_cache_gives_the_extractors_events(text, cached):
    made = extract_mod.candidates(text, PUBLISHED, HOME, False)
    assert not [k for k in _keys(made) if k[1] == "round"]
    assert _keys(made) == _keys(candidates(text, PUBLISHED, HOME, False))
    assert _keys(extract_mod.candidates(text, PUBLISHED, HOME)) == _keys(
        candidates(text, PUBLISHED, HOME, True)
    )


@pytest.mark.parametrize("text", ROUNDS)
def test_cached_events_equal_the_extractors(text, monkeypatch):
    model = extract_mod.load_model()
    for threshold_wide in (model["threshold_wide"], 0.9):
        chosen = dict(model, threshold_wide=threshold_wide)
        monkeypatch.setattr(extract_mod, "load_model", lambda path=None, m=chosen: m)
        monkeypatch.setattr(extract_mod, "candidates", candidates)
        expected = _events(text)
        train_events_model._cache_candidates()
        assert _events(text) == expected
        assert _events(text) == expected  # a second call is served by the cache
