"""Evaluate duplicate decisions on hand-labelled pairs: precision, recall, F1 and a threshold sweep.

Third-party texts are read from ../shared/eval at load time (never copied); the project holds only
pair labels and variant edit recipes (tests/data/dedup/). Run: python bench/dedup_eval.py [--json]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import DedupConfig
from pipeline.dedup import stories as dedup

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data" / "dedup"
SOURCES = ("events_seeds.jsonl", "events_dev.jsonl")
SWEEP = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9)
# Held-out split: pairs whose texts both come from these base documents are never used to pick a
# threshold; the rest (seeds, d001-d015) is the tuning split.
HELD_OUT = frozenset(f"d{i:03d}" for i in range(16, 31))
# Threshold rule on the tuning split: the highest swept threshold keeping precision >= 0.98 and
# recall >= 0.97 (a margin over the 0.9 target).
TUNE_PRECISION, TUNE_RECALL = 0.98, 0.97
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


def load_base_texts(shared: Path = SHARED) -> dict[str, str]:
    texts = {}
    for name in SOURCES:
        with open(shared / "eval" / name, encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                texts[doc["doc_id"]] = doc["text"]
    return texts


def _paragraphs(text: str) -> list[str]:
    return [p for p in (s.strip() for s in text.split("\n")) if p]


def apply_ops(text: str, ops: list[dict]) -> str:
    """Apply a variant's edit recipe (the syndication edits an outlet makes) to a text."""
    paras = _paragraphs(text)
    for op in ops:
        kind = op["op"]
        if kind == "lead" or kind == "byline":
            paras.insert(0, op["text"])
        elif kind == "dateline":
            paras[0] = f"{op['text']} {paras[0]}"
        elif kind == "append":
            paras.append(op["text"])
        elif kind == "trim_sentences":
            body = "\n".join(paras)
            sentences = _SENTENCE_END.split(body)
            if len(sentences) > op["n"] + 1:
                body = " ".join(sentences[: -op["n"]])
            paras = _paragraphs(body)
        elif kind == "swap_paragraphs":
            if len(paras) >= 2:
                i, j = op["i"], op["j"]
                paras[i], paras[j] = paras[j], paras[i]
        elif kind == "replace":
            paras = [p.replace(op["old"], op["new"]) for p in paras]
        else:
            raise ValueError(f"unknown variant op {kind!r}")
    return "\n".join(paras)


def load_texts(shared: Path = SHARED, data: Path = DATA) -> dict[str, str]:
    texts = load_base_texts(shared)
    with open(data / "variants.jsonl", encoding="utf-8") as fh:
        for line in fh:
            v = json.loads(line)
            texts[v["id"]] = apply_ops(texts[v["base"]], v["ops"])
    return texts


def load_pairs(data: Path = DATA) -> list[dict]:
    with open(data / "pairs.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def split_of(text_id: str) -> str:
    return "held_out" if text_id.split("/")[0] in HELD_OUT else "tune"


def split_pairs(pairs: list[dict], name: str) -> list[dict]:
    return [p for p in pairs if split_of(p["a"]) == split_of(p["b"]) == name]


def with_threshold(config: DedupConfig, threshold: float) -> DedupConfig:
    return DedupConfig(threshold=threshold, shingle_size=config.shingle_size,
                       num_perm=config.num_perm, lookback_days=config.lookback_days)


def choose_threshold(config: DedupConfig, texts: dict[str, str], pairs: list[dict]) -> float:
    """The threshold the tuning split supports (see TUNE_PRECISION, TUNE_RECALL)."""
    tune = split_pairs(pairs, "tune")
    best = min(SWEEP)
    for t in SWEEP:
        s = evaluate(with_threshold(config, t), texts, tune)[0]
        if s.precision >= TUNE_PRECISION and s.recall >= TUNE_RECALL:
            best = max(best, t)
    return best


@dataclass
class Scores:
    threshold: float
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "threshold": self.threshold, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "tn": self.tn, "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


def evaluate(
    config: DedupConfig, texts: dict[str, str], pairs: list[dict]
) -> tuple[Scores, list[dict]]:
    """Scores of the pipeline's pairwise decision at config.threshold, and the wrong pairs."""
    sigs = {
        key: dedup.sign(key, text, None, None, config.threshold, config.num_perm,
                        config.shingle_size)
        for key, text in texts.items()
    }
    tp = fp = fn = tn = 0
    errors = []
    for pair in pairs:
        said = dedup.duplicate_decision(sigs[pair["a"]], sigs[pair["b"]], config.threshold)
        same = pair["label"] == "same"
        if said and same:
            tp += 1
        elif said:
            fp += 1
        elif same:
            fn += 1
        else:
            tn += 1
        if bool(said) != same:
            words_a, words_b = dedup.tokens(texts[pair["a"]]), dedup.tokens(texts[pair["b"]])
            errors.append({**pair, "decision": said,
                           "jaccard": round(dedup.exact_jaccard(words_a, words_b,
                                                                config.shingle_size), 3)})
    return Scores(config.threshold, tp, fp, fn, tn), errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    texts, pairs = load_texts(), load_pairs()
    default = DedupConfig()
    scores, errors = evaluate(default, texts, pairs)
    sweep = [evaluate(with_threshold(default, t), texts, pairs)[0] for t in SWEEP]
    tuned = choose_threshold(default, texts, pairs)
    held_out = evaluate(with_threshold(default, tuned), texts, split_pairs(pairs, "held_out"))[0]
    held_default = evaluate(default, texts, split_pairs(pairs, "held_out"))[0]
    n_same = sum(p["label"] == "same" for p in pairs)
    result = {
        "pairs": len(pairs), "same": n_same, "different": len(pairs) - n_same,
        "default": scores.as_dict(), "held_out_at_default": held_default.as_dict(),
        "errors_at_default": errors,
        "sweep": [s.as_dict() for s in sweep],
        "threshold_chosen_on_tune_split": tuned, "held_out_at_chosen": held_out.as_dict(),
    }
    if not args.json:
        print(f"pairs: {len(pairs)} ({n_same} same story, {len(pairs) - n_same} different)")
        print(f"default threshold {default.threshold}: P={scores.precision:.3f} "
              f"R={scores.recall:.3f} F1={scores.f1:.3f} (tp={scores.tp} fp={scores.fp} "
              f"fn={scores.fn} tn={scores.tn}); held-out split: P={held_default.precision:.3f} "
              f"R={held_default.recall:.3f} F1={held_default.f1:.3f}")
        print(f"{'threshold':>9} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for s in sweep:
            mark = "  <- default" if abs(s.threshold - default.threshold) < 1e-9 else ""
            print(f"{s.threshold:>9.2f} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} "
                  f"{s.tp:>4} {s.fp:>4} {s.fn:>4}{mark}")
        print(f"threshold chosen on the tuning split: {tuned}; held-out split there: "
              f"P={held_out.precision:.3f} R={held_out.recall:.3f} F1={held_out.f1:.3f} "
              f"({held_out.tp + held_out.fn} same, {held_out.fp + held_out.tn} different)")
        for e in errors:
            print(f"  wrong: {e['a']} vs {e['b']} label={e['label']} said={e['decision']} "
                  f"jaccard={e['jaccard']}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
