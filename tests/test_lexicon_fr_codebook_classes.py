"""French lexicon classes added after error analysis on the French codebook set.

Each case codes a sentence written for this test (not a codebook or dev
sentence; other countries and constructions than those items), with the real
French pipeline, and checks what a reader of the events sees: PLOVER type,
CAMEO code, the countries of both sides. Each class also has an ordinary
sense of the same word that must code nothing of it.

Classes (see the entries' ``source`` in packs/fr/triggers*.yaml):

* access allowed to foreign troops and inspectors (RETREAT 0861/0862, frame
  ``admit``) before the host entries of 'accueillir' and 'recevoir';
* crossings and aid corridors reopened (RETREAT 0872/0863);
* surrender to forces (RETREAT 0874) before the visit entry of 'se rendre';
* treaties denounced (SANCTION 160), departures of peacekeepers and
  ambassadors ordered (SANCTION 1661/166);
* social media blocked (COERCE 1721) before the roadblocks of 'bloquer';
* martial law and states of emergency as nouns (COERCE 1724);
* military operations against a party (ASSAULT 190);
* mediation accepted (AGREE 038, frame ``accept_offer``);
* information shared (COOPERATE 064);
* lawsuits brought (ACCUSE 115), investigators dispatched (ACCUSE 092),
  concern voiced about another's acts (ACCUSE 110, frame ``concern``);
* sanctions suspended (RETREAT 085, as sanctions lifted), hostages handed
  over (RETREAT 0841), a resignation accepted (CONCEDE 0831), rights granted
  (CONCEDE 0833), bans on parties lifted (CONCEDE 0812);
* convoys escorted and help dispatched (AID 074/070);
* weapons paraded (MOBILIZE 150), live fire on protesters (ASSAULT 175),
  meetings disrupted by activists (PROTEST 140);
* promises made to one's own people need no recipient (frame ``intend``);
* actors named by the demonyms the French pack lacked (togolais, burundais,
  mauritanien, gabonais, béninois...).
"""

from __future__ import annotations

import pytest

from event_checks import coder

PUBLISHED = "2024-05-15"


code = coder("fr", PUBLISHED)


