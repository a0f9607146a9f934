"""How much of the CAMEO codebook each language pack's trigger lexicon covers.

``chronicle packs coverage`` counts, per CAMEO code of CAMEO2PLOVER and per
PLOVER type and mode, the triggers of each language, and lists the mapped
codes that no trigger states. A trigger that names no ``cameo`` counts under
the code the coder itself gives its type and mode (``Ontology.codes``), so the
table shows what the coder can emit, not what the entries happen to spell out.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from chronicle.errors import ChronicleError, KnowledgeError
from chronicle.ontology import Ontology, load_ontology
from chronicle.ontology.cameo import CameoRow, read_cameo_table
from chronicle.packs import LanguagePack, Trigger, load_pack_from, pack_folders

FORMATS = ("table", "json")


@dataclass(frozen=True)
class CodeRow:
    """One CAMEO code of CAMEO2PLOVER: the PLOVER type(s) it maps to and its trigger counts."""

    code: str
    types: tuple[str, ...]
    counts: dict[str, int]


@dataclass
class Coverage:
    """Trigger counts of some language packs against the CAMEO2PLOVER table."""

    languages: tuple[str, ...]
    codes: list[CodeRow]
    by_type_mode: dict[tuple[str, str | None], dict[str, int]]
    totals: dict[str, int]
    # codes a trigger names that CAMEO2PLOVER lacks, per language: a data error to fix
    unmapped: dict[str, dict[str, int]] = field(default_factory=dict)

    def event_codes(self) -> list[CodeRow]:
        """The rows of event codes (3 or 4 digits), without the 2-digit cue categories."""
        # A cue category ('09', '19') is a heading of the codebook; the coder emits
        # one only as a type's root, so a cue category without triggers is no gap.
        return [row for row in self.codes if len(row.code) > 2]

    def missing(self, lang: str) -> list[str]:
        """The mapped event codes (3-4 digits) no trigger of ``lang`` states, in code order."""
        return [row.code for row in self.event_codes() if row.counts.get(lang, 0) == 0]

    def to_dict(self) -> dict:
        """A JSON-ready view (the ``--format json`` output)."""
        return {
            "languages": list(self.languages),
            "totals": self.totals,
            "codes": [{"code": r.code, "types": list(r.types), "triggers": r.counts} for r in self.codes],
            "types": [
                {"type": event_type, "mode": mode, "triggers": counts}
                for (event_type, mode), counts in self.by_type_mode.items()
            ],
            "missing": {lang: self.missing(lang) for lang in self.languages},
            "unmapped": self.unmapped,
        }


def trigger_code(trigger: Trigger, ontology: Ontology) -> str | None:
    """The CAMEO code the coder emits for ``trigger``: its own, else its type and mode's."""
    return ontology.codes(trigger.type, trigger.mode, trigger.cameo).cameo


def measure(packs: dict[str, LanguagePack], ontology: Ontology | None = None) -> Coverage:
    """Count the triggers of ``packs`` (language -> pack) per CAMEO code and per type/mode."""
    ontology = ontology or load_ontology()
    rows = read_cameo_table().rows
    languages = tuple(sorted(packs))
    per_code: dict[str, Counter[str]] = {lang: Counter() for lang in languages}
    per_type: dict[tuple[str, str | None], Counter[str]] = {}
    for lang in languages:
        for trigger in packs[lang].triggers:
            try:
                code = trigger_code(trigger, ontology)
            except ValueError as exc:
                raise KnowledgeError(f"{lang} pack, trigger {trigger.lemma!r}: {exc}") from exc
            if code is not None:
                per_code[lang][code] += 1
            per_type.setdefault((trigger.type, trigger.mode), Counter())[lang] += 1
    codes = _code_rows(rows, per_code, languages)
    known = {row.code for row in codes}
    unmapped = {
        lang: {code: n for code, n in sorted(per_code[lang].items()) if code not in known} for lang in languages
    }
    by_type_mode = {
        key: {lang: per_type[key].get(lang, 0) for lang in languages}
        for key in sorted(per_type, key=lambda k: (k[0], k[1] or ""))
    }
    return Coverage(
        languages=languages,
        codes=codes,
        by_type_mode=by_type_mode,
        totals={lang: len(packs[lang].triggers) for lang in languages},
        unmapped={lang: codes_ for lang, codes_ in unmapped.items() if codes_},
    )


def _code_rows(rows: tuple[CameoRow, ...], per_code: dict[str, Counter[str]], languages: tuple[str, ...]) -> list[CodeRow]:
    types: dict[str, list[str]] = {}
    for row in rows:
        # '08' maps to both CONCEDE and RETREAT; '175' is listed twice
        if row.event_type not in types.setdefault(row.code, []):
            types[row.code].append(row.event_type)
    return [
        CodeRow(code=code, types=tuple(types[code]), counts={lang: per_code[lang].get(code, 0) for lang in languages})
        for code in sorted(types, key=_code_key)
    ]


