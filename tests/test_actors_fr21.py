"""Groups that stand for parties an earlier event gathered (helper actorsfr21): "les
parties", "the parties" with no count are every party of the article's last event among
three or more; "les trois pays européens", "the three European countries" are that
event's members of the region; "les Européens", "the Europeans" are its European members
when the gathering had others too, else the European Union as before. A list that was no
event's parties (the members of a bloc meeting alone) is never such a group. Sentences
written for these tests, about many countries, in both languages."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2024-06-01")


def _pairs(text: str, lang: str, event_type: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events of ``event_type`` in the text's last sentence."""
    start = text.rfind(". ") + 2
    return {(e.source.country, e.target.country if e.target else None) for e in code(text, lang)
            if e.event_type == event_type and e.char_start >= start}


def _unordered(pairs: set[tuple[str | None, str | None]]) -> set[frozenset[str | None]]:
    return {frozenset(p) for p in pairs}


def test_the_parties_after_four_states_met_are_all_four() -> None:
    text = ("Les ministres de l'Arménie, du Canada, de la Belgique et de la Tunisie se sont réunis "
            "mardi à Genève. Les parties sont convenues de se revoir à Tunis en mars.")
    found = _unordered(_pairs(text, "fr", "AGREE"))
    assert found == {frozenset(p) for p in [("ARM", "CAN"), ("ARM", "BEL"), ("ARM", "TUN"), ("CAN", "BEL"),
                                             ("CAN", "TUN"), ("BEL", "TUN")]}, found


def test_the_parties_english() -> None:
    text = ("Representatives of Iran, France, Germany and Britain met in Geneva on Tuesday. "
            "The parties agreed to meet again in Geneva.")
    found = _unordered(_pairs(text, "en", "AGREE"))
    assert frozenset(("IRN", "FRA")) in found and frozenset(("DEU", "GBR")) in found and len(found) == 6, found


def test_the_parties_addressed_after_two_sides_are_those_two() -> None:
    text = ("Haïti et la République dominicaine ont ouvert des pourparlers lundi à Ouanaminthe. "
            "L'OEA a appelé les parties à la retenue.")
    targets = {t for _, t in _pairs(text, "fr", "REQUEST")}
    assert targets == {"HTI", "DOM"}, targets


def test_civil_parties_are_no_group() -> None:
    text = ("Les délégations du Niger, du Mali et du Tchad se sont réunies lundi à Niamey. "
            "Les parties civiles ont demandé une enquête.")
    assert not _pairs(text, "fr", "REQUEST")


def test_three_african_countries_among_four_met() -> None:
    text = ("Les représentants du Mali, du Niger, du Burkina Faso et de la Russie se sont réunis lundi à Bamako. "
            "Les trois pays africains ont demandé à Moscou de livrer des armes.")
    assert _pairs(text, "fr", "REQUEST") == {("MLI", "RUS"), ("NER", "RUS"), ("BFA", "RUS")}


def test_three_european_countries_english() -> None:
    text = ("Representatives of Iran, France, Germany and Britain met in Geneva on Tuesday. "
            "The three European countries demanded that Tehran allow inspectors back.")
    assert _pairs(text, "en", "REQUEST") == {("FRA", "IRN"), ("DEU", "IRN"), ("GBR", "IRN")}


def test_the_europeans_after_a_meeting_with_russia_are_its_european_members() -> None:
    text = ("Les représentants de la Russie, de la France, de l'Allemagne et de l'Italie se sont retrouvés mardi à Vienne. "
            "Les Européens ont condamné la Russie pour ses frappes.")
    assert _pairs(text, "fr", "ACCUSE") == {("FRA", "RUS"), ("DEU", "RUS"), ("ITA", "RUS")}


def test_the_europeans_after_europeans_met_alone_stay_the_union() -> None:
    # a bloc's members named at their own meeting are no group the demonym picks from
    text = ("Les ministres des Affaires étrangères de la France, de l'Allemagne et de la Belgique se sont réunis lundi à Bruxelles. "
            "Les Européens ont condamné la Russie pour ses frappes.")
    assert _pairs(text, "fr", "ACCUSE") == {("EUR", "RUS")}


def test_the_europeans_with_no_gathering_stay_the_union() -> None:
    text = "Le Canada a accusé l'Inde d'ingérence. Les Européens ont condamné New Delhi."
    assert _pairs(text, "fr", "ACCUSE") == {("EUR", "IND")}


def test_a_two_party_pair_is_unchanged_by_an_earlier_gathering() -> None:
    # "les deux pays" are the last two states that dealt with each other, not the gathering
    text = ("Les ministres du Liban, de la Syrie et de la Jordanie se sont réunis lundi à Amman. "
            "Mardi, le Liban a accusé la Syrie de bombardements. Les deux pays ont convenu de rouvrir la frontière.")
    found = _unordered(_pairs(text, "fr", "AGREE"))
    assert found == {frozenset(("LBN", "SYR"))}, found


def test_they_after_a_joint_act_are_its_doers_not_its_target() -> None:
    # "ils" after three states acted together on a fourth party are the three
    text = ("Le Niger, le Mali et le Burkina Faso ont accusé mardi l'Algérie d'ingérence. "
            "Ils ont également convenu de créer une banque commune.")
    found = _unordered(_pairs(text, "fr", "AGREE"))
    assert found == {frozenset(p) for p in [("NER", "MLI"), ("NER", "BFA"), ("MLI", "BFA")]}, found


def test_the_two_sides_commit_to_each_other() -> None:
    text = ("Le Cambodge et la Thaïlande ont tenu des pourparlers lundi à Kuala Lumpur. "
            "Les deux parties se sont engagées à renforcer leur coopération sécuritaire.")
    found = _unordered(_pairs(text, "fr", "AGREE"))
    assert found == {frozenset(("KHM", "THA"))}, found


def test_a_single_state_commitment_keeps_no_target() -> None:
    # one party's own commitment names no other (counter-case)
    text = ("Le Kenya et Haïti ont tenu des pourparlers lundi à Nairobi. "
            "Le Kenya s'est engagé à former des policiers.")
    found = _pairs(text, "fr", "AGREE")
    assert found and not any(t == "HTI" for _, t in found), found


def test_they_after_a_joint_act_english() -> None:
    text = ("Armenia, Georgia and Moldova condemned Russia on Monday. "
            "They also agreed to create a joint energy fund.")
    found = _unordered(_pairs(text, "en", "AGREE"))
    assert found == {frozenset(p) for p in [("ARM", "GEO"), ("ARM", "MDA"), ("GEO", "MDA")]}, found


def test_a_mediators_appeal_to_both_sides_addresses_those_it_mediates_between() -> None:
    # the war told most of (Sudan and Chad) is not whom Egypt's appeal addresses
    text = ("Le Soudan a accusé le Tchad de soutenir les FSR. Le Tchad a rejeté ces accusations. "
            "Le Soudan a rappelé son ambassadeur à N'Djamena. "
            "L'Egypte, qui mène une médiation entre l'armée soudanaise et les FSR, a appelé les deux parties à respecter la trêve.")
    found = {(c, s) for c, s in _target_sides(text)}
    assert found == {("SDN", "MIL"), ("SDN", "REB")}, found


def _target_sides(text: str) -> set[tuple[str | None, str | None]]:
    start = text.rfind(". ") + 2
    return {(e.target.country, e.target.sector) for e in code(text, "fr")
            if e.event_type == "REQUEST" and e.char_start >= start and e.target is not None}
