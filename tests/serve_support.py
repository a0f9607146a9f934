"""A store of hand-made events over real article texts, and a live ``chronicle serve`` app on loopback.

Each event's sentence is the exact slice ``text[char_start:char_end]`` of its
article, as the coder guarantees, so the dashboard's highlighting is checked
against true offsets.  The server runs the real application under uvicorn in
a thread, on a free port, and is stopped when the block ends.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from chronicle.model import ActorRecord, Article, LocationRecord, PartialDate
from chronicle.serve.app import create_app
from chronicle.serve.config import ServeConfig
from chronicle.store.database import open_store
from chronicle.store.ingest import Ingester
from store_data import HandCoder, event

MALI = ActorRecord(text="Le président malien", country="MLI", sector="GOV")
NIGER = ActorRecord(text="le Premier ministre nigérien", country="NER", sector="GOV")
UKR = ActorRecord(text="Ukrainian forces", country="UKR", sector="MIL")
RUS = ActorRecord(text="Russia", name="Russia", country="RUS", sector="GOV")
TRUMP = ActorRecord(text="Donald Trump", name="Donald Trump", country="USA", sector="GOV")
KIM = ActorRecord(text="Kim Jong-un", name="Kim Jong-un", country="PRK", sector="GOV")
COD = ActorRecord(text="Congo", name="Democratic Republic of the Congo", country="COD", sector="GOV")
RWA = ActorRecord(text="Rwanda", name="Rwanda", country="RWA", sector="GOV")
BAMAKO = LocationRecord(text="Bamako", name="Bamako", country="MLI", lat=12.65, lon=-8.0, geonameid=2460596)
DONETSK = LocationRecord(text="Donetsk", name="Donetsk", country="UKR", lat=48.0159, lon=37.8029, geonameid=709717)
HANOI = LocationRecord(text="Hanoi", name="Hanoi", country="VNM", lat=21.0245, lon=105.84117, geonameid=1581130)
GOMA = LocationRecord(text="Goma", name="Goma", country="COD", lat=-1.6792, lon=29.2228, geonameid=216281)

TEXTS = {
    "sahel-1": "Bamako, 10 mars. Le président malien a reçu le Premier ministre nigérien à Bamako. "
               "Les deux dirigeants ont signé un accord de sécurité.",
    "ukraine-1": "Kyiv, Nov 7. Ukrainian forces shelled Russian positions near Donetsk on Monday. "
                 "Russia accused Kyiv of attacking civilians.",
    "korea-1": "Hanoi, Feb 27. Donald Trump met Kim Jong-un in Hanoi on Wednesday. Kim Jong-un praised Donald Trump.",
    "korea-2": "Hanoi, Feb 28. The summit ended early. Donald Trump rejected the proposal of Kim Jong-un in Hanoi.",
    "lakes-1": "Goma, June 1. Congo accused Rwanda of backing rebels near Goma. Rwanda denied it.",
}  # fmt: skip
PUBLISHED = {"sahel-1": "2023-03-10", "ukraine-1": "2022-11-07", "korea-1": "2019-02-27", "korea-2": "2019-02-28", "lakes-1": "2023-06-01"}


def _event(article: str, n: int, event_type: str, source, target, day: str, sentence: str, trigger: str, **fields):
    text = TEXTS[article]
    start = text.index(sentence)
    assert trigger in sentence
    return event(article, n, event_type, source, target, day, sentence, trigger=trigger, char_start=start,
                 char_end=start + len(sentence), language="en" if article != "sahel-1" else "fr", **fields)  # fmt: skip


EVENTS = {
    "sahel-1": [
        _event("sahel-1", 1, "CONSULT", MALI, NIGER, "2023-03-10", "Le président malien a reçu le Premier ministre nigérien à Bamako.",
               "a reçu", mode="visit", cameo="043", goldstein=2.8, location=BAMAKO),
        _event("sahel-1", 2, "AGREE", MALI, NIGER, "2023-03-10", "Les deux dirigeants ont signé un accord de sécurité.",
               "ont signé", cameo="057", goldstein=8.0, location=BAMAKO),
    ],
    "ukraine-1": [
        _event("ukraine-1", 1, "ASSAULT", UKR, RUS, "2022-11-07", "Ukrainian forces shelled Russian positions near Donetsk on Monday.",
               "shelled", cameo="195", quad_class=4, goldstein=-10.0, location=DONETSK),
        _event("ukraine-1", 2, "ACCUSE", RUS, UKR, "2022-11-07", "Russia accused Kyiv of attacking civilians.",
               "accused", cameo="112", quad_class=3, goldstein=-2.0),
    ],
    "korea-1": [
        _event("korea-1", 1, "CONSULT", TRUMP, KIM, "2019-02-27", "Donald Trump met Kim Jong-un in Hanoi on Wednesday.",
               "met", mode="third-party", cameo="044", goldstein=2.5, location=HANOI),
        _event("korea-1", 2, "SUPPORT", KIM, TRUMP, "2019-02-27", "Kim Jong-un praised Donald Trump.", "praised",
               cameo="051", goldstein=3.4),
    ],
    "korea-2": [
        _event("korea-2", 1, "REJECT", TRUMP, KIM, "2019-02-28", "Donald Trump rejected the proposal of Kim Jong-un in Hanoi.",
               "rejected", cameo="120", quad_class=3, goldstein=-4.0, location=HANOI),
    ],
    "lakes-1": [
        _event("lakes-1", 1, "ACCUSE", COD, RWA, "2023-06-01", "Congo accused Rwanda of backing rebels near Goma.", "accused",
               cameo="112", quad_class=3, goldstein=-2.0, location=GOMA),
    ],
}  # fmt: skip
ARTICLES = [
    Article(id=name, text=text, source="serve.jsonl", line=i, url=f"https://news.example.org/{name}", title=name.replace("-", " "),
            published=PartialDate.parse(PUBLISHED[name]))
    for i, (name, text) in enumerate(TEXTS.items(), start=1)
]  # fmt: skip


def build_store(path: Path) -> Path:
    """A store holding the hand-made events, ingested the way ``chronicle ingest`` stores them."""
    with open_store(path) as store:
        Ingester(store, HandCoder(EVENTS)).ingest(ARTICLES)
    return path


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def live_server(config: ServeConfig) -> Iterator[str]:
    """The application under uvicorn on loopback; yields its base URL."""
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the server did not start on {config.db}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
