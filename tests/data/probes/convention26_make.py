"""Writes tests/data/probes/convention26-{1,2}.{fr,en}.jsonl (helper convention26)."""
import json, sys
OUT = sys.argv[1]

def ev(t, cameo, s, t_, ev_, mod="actual", req=True, ss="GOV", ts="GOV", sname=None, tname=None):
    return {"event_type": t, "mode": None, "cameo": cameo,
            "source": {"name": sname, "country": s, "sector": ss},
            "target": None if t_ is None else {"name": tname, "country": t_, "sector": ts},
            "date": None, "location": None, "polarity": "positive", "modality": mod, "evidence": ev_, "required": req}

A = lambda *a, **k: ev("AGREE", *a, mod="intended", **k)
C = lambda *a, **k: ev("CONCEDE", *a, mod="intended", **k)
R = lambda *a, **k: ev("RETREAT", *a, **k)
Q = lambda *a, **k: ev("REQUEST", *a, **k)
# an appeal with no addressee in reach: REQUEST needs no recipient (PLOVER manual, REQUEST:
# "Requires recipient: No"), the gold's target is null (country unknown); never the speaker's own
N = lambda cameo, s, ev_, ss="GOV", sname=None: {**ev("REQUEST", cameo, s, None, ev_, ss=ss, sname=sname), "target": {"name": None, "country": None, "sector": None}}

