"""Writes the probe sets sides23-{1,2}.{fr,en}.jsonl: the right event with the wrong sides.

Two construction classes of the tuning files' false alarms whose gold twin has the same
type in the same sentence (tests/data/probes/README.md, sides23):

- A, own forces in what is refused: "X a écarté tout retrait de ses troupes des territoires
  ukrainiens", "X refused any participation of its army in a European mission": the
  possessive's forces are the refuser's own means; the party is the one the phrase names
  (CAMEO 12: the one whose demand or interest is turned down).
- B, a warning whose clause names the other side's act: "X a averti que toute riposte
  israélienne se heurterait à une réponse écrasante", "X warned that any Moroccan
  provocation would meet a firm response": the one threatened is whoever would commit
  that act (CAMEO 13x).

Set 1 was written and scored before the change and tuned on; set 2 (other wordings, other
countries) was written before the change and never tuned on. Every item names two
countries drawn from the list, never the same.

Run from the repository root: ``python tests/data/probes/sides23_make.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent

# EN name, EN adjective, FR name with article, FR adjective (m), FR adjective (f), ISO
COUNTRIES = """France|French|la France|français|française|FRA
Mali|Malian|le Mali|malien|malienne|MLI
India|Indian|l'Inde|indien|indienne|IND
Kenya|Kenyan|le Kenya|kényan|kényane|KEN
Brazil|Brazilian|le Brésil|brésilien|brésilienne|BRA
Germany|German|l'Allemagne|allemand|allemande|DEU
Japan|Japanese|le Japon|japonais|japonaise|JPN
Egypt|Egyptian|l'Égypte|égyptien|égyptienne|EGY
Turkey|Turkish|la Turquie|turc|turque|TUR
Iran|Iranian|l'Iran|iranien|iranienne|IRN
Russia|Russian|la Russie|russe|russe|RUS
China|Chinese|la Chine|chinois|chinoise|CHN
Mexico|Mexican|le Mexique|mexicain|mexicaine|MEX
Colombia|Colombian|la Colombie|colombien|colombienne|COL
Venezuela|Venezuelan|le Venezuela|vénézuélien|vénézuélienne|VEN
Nigeria|Nigerian|le Nigeria|nigérian|nigériane|NGA
Senegal|Senegalese|le Sénégal|sénégalais|sénégalaise|SEN
Morocco|Moroccan|le Maroc|marocain|marocaine|MAR
Algeria|Algerian|l'Algérie|algérien|algérienne|DZA
Ethiopia|Ethiopian|l'Éthiopie|éthiopien|éthiopienne|ETH
Sudan|Sudanese|le Soudan|soudanais|soudanaise|SDN
Chad|Chadian|le Tchad|tchadien|tchadienne|TCD
Rwanda|Rwandan|le Rwanda|rwandais|rwandaise|RWA
Uganda|Ugandan|l'Ouganda|ougandais|ougandaise|UGA
Poland|Polish|la Pologne|polonais|polonaise|POL
Hungary|Hungarian|la Hongrie|hongrois|hongroise|HUN
Serbia|Serbian|la Serbie|serbe|serbe|SRB
Greece|Greek|la Grèce|grec|grecque|GRC
Italy|Italian|l'Italie|italien|italienne|ITA
Armenia|Armenian|l'Arménie|arménien|arménienne|ARM
Azerbaijan|Azerbaijani|l'Azerbaïdjan|azerbaïdjanais|azerbaïdjanaise|AZE
Pakistan|Pakistani|le Pakistan|pakistanais|pakistanaise|PAK
Israel|Israeli|Israël|israélien|israélienne|ISR
Syria|Syrian|la Syrie|syrien|syrienne|SYR
Somalia|Somali|la Somalie|somalien|somalienne|SOM
Kosovo|Kosovar|le Kosovo|kosovar|kosovare|XKX
Vietnam|Vietnamese|le Vietnam|vietnamien|vietnamienne|VNM
Tunisia|Tunisian|la Tunisie|tunisien|tunisienne|TUN
Libya|Libyan|la Libye|libyen|libyenne|LBY"""


def _plural(adjective: str) -> str:
    return adjective if adjective.endswith(("s", "x")) else adjective + "s"


def _fr_name(name: str) -> str:
    """A name as a sentence's subject: its article capitalised."""
    return name[0].upper() + name[1:]


