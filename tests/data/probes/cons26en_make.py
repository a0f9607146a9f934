"""Writes the English construction grid cons26en-{1,2}.en.jsonl (helper cons26en).

The same events (meetings, condemnations, expulsions, sanctions, aid, arrests, appeals,
accusations, threats) written in 24 syntactic shapes, with verbs and nouns the English
pack already codes in a plain clause, so that a miss is the construction's. Gold follows
GUIDELINES.md: a planned meeting or aid is AGREE intended, a decided expulsion is coded as
its type with modality intended, a conditional sanction ("would impose sanctions if") is a
threat, an agentless passive has a null source. The item id ends with the construction's
name. File 1 is tuned on; file 2 (other countries and other verbs, same constructions) never.

Run from the repository root: ``python tests/data/probes/cons26en_make.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import brief as E, sentence_item, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUBLISHED = "2025-06-11"



# (construction, text, events)
SET_1 = [
    ("pass_by", "Ethiopia was condemned by Kenya on Monday for the border raid.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("pass_by", "Two Serbian diplomats were expelled by Hungary on Tuesday.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("pass_by", "Sanctions were imposed on Belarus by Poland last week.", [E("SANCTION", "163", "POL", "BLR")]),
    ("pass_agentless", "Ethiopia's border raid was condemned on Monday.", [E("ACCUSE", "111", None, "ETH")]),
    ("pass_agentless", "Three Chinese fishermen were arrested on Friday.", [E("COERCE", "173", None, "CHN")]),
    ("pass_agentless", "Humanitarian aid was sent to Sudan on Wednesday.", [E("AID", "073", None, "SDN")]),
    ("redrel_by", "The Serbian envoy expelled by Hungary left Budapest on Sunday.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("redrel_by", "The aid sent by Egypt to Sudan reached Khartoum on Thursday.", [E("AID", "073", "EGY", "SDN")]),
    ("redrel_by", "The sanctions imposed by Japan on China took effect on Monday.", [E("SANCTION", "163", "JPN", "CHN")]),
    ("redrel_to", "Egyptian aid sent to Sudan reached Port Sudan on Thursday.", [E("AID", "073", "EGY", "SDN")]),
    ("redrel_to", "Polish sanctions imposed on Belarus in May hit potash exports.", [E("SANCTION", "163", "POL", "BLR")]),
    ("redrel_to", "Greek diplomats expelled from Turkey on Friday arrived in Athens on Saturday.", [E("SANCTION", "166", "TUR", "GRC")]),
    ("nom_by", "The condemnation of Ethiopia by Kenya came after the border raid.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("nom_by", "The expulsion of two Serbian diplomats by Hungary angered Belgrade.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("nom_by", "The arrest of three Chinese fishermen by Japan was reported on Monday.", [E("COERCE", "173", "JPN", "CHN")]),
    ("nom_poss", "Kenya's condemnation of Ethiopia was swift.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("nom_poss", "Hungary's expulsion of two Serbian diplomats was the first in years.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("nom_poss", "Egypt's delivery of humanitarian aid to Sudan began on Thursday.", [E("AID", "073", "EGY", "SDN")]),
    ("compound", "A Qatar-brokered agreement between Sudan and Chad was signed on Monday.", [E("AGREE", "057", "SDN", "TCD")]),
    ("compound", "Japan-led talks with China ended on Friday in Tokyo.", [E("CONSULT", "040", "JPN", "CHN")]),
    ("compound", "US-imposed sanctions on Venezuela took effect on Monday.", [E("SANCTION", "163", "USA", "VEN")]),
    ("modal_inf", "Hungary decided to expel two Serbian diplomats.", [E("SANCTION", "166", "HUN", "SRB", mod="intended")]),
    ("modal_inf", "Peru is set to meet Chile next week.", [E("AGREE", "036", "PER", "CHL", mod="intended")]),
    ("modal_inf", "Poland threatened to impose sanctions on Belarus.", [E("THREATEN", "1312", "POL", "BLR")]),
    ("modal_inf", "Egypt vowed to send humanitarian aid to Sudan.", [E("AGREE", "033", "EGY", "SDN", mod="intended")]),
    ("headline", "Kenya slams Ethiopia over border raid", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("headline", "Peru to meet Chile on border dispute", [E("AGREE", "036", "PER", "CHL", mod="intended")]),
    ("headline", "Hungary expels Serbian envoys", [E("SANCTION", "166", "HUN", "SRB")]),
    ("particip_adjunct", "After meeting Chile's president in Lima, Peru's president said trade would grow.", [E("CONSULT", "040", "PER", "CHL")]),
    ("particip_adjunct", "Accused by Kenya of arming rebels, Ethiopia denied the charge.", [E("ACCUSE", "112", "KEN", "ETH"), E("REJECT", "120", "ETH", "KEN", req=False)]),
    ("particip_adjunct", "Having condemned Ethiopia's border raid, Kenya urged Addis Ababa to withdraw its troops.", [E("ACCUSE", "111", "KEN", "ETH"), E("REQUEST", "10", "KEN", "ETH")]),
    ("following_talks", "Following talks with Chad, Sudan's foreign minister said the border would reopen.", [E("CONSULT", "040", "SDN", "TCD")]),
    ("following_talks", "Following a meeting with Greece's prime minister, the Turkish president left Athens.", [E("CONSULT", "042", "TUR", "GRC")]),
    ("relcl_subj", "Kenya, which condemned Ethiopia's border raid on Monday, is a member of the African Union.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("relcl_subj", "Hungary, which expelled two Serbian diplomats last week, said talks would continue.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("relcl_subj", "Egypt, which sent humanitarian aid to Sudan in May, has a long border with Libya.", [E("AID", "073", "EGY", "SDN")]),
    ("relcl_obj", "The two diplomats whom Hungary expelled were Serbian.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("relcl_obj", "Ethiopia, which Kenya condemned on Monday, denied any raid.", [E("ACCUSE", "111", "KEN", "ETH"), E("REJECT", "120", "ETH", "KEN", req=False)]),
    ("relcl_obj", "The aid that Egypt sent to Sudan arrived on Thursday.", [E("AID", "073", "EGY", "SDN")]),
    ("coord_verbs", "Kenya condemned Ethiopia's border raid and urged Addis Ababa to withdraw its troops.", [E("ACCUSE", "111", "KEN", "ETH"), E("REQUEST", "10", "KEN", "ETH")]),
    ("coord_verbs", "Hungary expelled two Serbian diplomats and recalled its ambassador from Belgrade.", [E("SANCTION", "166", "HUN", "SRB"), E("SANCTION", "161", "HUN", "SRB")]),
    ("coord_verbs", "Japan arrested three Chinese fishermen and seized their boat.", [E("COERCE", "173", "JPN", "CHN"), E("COERCE", "171", "JPN", "CHN")]),
    ("coord_args", "Kenya and Uganda condemned Ethiopia's border raid.", [E("ACCUSE", "111", "KEN", "ETH"), E("ACCUSE", "111", "UGA", "ETH")]),
    ("coord_args", "Poland imposed sanctions on Belarus and Russia.", [E("SANCTION", "163", "POL", "BLR"), E("SANCTION", "163", "POL", "RUS")]),
    ("coord_args", "Egypt and Qatar sent humanitarian aid to Sudan.", [E("AID", "073", "EGY", "SDN"), E("AID", "073", "QAT", "SDN")]),
    ("cleft", "It was Kenya that condemned Ethiopia's border raid.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("cleft", "It was Hungary that expelled the two Serbian diplomats.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("cleft", "It was Japan that arrested the Chinese fishermen.", [E("COERCE", "173", "JPN", "CHN")]),
    ("quote_inv", "Ethiopia must withdraw its troops from the border, said Kenya's foreign minister.", [E("REQUEST", "10", "KEN", "ETH")]),
    ("quote_inv", "Hungary has expelled two Serbian diplomats, the foreign ministry in Budapest said.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("quote_inv", "\"We condemn Ethiopia's border raid,\" said Kenya's president.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("according_to", "According to state media, Hungary expelled two Serbian diplomats on Tuesday.", [E("SANCTION", "166", "HUN", "SRB")]),
    ("according_to", "Japan arrested three Chinese fishermen on Friday, according to the coast guard.", [E("COERCE", "173", "JPN", "CHN")]),
    ("according_to", "Ethiopian troops attacked a Kenyan border post, according to Nairobi.", [E("ASSAULT", "190", "ETH", "KEN")]),
    ("title_appos", "Foreign Minister Amina Yusuf of Kenya condemned Ethiopia's border raid.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("title_appos", "Peruvian Foreign Minister Carlos Rojas met his Chilean counterpart in Lima on Monday.", [E("CONSULT", "040", "PER", "CHL")]),
    ("title_appos", "Hungary's foreign minister, Gabor Nagy, accused Serbia of spying.", [E("ACCUSE", "112", "HUN", "SRB")]),
    ("pronoun_next", "Kenya's foreign minister spoke in Nairobi on Monday. She condemned Ethiopia's border raid.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("pronoun_next", "Japan's coast guard patrolled the East China Sea on Friday. It arrested three Chinese fishermen.", [E("COERCE", "173", "JPN", "CHN")]),
    ("pronoun_next", "Poland's prime minister spoke in Warsaw on Monday. He urged Belarus to reopen the border.", [E("REQUEST", "10", "POL", "BLR")]),
    ("talks_call", "Egypt's foreign minister held talks with his Sudanese counterpart in Cairo.", [E("CONSULT", "040", "EGY", "SDN")]),
    ("talks_call", "In a call with Ethiopia's prime minister, Kenya's president urged restraint.", [E("CONSULT", "040", "KEN", "ETH", mode="phone"), E("REQUEST", "10", "KEN", "ETH")]),
    ("talks_call", "Peru's president spoke by phone with Chile's president on Monday.", [E("CONSULT", "040", "PER", "CHL", mode="phone")]),
    ("light_verb", "Kenya made an appeal to Ethiopia to withdraw its troops.", [E("REQUEST", "10", "KEN", "ETH")]),
    ("light_verb", "Ghana issued a warning to Togo over border incursions.", [E("THREATEN", "130", "GHA", "TGO")]),
    ("light_verb", "Japan lodged a protest with China over the arrests.", [E("ACCUSE", "111", "JPN", "CHN")]),
    ("light_verb", "Egypt gave humanitarian assistance to Sudan.", [E("AID", "073", "EGY", "SDN")]),
    ("future_cond", "Peru will meet Chile next week.", [E("AGREE", "036", "PER", "CHL", mod="intended")]),
    ("future_cond", "Poland would impose sanctions on Belarus if the border stayed closed.", [E("THREATEN", "1312", "POL", "BLR", mod="hypothetical")]),
    ("future_cond", "Hungary will expel two Serbian diplomats.", [E("SANCTION", "166", "HUN", "SRB", mod="intended")]),
    ("initial_adverbial", "On Monday, in Nairobi, Kenya condemned Ethiopia's border raid.", [E("ACCUSE", "111", "KEN", "ETH")]),
    ("initial_adverbial", "Late on Friday, Japan arrested three Chinese fishermen.", [E("COERCE", "173", "JPN", "CHN")]),
    ("initial_adverbial", "Earlier this week, Egypt sent humanitarian aid to Sudan.", [E("AID", "073", "EGY", "SDN")]),
]

SET_2 = [
    ("pass_by", "Algeria was denounced by Morocco on Tuesday for the border closure.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("pass_by", "Fifty Nigerien migrants were deported by Nigeria on Wednesday.", [E("COERCE", "174", "NGA", "NER")]),
    ("pass_by", "Indonesia was called on by Malaysia to curb the haze.", [E("REQUEST", "10", "MYS", "IDN")]),
    ("pass_agentless", "Uruguay's trade policy was criticised on Thursday.", [E("ACCUSE", "111", None, "URY")]),
    ("pass_agentless", "Two Thai journalists were detained on Saturday.", [E("COERCE", "173", None, "THA")]),
    ("pass_agentless", "Food aid was delivered to Afghanistan on Monday.", [E("AID", "071", None, "AFG")]),
    ("redrel_by", "The Moldovan diplomat expelled by Romania flew home on Sunday.", [E("SANCTION", "166", "ROU", "MDA")]),
    ("redrel_by", "The food aid delivered by Pakistan to Afghanistan reached Kabul on Friday.", [E("AID", "071", "PAK", "AFG")]),
    ("redrel_by", "The embargo imposed by Lithuania on Belarus took effect on Monday.", [E("SANCTION", "163", "LTU", "BLR")]),
    ("redrel_to", "Brazilian food aid delivered to Paraguay reached Asuncion on Thursday.", [E("AID", "071", "BRA", "PRY")]),
    ("redrel_to", "Cambodian workers deported from Thailand last week reached Phnom Penh on Monday.", [E("COERCE", "174", "THA", "KHM")]),
    ("nom_by", "The denunciation of Algeria by Morocco followed the border closure.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("nom_by", "The deportation of fifty Nigerien migrants by Nigeria began on Wednesday.", [E("COERCE", "174", "NGA", "NER")]),
    ("nom_by", "The detention of two Thai journalists by Cambodia was confirmed on Saturday.", [E("COERCE", "173", "KHM", "THA")]),
    ("nom_poss", "Morocco's denunciation of Algeria came on Tuesday.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("nom_poss", "Romania's expulsion of a Moldovan diplomat surprised many.", [E("SANCTION", "166", "ROU", "MDA")]),
    ("nom_poss", "Tanzania's criticism of Uganda grew sharper on Friday.", [E("ACCUSE", "111", "TZA", "UGA")]),
    ("compound", "A Turkey-brokered accord between Ukraine and Moldova was signed in Ankara on Friday.", [E("AGREE", "057", "UKR", "MDA")]),
    ("compound", "Brazil-led talks with Argentina ended on Thursday in Brasilia.", [E("CONSULT", "040", "BRA", "ARG")]),
    ("compound", "EU-imposed sanctions on Belarus were extended on Monday.", [E("SANCTION", "163", "EUR", "BLR")]),
    ("modal_inf", "Romania moved to expel a Moldovan diplomat on Monday.", [E("SANCTION", "166", "ROU", "MDA", mod="intended")]),
    ("modal_inf", "Argentina's president is set to visit Uruguay next month.", [E("AGREE", "042", "ARG", "URY", mod="intended")]),
    ("modal_inf", "Lithuania threatened to impose an embargo on Belarus.", [E("THREATEN", "1312", "LTU", "BLR")]),
    ("modal_inf", "Pakistan pledged to deliver food aid to Afghanistan.", [E("AGREE", "033", "PAK", "AFG", mod="intended")]),
    ("headline", "Morocco denounces Algeria over border closure", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("headline", "Brazil to host Argentina for trade talks", [E("AGREE", "036", "BRA", "ARG", mod="intended")]),
    ("headline", "Nigeria deports Nigerien migrants", [E("COERCE", "174", "NGA", "NER")]),
    ("particip_adjunct", "After talks with Uruguay's president in Montevideo, Argentina's president flew to Chile.", [E("CONSULT", "042", "ARG", "URY"), E("CONSULT", "042", "ARG", "CHL")]),
    ("particip_adjunct", "Criticised by Tanzania for the border closure, Uganda reopened two crossings.", [E("ACCUSE", "111", "TZA", "UGA"), E("CONCEDE", "08", "UGA", "TZA", req=False)]),
    ("following_talks", "Following talks with Indonesia, Malaysia's prime minister said the haze would ease.", [E("CONSULT", "040", "MYS", "IDN")]),
    ("following_talks", "Following a meeting with Morocco's king, the Senegalese president left Rabat.", [E("CONSULT", "042", "SEN", "MAR")]),
    ("relcl_subj", "Morocco, which denounced Algeria on Tuesday, is a member of the African Union.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("relcl_subj", "Nigeria, which deported fifty Nigerien migrants last week, said more would follow.", [E("COERCE", "174", "NGA", "NER")]),
    ("relcl_obj", "The journalists whom Cambodia detained were Thai.", [E("COERCE", "173", "KHM", "THA")]),
    ("relcl_obj", "The food aid that Pakistan delivered to Afghanistan arrived on Friday.", [E("AID", "071", "PAK", "AFG")]),
    ("relcl_obj", "Algeria, which Morocco denounced on Tuesday, rejected the charge.", [E("ACCUSE", "111", "MAR", "DZA"), E("REJECT", "120", "DZA", "MAR", req=False)]),
    ("coord_verbs", "Morocco denounced the border closure and called on Algeria to reopen the crossings.", [E("ACCUSE", "111", "MAR", "DZA"), E("REQUEST", "10", "MAR", "DZA")]),
    ("coord_verbs", "Cambodia detained two Thai journalists and deported a Thai activist.", [E("COERCE", "173", "KHM", "THA"), E("COERCE", "174", "KHM", "THA")]),
    ("coord_args", "Morocco and Tunisia denounced Algeria's border closure.", [E("ACCUSE", "111", "MAR", "DZA"), E("ACCUSE", "111", "TUN", "DZA")]),
    ("coord_args", "Lithuania imposed an embargo on Belarus and Russia.", [E("SANCTION", "163", "LTU", "BLR"), E("SANCTION", "163", "LTU", "RUS")]),
    ("coord_args", "Pakistan and Iran delivered food aid to Afghanistan.", [E("AID", "071", "PAK", "AFG"), E("AID", "071", "IRN", "AFG")]),
    ("cleft", "It was Morocco that denounced Algeria's border closure.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("cleft", "It was Nigeria that deported the Nigerien migrants.", [E("COERCE", "174", "NGA", "NER")]),
    ("quote_inv", "Algeria must reopen the border, said Morocco's foreign minister.", [E("REQUEST", "10", "MAR", "DZA")]),
    ("quote_inv", "Romania has expelled a Moldovan diplomat, the foreign ministry in Bucharest said.", [E("SANCTION", "166", "ROU", "MDA")]),
    ("quote_inv", "\"We denounce Algeria's border closure,\" said Morocco's prime minister.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("according_to", "According to state radio, Cambodia detained two Thai journalists on Saturday.", [E("COERCE", "173", "KHM", "THA")]),
    ("according_to", "Nigeria deported fifty Nigerien migrants on Wednesday, according to the immigration service.", [E("COERCE", "174", "NGA", "NER")]),
    ("title_appos", "Foreign Minister Karim Alaoui of Morocco denounced Algeria's border closure.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("title_appos", "Argentine Foreign Minister Lucia Torres met her Uruguayan counterpart in Montevideo on Monday.", [E("CONSULT", "040", "ARG", "URY")]),
    ("title_appos", "Romania's foreign minister, Ana Popescu, accused Moldova of spying.", [E("ACCUSE", "112", "ROU", "MDA")]),
    ("pronoun_next", "Morocco's foreign minister spoke in Rabat on Tuesday. He denounced Algeria's border closure.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("pronoun_next", "Malaysia's prime minister spoke in Kuala Lumpur on Monday. He called on Indonesia to curb the haze.", [E("REQUEST", "10", "MYS", "IDN")]),
    ("talks_call", "Argentina's foreign minister held talks with her Uruguayan counterpart in Buenos Aires.", [E("CONSULT", "040", "ARG", "URY")]),
    ("talks_call", "In a call with Indonesia's president, Malaysia's prime minister called for joint action on the haze.", [E("CONSULT", "040", "MYS", "IDN", mode="phone"), E("REQUEST", "10", "MYS", "IDN", req=False)]),
    ("light_verb", "Malaysia made an appeal to Indonesia to curb the haze.", [E("REQUEST", "10", "MYS", "IDN")]),
    ("light_verb", "Tanzania issued a warning to Uganda over the border closure.", [E("THREATEN", "130", "TZA", "UGA")]),
    ("light_verb", "Thailand lodged a protest with Cambodia over the detentions.", [E("ACCUSE", "111", "THA", "KHM")]),
    ("future_cond", "Argentina's president will visit Uruguay next month.", [E("AGREE", "042", "ARG", "URY", mod="intended")]),
    ("future_cond", "Lithuania would impose an embargo on Belarus if the border stayed closed.", [E("THREATEN", "1312", "LTU", "BLR", mod="hypothetical")]),
    ("future_cond", "Romania will expel a Moldovan diplomat.", [E("SANCTION", "166", "ROU", "MDA", mod="intended")]),
    ("initial_adverbial", "On Tuesday, in Rabat, Morocco denounced Algeria's border closure.", [E("ACCUSE", "111", "MAR", "DZA")]),
    ("initial_adverbial", "Late on Saturday, Cambodia detained two Thai journalists.", [E("COERCE", "173", "KHM", "THA")]),
    ("initial_adverbial", "Earlier this week, Pakistan delivered food aid to Afghanistan.", [E("AID", "071", "PAK", "AFG")]),
]


# a headline alone is too short for the language guess (chronicle eval codes each text as
# received): it comes with a neutral line of body, as in a story
HEADLINE_BODY = "\n\nOfficials gave no further details."


def write(name, items):
    write_jsonl(HERE / f"{name}.en.jsonl", (
        sentence_item(f"{name}-{n:03d}-{cons}", "en", evidence + HEADLINE_BODY if cons == "headline" else evidence,
                      PUBLISHED, events, evidence)
        for n, (cons, evidence, events) in enumerate(items, 1)))


if __name__ == "__main__":
    write("cons26en-1", SET_1)
    write("cons26en-2", SET_2)
