"""Guards widened by class (wave 22, guards22): entries whose sense guard wanted a
narrower object than news gives them. A rejection answers a class of disputed statements
(`@disputed_statements`: "repudiated the claim", "scorned the claims"); a town taken is read by
its name as well as by "the town of" (`requires_named: [place]`: a name the model tags
as a place or the gazetteer knows); captives are repatriated as remains are. Sentences
written for these tests, about many countries; the counter-sentences keep the ordinary
senses uncoded ("the goalkeeper denied Senegal an equaliser", "the album captured the
mood of Lagos", "a repris la parole"). `chronicle packs refused` finds such guards: a
gold event whose sentence names a trigger of its type that a guard refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.model import Event
from event_checks import coded_as, lang_coder

_code = lang_coder("2025-05-01")



@pytest.mark.parametrize(
    ("text", "lang", "event_type", "cameo", "source", "target"),
    [
        # a claim repudiated or spurned (the reject entry of snub reads @disputed_statements)
        ("Mauritius repudiated Britain's claim to the Chagos Islands.", "en", "REJECT", "120", "MUS", "GBR"),
        ("Venezuela scorned Guyana's claims over the Essequibo region.", "en", "REJECT", "120", "VEN", "GUY"),
        # a town taken by its name (COERCE 192)
        ("Islamist fighters seized Mocimboa da Praia in northern Mozambique.", "en", "COERCE", "192", "MOZ", None),
        ("Rebels captured Bunia after heavy fighting with Congolese troops.", "en", "COERCE", "192", "COD", None),
        ("Les rebelles ont pris Bunia après de violents combats.", "fr", "COERCE", "192", "COD", None),
        ("L'armée malienne a repris Tessalit aux groupes armés.", "fr", "COERCE", "192", "MLI", None),
        # captives repatriated (RETREAT 0841)
        ("Ukraine repatriated 75 Russian prisoners of war via Belarus.", "en", "RETREAT", "0841", "UKR", None),
        # French: an offer of mediation with "proposer", an announced aid (AGREE 039, 033)
        ("Le Qatar a proposé sa médiation entre l'Éthiopie et l'Érythrée.", "fr", "AGREE", "039", "QAT", None),
        ("Le Japon a annoncé une aide de 10 millions de dollars au Mozambique.", "fr", "AGREE", "033", "JPN", "MOZ"),
    ],
)
def test_a_widened_guard_codes_the_news_object(text: str, lang: str, event_type: str, cameo: str, source: str, target: str | None):
    events = _code(text, lang)
    assert coded_as(events, event_type, cameo, source, target), [(e.event_type, e.cameo, e.source.country, e.target and e.target.country) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "cameo"),
    [
        # deny, capture, seize, prendre, repatriate in their ordinary senses
        ("The goalkeeper denied Ghana a late equaliser in Abidjan.", "en", "REJECT", "12"),
        ("Kenya denied entry to two British journalists at Nairobi airport.", "en", "REJECT", "12"),
        ("The singer's new album captured the mood of Kinshasa's youth.", "en", "COERCE", "192"),
        ("Customs officers seized 300 kilograms of cocaine in Guayaquil.", "en", "COERCE", "192"),
        ("Germany repatriated part of its gold reserves from New York.", "en", "RETREAT", "084"),
        ("Le ministre a repris la parole devant l'Assemblée à Dakar.", "fr", "COERCE", "192"),
        ("Le président a pris Air France pour rentrer à Paris.", "fr", "COERCE", "192"),
        # an aid announced suspended is no intent to give it
        ("Washington a annoncé la suspension de son aide au Niger.", "fr", "AGREE", "033"),
    ],
)
def test_a_widened_guard_still_refuses_the_ordinary_sense(text: str, lang: str, event_type: str, cameo: str):
    events = _code(text, lang)
    assert not any(e.event_type == event_type and (e.cameo or "").startswith(cameo) for e in events), \
        [(e.event_type, e.cameo, e.source.country) for e in events]


def test_packs_refused_names_the_guard_that_refused(tmp_path: Path):
    # "insisted that" is no demand to the English pack (its entry wants "insisted on"): a
    # gold demand there is a known verb whose particle guard refused it
    gold = tmp_path / "gold.jsonl"
    event = {"event_type": "REQUEST", "mode": None, "cameo": "100", "source": {"name": None, "country": "EGY", "sector": "GOV"},
             "target": {"name": None, "country": "ETH", "sector": "GOV"}, "date": None, "location": None, "polarity": "positive",
             "modality": "actual", "evidence": "Egypt insisted that Ethiopia halt the filling of its dam", "required": True}
    gold.write_text(json.dumps({"article_id": "a1", "lang": "en", "text": "Egypt insisted that Ethiopia halt the filling of its dam.",
                                "published": "2025-06-11", "events": [event]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["packs", "refused", str(gold), "--lang", "en", "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["missed"] == 1 and found["known"] == 1
    assert found["items"][0]["entry"].startswith("insist REQUEST")
    assert found["by_kind"] == {"particle/preposition": 1}
