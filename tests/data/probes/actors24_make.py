"""Writes tests/data/probes/actors24-{1,2}.{en,fr}.jsonl (helper actors24): actor readings that
fail as classes. Id letters: c a body whose name many countries' bodies share ("Congress",
"the Senate", "l'Assemblée nationale", "the Conservative Party"), in a story about one country
that names another as its partner or target: the body is the story's country, never the
other side's nor a default; b armed forces named with a nationality adjective or a country
complement ("les Forces de défense kényanes", "Ukraine's armed forces") or the RSF (REB);
e an EU delegation or ambassador (EUR IGO) and a country's delegation or mission to the UN
(that country's GOV, no UN event); a a person the sentence gives a nationality or an
affiliation ("of Kenya's ODM", "le Tchadien X", "porte-parole du M23") in a story about
another country; d a region that is no country ("the Horn of Africa", "les Grands Lacs",
"the Balkans", "the Sahel") named beside an event: no actor, no country.
Set 1 is tuned on, set 2 never. Run from the repository root: python3 tests/data/probes/actors24_make.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party as a, write_jsonl  # noqa: E402

PUB = "2025-06-11"


def ev(etype, cameo, src, tgt, evidence, mode=None, required=True):
    return gold_event(etype, cameo, src, tgt, evidence, mode=mode, required=required)


SETS = {}
SETS[("1", "en")] = [
    ("c1", "Peru's president Dina Boluarte met Chile's president Gabriel Boric in Santiago. Congress accused Boluarte of corruption on Tuesday.",
     [ev("CONSULT", "042", a("PER", "GOV", "Dina Boluarte"), a("CHL", "GOV", "Gabriel Boric"), "met Chile's president"),
      ev("ACCUSE", "112", a("PER", "LEG"), a("PER", "GOV", "Dina Boluarte"), "Congress accused Boluarte")]),
    ("c2", "ACCRA, June 10 - Ghana's president John Mahama signed a trade deal with Togo. The Parliament condemned Togo on Tuesday over the border closure.",
     [ev("AGREE", "057", a("GHA", "GOV", "John Mahama"), a("TGO", "GOV"), "signed a trade deal with Togo"),
      ev("ACCUSE", "111", a("GHA", "LEG"), a("TGO", "GOV"), "The Parliament condemned Togo")]),
    ("c3", "Colombia's president Gustavo Petro met Venezuela's president Nicolas Maduro in Caracas. The Senate condemned Venezuela on Tuesday.",
     [ev("CONSULT", "042", a("COL", "GOV", "Gustavo Petro"), a("VEN", "GOV", "Nicolás Maduro"), "met Venezuela's president"),
      ev("ACCUSE", "111", a("COL", "LEG"), a("VEN", "GOV"), "The Senate condemned Venezuela")]),
    ("c4", "NAIROBI, June 10 - Kenya signed a security pact with Somalia. The Senate criticised Somalia on Wednesday.",
     [ev("AGREE", "057", a("KEN", "GOV"), a("SOM", "GOV"), "signed a security pact with Somalia"),
      ev("ACCUSE", "111", a("KEN", "LEG"), a("SOM", "GOV"), "The Senate criticised Somalia")]),
    ("c5", "Pakistan's prime minister Shehbaz Sharif met Afghanistan's foreign minister in Islamabad. The National Assembly condemned Afghanistan on Tuesday.",
     [ev("CONSULT", "042", a("AFG", "GOV"), a("PAK", "GOV", "Shehbaz Sharif"), "met Afghanistan's foreign minister"),
      ev("ACCUSE", "111", a("PAK", "LEG"), a("AFG", "GOV"), "The National Assembly condemned Afghanistan")]),
    ("b1", "The Kenya Defence Forces attacked Al-Shabaab positions in Somalia on Tuesday.",
     [ev("ASSAULT", "190", a("KEN", "MIL"), a("SOM", "REB", "al-Shabaab"), "attacked Al-Shabaab positions")]),
    ("b2", "The Armed Forces of the Philippines accused China of ramming a supply boat on Tuesday.",
     [ev("ACCUSE", "112", a("PHL", "MIL"), a("CHN", "GOV"), "accused China")]),
    ("b3", "The Rapid Support Forces (RSF) attacked the Sudanese army in El Fasher on Tuesday.",
     [ev("ASSAULT", "190", a("SDN", "REB", "Rapid Support Forces"), a("SDN", "MIL"), "attacked the Sudanese army")]),
    ("e1", "Nigeria's delegation to the UN accused Niger of harbouring militants on Tuesday.",
     [ev("ACCUSE", "112", a("NGA", "GOV"), a("NER", "GOV"), "accused Niger")]),
    ("e2", "The EU delegation in Kenya condemned the Kenyan police on Tuesday.",
     [ev("ACCUSE", "111", a("EUR", "IGO"), a("KEN", "COP"), "condemned the Kenyan police")]),
    ("e3", "Ghana's mission to the United Nations condemned Burkina Faso's junta on Tuesday.",
     [ev("ACCUSE", "111", a("GHA", "GOV"), a("BFA", "GOV"), "condemned Burkina Faso's junta")]),
    ("a1", "PORT SUDAN, June 10 - Sudan's foreign minister met Chad's foreign minister. John Mbadi, of Kenya's ODM, condemned the Sudanese army on Tuesday.",
     [ev("CONSULT", "042", a("TCD", "GOV"), a("SDN", "GOV"), "met Chad's foreign minister"),
      ev("ACCUSE", "111", a("KEN", "PTY", "John Mbadi"), a("SDN", "MIL"), "condemned the Sudanese army")]),
    ("a2", "Ethiopia's prime minister met Somalia's president in Addis Ababa. Robert Kyagulanyi, of Uganda's National Unity Platform, criticised Ethiopia on Tuesday.",
     [ev("CONSULT", "042", a("SOM", "GOV"), a("ETH", "GOV"), "met Somalia's president"),
      ev("ACCUSE", "111", a("UGA", "OPP", "Robert Kyagulanyi"), a("ETH", "GOV"), "criticised Ethiopia")]),
    ("d1", "The United States sent food aid to the Horn of Africa on Tuesday.",
     [ev("AID", "073", a("USA", "GOV"), None, "sent food aid")]),
    ("d2", "Mali's junta accused France of destabilising the Sahel on Tuesday.",
     [ev("ACCUSE", "112", a("MLI", "GOV"), a("FRA", "GOV"), "accused France")]),
]
SETS[("1", "fr")] = [
    ("c1", "Le président péruvien Dina Boluarte a rencontré son homologue chilien Gabriel Boric à Santiago. Le Congrès a accusé Dina Boluarte de corruption mardi.",
     [ev("CONSULT", "042", a("PER", "GOV", "Dina Boluarte"), a("CHL", "GOV", "Gabriel Boric"), "a rencontré son homologue chilien"),
      ev("ACCUSE", "112", a("PER", "LEG"), a("PER", "GOV", "Dina Boluarte"), "Le Congrès a accusé")]),
    ("c2", "Le président ghanéen John Mahama a signé un accord commercial avec le Togo. Le Parlement a condamné le Togo mardi.",
     [ev("AGREE", "057", a("GHA", "GOV", "John Mahama"), a("TGO", "GOV"), "a signé un accord commercial avec le Togo"),
      ev("ACCUSE", "111", a("GHA", "LEG"), a("TGO", "GOV"), "Le Parlement a condamné le Togo")]),
    ("c3", "Le président ivoirien Alassane Ouattara a signé un accord avec le Burkina Faso. L'Assemblée nationale a condamné le Burkina Faso mardi.",
     [ev("AGREE", "057", a("CIV", "GOV", "Alassane Ouattara"), a("BFA", "GOV"), "a signé un accord avec le Burkina Faso"),
      ev("ACCUSE", "111", a("CIV", "LEG"), a("BFA", "GOV"), "L'Assemblée nationale a condamné le Burkina Faso")]),
    ("c4", "Le président colombien Gustavo Petro a rencontré son homologue vénézuélien à Caracas. Le Sénat a condamné le Venezuela mardi.",
     [ev("CONSULT", "042", a("COL", "GOV", "Gustavo Petro"), a("VEN", "GOV"), "a rencontré son homologue vénézuélien"),
      ev("ACCUSE", "111", a("COL", "LEG"), a("VEN", "GOV"), "Le Sénat a condamné le Venezuela")]),
    ("c5", "DAKAR, 10 juin - Le Sénégal a signé un accord de pêche avec la Mauritanie. L'Assemblée nationale a critiqué la Mauritanie mercredi.",
     [ev("AGREE", "057", a("SEN", "GOV"), a("MRT", "GOV"), "a signé un accord de pêche avec la Mauritanie"),
      ev("ACCUSE", "111", a("SEN", "LEG"), a("MRT", "GOV"), "L'Assemblée nationale a critiqué la Mauritanie")]),
    ("b1", "Les Forces de défense kényanes ont attaqué des positions des shebab en Somalie mardi.",
     [ev("ASSAULT", "190", a("KEN", "MIL"), a("SOM", "REB", "al-Shabaab"), "ont attaqué des positions des shebab")]),
    ("b2", "Les Forces de défense du peuple ougandais ont attaqué les rebelles des ADF en RDC mardi.",
     [ev("ASSAULT", "190", a("UGA", "MIL"), a("COD", "REB", "Allied Democratic Forces"), "ont attaqué les rebelles des ADF")]),
    ("b3", "Les Forces armées de la RDC (FARDC) ont attaqué les rebelles du M23 près de Goma mardi.",
     [ev("ASSAULT", "190", a("COD", "MIL"), a("COD", "REB", "M23"), "ont attaqué les rebelles du M23")]),
    ("b4", "Les Forces de soutien rapide (FSR) ont attaqué l'armée soudanaise à El-Fasher mardi.",
     [ev("ASSAULT", "190", a("SDN", "REB", "Rapid Support Forces"), a("SDN", "MIL"), "ont attaqué l'armée soudanaise")]),
    ("e1", "La délégation du Nigeria à l'ONU a accusé le Niger d'abriter des militants mardi.",
     [ev("ACCUSE", "112", a("NGA", "GOV"), a("NER", "GOV"), "a accusé le Niger")]),
    ("e2", "La délégation de l'UE au Kenya a condamné la police kényane mardi.",
     [ev("ACCUSE", "111", a("EUR", "IGO"), a("KEN", "COP"), "a condamné la police kényane")]),
    ("a1", "PORT-SOUDAN, 10 juin - Le ministre soudanais des Affaires étrangères a rencontré son homologue tchadien. Le Tchadien Succès Masra a condamné l'armée soudanaise mardi.",
     [ev("CONSULT", "042", a("SDN", "GOV"), a("TCD", "GOV"), "a rencontré son homologue tchadien"),
      ev("ACCUSE", "111", a("TCD", "OPP", "Succès Masra"), a("SDN", "MIL"), "a condamné l'armée soudanaise")]),
    ("a2", "Le ministre éthiopien a rencontré son homologue somalien à Addis-Abeba. Robert Kyagulanyi, député de la Plateforme d'unité nationale ougandaise, a critiqué l'Éthiopie mardi.",
     [ev("CONSULT", "042", a("ETH", "GOV"), a("SOM", "GOV"), "a rencontré son homologue somalien"),
      ev("ACCUSE", "111", a("UGA", "LEG", "Robert Kyagulanyi"), a("ETH", "GOV"), "a critiqué l'Éthiopie")]),
    ("d1", "Les États-Unis ont envoyé une aide alimentaire à la Corne de l'Afrique mardi.",
     [ev("AID", "073", a("USA", "GOV"), None, "ont envoyé une aide alimentaire")]),
    ("d2", "Le Rwanda a accusé la RDC de déstabiliser les Grands Lacs mardi.",
     [ev("ACCUSE", "112", a("RWA", "GOV"), a("COD", "GOV"), "a accusé la RDC")]),
]
SETS[("2", "en")] = [
    ("c1", "Guatemala's president Bernardo Arevalo met Mexico's president Claudia Sheinbaum in Mexico City. Congress accused Arevalo of abuse of power on Tuesday.",
     [ev("CONSULT", "042", a("GTM", "GOV", "Bernardo Arévalo"), a("MEX", "GOV", "Claudia Sheinbaum"), "met Mexico's president"),
      ev("ACCUSE", "112", a("GTM", "LEG"), a("GTM", "GOV"), "Congress accused Arevalo")]),
    ("c2", "LUSAKA, June 10 - Zambia signed an energy deal with Malawi. The National Assembly criticised Malawi on Wednesday.",
     [ev("AGREE", "057", a("ZMB", "GOV"), a("MWI", "GOV"), "signed an energy deal with Malawi"),
      ev("ACCUSE", "111", a("ZMB", "LEG"), a("MWI", "GOV"), "The National Assembly criticised Malawi")]),
    ("c3", "Nigeria's president Bola Tinubu met Niger's junta leader in Abuja. The Senate condemned Niger on Tuesday.",
     [ev("CONSULT", "042", a("NER", "GOV"), a("NGA", "GOV", "Bola Tinubu"), "met Niger's junta leader"),
      ev("ACCUSE", "111", a("NGA", "LEG"), a("NER", "GOV"), "The Senate condemned Niger")]),
    ("c4", "Canada's prime minister Mark Carney met the US president in Washington. The Conservative Party criticised the United States on Tuesday.",
     [ev("CONSULT", "042", a("CAN", "GOV", "Mark Carney"), a("USA", "GOV"), "met the US president"),
      ev("ACCUSE", "111", a("CAN", "OPP"), a("USA", "GOV"), "The Conservative Party criticised the United States")]),
    ("b1", "The Uganda People's Defence Force attacked ADF rebels in Congo on Tuesday.",
     [ev("ASSAULT", "190", a("UGA", "MIL"), a("COD", "REB", "Allied Democratic Forces"), "attacked ADF rebels")]),
    ("b2", "Ethiopia's armed forces attacked Fano militias in Amhara on Tuesday.",
     [ev("ASSAULT", "190", a("ETH", "MIL"), a("ETH", "REB"), "attacked Fano militias")]),
    ("b3", "The Somali National Army attacked al-Shabaab fighters near Baidoa on Tuesday.",
     [ev("ASSAULT", "190", a("SOM", "MIL"), a("SOM", "REB", "al-Shabaab"), "attacked al-Shabaab fighters")]),
    ("e1", "Kenya's delegation to the United Nations condemned Sudan on Tuesday.",
     [ev("ACCUSE", "111", a("KEN", "GOV"), a("SDN", "GOV"), "condemned Sudan")]),
    ("e2", "The European Union's ambassador to Nigeria criticised the Nigerian police on Tuesday.",
     [ev("ACCUSE", "111", a("EUR", "IGO"), a("NGA", "COP"), "criticised the Nigerian police")]),
    ("a1", "Ethiopia's foreign minister met Kenya's president in Nairobi. Tundu Lissu, of Tanzania's Chadema, criticised Kenya on Tuesday.",
     [ev("CONSULT", "042", a("ETH", "GOV"), a("KEN", "GOV"), "met Kenya's president"),
      ev("ACCUSE", "111", a("TZA", "OPP", "Tundu Lissu"), a("KEN", "GOV"), "criticised Kenya")]),
    ("d1", "Serbia condemned Kosovo on Tuesday, raising tensions in the Balkans.",
     [ev("ACCUSE", "111", a("SRB", "GOV"), a("XKX", "GOV"), "Serbia condemned Kosovo")]),
    ("d2", "Japan sent humanitarian aid to the Great Lakes region on Tuesday.",
     [ev("AID", "073", a("JPN", "GOV"), None, "sent humanitarian aid")]),
]
SETS[("2", "fr")] = [
    ("c1", "Le président guatémaltèque Bernardo Arévalo a rencontré son homologue mexicaine à Mexico. Le Congrès a accusé Bernardo Arévalo d'abus de pouvoir mardi.",
     [ev("CONSULT", "042", a("GTM", "GOV", "Bernardo Arévalo"), a("MEX", "GOV"), "a rencontré son homologue mexicaine"),
      ev("ACCUSE", "112", a("GTM", "LEG"), a("GTM", "GOV", "Bernardo Arévalo"), "Le Congrès a accusé")]),
    ("c2", "LUSAKA, 10 juin - La Zambie a signé un accord énergétique avec le Malawi. L'Assemblée nationale a critiqué le Malawi mercredi.",
     [ev("AGREE", "057", a("ZMB", "GOV"), a("MWI", "GOV"), "a signé un accord énergétique avec le Malawi"),
      ev("ACCUSE", "111", a("ZMB", "LEG"), a("MWI", "GOV"), "L'Assemblée nationale a critiqué le Malawi")]),
    ("c3", "Le président nigérian Bola Tinubu a reçu le chef de la junte nigérienne à Abuja. Le Sénat a condamné le Niger mardi.",
     [ev("CONSULT", "042", a("NER", "GOV"), a("NGA", "GOV", "Bola Tinubu"), "a reçu le chef de la junte nigérienne"),
      ev("ACCUSE", "111", a("NGA", "LEG"), a("NER", "GOV"), "Le Sénat a condamné le Niger")]),
    ("c4", "Le président ougandais Yoweri Museveni a signé un accord avec le Kenya. Le Parlement a critiqué le Kenya mercredi.",
     [ev("AGREE", "057", a("UGA", "GOV", "Yoweri Museveni"), a("KEN", "GOV"), "a signé un accord avec le Kenya"),
      ev("ACCUSE", "111", a("UGA", "LEG"), a("KEN", "GOV"), "Le Parlement a critiqué le Kenya")]),
    ("b1", "Les Forces armées burkinabè ont attaqué des jihadistes près de Djibo mardi.",
     [ev("ASSAULT", "190", a("BFA", "MIL"), a("BFA", "REB"), "ont attaqué des jihadistes")]),
    ("b2", "Les Forces de défense et de sécurité nigériennes ont attaqué des jihadistes près de Tillabéri mardi.",
     [ev("ASSAULT", "190", a("NER", "MIL"), a("NER", "REB"), "ont attaqué des jihadistes")]),
    ("b3", "Les Forces de défense rwandaises ont attaqué des rebelles des FDLR dans le Nord-Kivu mardi.",
     [ev("ASSAULT", "190", a("RWA", "MIL"), a("RWA", "REB", "Democratic Forces for the Liberation of Rwanda"), "ont attaqué des rebelles des FDLR")]),
    ("e1", "La délégation sénégalaise aux Nations unies a condamné le Mali mardi.",
     [ev("ACCUSE", "111", a("SEN", "GOV"), a("MLI", "GOV"), "a condamné le Mali")]),
    ("e2", "L'ambassadeur de l'Union européenne au Niger a critiqué la junte nigérienne mardi.",
     [ev("ACCUSE", "111", a("EUR", "IGO"), a("NER", "GOV"), "a critiqué la junte nigérienne")]),
    ("a1", "KHARTOUM, 10 juin - Le ministre soudanais a rencontré son homologue égyptien. Le Camerounais Maurice Kamto a condamné l'Égypte mardi.",
     [ev("CONSULT", "042", a("SDN", "GOV"), a("EGY", "GOV"), "a rencontré son homologue égyptien"),
      ev("ACCUSE", "111", a("CMR", "OPP", "Maurice Kamto"), a("EGY", "GOV"), "a condamné l'Égypte")]),
    ("d1", "La Serbie a condamné le Kosovo mardi, ravivant les tensions dans les Balkans.",
     [ev("ACCUSE", "111", a("SRB", "GOV"), a("XKX", "GOV"), "La Serbie a condamné le Kosovo")]),
    ("d2", "Le Japon a envoyé une aide humanitaire à la Corne de l'Afrique mardi.",
     [ev("AID", "073", a("JPN", "GOV"), None, "a envoyé une aide humanitaire")]),
]

for (n, lang), items in SETS.items():
    write_jsonl(f"tests/data/probes/actors24-{n}.{lang}.jsonl",
                (gold_article(f"actors24-{n}-{lang}-{key}", lang, text, PUB, events) for key, text, events in items))
