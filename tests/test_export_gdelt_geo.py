"""GDELT export: a country-level place on the country's centroid (geo type 1); the GDELT 2.0 mentions table."""

import json

import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.export.centroids import country_centroids
from chronicle.export.gdelt import GDELT_COLUMNS, GDELT_MENTION_COLUMNS, global_event_id
from chronicle.store.database import open_store

runner = CliRunner()

# Own sentences: a withdrawal from Mali, a clash in Venezuela (both placed at country level), a meeting in a city.
RECORDS = [
    {"id": "sahel", "lang": "fr", "date": "2022-08-15", "url": "https://example.org/sahel",
     "text": "Les autorités maliennes ont expulsé le porte-parole de la mission de l'ONU au Mali lundi. "
             "La France a retiré ses troupes du Mali."},
    {"id": "andes", "lang": "en", "date": "2022-08-15",
     "text": "Protesters clashed with police in Venezuela on Monday."},
    {"id": "gulf", "lang": "en", "date": "2022-08-16",
     "text": "The Omani foreign minister met the Iranian foreign minister in Muscat on Tuesday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gdelt-geo")
    corpus = folder / "geo.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    path = folder / "geo.duckdb"
    result = runner.invoke(app, ["ingest", "--db", str(path), str(corpus)])
    assert result.exit_code == 0, result.stderr
    return path


def _table(db, form: str, columns) -> list[dict[str, str]]:
    result = runner.invoke(app, ["export", "--db", str(db), "-f", form])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(row) == len(columns) for row in rows)
    return [dict(zip(columns, row)) for row in rows]


def test_centroids_are_inside_their_countries():
    points = country_centroids()
    assert len(points) > 170
    lat, lon = points["MLI"]
    assert 15 < lat < 20 and -6 < lon < 0  # central Mali, far from Bamako (12.6, -8.0)
    lat, lon = points["FRA"]
    assert 45 < lat < 48 and 1 < lon < 4  # metropolitan France, not pulled towards French Guiana
    lat, lon = points["USA"]
    assert 37 < lat < 42 and -102 < lon < -96  # the contiguous states' centre, not Alaska's pull


def test_a_country_level_place_is_on_the_country_centroid_with_geo_type_1(db):
    rows = _table(db, "gdelt", GDELT_COLUMNS)
    by_country = {row["ActionGeo_CountryCode"]: row for row in rows if row["ActionGeo_Type"] == "1"}
    assert {"ML", "VE"} <= set(by_country)  # FIPS codes, as GDELT writes them
    for fips, iso3 in (("ML", "MLI"), ("VE", "VEN")):
        row = by_country[fips]
        lat, lon = country_centroids()[iso3]
        assert (float(row["ActionGeo_Lat"]), float(row["ActionGeo_Long"])) == (lat, lon)
        assert row["ActionGeo_FeatureID"] == fips and row["ActionGeo_ADM1Code"] == fips
    city = [row for row in rows if row["ActionGeo_Type"] == "4"]
    assert city and city[0]["ActionGeo_FullName"].startswith("Muscat")  # a city keeps its own point
    assert abs(float(city[0]["ActionGeo_Lat"]) - 23.6) < 0.2


def test_gdelt_mentions_table(db):
    events = _table(db, "gdelt", GDELT_COLUMNS)
    mentions = _table(db, "gdelt-mentions", GDELT_MENTION_COLUMNS)
    with open_store(db, read_only=True) as store:
        stored = store.execute(
            "SELECT m.event_id, m.trigger, m.trigger_start, m.sentence_index, m.confidence, a.text, a.url, m.source_text "
            "FROM mentions m JOIN articles a USING (article_id)"
        ).fetchall()
    assert len(mentions) == len(stored)  # one row per mention
    assert {m["GLOBALEVENTID"] for m in mentions} == {e["GLOBALEVENTID"] for e in events}  # the tables join
    by_id = {str(global_event_id(row[0])): row for row in stored}
    for mention in mentions:
        event_id, trigger, trigger_start, sentence_index, confidence, text, url, source_text = by_id[mention["GLOBALEVENTID"]]
        action = int(mention["ActionCharOffset"])
        assert action == trigger_start and text[action : action + len(trigger)] == trigger  # offsets into the article
        actor = int(mention["Actor1CharOffset"])
        assert actor == -1 or text[actor : actor + len(source_text)] == source_text
        assert mention["SentenceID"] == str(sentence_index + 1)  # GDELT counts from 1
        assert mention["Confidence"] == str(round(confidence * 100))
        assert mention["MentionDocLen"] == str(len(text)) and mention["InRawText"] == "1"
        assert mention["MentionType"] == ("1" if url else "2")
        assert (mention["MentionIdentifier"] == url) if url else mention["MentionIdentifier"] in {"andes", "gulf"}
        assert len(mention["EventTimeDate"]) == 14 and len(mention["MentionTimeDate"]) == 14
    header = runner.invoke(app, ["export", "--db", str(db), "-f", "gdelt-mentions", "--header"]).stdout.splitlines()[0]
    assert header.split("\t") == list(GDELT_MENTION_COLUMNS)
    only = runner.invoke(app, ["export", "--db", str(db), "-f", "gdelt-mentions", "--place-country", "MLI"])
    assert only.exit_code == 0 and len(only.stdout.splitlines()) >= 1
    assert len(only.stdout.splitlines()) < len(mentions) and "mentions exported" in only.stderr
