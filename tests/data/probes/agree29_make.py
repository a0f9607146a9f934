"""Probe sets agree29-1 (tuned on) and agree29-2 (never tuned on), English and French:
two commitments stated by separate coordinated verbs of one sentence ("signed a memorandum
on energy and agreed to open a border post"), two AGREE events (GUIDELINES, lists and
groups: "commitments stated in separate sentences or by separate verbs are separate
events"), and the negatives: one act told by two verbs sharing one object ("reached and
signed an agreement"), items listed under one verb ("agreed to expand trade and to boost
investment"), one signing. Run from the repository root: python tests/data/probes/agree29_make.py"""
import json
from pathlib import Path

HERE = Path(__file__).parent
PUBLISHED = "2025-06-11"


def ev(src, tgt, cameo, evidence, modality="actual"):
    return {"event_type": "AGREE", "mode": None, "cameo": cameo,
            "source": {"name": None, "country": src, "sector": "GOV"},
            "target": {"name": None, "country": tgt, "sector": "GOV"},
            "date": None, "location": None, "polarity": "positive", "modality": modality,
            "evidence": evidence, "required": True}


SETS = {
    ("agree29-1", "en"): [
        ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan signed a memorandum on energy and agreed to open a new border post at Namanga.",
         [ev("KEN", "TZA", "057", "signed a memorandum on energy"), ev("KEN", "TZA", "030", "agreed to open a new border post")]),
        ("Peru and Chile signed a fisheries accord and pledged to set up a joint maritime patrol.",
         [ev("PER", "CHL", "057", "signed a fisheries accord"), ev("PER", "CHL", "030", "pledged to set up a joint maritime patrol")]),
        ("Indonesia and Malaysia signed an extradition treaty and agreed to share intelligence on piracy.",
         [ev("IDN", "MYS", "057", "signed an extradition treaty"), ev("IDN", "MYS", "0314", "agreed to share intelligence")]),
        ("Poland and Lithuania signed a defence pact on Tuesday and committed to build a joint air defence line.",
         [ev("POL", "LTU", "057", "signed a defence pact"), ev("POL", "LTU", "0312", "committed to build a joint air defence line")]),
        ("Uzbekistan and Tajikistan signed a water-sharing agreement and agreed to reopen the Khujand rail link.",
         [ev("UZB", "TJK", "057", "signed a water-sharing agreement"), ev("UZB", "TJK", "030", "agreed to reopen the Khujand rail link")]),
        ("Mongolian President Ukhnaagiin Khurelsukh and South Korean President Lee Jae-myung signed nine cooperation documents and agreed to launch a direct flight between Ulaanbaatar and Busan.",
         [ev("MNG", "KOR", "057", "signed nine cooperation documents"), ev("MNG", "KOR", "030", "agreed to launch a direct flight")]),
        ("Ecuador and Colombia signed a border security accord and promised to open a joint customs office at Rumichaca.",
         [ev("ECU", "COL", "057", "signed a border security accord"), ev("ECU", "COL", "030", "promised to open a joint customs office")]),
        ("Vietnam and Laos reached and signed an agreement on the Mekong.",
         [ev("VNM", "LAO", "057", "reached and signed an agreement")]),
        ("Senegal and Gambia agreed to expand trade and to boost investment.",
         [ev("SEN", "GMB", "0311", "agreed to expand trade")]),
        ("Brazil and Argentina signed an agreement on energy.",
         [ev("BRA", "ARG", "057", "signed an agreement on energy")]),
        ("Egypt and Sudan agreed to coordinate on the Nile and to exchange hydrological data.",
         [ev("EGY", "SDN", "030", "agreed to coordinate on the Nile")]),
    ],
    ("agree29-1", "fr"): [
        ("Le Bénin et le Nigeria ont signé un protocole d'accord sur la sécurité et se sont engagés à partager leurs renseignements.",
         [ev("BEN", "NGA", "057", "ont signé un protocole d'accord"), ev("BEN", "NGA", "0314", "se sont engagés à partager leurs renseignements")]),
        ("Le Maroc et la Mauritanie ont signé une feuille de route et ont convenu de réunir leur commission mixte à Nouakchott en mai.",
         [ev("MAR", "MRT", "057", "ont signé une feuille de route"), ev("MAR", "MRT", "036", "ont convenu de réunir leur commission mixte")]),
        ("Le Sénégal et la Gambie ont conclu un accord de pêche et se sont engagés à créer une patrouille conjointe.",
         [ev("SEN", "GMB", "057", "ont conclu un accord de pêche"), ev("SEN", "GMB", "0312", "se sont engagés à créer une patrouille conjointe")]),
        ("Le Cameroun et le Tchad ont adopté une déclaration commune et se sont engagés à rouvrir la frontière.",
         [ev("CMR", "TCD", "057", "ont adopté une déclaration commune"), ev("CMR", "TCD", "030", "se sont engagés à rouvrir la frontière")]),
        ("La Tunisie et la Libye ont signé un accord sur le passage de Ras Jedir et ont promis de rouvrir la frontière avant l'été.",
         [ev("TUN", "LBY", "057", "ont signé un accord sur le passage"), ev("TUN", "LBY", "030", "ont promis de rouvrir la frontière")]),
        ("Le Gabon et le Congo ont signé plusieurs accords de coopération et se sont engagés à créer une commission mixte.",
         [ev("GAB", "COG", "057", "ont signé plusieurs accords de coopération"), ev("GAB", "COG", "030", "se sont engagés à créer une commission mixte")]),
        ("L'Algérie et le Niger ont signé un mémorandum sur le gazoduc et ont convenu de créer un groupe de travail.",
         [ev("DZA", "NER", "057", "ont signé un mémorandum sur le gazoduc"), ev("DZA", "NER", "030", "ont convenu de créer un groupe de travail")]),
        ("Le Mali et le Niger ont conclu et signé un accord de défense.",
         [ev("MLI", "NER", "057", "ont conclu et signé un accord de défense")]),
        ("Le Togo et le Burkina Faso ont convenu de renforcer leur coopération sécuritaire et d'intensifier leurs échanges commerciaux.",
         [ev("TGO", "BFA", "030", "ont convenu de renforcer leur coopération sécuritaire")]),
        ("Le Rwanda et le Burundi ont signé un accord de paix à Doha.",
         [ev("RWA", "BDI", "057", "ont signé un accord de paix")]),
    ],
    ("agree29-2", "en"): [
        ("Nigeria and Benin signed a customs agreement and agreed to set up joint patrols along the border.",
         [ev("NGA", "BEN", "057", "signed a customs agreement"), ev("NGA", "BEN", "0312", "agreed to set up joint patrols")]),
        ("Japan and the Philippines signed a reciprocal access agreement and pledged to hold joint naval drills next year.",
         [ev("JPN", "PHL", "057", "signed a reciprocal access agreement"), ev("JPN", "PHL", "0312", "pledged to hold joint naval drills")]),
        ("Bolivia and Paraguay concluded a gas supply deal and agreed to build a new pipeline to Asuncion.",
         [ev("BOL", "PRY", "057", "concluded a gas supply deal"), ev("BOL", "PRY", "0311", "agreed to build a new pipeline")]),
        ("Zambia and Zimbabwe signed a memorandum on the Kariba dam and vowed to cut delays at the Chirundu border post.",
         [ev("ZMB", "ZWE", "057", "signed a memorandum on the Kariba dam"), ev("ZMB", "ZWE", "030", "vowed to cut delays")]),
        ("Georgian Prime Minister Irakli Kobakhidze and Azerbaijani Prime Minister Ali Asadov signed an energy accord in Baku and agreed to open a second rail crossing.",
         [ev("GEO", "AZE", "057", "signed an energy accord"), ev("GEO", "AZE", "030", "agreed to open a second rail crossing")]),
        ("Namibia and Botswana signed a water-sharing treaty and committed to finish the Trans-Kalahari railway study by December.",
         [ev("NAM", "BWA", "057", "signed a water-sharing treaty"), ev("NAM", "BWA", "030", "committed to finish the Trans-Kalahari railway study")]),
        ("Thailand and Cambodia struck a deal on border trade and promised to reopen five checkpoints.",
         [ev("THA", "KHM", "057", "struck a deal on border trade"), ev("THA", "KHM", "030", "promised to reopen five checkpoints")]),
        ("Serbia and Hungary negotiated and signed a pipeline agreement.",
         [ev("SRB", "HUN", "057", "signed a pipeline agreement")]),
        ("Ireland and Portugal agreed to deepen research ties and to fund joint scholarships.",
         [ev("IRL", "PRT", "030", "agreed to deepen research ties")]),
        ("Fiji and Vanuatu signed a labour mobility arrangement on Monday.",
         [ev("FJI", "VUT", "057", "signed a labour mobility arrangement")]),
    ],
    ("agree29-2", "fr"): [
        ("La Guinée et la Sierra Leone ont signé un accord frontalier et ont convenu de réunir leur commission mixte avant la fin du mois de juin.",
         [ev("GIN", "SLE", "057", "ont signé un accord frontalier"), ev("GIN", "SLE", "036", "ont convenu de réunir leur commission mixte")]),
        ("Le Luxembourg et la Belgique ont signé un accord fiscal et se sont engagés à créer un groupe de travail sur les frontaliers.",
         [ev("LUX", "BEL", "057", "ont signé un accord fiscal"), ev("LUX", "BEL", "030", "se sont engagés à créer un groupe de travail")]),
        ("Le Congo et la République démocratique du Congo ont adopté une feuille de route sur la navigation et se sont engagés à achever les études du pont avant la fin de l'année.",
         [ev("COG", "COD", "057", "ont adopté une feuille de route"), ev("COG", "COD", "030", "se sont engagés à achever les études du pont")]),
        ("L'Égypte et la Jordanie ont paraphé un mémorandum sur l'électricité et ont promis de relier leurs réseaux d'ici 2027.",
         [ev("EGY", "JOR", "057", "ont paraphé un mémorandum"), ev("EGY", "JOR", "0311", "ont promis de relier leurs réseaux")]),
        ("Le Canada et le Danemark ont signé un accord de défense et ont convenu d'ouvrir un consulat commun à Nuuk.",
         [ev("CAN", "DNK", "057", "ont signé un accord de défense"), ev("CAN", "DNK", "030", "ont convenu d'ouvrir un consulat commun")]),
        ("Madagascar et Maurice ont conclu un accord de pêche et se sont engagés à partager les données de surveillance maritime.",
         [ev("MDG", "MUS", "057", "ont conclu un accord de pêche"), ev("MDG", "MUS", "0314", "se sont engagés à partager les données")]),
        ("La Suisse et l'Autriche ont négocié puis signé un accord ferroviaire.",
         [ev("CHE", "AUT", "057", "signé un accord ferroviaire")]),
        ("La Colombie et le Venezuela ont convenu de rouvrir la frontière et de reprendre les vols directs.",
         [ev("COL", "VEN", "030", "ont convenu de rouvrir la frontière")]),
        ("La Côte d'Ivoire et le Liberia ont signé quatre accords de coopération lundi.",
         [ev("CIV", "LBR", "057", "ont signé quatre accords de coopération")]),
        ("Le Portugal et l'Angola ont signé un accord sur l'énergie et ont décidé de créer un fonds d'investissement commun.",
         [ev("PRT", "AGO", "057", "ont signé un accord sur l'énergie"), ev("PRT", "AGO", "0311", "ont décidé de créer un fonds d'investissement commun")]),
    ],
}

for (name, lang), items in SETS.items():
    with open(HERE / f"{name}.{lang}.jsonl", "w", encoding="utf-8") as out:
        for n, (text, events) in enumerate(items, 1):
            out.write(json.dumps({"article_id": f"{name}-{lang}-{n}", "lang": lang, "text": text,
                                  "published": PUBLISHED, "events": events}, ensure_ascii=False) + "\n")
