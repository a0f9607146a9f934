"""Generator of the lexgap26fr probe sets (helper lexgap26fr, wave 26): French political verbs
with no trigger entry (denials of another's accusations, contesting a result or a claim,
insults, persecution, endorsement, alliances, subsidies), and their ordinary senses that must
code nothing. Set 1 was tuned on; set 2 (other verbs of the same families, other countries)
never. Run: python3 tests/data/probes/lexgap26fr_make.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent


def ev(kind, cameo, src, tgt, evidence):
    return gold_event(kind, cameo, party(*src), party(*tgt), evidence)


SET1 = [
    ("a1", "Le ministère russe des Affaires étrangères a démenti mardi les accusations de l'Ukraine.", [ev("REJECT", "120", ("RUS", "GOV"), ("UKR", "GOV"), "a démenti mardi les accusations")]),
    ("a2", "Le gouvernement rwandais a réfuté mardi les allégations de la RDC.", [ev("REJECT", "120", ("RWA", "GOV"), ("COD", "GOV"), "a réfuté mardi les allégations")]),
    ("a3", "Pékin a nié mardi les accusations de Manille.", [ev("REJECT", "120", ("CHN", "GOV"), ("PHL", "GOV"), "a nié mardi les accusations")]),
    ("a4", "Le Premier ministre éthiopien a contesté mardi les accusations de l'Égypte.", [ev("REJECT", "120", ("ETH", "GOV"), ("EGY", "GOV"), "a contesté mardi les accusations")]),
    ("a5", "Le président serbe a démenti mardi les accusations du Kosovo.", [ev("REJECT", "120", ("SRB", "GOV"), ("XKX", "GOV"), "a démenti mardi les accusations")]),
    ("b1", "L'opposition vénézuélienne a contesté mardi la réélection du président Nicolas Maduro.", [ev("REJECT", "120", ("VEN", "OPP"), ("VEN", "GOV"), "a contesté mardi la réélection")]),
    ("b2", "Le Guyana a contesté mardi les revendications territoriales du Venezuela.", [ev("REJECT", "120", ("GUY", "GOV"), ("VEN", "GOV"), "a contesté mardi les revendications territoriales")]),
    ("c1", "Le président turc a insulté mardi le président français.", [ev("ACCUSE", "111", ("TUR", "GOV"), ("FRA", "GOV"), "a insulté mardi le président français")]),
    ("c2", "Le Premier ministre malien a calomnié mardi le président ivoirien.", [ev("ACCUSE", "111", ("MLI", "GOV"), ("CIV", "GOV"), "a calomnié mardi le président ivoirien")]),
    ("c3", "Le ministre iranien des Affaires étrangères a diffamé mardi le gouvernement saoudien.", [ev("ACCUSE", "111", ("IRN", "GOV"), ("SAU", "GOV"), "a diffamé mardi le gouvernement saoudien")]),
    ("d1", "Le gouvernement nicaraguayen persécute des prêtres catholiques.", [ev("COERCE", "170", ("NIC", "GOV"), ("NIC", "REL"), "persécute des prêtres catholiques")]),
    ("d2", "La junte birmane opprime les opposants depuis le coup d'Etat.", [ev("COERCE", "170", ("MMR", "MIL"), ("MMR", "OPP"), "opprime les opposants")]),
    ("e1", "Le Conseil de sécurité a avalisé mardi le plan de paix de la Norvège.", [ev("SUPPORT", "051", (None, "UNO"), ("NOR", "GOV"), "a avalisé mardi le plan de paix")]),
    ("e2", "Le Sénégal a cautionné mardi la proposition du Nigeria.", [ev("SUPPORT", "051", ("SEN", "GOV"), ("NGA", "GOV"), "a cautionné mardi la proposition")]),
    ("f1", "Le Niger a pactisé avec la Russie contre les jihadistes.", [ev("COOPERATE", "060", ("NER", "GOV"), ("RUS", "GOV"), "a pactisé avec la Russie")]),
    ("f2", "Le Tchad s'est allié au Soudan contre les rebelles.", [ev("COOPERATE", "060", ("TCD", "GOV"), ("SDN", "GOV"), "s'est allié au Soudan")]),
    ("g1", "Le Japon a subventionné la reconstruction du port de Beira au Mozambique.", [ev("AID", "071", ("JPN", "GOV"), ("MOZ", None), "a subventionné la reconstruction")]),
    ("n1", "L'attaquant camerounais a contesté le penalty accordé à l'équipe adverse.", []),
    ("n2", "Le club a démenti une rumeur de transfert de son attaquant sénégalais.", []),
    ("n3", "Le ministre marocain a démenti toute implication dans le scandale.", []),
    ("n4", "Un supporter algérien a insulté l'arbitre pendant le match.", []),
    ("n5", "Le gouvernement français subventionne les agriculteurs depuis des années.", []),
    ("n6", "Une banque kényane a cautionné le prêt de l'entreprise.", []),
]

SET2 = [
    ("a1", "Téhéran a démenti mercredi les accusations de Washington.", [ev("REJECT", "120", ("IRN", "GOV"), ("USA", "GOV"), "a démenti mercredi les accusations")]),
    ("a2", "Islamabad a réfuté mercredi les affirmations de New Delhi.", [ev("REJECT", "120", ("PAK", "GOV"), ("IND", "GOV"), "a réfuté mercredi les affirmations")]),
    ("a3", "Caracas a nié mercredi les allégations de la Colombie.", [ev("REJECT", "120", ("VEN", "GOV"), ("COL", "GOV"), "a nié mercredi les allégations")]),
    ("a4", "Le gouvernement soudanais a contesté mercredi les accusations du Tchad.", [ev("REJECT", "120", ("SDN", "GOV"), ("TCD", "GOV"), "a contesté mercredi les accusations")]),
    ("a5", "Le ministère chinois des Affaires étrangères a démenti mercredi les informations du Japon.", [ev("REJECT", "120", ("CHN", "GOV"), ("JPN", "GOV"), "a démenti mercredi les informations")]),
    ("b1", "L'opposition géorgienne a contesté mercredi la victoire du parti au pouvoir.", [ev("REJECT", "120", ("GEO", "OPP"), ("GEO", None), "a contesté mercredi la victoire")]),
    ("b2", "Le Cambodge a contesté mercredi la souveraineté de la Thaïlande sur le temple.", [ev("REJECT", "120", ("KHM", "GOV"), ("THA", "GOV"), "a contesté mercredi la souveraineté")]),
    ("c1", "Le président colombien a insulté mercredi le président argentin.", [ev("ACCUSE", "111", ("COL", "GOV"), ("ARG", "GOV"), "a insulté mercredi le président argentin")]),
    ("c2", "Le ministre vénézuélien de la Défense a calomnié mercredi le gouvernement guyanien.", [ev("ACCUSE", "111", ("VEN", "GOV"), ("GUY", "GOV"), "a calomnié mercredi le gouvernement guyanien")]),
    ("c3", "Le Premier ministre hongrois a outragé mercredi le président ukrainien.", [ev("ACCUSE", "111", ("HUN", "GOV"), ("UKR", "GOV"), "a outragé mercredi le président ukrainien")]),
    ("d1", "Le régime biélorusse persécute les journalistes indépendants.", [ev("COERCE", "170", ("BLR", "GOV"), ("BLR", "MED"), "persécute les journalistes indépendants")]),
    ("d2", "Les talibans oppriment les femmes afghanes depuis leur retour au pouvoir.", [ev("COERCE", "170", ("AFG", None), ("AFG", None), "oppriment les femmes afghanes")]),
    ("e1", "La Russie a avalisé mercredi la candidature de l'Iran.", [ev("SUPPORT", "051", ("RUS", "GOV"), ("IRN", "GOV"), "a avalisé mercredi la candidature")]),
    ("e2", "Le Ghana a cautionné mercredi l'initiative du Togo.", [ev("SUPPORT", "051", ("GHA", "GOV"), ("TGO", "GOV"), "a cautionné mercredi l'initiative")]),
    ("f1", "Le Burkina Faso a pactisé avec la Turquie contre les groupes armés.", [ev("COOPERATE", "060", ("BFA", "GOV"), ("TUR", "GOV"), "a pactisé avec la Turquie")]),
    ("f2", "Le Mali s'est allié à la Russie contre les rebelles.", [ev("COOPERATE", "060", ("MLI", "GOV"), ("RUS", "GOV"), "s'est allié à la Russie")]),
    ("g1", "L'Allemagne a subventionné la reconstruction des écoles de Kharkiv en Ukraine.", [ev("AID", "071", ("DEU", "GOV"), ("UKR", None), "a subventionné la reconstruction")]),
    ("n1", "Le défenseur ghanéen a contesté le carton rouge reçu en fin de match.", []),
    ("n2", "Le footballeur ivoirien a démenti une rumeur de transfert au Real Madrid.", []),
    ("n3", "Le ministre tunisien a nié toute implication dans l'affaire.", []),
    ("n4", "L'entraîneur brésilien a insulté l'arbitre après la défaite.", []),
    ("n5", "L'Etat belge subventionne les transports publics.", []),
    ("n6", "Le syndicat a contesté le licenciement de trois employés.", []),
]


def write(name, items):
    write_jsonl(HERE / f"{name}.fr.jsonl",
                (gold_article(f"{name}-fr-{key}", "fr", text, "2025-06-11", events) for key, text, events in items))


if __name__ == "__main__":
    write("lexgap26fr-1", SET1)
    write("lexgap26fr-2", SET2)