def coded(text: str, event_type: str) -> list[tuple[str | None, str | None, str | None]]:
    """(cameo, source country, target country) of the positive events of a type."""
    return [
        (e.cameo, e.source.country, e.target.country if e.target else None)
        for e in code(text)
        if e.event_type == event_type and e.polarity == "positive"
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # RETREAT: access, crossings, surrender, sanctions eased, captives released
        ("La Gambie a accueilli les premiers soldats sénégalais de la force régionale.", "RETREAT", ("0861", "GMB", "SEN")),
        ("L'Iran a reçu une équipe d'inspecteurs de l'AIEA à Ispahan.", "RETREAT", ("0862", "IRN", "UNO")),  # the IAEA is of the UN system (gold: UNO)
        ("L'Egypte a rouvert le passage de Rafah.", "RETREAT", ("0872", "EGY", None)),
        ("L'Egypte a rouvert le poste-frontière de Rafah aux convois humanitaires.", "RETREAT", ("0863", "EGY", None)),
        ("Des centaines de combattants shebab se sont rendus à l'armée somalienne.", "RETREAT", ("0874", "SOM", None)),
        ("Les Etats-Unis ont suspendu les sanctions visant le secteur pétrolier vénézuélien.", "RETREAT", ("085", "USA", "VEN")),
        ("Le Hamas a remis quatre otages israéliens à la Croix-Rouge.", "RETREAT", ("0841", "PSE", "ISR")),
        # SANCTION: treaties denounced, departures ordered
        ("Le Niger a dénoncé son accord de défense avec la France.", "SANCTION", ("160", "NER", "FRA")),
        ("Le Mali a ordonné le départ des casques bleus de la Minusma.", "SANCTION", ("1661", "MLI", "UNO")),
        ("Le Niger a ordonné le départ de l'ambassadeur de France.", "SANCTION", ("166", "NER", "FRA")),
        # COERCE and ASSAULT
        ("Les autorités éthiopiennes ont bloqué l'accès aux réseaux sociaux dans la région Amhara.", "COERCE", ("1721", "ETH", "ETH")),
        ("La proclamation de l'état d'urgence par le gouvernement péruvien a été critiquée par l'opposition.", "COERCE", ("1724", "PER", "PER")),
        ("L'Ethiopie a lancé une opération militaire contre l'Erythrée.", "ASSAULT", ("190", "ETH", "ERI")),
        ("La police nigériane a dispersé à balles réelles des manifestants à Lagos.", "ASSAULT", ("175", "NGA", "NGA")),
        # AGREE, COOPERATE, AID
        ("Le Sénégal a accepté la médiation du Maroc dans la crise.", "AGREE", ("038", "SEN", "MAR")),
        ("L'Arménie et l'Azerbaïdjan ont accepté une trêve dans le Haut-Karabakh.", "AGREE", ("0356", "ARM", "AZE")),
        ("La Corée du Nord a accepté le retour des inspecteurs de l'AIEA.", "AGREE", ("0355", "PRK", "UNO")),
        ("La Norvège a transmis à la Suède des informations sur un réseau d'espionnage.", "COOPERATE", ("064", "NOR", "SWE")),
        ("Les casques bleus escortent les convois de civils au Soudan du Sud.", "AID", ("074", "UNO", "SSD")),
        ("Le Rwanda a dépêché des médecins et du matériel en Ouganda.", "AID", ("070", "RWA", "UGA")),
        # ACCUSE
        ("Le Guyana a intenté une action en justice contre le Venezuela devant la CIJ.", "ACCUSE", ("115", "GUY", "VEN")),
        ("L'ONU a dépêché des enquêteurs en Ethiopie.", "ACCUSE", ("092", "UNO", "ETH")),
        ("Le Premier ministre malaisien s'est dit alarmé par les tirs de la marine chinoise contre des pêcheurs.", "ACCUSE", ("110", "MYS", "CHN")),
        ("Le Japon s'est dit préoccupé par les manoeuvres de la marine chinoise.", "ACCUSE", ("110", "JPN", "CHN")),
        # CONCEDE
        ("Le président sénégalais a accepté la démission de son ministre de l'Intérieur.", "CONCEDE", ("0831", "SEN", "SEN")),
        ("Le Parlement ivoirien a accordé le droit de vote aux Ivoiriens de l'étranger.", "CONCEDE", ("0833", "CIV", "CIV")),
        ("Les autorités guinéennes ont réautorisé les activités des partis politiques.", "CONCEDE", ("0812", "GIN", "GIN")),
        # MOBILIZE, PROTEST
        ("La Corée du Nord a fait défiler ses missiles balistiques à Pyongyang.", "MOBILIZE", ("150", "PRK", None)),
        ("Des militants écologistes ont interrompu le discours du Premier ministre britannique à Londres.", "PROTEST", ("140", "GBR", "GBR")),
        # demonyms the pack lacked
        ("Les autorités mauritaniennes ont expulsé des migrants maliens.", "COERCE", ("174", "MRT", "MLI")),
    ],
)
def test_class_codes_its_event(text: str, event_type: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert expected in coded(text, event_type)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a head of state welcomed is a visit hosted, not access allowed
        ("Le président gabonais a accueilli son homologue togolais à Libreville.", "RETREAT"),
        # an embassy reopened resumes relations, it eases no blockade
        ("La France a rouvert son ambassade à Kiev.", "RETREAT"),
        # 'se rendre à' a city is a trip
        ("Le ministre kényan s'est rendu à Mogadiscio.", "RETREAT"),
        # corruption denounced is criticism, not a treaty ended
        ("L'opposition guinéenne a dénoncé la corruption du gouvernement.", "SANCTION"),
        # a president leaving for a trip is no expulsion
        ("Le départ du président guinéen pour Paris est prévu lundi.", "SANCTION"),
        # farmers blocking a port protest; they censor nothing
        ("Des agriculteurs ont bloqué l'accès au port de Rotterdam.", "COERCE"),
        # a peacekeeping operation is no attack
        ("L'ONU a lancé une opération de maintien de la paix au Soudan du Sud.", "ASSAULT"),
        # protesters pushed back with no crowd-control weapon named: a restriction (PLOVER
        # ASSAULT ambiguities); with tear gas it is ASSAULT crowd-control (test_lexicon_fr_gaps8.py)
        ("La police kényane a dispersé les manifestants à Nairobi.", "ASSAULT"),
        # a report handed over is no release of captives
        ("Le ministre a remis un rapport au président ivoirien.", "RETREAT"),
        # doctors sent are aid, not an investigation
        ("Le Rwanda a dépêché des médecins et du matériel en Ouganda.", "ACCUSE"),
        # a street march is a protest, not a military parade
        ("Des milliers de manifestants ont défilé à Paris contre la réforme des retraites.", "MOBILIZE"),
        # worry about prices names no party
        ("Les habitants se sont dits préoccupés par la hausse des prix.", "ACCUSE"),
        # a water network restored is no freedom restored
        ("Les ingénieurs ougandais ont rétabli le réseau d'eau potable de Gulu.", "CONCEDE"),
        # a banned weapon used is an attack, not a ban
        ("L'armée syrienne a largué un gaz interdit sur un village de la province d'Idleb.", "COERCE"),
    ],
)
def test_ordinary_sense_codes_nothing_of_the_class(text: str, event_type: str) -> None:
    assert coded(text, event_type) == []


def test_a_promise_to_ones_own_people_needs_no_recipient() -> None:
    assert ("0344", "TGO", None) in coded("Le gouvernement togolais a promis de réviser la Constitution.", "AGREE")


def test_a_negated_promise_is_no_positive_agreement() -> None:
    events = [e for e in code("Le gouvernement togolais n'a pas promis de réviser la Constitution.") if e.event_type == "AGREE"]
    assert events and all(e.polarity == "negative" for e in events)


def test_a_hypothetical_surrender_is_not_actual() -> None:
    events = [e for e in code("Les combattants shebab pourraient se rendre à l'armée somalienne.") if e.event_type == "RETREAT"]
    assert events and all(e.modality != "actual" for e in events)


def test_demonyms_name_the_actor_country() -> None:
    events = code("Le président togolais a rencontré son homologue béninois à Lomé.")
    assert {(e.source.country, e.target.country) for e in events if e.event_type == "CONSULT"} & {("BEN", "TGO"), ("TGO", "BEN")}


def test_a_ban_with_its_object_is_still_a_ban() -> None:
    events = code("Les autorités gabonaises ont interdit les rassemblements de l'opposition à Libreville.")
    assert ("172", "GAB", "GAB") in {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "COERCE"}


def test_a_curfew_in_the_capital_is_the_governments_act_not_on_itself() -> None:
    """'à Dakar' says where; the capital read as its government made the decree an act on itself.
    Naming no one, the curfew falls on the country's own people (ontology: COERCE domestic_recipient)."""
    assert ("1723", "SEN", "SEN") in coded("Les autorités sénégalaises ont décrété un couvre-feu à Dakar.", "COERCE")
