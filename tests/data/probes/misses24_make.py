"""Write the misses24 probe sets: a judgement (ACCUSE 111) or a demand (REQUEST 100) of
a thing, an act or a text whose author the sentence leaves unnamed ("criticised the
plan", "a dénoncé la décision"): PLOVER ACCUSE and REQUEST need no recipient, and the
gold codes them with a null target (GUIDELINES: 221 of the 779 positive ACCUSE events
and 123 of the 718 REQUEST of the tuned news have none). misses24-1 is tuned on,
misses24-2 never. Run: python tests/data/probes/misses24_make.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUB = "2026-05-10"


def ev(kind, src, sector, evidence, name=None, cameo=None, tgt=None, tsector=None, modality="actual"):
    t, c, mode = {"A": ("ACCUSE", "111", "disapprove"), "R": ("REQUEST", "100", None), "J": ("REJECT", "120", None),
                  "P": ("AGREE", "0331", None)}[kind]
    target = None if tgt is None else party(tgt, tsector)
    return gold_event(t, cameo or c, party(src, sector, name), target, evidence, mode=mode, modality=modality)


SETS = {
    ("1", "en"): [
        ("Kenya's Law Society criticised the new finance bill on Tuesday.", [ev("A", "KEN", "CVL", "criticised the new finance bill")]),
        ("Brazil's foreign ministry condemned the attack on the embassy compound.", [ev("A", "BRA", "GOV", "condemned the attack on the embassy compound")]),
        ("Nepal's opposition leader criticized the timing of the fuel price rise.", [ev("A", "NPL", "OPP", "criticized the timing of the fuel price rise")]),
        ("The Chilean government denounced the decision as arbitrary.", [ev("A", "CHL", "GOV", "denounced the decision as arbitrary")]),
        ("Ghana's President John Mahama condemned the unconstitutional change of government in the region.", [ev("A", "GHA", "GOV", "condemned the unconstitutional change of government", name="John Mahama")]),
        ("Pakistan's foreign office criticised the resolution as one-sided.", [ev("A", "PAK", "GOV", "criticised the resolution as one-sided")]),
        ("The Mongolian prime minister criticized the plan on Monday.", [ev("A", "MNG", "GOV", "criticized the plan")]),
        ("Peru's ombudsman criticized the decree, saying it criminalised protest.", [ev("A", "PER", "GOV", "criticized the decree")]),
        ("Senegal's bar association condemned the closure of the newspaper.", [ev("A", "SEN", "CVL", "condemned the closure of the newspaper")]),
        ("Vietnam's foreign ministry denounced the survey as a serious violation of its sovereignty.", [ev("A", "VNM", "GOV", "denounced the survey")]),
    ],
    ("2", "en"): [
        ("Uruguay's foreign minister criticised the agreement on Wednesday.", [ev("A", "URY", "GOV", "criticised the agreement")]),
        ("Malawi's opposition condemned the budget as a betrayal of farmers.", [ev("A", "MWI", "OPP", "condemned the budget")]),
        ("The Indonesian government criticised the new visa rules.", [ev("A", "IDN", "GOV", "criticised the new visa rules")]),
        ("Sri Lanka's foreign ministry condemned the bombing of the mosque.", [ev("A", "LKA", "GOV", "condemned the bombing of the mosque")]),
        ("Georgia's president criticized the law, calling it a step away from Europe.", [ev("A", "GEO", "GOV", "criticized the law")]),
        ("Zambia's main opposition party denounced the tax on mobile money.", [ev("A", "ZMB", "OPP", "denounced the tax on mobile money")]),
        ("Jordan's foreign ministry condemned the storming of the holy site.", [ev("A", "JOR", "GOV", "condemned the storming of the holy site")]),
        ("The Bolivian government criticized the report as biased.", [ev("A", "BOL", "GOV", "criticized the report as biased")]),
        ("Ecuador's president condemned the massacre in the port city on Sunday.", [ev("A", "ECU", "GOV", "condemned the massacre")]),
        ("Thailand's foreign ministry criticised the statement as interference.", [ev("A", "THA", "GOV", "criticised the statement")]),
    ],
    ("1", "fr"): [
        ("Le gouvernement malien a critiqué le nouveau code minier mardi.", [ev("A", "MLI", "GOV", "a critiqué le nouveau code minier")]),
        ("Le ministère tunisien des Affaires étrangères a condamné l'attaque contre le consulat.", [ev("A", "TUN", "GOV", "a condamné l'attaque contre le consulat")]),
        ("L'opposition camerounaise a dénoncé le report des élections législatives.", [ev("A", "CMR", "OPP", "a dénoncé le report des élections")]),
        ("Le président sénégalais a critiqué la décision, la jugeant injuste.", [ev("A", "SEN", "GOV", "a critiqué la décision")]),
        ("Le gouvernement haïtien a condamné le massacre de Pétion-Ville.", [ev("A", "HTI", "GOV", "a condamné le massacre")]),
        ("Le Premier ministre belge a critiqué le projet de budget européen.", [ev("A", "BEL", "GOV", "a critiqué le projet de budget")]),
        ("Les syndicats gabonais ont dénoncé la hausse des prix du carburant.", [ev("A", "GAB", "LAB", "ont dénoncé la hausse des prix")]),
        ("Le ministère marocain des Affaires étrangères a condamné l'incendie de l'ambassade.", [ev("A", "MAR", "GOV", "a condamné l'incendie de l'ambassade")]),
        ("L'opposition togolaise a critiqué la nouvelle Constitution.", [ev("A", "TGO", "OPP", "a critiqué la nouvelle Constitution")]),
        ("Le gouvernement canadien a dénoncé la fermeture de la frontière.", [ev("A", "CAN", "GOV", "a dénoncé la fermeture de la frontière")]),
    ],
    ("2", "fr"): [
        ("Le gouvernement nigérien a critiqué le rapport, le jugeant partial.", [ev("A", "NER", "GOV", "a critiqué le rapport")]),
        ("L'opposition tchadienne a dénoncé la loi sur les partis politiques.", [ev("A", "TCD", "OPP", "a dénoncé la loi sur les partis")]),
        ("Le ministère algérien des Affaires étrangères a condamné l'attentat de Bamako.", [ev("A", "DZA", "GOV", "a condamné l'attentat")]),
        ("Le président ivoirien a critiqué la réforme du franc CFA.", [ev("A", "CIV", "GOV", "a critiqué la réforme")]),
        ("Les évêques congolais ont dénoncé la révision de la Constitution.", [ev("A", "COD", "REL", "ont dénoncé la révision de la Constitution")]),
        ("Le gouvernement libanais a condamné le bombardement du village.", [ev("A", "LBN", "GOV", "a condamné le bombardement du village")]),
        ("Le Premier ministre haïtien a critiqué le plan de transition.", [ev("A", "HTI", "GOV", "a critiqué le plan de transition")]),
        ("Le ministère burkinabè des Affaires étrangères a dénoncé le communiqué, qualifié de partial.", [ev("A", "BFA", "GOV", "a dénoncé le communiqué")]),
        ("Les syndicats béninois ont critiqué la réforme des retraites.", [ev("A", "BEN", "LAB", "ont critiqué la réforme des retraites")]),
        ("Le gouvernement mauritanien a condamné la profanation de la mosquée.", [ev("A", "MRT", "GOV", "a condamné la profanation de la mosquée")]),
    ],
}

# (b) a body the knowledge base does not know, named as the subject of its act (the
# tagger's organisation): of the country the article is about. Two-sentence articles, the
# first naming the country.
SETS[("1", "en")] += [
    ("Kenya's parliament approved the finance bill on Tuesday. The Katiba Institute urged President William Ruto not to sign it.",
     [ev("R", "KEN", None, "urged President William Ruto not to sign it", tgt="KEN", tsector="GOV")]),
    ("Peru's Congress voted to dissolve the electoral board. The Instituto de Defensa Legal rejected the vote as unconstitutional.",
     [ev("J", "PER", None, "rejected the vote as unconstitutional")]),
    ("Zambia's government raised fuel prices on Monday. The Zambia Consumer Association called on the government to reverse the increase.",
     [ev("R", "ZMB", None, "called on the government to reverse the increase", tgt="ZMB", tsector="GOV")]),
    ("Malaysia's general election is due in March. Suaram demanded that the police release three detained activists.",
     [ev("R", "MYS", None, "demanded that the police release three detained activists", tgt="MYS", tsector="COP")]),
    ("Chile's Senate passed the pension reform. The Confederación de la Producción y del Comercio urged the Senate to delay the vote.",
     [ev("R", "CHL", None, "urged the Senate to delay the vote", tgt="CHL", tsector="LEG")]),
]
SETS[("2", "en")] += [
    ("Uganda's electoral commission postponed local elections. The Alliance for Election Monitoring urged the commission to publish a new date.",
     [ev("R", "UGA", None, "urged the commission to publish a new date", tgt="UGA", tsector="GOV")]),
    ("Nepal's government announced new rules for rallies in Kathmandu. The Federation of Nepali Journalists called on the government to withdraw the rules.",
     [ev("R", "NPL", None, "called on the government to withdraw the rules", tgt="NPL", tsector="GOV")]),
    ("Cambodia held local elections on Sunday. Licadho urged the government to free the detained opposition leader.",
     [ev("R", "KHM", None, "urged the government to free the detained opposition leader", tgt="KHM", tsector="GOV")]),
    ("Paraguay's government presented a new mining law. The Coordinadora de Derechos Humanos rejected the law.",
     [ev("J", "PRY", None, "rejected the law")]),
    ("Tunisia's president dissolved the municipal councils. The Tunisian League for Human Rights urged him to reverse the decision.",
     [ev("R", "TUN", None, "urged him to reverse the decision", tgt="TUN", tsector="GOV")]),
]
SETS[("1", "fr")] += [
    ("Le gouvernement guinéen a présenté lundi un projet de loi sur les médias. Le Syndicat des professionnels de la presse a exhorté le gouvernement à retirer le texte.",
     [ev("R", "GIN", None, "a exhorté le gouvernement à retirer le texte", tgt="GIN", tsector="GOV")]),
    ("Le Parlement béninois a adopté le nouveau code électoral. La Plateforme électorale des organisations de la société civile a rejeté ce texte.",
     [ev("J", "BEN", None, "a rejeté ce texte")]),
    ("Le Togo a organisé des élections municipales dimanche. Le Front citoyen Togo Debout a exigé la publication des résultats.",
     [ev("R", "TGO", None, "a exigé la publication des résultats")]),
    # (c) aid named by a noun with no recipient: the country the article is about
    ("Le Japon a annoncé une aide de 10 millions de dollars mardi, au lendemain des inondations qui ont frappé le Mozambique.",
     [ev("P", "JPN", "GOV", "a annoncé une aide de 10 millions de dollars", tgt="MOZ", modality="intended")]),
    ("Les combats ont repris dans l'est de la RDC. La Belgique a annoncé une contribution de 5 millions d'euros au fonds humanitaire.",
     [ev("P", "BEL", "GOV", "a annoncé une contribution de 5 millions d'euros", tgt="COD", modality="intended")]),
]
SETS[("2", "fr")] += [
    ("Le gouvernement nigérien a dissous les conseils municipaux. Le Réseau des organisations pour la transparence a dénoncé cette décision et exigé la tenue d'élections.",
     [ev("R", "NER", None, "exigé la tenue d'élections")]),
    ("Le gouvernement camerounais a présenté un nouveau code électoral. Le Mouvement pour la renaissance du Cameroun a appelé à manifester samedi.",
     [ev("R", "CMR", "OPP", "a appelé à manifester samedi", cameo="100")]),
    ("Le Parlement gabonais a voté la nouvelle loi sur la presse. Le Syndicat national des professionnels de la communication a rejeté la loi.",
     [ev("J", "GAB", None, "a rejeté la loi")]),
    ("Un séisme a frappé le Maroc vendredi. L'Espagne a annoncé une aide de 3 millions d'euros pour les sinistrés.",
     [ev("P", "ESP", "GOV", "a annoncé une aide de 3 millions d'euros", tgt="MAR", modality="intended")]),
    ("La famine menace le sud de Madagascar. L'Allemagne a annoncé un financement de 8 millions d'euros.",
     [ev("P", "DEU", "GOV", "a annoncé un financement de 8 millions d'euros", tgt="MDG", modality="intended")]),
]

for (n, lang), items in SETS.items():
    write_jsonl(HERE / f"misses24-{n}.{lang}.jsonl",
                (gold_article(f"misses24-{n}-{lang}-{i:02d}", lang, text, PUB, events) for i, (text, events) in enumerate(items, 1)))