def _code_key(code: str) -> tuple[str, str]:
    # Codebook order: a 4-digit code sits under its 3-digit parent, roots first.
    return (code[:3].ljust(3, "0") if len(code) > 2 else code + "0", code if len(code) > 2 else "")


def load_packs(packs_dir: Path | None, lang: str | None) -> dict[str, LanguagePack]:
    """The packs of ``packs_dir`` (a folder of ``<lang>/pack.yaml``), by default the
    installed ones (shipped, ``$CHRONICLE_PACKS``, entry points); only ``lang``'s if given."""
    if packs_dir is None:
        folders, where = pack_folders(), "installed packs"
    else:
        folders = {p.parent.name: p.parent for p in sorted(packs_dir.glob("*/pack.yaml"))}
        where = str(packs_dir)
    if lang is not None:
        if lang not in folders:
            raise ChronicleError(f"{where}: no language pack {lang!r} (found: {', '.join(sorted(folders)) or 'none'})")
        folders = {lang: folders[lang]}
    if not folders:
        raise ChronicleError(f"{where}: no language pack (no */pack.yaml)")
    return {name: load_pack_from(folders[name]) for name in sorted(folders)}


def render(coverage: Coverage) -> list[Table]:
    """The three tables the command prints: per code, per type and mode, codes without triggers."""
    langs = coverage.languages
    codes = Table(title="Triggers per CAMEO code (CAMEO2PLOVER)", min_width=50)
    codes.add_column("CAMEO")
    codes.add_column("PLOVER type")
    for lang in langs:
        codes.add_column(lang, justify="right")
    for row in coverage.codes:
        codes.add_row(row.code, "/".join(row.types), *(_cell(row.counts[lang]) for lang in langs))
    codes.add_row("total", "", *(str(coverage.totals[lang]) for lang in langs), end_section=True)

    types = Table(title="Triggers per PLOVER type and mode", min_width=50)
    types.add_column("type")
    types.add_column("mode")
    for lang in langs:
        types.add_column(lang, justify="right")
    for (event_type, mode), counts in coverage.by_type_mode.items():
        types.add_row(event_type, mode or "-", *(_cell(counts[lang]) for lang in langs))

    missing = Table(title="Mapped CAMEO codes with no trigger", min_width=50)
    missing.add_column("lang")
    missing.add_column("count", justify="right")
    missing.add_column("codes")
    for lang in langs:
        gaps = coverage.missing(lang)
        missing.add_row(lang, f"{len(gaps)}/{len(coverage.event_codes())}", " ".join(gaps) or "-")
    for lang, codes_ in coverage.unmapped.items():
        missing.add_row(f"{lang} (not in CAMEO2PLOVER)", str(sum(codes_.values())), " ".join(codes_))
    return [codes, types, missing]


def _cell(count: int) -> str:
    return str(count) if count else "[red]0[/red]"


app = typer.Typer(help="Inspect the language packs.", no_args_is_help=True)


@app.command("coverage")
def coverage_command(
    lang: str | None = typer.Option(None, "--lang", help="Only this language's pack (default: every pack)."),
    format: str = typer.Option("table", "--format", help="Output: table or json."),
    packs_dir: Path | None = typer.Option(None, "--packs", help="Folder of language packs (<lang>/pack.yaml); default: the installed packs."),
) -> None:
    """Triggers per CAMEO code and per PLOVER type/mode, and the mapped codes with none."""
    if format not in FORMATS:
        raise typer.BadParameter(f"{format!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    try:
        coverage = measure(load_packs(packs_dir, lang))
    except ChronicleError as exc:
        Console(stderr=True).print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1) from exc
    if format == "json":
        typer.echo(json.dumps(coverage.to_dict(), ensure_ascii=False, indent=1))
        return
    out = Console()
    for table in render(coverage):
        out.print(table)


@app.command("refused")
def refused_command(
    gold: list[Path] = typer.Argument(..., help="Gold JSONL files to code and read."),
    lang: str = typer.Option(..., "--lang", help="The language of the gold articles to read."),
    format: str = typer.Option("table", "--format", help="Output: table or json."),
) -> None:
    """Gold events of which no event of their type was coded though their sentence names a
    trigger of that type: the guard that refused it, counted by entry and by guard kind."""
    from chronicle.packs.refused import measure as measure_refused, render as render_refused, to_json

    if format not in FORMATS:
        raise typer.BadParameter(f"{format!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    try:
        found = measure_refused(gold, lang)
    except ChronicleError as exc:
        Console(stderr=True).print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1) from exc
    typer.echo(to_json(found) if format == "json" else render_refused(found))
