"""chronicle batch on a local Ray: the events of chronicle code, whatever the workers; failures with shard and line;
a run killed midway and rerun codes every article once; ingest --from-batch stores what ingest stores."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ray = pytest.importorskip("ray")

from chronicle.batch.output import read_events  # noqa: E402
from chronicle.batch.plan import _load, make_shards  # noqa: E402
from chronicle.batch.read import read_shard  # noqa: E402
from chronicle.batch.run import BatchOptions, run_batch  # noqa: E402
from chronicle.read import read_inputs  # noqa: E402
from chronicle.store.database import open_store  # noqa: E402
from chronicle.store.ingest import Ingester  # noqa: E402

DATA = Path(__file__).parent / "data"
OWN = [
    {"id": "sahel-accord", "lang": "fr", "date": "2023-05-02",
     "text": "Le président nigérien a rencontré mardi à Niamey son homologue malien. Les deux pays ont signé un accord de coopération militaire."},
    {"id": "lakes-shelling", "lang": "en", "date": "2022-06-14",
     "text": "Rwandan troops shelled the Congolese town of Bunagana on Monday, the army of the Democratic Republic of Congo said."},
]


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray for the module, as small as the machine allows; its address lets a CLI run join it."""
    ray.init(num_cpus=2, object_store_memory=300 * 1024 * 1024, include_dashboard=False, log_to_driver=False)
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """Dev articles as plain JSONL with bad records among them, a gzip JSONL file, and the same records as Parquet."""
    folder = tmp_path_factory.mktemp("corpus")
    dev = [json.loads(line) for line in (DATA / "news-dev.jsonl").read_text(encoding="utf-8").splitlines()[:8]]
    lines = [json.dumps({"id": r["article_id"], "text": r["text"], "lang": r.get("lang")}, ensure_ascii=False) for r in dev[:6]]
    lines.insert(2, "{this is not json")
    lines.insert(5, json.dumps({"id": "no-text", "title": "Sans texte"}))
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(folder / "more.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in OWN))
    parquet_rows = [{"id": r["article_id"], "text": r["text"], "lang": r.get("lang")} for r in dev[6:8]]
    pq.write_table(pa.Table.from_pylist(parquet_rows), folder / "rows.parquet")
    (folder / "rows-as.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in parquet_rows), encoding="utf-8")
    return {"jsonl": folder / "news.jsonl", "gz": folder / "more.jsonl.gz", "parquet": folder / "rows.parquet", "parquet_as_jsonl": folder / "rows-as.jsonl"}


def _code_events(coder, paths: list[Path]) -> list[dict]:
    """What chronicle code writes for ``paths``: its reader, its coder, its records."""
    articles = [item for item in read_inputs([str(p) for p in paths]) if not isinstance(item, Exception)]
    return [event.model_dump(mode="json") for result in coder.code_articles(articles) for event in result.events]


def _batch_events(out: Path) -> list[dict]:
    shards = [shard.id for shard in _load(out / "plan.json").shards]
    return [event.model_dump(mode="json") for event in read_events(out, shards)]


def _month_files(out: Path) -> dict[str, int]:
    """Events per partition, read as any Parquet reader would (DuckDB over the hive-partitioned folder)."""
    rows = duckdb.sql(f"SELECT month, count(*) FROM read_parquet('{out}/events/*/*.parquet', hive_partitioning = true) GROUP BY month").fetchall()
    return dict(rows)


@pytest.fixture(scope="module")
def two_workers(local_ray, corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    inputs = [str(corpus["jsonl"]), str(corpus["gz"]), str(corpus["parquet"])]
    run_batch(inputs, out, BatchOptions(shard_size=2, workers=2))
    return out


def test_batch_gives_exactly_the_events_of_chronicle_code(coder, corpus, two_workers):
    expected = _code_events(coder, [corpus["jsonl"], corpus["gz"], corpus["parquet_as_jsonl"]])
    got = _batch_events(two_workers)
    assert len(got) > 20
    assert got == expected  # same ids, same fields, same order
    months = _month_files(two_workers)
    assert sum(months.values()) == len(expected)
    assert all(month == "undated" or len(month) in (4, 7) for month in months)
    rows = duckdb.sql(f"SELECT event_id, article_id, source_name FROM read_parquet('{two_workers}/events/*/*.parquet')").fetchall()
    assert sorted(rows) == sorted((e["event_id"], e["article_id"], (e["source"] or {}).get("name")) for e in expected)


def test_one_worker_gives_what_two_give(local_ray, corpus, two_workers, tmp_path):
    out = tmp_path / "one"
    run_batch([str(corpus["jsonl"]), str(corpus["gz"]), str(corpus["parquet"])], out, BatchOptions(shard_size=3, workers=1))
    assert _batch_events(out) == _batch_events(two_workers)


def test_bad_records_land_in_the_failures_file_with_shard_and_line(corpus, two_workers):
    failures = [json.loads(line) for line in (two_workers / "failures.jsonl").read_text(encoding="utf-8").splitlines()]
    plan = _load(two_workers / "plan.json")
    shard_of_line = {line: shard.id for shard in plan.shards if shard.kind == "lines"
                     for line in range(shard.first_line, shard.first_line + shard.records)}  # fmt: skip
    assert [(f["file"], f["line"], f["shard"], f.get("field")) for f in failures] == [
        (str(corpus["jsonl"]), 3, shard_of_line[3], None),
        (str(corpus["jsonl"]), 6, shard_of_line[6], "text"),
    ]
    assert "not valid JSON" in failures[0]["error"]
    manifest = [json.loads(line) for line in (two_workers / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(m["shard"] for m in manifest) == [s.id for s in plan.shards]  # each shard once
    assert sum(m["articles"] for m in manifest) == 12 and sum(m["failures"] for m in manifest) == 2


def _kill_session(process: subprocess.Popen) -> None:
    """Kill the command and every process of its session (its local Ray: raylet, workers), as a crash would."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    for _ in range(50):
        left = [int(p) for p in os.listdir("/proc") if p.isdigit() and _session(int(p)) == process.pid]
        if not left:
            return
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.2)


def _session(pid: int) -> int | None:
    try:
        return os.getsid(pid)
    except OSError:
        return None


def test_a_run_killed_midway_and_rerun_codes_every_article_once(local_ray, coder, corpus, tmp_path):
    out = tmp_path / "out"
    inputs = [str(corpus["jsonl"]), str(corpus["gz"])]
    command = [sys.executable, "-m", "chronicle", "batch", *inputs, "--out", str(out), "--shard-size", "1", "--workers", "1"]
    # The first run starts its own local Ray; it is killed, driver and workers, once a shard is finished.
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 300
    while not (manifest.exists() and manifest.read_text(encoding="utf-8").strip()) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    _kill_session(first)
    finished = manifest.read_text(encoding="utf-8").splitlines()
    plan = _load(out / "plan.json")
    assert 1 <= len(finished) < len(plan.shards), first.stderr.read().decode() if first.stderr else ""
    # What a run killed while writing leaves of an unfinished shard: a complete-looking file and a temporary one.
    unfinished = plan.shards[-1].id
    stray = next((out / "events").glob("month=*/*.parquet"))
    (stray.parent / f"{unfinished}.parquet").write_bytes(stray.read_bytes())
    (stray.parent / f".{unfinished}.0123.part").write_bytes(b"half")

    rerun = subprocess.run(command + ["--ray-address", local_ray], capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "300"})
    assert rerun.returncode == 1, rerun.stderr  # the two bad records
    assert f"({len(finished)} finished by an earlier run)" in rerun.stderr
    assert f"{len(plan.shards)}/{len(plan.shards)} shards" in rerun.stderr
    got = _batch_events(out)
    assert got == _code_events(coder, [corpus["jsonl"], corpus["gz"]])
    assert len({e["event_id"] for e in got}) == len(got)
    assert not list(out.rglob("*.part"))
    articles = duckdb.sql(f"SELECT article_id, count(*) FROM read_parquet('{out}/articles/*.parquet') GROUP BY article_id").fetchall()
    assert len(articles) == 8 and all(count == 1 for _, count in articles)
    done = [json.loads(line)["shard"] for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted(done) == [shard.id for shard in plan.shards]


def test_ingest_from_batch_stores_what_ingest_stores(coder, corpus, two_workers, tmp_path):
    direct = tmp_path / "direct.duckdb"
    parquet = [item for shard in make_shards([str(corpus["parquet"])], 10) for item in read_shard(shard)]
    with open_store(direct) as store:  # the same records, coded here by ingest
        Ingester(store, coder).ingest([*read_inputs([str(corpus["jsonl"]), str(corpus["gz"])]), *parquet])
    from_batch = tmp_path / "batch.duckdb"
    command = [sys.executable, "-m", "chronicle", "ingest", "--from-batch", str(two_workers), "--db", str(from_batch)]
    first = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "300"})
    assert first.returncode == 0, first.stderr
    assert "stored 10 articles" in first.stderr
    again = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "300"})
    assert again.returncode == 0 and "stored 0 articles" in again.stderr and "10 already stored" in again.stderr

    def tables(path: Path) -> list:
        with duckdb.connect(str(path), read_only=True) as connection:
            return [
                connection.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall(),
                connection.execute("SELECT * FROM mentions ORDER BY mention_id").fetchall(),
                connection.execute("SELECT article_id, language, published, text, n_events FROM articles ORDER BY article_id").fetchall(),
            ]

    assert tables(from_batch) == tables(direct)
    # The Parquet output alone merges across articles as the store does: a GROUP BY on merged_id.
    merged = duckdb.sql(f"SELECT merged_id, sum(mentions), count(DISTINCT article_id) FROM read_parquet('{two_workers}/events/*/*.parquet') "
                        "GROUP BY merged_id ORDER BY merged_id").fetchall()  # fmt: skip
    with duckdb.connect(str(from_batch), read_only=True) as connection:
        assert merged == connection.execute("SELECT event_id, num_mentions, num_articles FROM events ORDER BY event_id").fetchall()


def test_ingest_from_batch_refuses_a_folder_that_is_no_batch_output(tmp_path):
    done = subprocess.run([sys.executable, "-m", "chronicle", "ingest", "--from-batch", str(tmp_path), "--db", str(tmp_path / "s.duckdb")],
                          capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "300"})  # fmt: skip
    assert done.returncode == 2 and "not the output of a chronicle batch run" in done.stderr


def test_a_shard_that_cannot_be_written_is_reported_with_its_error_and_not_recorded(local_ray, corpus, tmp_path):
    from chronicle.batch.run import BatchError

    out = tmp_path / "out"
    out.mkdir()
    (out / "events").write_text("a file where the events folder goes", encoding="utf-8")
    with pytest.raises(BatchError, match=r"1 shard\(s\) could not be coded \(first: shard-000000: \w+Error: .*events.*rerun to resume"):
        run_batch([str(corpus["gz"])], out, BatchOptions(workers=1))
    assert not (out / "manifest.jsonl").exists()  # nothing recorded as finished
    assert (out / "failures.jsonl").read_text(encoding="utf-8") == ""
