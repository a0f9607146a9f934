"""Scoring per GUIDELINES.md, on small hand-made gold and system events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from chronicle.errors import InputError
from chronicle.evaluate import GoldArticle, load_gold, load_system, render_table, render_verbose, score
from chronicle.evaluate.command import eval_command
from chronicle.evaluate.scoring import match_article

HANOI = "Donald Trump et Kim Jong-un se sont retrouvés hier après-midi à Hanoï pour leur dîner."


def actor(country: str | None, sector: str | None = "GOV", name: str | None = None) -> dict[str, Any]:
    return {"name": name, "country": country, "sector": sector}


def gold_event(event_type: str = "CONSULT", source: str | None = "USA", target: str | None = "PRK", **fields: Any) -> dict:
    event = {
        "event_type": event_type, "mode": None,
        "source": actor(source, name="Donald Trump"), "target": actor(target, name="Kim Jong-un") if target else None,
        "date": "2019-02-27", "location": {"name": "Hanoi", "country": "VNM"},
        "polarity": "positive", "modality": "actual",
        "evidence": "se sont retrouvés hier après-midi à Hanoï", "required": True,
    }  # fmt: skip
    event.update(fields)
    return event


def system_event(event_type: str = "CONSULT", source: str | None = "USA", target: str | None = "PRK", **fields: Any) -> dict:
    event = {
        "article_id": "a1", "event_type": event_type, "mode": None,
        "source": actor(source, name="Donald Trump"), "target": actor(target, name="Kim Jong Un") if target else None,
        "date": {"value": "2019-02-27", "precision": "day"}, "location": {"name": "Hanoï", "country": "VNM"},
        "polarity": "positive", "modality": "actual", "sentence": HANOI,
    }  # fmt: skip
    event.update(fields)
    return event


def article(*events: dict, article_id: str = "a1") -> GoldArticle:
    return GoldArticle(article_id=article_id, lang="fr", text=HANOI, published="2019-02-28", url=None, events=list(events))


def run(gold: list[dict], system: list[dict]):
    return score([article(*gold)], {"a1": system})


def test_perfect_match() -> None:
    report = run([gold_event(mode="third-party")], [system_event(mode="third-party")])
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert (report.tp, report.fp, report.fn) == (1, 0, 0)
    for name in ("sector", "actor_name", "date", "location", "modality", "mode"):
        assert report.attributes[name]["accuracy"] == 1.0, name
    assert report.attributes["sector"]["total"] == 2


def test_symmetric_types_accept_reversed_order() -> None:
    report = run([gold_event("CONSULT")], [system_event("CONSULT", source="PRK", target="USA")])
    assert (report.tp, report.fp, report.fn) == (1, 0, 0)
    accuse = run([gold_event("ACCUSE")], [system_event("ACCUSE", source="PRK", target="USA")])
    assert (accuse.tp, accuse.fp, accuse.fn) == (0, 1, 1)


def test_reversed_pair_scores_actors_aligned() -> None:
    system = system_event("AGREE", source="PRK", target="USA")
    system["source"], system["target"] = actor("PRK", name="Kim Jong-un"), actor("USA", "MIL", name="Donald Trump")
    report = run([gold_event("AGREE")], [system])
    assert report.attributes["actor_name"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert report.attributes["sector"]["correct"] == 1


def test_type_must_be_equal() -> None:
    report = run([gold_event("CONSULT")], [system_event("AGREE")])
    assert (report.tp, report.fp, report.fn) == (0, 1, 1)
    assert report.misses[0]["evidence"] == gold_event()["evidence"]
    assert report.false_alarms[0]["sentence"] == HANOI


def test_negative_gold_matched_by_positive_system_is_false_positive() -> None:
    report = run([gold_event("AGREE", polarity="negative")], [system_event("AGREE")])
    assert (report.tp, report.fp, report.fn) == (0, 1, 0)
    assert "negative" in report.false_alarms[0]["reason"]


def test_negative_gold_matched_by_negative_system_counts_neither() -> None:
    report = run([gold_event("AGREE", polarity="negative")], [system_event("AGREE", polarity="negative")])
    assert (report.tp, report.fp, report.fn) == (0, 0, 0)
    assert report.negative_unmatched == 0


def test_positive_gold_matched_by_negative_system_is_a_miss() -> None:
    report = run([gold_event("AGREE")], [system_event("AGREE", polarity="negative")])
    assert (report.tp, report.fp, report.fn) == (0, 0, 1)


def test_unmatched_negative_system_event_counts_neither() -> None:
    report = run([], [system_event("AGREE", polarity="negative")])
    assert (report.tp, report.fp, report.fn) == (0, 0, 0)
    assert report.negative_unmatched == 1


def test_optional_gold_counts_neither_way() -> None:
    matched = run([gold_event(required=False)], [system_event()])
    unmatched = run([gold_event(required=False)], [])
    for report in (matched, unmatched):
        assert (report.tp, report.fp, report.fn) == (0, 0, 0)
    assert matched.optional_matched == 1


def test_one_to_one() -> None:
    report = run([gold_event()], [system_event(), system_event()])
    assert (report.tp, report.fp, report.fn) == (1, 1, 0)
    assert report.precision == 0.5 and report.recall == 1.0


def test_null_gold_country_matches_any() -> None:
    report = run([gold_event("PROTEST", source=None, target=None)], [system_event("PROTEST", source="KOR", target="JPN")])
    assert report.tp == 1
    protest = run([gold_event("MOBILIZE", source="PRK", target=None)], [system_event("MOBILIZE", source="PRK", target=None)])
    assert protest.tp == 1
    wrong = run([gold_event("MOBILIZE", source="PRK", target=None)], [system_event("MOBILIZE", source="KOR", target=None)])
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)


def test_null_system_target_does_not_match_named_gold_target() -> None:
    report = run([gold_event("ACCUSE")], [system_event("ACCUSE", target=None)])
    assert (report.tp, report.fp, report.fn) == (0, 1, 1)


def test_evidence_picks_the_right_pair() -> None:
    first = gold_event("ACCUSE", evidence="a dénoncé les essais", modality="actual")
    second = gold_event("ACCUSE", evidence="a critiqué les exercices", modality="intended")
    # System order is the reverse of gold order; only the evidence tells them apart.
    systems = [
        system_event("ACCUSE", sentence="Pyongyang a critiqué  les exercices conjoints.", modality="intended"),
        system_event("ACCUSE", sentence="Washington a dénoncé les essais.", modality="actual"),
    ]
    assert sorted((g, s) for g, s, _ in match_article([first, second], systems)) == [(0, 1), (1, 0)]
    assert run([first, second], systems).attributes["modality"]["accuracy"] == 1.0


def test_evidence_ignores_apostrophe_style() -> None:
    gold = [gold_event("AGREE", evidence="l’accord", date="2019-03"), gold_event("AGREE", evidence="autre", date="2019-02")]
    systems = [
        system_event("AGREE", sentence="Ils ont signé  l'accord.", date="2019-02-27"),
        system_event("AGREE", sentence="Rien.", date="2019-03-01"),
    ]
    pairs = {g: s for g, s, _ in match_article(gold, systems)}
    # Dates alone would cross the pairs (two agreements); the one evidence agreement wins first.
    assert pairs == {0: 0, 1: 1}


def test_maximises_matches_before_preferences() -> None:
    # System 0 fits both gold events, system 1 only gold 0: both must be matched.
    gold = [gold_event("CONSULT", target=None, evidence="retrouvés"), gold_event("CONSULT", target="PRK", evidence="dîner")]
    systems = [system_event("CONSULT", sentence="dîner retrouvés"), system_event("CONSULT", target="JPN")]
    assert sorted((g, s) for g, s, _ in match_article(gold, systems)) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold_date", "system_date", "correct"),
    [
        ("2019-02", {"value": "2019-02-27", "precision": "day"}, True),
        ("2019-02-27", {"value": "2019-02", "precision": "month"}, False),
        ("2019-02-27", "2019-02-27", True),
        ("2019", "2019-06", True),
        ("2019-02-27", "2019-02-28", False),
        ("2019-02", None, False),
    ],
)
def test_date_accuracy_at_gold_precision(gold_date: str, system_date: Any, correct: bool) -> None:
    report = run([gold_event(date=gold_date)], [system_event(date=system_date)])
    assert report.attributes["date"] == {"correct": int(correct), "total": 1, "accuracy": float(correct)}


def test_location_accuracy() -> None:
    city_wrong = run([gold_event()], [system_event(location={"name": "Singapore", "country": "VNM"})])
    assert city_wrong.attributes["location"]["correct"] == 0
    country_level = run(
        [gold_event(location={"name": "South Korea", "country": "KOR"})],
        [system_event(location={"name": "Seoul", "country": "KOR"})],
    )
    assert country_level.attributes["location"]["correct"] == 1
    missing = run([gold_event()], [system_event(location=None)])
    assert missing.attributes["location"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    as_written = run(
        [gold_event(location={"name": "DMZ", "country": "KOR"})],
        [system_event(location={"text": "DMZ", "name": "Korean Demilitarized Zone", "country": "KOR"})],
    )
    assert as_written.attributes["location"]["correct"] == 1


def test_attributes_skip_what_gold_leaves_null() -> None:
    gold = gold_event(mode=None, date=None, location=None)
    gold["source"], gold["target"] = actor("USA", None, None), actor("PRK", "GOV", None)
    report = run([gold], [system_event(mode="visit")])
    assert report.attributes["sector"]["total"] == 1
    assert report.attributes["actor_name"]["total"] == 0
    assert report.attributes["date"]["total"] == 0 and report.attributes["date"]["accuracy"] is None
    assert report.attributes["mode"]["total"] == 0


def test_per_type_table() -> None:
    gold = [gold_event("CONSULT"), gold_event("ACCUSE"), gold_event("MOBILIZE", source="PRK", target=None)]
    systems = [system_event("CONSULT"), system_event("SANCTION"), system_event("MOBILIZE", source="PRK", target=None)]
    report = run(gold, systems)
    assert report.per_type["CONSULT"] == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0, "type_recall": 1.0,
    }  # fmt: skip
    assert report.per_type["ACCUSE"]["fn"] == 1 and report.per_type["ACCUSE"]["recall"] == 0.0
    assert report.per_type["SANCTION"]["fp"] == 1 and report.per_type["SANCTION"]["precision"] == 0.0
    assert (report.tp, report.fp, report.fn) == (2, 1, 1)
    assert report.precision == pytest.approx(2 / 3, abs=1e-4)


def test_type_recall_ignores_actors_but_not_types() -> None:
    # Right type, wrong target: an event miss but a type hit.
    report = run([gold_event("ACCUSE")], [system_event("ACCUSE", target="JPN")])
    assert (report.tp, report.fp, report.fn) == (0, 1, 1)
    assert report.type_recall == 1.0 and report.per_type["ACCUSE"]["type_recall"] == 1.0
    wrong_type = run([gold_event("ACCUSE")], [system_event("REJECT")])
    assert wrong_type.type_recall == 0.0 and wrong_type.per_type["ACCUSE"]["type_recall"] == 0.0


def test_type_recall_uses_each_system_event_once() -> None:
    gold = [gold_event("SANCTION", evidence="a"), gold_event("SANCTION", target="JPN", evidence="b")]
    report = run(gold, [system_event("SANCTION", target="CHN")])
    assert report.type_recall == 0.5
    # A TP's partner is not spare: the other gold event stays a type miss.
    matched = run(gold, [system_event("SANCTION")])
    assert (matched.tp, matched.fn, matched.type_recall) == (1, 1, 0.5)


def test_type_recall_skips_optional_and_negative_gold() -> None:
    gold = [gold_event("AGREE", polarity="negative"), gold_event("CONSULT", required=False), gold_event("ACCUSE")]
    report = run(gold, [system_event("ACCUSE", target=None)])
    assert report.type_recall == 1.0
    assert set(report.per_type) == {"ACCUSE"}


def test_per_cameo_root_recall_by_gold_code_precision_by_system_code() -> None:
    gold = [
        gold_event("SANCTION", cameo="163", evidence="gel des avoirs"),
        gold_event("ACCUSE", cameo="091", evidence="enquête"),
        gold_event("ACCUSE", cameo="111", target="JPN", evidence="a dénoncé"),
    ]
    systems = [
        system_event("SANCTION", cameo="172"),  # right type and actors, another root than the gold's
        system_event("ACCUSE", cameo="090"),
        system_event("ACCUSE", cameo="112", target="CHN"),  # wrong target: FP under 11, type hit for the 111 item
    ]
    report = run(gold, systems)
    roots = report.per_cameo_root
    assert roots["16"] == {
        "precision": 0.0, "recall": 1.0, "f1": 0.0, "type_recall": 1.0, "tp": 1, "fn": 0, "tp_system": 0, "fp": 0,
    }  # fmt: skip
    assert (roots["17"]["tp_system"], roots["17"]["precision"], roots["17"]["tp"]) == (1, 1.0, 0)
    assert (roots["09"]["recall"], roots["09"]["precision"]) == (1.0, 1.0)
    assert (roots["11"]["tp"], roots["11"]["fn"], roots["11"]["fp"], roots["11"]["type_recall"]) == (0, 1, 1, 1.0)
    assert roots["11"]["f1"] == 0.0


def test_per_cameo_root_absent_without_gold_codes() -> None:
    report = run([gold_event()], [system_event(cameo="043")])
    assert report.per_cameo_root == {}
    assert json.loads(report.to_json())["per_cameo_root"] == {}


def test_gold_cameo_must_be_a_table_code(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [{"article_id": "a", "text": "x", "events": [gold_event(cameo="0311")]}])
    assert load_gold(path)[0].events[0]["cameo"] == "0311"
    for bad in ("9999", 311, "013"):
        write_jsonl(path, [{"article_id": "a", "text": "x", "events": [gold_event(cameo=bad)]}])
        with pytest.raises(InputError, match="cameo") as error:
            load_gold(path)
        assert error.value.field == "events[0].cameo"


def test_json_report_has_top_level_figures() -> None:
    report = run([gold_event()], [system_event(), system_event("AGREE")])
    data = json.loads(report.to_json())
    assert list(data)[:6] == ["precision", "recall", "f1", "tp", "fp", "fn"]
    assert data["precision"] == 0.5 and data["recall"] == 1.0
    assert data["articles"] == 1
    assert set(data["per_type"]) == {"CONSULT", "AGREE"}
    assert data["false_alarms"][0]["article_id"] == "a1"


def test_renderings_are_printable() -> None:
    from rich.console import Console

    report = run([gold_event("ACCUSE")], [system_event("SANCTION")])
    console = Console(width=200, record=True)
    console.print(render_table(report))
    console.print(render_verbose(report))
    text = console.export_text()
    assert "ACCUSE" in text and "SANCTION" in text and HANOI[:40] in text
    assert "Per CAMEO root" not in text


def test_root_table_is_printed_when_gold_has_codes() -> None:
    from rich.console import Console

    report = run([gold_event("ACCUSE", cameo="1121")], [system_event("ACCUSE", cameo="112")])
    console = Console(width=200, record=True)
    console.print(render_table(report))
    text = console.export_text()
    assert "Per CAMEO root" in text and "type recall" in text
    row = next(line for line in text.splitlines() if line.strip().startswith("11 ") or "│ 11 " in line)
    assert "1.000" in row


# ---------------------------------------------------------------- files and CLI


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"article_id": "a1", "url": None, "lang": "fr", "text": HANOI, "published": "2019-02-28", "events": [gold_event()]},
        {"article_id": "b2", "url": None, "lang": "en", "text": "Talks.", "published": "2019-03", "events": [gold_event("AGREE")]},
    ])  # fmt: skip
    system = write_jsonl(tmp_path / "system.jsonl", [system_event(), system_event("SANCTION")])
    return gold, system


def test_load_files(files: tuple[Path, Path]) -> None:
    gold, system = files
    articles = load_gold(gold)
    assert [a.article_id for a in articles] == ["a1", "b2"] and articles[1].line == 2
    assert [e["event_type"] for e in load_system(system)["a1"]] == ["CONSULT", "SANCTION"]


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"article_id": "a", "text": "x", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl, line 2"):
        load_gold(path)
    write_jsonl(path, [{"article_id": "a", "text": "x", "events": [gold_event("MEET")]}])
    with pytest.raises(InputError, match="MEET") as error:
        load_gold(path)
    assert error.value.line == 1 and error.value.field == "events[0].event_type"


def eval_app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    app.command("eval")(eval_command)
    return app


def test_eval_command_table_and_json(files: tuple[Path, Path]) -> None:
    gold, system = files
    runner = CliRunner()
    table = runner.invoke(eval_app(), ["eval", str(gold), "--system", str(system)])
    assert table.exit_code == 0, table.output
    assert "Per event type" in table.output and "CONSULT" in table.output
    as_json = runner.invoke(eval_app(), ["eval", str(gold), "--system", str(system), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert (data["tp"], data["fp"], data["fn"], data["articles"]) == (1, 1, 1, 2)
    assert data["type_recall"] == 0.5 and data["per_cameo_root"] == {}
    french = json.loads(runner.invoke(eval_app(), ["eval", str(gold), "--system", str(system), "--lang", "fr", "--format", "json"]).output)
    assert (french["tp"], french["fp"], french["fn"], french["articles"]) == (1, 1, 0, 1)
    verbose = runner.invoke(eval_app(), ["eval", str(gold), "--system", str(system), "--verbose"])
    assert "False alarms" in verbose.output and "SANCTION" in verbose.output


def test_eval_command_reports_cameo_roots(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"article_id": "a1", "lang": "fr", "text": HANOI, "published": "2019-02-28",
         "events": [gold_event(cameo="044", mode="third-party"), gold_event("AGREE", cameo="036", evidence="dîner")]},
    ])  # fmt: skip
    system = write_jsonl(tmp_path / "system.jsonl", [system_event(cameo="044"), system_event("REJECT", cameo="125")])
    runner = CliRunner()
    data = json.loads(runner.invoke(eval_app(), ["eval", str(gold), "--system", str(system), "--format", "json"]).output)
    assert set(data["per_cameo_root"]) == {"03", "04", "12"}
    assert data["per_cameo_root"]["04"]["recall"] == 1.0 and data["per_cameo_root"]["03"]["recall"] == 0.0
    assert data["per_cameo_root"]["12"]["fp"] == 1
    assert data["type_recall"] == 0.5
    table = runner.invoke(eval_app(), ["eval", str(gold), "--system", str(system)])
    assert table.exit_code == 0 and "Per CAMEO root" in table.output


def test_eval_command_reports_bad_input(tmp_path: Path, files: tuple[Path, Path]) -> None:
    gold, _ = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article_id": "a1"}\n', encoding="utf-8")
    result = CliRunner().invoke(eval_app(), ["eval", str(gold), "--system", str(bad)])
    assert result.exit_code == 1
    assert "event_type" in result.output
