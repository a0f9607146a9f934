"""Who did it to whom, and when, in constructions the parse leaves apart, in both
languages: the owner of the means as doer ("its aircraft struck", "ses avions ont
bombardé"), a criminal charge with no accuser named, the parties of an event noun
given by the participle after it ("l'attaque menée par X contre Y", "sanctions
imposed by the EU on Y"), a capital or a name the parse takes for what a finite verb
qualifies ("Pékin reproche à Washington de ..."), and a date of a relative clause
that describes a party, which is not the main clause's."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import lang_coder


_code = lang_coder("2024-05-02")


def _dyads(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events if e.polarity == "positive"}


@pytest.mark.parametrize(
    "text, lang, event",
    [
        # a reported clause: the owner is the reporter
        ("Ethiopia said on Monday that its aircraft struck rebel positions in Amhara.", "en", ("ASSAULT", "ETH", "ETH")),
        ("Le Soudan a affirmé mardi que ses avions avaient bombardé des positions des FSR au Darfour.", "fr", ("ASSAULT", "SDN", "SDN")),
        ("Kiev a indiqué que ses drones avaient frappé une raffinerie russe.", "fr", ("ASSAULT", "UKR", "RUS")),
        # no report: the possessive stands for the last actor, as any pronoun
        ("Russia launched a new offensive in the east. Its drones hit Kharkiv on Tuesday.", "en", ("ASSAULT", "RUS", "UKR")),
        ("L'armée éthiopienne a lancé une offensive au Tigré. Ses avions ont bombardé Mekele mardi.", "fr", ("ASSAULT", "ETH", "ETH")),
    ],
)
def test_the_owner_of_the_means_is_the_doer(text, lang, event):
    events = _code(text, lang)
    assert event in _dyads(events), [(e.event_type, e.source, e.target) for e in events]


def test_a_relative_possessive_is_no_pronoun_doer():
    # "whose disputes sparked clashes": the relative's antecedent owns the disputes; no pronoun stands for anyone
    events = _code("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a treaty on the border between "
                   "the two neighbours, whose disputes over water sparked deadly clashes in 2021.", "en")
    assert all(e.event_type != "ASSAULT" for e in events), [(e.event_type, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text, lang, country, target_sector",
    [
        ("Former Ugandan opposition leader Kizza Besigye was charged with treason on Tuesday.", "en", "UGA", "OPP"),
        ("Pakistan's former prime minister Imran Khan was indicted on corruption charges in Islamabad.", "en", "PAK", "ELI"),
        ("Three Senegalese journalists were charged with spreading false news.", "en", "SEN", "JRN"),
        ("L'ancien président péruvien Pedro Castillo a été inculpé de corruption à Lima.", "fr", "PER", "ELI"),
    ],
)
def test_a_charge_with_no_accuser_is_brought_by_the_accused_state_prosecutors(text, lang, country, target_sector):
    charge = [e for e in _code(text, lang) if e.event_type == "ACCUSE"]
    assert len(charge) == 1, charge
    assert (charge[0].cameo, charge[0].source.country, charge[0].source.sector) == ("1121", country, "JUD")
    assert (charge[0].target.country, charge[0].target.sector) == (country, target_sector)


def test_a_charge_brought_abroad_is_brought_by_the_state_of_the_place():
    charge = [e for e in _code("A Russian national was charged in Germany with spying for Moscow.", "en") if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.source.sector, e.target.country) for e in charge] == [("DEU", "JUD", "RUS")]


def test_a_charge_after_an_arrest_is_the_arrest_s_sequel():
    events = _code("Tanzanian opposition leader Tundu Lissu was arrested in April and charged with treason.", "en")
    assert [e.event_type for e in events] == ["COERCE"], [(e.event_type, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text, lang, event",
    [
        ("The sanctions imposed by the European Union on Belarus took effect on Monday.", "en", ("SANCTION", "EUR", "BLR")),
        ("An offensive launched by Azerbaijan against Armenian positions killed dozens.", "en", ("ASSAULT", "AZE", "ARM")),
        ("The attack carried out by Al-Shabaab against a Kenyan base killed several soldiers.", "en", ("ASSAULT", "SOM", "KEN")),
        ("L'attaque menée par le JNIM contre l'armée burkinabè a fait des dizaines de morts.", "fr", ("ASSAULT", "BFA", "BFA")),
        ("L'offensive lancée par l'armée soudanaise contre les FSR a fait des centaines de morts.", "fr", ("ASSAULT", "SDN", "SDN")),
    ],
)
def test_a_participle_after_an_event_noun_names_its_parties(text, lang, event):
    events = _code(text, lang)
    assert event in _dyads(events), [(e.event_type, e.source, e.target) for e in events]


def test_a_participle_of_judgement_names_no_doer():
    # "the attack condemned by the UN": the UN condemned, it did not attack
    events = _code("The attack condemned by the United Nations killed 20 civilians in Sudan.", "en")
    assert all(e.source.country != "IGO" and e.source.name != "United Nations" for e in events if e.event_type == "ASSAULT")


@pytest.mark.parametrize(
    "text, lang, event",
    [
        ("Pékin reproche à Washington d'attiser les tensions dans le détroit de Taïwan.", "fr", ("ACCUSE", "CHN", "USA")),
        ("Le Mali reproche à la France de soutenir les rebelles.", "fr", ("ACCUSE", "MLI", "FRA")),
        ("Macron, who met Tebboune in August, called on Algeria to release the writer.", "en", ("REQUEST", "FRA", "DZA")),
    ],
)
def test_a_finite_verb_hung_on_the_name_before_it_has_that_name_as_subject(text, lang, event):
    events = _code(text, lang)
    assert event in _dyads(events), [(e.event_type, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Macron, who met Tebboune in August, called on Algeria to release the writer.", "en"),
        ("Le président Macron, qui a rencontré Tebboune en août, a appelé l'Algérie à libérer l'écrivain.", "fr"),
    ],
)
def test_a_relative_clause_date_does_not_date_the_main_event(text, lang):
    events = _code(text, lang)
    request = next(e for e in events if e.event_type == "REQUEST")
    meeting = next(e for e in events if e.event_type == "CONSULT")
    assert meeting.date.value.startswith("2024-08")
    assert request.date.value == "2024-05-02"


@pytest.mark.parametrize(
    "text, lang, parties",
    [
        ("After meeting Zelensky in Kyiv, Scholz pledged new air defence systems to Ukraine.", "en", ("DEU", "UKR")),
        ("Before meeting Xi in Beijing, Lula promised to expand trade with China.", "en", ("BRA", "CHN")),
        ("Après avoir rencontré Zelensky à Kiev, Scholz a promis de nouveaux systèmes de défense aérienne à l'Ukraine.", "fr", ("DEU", "UKR")),
    ],
)
def test_a_fronted_meeting_of_time_is_held_not_promised(text, lang, parties):
    # the adverbial clause's subject is the main clause's, and what the main verb promises is not the meeting
    meetings = [(e.event_type, e.modality, e.source.country, e.target.country) for e in _code(text, lang)
                if e.trigger.lower().endswith(("meeting", "rencontré"))]
    assert meetings == [("CONSULT", "actual", *parties)]
