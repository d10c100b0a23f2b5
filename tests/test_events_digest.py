"""The output check (bench/events_digest.py): which documents it reads, a digest that moves with
any change of output, and the list of events a change adds or removes."""

import io
import json
import re

from bench.events_digest import diff, digest, document_lines

TEXT = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس في جدة وزير الخارجية "
        "الأمريكي جون كيري.")


def _docs(texts):
    return [{"id": f"d{i}", "text": t, "published": "2015-08-06", "source": "alyaum"}
            for i, t in enumerate(texts)]


def test_every_fourth_document_is_checked_and_skipped_ids_are_not():
    docs = _docs([TEXT] * 9)
    ids = [json.loads(line)[0] for line in document_lines(docs)]
    assert ids == ["d0", "d4", "d8"]
    ids = [json.loads(line)[0] for line in document_lines(docs, frozenset({"d4"}))]
    assert ids == ["d0", "d8"]


def test_the_digest_counts_documents_and_events_and_moves_with_the_output():
    out = io.StringIO()
    n, events, first = digest(document_lines(_docs([TEXT, "", "", "", "نص بلا حدث."])), out)
    assert (n, events) == (2, 1)
    assert len(out.getvalue().splitlines()) == 2
    _, _, again = digest(document_lines(_docs([TEXT, "", "", "", "نص بلا حدث."])))
    _, _, other = digest(document_lines(_docs(["نص بلا حدث.", "", "", "", "نص بلا حدث."])))
    assert first == again != other


def test_the_diff_lists_removed_and_added_events_with_their_evidence():
    before = list(document_lines(_docs([TEXT])))
    after = list(document_lines(_docs(["نص بلا حدث."])))
    (change,) = diff(before, after)
    doc_id, what, key, evidence = change
    assert (doc_id, what, key[0]) == ("d0", "removed", "MEET")
    assert "كيري" in evidence
    assert diff(after, before)[0][1] == "added"
    assert diff(before, before) == []


def test_the_diff_shows_no_party_or_evidence_of_a_hidden_document():
    before = list(document_lines(_docs([TEXT])))
    after = list(document_lines(_docs(["نص بلا حدث."])))
    ((doc_id, what, key, evidence),) = diff(before, after, frozenset({"d0"}))
    assert (doc_id, what, key) == ("d0", "removed", ("MEET",))
    assert "كيري" not in evidence


def _dump_line(doc_id, places):
    events = [{"event_type": "VISIT", "status": "reported", "event_date": "2015-08-05",
               "actor1_country": "USA", "actor1_org": None, "actor1_role": "foreign_minister",
               "actor2_country": None, "actor2_org": None, "actor2_role": None,
               "location_country": country, "location_name": name, "evidence": f"زار {name}"}
              for country, name in places]
    return json.dumps([doc_id, events], ensure_ascii=False)


def test_two_visits_of_one_traveller_to_two_places_do_not_hide_each_other():
    both = [_dump_line("d0", [("EGY", "القاهرة"), ("JOR", "عمان")])]
    one = [_dump_line("d0", [("EGY", "القاهرة")])]
    ((_, what, key, evidence),) = diff(both, one)
    assert (what, key[-2:], evidence) == ("removed", ("JOR", "عمان"), "زار عمان")
    assert [c[1] for c in diff(one, both)] == ["added"]


def test_an_event_told_twice_with_one_key_shows_when_one_copy_goes():
    twice = [_dump_line("d0", [("EGY", "القاهرة"), ("EGY", "القاهرة")])]
    once = [_dump_line("d0", [("EGY", "القاهرة")])]
    assert [c[1] for c in diff(twice, once)] == ["removed"]
    assert diff(twice, twice) == []


def test_a_pattern_keeps_only_the_documents_it_finds():
    docs = _docs([TEXT, "نص بلا حدث.", TEXT])
    ids = [json.loads(line)[0] for line in document_lines(docs, every=1,
                                                          match=re.compile("كيري"))]
    assert ids == ["d0", "d2"]


def test_the_whole_corpus_check_leaves_out_every_test_id():
    from bench.events_sample import split_of

    docs = [{"id": f"doc-{i}", "text": "نص بلا حدث.", "published": "2015-08-06",
             "source": "alyaum"} for i in range(40)]
    kept = [json.loads(line)[0] for line in document_lines(docs, every=1, test_ids=False)]
    tests = [d["id"] for d in docs if split_of(d["id"]) == "test"]
    assert tests and not set(tests) & set(kept)
    assert len(kept) == len(docs) - len(tests)


def test_a_lakes_events_are_one_sorted_line_per_article_without_run_columns(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from bench.events_digest import LAKE_FIELDS, lake_lines

    def row(article, trigger, run):
        r = {f: None for f in LAKE_FIELDS}
        r.update(article_id=article, event_type="MEET", status="reported", trigger=trigger,
                 evidence=trigger, actor1_country="SAU", actor2_country="USA", run_id=run)
        return r

    (tmp_path / "events").mkdir()
    rows = [row("b", "التقى", "r1"), row("a", "استقبل", "r1"), row("a", "بحث", "r1")]
    schema = pa.schema([(f, pa.string()) for f in ("article_id", *LAKE_FIELDS, "run_id")])
    pq.write_table(pa.Table.from_pylist(rows, schema), tmp_path / "events" / "part-0.parquet")
    lines = lake_lines(tmp_path / "events")
    assert [json.loads(line)[0] for line in lines] == ["a", "b"]
    assert [e["trigger"] for e in json.loads(lines[0])[1]] == ["استقبل", "بحث"]
    assert all("run_id" not in e for line in lines for e in json.loads(line)[1])
    # another run of the same events digests the same; another event does not
    rows2 = [row("a", "بحث", "r2"), row("b", "التقى", "r2"), row("a", "استقبل", "r2")]
    pq.write_table(pa.Table.from_pylist(rows2, schema), tmp_path / "events" / "part-0.parquet")
    assert lake_lines(tmp_path / "events") == lines
    rows2[0]["trigger"] = "زار"
    pq.write_table(pa.Table.from_pylist(rows2, schema), tmp_path / "events" / "part-0.parquet")
    assert digest(lake_lines(tmp_path / "events"))[2] != digest(lines)[2]