SETS = {
 ("1", "fr"): [
  # committed to yield: AGREE 035x
  ("c1", "Le Venezuela a accepté de libérer cinq ressortissants américains détenus à Caracas.", [A("0353", "VEN", "USA", "a accepté de libérer cinq ressortissants américains", ts="CVL")]),
  ("c2", "La Turquie s'est engagée à lever les restrictions imposées aux camionneurs iraniens.", [A("0351", "TUR", "IRN", "s'est engagée à lever les restrictions", ts="CVL")]),
  ("c3", "L'Ethiopie a promis de retirer ses troupes de Somalie avant la fin de l'année.", [A("0356", "ETH", "SOM", "a promis de retirer ses troupes de Somalie", ss="MIL")]),
  ("c4", "La Russie s'est dite prête à échanger des prisonniers avec l'Ukraine.", [A("0353", "RUS", "UKR", "s'est dite prête à échanger des prisonniers avec l'Ukraine")]),
  ("c5", "Le Niger a proposé de lever la suspension des vols vers le Bénin.", [A("0354", "NER", "BEN", "a proposé de lever la suspension des vols vers le Bénin")]),
  # yielded: CONCEDE / RETREAT actual
  ("y1", "La Tunisie a levé mardi les restrictions imposées aux camionneurs libyens.", [ev("CONCEDE", "081", "TUN", "LBY", "a levé mardi les restrictions imposées aux camionneurs libyens", ts="CVL")]),
  ("y2", "Le Venezuela a libéré dimanche six ressortissants américains.", [R("0841", "VEN", "USA", "a libéré dimanche six ressortissants américains", ts="CVL")]),
  ("y3", "Le Burundi a retiré ses soldats de la République démocratique du Congo.", [R("0874", "BDI", "COD", "a retiré ses soldats de la République démocratique du Congo", ss="MIL")]),
  # announced: CONCEDE intended
  ("n1", "Le Kenya a annoncé le retrait prochain de ses policiers d'Haïti.", [C("080", "KEN", "HTI", "a annoncé le retrait prochain de ses policiers d'Haïti", ss="COP")]),
  ("n2", "Le Pakistan a annoncé qu'il libérerait les pêcheurs indiens détenus à Karachi.", [C("080", "PAK", "IND", "a annoncé qu'il libérerait les pêcheurs indiens", ts="CVL")]),
  ("n3", "La Chine a annoncé qu'elle lèverait ses sanctions contre la Lituanie.", [C("080", "CHN", "LTU", "a annoncé qu'elle lèverait ses sanctions contre la Lituanie")]),
  # appeals of speakers who are no agent of the country in reach
  ("p1", "Le pape Léon XIV a appelé toutes les parties à rechercher la paix.", [N("10", "VAT", "a appelé toutes les parties", ss="REL", sname="Pope Leo XIV")]),
  ("p2", "Le pape a appelé à la libération de tous les otages.", [N("1056", "VAT", "a appelé à la libération de tous les otages", ss="REL")]),
  ("p3", "Le pape François a exhorté l'Arménie et l'Azerbaïdjan à signer le traité de paix.", [Q("10", "VAT", "ARM", "a exhorté l'Arménie et l'Azerbaïdjan", ss="REL", sname="Pope Francis"), Q("10", "VAT", "AZE", "a exhorté l'Arménie et l'Azerbaïdjan", ss="REL", sname="Pope Francis")]),
  ("p4", "En visite à Doha, le ministre turc des Affaires étrangères a appelé toutes les parties à la retenue.", [N("10", "TUR", "a appelé toutes les parties à la retenue")]),
  ("p5", "Amnesty International a appelé à la libération des journalistes détenus.", [N("1056", "NGO", "a appelé à la libération des journalistes détenus", ss="NGO", sname="Amnesty International")]),
 ],
 ("1", "en"): [
  ("c1", "Venezuela agreed to free five jailed American citizens.", [A("0353", "VEN", "USA", "agreed to free five jailed American citizens", ts="CVL")]),
  ("c2", "Turkey pledged to lift the restrictions on Iranian truck drivers.", [A("0351", "TUR", "IRN", "pledged to lift the restrictions", ts="CVL")]),
  ("c3", "Ethiopia promised to pull its troops out of Somalia by the end of the year.", [A("0356", "ETH", "SOM", "promised to pull its troops out of Somalia", ss="MIL")]),
  ("c4", "Russia said it was ready to exchange prisoners with Ukraine.", [A("0353", "RUS", "UKR", "ready to exchange prisoners with Ukraine")]),
  ("c5", "Niger offered to lift the suspension of flights to Benin.", [A("0354", "NER", "BEN", "offered to lift the suspension of flights to Benin")]),
  ("y1", "Tunisia lifted the restrictions on Libyan truck drivers on Tuesday.", [ev("CONCEDE", "081", "TUN", "LBY", "lifted the restrictions on Libyan truck drivers", ts="CVL")]),
  ("y2", "Venezuela freed six American citizens on Sunday.", [R("0841", "VEN", "USA", "freed six American citizens", ts="CVL")]),
  ("y3", "Burundi withdrew its soldiers from the Democratic Republic of Congo.", [R("0874", "BDI", "COD", "withdrew its soldiers from the Democratic Republic of Congo", ss="MIL")]),
  ("n1", "Kenya announced it would withdraw its police officers from Haiti.", [C("080", "KEN", "HTI", "announced it would withdraw its police officers from Haiti", ss="COP")]),
  ("n2", "Pakistan said it would release the Indian fishermen held in Karachi.", [C("080", "PAK", "IND", "said it would release the Indian fishermen", ts="CVL")]),
  ("n3", "China announced it would lift its sanctions on Lithuania.", [C("080", "CHN", "LTU", "announced it would lift its sanctions on Lithuania")]),
  ("p1", "Pope Leo called on all parties to seek peace.", [N("10", "VAT", "called on all parties to seek peace", ss="REL")]),
  ("p2", "The Pope called for the release of all hostages.", [N("1056", "VAT", "called for the release of all hostages", ss="REL")]),
  ("p3", "Pope Francis urged Armenia and Azerbaijan to sign the peace treaty.", [Q("10", "VAT", "ARM", "urged Armenia and Azerbaijan", ss="REL", sname="Pope Francis"), Q("10", "VAT", "AZE", "urged Armenia and Azerbaijan", ss="REL", sname="Pope Francis")]),
  ("p4", "Speaking in Doha, the Turkish foreign minister called on all parties to show restraint.", [N("10", "TUR", "called on all parties to show restraint")]),
  ("p5", "Amnesty International called for the release of the detained journalists.", [N("1056", "NGO", "called for the release of the detained journalists", ss="NGO", sname="Amnesty International")]),
 ],
 ("2", "fr"): [
  ("c1", "L'Iran a accepté de libérer deux ressortissants français détenus à Téhéran.", [A("0353", "IRN", "FRA", "a accepté de libérer deux ressortissants français", ts="CVL")]),
  ("c2", "Le Maroc s'est engagé à lever les restrictions imposées aux pêcheurs espagnols.", [A("0351", "MAR", "ESP", "s'est engagé à lever les restrictions", ts="CVL")]),
  ("c3", "Le Rwanda a promis de retirer ses soldats de l'est de la RDC.", [A("0356", "RWA", "COD", "a promis de retirer ses soldats", ss="MIL")]),
  ("c4", "L'Azerbaïdjan s'est dit prêt à rendre les prisonniers arméniens.", [A("0353", "AZE", "ARM", "s'est dit prêt à rendre les prisonniers arméniens", ts="CVL")]),
  ("c5", "La Colombie a proposé de lever les droits de douane sur les produits équatoriens.", [A("0354", "COL", "ECU", "a proposé de lever les droits de douane")]),
  ("y1", "Le Sénégal a levé jeudi les restrictions imposées aux commerçants gambiens.", [ev("CONCEDE", "081", "SEN", "GMB", "a levé jeudi les restrictions imposées aux commerçants gambiens", ts="BUS")]),
  ("y2", "L'Iran a libéré mardi trois ressortissants britanniques.", [R("0841", "IRN", "GBR", "a libéré mardi trois ressortissants britanniques", ts="CVL")]),
  ("y3", "Le Tchad a retiré ses troupes du Niger.", [R("0874", "TCD", "NER", "a retiré ses troupes du Niger", ss="MIL")]),
  ("n1", "La France a annoncé le retrait de ses soldats du Tchad.", [C("080", "FRA", "TCD", "a annoncé le retrait de ses soldats du Tchad", ss="MIL")]),
  ("n2", "L'Inde a annoncé qu'elle libérerait les pêcheurs sri-lankais.", [C("080", "IND", "LKA", "a annoncé qu'elle libérerait les pêcheurs sri-lankais", ts="CVL")]),
  ("n3", "Les Etats-Unis ont annoncé qu'ils lèveraient les sanctions contre la Syrie.", [C("080", "USA", "SYR", "ont annoncé qu'ils lèveraient les sanctions contre la Syrie")]),
  ("p1", "Le souverain pontife a appelé toutes les parties au dialogue.", [N("10", "VAT", "a appelé toutes les parties au dialogue", ss="REL")]),
  ("p2", "Le pape Léon XIV a appelé à un cessez-le-feu immédiat.", [N("1056", "VAT", "a appelé à un cessez-le-feu immédiat", ss="REL", sname="Pope Leo XIV")]),
  ("p3", "Le pape a exhorté le Soudan du Sud à protéger les civils.", [Q("10", "VAT", "SSD", "a exhorté le Soudan du Sud", ss="REL")]),
  ("p4", "Le médiateur de l'Union africaine a appelé toutes les parties à la retenue.", [N("10", "IGO", "a appelé toutes les parties à la retenue", ss="IGO")]),
  ("p5", "Human Rights Watch a appelé à la libération des opposants.", [N("1056", "NGO", "a appelé à la libération des opposants", ss="NGO", sname="Human Rights Watch")]),
 ],
 ("2", "en"): [
  ("c1", "Iran agreed to release two French nationals held in Tehran.", [A("0353", "IRN", "FRA", "agreed to release two French nationals", ts="CVL")]),
  ("c2", "Morocco promised to ease the restrictions on Spanish fishermen.", [A("0351", "MAR", "ESP", "promised to ease the restrictions", ts="CVL")]),
  ("c3", "Rwanda pledged to withdraw its soldiers from eastern Congo.", [A("0356", "RWA", "COD", "pledged to withdraw its soldiers", ss="MIL")]),
  ("c4", "Azerbaijan offered to return the Armenian prisoners.", [A("0353", "AZE", "ARM", "offered to return the Armenian prisoners", ts="CVL")]),
  ("c5", "Colombia agreed to lift the tariffs on Ecuadorian goods.", [A("0354", "COL", "ECU", "agreed to lift the tariffs on Ecuadorian goods")]),
  ("y1", "Senegal lifted the restrictions on Gambian traders on Thursday.", [ev("CONCEDE", "081", "SEN", "GMB", "lifted the restrictions on Gambian traders", ts="BUS")]),
  ("y2", "Iran released three British nationals on Tuesday.", [R("0841", "IRN", "GBR", "released three British nationals", ts="CVL")]),
  ("y3", "Chad withdrew its troops from Niger.", [R("0874", "TCD", "NER", "withdrew its troops from Niger", ss="MIL")]),
  ("n1", "France announced it would withdraw its soldiers from Chad.", [C("080", "FRA", "TCD", "announced it would withdraw its soldiers from Chad", ss="MIL")]),
  ("n2", "India said it would release the Sri Lankan fishermen.", [C("080", "IND", "LKA", "said it would release the Sri Lankan fishermen", ts="CVL")]),
  ("n3", "The United States announced it would lift the sanctions on Syria.", [C("080", "USA", "SYR", "announced it would lift the sanctions on Syria")]),
  ("p1", "The pontiff called on all parties to return to dialogue.", [N("10", "VAT", "called on all parties to return to dialogue", ss="REL")]),
  ("p2", "Pope Leo XIV called for an immediate ceasefire.", [N("1056", "VAT", "called for an immediate ceasefire", ss="REL", sname="Pope Leo XIV")]),
  ("p3", "The Pope urged South Sudan to protect civilians.", [Q("10", "VAT", "SSD", "urged South Sudan to protect civilians", ss="REL")]),
  ("p4", "The African Union mediator called on all parties to show restraint.", [N("10", "IGO", "called on all parties to show restraint", ss="IGO")]),
  ("p5", "Human Rights Watch called for the release of the opposition leaders.", [N("1056", "NGO", "called for the release of the opposition leaders", ss="NGO", sname="Human Rights Watch")]),
 ],
}
PUB = "2025-09-10"
for (n, lang), items in SETS.items():
    with open(f"{OUT}/convention26-{n}.{lang}.jsonl", "w", encoding="utf-8") as f:
        for key, text, events in items:
            pub = "2023-05-10" if "François" in text or "Francis" in text else PUB
            for e in events:
                assert e["evidence"] in text, (key, e["evidence"])
            f.write(json.dumps({"article_id": f"convention26-{n}-{lang}-{key}", "lang": lang, "text": text, "published": pub, "events": events}, ensure_ascii=False) + "\n")
