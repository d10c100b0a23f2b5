"""The wide model's machinery (not shipped: configs/models/events_scorer.json has no `wide`
section, see bench/train_events_model.py): gradient-boosted trees that decide the wide
candidates (actor pairs near a trigger the rule frames did not make) from their features and
the structure between the trigger and the pair (pipeline/events/structure.py). The tests
inject a one-tree model."""

import pytest

from pipeline.events import extract as extract_mod
from pipeline.events import extract_events
from pipeline.events.scorer import load_model, wide_score

PUBLISHED = "2017-03-01"
TYPES = frozenset({"MEET", "CALL", "NEGOTIATE", "MEDIATE", "PRESS_CONFERENCE"})
# one tree: a pair with nothing between its two actors (no comma, clause or other trigger)
TOY = {"init": 0.0, "rate": 1.0, "threshold": 0.5, "types": TYPES,
       "trees": [[("s_ab_cut=none", 1, 2), (3.0,), (-3.0,)]]}


@pytest.fixture
def toy_wide(monkeypatch):
    model = dict(load_model(), wide=TOY)
    monkeypatch.setattr(extract_mod, "load_model", lambda path=None: model)


def test_the_shipped_model_has_no_wide_model():
    assert load_model().get("wide") is None


def test_wide_score_walks_the_trees():
    wide = {"init": 0.0, "rate": 1.0,
            "trees": [[("f", 1, 2), (2.0,), (-2.0,)], [("g", 1, 2), (1.0,), (0.0,)]]}
    assert wide_score(["f", "g"], wide) > wide_score(["f"], wide) > 0.5 > wide_score([], wide)


def test_a_pair_with_a_strong_structure_is_kept(toy_wide):
    text = ("ونظمت تركيا في مطلع الشهر اللقاء الرسمي الأول بين قياديين من طالبان وممثلين عن "
            "الحكومة الأفغانية.")
    events = extract_events(text, PUBLISHED)
    assert {(e["actor1_org"] or e["actor1_country"], e["actor2_org"] or e["actor2_country"])
            for e in events} == {("TALIBAN", "AFG")}


def test_a_pair_across_clauses_is_not_kept(toy_wide):
    text = ("أكد وزير الخارجية الألماني أن بلاده ستدعم الحوار، فيما قال الرئيس الروسي إن "
            "المحادثات مع أوكرانيا ستستمر.")
    assert extract_events(text, PUBLISHED) == []


def test_the_guests_a_state_receives_are_not_decided(toy_wide):
    # a «و» list after the trigger, neither its subject: not the wide model's to pair
    text = "واستقبلت تونس أمس وزير الخارجية الفرنسي ووزير الخارجية الإيطالي."
    assert not [e for e in extract_events(text, PUBLISHED) if e["actor2_country"]]
