"""chronicle batch without Ray: shards read back exactly what chronicle code reads, plans are kept, the manifest survives a torn line,
and without Ray installed the command says how to install it."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from chronicle.batch.manifest import Manifest
from chronicle.batch.plan import PlanError, load_or_make_plan, make_shards
from chronicle.batch.read import read_shard
from chronicle.errors import InputError
from chronicle.model import Article
from chronicle.read import read_inputs

RECORDS = [
    {"id": "sahel-1", "text": "Le Mali et le Niger ont signé un accord de sécurité à Niamey.", "date": "2023-05-02"},
    {"id": "lakes-1", "text": "Rwanda accused the Democratic Republic of Congo of shelling Gisenyi.", "lang": "en"},
    {"id": "horn-1", "text": "L'Éthiopie a rappelé son ambassadeur à Mogadiscio.", "url": "https://example.org/horn", "title": "Horn"},
    {"text": "Morocco and Algeria resumed talks in Rabat on Tuesday.", "published": "2021-11"},
    {"id": 42, "text": "Kiev a demandé à l'Union européenne de nouvelles sanctions contre Moscou."},
    {"id": "andes-1", "text": "Colombia's president met Ecuador's foreign minister in Quito."},
    {"id": "asia-1", "text": "India and Pakistan exchanged fire along the Line of Control."},
]


def _jsonl(path: Path, lines: list[str], bom: bool = False) -> Path:
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def _hostile_lines() -> list[str]:
    lines = [json.dumps(record, ensure_ascii=False) for record in RECORDS]
    lines.insert(2, "")  # blank lines are no records
    lines.insert(3, "   ")
    lines.insert(4, "{not json")
    lines.insert(6, json.dumps({"id": "no-text"}))
    lines.append(json.dumps({"text": "x" * 300}))  # over the limit the test sets
    lines.append(json.dumps({"text": "Le Tchad a fermé sa frontière avec le Soudan.", "date": "2023-13-01"}))
    return lines


def _all(shards, max_bytes: int = 200) -> list[Article | InputError]:
    return [item for shard in shards for item in read_shard(shard, max_bytes=max_bytes)]


@pytest.mark.parametrize("shard_size", [1, 2, 3, 5, 100])
@pytest.mark.parametrize("bom", [False, True])
def test_jsonl_shards_read_the_same_articles_and_errors_as_chronicle_code(tmp_path, shard_size, bom):
    path = _jsonl(tmp_path / "news.jsonl", _hostile_lines(), bom=bom)
    shards = make_shards([str(path)], shard_size, max_bytes=200)
    assert {shard.kind for shard in shards} == {"lines"}
    records = 11  # non-blank lines, bad ones included
    assert sum(shard.records for shard in shards) == records
    assert len(shards) == -(-records // shard_size)
    expected = list(read_inputs([str(path)], max_bytes=200))
    assert _all(shards) == expected
    errors = [item for item in expected if isinstance(item, InputError)]
    assert [(e.line, e.field) for e in errors] == [(5, None), (7, "text"), (12, None), (13, "date")]


def test_compressed_text_and_missing_inputs_are_whole_file_shards(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "2023").mkdir(parents=True)
    (folder / "2023" / "niger.txt").write_text("Le Niger a expulsé l'ambassadeur de France à Niamey.", encoding="utf-8")
    with gzip.open(folder / "wire.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write("\n".join(json.dumps(record) for record in RECORDS[:3]) + "\n")
    inputs = [str(folder), str(tmp_path / "absent.jsonl")]
    shards = make_shards(inputs, 2)
    assert [(shard.kind, shard.records) for shard in shards] == [("file", 1), ("file", None), ("error", 1)]
    assert _all(shards, max_bytes=2 * 1024 * 1024) == list(read_inputs(inputs))
    assert next(read_shard(shards[0])).id == "2023/niger.txt"  # named as chronicle code names it


def test_parquet_rows_are_read_like_json_lines(tmp_path):
    rows = [dict(record, id=str(record["id"])) if "id" in record else record for record in RECORDS]
    rows.insert(3, {"id": "empty", "text": ""})
    table = pa.Table.from_pylist([{key: row.get(key) for key in ("id", "text", "date", "published", "lang", "url", "title")} for row in rows])
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=3)
    shards = make_shards([str(path)], 2)
    assert [(shard.kind, shard.start, shard.stop) for shard in shards] == [("rows", 0, 2), ("rows", 2, 4), ("rows", 4, 6), ("rows", 6, 8)]
    read = _all(shards, max_bytes=2 * 1024 * 1024)
    jsonl = _jsonl(tmp_path / "news.jsonl", [json.dumps(row, ensure_ascii=False) for row in rows])
    expected = list(read_inputs([str(jsonl)]))
    assert [(a.id, a.text, a.published, a.lang, a.url, a.title) for a in read if isinstance(a, Article)] == [
        (a.id, a.text, a.published, a.lang, a.url, a.title) for a in expected if isinstance(a, Article)
    ]
    bad = [item for item in read if isinstance(item, InputError)]
    assert [(e.source, e.line, e.field) for e in bad] == [(str(path), 4, "text")]  # the row's number, from 1


def test_a_damaged_parquet_file_is_one_failure_naming_it(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1" + b"\x00" * 64)
    [shard] = make_shards([str(path)], 10)
    [error] = list(read_shard(shard))
    assert error.source == str(path) and "Parquet" in error.message


def test_a_plan_is_kept_and_other_inputs_or_changed_files_are_refused(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl", [json.dumps(record) for record in RECORDS])
    out = tmp_path / "out"
    out.mkdir()
    plan, made = load_or_make_plan(out, [str(path)], {"lang": None}, 3)
    again, made_again = load_or_make_plan(out, [str(path)], {"lang": None}, 3)
    assert made and not made_again and again == plan
    with pytest.raises(PlanError, match="other inputs or options"):
        load_or_make_plan(out, [str(path)], {"lang": "fr"}, 3)
    with pytest.raises(PlanError, match="other inputs or options"):
        load_or_make_plan(out, [str(path)], {"lang": None}, 4)
    with open(path, "a", encoding="utf-8") as stream:
        stream.write(json.dumps({"text": "Une ligne de plus sur le Burkina Faso."}) + "\n")
    with pytest.raises(PlanError, match="news.jsonl changed"):
        load_or_make_plan(out, [str(path)], {"lang": None}, 3)


def test_a_torn_manifest_line_is_not_a_finished_shard(tmp_path):
    manifest = Manifest(tmp_path)
    manifest.record({"shard": "shard-000000", "articles": 2})
    with open(tmp_path / "manifest.jsonl", "a", encoding="utf-8") as stream:
        stream.write('{"shard": "shard-0000')  # killed while writing
    assert set(Manifest(tmp_path).finished) == {"shard-000000"}
    Manifest(tmp_path).record({"shard": "shard-000001", "articles": 3})
    assert set(Manifest(tmp_path).finished) == {"shard-000000", "shard-000001"}


def test_without_ray_batch_says_how_to_install_it(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl", [json.dumps(record) for record in RECORDS])
    # Ray made unimportable in this process only, as on an install without the extra.
    script = "import sys; sys.modules['ray'] = None; from chronicle.cli import app; app()"
    done = subprocess.run([sys.executable, "-c", script, "batch", str(path), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "200"})  # fmt: skip
    assert done.returncode == 2
    assert "pip install 'chronicle[ray]'" in done.stderr
    assert not (tmp_path / "out").exists()  # nothing written


def test_progress_counts_the_whole_job_and_this_run_s_rate(tmp_path):
    from chronicle.batch.progress import JobProgress

    path = _jsonl(tmp_path / "news.jsonl", [json.dumps(record) for record in RECORDS])
    plan, _ = load_or_make_plan(tmp_path, [str(path)], {}, 3)  # 7 records: shards of 3, 3, 1
    earlier = {"shard-000000": {"shard": "shard-000000", "articles": 3, "coded": 3, "events": 5, "failures": 0}}
    progress = JobProgress.of(plan, earlier)
    assert (progress.finished_before, progress.shards_done, progress.found_events) == (1, 1, 5)
    progress.add({"shard": "shard-000001", "articles": 3, "coded": 2, "events": 4, "failures": 1})
    line = progress.line()
    assert line.startswith("shards 2/3, 3/4 articles, ")  # this run: 3 of the 4 records left
    assert "9 events, 1 failures, ETA" in line
    gz = tmp_path / "more.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as stream:
        stream.write(json.dumps(RECORDS[0]) + "\n")
    (tmp_path / "other").mkdir()
    unknown, _ = load_or_make_plan(tmp_path / "other", [str(gz), str(path)], {}, 7)
    by_shards = JobProgress.of(unknown, {})
    by_shards.add({"shard": "shard-000000", "articles": 1, "coded": 1, "events": 1, "failures": 0})
    assert "(by shards)" in by_shards.line()  # a compressed file's records are not counted ahead


def test_standard_input_and_an_output_folder_inside_the_inputs_are_refused(tmp_path):
    from chronicle.batch.run import _check_out

    with pytest.raises(PlanError, match="not standard input"):
        make_shards(["-"], 10)
    (tmp_path / "corpus").mkdir()
    with pytest.raises(PlanError, match="inside the input folder"):
        _check_out(tmp_path / "corpus" / "run1", [str(tmp_path / "corpus")])
    _check_out(tmp_path / "run1", [str(tmp_path / "corpus")])  # beside it is fine
