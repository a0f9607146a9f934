"""French constructions the coder reads as mechanisms, not words: what a threat,
refusal or promise holds is its content and no event of its own; an event noun
that is the subject of a passive takes the passive's agent; an adverbial clause
takes its subject from the clause it modifies; verbs the model reads as nouns
right after a name are read as verbs. Sentences written for these tests, about
many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code

Triple = tuple[str, str | None, str | None]


def _events(text: str) -> set[Triple]:
    """(type, source country, target country) of the positive events coded."""
    return {
        (e.event_type, e.source.country, e.target.country if e.target else None)
        for e in code(text, "2024-05-14", "fr")
        if e.polarity == "positive"
    }


def _types(text: str) -> list[str]:
    return [e.event_type for e in code(text, "2024-05-14", "fr") if e.polarity == "positive"]


# ---------------------------------------------------------------- threats, refusals

@pytest.mark.parametrize(
    "text, expected, not_coded",
    [
        ("Ankara menace Stockholm de bloquer son adhésion à l'Otan.", ("THREATEN", "TUR", "SWE"), "REJECT"),
        ("Le Mali a refusé de signer l'accord avec l'Algérie.", ("REJECT", "MLI", "DZA"), "AGREE"),
        # the deliveries' recipient, read on the noun's 'de' complement (nested, helper nomfr21), is the one threatened
        ("Moscou menace de frapper les livraisons d'armes occidentales à l'Ukraine.", ("THREATEN", "RUS", "UKR"), "ASSAULT"),
        ("Bamako menace de rompre ses relations avec Paris.", ("THREATEN", "MLI", "FRA"), "SANCTION"),
    ],
)
def test_what_is_threatened_or_refused_is_no_event_of_its_own(text: str, expected: Triple, not_coded: str) -> None:
    events = _events(text)
    assert expected in events
    assert not_coded not in {t for t, _, _ in events}


# ---------------------------------------------------------------- promises and agreements

@pytest.mark.parametrize(
    "text, expected",
    [
        ("La Chine a promis de livrer des armes au Cambodge.", ("AGREE", "CHN", "KHM")),
        ("Le Japon s'est engagé à livrer des vivres au Soudan.", ("AGREE", "JPN", "SDN")),
        ("La Chine a promis de fournir une aide militaire au Cambodge.", ("AGREE", "CHN", "KHM")),
        ("Le Maroc et la Mauritanie ont convenu de renforcer leur coopération.", ("AGREE", "MAR", "MRT")),
    ],
)
def test_a_promised_act_is_coded_once_as_the_promise(text: str, expected: Triple) -> None:
    assert expected in _events(text)
    assert len(_types(text)) == 1, code(text, "2024-05-14", "fr")


def test_coordinated_parties_that_commit_together_agree_with_each_other() -> None:
    events = _events("Le Guyana et le Venezuela se sont engagés à régler par la voie diplomatique leur différend.")
    assert events == {("AGREE", "GUY", "VEN")}
    trio = _events("Le Sénégal, le Mali et la Guinée se sont engagés à relancer le projet de barrage.")
    assert {frozenset((s, t)) for _, s, t in trio} == {frozenset(p) for p in (("SEN", "MLI"), ("SEN", "GIN"), ("MLI", "GIN"))}


def test_a_refused_agreement_is_a_rejection_not_a_negated_agreement() -> None:
    events = code("Le Mali a refusé de signer l'accord avec l'Algérie.", "2024-05-14", "fr")
    assert [e.event_type for e in events] == ["REJECT"]


# ---------------------------------------------------------------- passives of event nouns

@pytest.mark.parametrize(
    "text, expected",
    [
        ("La suspension de l'accord de défense avec la France a été annoncée par le Niger.", ("SANCTION", "NER", "FRA")),
        ("La rupture des relations avec Israël a été décidée par la Bolivie.", ("SANCTION", "BOL", "ISR")),
        ("L'expulsion de deux diplomates russes a été ordonnée par la Pologne.", ("SANCTION", "POL", "RUS")),
        ("De nouvelles sanctions contre l'Iran ont été adoptées par l'Union européenne.", ("SANCTION", "EUR", "IRN")),
    ],
)
def test_an_event_noun_subject_of_a_passive_is_done_by_the_agent(text: str, expected: Triple) -> None:
    assert expected in _events(text)


def test_a_witness_in_a_passive_is_no_doer() -> None:
    """'filmer' neither carries nor states the attack: its agent did not attack."""
    assert _events("L'attaque contre la base de Tessalit a été filmée par des soldats maliens.") == set()


# ---------------------------------------------------------------- adverbial clauses

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Après avoir rencontré le président kényan, le ministre chinois s'est rendu en Ouganda.", ("CONSULT", "CHN", "KEN")),
        ("La France a condamné l'attaque en appelant le Mali à retrouver l'ordre constitutionnel.", ("REQUEST", "FRA", "MLI")),
        ("Le Qatar a accueilli les négociations en exhortant Israël à accepter une trêve.", ("REQUEST", "QAT", "ISR")),
        ("Le Premier ministre indien s'est rendu au Népal avant de rencontrer le président bangladais.", ("CONSULT", "IND", "BGD")),
    ],
)
def test_an_adverbial_clause_takes_the_subject_of_its_clause(text: str, expected: Triple) -> None:
    assert expected in _events(text)


def test_the_object_of_the_main_clause_is_not_the_subject_of_a_perfect_infinitive() -> None:
    events = _events("Le président sénégalais a condamné la Gambie après avoir rencontré son homologue mauritanien.")
    assert ("ACCUSE", "SEN", "GMB") in events
    assert all(source != "GMB" for t, source, _ in events if t == "CONSULT")


# ---------------------------------------------------------------- verbs read as nouns

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington presse Pékin de cesser ses manœuvres autour de Taïwan.", ("REQUEST", "USA", "CHN")),
        ("Manille presse Washington d'intensifier les patrouilles en mer de Chine méridionale.", ("REQUEST", "PHL", "USA")),
        ("Téhéran menace Israël de représailles.", ("THREATEN", "IRN", "ISR")),
        ("Kigali appelle Kinshasa à dialoguer avec le M23.", ("REQUEST", "RWA", "COD")),
        ("Ankara exhorte Bagdad à expulser les combattants du PKK.", ("REQUEST", "TUR", "IRQ")),
        ("Le gouvernement burkinabè menace de suspendre les médias français.", ("THREATEN", "BFA", "FRA")),
    ],
)
def test_a_verb_read_as_a_noun_after_a_name_is_a_verb(text: str, expected: Triple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "La presse kényane a publié la lettre du ministre.",
        "Le Monde presse le pas vers une nouvelle formule.",
        "La menace terroriste reste élevée au Sahel, selon les experts.",
        "La menace d'expulsion pèse sur les diplomates étrangers.",
    ],
)
def test_the_noun_sense_codes_nothing(text: str) -> None:
    assert not {t for t in _types(text)} & {"REQUEST", "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Le Soudan ne menace pas de quitter l'Igad.",
        "La Chine n'a pas promis de livrer des armes au Cambodge.",
    ],
)
def test_a_negated_threat_or_promise_codes_no_positive_event(text: str) -> None:
    assert _types(text) == []


# ---------------------------------------------------------------- parts of a country, aid suspended

@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'armée israélienne a lancé mardi une offensive terrestre dans le sud du Liban.", ("ASSAULT", "ISR", "LBN")),
        ("L'armée turque a bombardé des positions kurdes dans le nord de l'Irak.", ("ASSAULT", "TUR", "IRQ")),
        ("L'aviation russe a frappé des dépôts dans l'est de l'Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_a_part_of_a_country_is_where_the_attack_strikes(text: str, expected: Triple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les Etats-Unis ont annoncé la suspension de leur aide à l'Ethiopie.", ("SANCTION", "USA", "ETH")),
        ("La Suède a annoncé la suspension de son aide au Mali.", ("SANCTION", "SWE", "MLI")),
        ("Le Danemark a réduit son aide budgétaire au Burkina Faso.", ("SANCTION", "DNK", "BFA")),
    ],
)
def test_aid_suspended_names_its_recipient(text: str, expected: Triple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le roi du Maroc a reçu mardi à Rabat le président de la Mauritanie.", ("CONSULT", "MRT", "MAR")),
        ("Le président kényan a rencontré jeudi à Nairobi son homologue somalien.", ("CONSULT", "SOM", "KEN")),
    ],
)
def test_the_object_after_a_day_and_a_place_is_the_verbs(text: str, expected: Triple) -> None:
    """Wire copy puts the day and the place between the verb and its object; the
    model hangs the object on the place. The visitor is the source (GUIDELINES)."""
    assert expected in _events(text)


# ---------------------------------------------------------------- violence stated without its doer

@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive without agent: the doer is unknown (GUIDELINES: null country), the victims the target
        ("Trois soldats nigériens ont été tués dans une embuscade près de Niamey.", ("ASSAULT", None, "NER")),
        ("Un journaliste haïtien a été enlevé à Port-au-Prince.", ("ASSAULT", None, "HTI")),
        ("Un député ougandais a été assassiné à Kampala.", ("ASSAULT", None, "UGA")),
        # a headline participle
        ("Deux casques bleus tués dans l'attaque d'un camp au Mali.", ("ASSAULT", None, "UNO")),
        # a weapon as subject of its impact
        ("Une mine a tué quatre soldats tchadiens.", ("ASSAULT", None, "TCD")),
        # an event noun as subject of its toll: the dead are the place's
        ("L'attentat a fait 12 morts à Mogadiscio.", ("ASSAULT", None, "SOM")),
        # the victims of "périr dans" are no doers; the strike's adjective names the doer
        ("Des civils ont péri dans des frappes russes sur Kharkiv.", ("ASSAULT", "RUS", "UKR")),
        # a claim or an attribution names the doer
        ("L'enlèvement d'un prêtre colombien à Cali a été attribué à l'ELN.", ("ASSAULT", "COL", "COL")),
        ("L'attaque contre un poste de police à Ouagadougou, revendiquée par le JNIM, a fait cinq morts.", ("ASSAULT", "BFA", "BFA")),
    ],
)
def test_violence_stated_without_its_doer_has_an_unknown_source(text: str, expected: Triple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le projet de loi a été tué dans l'œuf par le Sénat.",
        "Il a tué le temps en lisant le journal à Dakar.",
        "Le Kenya a été frappé par une sécheresse historique.",
        "Le président sortant a été battu aux élections par son rival.",
    ],
)
def test_ordinary_senses_of_violent_verbs_code_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_no_one_killed_is_a_negative_assault() -> None:
    events = code("Aucun soldat n'a été tué dans l'attaque de Kidal, selon l'armée malienne.", "2024-05-14", "fr")
    assert [e.polarity for e in events if e.event_type == "ASSAULT"] == ["negative"]


def test_a_denied_attack_is_not_coded_as_actual() -> None:
    events = code("L'armée turque a démenti avoir bombardé des villages kurdes en Irak.", "2024-05-14", "fr")
    assert [(e.event_type, e.polarity) for e in events] == [("ASSAULT", "negative")]


def test_more_than_a_number_negates_nothing() -> None:
    assert ("ASSAULT", None, "RUS") in _events("Une attaque contre une salle de concert près de Moscou a fait plus de 130 morts.")


def test_an_unknown_doer_is_no_antecedent() -> None:
    """"il" after an attack with no doer stands for the last actor named, not for nobody."""
    text = "Le président kényan a remercié l'Ethiopie. Trois policiers ont été tués à Mombasa. Il a ensuite remercié l'Ouganda."
    assert ("SUPPORT", "KEN", "UGA") in _events(text)


# ---------------------------------------------------------------- the place struck

@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'armée russe a tiré des missiles sur la région de Kharkiv.", ("ASSAULT", "RUS", "UKR")),
        ("L'aviation soudanaise a bombardé un marché d'El-Fasher.", ("ASSAULT", "SDN", "SDN")),
        ("L'Ukraine a lancé des drones sur la région russe de Belgorod.", ("ASSAULT", "UKR", "RUS")),
    ],
)
def test_a_place_struck_names_the_target(text: str, expected: Triple) -> None:
    assert expected in _events(text)


def test_missiles_fired_into_the_sea_are_a_launch() -> None:
    assert _types("La Corée du Nord a tiré deux missiles balistiques en mer du Japon.") == ["MOBILIZE"]


# ---------------------------------------------------------------- endings, refusals, demanded clauses

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Niger a mis fin à sa coopération militaire avec la France.", ("SANCTION", "NER", "FRA")),
        ("Le Burkina Faso a mis fin aux pourparlers avec la Côte d'Ivoire.", ("SANCTION", "BFA", "CIV")),
    ],
)
def test_what_an_ending_phrase_ends_is_a_sanction_not_the_act(text: str, expected: Triple) -> None:
    events = _events(text)
    assert expected in events
    assert {t for t, _, _ in events} == {"SANCTION"}


def test_the_end_of_a_summit_is_no_ending_of_the_meeting_after_it() -> None:
    assert ("CONSULT", "FRA", "ZAF") in _events("À la fin du sommet de Johannesburg, Emmanuel Macron a rencontré Cyril Ramaphosa.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Venezuela ne libérera pas les opposants colombiens détenus à Caracas.", ("REJECT", "VEN", "COL")),
        ("L'Union européenne refuse de lever les sanctions contre la Biélorussie.", ("REJECT", "EUR", "BLR")),
    ],
)
def test_a_concession_refused_or_negated_in_the_future_is_a_rejection(text: str, expected: Triple) -> None:
    events = _events(text)
    assert expected in events
    assert not {"CONCEDE", "RETREAT"} & {t for t, _, _ in events}


def test_a_concession_made_stays_a_concession() -> None:
    assert "REJECT" not in _types("Le Venezuela a libéré des opposants colombiens détenus à Caracas.")


def test_the_subject_of_a_demanded_clause_is_the_target() -> None:
    assert ("REQUEST", "MAR", "DZA") in _events("Le Maroc exige que l'Algérie retire ses troupes de la frontière.")


def test_an_object_after_a_full_date_is_the_verbs() -> None:
    """"rencontrera dimanche 30 juin son homologue": the parse chains the object onto the month."""
    assert ("AGREE", "KEN", "TZA") in _events("Le président kényan rencontrera dimanche 30 juin son homologue tanzanien.")


@pytest.mark.parametrize(
    "text, partners",
    [
        ("Le ministre sénégalais effectuera des rencontres bilatérales avec ses homologues ghanéen et ivoirien.", {"GHA", "CIV"}),
        ("Le ministre marocain prévoit de tenir des réunions bilatérales avec ses homologues du Royaume-Uni, de l'Union européenne, des Pays-Bas et de l'Afrique du Sud.", {"GBR", "EUR", "NLD", "ZAF"}),
    ],
)
def test_coordinated_counterparts_are_each_a_party(text: str, partners: set[str]) -> None:
    assert {t for kind, _, t in _events(text) if kind == "AGREE"} == partners


# ---------------------------------------------------------------- phrases going on through participial clauses

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington a livré des missiles destinés à l'Ukraine.", ("AID", "USA", "UKR")),
        ("Le Venezuela a amassé des soldats à sa frontière commune avec le Guyana.", ("MOBILIZE", "VEN", "GUY")),
    ],
)
def test_a_participial_clause_does_not_end_the_phrase_that_names_the_party(text: str, expected: Triple) -> None:
    """"des missiles destinés à l'Ukraine": the party's marker lies past the participle."""
    assert expected in _events(text)


