"""Writes the probe sets leads24-{1,2}.{fr,en}.jsonl (helper leads24).

Five construction classes, each about other countries in every item and in both sets:
(a) a verb of announcement over a reported past act ("announced the arrest of",
"a annoncé qu'il avait expulsé"): the act is actual; "announced it will" stays intended;
(b) "at the request of X" / "à la demande de X" on an act (troops sent: CAMEO 074
military protection, sender -> requester; the request itself is optional gold, as in
the tuning sets) and on a thing ("a report prepared at the request of X": no request);
(c) "bury the hatchet" / "enterrer la hache de guerre": a reconciliation done, CAMEO 050
(PLOVER SUPPORT: "initiate, resume, improve ... diplomatic cooperation"; 037 is only an
intent to settle), one code in both languages;
(d) a verb coordinated after a dashed aside with its own subject: the second verb keeps
the first verb's subject;
(e) a passive light verb with a nominal event ("strikes were carried out by X against
Y"), and "announced the withdrawal of its troops from Y" (CONCEDE, GUIDELINES: an
announced withdrawal; target the country left).
Set 1 is tuned on, set 2 never. Run from the repository root:
``python tests/data/probes/leads24_make.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import write_row_sets  # noqa: E402

HERE = Path(__file__).parent
PUBLISHED = "2025-06-11"

# (id suffix, text, [(type, cameo, src country, src sector, tgt country, tgt sector, modality, evidence, required)])
SETS = {
    ("1", "en"): [
        ("a1", "Kenyan police announced the arrest of two Somali militants on Monday.",
         [("COERCE", "173", "KEN", "COP", "SOM", "REB", "actual", "announced the arrest of two Somali militants", True)]),
        ("a2", "Egypt announced it had expelled the Turkish ambassador.",
         [("SANCTION", "166", "EGY", "GOV", "TUR", "GOV", "actual", "announced it had expelled the Turkish ambassador", True)]),
        ("a3", "Peru announced that its foreign minister had met Chilean officials in Lima.",
         [("CONSULT", "040", "PER", "GOV", "CHL", "GOV", "actual", "had met Chilean officials in Lima", True)]),
        ("a4", "Algeria announced it will expel two French diplomats.",
         [("SANCTION", "166", "DZA", "GOV", "FRA", "GOV", "intended", "announced it will expel two French diplomats", True)]),
        ("b1", "Chad sent troops to Niger at the request of the Nigerien junta.",
         [("AID", "074", "TCD", "GOV", "NER", "GOV", "actual", "sent troops to Niger", True),
          ("MOBILIZE", "154", "TCD", "MIL", None, None, "actual", "sent troops to Niger", False),
          ("REQUEST", "1034", "NER", "GOV", "TCD", "GOV", "actual", "at the request of the Nigerien junta", False)]),
        ("b2", "A report prepared at the request of Washington accused Iran of enriching uranium.",
         [("ACCUSE", "112", None, None, "IRN", "GOV", "actual", "accused Iran of enriching uranium", False)]),
        ("b3", "Rwandan soldiers were deployed in Mozambique at the request of Maputo.",
         [("AID", "074", "RWA", "MIL", "MOZ", "GOV", "actual", "were deployed in Mozambique", True),
          ("MOBILIZE", "154", "RWA", "MIL", None, None, "actual", "were deployed in Mozambique", False),
          ("REQUEST", "1034", "MOZ", "GOV", "RWA", "MIL", "actual", "at the request of Maputo", False)]),
        ("c1", "Turkey and Greece buried the hatchet on Tuesday.",
         [("SUPPORT", "050", "TUR", "GOV", "GRC", "GOV", "actual", "buried the hatchet", True)]),
        ("d1", "Japan recalled its ambassador to China \u2014 the two countries have long disputed the islands \u2014 and demanded an apology.",
         [("SANCTION", "161", "JPN", "GOV", "CHN", "GOV", "actual", "recalled its ambassador to China", True),
          ("REQUEST", "10", "JPN", "GOV", "CHN", "GOV", "actual", "demanded an apology", True)]),
        ("d2", "Poland expelled a Belarusian diplomat \u2014 relations have been tense for years \u2014 and accused Minsk of espionage.",
         [("SANCTION", "166", "POL", "GOV", "BLR", "GOV", "actual", "expelled a Belarusian diplomat", True),
          ("ACCUSE", "112", "POL", "GOV", "BLR", "GOV", "actual", "accused Minsk of espionage", True)]),
        ("e1", "Strikes were carried out by Israel against Syria on Sunday.",
         [("ASSAULT", "195", "ISR", "MIL", "SYR", None, "actual", "Strikes were carried out by Israel against Syria", True)]),
        ("e2", "Russia announced the withdrawal of its troops from Armenia.",
         [("CONCEDE", "0874", "RUS", "GOV", "ARM", "GOV", "intended", "announced the withdrawal of its troops from Armenia", True)]),
    ],
    ("1", "fr"): [
        ("a1", "La police kényane a annoncé lundi l'arrestation de deux militants somaliens.",
         [("COERCE", "173", "KEN", "COP", "SOM", "REB", "actual", "a annoncé lundi l'arrestation de deux militants somaliens", True)]),
        ("a2", "L'Égypte a annoncé qu'elle avait expulsé l'ambassadeur turc.",
         [("SANCTION", "166", "EGY", "GOV", "TUR", "GOV", "actual", "avait expulsé l'ambassadeur turc", True)]),
        ("a3", "Le Pérou a annoncé que son ministre des Affaires étrangères avait rencontré des responsables chiliens à Lima.",
         [("CONSULT", "040", "PER", "GOV", "CHL", "GOV", "actual", "avait rencontré des responsables chiliens à Lima", True)]),
        ("a4", "L'Algérie a annoncé qu'elle expulsera deux diplomates français.",
         [("SANCTION", "166", "DZA", "GOV", "FRA", "GOV", "intended", "expulsera deux diplomates français", True)]),
        ("b1", "Le Tchad a envoyé des troupes au Niger à la demande de la junte nigérienne.",
         [("AID", "074", "TCD", "GOV", "NER", "GOV", "actual", "a envoyé des troupes au Niger", True),
          ("MOBILIZE", "154", "TCD", "MIL", None, None, "actual", "a envoyé des troupes au Niger", False),
          ("REQUEST", "1034", "NER", "GOV", "TCD", "GOV", "actual", "à la demande de la junte nigérienne", False)]),
        ("b2", "Un rapport préparé à la demande de Washington accuse l'Iran d'enrichir de l'uranium.",
         [("ACCUSE", "112", None, None, "IRN", "GOV", "actual", "accuse l'Iran d'enrichir de l'uranium", False)]),
        ("b3", "Des soldats rwandais ont été déployés au Mozambique à la demande de Maputo.",
         [("AID", "074", "RWA", "MIL", "MOZ", "GOV", "actual", "ont été déployés au Mozambique", True),
          ("MOBILIZE", "154", "RWA", "MIL", None, None, "actual", "ont été déployés au Mozambique", False),
          ("REQUEST", "1034", "MOZ", "GOV", "RWA", "MIL", "actual", "à la demande de Maputo", False)]),
        ("c1", "La Turquie et la Grèce ont enterré la hache de guerre mardi.",
         [("SUPPORT", "050", "TUR", "GOV", "GRC", "GOV", "actual", "ont enterré la hache de guerre", True)]),
        ("d1", "Le Japon a rappelé son ambassadeur en Chine \u2014 les deux pays se disputent les îles depuis longtemps \u2014 et exigé des excuses.",
         [("SANCTION", "161", "JPN", "GOV", "CHN", "GOV", "actual", "a rappelé son ambassadeur en Chine", True),
          ("REQUEST", "10", "JPN", "GOV", "CHN", "GOV", "actual", "exigé des excuses", True)]),
        ("d2", "La Pologne a expulsé un diplomate biélorusse \u2014 les relations sont tendues depuis des années \u2014 et accusé Minsk d'espionnage.",
         [("SANCTION", "166", "POL", "GOV", "BLR", "GOV", "actual", "a expulsé un diplomate biélorusse", True),
          ("ACCUSE", "112", "POL", "GOV", "BLR", "GOV", "actual", "accusé Minsk d'espionnage", True)]),
        ("e1", "Des frappes ont été menées par Israël contre la Syrie dimanche.",
         [("ASSAULT", "195", "ISR", "MIL", "SYR", None, "actual", "Des frappes ont été menées par Israël contre la Syrie", True)]),
        ("e2", "La Russie a annoncé le retrait de ses troupes d'Arménie.",
         [("CONCEDE", "0874", "RUS", "GOV", "ARM", "GOV", "intended", "a annoncé le retrait de ses troupes d'Arménie", True)]),
    ],
    ("2", "en"): [
        ("a1", "The Nigerian army announced the capture of three Cameroonian separatists.",
         [("COERCE", "173", "NGA", "MIL", "CMR", "REB", "actual", "announced the capture of three Cameroonian separatists", True)]),
        ("a2", "Lithuania announced that it had expelled a Russian diplomat.",
         [("SANCTION", "166", "LTU", "GOV", "RUS", "GOV", "actual", "had expelled a Russian diplomat", True)]),
        ("a3", "Vietnam announced that its prime minister had met Laotian leaders in Hanoi.",
         [("CONSULT", "040", "VNM", "GOV", "LAO", "GOV", "actual", "had met Laotian leaders in Hanoi", True)]),
        ("a4", "Hungary announced it will meet Serbian officials next week.",
         [("AGREE", "036", "HUN", "GOV", "SRB", "GOV", "intended", "announced it will meet Serbian officials next week", True)]),
        ("b1", "Burundi deployed soldiers to Congo at the request of Kinshasa.",
         [("AID", "074", "BDI", "GOV", "COD", "GOV", "actual", "deployed soldiers to Congo", True),
          ("MOBILIZE", "154", "BDI", "MIL", None, None, "actual", "deployed soldiers to Congo", False),
          ("REQUEST", "1034", "COD", "GOV", "BDI", "GOV", "actual", "at the request of Kinshasa", False)]),
        ("b2", "A study commissioned at the request of Ottawa criticised India over the killing.",
         [("ACCUSE", "112", None, None, "IND", "GOV", "actual", "criticised India over the killing", False)]),
        ("b3", "Senegalese troops were sent to Gambia at the request of Banjul.",
         [("AID", "074", "SEN", "MIL", "GMB", "GOV", "actual", "were sent to Gambia", True),
          ("MOBILIZE", "154", "SEN", "MIL", None, None, "actual", "were sent to Gambia", False),
          ("REQUEST", "1034", "GMB", "GOV", "SEN", "MIL", "actual", "at the request of Banjul", False)]),
        ("c1", "Eritrea and Ethiopia buried the hatchet in 2025 after two decades of hostility.",
         [("SUPPORT", "050", "ERI", "GOV", "ETH", "GOV", "actual", "buried the hatchet", True)]),
        ("d1", "Morocco summoned the Spanish ambassador \u2014 the two neighbours have quarrelled over fishing \u2014 and lodged a formal protest.",
         [("CONSULT", "040", "MAR", "GOV", "ESP", "GOV", "actual", "summoned the Spanish ambassador", False),
          ("ACCUSE", "111", "MAR", "GOV", "ESP", "GOV", "actual", "lodged a formal protest", True)]),
        ("d2", "Sweden suspended aid to Mali \u2014 the junta took power in 2021 \u2014 and condemned the expulsion of UN staff.",
         [("SANCTION", "163", "SWE", "GOV", "MLI", "GOV", "actual", "suspended aid to Mali", True),
          ("ACCUSE", "111", "SWE", "GOV", "MLI", "GOV", "actual", "condemned the expulsion of UN staff", True)]),
        ("e1", "Air strikes were carried out by Turkey against Kurdish militants in Iraq.",
         [("ASSAULT", "195", "TUR", "MIL", "IRQ", "REB", "actual", "Air strikes were carried out by Turkey against Kurdish militants", True)]),
        ("e2", "France announced the withdrawal of its soldiers from Chad.",
         [("CONCEDE", "0874", "FRA", "GOV", "TCD", "GOV", "intended", "announced the withdrawal of its soldiers from Chad", True)]),
    ],
    ("2", "fr"): [
        ("a1", "L'armée nigériane a annoncé la capture de trois séparatistes camerounais.",
         [("COERCE", "173", "NGA", "MIL", "CMR", "REB", "actual", "a annoncé la capture de trois séparatistes camerounais", True)]),
        ("a2", "La Lituanie a annoncé qu'elle avait expulsé un diplomate russe.",
         [("SANCTION", "166", "LTU", "GOV", "RUS", "GOV", "actual", "avait expulsé un diplomate russe", True)]),
        ("a3", "Le Vietnam a annoncé que son Premier ministre avait rencontré des dirigeants laotiens à Hanoï.",
         [("CONSULT", "040", "VNM", "GOV", "LAO", "GOV", "actual", "avait rencontré des dirigeants laotiens à Hanoï", True)]),
        ("a4", "La Hongrie a annoncé qu'elle rencontrera des responsables serbes la semaine prochaine.",
         [("AGREE", "036", "HUN", "GOV", "SRB", "GOV", "intended", "rencontrera des responsables serbes la semaine prochaine", True)]),
        ("b1", "Le Burundi a déployé des soldats au Congo à la demande de Kinshasa.",
         [("AID", "074", "BDI", "GOV", "COD", "GOV", "actual", "a déployé des soldats au Congo", True),
          ("MOBILIZE", "154", "BDI", "MIL", None, None, "actual", "a déployé des soldats au Congo", False),
          ("REQUEST", "1034", "COD", "GOV", "BDI", "GOV", "actual", "à la demande de Kinshasa", False)]),
        ("b2", "Une étude réalisée à la demande d'Ottawa critique l'Inde pour ce meurtre.",
         [("ACCUSE", "112", None, None, "IND", "GOV", "actual", "critique l'Inde pour ce meurtre", False)]),
        ("b3", "Des troupes sénégalaises ont été envoyées en Gambie à la demande de Banjul.",
         [("AID", "074", "SEN", "MIL", "GMB", "GOV", "actual", "ont été envoyées en Gambie", True),
          ("MOBILIZE", "154", "SEN", "MIL", None, None, "actual", "ont été envoyées en Gambie", False),
          ("REQUEST", "1034", "GMB", "GOV", "SEN", "MIL", "actual", "à la demande de Banjul", False)]),
        ("c1", "L'Érythrée et l'Éthiopie ont enterré la hache de guerre en 2025 après deux décennies d'hostilité.",
         [("SUPPORT", "050", "ERI", "GOV", "ETH", "GOV", "actual", "ont enterré la hache de guerre", True)]),
        ("d1", "Le Maroc a convoqué l'ambassadeur d'Espagne \u2014 les deux voisins se querellent sur la pêche \u2014 et élevé une protestation officielle.",
         [("CONSULT", "040", "MAR", "GOV", "ESP", "GOV", "actual", "a convoqué l'ambassadeur d'Espagne", False),
          ("ACCUSE", "111", "MAR", "GOV", "ESP", "GOV", "actual", "élevé une protestation officielle", True)]),
        ("d2", "La Suède a suspendu son aide au Mali \u2014 la junte a pris le pouvoir en 2021 \u2014 et condamné l'expulsion du personnel de l'ONU.",
         [("SANCTION", "163", "SWE", "GOV", "MLI", "GOV", "actual", "a suspendu son aide au Mali", True),
          ("ACCUSE", "111", "SWE", "GOV", "MLI", "GOV", "actual", "condamné l'expulsion du personnel de l'ONU", True)]),
        ("e1", "Des frappes aériennes ont été menées par la Turquie contre des militants kurdes en Irak.",
         [("ASSAULT", "195", "TUR", "MIL", "IRQ", "REB", "actual", "Des frappes aériennes ont été menées par la Turquie contre des militants kurdes", True)]),
        ("e2", "La France a annoncé le retrait de ses soldats du Tchad.",
         [("CONCEDE", "0874", "FRA", "GOV", "TCD", "GOV", "intended", "a annoncé le retrait de ses soldats du Tchad", True)]),
    ],
}


def main() -> None:
    write_row_sets("leads24", SETS, HERE, PUBLISHED)


if __name__ == "__main__":
    main()
