"""Writes the probe sets leads25-{1,2}.{fr,en}.jsonl (helper leads25).

Eight construction classes earlier sessions saw go wrong, each about other countries in
every item and in both sets (item ids end with the class letter):
(a) a meeting noun whose parties come in "entre X et Y" / "between X and Y" hung on a
place ("une rencontre à Rabat entre ...", "talks in Doha between ..."): CONSULT between
the two parties, the place is the location;
(b) "a accordé une audience à X" / "granted an audience to X", "X was joined by Y"
(meetings, CONSULT 042);
(c) "summoned the envoy over remarks by a <nationality> minister": the summoning state is
the source (ACCUSE 111), the remarks' author's state the target;
(d) a trigger that needs its negation to mean the act: "n'a pas donné suite à la
demande", "did not heed the call", "ignored the appeal" (REJECT), "ne veut pas entendre
parler de pourparlers" (REJECT 125, not an intent to negotiate);
(e) "a appelé X au calme / à la retenue" is an appeal (REQUEST), "a appelé X" alone or
"s'est entretenu au téléphone avec X" a phone call (CONSULT); English "appealed to X for
calm" / "called X";
(f) a passive in the compound past "a été" + participle + "par X" / "has been ... by X":
the agent is the source;
(g) coordinated addressees of a request ("a demandé au Soudan et au Tchad de ...",
"asked Sudan and Chad to"): one event per addressee (GUIDELINES, lists and groups);
(h) "announced the withdrawal of its troops from Y" / "a annoncé le retrait de ses
troupes du Y": CONCEDE intended, the country left is the target.
Set 1 is tuned on, set 2 never. Run from the repository root:
``python tests/data/probes/leads25_make.py``.
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
        ("a1", "Talks in Doha between Sudanese and Chadian officials ended on Monday.",
         [("CONSULT", "040", "SDN", "GOV", "TCD", "GOV", "actual", "Talks in Doha between Sudanese and Chadian officials", True)]),
        ("a2", "A meeting in Geneva between the Armenian and Azerbaijani foreign ministers took place on Tuesday.",
         [("CONSULT", "040", "ARM", "GOV", "AZE", "GOV", "actual", "A meeting in Geneva between the Armenian and Azerbaijani foreign ministers", True)]),
        ("b1", "King Abdullah granted an audience to the Iraqi prime minister in Amman on Sunday.",
         [("CONSULT", "042", "IRQ", "GOV", "JOR", "GOV", "actual", "granted an audience to the Iraqi prime minister", True)]),
        ("b2", "In Accra, the Ghanaian president was joined by his Togolese counterpart for a working session on Monday.",
         [("CONSULT", "040", "TGO", "GOV", "GHA", "GOV", "actual", "was joined by his Togolese counterpart", True)]),
        ("c1", "Somalia summoned the Kenyan ambassador over remarks by a Kenyan minister.",
         [("ACCUSE", "111", "SOM", "GOV", "KEN", "GOV", "actual", "summoned the Kenyan ambassador", True)]),
        ("c2", "Poland summoned Hungary's envoy on Friday over comments by a Hungarian deputy minister.",
         [("ACCUSE", "111", "POL", "GOV", "HUN", "GOV", "actual", "summoned Hungary's envoy", True)]),
        ("d1", "Serbia did not heed the call of the European Union to recognise Kosovo.",
         [("REJECT", "120", "SRB", "GOV", "EUR", "IGO", "actual", "did not heed the call of the European Union", True)]),
        ("d2", "Israel ignored an appeal by Egypt to halt the offensive.",
         [("REJECT", "120", "ISR", "GOV", "EGY", "GOV", "actual", "ignored an appeal by Egypt", True)]),
        ("e1", "The Nigerian president called his Nigerien counterpart on Wednesday.",
         [("CONSULT", "041", "NGA", "GOV", "NER", "GOV", "actual", "called his Nigerien counterpart", True)]),
        ("e2", "The Chadian president appealed to Sudan's generals for calm.",
         [("REQUEST", "10", "TCD", "GOV", "SDN", "MIL", "actual", "appealed to Sudan's generals for calm", True)]),
        ("f1", "The Ethiopian proposal has been rejected by Egypt.",
         [("REJECT", "120", "EGY", "GOV", "ETH", "GOV", "actual", "has been rejected by Egypt", True)]),
        ("f2", "A Burkinabe journalist has been arrested by Ivorian police.",
         [("COERCE", "173", "CIV", "COP", "BFA", "JRN", "actual", "has been arrested by Ivorian police", True)]),
        ("g1", "The African Union asked Sudan and South Sudan to reopen the border.",
         [("REQUEST", "10", "IGO", "IGO", "SDN", "GOV", "actual", "asked Sudan and South Sudan to reopen the border", True),
          ("REQUEST", "10", "IGO", "IGO", "SSD", "GOV", "actual", "asked Sudan and South Sudan to reopen the border", True)]),
        ("h1", "Russia announced the withdrawal of its troops from Armenia.",
         [("CONCEDE", "0874", "RUS", "GOV", "ARM", "GOV", "intended", "announced the withdrawal of its troops from Armenia", True)]),
        ("h2", "France announced the withdrawal of its soldiers from Chad on Thursday.",
         [("CONCEDE", "0874", "FRA", "GOV", "TCD", "GOV", "intended", "announced the withdrawal of its soldiers from Chad", True)]),
    ],
    ("1", "fr"): [
        ("a1", "Une rencontre à Rabat entre le ministre algérien et son homologue mauritanien a eu lieu lundi.",
         [("CONSULT", "040", "DZA", "GOV", "MRT", "GOV", "actual", "Une rencontre à Rabat entre le ministre algérien et son homologue mauritanien", True)]),
        ("a2", "Des pourparlers à Genève entre les délégations arménienne et azerbaïdjanaise se sont achevés mardi.",
         [("CONSULT", "040", "ARM", "GOV", "AZE", "GOV", "actual", "Des pourparlers à Genève entre les délégations arménienne et azerbaïdjanaise", True)]),
        ("b1", "Le roi du Maroc a accordé une audience au président sénégalais dimanche à Rabat.",
         [("CONSULT", "042", "SEN", "GOV", "MAR", "GOV", "actual", "a accordé une audience au président sénégalais", True)]),
        ("b2", "Le président ivoirien a accordé mardi une audience au ministre ghanéen des Affaires étrangères.",
         [("CONSULT", "042", "GHA", "GOV", "CIV", "GOV", "actual", "a accordé mardi une audience au ministre ghanéen", True)]),
        ("c1", "La Somalie a convoqué l'ambassadeur kényan après des propos d'un ministre kényan.",
         [("ACCUSE", "111", "SOM", "GOV", "KEN", "GOV", "actual", "a convoqué l'ambassadeur kényan", True)]),
        ("c2", "La Pologne a convoqué vendredi l'ambassadeur de Hongrie au sujet des déclarations d'un vice-ministre hongrois.",
         [("ACCUSE", "111", "POL", "GOV", "HUN", "GOV", "actual", "a convoqué vendredi l'ambassadeur de Hongrie", True)]),
        ("d1", "Le Mali n'a pas donné suite à la demande de l'Algérie.",
         [("REJECT", "120", "MLI", "GOV", "DZA", "GOV", "actual", "n'a pas donné suite à la demande de l'Algérie", True)]),
        ("d2", "Kiev ne veut pas entendre parler de pourparlers avec Moscou.",
         [("REJECT", "125", "UKR", "GOV", "RUS", "GOV", "actual", "ne veut pas entendre parler de pourparlers avec Moscou", True)]),
        ("e1", "Le président tchadien a appelé les généraux soudanais au calme.",
         [("REQUEST", "10", "TCD", "GOV", "SDN", "MIL", "actual", "a appelé les généraux soudanais au calme", True)]),
        ("e2", "Le président nigérian a appelé mercredi son homologue nigérien.",
         [("CONSULT", "041", "NGA", "GOV", "NER", "GOV", "actual", "a appelé mercredi son homologue nigérien", True)]),
        ("f1", "La proposition éthiopienne a été rejetée par l'Égypte.",
         [("REJECT", "120", "EGY", "GOV", "ETH", "GOV", "actual", "a été rejetée par l'Égypte", True)]),
        ("f2", "Un journaliste burkinabè a été arrêté par la police ivoirienne.",
         [("COERCE", "173", "CIV", "COP", "BFA", "JRN", "actual", "a été arrêté par la police ivoirienne", True)]),
        ("g1", "L'Union africaine a demandé au Soudan et au Soudan du Sud de rouvrir la frontière.",
         [("REQUEST", "10", "IGO", "IGO", "SDN", "GOV", "actual", "a demandé au Soudan et au Soudan du Sud", True),
          ("REQUEST", "10", "IGO", "IGO", "SSD", "GOV", "actual", "a demandé au Soudan et au Soudan du Sud", True)]),
        ("h1", "La France a annoncé le retrait de ses troupes du Tchad.",
         [("CONCEDE", "0874", "FRA", "GOV", "TCD", "GOV", "intended", "a annoncé le retrait de ses troupes du Tchad", True)]),
        ("h2", "La Russie a annoncé jeudi le retrait de ses soldats d'Arménie.",
         [("CONCEDE", "0874", "RUS", "GOV", "ARM", "GOV", "intended", "a annoncé jeudi le retrait de ses soldats d'Arménie", True)]),
    ],
    ("2", "en"): [
        ("a1", "Negotiations in Cairo between Israeli and Hamas delegations resumed on Sunday.",
         [("CONSULT", "040", "ISR", "GOV", "PSE", "REB", "actual", "Negotiations in Cairo between Israeli and Hamas delegations", True)]),
        ("a2", "A meeting in Addis Ababa between the Somali and Kenyan presidents was held on Friday.",
         [("CONSULT", "040", "SOM", "GOV", "KEN", "GOV", "actual", "A meeting in Addis Ababa between the Somali and Kenyan presidents", True)]),
        ("b1", "The Pope granted an audience to the Argentine president at the Vatican.",
         [("CONSULT", "042", "ARG", "GOV", "VAT", "REL", "actual", "granted an audience to the Argentine president", True)]),
        ("b2", "In Nairobi, the Kenyan president was joined by his Ugandan counterpart for talks on trade.",
         [("CONSULT", "040", "UGA", "GOV", "KEN", "GOV", "actual", "was joined by his Ugandan counterpart", True)]),
        ("c1", "Morocco summoned the Algerian ambassador over statements by an Algerian minister.",
         [("ACCUSE", "111", "MAR", "GOV", "DZA", "GOV", "actual", "summoned the Algerian ambassador", True)]),
        ("c2", "Lithuania summoned the Belarusian charge d'affaires over remarks by a Belarusian official.",
         [("ACCUSE", "111", "LTU", "GOV", "BLR", "GOV", "actual", "summoned the Belarusian charge d'affaires", True)]),
        ("d1", "Venezuela did not heed the call of Brazil to publish the election results.",
         [("REJECT", "120", "VEN", "GOV", "BRA", "GOV", "actual", "did not heed the call of Brazil", True)]),
        ("d2", "The junta ignored an appeal by ECOWAS to release the president.",
         [("REJECT", "120", None, "MIL", "IGO", "IGO", "actual", "ignored an appeal by ECOWAS", True)]),
        ("e1", "The Kenyan president called his Tanzanian counterpart on Thursday.",
         [("CONSULT", "041", "KEN", "GOV", "TZA", "GOV", "actual", "called his Tanzanian counterpart", True)]),
        ("e2", "The Egyptian president appealed to Libya's rival factions for restraint.",
         [("REQUEST", "10", "EGY", "GOV", "LBY", None, "actual", "appealed to Libya's rival factions for restraint", True)]),
        ("f1", "The Serbian plan has been rejected by Croatia.",
         [("REJECT", "120", "HRV", "GOV", "SRB", "GOV", "actual", "has been rejected by Croatia", True)]),
        ("f2", "A Tunisian activist has been detained by Libyan police.",
         [("COERCE", "173", "LBY", "COP", "TUN", "CVL", "actual", "has been detained by Libyan police", True)]),
        ("g1", "The United Nations urged Ethiopia and Eritrea to withdraw their troops.",
         [("REQUEST", "10", "UNO", "IGO", "ETH", "GOV", "actual", "urged Ethiopia and Eritrea", True),
          ("REQUEST", "10", "UNO", "IGO", "ERI", "GOV", "actual", "urged Ethiopia and Eritrea", True)]),
        ("h1", "Rwanda announced the withdrawal of its troops from Mozambique.",
         [("CONCEDE", "0874", "RWA", "GOV", "MOZ", "GOV", "intended", "announced the withdrawal of its troops from Mozambique", True)]),
    ],
    ("2", "fr"): [
        ("a1", "Une réunion à Addis-Abeba entre les présidents somalien et kényan s'est tenue vendredi.",
         [("CONSULT", "040", "SOM", "GOV", "KEN", "GOV", "actual", "Une réunion à Addis-Abeba entre les présidents somalien et kényan", True)]),
        ("a2", "Des négociations au Caire entre les délégations israélienne et palestinienne ont repris dimanche.",
         [("CONSULT", "040", "ISR", "GOV", "PSE", "GOV", "actual", "Des négociations au Caire entre les délégations israélienne et palestinienne", True)]),
        ("b1", "Le pape a accordé une audience au président argentin au Vatican.",
         [("CONSULT", "042", "ARG", "GOV", "VAT", "REL", "actual", "a accordé une audience au président argentin", True)]),
        ("b2", "Le roi de Jordanie a accordé lundi une audience au Premier ministre irakien.",
         [("CONSULT", "042", "IRQ", "GOV", "JOR", "GOV", "actual", "a accordé lundi une audience au Premier ministre irakien", True)]),
        ("c1", "Le Maroc a convoqué l'ambassadeur algérien après des déclarations d'un ministre algérien.",
         [("ACCUSE", "111", "MAR", "GOV", "DZA", "GOV", "actual", "a convoqué l'ambassadeur algérien", True)]),
        ("c2", "La Lituanie a convoqué le chargé d'affaires bélarusse au sujet des propos d'un responsable bélarusse.",
         [("ACCUSE", "111", "LTU", "GOV", "BLR", "GOV", "actual", "a convoqué le chargé d'affaires bélarusse", True)]),
        ("d1", "Le Venezuela n'a pas donné suite à la demande du Brésil.",
         [("REJECT", "120", "VEN", "GOV", "BRA", "GOV", "actual", "n'a pas donné suite à la demande du Brésil", True)]),
        ("d2", "Le gouvernement soudanais ne veut pas entendre parler de négociations avec le Tchad.",
         [("REJECT", "125", "SDN", "GOV", "TCD", "GOV", "actual", "ne veut pas entendre parler de négociations avec le Tchad", True)]),
        ("e1", "Le président égyptien a appelé les factions libyennes à la retenue.",
         [("REQUEST", "10", "EGY", "GOV", "LBY", None, "actual", "a appelé les factions libyennes à la retenue", True)]),
        ("e2", "Le président kényan a appelé jeudi son homologue tanzanien.",
         [("CONSULT", "041", "KEN", "GOV", "TZA", "GOV", "actual", "a appelé jeudi son homologue tanzanien", True)]),
        ("f1", "Le plan serbe a été rejeté par la Croatie.",
         [("REJECT", "120", "HRV", "GOV", "SRB", "GOV", "actual", "a été rejeté par la Croatie", True)]),
        ("f2", "Un militant tunisien a été interpellé par la police libyenne.",
         [("COERCE", "173", "LBY", "COP", "TUN", "CVL", "actual", "a été interpellé par la police libyenne", True)]),
        ("g1", "Les Nations unies ont demandé à l'Éthiopie et à l'Érythrée de retirer leurs troupes.",
         [("REQUEST", "10", "UNO", "IGO", "ETH", "GOV", "actual", "ont demandé à l'Éthiopie et à l'Érythrée", True),
          ("REQUEST", "10", "UNO", "IGO", "ERI", "GOV", "actual", "ont demandé à l'Éthiopie et à l'Érythrée", True)]),
        ("h1", "Le Rwanda a annoncé le retrait de ses troupes du Mozambique.",
         [("CONCEDE", "0874", "RWA", "GOV", "MOZ", "GOV", "intended", "a annoncé le retrait de ses troupes du Mozambique", True)]),
    ],
}


def main() -> None:
    write_row_sets("leads25", SETS, HERE, PUBLISHED)


if __name__ == "__main__":
    main()
