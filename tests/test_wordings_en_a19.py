"""English wordings of the cooperative CAMEO roots 03-09 (helper worden19a): idioms,
phrasal verbs and light-verb constructions of wire copy, each coded with its type,
CAMEO code and parties; and the ordinary senses of the same words, which code none.
Sentences written for these tests, about many countries."""

from __future__ import annotations

import pytest

from event_checks import coder

code = coder("en", "2024-05-01")

# sentence, type, CAMEO prefix, (source country, sector), (target country, sector)
WORDINGS = [
    # 03 intent: an expression offered is given, not promised
    ("Mexico offered condolences to Turkey after the earthquake.", "SUPPORT", "05", ("MEX", "GOV"), ("TUR", "GOV")),
    ("The Dutch prime minister offered his apologies to Indonesia for colonial-era violence.", "SUPPORT", "055", ("NLD", "GOV"), ("IDN", "GOV")),
    ("Chile's president offered his congratulations to the newly elected president of Uruguay.", "SUPPORT", "05", ("CHL", "GOV"), ("URY", "GOV")),
    # 04 consult
    ("The Malaysian and Thai defence ministers got together in Penang on Friday.", "CONSULT", "04", ("THA", "GOV"), ("MYS", "GOV")),
    ("Nepal's prime minister was the guest of the Indian president in New Delhi on Monday.", "CONSULT", "04", ("NPL", "GOV"), ("IND", "GOV")),
    ("The leaders of Malawi and Zambia put their heads together in Lilongwe over the drought.", "CONSULT", "04", ("ZMB", "GOV"), ("MWI", "GOV")),
    ("Kenya's interior minister met behind closed doors with Ethiopian officials in Addis Ababa.", "CONSULT", "04", ("KEN", "GOV"), ("ETH", "GOV")),
    # 05 support
    ("Nicaragua made common cause with Cuba at the United Nations on Tuesday.", "SUPPORT", "050", ("NIC", "GOV"), ("CUB", "GOV")),
    ("Vietnam's foreign minister spoke out in support of Laos at the meeting.", "SUPPORT", "051", ("VNM", "GOV"), ("LAO", "GOV")),
    ("The European Parliament passed a resolution in support of Moldova.", "SUPPORT", "051", ("EUR", "LEG"), ("MDA", None)),
    # 06 cooperate
    ("Peru and Chile stepped up security cooperation along their border.", "COOPERATE", "06", ("PER", "GOV"), ("CHL", "GOV")),
    ("Senegal and Mauritania pooled resources to fight illegal fishing.", "COOPERATE", "060", ("SEN", "GOV"), ("MRT", "GOV")),
    ("Kenyan troops operated alongside Somali forces in Jubaland on Monday.", "COOPERATE", "06", ("KEN", "MIL"), ("SOM", "MIL")),
    ("French police worked alongside Belgian investigators to dismantle a smuggling ring.", "COOPERATE", "06", ("FRA", "COP"), ("BEL", None)),
    ("Thailand and Laos patrolled the Mekong together.", "COOPERATE", "060", ("THA", "GOV"), ("LAO", "GOV")),
    # 07 aid
    ("India gifted two helicopters to the Maldives.", "AID", "07", ("IND", "GOV"), ("MDV", "GOV")),
    ("Malawi received 30 tonnes of medicines from Japan.", "AID", "073", ("JPN", "GOV"), ("MWI", "GOV")),
    ("Qatar deposited $1 billion at Egypt's central bank on Monday.", "AID", "071", ("QAT", "GOV"), ("EGY", "GOV")),
    ("Kuwait bailed out Jordan with a 500 million dollar loan.", "AID", "071", ("KWT", "GOV"), ("JOR", "GOV")),
    ("Iran armed the Houthi rebels with ballistic missiles.", "AID", "072", ("IRN", "GOV"), ("YEM", "REB")),
    ("Jordan deployed a field hospital in Khan Younis on Sunday.", "AID", "073", ("JOR", "GOV"), ("PSE", None)),
    ("Greece sent firefighters to North Macedonia on Monday.", "AID", "073", ("GRC", "GOV"), ("MKD", "GOV")),
    ("Japanese aid reached Myanmar on Friday.", "AID", "07", ("JPN", "GOV"), ("MMR", "GOV")),
    ("Kenya took in thousands of Somali refugees last year.", "AID", "075", ("KEN", "GOV"), ("SOM", "CVL")),
    ("Colombia opened its doors to Venezuelan refugees.", "AID", "075", ("COL", "GOV"), ("VEN", "CVL")),
    # 08 yield
    ("Washington scaled back its sanctions on Venezuela's oil sector.", "RETREAT", "085", ("USA", "GOV"), ("VEN", None)),
    ("Bolivia ended the state of emergency in La Paz on Monday.", "CONCEDE", "081", ("BOL", "GOV"), ("BOL", "CVL")),
    ("Sri Lanka's government put the electricity price hike on hold after a general strike.", "CONCEDE", "083", ("LKA", "GOV"), ("LKA", None)),
    # 09 investigate
    ("The UN Human Rights Council sent a fact-finding mission to Myanmar.", "ACCUSE", "09", ("UNO", None), ("MMR", None)),
    ("Kenyan detectives questioned the former minister about the tender.", "ACCUSE", "09", ("KEN", "COP"), ("KEN", None)),
    ("French judges are examining allegations of bribery against the Gabonese minister.", "ACCUSE", "09", ("FRA", "JUD"), ("GAB", "GOV")),
    # passives, the 'be to' future, and more idioms of the pass
    ("Sanctions on Myanmar were eased by Japan on Monday.", "RETREAT", "085", ("JPN", "GOV"), ("MMR", None)),
    ("The Philippine government announced a suspension of offensive operations against the communist rebels.", "RETREAT", "0871", ("PHL", "GOV"), ("PHL", None)),
    ("Nepal and India joined hands to fight cross-border smuggling.", "COOPERATE", "060", ("NPL", "GOV"), ("IND", "GOV")),
    ("Vietnam partnered with Japan on a new coast guard training programme.", "COOPERATE", "060", ("VNM", "GOV"), ("JPN", "GOV")),
    ("Italy tipped off Albanian police about the cocaine shipment.", "COOPERATE", "064", ("ITA", "GOV"), ("ALB", "COP")),
    ("Kuwait extended a lifeline to Jordan's economy with a $500 million grant.", "AID", "07", ("KWT", "GOV"), ("JOR", None)),
    ("The Turkish navy ferried aid to Gaza by sea.", "AID", "073", ("TUR", "MIL"), ("PSE", None)),
    ("Saudi Arabia rolled over a $3 billion loan to Egypt.", "AID", "071", ("SAU", "GOV"), ("EGY", "GOV")),
    ("Niger gave shelter to thousands of Malian refugees.", "AID", "075", ("NER", "GOV"), ("MLI", "CVL")),
    ("Norway poured millions of euros into Moldova's energy grid.", "AID", "07", ("NOR", "GOV"), ("MDA", None)),
    ("Two French nationals walked free from an Iranian prison on Monday.", "RETREAT", "0841", ("IRN", None), ("FRA", None)),
    ("Britain unfroze $1 billion of Libyan assets.", "RETREAT", "085", ("GBR", "GOV"), ("LBY", None)),
    ("Estonia stood shoulder to shoulder with Finland in the row with Russia.", "SUPPORT", "05", ("EST", "GOV"), ("FIN", "GOV")),
]


