"""Probe sets of helper accuse29: criticism (CAMEO 111, PLOVER ACCUSE disapprove) of a thing
whose author the sentence does not name ('criticised the timing of the tariffs', 'condemned
the unconstitutional change of government', 'expressed concern over the arrests'): GUIDELINES
code it with a null target; and judgements said by labelling another's act ('called Baku's
reaction "regrettable"', 'a jugé « contre-productive » la présence américaine'), whose author is
the target. Items with no event check the ordinary senses of the words (a door slammed, a
building condemned, a film criticised by critics, a meeting called a success).
File 1 was tuned on, file 2 never. Run from the repository root:
python tests/data/probes/accuse29_make.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUB = "2025-06-11"


def acc(src, tgt, text):
    """One criticism by ``src`` of ``tgt`` (None: the author of the thing is not named)."""
    return (text, [gold_event("ACCUSE", "111", party(src), party(tgt) if tgt else None, text, mode="disapprove")])


def none(text):
    """An ordinary sense of a word of criticism: no event."""
    return (text, [])


SETS = {
    ("accuse29-1", "en"): [
        acc("KEN", None, "Kenya's opposition criticised the timing of the fuel tax on Tuesday."),
        acc("PER", None, "Peru's foreign ministry condemned the unconstitutional change of government."),
        acc("GHA", None, "Ghana's parliament criticised the new mining law as discriminatory."),
        acc("CHL", None, "Chile's foreign ministry expressed concern over the arrests."),
        acc("BRA", None, "Brazil criticised the bill for failing to protect small farmers."),
        acc("SEN", None, "Senegal's government denounced the closure of the border crossing."),
        acc("ARM", "AZE", "Armenia called Baku's reaction \"regrettable\"."),
        acc("MEX", "USA", "Mexico called Washington's new tariffs \"counterproductive\"."),
        acc("COL", "VEN", "Colombia called Venezuela's decision \"unacceptable\"."),
        acc("LTU", "BLR", "Lithuania called the Belarusian balloon incursions a deliberate provocation."),
        acc("NGA", "GHA", "Nigeria described Ghana's new levy as \"illegal\"."),
        none("The minister slammed the car door and drove away."),
        none("Critics slammed the film as long and boring."),
        none("The coach criticised the referee's decision after the match."),
        none("The president called the meeting a great success."),
        none("Engineers condemned the old stadium as unsafe."),
    ],
    ("accuse29-1", "fr"): [
        acc("KEN", None, "L'opposition kényane a critiqué le calendrier de la taxe sur les carburants."),
        acc("PER", None, "Le ministère péruvien des Affaires étrangères a condamné le changement anticonstitutionnel de gouvernement."),
        acc("GHA", None, "Le Parlement ghanéen a critiqué la nouvelle loi minière."),
        acc("CHL", None, "Le gouvernement chilien a exprimé sa préoccupation face aux arrestations."),
        acc("BRA", None, "Le Brésil a dénoncé une politique commerciale injuste."),
        acc("SEN", None, "Le gouvernement sénégalais a dénoncé la fermeture du poste-frontière."),
        acc("ARM", "AZE", "L'Arménie a jugé « regrettable » la réaction de Bakou."),
        acc("MEX", "USA", "Le Mexique a jugé « contre-productifs » les nouveaux droits de douane de Washington."),
        acc("COL", "VEN", "La Colombie a qualifié la décision de Caracas d'« alarmante »."),
        acc("LTU", "BLR", "La Lituanie a qualifié les incursions de ballons biélorusses de « provocation délibérée »."),
        acc("NGA", "GHA", "Le Nigeria a jugé « illégale » la nouvelle taxe du Ghana."),
        none("Le ministre a claqué la porte de sa voiture avant de partir."),
        none("Les critiques ont éreinté le film, jugé long et ennuyeux."),
        none("L'entraîneur a critiqué l'arbitrage après le match."),
        none("Le président a jugé la rencontre « très positive »."),
        none("Les ingénieurs ont jugé le vieux stade dangereux."),
    ],
    ("accuse29-2", "en"): [
        acc("ZMB", None, "Zambia's opposition criticised the pace of the constitutional reform."),
        acc("ECU", None, "Ecuador's foreign ministry condemned the unconstitutional seizure of power."),
        acc("NPL", None, "Nepal's main opposition party criticised the budget as unfair to farmers."),
        acc("ARG", None, "Argentina's government expressed concern over the detentions."),
        acc("IDN", None, "Indonesia criticised the regulation for ignoring palm oil growers."),
        acc("TUN", None, "Tunisia's labour union denounced the suspension of wage talks."),
        acc("SRB", "HRV", "Serbia called Zagreb's response \"regrettable\"."),
        acc("CAN", "CHN", "Canada called Beijing's export curbs \"counterproductive\"."),
        acc("PRY", "BOL", "Paraguay called Bolivia's border closure \"unacceptable\"."),
        acc("EST", "RUS", "Estonia called the Russian airspace violation a provocation."),
        acc("CMR", "TCD", "Cameroon described Chad's new transit fee as \"illegal\"."),
        none("She slammed the phone down and walked out."),
        none("Reviewers criticised the novel for its slow pace."),
        none("The fans criticised the club's decision to sell the striker."),
        none("The minister called the visit a productive step."),
        none("Inspectors condemned the bridge as structurally unsound."),
    ],
    ("accuse29-2", "fr"): [
        acc("ZMB", None, "L'opposition zambienne a critiqué la lenteur de la réforme constitutionnelle."),
        acc("ECU", None, "Le ministère équatorien des Affaires étrangères a condamné la prise de pouvoir anticonstitutionnelle."),
        acc("NPL", None, "Le principal parti d'opposition népalais a critiqué le budget."),
        acc("ARG", None, "Le gouvernement argentin a exprimé sa préoccupation face aux détentions."),
        acc("IDN", None, "L'Indonésie a dénoncé une réglementation discriminatoire."),
        acc("TUN", None, "La centrale syndicale tunisienne a dénoncé la suspension des négociations salariales."),
        acc("SRB", "HRV", "La Serbie a jugé « regrettable » la réponse de Zagreb."),
        acc("CAN", "CHN", "Le Canada a jugé « contre-productives » les restrictions chinoises à l'exportation."),
        acc("PRY", "BOL", "Le Paraguay a qualifié la fermeture de la frontière par la Bolivie d'« inacceptable »."),
        acc("EST", "RUS", "L'Estonie a qualifié la violation de son espace aérien par la Russie de « provocation »."),
        acc("CMR", "TCD", "Le Cameroun a jugé « illégale » la nouvelle taxe de transit du Tchad."),
        none("Elle a raccroché le téléphone et elle est sortie."),
        none("Les lecteurs ont critiqué la lenteur du roman."),
        none("Les supporters ont critiqué la décision du club de vendre l'attaquant."),
        none("Le ministre a jugé la visite « productive »."),
        none("Les inspecteurs ont jugé le pont dangereux."),
    ],
}

for (name, lang), items in SETS.items():
    write_jsonl(HERE / f"{name}.{lang}.jsonl",
                (gold_article(f"{name}-{lang}-{i:03d}", lang, text, PUB, events) for i, (text, events) in enumerate(items, 1)))
