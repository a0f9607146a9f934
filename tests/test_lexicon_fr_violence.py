"""French protest, force posture and violence (CAMEO 14, 15, 18-20) as wire copy
writes them: the entries added to packs/fr/triggers/14-protest.yaml,
15-mobilize.yaml and 18-20-assault.yaml code their sentence with its parties,
a protest's target is the one it is against or whose departure it demands, and
the ordinary sense of each widened word codes nothing. Sentences written for
these tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code

PUBLISHED = "2024-05-14"

Coded = tuple[str, str | None, str | None, str | None, str | None]


def _coded(text: str) -> list[Coded]:
    """(type, mode, CAMEO code, source country, target country) of the positive events coded."""
    return [
        (e.event_type, e.mode, e.cameo, e.source.country, e.target.country if e.target else None)
        for e in code(text, PUBLISHED, "fr")
        if e.polarity == "positive"
    ]


def _of_type(text: str, event_type: str) -> list[Coded]:
    return [c for c in _coded(text) if c[0] == event_type]


# ---------------------------------------------------------------- CAMEO 14: protest forms and their parties

@pytest.mark.parametrize(
    "text, mode, cameo, source",
    [
        ("Des paysans boliviens ont coupé lundi la route entre La Paz et Oruro pour protester contre la hausse du carburant.", "obstruct", "144", "BOL"),
        ("Des milliers de Sénégalais ont investi les rues de Dakar pour dénoncer le report de l'élection.", "demo", "141", "SEN"),
        ("L'opposition camerounaise a décrété une journée ville morte à Douala.", "strike", "143", "CMR"),
        ("Des milliers d'Arméniens ont formé une chaîne humaine devant le Parlement à Erevan.", "demo", "141", "ARM"),
        ("Des étudiants iraniens ont affronté les bassidjis à coups de pierres à Téhéran.", "riot", None, "IRN"),
    ],
)
def test_protest_forms_of_wire_copy(text: str, mode: str, cameo: str | None, source: str) -> None:
    protests = _of_type(text, "PROTEST")
    assert protests, _coded(text)
    _, found_mode, found_cameo, found_source, _ = protests[0]
    assert (found_mode, found_source) == (mode, source)
    if cameo is not None:
        assert found_cameo == cameo


@pytest.mark.parametrize(
    "text, source, target",
    [
        # the one expected to relinquish power (CAMEO 1411, 1421, 1431 usage notes)
        ("Des milliers de Géorgiens ont défilé vendredi à Tbilissi pour exiger la démission du gouvernement.", "GEO", "GEO"),
        ("Un opposant zimbabwéen observe une grève de la faim pour réclamer la démission du président.", "ZWE", "ZWE"),
        ("Les syndicats nigérians ont lancé une grève générale pour réclamer le départ du ministre du Travail.", "NGA", "NGA"),
        # 'contre' the government's plan: against the government
        ("Les enseignants tunisiens ont observé mardi une grève contre la réforme du gouvernement.", "TUN", "TUN"),
    ],
)
def test_a_protest_is_against_the_government_it_names(text: str, source: str, target: str) -> None:
    assert any(c[3:] == (source, target) for c in _of_type(text, "PROTEST")), _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Premier ministre a coupé court aux rumeurs sur sa démission.",  # 'couper court', no road
        "Le fonds souverain norvégien a investi deux milliards dans des entreprises indiennes.",
        "La mobilisation des bailleurs de fonds en faveur du Soudan reste insuffisante.",
        "La chaîne de télévision kényane a diffusé un documentaire sur la sécheresse.",
        "Le gouvernement burkinabè a coupé l'herbe sous le pied de l'opposition.",
    ],
)
def test_ordinary_senses_of_the_protest_words_code_no_protest(text: str) -> None:
    assert not _of_type(text, "PROTEST"), _coded(text)


# ---------------------------------------------------------------- CAMEO 15: force posture

@pytest.mark.parametrize(
    "text, mode, source, target",
    [
        ("La police française est placée en état d'alerte maximale à l'approche des Jeux olympiques.", "police", "FRA", None),
        ("La Russie a rassemblé des troupes près de la frontière ukrainienne.", "troops", "RUS", None),
        ("Le Venezuela a amassé des soldats à sa frontière avec le Guyana.", "troops", "VEN", "GUY"),
        ("Les autorités kényanes ont renforcé la présence policière à Nairobi.", "police", "KEN", None),
        ("L'armée éthiopienne a redéployé des unités vers la frontière érythréenne.", "troops", "ETH", None),
    ],
)
def test_force_posture_of_wire_copy(text: str, mode: str, source: str, target: str | None) -> None:
    found = _of_type(text, "MOBILIZE")
    assert found, _coded(text)
    _, found_mode, _, found_source, found_target = found[0]
    assert (found_mode, found_source) == (mode, source)
    if target is not None:
        assert found_target == target


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre indien a rassemblé ses partisans pour un meeting à Bombay.",
        "L'entreprise a recruté des centaines d'ingénieurs au Vietnam.",
        "Le gouvernement ghanéen a augmenté les salaires des enseignants.",
        "La France et le Maroc ont renforcé la formation des policiers.",
    ],
)
def test_ordinary_senses_of_the_posture_words_code_no_mobilisation(text: str) -> None:
    assert not _of_type(text, "MOBILIZE"), _coded(text)


# ---------------------------------------------------------------- CAMEO 18-20: violence, with its code and mode

@pytest.mark.parametrize(
    "text, mode, cameo, source, target",
    [
        ("Des chars israéliens ont bombardé des quartiers de Gaza.", "heavy-weapons", "194", "ISR", "PSE"),
        ("Des policiers américains ont tué un automobiliste à coups de matraque.", "beat", "1823", "USA", "USA"),
        ("Des miliciens ont tué des villageois nigérians à coups de machette.", "primitive", "1823", "NGA", "NGA"),
        ("Des policiers géorgiens ont molesté des journalistes à Tbilissi.", "beat", "182", "GEO", "GEO"),
        ("L'armée malienne a affronté les rebelles touareg près de Kidal.", None, "190", "MLI", "MLI"),
        ("L'aviation soudanaise a bombardé dimanche des positions des FSR au Darfour.", "aerial", "195", "SDN", "SDN"),
        ("Des drones ukrainiens ont attaqué une raffinerie russe.", "drone", "195", "UKR", "RUS"),
        ("Des missiles russes ont frappé des infrastructures énergétiques ukrainiennes.", "heavy-weapons", "194", "RUS", "UKR"),
        ("Les Etats-Unis ont largué une bombe atomique sur le Japon.", "unconventional", "2042", "USA", "JPN"),
    ],
)
def test_violence_keeps_its_code_and_mode(text: str, mode: str | None, cameo: str, source: str, target: str) -> None:
    found = _of_type(text, "ASSAULT")
    assert (("ASSAULT", mode, cameo, source, target)) in found, _coded(text)


@pytest.mark.parametrize(
    "text, mode",
    [
        ("L'Ukraine a mené une attaque de drones contre une raffinerie russe près de Rostov.", "drone"),
        ("L'armée syrienne a mené une attaque chimique contre des rebelles à Douma.", "unconventional"),
    ],
)
def test_attack_nouns_with_their_weapon(text: str, mode: str) -> None:
    assert any(c[1] == mode for c in _of_type(text, "ASSAULT")), _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le candidat libéral affrontera le président sortant au second tour au Chili.",
        "La bataille juridique entre Kinshasa et Kigali se poursuit devant la Cour.",
        "Le Brésil a exprimé son hostilité au projet de taxe européen.",
        "Le ministère sénégalais a lancé une campagne de lutte contre les violences sexuelles.",
        "Le traitement des demandes d'asile a été accéléré en Italie.",
        "L'hôpital a accueilli un passage record de patients à Lagos.",
        "La sécheresse a frappé durement le Kenya.",
    ],
)
def test_ordinary_senses_of_the_violence_words_code_no_assault(text: str) -> None:
    assert not _of_type(text, "ASSAULT"), _coded(text)


def test_a_denied_shelling_is_no_assault() -> None:
    found = [e for e in code("L'armée arménienne n'a pas bombardé les villages azerbaïdjanais, selon Erevan.", PUBLISHED, "fr")
             if e.event_type == "ASSAULT"]
    assert found and all(e.polarity == "negative" for e in found)


def test_a_nuclear_strike_brandished_is_a_threat_not_an_attack() -> None:
    coded = _coded("Moscou brandit la menace d'une frappe nucléaire contre l'Ukraine.")
    assert any(c[0] == "THREATEN" for c in coded) and not any(c[0] == "ASSAULT" for c in coded), coded


# ---------------------------------------------------------------- crowd control, storming, attacks repelled or foiled

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("La police kényane a tiré des gaz lacrymogènes sur les manifestants à Nairobi.", "KEN", "KEN"),
        ("Les policiers togolais ont utilisé des gaz lacrymogènes contre des étudiants à Lomé.", "TGO", "TGO"),
        ("Des policiers ont tiré des balles en caoutchouc sur des étudiants bangladais à Dacca.", "BGD", "BGD"),
    ],
)
def test_crowd_control_is_its_own_mode(text: str, source: str, target: str) -> None:
    assert ("ASSAULT", "crowd-control", "175", source, target) in _of_type(text, "ASSAULT"), _coded(text)


def test_a_building_stormed_by_a_crowd_is_a_riot_and_by_fighters_an_attack() -> None:
    crowd = _coded("Des manifestants ont pris d'assaut le Parlement kényan à Nairobi.")
    assert [c[0] for c in crowd] == ["PROTEST"] and crowd[0][1] == "riot", crowd
    fighters = _coded("Les jihadistes ont pris d'assaut un camp de l'armée nigérienne près de Tillabéri.")
    assert [c[0] for c in fighters] == ["ASSAULT"], fighters


def test_the_army_repelling_an_attack_is_the_one_attacked() -> None:
    found = [(e.source.name, e.target.country if e.target else None, e.target.sector if e.target else None)
             for e in code("L'armée congolaise a repoussé une attaque du M23 près de Goma.", PUBLISHED, "fr")
             if e.event_type == "ASSAULT" and e.polarity == "positive"]
    assert found == [("M23", "COD", "MIL")], found


def test_a_foiled_attack_did_not_happen() -> None:
    found = [e for e in code("L'armée malienne a déjoué une attaque jihadiste à Bamako.", PUBLISHED, "fr") if e.event_type == "ASSAULT"]
    assert found and all(e.polarity == "negative" for e in found)


def test_a_market_stormed_is_no_attack() -> None:
    assert not _coded("Le gouvernement a pris d'assaut le marché obligataire.")
