"""The HTTP API against a live uvicorn on loopback: every endpoint, every error class, keys for writes."""

from __future__ import annotations

import csv
import io
import json
import threading
import time

import duckdb
import httpx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from chronicle.cli import app as cli
from chronicle.serve.config import ServeConfig
from chronicle.serve.keys import create_key
from chronicle.store import schema
from chronicle.store.database import open_store
from serve_support import EVENTS, TEXTS, build_store, live_server

ALL = sum(len(found) for found in EVENTS.values())  # one merged event each: no two share a key


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A live read-write server on the hand-made store, and a key it accepts."""
    db = build_store(tmp_path_factory.mktemp("serve") / "events.duckdb")
    with open_store(db) as store:
        _, key = create_key(store, "tests")
    with live_server(ServeConfig(db, max_body=64 * 1024, max_batch=5)) as url, httpx.Client(base_url=url, timeout=120) as client:
        yield client, {"Authorization": f"Bearer {key}"}


def _error(response: httpx.Response, status: int, code: str, field: str | None = None) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (status, code)
    if field is not None:
        assert error["field"] == field
    return error["message"]


def test_health_counts_the_store(served):
    client, _ = served
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["counts"]["events"] >= ALL and body["read_only"] is False


def test_events_filtered_by_dyad_either_way(served):
    client, _ = served
    events = client.get("/v1/events", params={"dyad": "USA,PRK", "either_way": "true", "count": "true"}).json()
    assert events["total"] == 3 and events["next_cursor"] is None
    assert [e["event_type"] for e in events["events"]] == ["CONSULT", "SUPPORT", "REJECT"]  # by date, then id
    directed = client.get("/v1/events", params={"dyad": "USA,PRK"}).json()["events"]
    assert {e["event_type"] for e in directed} == {"CONSULT", "REJECT"}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"country": "MLI"}, {"CONSULT", "AGREE"}),
        ({"type": "ACCUSE"}, {"ACCUSE"}),
        ({"quad": "4"}, {"ASSAULT"}),
        ({"since": "2023", "until": "2023-03"}, {"CONSULT", "AGREE"}),
        ({"place": "goma"}, {"ACCUSE"}),
        ({"text": "civilians"}, {"ACCUSE"}),
        ({"actor": "kim jong"}, {"CONSULT", "SUPPORT", "REJECT"}),
        ({"cameo": "05"}, {"AGREE", "SUPPORT"}),
        ({"mode": "visit"}, {"CONSULT"}),
    ],
)
def test_every_filter_of_query_selects_the_same_events(served, params, expected):
    client, _ = served
    events = client.get("/v1/events", params={**params, "since": params.get("since", "2019"), "until": params.get("until", "2023-12")}).json()
    assert {e["event_type"] for e in events["events"]} == expected


def test_cursor_pages_cover_every_event_once(served):
    client, _ = served
    seen, cursor, pages = [], None, 0
    while pages < 10:
        params = {"limit": 3, "until": "2023-12", **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/events", params=params).json()
        seen += [e["event_id"] for e in page["events"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 3 and len(seen) == ALL == len(set(seen))


def test_a_cursor_belongs_to_its_filter(served):
    client, _ = served
    cursor = client.get("/v1/events", params={"limit": 1, "type": "CONSULT"}).json()["next_cursor"]
    message = _error(client.get("/v1/events", params={"limit": 1, "type": "ACCUSE", "cursor": cursor}), 400, "bad_cursor", "cursor")
    assert "another filter" in message
    _error(client.get("/v1/events", params={"cursor": "not-a-cursor"}), 400, "bad_cursor", "cursor")


def test_events_as_csv_with_the_next_cursor_in_a_header(served):
    client, _ = served
    response = client.get("/v1/events", params={"format": "csv", "limit": 2, "until": "2023-12"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2 and rows[0]["event_type"] and rows[0]["num_mentions"] == "1"
    following = client.get("/v1/events", params={"format": "csv", "limit": 2, "until": "2023-12", "cursor": response.headers["x-next-cursor"]})
    assert {r["event_id"] for r in csv.DictReader(io.StringIO(following.text))}.isdisjoint(r["event_id"] for r in rows)


@pytest.mark.parametrize(
    "params, field, words",
    [
        ({"tpye": "CONSULT"}, "tpye", "unknown parameter"),
        ({"type": "MEET"}, "type", "not a PLOVER event type"),
        ({"mode": "teleport"}, "mode", "not a PLOVER mode"),
        ({"country": "France"}, "country", "ISO alpha-3"),
        ({"dyad": "USA"}, "dyad", "two country codes"),
        ({"dyad": "USA,Korea"}, "dyad", "did you mean KOR"),
        ({"min_confidence": "1.5"}, "min_confidence", "from 0 to 1"),
        ({"type": "MEET", "either_way": "maybe"}, "either_way", "true or false"),
        ({"dyad": "USA,PRK,CHN"}, "dyad", "two country codes"),
        ({"since": "2019-13"}, "since", "YYYY"),
        ({"quad": "7"}, "quad", "not a quad class"),
        ({"quad": "one"}, "quad", "not an integer"),
        ({"polarity": "maybe"}, "polarity", "positive or negative"),
        ({"modality": "certain"}, "modality", "actual, intended or hypothetical"),
        ({"either_way": "true"}, "either_way", "needs --dyad"),
        ({"either_way": "perhaps", "dyad": "USA,PRK"}, "either_way", "true or false"),
        ({"limit": "0"}, "limit", "1 to 1000"),
        ({"limit": "5000"}, "limit", "1 to 1000"),
        ({"sort": "random"}, "sort", "one of"),
        ({"format": "xml"}, "format", "json or csv"),
        ({"cameo": "04; DROP TABLE events"}, "cameo", "CAMEO code"),
        ({"min_mentions": "0"}, "min_mentions", "1 or more"),
    ],
)
def test_bad_filters_get_a_400_naming_the_field(served, params, field, words):
    client, _ = served
    assert words in _error(client.get("/v1/events", params=params), 400, "bad_parameter" if field in ("limit", "sort", "format") else "bad_filter" if field != "tpye" else "unknown_parameter", field)


def test_an_event_with_its_evidence_offsets(served):
    client, _ = served
    [rejection] = client.get("/v1/events", params={"type": "REJECT"}).json()["events"]
    found = client.get(f"/v1/events/{rejection['event_id']}").json()
    [mention] = found["mentions"]
    [article] = found["articles"]
    assert article["text"] == TEXTS["korea-2"] and article["url"].endswith("korea-2")
    text = article["text"]
    assert text[mention["char_start"]:mention["char_end"]] == "Donald Trump rejected the proposal of Kim Jong-un in Hanoi."
    assert text[mention["trigger_start"]:mention["trigger_end"]] == "rejected"


def test_bad_and_unknown_event_ids(served):
    client, _ = served
    _error(client.get("/v1/events/1%27%20OR%201=1"), 400, "bad_id", "event_id")
    _error(client.get("/v1/events/0123456789abcdef"), 404, "not_found")
    _error(client.get("/v1/nothing"), 404, "not_found")


def test_timeline_by_day_split_by_quad_class(served):
    client, _ = served
    body = client.get("/v1/timeline", params={"dyad": "USA,PRK", "either_way": "true", "by": "day", "split": "quad"}).json()
    assert [(r["period"], r["events"]) for r in body["series"]] == [("2019-02-27", 2), ("2019-02-28", 1)]
    assert body["series"][0]["goldstein_sum"] == pytest.approx(5.9)
    assert [r["events"] for r in body["by_quad"]["1"]] == [2, 0]
    assert [r["events"] for r in body["by_quad"]["3"]] == [0, 1]
    _error(client.get("/v1/timeline", params={"by": "fortnight"}), 400, "bad_parameter", "by")


def test_actors_from_the_knowledge_base_and_the_store(served):
    client, _ = served
    body = client.get("/v1/actors", params={"q": "Trump"}).json()
    trump = next(a for a in body["known"] if a["name"] == "Donald Trump")
    assert any(r["country"] == "USA" and r["start"] for r in trump["roles"])  # dated roles
    assert {"name": "Donald Trump", "country": "USA", "sector": "GOV", "events": 3} in body["stored"]
    _error(client.get("/v1/actors", params={"q": "T"}), 400, "bad_parameter", "q")


def test_exports_in_every_format(served, tmp_path):
    client, _ = served
    params = {"until": "2023-12"}
    jsonl = client.get("/v1/export", params={**params, "format": "jsonl"})
    assert len({json.loads(line)["event_id"] for line in jsonl.text.splitlines()}) == ALL
    table = list(csv.DictReader(io.StringIO(client.get("/v1/export", params={**params, "format": "csv"}).text)))
    assert len(table) == ALL
    gdelt = client.get("/v1/export", params={**params, "format": "gdelt"}).text.splitlines()
    assert len(gdelt) == ALL + 1 and gdelt[0].startswith("GLOBALEVENTID\tSQLDATE")
    plover = [json.loads(line) for line in client.get("/v1/export", params={**params, "format": "plover", "country": "UKR"}).text.splitlines()]
    assert len(plover) == 2
    parquet = client.get("/v1/export", params={**params, "format": "parquet"})
    (tmp_path / "e.parquet").write_bytes(parquet.content)
    assert pq.read_table(tmp_path / "e.parquet").num_rows == ALL
    _error(client.get("/v1/export", params={"format": "xlsx"}), 400, "bad_parameter", "format")


def test_writes_need_a_valid_key(served):
    client, key = served
    _error(client.post("/v1/articles", json={"text": "x"}), 401, "key_required")
    _error(client.post("/v1/articles", json={"text": "x"}, headers={"Authorization": "Bearer chr_000000000000_" + "a" * 43}), 403, "key_refused")
    _error(client.post("/v1/articles", json={"text": "x"}, headers={"Authorization": "Basic abc"}), 401, "bad_authorization")


@pytest.mark.parametrize(
    "content, kind, status, code",
    [
        (b'{"text": "unterminated', "application/json", 400, "malformed_json"),
        (b'{"text": "x"}', "text/plain", 415, "unsupported_media_type"),
        (b"\xff\xfe", "application/json", 400, "malformed_body"),
        (b'{"text": "' + b"a" * 70_000 + b'"}', "application/json", 413, "body_too_large"),
    ],
)
def test_bad_bodies_get_a_clear_4xx(served, content, kind, status, code):
    client, key = served
    _error(client.post("/v1/articles", content=content, headers={**key, "Content-Type": kind}), status, code)


def test_batches_over_the_limit_are_refused(served):
    client, key = served
    _error(client.post("/v1/articles", json={"articles": [{"text": f"t{i}"} for i in range(6)]}, headers=key), 413, "batch_too_large")
    _error(client.post("/v1/articles", json={"articles": []}, headers=key), 400, "bad_article", "articles")


def test_code_answers_events_and_stores_nothing(served):
    client, _ = served
    before = client.get("/health").json()["counts"]
    text = "Le président sénégalais a rencontré le président ivoirien à Dakar le 3 mars 2024."
    body = client.post("/v1/code", json={"text": text, "date": "2024-03-04", "lang": "fr"}).json()
    assert body["language"] == "fr" and body["events"]
    consult = next(e for e in body["events"] if e["event_type"] == "CONSULT")
    assert {consult["source"]["country"], consult["target"]["country"]} == {"SEN", "CIV"}
    assert text[consult["char_start"]:consult["char_end"]] == consult["sentence"]
    assert client.get("/health").json()["counts"] == before
    _error(client.post("/v1/code", json={"text": "   "}), 400, "bad_article", "text")
    _error(client.post("/v1/code", json={"text": "x", "lang": "de"}), 400, "bad_article", "lang")
    _error(client.post("/v1/code", json={"text": "x", "date": "yesterday"}), 400, "bad_article", "date")


def test_articles_are_coded_stored_and_deduplicated(served):
    client, key = served
    batch = {"articles": [
        {"id": "api-1", "date": "2024-05-02", "lang": "en", "text": "Kenya's president met Somalia's president in Nairobi on Thursday."},
        {"id": "api-2", "date": "2024-05-03", "lang": "fr", "text": "Le ministre chilien des Affaires étrangères a rencontré son homologue péruvien à Lima."},
        {"id": "api-3", "title": "no text"},
    ]}  # fmt: skip
    kenya_somalia = {"dyad": "KEN,SOM", "either_way": "true"}
    assert client.get("/v1/events", params=kenya_somalia).json()["events"] == []  # answered, and kept in the cache
    body = client.post("/v1/articles", json=batch, headers=key).json()
    assert [s["article_id"] for s in body["stored"]] == ["api-1", "api-2"]
    assert all(s["events"] >= 1 for s in body["stored"])
    assert body["failed"] == [{"index": 3, "message": "'text' is missing", "field": "text"}]
    stored = client.get("/v1/events", params=kenya_somalia).json()["events"]  # the write cleared the cache
    assert stored and stored[0]["article_id"] == "api-1"
    again = client.post("/v1/articles", json={"articles": batch["articles"][:2]}, headers=key).json()
    assert again["stored"] == [] and [a["article_id"] for a in again["already_stored"]] == ["api-1", "api-2"]


def test_reads_keep_answering_while_articles_are_posted(served):
    """A batch being coded and committed does not block reads: they answer while the POST is in flight."""
    client, key = served
    texts = [f"Le président {c} a reçu le Premier ministre {d} à {p} le {n} juin 2024." for n, (c, d, p) in enumerate(
        [("tchadien", "soudanais", "N'Djamena"), ("burkinabè", "ivoirien", "Ouagadougou"), ("kényan", "éthiopien", "Nairobi"),
         ("brésilien", "argentin", "Brasilia"), ("polonais", "ukrainien", "Varsovie")], start=1)]  # fmt: skip
    posted: dict = {}

    def post() -> None:
        posted["start"] = time.monotonic()
        posted["body"] = client.post("/v1/articles", json={"articles": [{"text": t, "lang": "fr"} for t in texts]}, headers=key).json()
        posted["end"] = time.monotonic()

    writer = threading.Thread(target=post)
    with httpx.Client(base_url=str(client.base_url), timeout=30) as reader:
        writer.start()
        answered = []
        for n in range(200):  # bounded: stop once the POST is done
            # a page size of its own each time: every read goes to the store, none is answered from the cache
            response = reader.get("/v1/events", params={"country": "MLI", "limit": n + 1})
            assert response.status_code == 200
            answered.append(time.monotonic())
            if "end" in posted:
                break
            time.sleep(0.01)
    writer.join()
    during = [t for t in answered if posted["start"] < t < posted["end"]]
    assert len(during) >= 3, f"only {len(during)} reads answered during a {posted['end'] - posted['start']:.2f} s write"
    assert len(posted["body"]["stored"]) == 5


def test_revoked_keys_are_refused(tmp_path):
    db = build_store(tmp_path / "keys.duckdb")
    runner = CliRunner()
    created = runner.invoke(cli, ["keys", "create", "analyst desk", "--db", str(db)])
    assert created.exit_code == 0, created.output
    key = created.stdout.strip().splitlines()[-1]
    key_id = key.split("_")[1]
    with open_store(db, read_only=True) as store:  # only the hash is at rest
        [(digest,)] = store.execute("SELECT secret_sha256 FROM api_keys").fetchall()
        assert key.split("_", 2)[2] not in digest and len(digest) == 64
    bad_article = {"title": "no text"}  # answered without coding: the key check is what is tested
    with live_server(ServeConfig(db)) as url:
        assert httpx.post(f"{url}/v1/articles", json=bad_article, headers={"X-API-Key": key}).status_code == 200
    revoked = runner.invoke(cli, ["keys", "revoke", key_id, "--db", str(db)])
    assert revoked.exit_code == 0, revoked.output
    listed = runner.invoke(cli, ["keys", "list", "--db", str(db)]).stdout
    assert key_id in listed and "revoked" in listed and key.split("_", 2)[2] not in listed
    with live_server(ServeConfig(db)) as url:
        _error(httpx.post(f"{url}/v1/articles", json=bad_article, headers={"X-API-Key": key}), 403, "key_refused")
    unknown = runner.invoke(cli, ["keys", "revoke", "ffffffffffff", "--db", str(db)])
    assert unknown.exit_code == 2 and "no key with id 'ffffffffffff'" in unknown.output


def test_read_only_server_refuses_writes_and_keyed_reads_need_a_key(tmp_path):
    db = build_store(tmp_path / "ro.duckdb")
    with open_store(db) as store:
        _, key = create_key(store, "reader")
    with live_server(ServeConfig(db, read_only=True, keyed_reads=True)) as url:
        _error(httpx.get(f"{url}/v1/events"), 401, "key_required")
        assert httpx.get(f"{url}/v1/events", headers={"X-API-Key": key}).status_code == 200
        assert httpx.get(f"{url}/health").status_code == 200  # health stays open
        _error(httpx.post(f"{url}/v1/articles", json={"text": "x"}, headers={"X-API-Key": key}), 403, "read_only")
        with open_store(db, read_only=True) as other:  # another reader shares the file
            assert other.counts()["events"] == ALL
        # but no other process writes it while it is served: what the server answers (and keeps) stays true
        import subprocess
        import sys
        from pathlib import Path

        writer = subprocess.run([str(Path(sys.executable).parent / "chronicle"), "keys", "create", "intruder", "--db", str(db)],
                                capture_output=True, text=True, timeout=120,
                                env={**__import__("os").environ, "CHRONICLE_LOCK_WAIT": "1"})  # fmt: skip  # not the default minute's wait
        assert writer.returncode == 2 and "in use by another process" in writer.stderr


def test_a_version_1_store_gains_the_keys_table(tmp_path):
    db = build_store(tmp_path / "old.duckdb")
    connection = duckdb.connect(str(db))
    connection.execute("DROP TABLE api_keys")
    connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    connection.close()
    with open_store(db) as store:
        assert store.schema_version() == schema.SCHEMA_VERSION == 3
        _, key = create_key(store, "after migration")
        assert store.counts()["events"] == ALL


def test_openapi_docs_are_served(served):
    client, _ = served
    spec = client.get("/openapi.json").json()
    assert {"/v1/events", "/v1/events/{event_id}", "/v1/timeline", "/v1/actors", "/v1/export", "/v1/code", "/v1/articles", "/health"} <= set(spec["paths"])
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_event_records_equal_the_models_dump(tmp_path):
    """The API's fast JSON records are exactly what the StoredEvent model dumps, for every stored event."""
    from chronicle.serve.records import event_record
    from chronicle.store.query import EventFilter, iter_rows
    from chronicle.store.rows import stored_event

    db = build_store(tmp_path / "records.duckdb")
    with open_store(db, read_only=True) as store:
        rows = list(iter_rows(store, EventFilter()))
    assert len(rows) == ALL
    for row in rows:
        assert event_record(row) == stored_event(row).model_dump(mode="json")


