"""Shared fixtures: where the shared material and the seed documents live."""

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS_DIR = SHARED / "seeds"


@pytest.fixture(autouse=True)
def beam_left_as_it_was():
    """The `akhbar` command changes how Beam encodes values in its own process
    (pipeline/runtime/beam_coders.py, beam_pickles.py): a test that ran the command in this
    process would leave later pipelines here encoding and decoding differently (coders made
    before the change decode what coders made after it wrote). Run it in a child process."""
    yield
    replaced = sys.modules.get("pipeline.runtime.patching")
    if replaced is None or not replaced._REPLACED:
        return
    from apache_beam.coders import coders
    from apache_beam.internal import cloudpickle_pickler

    for owner, name in ((coders.PickleCoder, "_create_impl"), (cloudpickle_pickler, "bz2")):
        assert (id(owner), name) not in replaced._REPLACED, (
            f"this test left Beam's {name} replaced in the test process: run the command in a "
            "child process (tests/support/runs.py: akhbar)")


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed id (file stem) → the seed document's text."""
    if not SEEDS_DIR.is_dir():
        pytest.fail(f"the shared seeds are missing: {SEEDS_DIR}")
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.fixture
def rules_alone(monkeypatch):
    """The event extractor's rules without the learned scorer (as if configs/models held no
    model): the event tests that show what a rule does use it
    (`pytestmark = pytest.mark.usefixtures("rules_alone")`)."""
    from pipeline.events import extract as extract_mod

    monkeypatch.setattr(extract_mod, "load_model", lambda path=None: None)


@pytest.fixture(scope="session")
def sample_runs(tmp_path_factory):
    """`akhbar run` on the embedded sample, done once for the whole test session: a first run
    (verbose) and a second run on the same lake, as a user would start them. The end-to-end
    tests that only READ what the default runner writes share it; a test that checks another
    runner, a re-run's own behaviour or a run under other settings still runs its own job.

    Under pytest-xdist each worker is a process with its own session, so the runs are made by
    the first worker that asks, in the directory all workers of this pytest run share, and the
    others wait on a file lock and read them. Yields a `support.runs.SampleRuns`; the lakes must
    not be written to (checked at the end of the session)."""
    from tests.support.runs import SampleRuns, shared_sample_runs

    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = tmp_path_factory.getbasetemp().parent / "sample-runs"
    else:
        root = tmp_path_factory.mktemp("sample-runs")
    runs: SampleRuns = shared_sample_runs(root)
    before = runs.fingerprint()
    yield runs
    assert runs.fingerprint() == before, (
        f"a test wrote into the shared sample lakes under {root}: give it its own run")
