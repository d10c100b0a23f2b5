"""How far two annotators agree on the real-news event labels: the ceiling a score can mean.

`bench/data/events_real/second_annotator.jsonl` holds 60 documents of the ninth round (45 with a
firm event in the first labels, 15 without, drawn at random), 91 of the thirteenth (every
fourth document of its order, rows marked `"round": 13`, less three a second annotator had seen
labelled), 73 of the third test split (every seventh of its order, rows marked `"split":
"test3"`), 12 of the twenty-fourth round's 36 long documents (drawn at random, seed 2030,
rows marked `"round": 24`) and 12 of the fourth test split's 52 (drawn at random, seed 2032,
over its sorted ids; rows marked `"split": "test4"`, `"round": 25`) and all 81 of the
thirty-fourth round (rows marked `"round": 34`) labelled a second time by another annotator who
did not see the first labels. This scores each annotator against the
other with the events evaluation's own matching (firm events of one against all events of the
other, so that an optional event absorbs a match without counting), strict and lenient.

    python bench/events_agreement.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from bench.events_eval import _lenient, _match, _prf, _strict, gold_keys  # noqa: E402

SECOND = events_real.LABELS.with_name("second_annotator.jsonl")


def agreement(first: dict[str, dict], second: list[dict]) -> dict:
    """Strict and lenient P/R/F1 of the second annotator's firm events against the first's
    labels, and the other way round."""
    report = {}
    for name, same in (("strict", _strict), ("lenient", _lenient)):
        for direction in ("second against first", "first against second"):
            totals = [0, 0, 0]
            for row in second:
                a = [gold_keys(e) for e in first[row["doc_id"]]["events"]]
                b = [gold_keys(e) for e in row["events"]]
                gold, pred = (a, b) if direction == "second against first" else (b, a)
                tp, fp, fn, _, _ = _match(gold, [p for p in pred if not p["optional"]], same)
                totals = [x + y for x, y in zip(totals, (tp, fp, fn), strict=True)]
            report[f"{name}, {direction}"] = _prf(*totals)
    return report


def main() -> int:
    first = {json.loads(line)["doc_id"]: json.loads(line)
             for line in events_real.LABELS.read_text(encoding="utf-8").splitlines() if line}
    second = [json.loads(line) for line in SECOND.read_text(encoding="utf-8").splitlines() if line]
    for title, rows in (("ninth round", [r for r in second if r.get("round", 9) == 9]),
                        ("thirteenth round", [r for r in second if r.get("round") == 13
                                              and r.get("split") != "test3"]),
                        ("third test split", [r for r in second if r.get("split") == "test3"]),
                        ("twenty-fourth round", [r for r in second if r.get("round") == 24]),
                        ("fourth test split", [r for r in second if r.get("split") == "test4"]),
                        ("thirty-fourth round", [r for r in second if r.get("round") == 34]),
                        ("all", second)):
        print(f"{title}: {len(rows)} documents labelled twice")
        for name, r in agreement(first, rows).items():
            print(f"  {name:32} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
                  f"  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
