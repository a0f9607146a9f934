"""French press wordings of CAMEO roots 03-09 (PLOVER AGREE, CONSULT, SUPPORT,
COOPERATE, AID, CONCEDE, RETREAT, ACCUSE investigate), widened code by code
(helper wordfr19a).

Every sentence is written for this test, about many regions, and coded by the
real French pipeline. The classes (see the entries' ``source`` in
packs/fr/triggers/03-08 and triggers.yaml):

* talks, calls and visits as press idioms: 'conférer avec', 'se voir',
  'avoir au téléphone / au bout du fil', 'appeler' a head of state or
  government, 'servir d'intermédiaire entre', 's'asseoir à la table des
  négociations', 'fouler le sol';
* praise, verbal defence, rallying and recognition: 'couvrir d'éloges',
  'afficher son soutien', 'défendre' a leader, 'plaider la cause de',
  'reconnaître la Palestine';
* shared works and fronts: 'ouvrir un poste frontière commun', 'faire front
  commun'; information handed over: 'fournir des informations à';
* aid delivered: 'faire parvenir', 'équiper de drones', 'envoyer des armes';
* concessions: 'faire machine arrière', 'enterrer / remiser un projet',
  'revoir sa copie', 'mettre fin à l'état d'urgence';
* retreats: sanctions eased ('alléger', 'assouplir': RETREAT 085, as the
  codebook sets code them), access let in ('laisser entrer / accéder'),
  troops called home ('rappeler ses soldats'), surrender to an army
  ('capituler face à l'armée'), persons released named by what they are ('la
  libération de deux humanitaires'), a closure lifted ('lever le bouclage'),
  property handed back ('rendre des trésors');
* investigations: a judge's case ('instruire une affaire visant X'),
  parliamentary hearings, UN fact-finding missions.

Each class has ordinary senses that must code nothing of its type.
"""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

PUBLISHED = "2024-05-15"

code = coder("fr", PUBLISHED)

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


def found(events: list[Event], event_type: str) -> list[Event]:
    """The positive events of ``event_type``."""
    return [e for e in events if e.event_type == event_type and e.polarity == "positive"]


def matches(event: Event, cameo: str, source: tuple[str, str | None], target: tuple[str, str | None] | None) -> bool:
    """Whether ``event`` has the CAMEO code (or root, when two digits are given) and the
    source and target (country, sector); a sector of None is not checked, and the
    sides of a symmetric type may come in either order."""
    if not (event.cameo or "").startswith(cameo):
        return False

    def same(actor, want) -> bool:
        if want is None:
            return actor is None or actor.country is None
        return actor is not None and actor.country == want[0] and (want[1] is None or actor.sector == want[1])

    if same(event.source, source) and same(event.target, target):
        return True
    return event.event_type in SYMMETRIC and target is not None and same(event.source, target) and same(event.target, source)


