"""The learned event scorer: a logistic model over candidates.features, shipped as JSON.

`configs/models/events_scorer.json` holds the weights of each binary feature, the bias and two
decision thresholds chosen on the dev split: one for the candidates the rule frames chose, one
for the wide candidates they did not (written by bench/train_events_model.py; plain
numbers, loaded once, deterministic, no pickle and no scikit-learn at run time). Without the
file the rules decide alone.
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
    return model


def score(feats: list[str], model: dict) -> float:
    z = model["bias"] + sum(model["weights"].get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
