"""Tests for pipeline.events (extract, dates, gazetteer) and the eval gates."""

from datetime import date
from pathlib import Path

import pytest

from bench.events_eval import evaluate
from pipeline.events.dates import resolve_date
from pipeline.events.extract import event_id, extract_events
from pipeline.events.gazetteer import load_gazetteer
from pipeline.text.normalize import normalize_arabic

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = HERE / "data" / "events_seeds.jsonl"
DEV = SHARED / "eval" / "events_dev.jsonl"

# Floors pinned from bench/events_eval.py runs; raise them when quality improves.
SEEDS_STRICT_F1 = 1.0
DEV_STRICT_F1 = 0.93
# The real-news dev split (bench/data/events_real) and the real report pairs' dev half; the
# test split and the pairs' test half are reported by the benchmarks, never gated or tuned on.
# (the sixth round doubled dev again with unseen documents, 120 of them with firm contact
# words, on which the extractor scored 0.49: the floors follow the grown split; measured at the
# end of that round 0.553, precision 0.692; the seventh added 77 more, on which it scored 0.54,
# and the round ended at 0.574, precision 0.701; the ninth added 191 documents, on which the
# extractor of its start scored 0.56, precision 0.61: the grown split measured 0.577, 0.677)
REAL_DEV_STRICT_F1 = 0.55
REAL_DEV_STRICT_PRECISION = 0.65
# the dev split grew by the fifth round's documents with firm contact words, non-politics ones
# among them (contact words in other senses), so its false-alarm rate is no random sample's
REAL_DEV_NON_POLITICS_FALSE_PER_100 = 5.0  # 3.88 at the end of the seventh round
REAL_PAIRS_DEV_PRECISION = 0.95
REAL_PAIRS_DEV_RECALL = 0.7  # 0.824 at the end of the seventh round


def _toks(text):
    return normalize_arabic(text).split()


@pytest.mark.parametrize("text,published,expected", [
    ("الأربعاء 24 تموز 2024", None, date(2024, 7, 24)),
    ("امس الثلاثاء", date(2025, 8, 13), date(2025, 8, 12)),
    ("أمس الأول", date(2025, 8, 13), date(2025, 8, 11)),
    ("يوم الجمعة القادم", date(2025, 8, 13), date(2025, 8, 15)),
    ("السبت الماضي", date(2025, 3, 8), date(2025, 3, 1)),
    ("السبت", date(2025, 3, 8), date(2025, 3, 8)),
    ("في 16 أكتوبر", date(2024, 10, 16), date(2024, 10, 16)),
    ("اليوم الخميس", date(2024, 10, 24), date(2024, 10, 24)),
    ("غدا الإثنين", date(2024, 10, 20), date(2024, 10, 21)),
])
def test_resolve_date_day(text, published, expected):
    assert resolve_date(_toks(text), published) == (expected, "day")


def test_resolve_date_needs_publication_or_year():
    assert resolve_date(_toks("يوم الثلاثاء"), None) == (None, None)
    assert resolve_date(_toks("في أغسطس"), None) == (None, None)
    assert resolve_date(_toks("في أغسطس 2024"), None) == (date(2024, 8, 1), "month")
    assert resolve_date(_toks("من أجل السلام"), date(2024, 1, 1)) == (None, None)


def test_gazetteer_matches_spelling_variants_and_clitics():
    gaz = load_gazetteer()
    for alias in ("أنتوني بلينكن", "انتونى بلينكن", "لبلينكن"):
        n, entries = gaz.match(_toks(alias), 0)
        assert n == len(_toks(alias))
        assert entries[0].person["en"] == "Antony Blinken"
    n, entries = gaz.match(_toks("الأميركيين"), 0)
    assert entries[0].kind == "adj" and entries[0].code == "USA"


def test_meeting_with_title_only_actor_and_counterpart():
    text = "التقى وزير الخارجية الأمريكي اليوم الاثنين في الرياض نظيره السعودي."
    [ev] = extract_events(text, date(2024, 3, 4))
    assert ev["event_type"] == "MEET" and ev["status"] == "reported"
    assert {ev["actor1_country"], ev["actor2_country"]} == {"USA", "SAU"}
    assert ev["actor1_role"] == ev["actor2_role"] == "foreign_minister"
    assert ev["event_date"] == date(2024, 3, 4) and ev["date_precision"] == "day"
    assert ev["location_name"] == "Riyadh"