CASES = [
    # 04 consult
    ("040", "CONSULT", "Le ministre togolais des Affaires étrangères a conféré mardi avec le président ghanéen John Mahama.", ("TGO", "GOV"), ("GHA", None)),
    ("040", "CONSULT", "Le président angolais João Lourenço et le président zambien Hakainde Hichilema se sont vus lundi à Luanda.", ("AGO", "GOV"), ("ZMB", "GOV")),
    ("041", "CONSULT", "Le chancelier allemand a eu au téléphone le président turc Recep Tayyip Erdogan.", ("DEU", "GOV"), ("TUR", "GOV")),
    ("041", "CONSULT", "Le président chilien Gabriel Boric a eu mercredi au bout du fil le président argentin Javier Milei.", ("CHL", "GOV"), ("ARG", "GOV")),
    ("041", "CONSULT", "Le Premier ministre canadien a appelé le président mexicain jeudi.", ("CAN", "GOV"), ("MEX", "GOV")),
    ("045", "CONSULT", "Oman a servi d'intermédiaire entre l'Iran et les Etats-Unis.", ("OMN", "GOV"), ("IRN", "GOV")),
    ("046", "CONSULT", "Le gouvernement philippin et les rebelles communistes se sont assis à la table des négociations à Oslo.", ("PHL", "GOV"), ("PHL", "REB")),
    ("042", "CONSULT", "Le président sud-coréen a foulé le sol vietnamien lundi.", ("KOR", "GOV"), ("VNM", None)),
    # 05 support
    ("051", "SUPPORT", "Le secrétaire général de l'ONU a couvert d'éloges le président kényan William Ruto.", ("UNO", None), ("KEN", "GOV")),
    ("051", "SUPPORT", "Le gouvernement turc a affiché son soutien à l'Azerbaïdjan.", ("TUR", "GOV"), ("AZE", None)),
    ("052", "SUPPORT", "Le ministre russe des Affaires étrangères a défendu le président syrien face aux critiques occidentales.", ("RUS", "GOV"), ("SYR", "GOV")),
    ("053", "SUPPORT", "Le président sud-africain a plaidé la cause du peuple palestinien devant l'Assemblée générale de l'ONU.", ("ZAF", "GOV"), ("PSE", None)),
    ("054", "SUPPORT", "La Norvège a officiellement reconnu la Palestine mardi.", ("NOR", "GOV"), ("PSE", None)),
    # 06 cooperate
    ("060", "COOPERATE", "Le Sénégal et la Gambie ont fait front commun contre la pêche illégale.", ("SEN", "GOV"), ("GMB", "GOV")),
    ("061", "COOPERATE", "La Bolivie et le Pérou ont ouvert un poste frontière commun à Desaguadero.", ("BOL", "GOV"), ("PER", "GOV")),
    ("064", "COOPERATE", "Les services de renseignement jordaniens ont fourni des informations à leurs homologues allemands.", ("JOR", "SPY"), ("DEU", None)),
    # 07 aid
    ("070", "AID", "La Corée du Sud a fait parvenir des vivres au Kenya.", ("KOR", "GOV"), ("KEN", None)),
    ("072", "AID", "La Turquie a équipé l'armée nigérienne de drones.", ("TUR", "GOV"), ("NER", "MIL")),
    ("072", "AID", "L'Allemagne a envoyé des armes à l'Ukraine.", ("DEU", "GOV"), ("UKR", None)),
    # 08 concede
    ("080", "CONCEDE", "Le gouvernement nigérian a fait machine arrière sur la hausse du prix de l'électricité.", ("NGA", "GOV"), ("NGA", None)),
    ("0832", "CONCEDE", "Le gouvernement kényan a enterré le projet de loi de finances.", ("KEN", "GOV"), ("KEN", None)),
    ("0832", "CONCEDE", "Le gouvernement français a revu sa copie sur la réforme de l'assurance chômage.", ("FRA", "GOV"), ("FRA", None)),
    ("081", "CONCEDE", "Le gouvernement équatorien a mis fin à l'état d'urgence dans la province de Guayas.", ("ECU", "GOV"), ("ECU", None)),
    # 08 retreat
    ("085", "RETREAT", "L'Union européenne a allégé ses sanctions contre la Syrie.", ("EUR", None), ("SYR", None)),
    ("085", "RETREAT", "Les Etats-Unis ont assoupli l'embargo sur le Venezuela.", ("USA", "GOV"), ("VEN", None)),
    ("086", "RETREAT", "L'Iran a laissé les inspecteurs de l'AIEA accéder au site de Natanz.", ("IRN", "GOV"), ("UNO", None)),
    ("086", "RETREAT", "L'armée éthiopienne a laissé passer les convois du Programme alimentaire mondial.", ("ETH", "MIL"), ("UNO", None)),
    ("087", "RETREAT", "Le Burundi a rappelé ses soldats de la République démocratique du Congo.", ("BDI", "GOV"), ("COD", None)),
    ("0874", "RETREAT", "Les rebelles touareg ont capitulé face à l'armée malienne.", ("MLI", "REB"), ("MLI", "MIL")),
    ("0841", "RETREAT", "Les rebelles centrafricains ont procédé à la libération de deux humanitaires tchadiens.", ("CAF", "REB"), ("TCD", None)),
    ("0872", "RETREAT", "L'armée israélienne a levé le bouclage de la Cisjordanie.", ("ISR", "MIL"), ("PSE", None)),
    ("0842", "RETREAT", "Les Pays-Bas ont rendu au Sri Lanka des trésors royaux.", ("NLD", "GOV"), ("LKA", None)),
    ("085", "RETREAT", "Le Canada a revu à la baisse ses sanctions contre le Bélarus.", ("CAN", "GOV"), ("BLR", None)),
    ("070", "AID", "L'Algérie a prêté assistance aux sinistrés libyens.", ("DZA", "GOV"), ("LBY", None)),
    ("040", "CONSULT", "Le président guinéen a accordé une audience au ministre marocain des Affaires étrangères.", ("GIN", None), ("MAR", "GOV")),
    ("040", "CONSULT", "Les dirigeants de la Zambie et du Zimbabwe ont échangé vendredi sur l'avenir du barrage de Kariba.", ("ZMB", "GOV"), ("ZWE", "GOV")),
    ("040", "CONSULT", "Le président ivoirien et le président ghanéen ont eu des échanges à Abidjan.", ("CIV", "GOV"), ("GHA", "GOV")),
    ("051", "SUPPORT", "Le Tchad s'est rangé derrière la candidature du Nigeria.", ("TCD", "GOV"), ("NGA", None)),
    ("051", "SUPPORT", "Le président français a donné sa bénédiction au candidat libanais.", ("FRA", "GOV"), ("LBN", None)),
    ("030", "AGREE", "La Chine et le Brésil ont jeté les bases d'une coopération spatiale.", ("CHN", "GOV"), ("BRA", "GOV")),
    ("0331", "AGREE", "Tokyo a réservé 300 millions de dollars à la reconstruction du réseau électrique ukrainien.", ("JPN", "GOV"), ("UKR", None)),
    ("062", "COOPERATE", "Les garde-côtes japonais et philippins ont patrouillé côte à côte au large de Luçon.", ("JPN", None), ("PHL", None)),
    ("060", "COOPERATE", "Les procureurs argentins et paraguayens ont mis en commun leurs preuves.", ("ARG", "JUD"), ("PRY", "JUD")),
    ("090", "ACCUSE", "La justice allemande instruit une affaire de crimes de guerre visant des officiers syriens.", ("DEU", "JUD"), ("SYR", "MIL")),
    ("090", "ACCUSE", "Le Sénat nigérian a ouvert des auditions sur les fraudes dans le programme de subventions.", ("NGA", "LEG"), ("NGA", None)),
    ("09", "ACCUSE", "Le Conseil des droits de l'homme de l'ONU a mis sur pied une mission d'établissement des faits sur les exactions au Soudan.", ("UNO", None), ("SDN", None)),
]


