"""Probe sets of helper consult29. (1) A host's 'receive' / 'recevoir' whose guest is named,
with a word the entry excludes for another sense ('message', 'support', 'aide',
'financement') standing in another clause: a verb coordinated with 'received', a
relative clause on the guest. (2) A meeting held to plan a joint deed ('met in Riga to plan
joint air patrols'), which the plan must not swallow. (3) A meeting hosted with its guests ('hosted a meeting in
Doha with X and Y': the host is a party), beside talks hosted between others ('hosted talks
between Iran and the United States': the host is the place). Set 1 is tuned on, set 2 never. Run from the repository
root: python3 tests/data/probes/consult29_make.py"""
import json
from pathlib import Path

HERE = Path(__file__).parent


def ev(t, src, tgt, cameo, evidence, mode=None, modality="actual", required=True, sector="GOV"):
    return {"event_type": t, "mode": mode, "cameo": cameo,
            "source": {"name": None, "country": src, "sector": sector},
            "target": {"name": None, "country": tgt, "sector": sector},
            "date": None, "location": None, "polarity": "positive", "modality": modality,
            "evidence": evidence, "required": required}


def met_to_plan(countries, evidence, sector="GOV"):
    """A meeting held to plan a joint deed: one CONSULT a pair, and the plan (AGREE intended,
    CAMEO 0312) a borderline event a careful coder may or may not code."""
    pairs = [(a, b) for i, a in enumerate(countries) for b in countries[i + 1:]]
    return [ev("CONSULT", a, b, "040", evidence, "multilateral" if len(countries) > 2 else None, sector=sector) for a, b in pairs] + \
        [ev("AGREE", a, b, "0312", evidence, modality="intended", required=False, sector=sector) for a, b in pairs]


def host(guest, hosting, evidence, visit=True):
    return ev("CONSULT", guest, hosting, "042" if visit else "043", evidence, "visit" if visit else None)