# (class, type, cameo, fr template, en template, fr evidence words, en evidence words)
# {S}: the source's name; {sm}/{Sa}: its adjective; {tm}/{tf}/{tmp}/{tfp}/{Ta}: the target's adjective
SET_1 = [
    ("A", "REJECT", "1246", "{S} a écarté tout retrait de ses troupes des territoires {tmp}.", "{S} ruled out any withdrawal of its troops from {Ta} territory.", "a écarté tout retrait", "ruled out any withdrawal"),
    ("A", "REJECT", "1212", "{S} a refusé toute participation de son armée à une opération {tf}.", "{S} refused any participation of its army in {aTa} operation.", "a refusé toute participation", "refused any participation"),
    ("A", "REJECT", "120", "{S} a rejeté le déploiement de ses soldats à la frontière {tf}.", "{S} rejected the deployment of its soldiers on the {Ta} border.", "a rejeté le déploiement", "rejected the deployment"),
    ("B", "THREATEN", "138", "Le ministre {sm} de la Défense a averti que toute attaque {tf} se heurterait à une riposte militaire.", "The {Sa} defence minister warned that any {Ta} attack would be met with a military response.", "a averti que toute attaque", "warned that any"),
    ("B", "THREATEN", "130", "{S} a averti mardi que toute provocation {tf} recevrait une réponse ferme.", "{S} warned on Tuesday that any {Ta} provocation would meet a firm response.", "a averti mardi que toute provocation", "warned on Tuesday that any"),
    ("B", "THREATEN", "138", "{S} a averti mercredi que toute riposte {tf} se heurterait à une réponse écrasante.", "{S} warned on Wednesday that any {Ta} retaliation would be met with a crushing response.", "a averti mercredi que toute riposte", "warned on Wednesday that any"),
]
SET_2 = [
    ("A", "REJECT", "1246", "{S} a exclu tout retrait de ses forces des eaux {tfp}.", "{S} has ruled out pulling its forces out of {Ta} waters.", "a exclu tout retrait", "has ruled out pulling"),
    ("A", "REJECT", "1212", "{S} a dit non à l'envoi de ses policiers dans une mission {tf}.", "{S} said no to the dispatch of its police officers to {aTa} mission.", "a dit non à l'envoi", "said no to the dispatch"),
    ("A", "REJECT", "120", "{S} a rejeté jeudi le maintien de ses soldats sur le sol {tm}.", "{S} on Thursday rejected keeping its soldiers on {Ta} soil.", "a rejeté jeudi le maintien", "rejected keeping"),
    ("B", "THREATEN", "138", "{S} a prévenu que toute incursion {tf} serait repoussée par la force.", "{S} warned that any {Ta} incursion would be repelled by force.", "a prévenu que toute incursion", "warned that any"),
    ("B", "THREATEN", "138", "Le chef d'état-major {sm} a averti que toute agression {tf} entraînerait une riposte immédiate.", "The {Sa} army chief warned that any {Ta} aggression would trigger an immediate response.", "a averti que toute agression", "warned that any"),
    ("B", "THREATEN", "130", "{S} a averti lundi que toute nouvelle provocation {tf} aurait des conséquences.", "{S} warned on Monday that any new {Ta} provocation would have consequences.", "a averti lundi que toute nouvelle provocation", "warned on Monday that any new"),
]


def _rows(country: str) -> dict[str, str]:
    en, en_adj, fr, fr_m, fr_f, iso = country.split("|")
    return {"en": en, "en_adj": en_adj, "fr": fr, "m": fr_m, "f": fr_f, "iso": iso}


def build(templates, seed: int, prefix: str, per_template: int = 4):
    rng = random.Random(seed)
    countries = [_rows(c) for c in COUNTRIES.splitlines()]
    fr_items, en_items = [], []
    for k, (cls, kind, cameo, fr, en, fr_ev, en_ev) in enumerate(templates):
        for n in range(per_template):
            s, t = rng.sample(countries, 2)
            values = {"S": _fr_name(s["fr"]), "sm": s["m"], "tm": t["m"], "tf": t["f"], "tmp": _plural(t["m"]), "tfp": _plural(t["f"])}
            en_values = {"S": s["en"], "Sa": s["en_adj"], "Ta": t["en_adj"], "aTa": ("an " if t["en_adj"][0] in "AEIOU" else "a ") + t["en_adj"]}
            item = f"{prefix}-{cls}{k + 1}{n + 1}"
            for lang, text, evidence, out in (("fr", fr.format(**values), fr_ev, fr_items), ("en", en.format(**en_values), en_ev, en_items)):
                event = {"event_type": kind, "mode": None, "cameo": cameo,
                         "source": {"name": None, "country": s["iso"], "sector": "GOV"},
                         "target": {"name": None, "country": t["iso"], "sector": "GOV"},
                         "date": None, "location": None, "polarity": "positive", "modality": "actual",
                         "evidence": evidence, "required": True}
                out.append({"article_id": f"{item}-{lang}", "lang": lang, "text": text, "published": "2025-06-11", "events": [event]})
    return fr_items, en_items


def main() -> None:
    for number, templates, seed in ((1, SET_1, 2301), (2, SET_2, 2302)):
        fr_items, en_items = build(templates, seed, f"sides23-{number}")
        for lang, items in (("fr", fr_items), ("en", en_items)):
            with open(HERE / f"sides23-{number}.{lang}.jsonl", "w", encoding="utf-8") as out:
                for item in items:
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