@pytest.mark.parametrize("cameo, event_type, text, source, target", CASES)
def test_a_press_wording_of_the_code_is_coded_with_its_type_code_and_parties(cameo, event_type, text, source, target):
    events = code(text)
    assert any(matches(e, cameo, source, target) for e in found(events, event_type)), [(e.event_type, e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Le gouvernement français a loué des avions pour évacuer ses ressortissants du Liban.", "SUPPORT"),
        ("L'avocat a défendu le président devant la cour d'appel de Dakar.", "SUPPORT"),
        ("Les soldats ukrainiens ont défendu la ville contre l'assaut russe.", "SUPPORT"),
        ("Le ministre marocain s'est vu refuser l'accès au sommet de Bruxelles.", "CONSULT"),
        ("Le président sénégalais s'est vu remettre une lettre par l'émissaire chinois.", "CONSULT"),
        ("La police a fourni des informations à la presse sur l'attentat de Nairobi.", "COOPERATE"),
        ("L'armée russe a envoyé des obus sur Kharkiv.", "AID"),
        ("Le président tunisien a appelé le président du Parlement à démissionner.", "CONSULT"),
        ("La 6e session de la commission mixte Cameroun-Nigeria s'est ouverte hier à Yaoundé.", "COOPERATE"),
        ("Le ministre nigérian a rappelé que les soldats resteraient déployés au Niger.", "RETREAT"),
        ("Le gouvernement a capitulé face aux syndicats enseignants du Cameroun.", "RETREAT"),
        ("L'Union européenne a gelé son programme de coopération avec le Niger.", "CONCEDE"),
        ("Le Kenya a reconnu la défaite de son équipe face à la Palestine.", "SUPPORT"),
        ("Les manifestants ont jeté des pierres sur la police kényane.", "AGREE"),
        ("L'accusé a versé une caution de 5000 euros au tribunal de Dakar.", "SUPPORT"),
        ("Les armées indienne et pakistanaise ont échangé des tirs sur la ligne de contrôle.", "CONSULT"),
        ("La police sénégalaise a procédé à l'audition du suspect à Dakar.", "ACCUSE"),
        ("Le professeur instruit les élèves de l'école de Bamako.", "ACCUSE"),
        ("Le juge sénégalais a rendu sa décision sur les terres agricoles.", "RETREAT"),
        ("L'avocat a prêté serment devant la cour d'appel d'Abidjan.", "AID"),
    ],
)
def test_ordinary_senses_of_these_wordings_code_nothing_of_the_type(text, event_type):
    assert found(code(text), event_type) == []


def test_a_government_giving_in_to_unions_is_still_a_concession_not_a_surrender():
    events = code("Le gouvernement camerounais a capitulé face aux syndicats enseignants.")
    assert found(events, "CONCEDE") and not found(events, "RETREAT")


def test_restrictions_eased_stay_an_administrative_concession():
    events = code("Le gouvernement chinois a assoupli les restrictions sanitaires à Shanghai.")
    assert found(events, "CONCEDE") and not found(events, "RETREAT")