SETS = {
    ("consult29-1", "en"): [
        ("Qatar's emir hosted a meeting in Doha on Monday with Rwandan President Paul Kagame and Congolese President Felix Tshisekedi.", [ev("CONSULT", "QAT", "RWA", "043", "hosted a meeting in Doha", "multilateral"), ev("CONSULT", "QAT", "COD", "043", "hosted a meeting in Doha", "multilateral"), ev("CONSULT", "RWA", "COD", "043", "hosted a meeting in Doha", "multilateral")]),
        ("Egypt hosted talks between Israel and Hamas in Cairo on Sunday.", [ev("CONSULT", "ISR", "PSE", "044", "talks between Israel and Hamas", "third-party")]),

        ("The defence ministers of Estonia, Latvia and Lithuania met in Riga on Monday to plan joint air patrols over the Baltic Sea.", met_to_plan(["EST", "LVA", "LTU"], "met in Riga on Monday")),
        ("The police chiefs of Kenya and Uganda met in Busia on Friday to plan joint patrols along the border.", met_to_plan(["KEN", "UGA"], "met in Busia on Friday", sector="COP")),

        ("King Mohammed VI received Mauritanian Prime Minister Mokhtar Ould Djay in Rabat on Monday and expressed his support for closer economic ties.", [host("MRT", "MAR", "received Mauritanian Prime Minister")]),
        ("Egyptian President Abdel Fattah el-Sisi received Sudanese army chief Abdel Fattah al-Burhan in Cairo on Sunday, who handed him a message from the Sovereignty Council.", [host("SDN", "EGY", "received Sudanese army chief")]),
        ("Prime Minister Narendra Modi received Nepal's Foreign Minister Arzu Rana Deuba in New Delhi, who conveyed a letter from her prime minister.", [host("NPL", "IND", "received Nepal's Foreign Minister")]),
        ("Turkish President Recep Tayyip Erdogan received Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara and praised the Development Road project.", [host("IRQ", "TUR", "received Iraqi Prime Minister")]),
        ("The Emir of Qatar received Ghanaian President John Mahama in Doha on Tuesday and discussed funding for energy projects.", [host("GHA", "QAT", "received Ghanaian President")]),
        ("Ivorian President Alassane Ouattara received the French ambassador in Abidjan on Thursday, who brought a message from President Emmanuel Macron.", [host("FRA", "CIV", "received the French ambassador", visit=False)]),
        ("Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese at the Merdeka Palace and thanked Canberra for its aid after the floods.", [host("AUS", "IDN", "received Australian Prime Minister"), ev("SUPPORT", "IDN", "AUS", "051", "thanked Canberra for its aid")]),
        ("President Cyril Ramaphosa received Zimbabwean President Emmerson Mnangagwa in Pretoria on Friday.", [host("ZWE", "ZAF", "received Zimbabwean President")]),
        ("The ministry received a letter from the residents on Monday and forwarded it to the governor.", []),
        ("The hospital received dozens of wounded people on Friday, who were treated for burns.", []),
        ("Farmers received their first payments under the new subsidy scheme on Wednesday.", []),
    ],
    ("consult29-2", "en"): [
        ("Turkish President Recep Tayyip Erdogan hosted a meeting in Ankara on Tuesday with Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed.", [ev("CONSULT", "TUR", "SOM", "043", "hosted a meeting in Ankara", "multilateral"), ev("CONSULT", "TUR", "ETH", "043", "hosted a meeting in Ankara", "multilateral"), ev("CONSULT", "SOM", "ETH", "043", "hosted a meeting in Ankara", "multilateral")]),
        ("Oman hosted talks between Iran and the United States in Muscat on Saturday.", [ev("CONSULT", "IRN", "USA", "044", "talks between Iran and the United States", "third-party")]),

        ("The army chiefs of Rwanda and Burundi met in Kigali on Tuesday to plan joint operations against armed groups.", met_to_plan(["RWA", "BDI"], "met in Kigali on Tuesday", sector="MIL")),
        ("The interior ministers of Spain, Portugal and Morocco met in Rabat on Thursday to plan joint patrols against migrant smuggling.", met_to_plan(["ESP", "PRT", "MAR"], "met in Rabat on Thursday")),

        ("Kazakh President Kassym-Jomart Tokayev received Uzbek Foreign Minister Bakhtiyor Saidov in Astana on Monday and voiced support for a regional water agreement.", [host("UZB", "KAZ", "received Uzbek Foreign Minister")]),
        ("Saudi Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif in Riyadh, who delivered a message from the Pakistani president.", [host("PAK", "SAU", "received Pakistani Prime Minister")]),
        ("Kenyan President William Ruto received Somali President Hassan Sheikh Mohamud at State House in Nairobi and pledged assistance for the fight against al-Shabaab.", [host("SOM", "KEN", "received Somali President")]),
        ("Vietnamese Prime Minister Pham Minh Chinh received the Japanese ambassador in Hanoi, who handed over a letter from Tokyo.", [host("JPN", "VNM", "received the Japanese ambassador", visit=False)]),
        ("Argentine President Javier Milei received Paraguayan President Santiago Pena in Buenos Aires and discussed financing for the Parana waterway.", [host("PRY", "ARG", "received Paraguayan President")]),
        ("Senegalese President Bassirou Diomaye Faye received Gambian Foreign Minister Mamadou Tangara in Dakar on Tuesday, who conveyed the thanks of President Adama Barrow.", [host("GMB", "SEN", "received Gambian Foreign Minister")]),
        ("Polish President Andrzej Duda received Lithuanian President Gitanas Nauseda in Warsaw and praised their joint air defence plans.", [host("LTU", "POL", "received Lithuanian President")]),
        ("The Angolan president received the Congolese foreign minister in Luanda on Wednesday.", [host("COD", "AGO", "received the Congolese foreign minister")]),
        ("The embassy received hundreds of visa applications this week, which officials said would take months to process.", []),
        ("The city received heavy rain on Sunday and declared a state of emergency.", []),
    ],
    ("consult29-1", "fr"): [
        ("Les chefs d'état-major des armées du Tchad, du Cameroun et du Nigeria se sont réunis lundi à N'Djamena pour planifier une opération conjointe contre Boko Haram.", met_to_plan(["TCD", "CMR", "NGA"], "se sont réunis lundi à N'Djamena", sector="MIL")),
        ("Les ministres de la Défense du Mali et de la Mauritanie se sont réunis jeudi à Nouakchott pour préparer des patrouilles conjointes à la frontière.", met_to_plan(["MLI", "MRT"], "se sont réunis jeudi à Nouakchott")),

        ("Le président comorien Azali Assoumani a reçu mercredi l'ambassadeur de Chine, avec qui il a évoqué le financement d'un nouveau port.", [host("CHN", "COM", "a reçu mercredi l'ambassadeur de Chine", visit=False)]),
        ("Le président sénégalais Bassirou Diomaye Faye a reçu lundi à Dakar le ministre gambien des Affaires étrangères, qui lui a remis un message du président Adama Barrow.", [host("GMB", "SEN", "a reçu lundi à Dakar le ministre gambien")]),
        ("Le roi Mohammed VI a reçu mardi à Rabat le Premier ministre mauritanien et a réaffirmé son soutien à la coopération régionale.", [host("MRT", "MAR", "a reçu mardi à Rabat le Premier ministre mauritanien")]),
        ("Le président ivoirien Alassane Ouattara a reçu vendredi à Abidjan le ministre ghanéen de la Défense et lui a promis une aide logistique.", [host("GHA", "CIV", "a reçu vendredi à Abidjan le ministre ghanéen"), ev("AGREE", "CIV", "GHA", "033", "lui a promis une aide logistique")]),
        ("Le Premier ministre malien a reçu jeudi à Bamako l'ambassadeur de Russie, qui lui a transmis une lettre du président Vladimir Poutine.", [host("RUS", "MLI", "a reçu jeudi à Bamako l'ambassadeur de Russie", visit=False)]),
        ("Le président tchadien Mahamat Idriss Déby a reçu mardi à N'Djamena l'émissaire soudanais et a discuté avec lui de l'aide humanitaire.", [host("SDN", "TCD", "a reçu mardi à N'Djamena l'émissaire soudanais")]),
        ("Le président burundais Évariste Ndayishimiye a reçu lundi le chef de la diplomatie rwandaise, avec qui il a évoqué la sécurité à la frontière.", [host("RWA", "BDI", "a reçu lundi le chef de la diplomatie rwandaise")]),
        ("Le président gabonais Brice Oligui Nguema a reçu samedi à Libreville son homologue équato-guinéen Teodoro Obiang.", [host("GNQ", "GAB", "a reçu samedi à Libreville son homologue")]),
        ("Le ministère a reçu des centaines de dossiers de candidature lundi.", []),
        ("L'hôpital a reçu vendredi une dizaine de blessés, qui ont été soignés pour des brûlures.", []),
        ("La mairie a reçu une lettre des habitants et l'a transmise au préfet.", []),
    ],
    ("consult29-2", "fr"): [
        ("Les chefs d'état-major du Bénin, du Togo et du Ghana se sont réunis mardi à Cotonou pour planifier des opérations conjointes dans le nord.", met_to_plan(["BEN", "TGO", "GHA"], "se sont réunis mardi à Cotonou", sector="MIL")),
        ("Les ministres de l'Intérieur du Niger et de l'Algérie se sont réunis lundi à Alger pour préparer des patrouilles mixtes à la frontière.", met_to_plan(["NER", "DZA"], "se sont réunis lundi à Alger")),

        ("Le président nigérien a reçu lundi à Niamey le ministre burkinabè des Affaires étrangères, qui lui a remis un message du capitaine Ibrahim Traoré.", [host("BFA", "NER", "a reçu lundi à Niamey le ministre burkinabè")]),
        ("Le président algérien Abdelmadjid Tebboune a reçu mardi le Premier ministre tunisien et a réaffirmé le soutien de l'Algérie à la stabilité de la Tunisie.", [host("TUN", "DZA", "a reçu mardi le Premier ministre tunisien"), ev("SUPPORT", "DZA", "TUN", "051", "a réaffirmé le soutien de l'Algérie")]),
        ("Le président togolais Faure Gnassingbé a reçu jeudi à Lomé l'ambassadeur d'Allemagne, avec qui il a évoqué le financement de projets agricoles.", [host("DEU", "TGO", "a reçu jeudi à Lomé l'ambassadeur d'Allemagne", visit=False)]),
        ("Le Premier ministre belge a reçu mercredi à Bruxelles le président moldave et lui a promis une aide à la reconstruction.", [host("MDA", "BEL", "a reçu mercredi à Bruxelles le président moldave"), ev("AGREE", "BEL", "MDA", "033", "lui a promis une aide à la reconstruction")]),
        ("Le président camerounais Paul Biya a reçu vendredi à Yaoundé l'envoyé spécial du président centrafricain, qui lui a transmis une lettre de Faustin-Archange Touadéra.", [host("CAF", "CMR", "a reçu vendredi à Yaoundé l'envoyé spécial")]),
        ("Le roi de Jordanie a reçu dimanche à Amman le ministre syrien des Affaires étrangères et a exprimé son soutien à l'unité de la Syrie.", [host("SYR", "JOR", "a reçu dimanche à Amman le ministre syrien"), ev("SUPPORT", "JOR", "SYR", "051", "a exprimé son soutien à l'unité de la Syrie")]),
        ("Le président mauritanien a reçu lundi à Nouakchott le Premier ministre sénégalais Ousmane Sonko.", [host("SEN", "MRT", "a reçu lundi à Nouakchott le Premier ministre sénégalais")]),
        ("Le président guinéen Mamadi Doumbouya a reçu mardi l'ambassadeur de Turquie, qui lui a présenté une offre d'équipements militaires.", [host("TUR", "GIN", "a reçu mardi l'ambassadeur de Turquie", visit=False)]),
        ("Le club a reçu samedi une lourde sanction de la fédération après les incidents du match.", []),
        ("La région a reçu de fortes pluies dimanche, qui ont inondé plusieurs quartiers.", []),
    ],
}


def main() -> None:
    for (name, lang), items in SETS.items():
        lines = []
        for n, (text, events) in enumerate(items, 1):
            lines.append(json.dumps({"article_id": f"{name}-{lang}-{n}", "lang": lang, "text": text, "published": "2026-03-10",
                                     "events": events}, ensure_ascii=False))
        (HERE / f"{name}.{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