@pytest.mark.parametrize(("text", "event_type", "cameo", "source", "target"), WORDINGS)
def test_wording_is_coded(text: str, event_type: str, cameo: str, source: tuple, target: tuple) -> None:
    """Each wording codes its type and CAMEO code, done, between the parties it names."""
    found = [e for e in code(text) if e.event_type == event_type and e.polarity == "positive"]
    assert found, [(e.event_type, e.cameo, e.source, e.target) for e in code(text)]
    event = found[0]
    assert (event.cameo or "").startswith(cameo), event.cameo
    assert event.modality == "actual"
    assert event.source.country == source[0]
    assert source[1] is None or event.source.sector == source[1]
    assert event.target is not None and event.target.country == target[0]
    assert target[1] is None or event.target.sector == target[1]


# sentence, a type it must not code: the ordinary sense of a wording's word
COUNTERS = [
    ("Chile said it would offer its condolences to Peru.", "SUPPORT"),  # promised, not yet given
    ("Gunmen armed with machetes attacked a village in northern Nigeria.", "AID"),  # armed men, no one armed
    ("The government bailed out the national airline on Monday.", "AID"),  # one's own company
    ("The opposition questioned the legitimacy of the election.", "ACCUSE"),  # doubt, no investigation
    ("Kenyan and Somali troops fought alongside each other in Jubaland.", "ASSAULT"),  # allies, not foes
    ("The central bank of Ghana kept interest rates on hold on Monday.", "CONCEDE"),  # finance, no concession
    ("Fans of the two clubs got together outside the stadium in Lagos.", "CONSULT"),  # sport, no consultation
    ("The Indian government put its aid to the Maldives on hold.", "CONCEDE"),  # aid halted: a sanction's
    ("Thousands of protesters marched together to the parliament in Nairobi.", "COOPERATE"),  # a march, no cooperation
    ("Mozambique received 20 tonnes of medicines it had ordered from India.", "AID"),  # bought goods: trade
    ("The striker gifted the opponents a goal in Accra.", "AID"),  # sport
    ("The singer walked free from court in Lagos after the jury acquitted him.", "RETREAT"),  # acquittal, no release by a party
    ("The company partnered with Nokia to build a 5G network in Kenya.", "COOPERATE"),  # business
]


@pytest.mark.parametrize(("text", "event_type"), COUNTERS)
def test_ordinary_sense_is_no_event(text: str, event_type: str) -> None:
    """The word's ordinary sense (finance, sport, a weapon held, a doubt) codes no such event."""
    assert not [e for e in code(text) if e.event_type == event_type and e.polarity == "positive" and e.modality == "actual"], \
        [(e.event_type, e.cameo, e.source, e.target) for e in code(text)]

