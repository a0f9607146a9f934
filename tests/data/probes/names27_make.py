"""Writes the multi-word country name probes names27-{1,2}.{en,fr}.jsonl (helper names27).

Class: a country whose name has several words or contains another country's name
("Papua New Guinea", "South Sudan", "Guinée équatoriale", "Niger" / "Nigeria") must be
read as the whole name in every position: subject, compound modifier ("the X government"),
possessive ("X's"), after a preposition ("out of X", "from X", "contre le X"), with its
article ("le Soudan du Sud") and as a title's demonym ("le président sud-soudanais").
The countries and their surface forms are read from the packs' country tables
(src/chronicle/packs/{en,fr}/countries.yaml: the first name, the article form for French,
the first demonym), so every such country of the list below is tried in both languages;
the partner country rotates over single-word states. Gold follows GUIDELINES.md.
File 1 (templates A) is tuned on, file 2 (templates B, other partners) never.

Run from the repository root: ``python tests/data/probes/names27_make.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import brief as E, sentence_item, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PACKS = HERE.parents[2] / "src" / "chronicle" / "packs"
PUBLISHED = "2025-06-11"

# sovereign states whose name has several words or holds another state's name
CODES = ["PNG", "GNQ", "GNB", "GIN", "SSD", "SDN", "ZAF", "CAF", "COD", "COG", "DOM", "DMA",
         "NER", "NGA", "SLE", "BFA", "CRI", "SLV", "LKA", "SAU", "NZL", "MKD", "TLS", "BIH",
         "TTO", "ATG", "KNA", "LCA", "VCT", "STP", "SLB", "MHL", "ARE", "CIV", "SMR"]
PARTNERS_1 = ["FRA", "KEN", "BRA", "JPN", "EGY", "TUR", "CAN", "IND", "MAR", "PER"]
PARTNERS_2 = ["DEU", "ETH", "ARG", "CHN", "JOR", "POL", "MEX", "IDN", "TUN", "CHL"]


def _table(lang):
    return yaml.safe_load((PACKS / lang / "countries.yaml").read_text(encoding="utf-8"))["countries"]


def forms(lang):
    """code -> (name as written mid-sentence, demonym as a title's adjective)."""
    out = {}
    for code, entry in _table(lang).items():
        names = entry.get("names") or []
        dems = [d for d in entry.get("demonyms") or [] if d[:1].islower()] or entry.get("demonyms") or []
        if not dems:
            continue
        if lang == "fr":
            if not names:
                continue
            arts = [n for n in names if n.startswith(("le ", "la ", "l'", "les "))]
            name = arts[0] if arts else names[0]
        else:
            # the pack's short name, else ISO's English name (pycountry) as the lexicon reads it
            name = names[0] if names else _iso_name(code)
            if f"the {name}" in names:
                name = f"the {name}"
        out[code] = (name, dems[0])
    return out


def _iso_name(code):
    from chronicle.knowledge.countries import load_countries
    return load_countries().name(code)


def _de(name):
    """French 'de' before a name: 'du Soudan du Sud', 'de la Guinée', "de l'Afrique"."""
    if name.startswith("le "):
        return "du " + name[3:]
    if name.startswith("les "):
        return "des " + name[4:]
    return ("d'" if name[:1] in "AEIOUÉÈÎaeiouéî" else "de ") + name


def _cap(s):
    return s[:1].upper() + s[1:]


# each template: (label, text maker(name, demonym, partner name, partner demonym), events maker)
EN_A = [
    ("comp", lambda n, d, o, od: f"The {n.removeprefix('the ')} government accused {o} of backing rebels.",
     lambda x, y: [E("ACCUSE", "112", x, y)]),
    ("outof", lambda n, d, o, od: f"{o} pulled its troops out of {n}.",
     lambda x, y: [E("RETREAT", "0874", y, x)]),
    ("poss", lambda n, d, o, od: f"{_cap(n)}'s foreign minister met the {od} foreign minister on Monday.",
     lambda x, y: [E("CONSULT", "040", x, y)]),
    ("title", lambda n, d, o, od: f"The {d} president condemned {o} on Tuesday.",
     lambda x, y: [E("ACCUSE", "111", x, y)]),
]
EN_B = [
    ("subj", lambda n, d, o, od: f"{_cap(n)} expelled the {od} ambassador on Friday.",
     lambda x, y: [E("SANCTION", "166", x, y)]),
    ("prep", lambda n, d, o, od: f"{o} imposed sanctions on {n} last week.",
     lambda x, y: [E("SANCTION", "163", y, x)]),
    ("based", lambda n, d, o, od: f"The {n.removeprefix('the ')} army accused {od} troops of crossing the border.",
     lambda x, y: [E("ACCUSE", "112", x, y)]),
    ("from", lambda n, d, o, od: f"{o} recalled its ambassador from {n} on Sunday.",
     lambda x, y: [E("SANCTION", "161", y, x)]),
]
FR_A = [
    ("comp", lambda n, d, o, od: f"Le gouvernement {_de(n)} a accusé {o} de soutenir les rebelles.",
     lambda x, y: [E("ACCUSE", "112", x, y)]),
    ("subj", lambda n, d, o, od: f"{_cap(n)} a expulsé l'ambassadeur {od} vendredi.",
     lambda x, y: [E("SANCTION", "166", x, y)]),
    ("title", lambda n, d, o, od: f"Le président {d} a condamné {o} mardi.",
     lambda x, y: [E("ACCUSE", "111", x, y)]),
    ("prep", lambda n, d, o, od: f"{_cap(o)} a retiré ses troupes {_de(n)}.",
     lambda x, y: [E("RETREAT", "0874", y, x)]),
]
FR_B = [
    ("meet", lambda n, d, o, od: f"Le ministre des Affaires étrangères {_de(n)} a rencontré lundi son homologue {od}.",
     lambda x, y: [E("CONSULT", "040", x, y)]),
    ("prep", lambda n, d, o, od: f"{_cap(o)} a imposé des sanctions contre {n}.",
     lambda x, y: [E("SANCTION", "163", y, x)]),
    ("army", lambda n, d, o, od: f"Le ministre de la Défense {d} a accusé {o} de masser des troupes à la frontière.",
     lambda x, y: [E("ACCUSE", "112", x, y)]),
    ("title", lambda n, d, o, od: f"Le Premier ministre {d} a salué {o} pour sa médiation.",
     lambda x, y: [E("SUPPORT", "051", x, y)]),
]

# written after the first score, to try more positions on file 2 (scored on main first, never tuned)
EN_B2 = [
    ("defence", lambda n, d, o, od: f"The {n.removeprefix('the ')} Defence Force arrested two {od} fishermen.",
     lambda x, y: [E("COERCE", "173", x, y)]),
    ("peace", lambda n, d, o, od: f"{o} withdrew its peacekeepers from {n}.",
     lambda x, y: [E("RETREAT", "0874", y, x)]),
    ("tgtcomp", lambda n, d, o, od: f"{o} accused the {n.removeprefix('the ')} government of harassing its diplomats.",
     lambda x, y: [E("ACCUSE", "112", y, x)]),
    ("tgtposs", lambda n, d, o, od: f"{o} condemned {n}'s decision to close the border.",
     lambda x, y: [E("ACCUSE", "111", y, x)]),
]
FR_B2 = [
    ("tgtgen", lambda n, d, o, od: f"{_cap(o)} a accusé le gouvernement {_de(n)} de harceler ses diplomates.",
     lambda x, y: [E("ACCUSE", "112", y, x)]),
    ("forces", lambda n, d, o, od: f"Les forces armées {_de(n)} ont arrêté un pêcheur {od}.",
     lambda x, y: [E("COERCE", "173", x, y)]),
    ("title2", lambda n, d, o, od: f"Le président {d} a accusé {o} d'ingérence.",
     lambda x, y: [E("ACCUSE", "112", x, y)]),
    ("decision", lambda n, d, o, od: f"{_cap(o)} a condamné la décision {_de(n)} de fermer sa frontière.",
     lambda x, y: [E("ACCUSE", "111", y, x)]),
]


def build(lang, templates, partners):
    table = forms(lang)
    rows = []
    for i, code in enumerate(CODES):
        if code not in table:
            continue
        label, text_of, events_of = templates[i % len(templates)]
        other = partners[i % len(partners)]
        (n, d), (o, od) = table[code], table[other]
        rows.append((f"{code}-{label}", text_of(n, d, o, od), events_of(code, other)))
    return rows


def write(name, lang, rows):
    write_jsonl(HERE / f"{name}.{lang}.jsonl", (
        sentence_item(f"{name}-{lang}-{k:03d}-{label}", lang, text, PUBLISHED, events)
        for k, (label, text, events) in enumerate(rows, 1)))


if __name__ == "__main__":
    write("names27-1", "en", build("en", EN_A, PARTNERS_1))
    write("names27-2", "en", build("en", EN_B, PARTNERS_2) + build("en", EN_B2, PARTNERS_2[5:] + PARTNERS_2[:5]))
    write("names27-1", "fr", build("fr", FR_A, PARTNERS_1))
    write("names27-2", "fr", build("fr", FR_B, PARTNERS_2) + build("fr", FR_B2, PARTNERS_2[5:] + PARTNERS_2[:5]))
