"""Writes the counted/coordinated titled-person probes counts27-{1,2}.{en,fr}.jsonl (helper counts27).

Two classes of actor wording, each item written before any change, about many countries:
(a) a counted agent noun with a nationality ("three Venezuelan ministers", "deux journalistes
    français", "quatre soldats maliens") as target or source: the demonym gives the country,
    the count is no pair of parties;
(b) coordinated titled subjects of two countries ("Tajik Foreign Minister X and Uzbekistan's
    Foreign Minister Y signed", "le ministre tchadien de la Défense et son homologue nigérien
    ont signé"): both sides are kept, the AGREE/CONSULT is between them.
Gold follows GUIDELINES.md. File 1 is tuned on, file 2 (other countries and wordings) never.

Run from the repository root: ``python tests/data/probes/counts27_make.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import brief as E, sentence_item, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUBLISHED = "2025-06-12"



EN_1 = [
    ("a", "The United States froze the assets of three Venezuelan ministers on Monday.",
     [E("SANCTION", "163", "USA", "VEN")]),
    ("a", "Iranian police arrested two French journalists in Tehran.",
     [E("COERCE", "173", "IRN", "FRA", mode="arrest")]),
    ("a", "Poland expelled two Russian diplomats on Tuesday.",
     [E("SANCTION", "166", "POL", "RUS", mode="expel")]),
    ("a", "Three Nigerian officials met the Ghanaian president in Accra.",
     [E("CONSULT", "040", "NGA", "GHA")]),
    ("a", "Pakistani authorities detained five Chinese nationals near the border.",
     [E("COERCE", "173", "PAK", "CHN", mode="arrest")]),
    ("a", "Two Turkish ministers visited Azerbaijan on Wednesday.",
     [E("CONSULT", "042", "TUR", "AZE", mode="visit")]),
    ("b", "Tajik Foreign Minister Sirojiddin Muhriddin and Uzbekistan's Foreign Minister Bakhtiyor Saidov have signed a border agreement.",
     [E("AGREE", "057", "TJK", "UZB")]),
    ("b", "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Friday.",
     [E("CONSULT", "040", "KEN", "UGA")]),
    ("b", "The Egyptian foreign minister and his Sudanese counterpart signed a cooperation accord.",
     [E("AGREE", "057", "EGY", "SDN")]),
    ("b", "Peru's Defence Minister and Chile's Defence Minister signed a memorandum on border security.",
     [E("AGREE", "057", "PER", "CHL")]),
]

EN_2 = [
    ("a", "Russia expelled four Estonian diplomats on Thursday.",
     [E("SANCTION", "166", "RUS", "EST", mode="expel")]),
    ("a", "Ethiopian forces detained three Kenyan journalists near the border.",
     [E("COERCE", "173", "ETH", "KEN", mode="arrest")]),
    ("a", "The European Union sanctioned six Belarusian officials over the crackdown.",
     [E("SANCTION", "163", "EUR", "BLR")]),
    ("a", "Two Indian ministers held talks with Nepal's prime minister in Kathmandu.",
     [E("CONSULT", "040", "IND", "NPL")]),
    ("a", "Algerian authorities deported twelve Malian nationals.",
     [E("COERCE", "174", "DZA", "MLI", mode="deport")]),
    ("b", "Kazakh Foreign Minister Murat Nurtleu and Kyrgyzstan's Foreign Minister Jeenbek Kulubaev signed a water-sharing agreement.",
     [E("AGREE", "057", "KAZ", "KGZ")]),
    ("b", "Senegalese President Bassirou Diomaye Faye and Gambian President Adama Barrow met in Dakar.",
     [E("CONSULT", "040", "SEN", "GMB")]),
    ("b", "The Thai defence minister and his Cambodian counterpart signed a ceasefire deal.",
     [E("AGREE", "057", "THA", "KHM")]),
    ("b", "Bolivia's Foreign Minister and Paraguay's Foreign Minister signed an agreement on river trade.",
     [E("AGREE", "057", "BOL", "PRY")]),
    ("b", "The Greek prime minister and his Bulgarian counterpart met in Athens.",
     [E("CONSULT", "040", "GRC", "BGR")]),
]

FR_1 = [
    ("a", "Les États-Unis ont gelé les avoirs de trois ministres vénézuéliens.",
     [E("SANCTION", "163", "USA", "VEN")]),
    ("a", "La police iranienne a arrêté deux journalistes français à Téhéran.",
     [E("COERCE", "173", "IRN", "FRA", mode="arrest")]),
    ("a", "La Pologne a expulsé deux diplomates russes mardi.",
     [E("SANCTION", "166", "POL", "RUS", mode="expel")]),
    ("a", "L'armée burkinabè a accusé quatre soldats maliens d'avoir franchi la frontière.",
     [E("ACCUSE", "112", "BFA", "MLI", mode="allege")]),
    ("a", "Trois responsables nigérians ont rencontré le président ghanéen à Accra.",
     [E("CONSULT", "040", "NGA", "GHA")]),
    ("a", "Deux ministres turcs se sont rendus en Azerbaïdjan mercredi.",
     [E("CONSULT", "042", "TUR", "AZE", mode="visit")]),
    ("b", "Le ministre tchadien de la Défense et son homologue nigérien ont signé un accord de coopération militaire.",
     [E("AGREE", "057", "TCD", "NER")]),
    ("b", "Le président kényan William Ruto et le président ougandais Yoweri Museveni se sont rencontrés à Nairobi.",
     [E("CONSULT", "040", "KEN", "UGA")]),
    ("b", "Le ministre égyptien des Affaires étrangères et son homologue soudanais ont signé un accord.",
     [E("AGREE", "057", "EGY", "SDN")]),
    ("b", "Le ministre péruvien de la Défense et le ministre chilien de la Défense ont signé un mémorandum.",
     [E("AGREE", "057", "PER", "CHL")]),
]

FR_2 = [
    ("a", "La Russie a expulsé quatre diplomates estoniens jeudi.",
     [E("SANCTION", "166", "RUS", "EST", mode="expel")]),
    ("a", "Les forces éthiopiennes ont arrêté trois journalistes kényans près de la frontière.",
     [E("COERCE", "173", "ETH", "KEN", mode="arrest")]),
    ("a", "L'Union européenne a sanctionné six responsables biélorusses.",
     [E("SANCTION", "163", "EUR", "BLR")]),
    ("a", "Deux ministres indiens ont rencontré le Premier ministre népalais à Katmandou.",
     [E("CONSULT", "040", "IND", "NPL")]),
    ("a", "Les autorités algériennes ont expulsé douze ressortissants maliens.",
     [E("COERCE", "174", "DZA", "MLI", mode="deport")]),
    ("b", "Le ministre kazakh des Affaires étrangères et son homologue kirghize ont signé un accord sur l'eau.",
     [E("AGREE", "057", "KAZ", "KGZ")]),
    ("b", "Le président sénégalais Bassirou Diomaye Faye et le président gambien Adama Barrow se sont rencontrés à Dakar.",
     [E("CONSULT", "040", "SEN", "GMB")]),
    ("b", "Le ministre thaïlandais de la Défense et son homologue cambodgien ont signé un accord de cessez-le-feu.",
     [E("AGREE", "057", "THA", "KHM")]),
    ("b", "Le ministre bolivien des Affaires étrangères et le ministre paraguayen des Affaires étrangères ont signé un accord.",
     [E("AGREE", "057", "BOL", "PRY")]),
    ("b", "Le Premier ministre grec et son homologue bulgare se sont rencontrés à Athènes.",
     [E("CONSULT", "040", "GRC", "BGR")]),
]



def write(name, items, lang):
    write_jsonl(HERE / f"{name}.{lang}.jsonl", (
        sentence_item(f"{name}-{lang}-{n:02d}-{cls}", lang, text, PUBLISHED, events)
        for n, (cls, text, events) in enumerate(items, 1)))


if __name__ == "__main__":
    write("counts27-1", EN_1, "en")
    write("counts27-2", EN_2, "en")
    write("counts27-1", FR_1, "fr")
    write("counts27-2", FR_2, "fr")