def test_chronicle_serve_command_serves_on_loopback(tmp_path):
    """The real command, as a process: a read-only store served by two workers answers on 127.0.0.1."""
    import subprocess
    import sys
    from pathlib import Path

    from serve_support import free_port

    db = build_store(tmp_path / "cli.duckdb")
    port = free_port()
    chronicle = Path(sys.executable).parent / "chronicle"
    server = subprocess.Popen([str(chronicle), "serve", "--db", str(db), "--port", str(port), "--read-only", "--workers", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        for _ in range(300):  # bounded: 30 s at most
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                time.sleep(0.1)
        assert health.json()["counts"]["events"] == ALL and health.json()["read_only"] is True
        assert httpx.get(f"http://127.0.0.1:{port}/v1/events", params={"country": "RWA"}).json()["events"][0]["event_type"] == "ACCUSE"
        assert "<title>Chronicle</title>" in httpx.get(f"http://127.0.0.1:{port}/").text
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_refuses_what_it_cannot_do(tmp_path):
    runner = CliRunner()
    several = runner.invoke(cli, ["serve", "--db", str(tmp_path / "x.duckdb"), "--workers", "2"])
    assert several.exit_code == 2 and "--read-only" in several.output
    missing = runner.invoke(cli, ["serve", "--db", str(tmp_path / "missing.duckdb"), "--read-only"])
    assert missing.exit_code == 2 and "no store at" in missing.output


def test_stored_trigger_offsets_are_the_ones_highlighted(tmp_path):
    """A trigger that occurs twice in its sentence: the coder's own offsets say which one."""
    from chronicle.model import Article, PartialDate
    from store_data import HandCoder

    text = "Paris, 4 May. Observers met the envoy after the envoy met Macky Sall in Dakar."
    sentence = text[len("Paris, 4 May. "):]
    second = text.index("met", text.index("met") + 1)
    meeting = _event_on(text, sentence, second)
    db = tmp_path / "offsets.duckdb"
    with open_store(db) as store:
        from chronicle.store.ingest import Ingester

        Ingester(store, HandCoder({"dakar-1": [meeting]})).ingest(
            [Article(id="dakar-1", text=text, source="t.jsonl", line=1, published=PartialDate.parse("2024-05-04"))])
    with live_server(ServeConfig(db, read_only=True)) as url:
        [event] = httpx.get(f"{url}/v1/events").json()["events"]
        [mention] = httpx.get(f"{url}/v1/events/{event['event_id']}").json()["mentions"]
    assert (mention["trigger_start"], mention["trigger_end"]) == (second, second + 3)


def _event_on(text: str, sentence: str, trigger_at: int):
    from serve_support import event
    from chronicle.model import ActorRecord

    start = text.index(sentence)
    return event("dakar-1", 1, "CONSULT", ActorRecord(text="the envoy", country="FRA"), ActorRecord(text="Macky Sall", country="SEN"),
                 "2024-05-04", sentence, trigger="met", char_start=start, char_end=start + len(sentence),
                 trigger_start=trigger_at, trigger_end=trigger_at + 3)  # fmt: skip
