"""Probe sets of helper protest30: protests called ('a appelé à une grève', 'called for a
general strike': PROTEST intended of the caller), a crowd a participle qualifies ('militants
rassemblés devant', 'students protesting in'), crowds gathered to demand, protests whose only
named recipient is of the protesters' own kind, a march beside a strike (two events), and
negatives with the ordinary senses (documents gathered, a call to end a strike, a call on
another to respect the right to protest). Set 1 tuned on, set 2 never. Run from this folder."""
import json

P = "2026-03-10"


def ev(t, cameo, src, mode=None, modality="actual", required=True, tgt=None, evidence=""):
    return {"event_type": t, "mode": mode, "cameo": cameo, "source": {"name": None, "country": src, "sector": None},
            "target": ({"name": None, "country": tgt, "sector": None} if tgt else None), "date": None, "location": None,
            "polarity": "positive", "modality": modality, "evidence": evidence, "required": required}


def pr(src, cameo="141", mode="demo", modality="actual", evidence=""):
    return ev("PROTEST", cameo, src, mode, modality, evidence=evidence)


def rq(src, tgt=None, evidence=""):
    return ev("REQUEST", "10", src, None, "actual", required=False, tgt=tgt, evidence=evidence)


SETS = {
    ("1", "fr"): [
        ("Le syndicat des enseignants du Niger a appelé à une grève générale lundi à Niamey.", [pr("NER", "143", "strike", "intended", "a appelé à une grève générale")]),
        ("Le Syndicat des journalistes sénégalais a appelé à un rassemblement jeudi devant le tribunal de Dakar.", [pr("SEN", modality="intended", evidence="a appelé à un rassemblement")]),
        ("L'opposition togolaise a appelé à une journée « ville morte » vendredi à Lomé.", [pr("TGO", "143", "strike", "intended", "a appelé à une journée")]),
        ("La Commission européenne a appelé la Géorgie à garantir le droit de manifester.", [rq("EUR", "GEO", "a appelé la Géorgie")]),
        ("Plusieurs centaines de militants rassemblés devant le siège du parti à Abidjan réclamaient la libération de leur chef.", [pr("CIV", evidence="militants rassemblés devant le siège"), rq("CIV", evidence="réclamaient")]),
        ("Des centaines d'habitants de Gao ont manifesté lundi au Mali pour réclamer la protection des éleveurs.", [pr("MLI", evidence="ont manifesté lundi"), rq("MLI", evidence="réclamer")]),
        ("Des dizaines de commerçants ont manifesté mardi devant le siège de la société d'électricité à Conakry.", [pr("GIN", evidence="ont manifesté mardi")]),
        ("Des milliers d'ouvriers ont défilé dans les rues de Dhaka pendant que les syndicats observaient une grève générale.", [pr("BGD", evidence="ont défilé"), pr("BGD", "143", "strike", evidence="une grève générale")]),
        ("Les documents rassemblés par les enquêteurs ont été transmis au parquet de Bamako.", []),
        ("Le maire de Marseille a appelé à la levée de la grève des éboueurs.", [rq("FRA", evidence="a appelé")]),
        ("Le président sénégalais a rassemblé ses ministres à Dakar pour un conseil extraordinaire.", []),
    ],
    ("1", "en"): [
        ("The teachers' union in Kenya called for a nationwide strike on Monday.", [pr("KEN", "143", "strike", "intended", "called for a nationwide strike")]),
        ("Zimbabwe's opposition called for mass protests in Harare on Friday.", [pr("ZWE", modality="intended", evidence="called for mass protests")]),
        ("The Indian government called for an end to the protests in Manipur.", [rq("IND", evidence="called for an end")]),
        ("Police in Pakistan fired tear gas at thousands of students protesting in Lahore against fee increases.", [pr("PAK", evidence="students protesting in Lahore"), ev("ASSAULT", "175", "PAK", required=False, evidence="fired tear gas")]),
        ("Dozens of residents gathered outside the governor's office in Lagos on Tuesday, demanding compensation.", [pr("NGA", evidence="gathered outside"), rq("NGA", evidence="demanding")]),
        ("About 300 people gathered on Independence Square in Kyiv to call for the release of prisoners.", [pr("UKR", evidence="gathered on Independence Square"), rq("UKR", evidence="call for")]),
        ("Tens of thousands of workers marched in Lima as the unions staged a general strike.", [pr("PER", evidence="marched in Lima"), pr("PER", "143", "strike", evidence="staged a general strike")]),
        ("Hundreds of traders protested outside the headquarters of the power company in Abuja.", [pr("NGA", evidence="protested outside")]),
        ("Officials gathered data on rainfall in Nairobi.", []),
        ("Thousands of fans gathered in Buenos Aires to celebrate the World Cup victory.", []),
        ("The European Union called on Georgia to respect the right to protest.", [rq("EUR", "GEO", "called on Georgia")]),
    ],
    ("2", "fr"): [
        ("La Confédération générale du travail du Burkina a appelé à une grève de 48 heures à Ouagadougou.", [pr("BFA", "143", "strike", "intended", "a appelé à une grève")]),
        ("Le collectif des victimes a appelé à une marche pacifique samedi à Bujumbura, au Burundi.", [pr("BDI", modality="intended", evidence="a appelé à une marche")]),
        ("Les étudiants rassemblés devant le rectorat à Tunis scandaient des slogans hostiles au ministre.", [pr("TUN", evidence="étudiants rassemblés devant le rectorat")]),
        ("Des centaines de pêcheurs ont manifesté jeudi à Nouadhibou, en Mauritanie, pour défendre les pêcheurs artisanaux.", [pr("MRT", evidence="ont manifesté jeudi")]),
        ("Des milliers de manifestants ont défilé à Antananarivo tandis que les fonctionnaires poursuivaient leur grève.", [pr("MDG", evidence="ont défilé"), pr("MDG", "143", "strike", evidence="leur grève")]),
        ("Le ministre nigérien de l'Intérieur a appelé les manifestants au calme à Niamey.", [rq("NER", evidence="a appelé les manifestants au calme")]),
        ("Le Premier ministre guinéen a appelé à la fin de la grève des enseignants.", [rq("GIN", evidence="a appelé à la fin")]),
        ("Les pièces rassemblées par la défense ont été versées au dossier à Dakar.", []),
        ("Des habitants de Goma ont manifesté mardi contre l'insécurité en RDC.", [pr("COD", evidence="ont manifesté mardi")]),
        ("L'intersyndicale a appelé au débrayage dans tous les ports du Cameroun.", [pr("CMR", "143", "strike", "intended", "a appelé au débrayage")]),
    ],
    ("2", "en"): [
        ("Nigeria's Labour Congress called for a general strike over fuel prices.", [pr("NGA", "143", "strike", "intended", "called for a general strike")]),
        ("Bangladesh's student groups called for a rally in Dhaka on Saturday.", [pr("BGD", modality="intended", evidence="called for a rally")]),
        ("The Kenyan interior minister called for an investigation into the protests in Nairobi.", [rq("KEN", evidence="called for an investigation")]),
        ("Riot police dispersed hundreds of farmers protesting near the parliament in Warsaw.", [pr("POL", evidence="farmers protesting near the parliament"), ev("ASSAULT", "175", "POL", required=False, evidence="dispersed"), ev("COERCE", "172", "POL", required=False, evidence="dispersed")]),
        ("Around 500 residents gathered outside the town hall in Manila, demanding clean water.", [pr("PHL", evidence="gathered outside the town hall"), rq("PHL", evidence="demanding")]),
        ("Thousands of doctors marched in Seoul while nurses staged a strike at public hospitals.", [pr("KOR", evidence="marched in Seoul"), pr("KOR", "143", "strike", evidence="staged a strike")]),
        ("Dozens of vendors protested outside the offices of the market authority in Kampala.", [pr("UGA", evidence="protested outside")]),
        ("Relief workers gathered supplies in Port-au-Prince.", []),
        ("Several hundred people gathered at Freedom Square in Tbilisi to call for new elections.", [pr("GEO", evidence="gathered at Freedom Square"), rq("GEO", evidence="call for new elections")]),
        ("Mozambique's opposition leader called on his supporters to stop the protests.", [rq("MOZ", evidence="called on his supporters")]),
    ],
}

for (n, lang), items in SETS.items():
    with open(f"protest30-{n}.{lang}.jsonl", "w", encoding="utf-8") as out:
        for i, (text, events) in enumerate(items, 1):
            for e in events:
                e["evidence"] = e["evidence"] or text
            out.write(json.dumps({"article_id": f"protest30-{n}-{lang}-{i:03d}", "lang": lang, "text": text, "published": P, "events": events}, ensure_ascii=False) + "\n")
