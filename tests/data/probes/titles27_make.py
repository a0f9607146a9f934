"""Writes titles27-1.{fr,en} (tuned) and titles27-2.{fr,en} (never tuned): one sentence each about
titled persons and national forces (helper titles27): a nationality before a title with a name
an imported dictionary knows as another country's title phrase (a), forces named by their own
names (c), ministers given with a portfolio list that names an organisation (d).

Run from the repository root: ``python tests/data/probes/titles27_make.py``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

T={'ACCUSE':('allege','112'),'REQUEST':(None,'100'),'CONSULT':(None,'040'),'COERCE':('arrest','173'),'ASSAULT':(None,'190'),'SUPPORT':(None,'051')}
def item(pid,lang,text,typ,src,tgt,ev):
    mode, cameo = T[typ]
    return gold_article(pid, lang, text, "2025-06-10",
                        [gold_event(typ, cameo, party(*src), party(*tgt) if tgt else None, ev, mode=mode)])
S={}
S['titles27-1.en']=[
# a: a nationality adjective before a title decides the country
("Kuwaiti Foreign Minister Abdullah Al-Yahya met his Omani counterpart in Muscat on Monday.",'CONSULT',('KWT','GOV'),('OMN','GOV'),"met his Omani counterpart"),
("Kuwait's Foreign Minister Abdullah Al-Yahya condemned the attack on the Qatari capital.",'ACCUSE',('KWT','GOV'),('QAT',None),"condemned the attack"),
("Yemeni President Abd-Rabbu Mansour Hadi urged the Houthis to return to talks.",'REQUEST',('YEM','GOV'),('YEM','REB'),"urged the Houthis to return"),
("Lebanese Foreign Minister Khalil Hamdan met his Syrian counterpart in Damascus.",'CONSULT',('LBN','GOV'),('SYR','GOV'),"met his Syrian counterpart"),
# c: forces named by their own names
("The Zambia Defence Force arrested five Congolese soldiers near the border.",'COERCE',('ZMB','MIL'),('COD','MIL'),"arrested five Congolese soldiers"),
("The Botswana Defence Force arrested three Namibian poachers on Tuesday.",'COERCE',('BWA','MIL'),('NAM',None),"arrested three Namibian poachers"),
("The Malawi Defence Force arrested two Mozambican smugglers.",'COERCE',('MWI','MIL'),('MOZ',None),"arrested two Mozambican smugglers"),
("The Jamaica Defence Force arrested five gunmen in Kingston.",'COERCE',('JAM','MIL'),('JAM',None),"arrested five gunmen"),
# d: a portfolio list naming an organisation is the minister's portfolio, not his body
("The Minister of Foreign Affairs, International Cooperation and Francophonie, Christophe Lutundula, accused Rwanda of backing the M23.",'ACCUSE',('COD','GOV'),('RWA','GOV'),"accused Rwanda of backing"),
("Minister of Foreign Affairs and African Union Affairs Mamadou Tangara met the Senegalese president in Dakar.",'CONSULT',('GMB','GOV'),('SEN','GOV'),"met the Senegalese president"),
("Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, met his Mauritanian counterpart in Rabat on Monday.",'CONSULT',('MAR','GOV'),('MRT','GOV'),"met his Mauritanian counterpart"),
]
S['titles27-2.en']=[
("Saudi Foreign Minister Prince Faisal bin Farhan met Egyptian President Abdel Fattah al-Sisi in Cairo.",'CONSULT',('SAU','GOV'),('EGY','GOV'),"met Egyptian President"),
("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Jordanian Foreign Minister Ayman Safadi in Doha.",'CONSULT',('QAT','GOV'),('JOR','GOV'),"met Jordanian Foreign Minister"),
("Tunisian President Kais Saied met Algerian Prime Minister Nadir Larbaoui in Tunis.",'CONSULT',('TUN','GOV'),('DZA','GOV'),"met Algerian Prime Minister"),
("Iraqi Foreign Minister Fuad Hussein urged Turkey to halt its strikes in the Kurdistan region.",'REQUEST',('IRQ','GOV'),('TUR','GOV'),"urged Turkey to halt"),
("The Lesotho Defence Force arrested an opposition leader in Maseru.",'COERCE',('LSO','MIL'),('LSO','OPP'),"arrested an opposition leader"),
("The Belize Defence Force arrested four Guatemalan farmers near the border on Tuesday.",'COERCE',('BLZ','MIL'),('GTM',None),"arrested four Guatemalan farmers"),
("The Namibian Defence Force arrested seven Angolan fishermen on the Kunene river.",'COERCE',('NAM','MIL'),('AGO',None),"arrested seven Angolan fishermen"),
("The Minister of Foreign Affairs and the Commonwealth met his Kenyan counterpart in Nairobi.",'CONSULT',(None,'GOV'),('KEN','GOV'),"met his Kenyan counterpart"),
("Canada's Minister of International Development and La Francophonie, Ahmed Hussen, met the Senegalese president in Dakar.",'CONSULT',('CAN','GOV'),('SEN','GOV'),"met the Senegalese president"),
("Mauritania's Minister of Foreign Affairs, Cooperation and Mauritanians Abroad met the Spanish ambassador in Nouakchott.",'CONSULT',('MRT','GOV'),('ESP','GOV'),"met the Spanish ambassador"),
]
S['titles27-1.fr']=[
("Le chef de la diplomatie koweïtienne, Abdallah al-Yahya, a rencontré son homologue omanais à Mascate.",'CONSULT',('KWT','GOV'),('OMN','GOV'),"a rencontré son homologue omanais"),
("Le ministre koweïtien des Affaires étrangères, Abdallah al-Yahya, a condamné l'attaque contre la capitale qatarie.",'ACCUSE',('KWT','GOV'),('QAT',None),"a condamné l'attaque"),
("Le président yéménite Abd Rabbo Mansour Hadi a appelé les Houthis à reprendre les pourparlers.",'REQUEST',('YEM','GOV'),('YEM','REB'),"a appelé les Houthis à reprendre"),
("Les Forces de soutien rapide ont attaqué El-Fasher dimanche.",'ASSAULT',('SDN','REB'),('SDN',None),"ont attaqué El-Fasher"),
("Les Forces de soutien rapide (FSR) ont tué vingt civils près d'El-Obeid.",'ASSAULT',('SDN','REB'),('SDN','CVL'),"ont tué vingt civils"),
("La ministre des Affaires étrangères, de la Coopération internationale et de la Francophonie, Thérèse Kayikwamba Wagner, a accusé le Rwanda de soutenir le M23.",'ACCUSE',('COD','GOV'),('RWA','GOV'),"a accusé le Rwanda de soutenir"),
("La ministre des Relations internationales et de la Francophonie, Mélanie Joly, a rencontré son homologue sénégalais à Dakar.",'CONSULT',('CAN','GOV'),('SEN','GOV'),"a rencontré son homologue sénégalais"),
("Le ministre des Affaires étrangères et du Commonwealth a rencontré son homologue kényan à Nairobi.",'CONSULT',(None,'GOV'),('KEN','GOV'),"a rencontré son homologue kényan"),
("Le ministre des Affaires étrangères, de l'Intégration africaine et des Tchadiens de l'étranger, Abderaman Koulamallah, a accusé le Soudan de soutenir les rebelles.",'ACCUSE',('TCD','GOV'),('SDN','GOV'),"a accusé le Soudan de soutenir"),
("Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger, Nasser Bourita, a reçu son homologue mauritanien à Rabat.",'CONSULT',('MAR','GOV'),('MRT','GOV'),"a reçu son homologue mauritanien"),
("Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, a rencontré son homologue algérien à Alger.",'CONSULT',('FRA','GOV'),('DZA','GOV'),"a rencontré son homologue algérien"),
]
S['titles27-2.fr']=[
("Le ministre libanais des Affaires étrangères, Khalil Hamdane, a rencontré son homologue syrien à Damas.",'CONSULT',('LBN','GOV'),('SYR','GOV'),"a rencontré son homologue syrien"),
("Le chef de la diplomatie saoudienne, le prince Fayçal ben Farhane, a rencontré son homologue koweïtien à Riyad.",'CONSULT',('SAU','GOV'),('KWT','GOV'),"a rencontré son homologue koweïtien"),
("Le ministre soudanais des Affaires étrangères, Ali Youssef, a accusé les Émirats arabes unis d'armer les paramilitaires.",'ACCUSE',('SDN','GOV'),('ARE','GOV'),"a accusé les Émirats arabes unis"),
("Les Forces de soutien rapide ont bombardé lundi un camp de déplacés près de Zamzam.",'ASSAULT',('SDN','REB'),('SDN',None),"ont bombardé lundi un camp"),
("L'armée soudanaise a accusé les Forces de soutien rapide d'avoir tué des civils à Omdourman.",'ACCUSE',('SDN','MIL'),('SDN','REB'),"a accusé les Forces de soutien rapide"),
("Le ministre des Relations internationales et de la Francophonie du Québec a rencontré le président ivoirien à Abidjan.",'CONSULT',('CAN','GOV'),('CIV','GOV'),"a rencontré le président ivoirien"),
("La ministre des Affaires étrangères, de la Francophonie et des Congolais de l'étranger, Marie Tumba Nzeza, a rencontré son homologue angolais à Luanda.",'CONSULT',('COD','GOV'),('AGO','GOV'),"a rencontré son homologue angolais"),
("Le ministre des Affaires étrangères et de l'Union africaine, Mamadou Tangara, a rencontré le président sénégalais à Dakar.",'CONSULT',('GMB','GOV'),('SEN','GOV'),"a rencontré le président sénégalais"),
("Le ministre des Affaires étrangères, de la Coopération et des Mauritaniens de l'extérieur, Mohamed Salem Ould Merzoug, a reçu l'ambassadeur d'Espagne à Nouakchott.",'CONSULT',('MRT','GOV'),('ESP','GOV'),"a reçu l'ambassadeur d'Espagne"),
("Le ministre burkinabè des Affaires étrangères, de la Coopération régionale et des Burkinabè de l'extérieur, Karamoko Jean-Marie Traoré, a reçu l'ambassadeur de Russie à Ouagadougou.",'CONSULT',('BFA','GOV'),('RUS','GOV'),"a reçu l'ambassadeur de Russie"),
]
for name, items in S.items():
    base, lang = name.split('.')
    write_jsonl(Path(__file__).resolve().parent / f'{name}.jsonl',
                (item(f'{base}-{lang}-{i:02d}', lang, *it) for i, it in enumerate(items, 1)))
    print(name, len(items))
