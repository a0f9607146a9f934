"""English wordings of CAMEO roots 10-20 (wave 19, helper worden19b).

A systematic pass code by code over the conflict half of the codebook found
wire-copy wordings no entry coded: idioms whose object is the target ("knocked
on Washington's door for", "gave the cold shoulder to", "thumbed its nose at",
"rained shells on"), phrasal verbs ("tore into", "turned out against", "hauled
off to jail", "roughed up", "wound down its aid") and light verbs of a known
event noun ("slapped a curfew on", "placed X under a curfew"), and hyphenated
event nouns the English tokenizer split ("sit-in", "counter-offensive"). Each
case is a sentence written for this test (many regions, none from the gold
sets), coded by the real English pipeline: type, CAMEO root, both sides'
countries and, where the wording fixes it, a sector. Beside them sit the
ordinary senses of the same words (sport, economy, weather, celebration),
which must code no event of that type.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, only

PUBLISHED = "2024-05-15"

code = coder("en", PUBLISHED)


@pytest.mark.parametrize("text, event_type, root, pair", [
    # 10 REQUEST
    ("Poland knocked on Washington's door for more Patriot batteries.", "REQUEST", "10", ("POL", "USA")),
    ("Pakistan knocked on Beijing's door for a fresh loan.", "REQUEST", "10", ("PAK", "CHN")),
    ("Kyiv has been lobbying Washington hard for long-range missiles.", "REQUEST", "10", ("UKR", "USA")),
    ("Colombia's president challenged the ELN to release all hostages.", "REQUEST", "10", ("COL", "COL")),
    ("Zambia turned to China for debt relief on Thursday.", "REQUEST", "10", ("ZMB", "CHN")),
    ("An appeal for food aid was launched by Malawi's government.", "REQUEST", "10", ("MWI", None)),
    ("Peru's opposition lawmakers want President Dina Boluarte out.", "REQUEST", "10", ("PER", "PER")),
    # 11 ACCUSE
    ("Egypt came under criticism from Britain over the death sentences.", "ACCUSE", "11", ("GBR", "EGY")),
    ("Pakistan's opposition tore into the government over the rising prices.", "ACCUSE", "11", ("PAK", "PAK")),
    ("Turkey's president laid into Sweden over the Koran burning.", "ACCUSE", "11", ("TUR", "SWE")),
    ("Beijing heaped scorn on the US report about Xinjiang.", "ACCUSE", "11", ("CHN", "USA")),
    # 12 REJECT
    ("Mali's junta gave the cold shoulder to French mediation.", "REJECT", "12", ("MLI", "FRA")),
    ("Lebanon's parliament voted down the government's budget.", "REJECT", "12", ("LBN", "LBN")),
    ("Warsaw blocked the EU's migration pact on Thursday.", "REJECT", "12", ("POL", "EUR")),
    ("The Burmese junta ignored ASEAN's five-point peace plan.", "REJECT", "12", ("MMR", "IGO")),
    ("Hungary thumbed its nose at the European Court's ruling.", "REJECT", "12", ("HUN", "EUR")),
    ("Beijing waved away the Philippine protest over the shoal.", "REJECT", "12", ("CHN", "PHL")),
    ("The Houthis threw out a UN roadmap for peace in Yemen.", "REJECT", "12", ("YEM", "UNO")),
    ("Eritrea will not accept Kenyan mediation in its border row with Ethiopia.", "REJECT", "12", ("ERI", "KEN")),
    # 13 THREATEN
    ("Washington put Beijing on notice over its support for Russia's army.", "THREATEN", "13", ("USA", "CHN")),
    ("Russia rattled its nuclear sabre at Britain on Tuesday.", "THREATEN", "13", ("RUS", "GBR")),
    ("The Kremlin menaced Moldova with gas cuts.", "THREATEN", "13", ("RUS", "MDA")),
    # 14 PROTEST
    ("Bangladeshi students staged a sit-in outside parliament in Dhaka.", "PROTEST", "14", ("BGD", "BGD")),
    ("Thousands of Serbians turned out in Belgrade against the lithium mine.", "PROTEST", "14", ("SRB", "SRB")),
    ("Thousands of Venezuelans poured onto the streets of Caracas to contest the result.", "PROTEST", "14", ("VEN", "VEN")),
    ("Polish truckers blockaded the border crossing into Ukraine.", "PROTEST", "14", ("POL", "POL")),
    ("Bangladeshi dockworkers downed tools at Chittagong port on Tuesday.", "PROTEST", "14", ("BGD", "BGD")),
    ("Kenyan teachers picketed the education ministry in Nairobi.", "PROTEST", "14", ("KEN", "KEN")),
    ("Peruvian farmers cut off the main highway near Cusco on Monday.", "PROTEST", "14", ("PER", "PER")),
    ("A nationwide stoppage shut Bolivian schools and hospitals.", "PROTEST", "14", ("BOL", "BOL")),
    ("A jailed Cuban dissident has gone without food for twelve days in protest at his sentence.", "PROTEST", "14", ("CUB", "CUB")),
    # 15 MOBILIZE
    ("Chinese warships circled Taiwan on Thursday.", "MOBILIZE", "15", ("CHN", "TWN")),
    ("Beijing flexed its military muscle near Taiwan on Monday.", "MOBILIZE", "15", ("CHN", "TWN")),
    ("Azerbaijan beefed up its military presence along the Armenian border.", "MOBILIZE", "15", ("AZE", None)),
    ("Britain drafted extra police onto the streets of Manchester.", "MOBILIZE", "15", ("GBR", None)),
    # 16 SANCTION
    ("Military aid to Egypt was put on hold by Washington.", "SANCTION", "16", ("USA", "EGY")),
    ("Budget support to Mali was suspended by the European Union.", "SANCTION", "16", ("EUR", "MLI")),
    ("Denmark is winding down its development aid to Burkina Faso.", "SANCTION", "16", ("DNK", "BFA")),
    ("The US pulled the plug on aid to Ethiopia.", "SANCTION", "16", ("USA", "ETH")),
    ("Argentina cut its mission in Caracas to charge d'affaires level.", "SANCTION", "16", ("ARG", "VEN")),
    # 17 COERCE
    ("Authorities in Conakry slapped a curfew on the capital.", "COERCE", "17", ("GIN", "GIN")),
    ("Papua New Guinea placed Port Moresby under a curfew.", "COERCE", "17", ("PNG", "PNG")),
    ("Security forces in Harare hauled opposition supporters off to jail.", "COERCE", "17", ("ZWE", "ZWE")),
    ("Iranian police picked up a prominent rapper in Isfahan.", "COERCE", "17", ("IRN", "IRN")),
    ("Iran impounded a Greek tanker in the Gulf.", "COERCE", "17", ("IRN", "GRC")),
    ("Nigeria's closure of its border with Benin hurt traders.", "COERCE", "19", ("NGA", "BEN")),
    # 18 ASSAULT (175 crowd control, 181 hostage, 182 beating)
    ("Turkish riot police dispersed the crowd with water cannon.", "ASSAULT", "17", ("TUR", "TUR")),
    ("Kenyan police teargassed protesters in Nairobi.", "ASSAULT", "17", ("KEN", "KEN")),
    ("Bangladeshi students were teargassed by police in Dhaka.", "ASSAULT", "17", ("BGD", "BGD")),
    ("Zimbabwean police broke up an opposition rally in Harare.", "ASSAULT", "17", ("ZWE", "ZWE")),
    ("Kenyan police roughed up opposition activists in Nairobi.", "ASSAULT", "18", ("KEN", "KEN")),
    ("Nigerian gunmen took 15 passengers hostage in Zamfara.", "ASSAULT", "18", ("NGA", "NGA")),
    # 19 FIGHT
    ("Russian forces rained shells on Kharkiv overnight.", "ASSAULT", "19", ("RUS", "UKR")),
    ("Houthi rebels fired missiles at an American warship.", "ASSAULT", "19", ("YEM", "USA")),
    ("Ukrainian forces pushed into Russia's Kursk region.", "ASSAULT", "19", ("UKR", "RUS")),
    ("Russian missiles slammed into an apartment block in Dnipro.", "ASSAULT", "19", ("RUS", "UKR")),
    ("Hezbollah lobbed rockets into northern Israel.", "ASSAULT", "1", ("LBN", "ISR")),
    ("Indian and Chinese troops came to blows in Arunachal Pradesh.", "ASSAULT", "19", ("IND", "CHN")),
    ("Sudan's army launched a counter-offensive against the RSF in Omdurman.", "ASSAULT", "19", ("SDN", "SDN")),
])
def test_wording_codes_its_event(text, event_type, root, pair):
    event = only(code(text), event_type)
    assert event.polarity == "positive"
    assert (event.cameo or "").startswith(root), event.cameo
    assert dyad(event) == pair


@pytest.mark.parametrize("text, event_type, sectors", [
    ("Kenyan police roughed up opposition activists in Nairobi.", "ASSAULT", ("COP", "OPP")),
    ("Security forces in Harare hauled opposition supporters off to jail.", "COERCE", ("COP", "OPP")),
    ("Bangladeshi dockworkers downed tools at Chittagong port on Tuesday.", "PROTEST", ("LAB", "GOV")),
    ("Chinese warships circled Taiwan on Thursday.", "MOBILIZE", ("MIL", "GOV")),
    ("Colombia's president challenged the ELN to release all hostages.", "REQUEST", ("GOV", "REB")),
])
def test_wording_gives_the_sectors(text, event_type, sectors):
    event = only(code(text), event_type)
    assert (event.source.sector, event.target.sector if event.target else None) == sectors


@pytest.mark.parametrize("text, event_type", [
    ("It turned out that the Malaysian minister had misled parliament.", "PROTEST"),
    ("Voters turned out in large numbers across Indonesia on Wednesday.", "PROTEST"),
    ("Argentine fans poured into the streets of Buenos Aires to celebrate the World Cup victory.", "PROTEST"),
    ("Heavy rain poured onto the streets of Mumbai on Monday.", "PROTEST"),
    ("A car tore into a crowd at a Christmas market in Magdeburg.", "ACCUSE"),
    ("Germany phased out coal subsidies in 2023.", "SANCTION"),
    ("The Italian navy picked up 40 migrants off Lampedusa.", "COERCE"),
    ("Indonesia's economy picked up speed in the third quarter.", "COERCE"),
    ("Vietnam's central bank stepped up its fight against inflation.", "MOBILIZE"),
    ("Sri Lanka's economy was pushed into recession by the debt crisis.", "ASSAULT"),
    ("Saudi Arabia flexed its economic muscle at the OPEC meeting.", "MOBILIZE"),
    ("Germany heaped praise on Poland's role in the coalition.", "ACCUSE"),
    ("Thousands of pilgrims thronged the streets of Mecca.", "PROTEST"),
    ("A Kenyan court threw out the election petition of the opposition leader.", "REJECT"),
    ("Russian troops cut off the road to Bakhmut.", "PROTEST"),
    ("Russian troops cut off the road to Bakhmut.", "SANCTION"),
    ("The American government shutdown entered its third week.", "PROTEST"),
    ("Kenya's lawmakers drafted a new bill on police reform.", "MOBILIZE"),
    ("The closure of the Kenyan border crossing for repairs angered truckers.", "COERCE"),
    ("The crowd in Nairobi dispersed peacefully after the concert.", "ASSAULT"),
    ("American regulators broke up the Chinese company's US unit.", "ASSAULT"),
    ("A Kenyan truck slammed into a bus near Nakuru.", "ASSAULT"),
    ("The Rwandan president waved to the crowd in Kigali.", "REJECT"),
    ("Brazilian voters put the new president on a pedestal.", "THREATEN"),
])
def test_ordinary_sense_codes_no_event(text, event_type):
    assert event_type not in {e.event_type for e in code(text)}


def test_an_agreement_not_reached_stays_a_negated_agree():
    """Only a future refusal to accept or agree is a rejection: talks that ended without a
    deal are a negated AGREE (GUIDELINES), not a REJECT."""
    events = code("Israel and Hamas did not reach an agreement in Doha on Sunday.")
    assert "REJECT" not in {e.event_type for e in events}
    assert only(events, "AGREE").polarity == "negative"


def test_a_hyphenated_event_noun_stays_one_word():
    """The tokenizer keeps 'sit-in' whole, so the sit-in entry (CAMEO 144) finds it."""
    event = only(code("Zimbabwean nurses held a sit-in at the health ministry in Harare."), "PROTEST")
    assert event.source.country == "ZWE" and event.cameo == "144"
