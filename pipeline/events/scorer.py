"""The learned event scorer: a logistic model over candidates.features, shipped as JSON.

`configs/models/events_scorer.json` holds the weights of each binary feature, the bias and two
decision thresholds chosen on the dev split: one for the candidates the rule frames chose, one
for the wide candidates they did not (written by bench/train_events_model.py; plain
numbers, loaded once, deterministic, no pickle and no scikit-learn at run time). Without the
file the rules decide alone.

The file may also hold a `wide` model: gradient-boosted trees over the wide candidates'
features and their structure features (pipeline/events/structure.py), for the types it lists,
with its own threshold (chosen by cross-validation on the train split). Each tree is a list of
nodes, `[feature, yes, no]` (go to node `yes` when the feature is on) or `[value]` (a leaf);
the score is the logistic of `init` + `rate` x the sum of the trees' leaves. When present, it
decides the wide candidates instead of the logistic model and `threshold_wide`. The shipped
file has none (`python bench/train_events_model.py --wide` fits one; its docstring says why
it is not shipped).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from configs import CONFIG_DIR

MODEL_PATH = CONFIG_DIR / "models" / "events_scorer.json"


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> dict | None:
    p = Path(path) if path else MODEL_PATH
    if not p.exists():
        return None
    with open(p, encoding="utf-8") as fh:
        model = json.load(fh)
    model["weights"] = dict(model["weights"])
    if model.get("wide"):
        wide = model["wide"]
        wide["types"] = frozenset(wide["types"])
        wide["trees"] = [[tuple(node) for node in tree] for tree in wide["trees"]]
    return model


def score(feats: list[str], model: dict) -> float:
    z = model["bias"] + sum(model["weights"].get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def wide_score(feats: list[str], wide: dict) -> float:
    """The wide model's probability that a wide candidate with these features is an event."""
    on = set(feats)
    z = 0.0
    for tree in wide["trees"]:
        node = tree[0]
        while len(node) == 3:
            node = tree[node[1] if node[0] in on else node[2]]
        z += node[0]
    z = wide["init"] + wide["rate"] * z
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
