"""The human run summary printed at the end of `akhbar run`, built from Beam's counters.

Formats numbers the transforms counted; it counts nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LINES = (
    ("feeds polled", "feeds_polled"),
    ("feeds unchanged (304)", "feeds_not_modified"),
    ("entries seen", "entries_seen"),
    ("entries new", "entries_new"),
    ("entries already ingested", "entries_known"),
    ("pages fetched", "pages_fetched"),
    ("articles extracted", "articles_extracted"),
    ("articles written", "articles_written"),
    ("exact duplicates", "articles_exact"),
    ("near duplicates", "articles_near"),
    ("events written", "events_written"),
    ("new event clusters", "event_clusters_new"),
    ("events joined to clusters", "event_clusters_joined"),
    ("rejects written", "rejects_written"),
    ("damaged files quarantined", "lake_files_quarantined"),
    ("duplicate rows removed", "lake_duplicate_rows_removed"),
    ("stale temporary files removed", "lake_temp_files_removed"),
)


ALWAYS = ("feeds_polled", "entries_seen", "entries_new", "pages_fetched", "articles_written",
          "articles_exact", "articles_near")


@dataclass
class RunSummary:
    run_id: str
    counters: dict[str, int] = field(default_factory=dict)
    elapsed_s: float = 0.0
    lake: str = ""

    def get(self, name: str) -> int:
        return int(self.counters.get(name, 0))

    def rejected_by_kind(self) -> dict[str, int]:
        """'stage.error' → count, for the rejects of this run."""
        return {
            k.removeprefix("rejected."): v
            for k, v in sorted(self.counters.items())
            if k.startswith("rejected.") and v
        }

    def render(self) -> str:
        width = max(len(label) for label, _ in LINES)
        out = [f"akhbar run {self.run_id} → {self.lake}"]
        for label, key in LINES:
            if key in self.counters or key in ALWAYS:
                out.append(f"  {label:<{width}}  {self.get(key)}")
        rejected = self.rejected_by_kind()
        total = sum(rejected.values())
        out.append(f"  {'rejected':<{width}}  {total}")
        for kind, n in rejected.items():
            out.append(f"    {kind:<{width - 2}}  {n}")
        out.append(f"  {'elapsed seconds':<{width}}  {self.elapsed_s:.1f}")
        return "\n".join(out)
