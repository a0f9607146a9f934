"""Probe sets of orgs30: organisations, parties, movements, unions and agencies the knowledge
does not hold, named in the text as subjects or objects of an event: (a) a name opening or
ending on an institution's head word ('the Coalition for Change', "l'Union des forces de
progrès", 'the Directorate of Criminal Investigations', 'la Direction générale des douanes');
(b) a name apposed to a role noun ('the opposition party ActionSA', 'le collectif citoyen
Wuri'); each with its country given by a demonym, a genitive, a city of the sentence or the
other party; (c) negatives: capitalised phrases that are no actor (a law, a tournament, a
festival, a newspaper's headline) or whose head word is another noun's modifier. -1 is tuned
on, -2 never. Run: python3 tests/data/probes/orgs30_make.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent


def ev(etype, cameo, src, tgt, evidence, mode=None):
    return gold_event(etype, cameo, party(*src), party(*tgt) if tgt else None, evidence, mode=mode)


# (text, events) where each event is (type, cameo, (src country, sector), (tgt country, sector), evidence)
SETS = {
    ("1", "en"): [
        ("The opposition party ActionSA accused the police of brutality in Johannesburg on Tuesday.",
         [("ACCUSE", "112", ("ZAF", "PTY"), ("ZAF", "COP"), "accused the police of brutality")]),
        ("Bolivia's Movement for Socialist Renewal accused the Peruvian government of interference.",
         [("ACCUSE", "112", ("BOL", "PTY"), ("PER", "GOV"), "accused the Peruvian government")]),
        ("The Kenyan rights group Haki Centre condemned the Ugandan army on Monday.",
         [("ACCUSE", "111", ("KEN", "NGO"), ("UGA", "MIL"), "condemned the Ugandan army")]),
        ("The Directorate of Criminal Investigations arrested two Ugandan journalists in Nairobi on Monday.",
         [("COERCE", "173", ("KEN", "GOV"), ("UGA", "JRN"), "arrested two Ugandan journalists")]),
        ("The Senegalese Directorate of Fisheries seized a Spanish trawler on Friday.",
         [("COERCE", "171", ("SEN", "GOV"), ("ESP", None), "seized a Spanish trawler")]),
        ("The Malian Coalition for the Republic called on France to release the detained soldiers.",
         [("REQUEST", "100", ("MLI", "PTY"), ("FRA", "GOV"), "called on France to release")]),
        ("The Ghanaian union Teachers Alliance rejected a proposal of the Chinese embassy.",
         [("REJECT", "120", ("GHA", "LAB"), ("CHN", "GOV"), "rejected a proposal of the Chinese embassy")]),
        ("The Tunisian General Labour Federation met the Italian ambassador in Tunis on Wednesday.",
         [("CONSULT", "040", ("TUN", "LAB"), ("ITA", "GOV"), "met the Italian ambassador")]),
        ("Police in Lusaka arrested leaders of the Patriotic Front on Thursday.",
         [("COERCE", "173", ("ZMB", "COP"), ("ZMB", "PTY"), "arrested leaders of the Patriotic Front")]),
        ("The Colombian Movement for Peace praised the Venezuelan government for hosting the talks.",
         [("SUPPORT", "051", ("COL", "PTY"), ("VEN", "GOV"), "praised the Venezuelan government")]),
        ("The Public Order Act bans rallies near the parliament in Kampala.", []),
        ("The Africa Cup of Nations brought thousands of Senegalese fans to Abidjan.", []),
        ("The Freedom Festival welcomed the French ambassador in Accra on Saturday.", []),
    ],
    ("1", "fr"): [
        ("Le parti d'opposition Ensemble pour la République a accusé mardi la police de brutalités à Kinshasa.",
         [("ACCUSE", "112", ("COD", "PTY"), ("COD", "COP"), "a accusé mardi la police")]),
        ("Le Mouvement pour le renouveau socialiste bolivien a accusé le gouvernement péruvien d'ingérence.",
         [("ACCUSE", "112", ("BOL", "PTY"), ("PER", "GOV"), "a accusé le gouvernement péruvien")]),
        ("Le collectif citoyen Wuri a dénoncé lundi les exactions de l'armée camerounaise.",
         [("ACCUSE", "111", ("CMR", "CVL"), ("CMR", "MIL"), "a dénoncé lundi les exactions")]),
        ("Des agents de la Direction générale des douanes ont saisi mardi un camion malien à Dakar.",
         [("COERCE", "171", ("SEN", "GOV"), ("MLI", None), "ont saisi mardi un camion malien")]),
        ("L'Union des forces de progrès a accusé jeudi le gouvernement togolais de fraude.",
         [("ACCUSE", "112", ("TGO", "PTY"), ("TGO", "GOV"), "a accusé jeudi le gouvernement togolais")]),
        ("Le Syndicat national des enseignants du Niger a rencontré mercredi l'ambassadeur de France.",
         [("CONSULT", "040", ("NER", "LAB"), ("FRA", "GOV"), "a rencontré mercredi l'ambassadeur de France")]),
        ("La Coalition marocaine pour la justice a demandé à l'Espagne de libérer les migrants détenus.",
         [("REQUEST", "100", ("MAR", "PTY"), ("ESP", "GOV"), "a demandé à l'Espagne de libérer")]),
        ("La police de Conakry a arrêté vendredi trois responsables du Front pour l'alternance démocratique.",
         [("COERCE", "173", ("GIN", "COP"), ("GIN", "PTY"), "a arrêté vendredi trois responsables")]),
        ("L'Agence ivoirienne de régulation des télécommunications a rejeté la demande d'un opérateur français.",
         [("REJECT", "120", ("CIV", "GOV"), ("FRA", "BUS"), "a rejeté la demande d'un opérateur français")]),
        ("Le Rassemblement des démocrates gabonais a salué mardi la médiation du Congo.",
         [("SUPPORT", "051", ("GAB", "PTY"), ("COD", "GOV"), "a salué mardi la médiation du Congo")]),
        ("La loi sur l'ordre public interdit les rassemblements devant le parlement à Bamako.", []),
        ("La Coupe d'Afrique des nations a attiré des milliers de supporters sénégalais à Abidjan.", []),
        ("Le Festival de la liberté a accueilli samedi l'ambassadeur de France à Lomé.", []),
    ],
    ("2", "en"): [
        ("The opposition party Citizens Front accused the police of torture in Harare on Monday.",
         [("ACCUSE", "112", ("ZWE", "PTY"), ("ZWE", "COP"), "accused the police of torture")]),
        ("Chile's Movement for Dignity accused the Argentine government of spying.",
         [("ACCUSE", "112", ("CHL", "PTY"), ("ARG", "GOV"), "accused the Argentine government")]),
        ("The Nigerian rights group Justice Watch condemned the Cameroonian army on Tuesday.",
         [("ACCUSE", "111", ("NGA", "NGO"), ("CMR", "MIL"), "condemned the Cameroonian army")]),
        ("The Directorate of Immigration detained three Ethiopian migrants in Lilongwe on Friday.",
         [("COERCE", "173", ("MWI", "GOV"), ("ETH", None), "detained three Ethiopian migrants")]),
        ("The Mauritanian Coast Guard Agency seized a Chinese fishing boat on Sunday.",
         [("COERCE", "171", ("MRT", "GOV"), ("CHN", None), "seized a Chinese fishing boat")]),
        ("The Guinean Alliance for Democracy called on Senegal to extradite the former minister.",
         [("REQUEST", "100", ("GIN", "PTY"), ("SEN", "GOV"), "called on Senegal to extradite")]),
        ("The Kenyan union Nurses Council rejected an offer of the Cuban embassy.",
         [("REJECT", "120", ("KEN", "LAB"), ("CUB", "GOV"), "rejected an offer of the Cuban embassy")]),
        ("The Moroccan Workers Federation met the Spanish labour minister in Rabat on Thursday.",
         [("CONSULT", "040", ("MAR", "LAB"), ("ESP", "GOV"), "met the Spanish labour minister")]),
        ("Police in Dodoma arrested leaders of the Democratic Union on Tuesday.",
         [("COERCE", "173", ("TZA", "COP"), ("TZA", "PTY"), "arrested leaders of the Democratic Union")]),
        ("The Peruvian Alliance for Progress praised the Ecuadorian government for the prisoner exchange.",
         [("SUPPORT", "051", ("PER", "PTY"), ("ECU", "GOV"), "praised the Ecuadorian government")]),
        ("The Cybercrimes Act bans insults against the president in Nairobi.", []),
        ("The Unity Games brought thousands of Ghanaian athletes to Lagos.", []),
    ],
    ("2", "fr"): [
        ("Le parti d'opposition Alternative citoyenne a accusé lundi la police de tortures à Niamey.",
         [("ACCUSE", "112", ("NER", "PTY"), ("NER", "COP"), "a accusé lundi la police")]),
        ("Le Mouvement pour la dignité chilien a accusé le gouvernement argentin d'espionnage.",
         [("ACCUSE", "112", ("CHL", "PTY"), ("ARG", "GOV"), "a accusé le gouvernement argentin")]),
        ("Le collectif citoyen Tournons la page a dénoncé mardi les exactions de l'armée tchadienne.",
         [("ACCUSE", "111", ("TCD", "CVL"), ("TCD", "MIL"), "a dénoncé mardi les exactions")]),
        ("Des agents de la Direction de la surveillance du territoire ont arrêté jeudi deux journalistes français à Alger.",
         [("COERCE", "173", ("DZA", "GOV"), ("FRA", "JRN"), "ont arrêté jeudi deux journalistes français")]),
        ("L'Union pour la démocratie et le progrès a accusé mercredi le gouvernement burkinabè de répression.",
         [("ACCUSE", "112", ("BFA", "PTY"), ("BFA", "GOV"), "a accusé mercredi le gouvernement burkinabè")]),
        ("Le Syndicat autonome des magistrats du Bénin a rencontré lundi l'ambassadeur des Etats-Unis.",
         [("CONSULT", "040", ("BEN", "LAB"), ("USA", "GOV"), "a rencontré lundi l'ambassadeur des Etats-Unis")]),
        ("La Coalition tunisienne pour la liberté a demandé à l'Italie de libérer les pêcheurs détenus.",
         [("REQUEST", "100", ("TUN", "PTY"), ("ITA", "GOV"), "a demandé à l'Italie de libérer")]),
        ("La police de Bangui a arrêté samedi deux responsables du Front républicain pour le changement.",
         [("COERCE", "173", ("CAF", "COP"), ("CAF", "PTY"), "a arrêté samedi deux responsables")]),
        ("L'Agence béninoise de sécurité maritime a saisi un chalutier nigérian mardi.",
         [("COERCE", "171", ("BEN", "GOV"), ("NGA", None), "a saisi un chalutier nigérian")]),
        ("Le Rassemblement pour le Mali a salué jeudi la médiation de l'Algérie.",
         [("SUPPORT", "051", ("MLI", "PTY"), ("DZA", "GOV"), "a salué jeudi la médiation de l'Algérie")]),
        ("La loi sur la cybercriminalité interdit les insultes contre le chef de l'Etat à Dakar.", []),
        ("Les Jeux de la Francophonie ont attiré des milliers d'athlètes ivoiriens à Kinshasa.", []),
    ],
}

for (n, lang), items in SETS.items():
    write_jsonl(HERE / f"orgs30-{n}.{lang}.jsonl", (
        gold_article(f"orgs30-{n}-{lang}-{i:02d}", lang, text, "2026-05-10",
                     [ev(etype, cameo, src, tgt, evid) for etype, cameo, src, tgt, evid in events])
        for i, (text, events) in enumerate(items, 1)))