def test_call_planned_visit_and_cancellation():
    text = ("أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بالرئيس المصري عبد الفتاح السيسي.\n"
            "ومن المقرر أن يزور ماكرون القاهرة الأسبوع المقبل.\n"
            "وكان من المفترض أن يلتقي السيسي رئيس الوزراء البريطاني أمس لكن اللقاء ألغي.")
    evs = extract_events(text, date(2024, 5, 2))
    got = {(e["event_type"], e["status"], e["actor1_country"], e["actor2_country"]) for e in evs}
    assert ("CALL", "reported", "FRA", "EGY") in got
    assert ("VISIT", "planned", "FRA", None) in got
    assert ("MEET", "cancelled", "EGY", "GBR") in got
    visit = next(e for e in evs if e["event_type"] == "VISIT")
    assert visit["location_country"] == "EGY" and visit["actor1_name"] == "Emmanuel Macron"


def test_statements_are_not_events():
    text = ("أكد وزير الخارجية الإيراني أن الولايات المتحدة تسير في طريق خاطئ، "
            "وقال إن المنطقة تحتاج الاستقرار.")
    assert extract_events(text, None) == []


def test_one_event_per_counterpart():
    text = ("التقى وزير الخارجية التركي هاكان فيدان نظيريه السعودي فيصل بن فرحان، "
            "والتونسي محمد علي النفطي في القاهرة.")
    evs = extract_events(text, None)
    assert sorted(e["actor2_country"] for e in evs) == ["SAU", "TUN"]


def test_event_id_is_deterministic_and_part_sensitive():
    [ev] = extract_events("استقبل الرئيس السيسي وزير الخارجية القطري في القاهرة.", None)
    assert event_id("a1", "body", ev) == event_id("a1", "body", dict(ev))
    assert event_id("a1", "body", ev) != event_id("a1", "read_also", ev)


def test_seed_gold_strict_f1_gate():
    report = evaluate(SEEDS)
    assert report["strict"]["f1"] >= SEEDS_STRICT_F1, report["strict"]


def test_dev_gold_strict_f1_gate():
    assert DEV.exists(), f"the dev set is read from {DEV} (../shared beside the checkout)"
    report = evaluate(DEV)
    assert report["strict"]["f1"] >= DEV_STRICT_F1, report["strict"]


def test_real_news_dev_split_gate():
    from bench import events_real
    from bench.events_eval import evaluate_docs

    report = evaluate_docs(events_real.load(("dev",)))
    assert report["strict"]["f1"] >= REAL_DEV_STRICT_F1, report["strict"]
    assert report["strict"]["precision"] >= REAL_DEV_STRICT_PRECISION, report["strict"]
    assert report["non_politics_false_per_100"] <= REAL_DEV_NON_POLITICS_FALSE_PER_100


def test_real_report_pairs_cluster_gate():
    from bench.event_clusters_eval import real_pairs
    from pipeline.config import EventsConfig

    dev = real_pairs(EventsConfig())["dev"]
    assert dev["precision"] >= REAL_PAIRS_DEV_PRECISION, dev
    assert dev["recall"] >= REAL_PAIRS_DEV_RECALL, dev


def test_scorer_setting_kept_unless_clearly_beaten(tmp_path):
    from bench.train_events_model import SETTING_MARGIN, choose, previous_setting

    old, new = (0.1, 0.5, 1.01), (0.3, 0.5, 1.01)
    near = {old: (0.740, 0.81), new: (0.740 + SETTING_MARGIN / 5, 0.80)}
    assert choose(near, old) == old  # a flip on the folds' noise is refused
    assert choose(near, None) == new  # without a model before, the best setting wins
    clear = {old: (0.740, 0.81), new: (0.740 + 2 * SETTING_MARGIN, 0.80)}
    assert choose(clear, old) == new  # a clear gain replaces it
    assert choose({new: (0.70, 0.8)}, old) == new  # an old setting failing the gates goes
    path = tmp_path / "model.json"
    assert previous_setting(path) is None
    path.write_text('{"C": 0.1, "threshold_rule": 0.5, "threshold_wide": 1.01}')
    assert previous_setting(path) == old