# ---------------------------------------------------------------- verbs the model reads as nouns or adjectives

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le ministère kényan de l'Intérieur enquête sur la mort d'un opposant à Nairobi.", ("ACCUSE", "KEN", "KEN")),
        ("Le ministère ukrainien de la Défense enquête sur la mort de deux civils à Kharkiv.", ("ACCUSE", "UKR", "UKR")),
    ],
)
def test_a_present_tense_verb_with_its_own_subject_is_a_verb(text: str, expected: Triple) -> None:
    """"Le ministère ... de la Défense enquête sur": the model tags "enquête" NOUN or ADJ
    after a noun, yet gives it "ministère" as subject; only a verb has one."""
    assert expected in _events(text)


def test_a_noun_with_its_article_is_no_verb() -> None:
    assert "ACCUSE" not in _types("Le rapport de l'enquête sur la mort d'un opposant kényan a été publié à Nairobi.")


def test_a_past_participle_in_i_left_unreduced_is_its_verb() -> None:
    """fr_core_news_md may keep "envahi" as its own lemma and tag it NOUN after its
    auxiliary, as it does for -é participles; the pack's lemma repair reads "envahir"."""
    from chronicle.pipeline import Coder

    tools = Coder().tools("fr")
    doc = tools.nlp("Les rebelles du M23 ont envahi la ville congolaise de Goma.")
    participle = next(t for t in doc if t.text == "envahi")
    participle.lemma_, participle.pos_ = "envahi", "NOUN"  # the model's misreading
    found = {(m.token.text, m.entry.type) for m in tools.triggers.find(doc[:])}
    assert ("envahi", "ASSAULT") in found


# ---------------------------------------------------------------- "du gouvernement": an agent with its article

def test_an_agent_after_du_is_a_party() -> None:
    """"du" holds the article ("de le"): "la démission du gouvernement" names the
    government, unlike the bare "une visite d'Etat"."""
    assert ("PROTEST", "GEO", "GEO") in _events("Des milliers de Géorgiens ont défilé à Tbilissi pour exiger la démission du gouvernement.")
