"""Writes the act-sense probes acts27en-{1,2}.en.jsonl and acts27en-1.fr.jsonl (helper acts27en).

Six classes of English (and French where the construction exists) wordings the coder got
wrong in last wave's helpers' notes, each item written before any change, about many
countries; the item id ends with the class letter and a short name:
(a) an occasion (a call, talks, a meeting) fronted before a request or a statement is itself
    a CONSULT between its two parties (CAMEO 041 for a call, 040 for talks);
(b) a contact that is negated or has not happened ("have not spoken since", "has yet to
    meet") is a negative event or none, never a positive CONSULT (GUIDELINES, polarity);
(c) a commitment to yield (pledged / agreed / vowed to lift sanctions, release prisoners,
    withdraw troops) is AGREE with the CAMEO 035x code of the committed act;
(d) a withdrawal of troops from a country targets the country left, never the troops;
(e) a labour strike ("went on strike", "a strike by teachers") is PROTEST 143, never an
    armed strike;
(f) two acts of one type under two coordinated verbs are two events (GUIDELINES: "separate
    verbs are separate events").
Gold follows GUIDELINES.md; negative gold events count neither as hits nor misses, a
positive system event matched to them is a false alarm. File 1 is tuned on, file 2 (other
countries and wordings) never.

Run from the repository root: ``python tests/data/probes/acts27en_make.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import brief as E, sentence_item, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUBLISHED = "2025-06-11"



SET_1 = [
    # (a) fronted occasion
    ("a_call", "In a call with Ethiopia's prime minister, Kenya's president urged restraint on the border.",
     [E("CONSULT", "041", "KEN", "ETH", mode="phone"), E("REQUEST", "10", "KEN", "ETH")]),
    ("a_call", "During a phone call with the Polish president, the Lithuanian president said the border would stay closed.",
     [E("CONSULT", "041", "LTU", "POL", mode="phone")]),
    ("a_call", "In a phone conversation with Japan's prime minister, the South Korean president called for closer cooperation.",
     [E("CONSULT", "041", "KOR", "JPN", mode="phone"), E("REQUEST", "10", "KOR", "JPN", req=False)]),
    ("a_call", "On a call with Chile's foreign minister, Argentina's foreign minister proposed a joint commission.",
     [E("CONSULT", "041", "ARG", "CHL", mode="phone")]),
    ("a_talks", "During talks with Vietnam's president, the Indonesian president urged Hanoi to settle the fishing dispute.",
     [E("CONSULT", "040", "IDN", "VNM"), E("REQUEST", "10", "IDN", "VNM")]),
    ("a_talks", "At a meeting with Morocco's king, the Spanish prime minister said migration cooperation would grow.",
     [E("CONSULT", "040", "ESP", "MAR")]),
    ("a_talks", "In talks with Ghana's president, the Nigerian president pledged support for the regional force.",
     [E("CONSULT", "040", "NGA", "GHA"), E("AGREE", "032", "NGA", "GHA", mod="intended", req=False)]),
    # (b) negated or absent contact
    ("b_neg", "The leaders of Armenia and Azerbaijan have not spoken since 2023.",
     [E("CONSULT", "040", "ARM", "AZE", pol="negative")]),
    ("b_neg", "No talks have been held between Serbia and Kosovo this year.",
     [E("CONSULT", "040", "SRB", "XKX", pol="negative")]),
    ("b_neg", "Peru's president has yet to meet his Bolivian counterpart.",
     [E("CONSULT", "040", "PER", "BOL", pol="negative")]),
    ("b_neg", "The Venezuelan foreign minister did not meet his Colombian counterpart in Bogota.",
     [E("CONSULT", "040", "VEN", "COL", pol="negative")]),
    ("b_neg", "Ethiopia and Egypt have held no talks on the dam since January.",
     [E("CONSULT", "040", "ETH", "EGY", pol="negative")]),
    ("b_neg", "The Thai prime minister left Phnom Penh without meeting Cambodia's prime minister.",
     [E("CONSULT", "040", "THA", "KHM", pol="negative")]),
    # (c) commitments to yield
    ("c_commit", "Iran pledged to release five detained French citizens.",
     [E("AGREE", "0353", "IRN", "FRA", mod="intended")]),
    ("c_commit", "The United States agreed to lift sanctions on Venezuela's oil sector.",
     [E("AGREE", "0354", "USA", "VEN", mod="intended")]),
    ("c_commit", "Russia promised to withdraw its troops from Moldova.",
     [E("AGREE", "0356", "RUS", "MDA", mod="intended")]),
    ("c_commit", "Belarus vowed to free Lithuanian prisoners held in Minsk.",
     [E("AGREE", "0353", "BLR", "LTU", mod="intended")]),
    ("c_commit", "China agreed to ease its trade restrictions on Australia.",
     [E("AGREE", "0354", "CHN", "AUS", mod="intended")]),
    ("c_commit", "Rwanda pledged to pull its forces out of eastern Congo.",
     [E("AGREE", "0356", "RWA", "COD", mod="intended")]),
    # (d) withdrawals
    ("d_withdraw", "Burundi pulled its troops out of Somalia on Monday.",
     [E("RETREAT", "0874", "BDI", "SOM")]),
    ("d_withdraw", "France withdrew its forces from Mali last year.",
     [E("RETREAT", "0874", "FRA", "MLI")]),
    ("d_withdraw", "Kenya withdrew its soldiers from the Democratic Republic of Congo.",
     [E("RETREAT", "0874", "KEN", "COD")]),
    ("d_withdraw", "Armenia pulled its troops back from the border with Azerbaijan.",
     [E("RETREAT", "0874", "ARM", None)]),
    ("d_withdraw", "Germany withdrew its troops from Niger in August.",
     [E("RETREAT", "0874", "DEU", "NER")]),
    # (e) labour strikes
    ("e_strike", "Teachers in Kenya went on strike on Monday over unpaid wages.",
     [E("PROTEST", "143", "KEN", None)]),
    ("e_strike", "A strike by Nigerian doctors entered its second week.",
     [E("PROTEST", "143", "NGA", None)]),
    ("e_strike", "French rail workers are on strike against the pension reform.",
     [E("PROTEST", "143", "FRA", None)]),
    ("e_strike", "Dock workers in Chile launched a nationwide strike on Tuesday.",
     [E("PROTEST", "143", "CHL", None)]),
    ("e_strike", "Bangladeshi garment workers staged a strike in Dhaka.",
     [E("PROTEST", "143", "BGD", None)]),
    # (f) coordinated acts of one type
    ("f_coord", "Estonia expelled two Russian diplomats and recalled its ambassador from Moscow.",
     [E("SANCTION", "166", "EST", "RUS"), E("SANCTION", "161", "EST", "RUS")]),
    ("f_coord", "Canada froze the assets of Iranian officials and banned their travel.",
     [E("SANCTION", "163", "CAN", "IRN"), E("SANCTION", "163", "CAN", "IRN")]),
    ("f_coord", "Ghana arrested two Togolese smugglers and seized their trucks.",
     [E("COERCE", "173", "GHA", "TGO"), E("COERCE", "171", "GHA", "TGO")]),
    ("f_coord", "Sweden condemned Iran's execution of the activist and criticised its nuclear programme.",
     [E("ACCUSE", "111", "SWE", "IRN"), E("ACCUSE", "111", "SWE", "IRN")]),
]

SET_2 = [
    ("a_call", "In a call with Turkey's president, the Greek prime minister urged calm in the Aegean.",
     [E("CONSULT", "041", "GRC", "TUR", mode="phone"), E("REQUEST", "10", "GRC", "TUR")]),
    ("a_call", "During a call with Pakistan's prime minister, the Afghan foreign minister said trade would resume.",
     [E("CONSULT", "041", "AFG", "PAK", mode="phone")]),
    ("a_call", "In a telephone conversation with Italy's prime minister, the Tunisian president asked for help with migrants.",
     [E("CONSULT", "041", "TUN", "ITA", mode="phone"), E("REQUEST", "10", "TUN", "ITA")]),
    ("a_talks", "During talks with Uzbekistan's president, the Kazakh president proposed a new water accord.",
     [E("CONSULT", "040", "KAZ", "UZB")]),
    ("a_talks", "At talks with the Nepalese prime minister, India's prime minister urged Kathmandu to open the border.",
     [E("CONSULT", "040", "IND", "NPL"), E("REQUEST", "10", "IND", "NPL")]),
    ("b_neg", "The presidents of Sudan and South Sudan have not met since the war began.",
     [E("CONSULT", "040", "SDN", "SSD", pol="negative")]),
    ("b_neg", "No meeting has taken place between North Korea and South Korea this year.",
     [E("CONSULT", "040", "PRK", "KOR", pol="negative")]),
    ("b_neg", "Algeria's foreign minister has yet to visit Morocco.",
     [E("CONSULT", "042", "DZA", "MAR", pol="negative")]),
    ("b_neg", "Guyana and Venezuela held no talks on the border dispute last month.",
     [E("CONSULT", "040", "GUY", "VEN", pol="negative")]),
    ("c_commit", "North Korea agreed to release three South Korean fishermen.",
     [E("AGREE", "0353", "PRK", "KOR", mod="intended")]),
    ("c_commit", "The European Union pledged to lift its sanctions on Syria.",
     [E("AGREE", "0354", "EUR", "SYR", mod="intended")]),
    ("c_commit", "Azerbaijan vowed to withdraw its troops from Armenian territory.",
     [E("AGREE", "0356", "AZE", "ARM", mod="intended")]),
    ("c_commit", "Myanmar's junta promised to free Thai nationals held in Yangon.",
     [E("AGREE", "0353", "MMR", "THA", mod="intended")]),
    ("d_withdraw", "Uganda pulled its troops out of South Sudan in March.",
     [E("RETREAT", "0874", "UGA", "SSD")]),
    ("d_withdraw", "Italy withdrew its soldiers from Iraq on Friday.",
     [E("RETREAT", "0874", "ITA", "IRQ")]),
    ("d_withdraw", "Chad withdrew its forces from Niger after the coup.",
     [E("RETREAT", "0874", "TCD", "NER")]),
    ("e_strike", "Nurses in Zimbabwe went on strike over salaries.",
     [E("PROTEST", "143", "ZWE", None)]),
    ("e_strike", "A strike by Argentine transport workers paralysed Buenos Aires.",
     [E("PROTEST", "143", "ARG", None)]),
    ("e_strike", "South African miners have been on strike since May.",
     [E("PROTEST", "143", "ZAF", None)]),
    ("f_coord", "Latvia expelled a Belarusian diplomat and closed its consulate in Daugavpils.",
     [E("SANCTION", "166", "LVA", "BLR"), E("SANCTION", "161", "LVA", "BLR")]),
    ("f_coord", "Japan detained four Chinese sailors and confiscated their fishing boat.",
     [E("COERCE", "173", "JPN", "CHN"), E("COERCE", "171", "JPN", "CHN")]),
]

SET_1_FR = [
    ("a_call", "Lors d'un entretien téléphonique avec le Premier ministre éthiopien, le président kényan a appelé à la retenue.",
     [E("CONSULT", "041", "KEN", "ETH", mode="phone"), E("REQUEST", "10", "KEN", "ETH")]),
    ("a_call", "Au cours d'un appel avec le président polonais, le président lituanien a déclaré que la frontière resterait fermée.",
     [E("CONSULT", "041", "LTU", "POL", mode="phone")]),
    ("a_talks", "Lors d'un entretien avec le roi du Maroc, le Premier ministre espagnol a demandé une coopération accrue sur les migrations.",
     [E("CONSULT", "040", "ESP", "MAR"), E("REQUEST", "10", "ESP", "MAR")]),
    ("b_neg", "Les dirigeants de l'Arménie et de l'Azerbaïdjan n'ont plus eu de contact depuis 2023.",
     [E("CONSULT", "040", "ARM", "AZE", pol="negative")]),
    ("b_neg", "Le Premier ministre thaïlandais a quitté Phnom Penh sans avoir rencontré le Premier ministre cambodgien.",
     [E("CONSULT", "040", "THA", "KHM", pol="negative")]),
    ("b_neg", "Aucune rencontre n'a eu lieu entre la Serbie et le Kosovo cette année.",
     [E("CONSULT", "040", "SRB", "XKX", pol="negative")]),
    ("c_commit", "L'Iran s'est engagé à libérer cinq ressortissants français détenus.",
     [E("AGREE", "0353", "IRN", "FRA", mod="intended")]),
    ("c_commit", "Les Etats-Unis ont promis de lever les sanctions contre le Venezuela.",
     [E("AGREE", "0354", "USA", "VEN", mod="intended")]),
    ("c_commit", "La Russie a promis de retirer ses troupes de Moldavie.",
     [E("AGREE", "0356", "RUS", "MDA", mod="intended")]),
    ("d_withdraw", "La France a retiré ses soldats du Mali l'an dernier.",
     [E("RETREAT", "0874", "FRA", "MLI")]),
    ("d_withdraw", "Le Burundi a retiré ses troupes de Somalie lundi.",
     [E("RETREAT", "0874", "BDI", "SOM")]),
    ("e_strike", "Une grève des enseignants kényans a paralysé les écoles lundi.",
     [E("PROTEST", "143", "KEN", None)]),
    ("e_strike", "Les cheminots français sont en grève contre la réforme des retraites.",
     [E("PROTEST", "143", "FRA", None)]),
]



def write(name, items, lang="en"):
    write_jsonl(HERE / f"{name}.{lang}.jsonl", (
        sentence_item(f"{name}-{n:03d}-{cons}", lang, text, PUBLISHED, events)
        for n, (cons, text, events) in enumerate(items, 1)))


if __name__ == "__main__":
    write("acts27en-1", SET_1)
    write("acts27en-2", SET_2)
    write("acts27en-1", SET_1_FR, "fr")
