"""Writes the coerce30 probe sets: arrests whose doer the sentence names by a bare generic
noun the knowledge lacks ('officers', 'investigators', 'les agents', 'les enquêteurs'), by an
organisation it does not know, or not at all, with the arrested named; and negatives, the
ordinary senses of the verbs ('arrested the decline', 'le match a été arrêté').
coerce30-1 was tuned on, coerce30-2 never. Run: python3 tests/data/probes/coerce30_make.py"""
import json
from pathlib import Path

HERE = Path(__file__).parent
PUB = "2025-06-11"


def item(set_name, lang, n, text, events):
    evs = []
    for src, tgt, cameo in events:
        evs.append({"event_type": "COERCE", "mode": "arrest", "cameo": cameo,
                    "source": {"name": None, "country": src, "sector": None},
                    "target": {"name": None, "country": tgt, "sector": None},
                    "date": None, "location": None, "polarity": "positive", "modality": "actual",
                    "evidence": text, "required": True})
    return {"article_id": f"{set_name}-{lang}-{n:03d}", "lang": lang, "text": text, "published": PUB, "events": evs}


A = "173"
SETS = {
    ("coerce30-1", "en"): [
        ("The Ghana Police Service said officers arrested six Togolese nationals in Accra.", [("GHA", "TGO", A)]),
        ("Zambian police said officers detained four Congolese traders at the Kasumbalesa border post.", [("ZMB", "COD", A)]),
        ("Investigators detained two Russian citizens in Tallinn on Tuesday, the prosecutor's office said.", [("EST", "RUS", A)]),
        ("The Namibian Police Force said officers had arrested three Angolan nationals for poaching near Rundu.", [("NAM", "AGO", A)]),
        ("Officers arrested eleven Haitian migrants near Santo Domingo on Friday.", [("DOM", "HTI", A)]),
        ("The Kenya Wildlife Service said rangers arrested two Tanzanian poachers in Tsavo.", [("KEN", "TZA", A)]),
        ("The National Police said officers used tear gas to clear the road and detained nine protesters in Cochabamba.", [("BOL", "BOL", A)]),
        ("Agents detained three Chinese nationals at the port of Callao on Sunday.", [("PER", "CHN", A)]),
        ("Prosecutors said investigators had detained a Belarusian national in Vilnius.", [("LTU", "BLR", A)]),
        ("The anti-graft unit arrested two Nigerian businessmen in Accra on Monday.", [("GHA", "NGA", A)]),
        ("The central bank said the measures had arrested the decline of the cedi.", []),
        ("The patient went into cardiac arrest at a hospital in Nairobi.", []),
        ("The museum detained the visitors' attention with a new exhibition in Lima.", []),
    ],
    ("coerce30-2", "en"): [
        ("Officers detained five Ethiopian migrants near Moyale on Thursday, Kenyan police said.", [("KEN", "ETH", A)]),
        ("The Botswana Police Service said officers arrested two Zimbabwean nationals in Francistown.", [("BWA", "ZWE", A)]),
        ("Investigators arrested a Ukrainian citizen in Warsaw on Friday, Polish prosecutors said.", [("POL", "UKR", A)]),
        ("The Uganda Police Force said officers had arrested four Congolese traders in Kasese.", [("UGA", "COD", A)]),
        ("Agents arrested seven Venezuelan migrants near Cúcuta, Colombian authorities said.", [("COL", "VEN", A)]),
        ("The Philippine police said officers detained three Chinese nationals in Manila on Monday.", [("PHL", "CHN", A)]),
        ("The border unit detained two Afghan nationals near Taftan, Pakistani officials said.", [("PAK", "AFG", A)]),
        ("The Senegalese police said officers arrested six Gambian smugglers in Ziguinchor.", [("SEN", "GMB", A)]),
        ("The new policy has arrested the slide of the rand, the Treasury in Pretoria said.", []),
        ("A footballer suffered a cardiac arrest during a match in Lagos.", []),
    ],
    ("coerce30-1", "fr"): [
        ("Les agents ont interpellé six ressortissants togolais à Accra, selon la police ghanéenne.", [("GHA", "TGO", A)]),
        ("Les enquêteurs ont arrêté deux ressortissants russes mardi à Tallinn.", [("EST", "RUS", A)]),
        ("La brigade a interpellé quatre commerçants congolais au poste-frontière de Kasumbalesa, en Zambie.", [("ZMB", "COD", A)]),
        ("Selon la gendarmerie, les militaires ont appréhendé trois orpailleurs burkinabè près de Kédougou, au Sénégal.", [("SEN", "BFA", A)]),
        ("Les agents de l'immigration ont interpellé onze migrants haïtiens près de Saint-Domingue.", [("DOM", "HTI", A)]),
        ("Les douaniers ont arrêté deux passeurs nigérians à Cotonou, au Bénin.", [("BEN", "NGA", A)]),
        ("La cellule anticorruption a interpellé deux hommes d'affaires nigérians à Accra lundi.", [("GHA", "NGA", A)]),
        ("Les enquêteurs ont interpellé un ressortissant biélorusse à Vilnius, en Lituanie.", [("LTU", "BLR", A)]),
        ("Les policiers ont arrêté neuf manifestants à Cochabamba, en Bolivie.", [("BOL", "BOL", A)]),
        ("Les gardes-frontières ont arrêté trois Afghans près de Taftan, au Pakistan.", [("PAK", "AFG", A)]),
        ("Le match a été arrêté à la mi-temps à Yaoundé.", []),
        ("Le gouvernement a arrêté le calendrier des examens à Dakar.", []),
        ("Le chantier du pont a été arrêté faute de financement à Abidjan.", []),
    ],
    ("coerce30-2", "fr"): [
        ("Les agents ont interpellé cinq migrants éthiopiens près de Moyale, selon la police kényane.", [("KEN", "ETH", A)]),
        ("Les enquêteurs ont arrêté un ressortissant ukrainien vendredi à Varsovie.", [("POL", "UKR", A)]),
        ("La brigade mobile a interpellé quatre commerçants congolais à Kasese, en Ouganda.", [("UGA", "COD", A)]),
        ("Les douaniers ont appréhendé deux contrebandiers gambiens à Ziguinchor, au Sénégal.", [("SEN", "GMB", A)]),
        ("Les policiers ont interpellé sept migrants vénézuéliens près de Cúcuta, en Colombie.", [("COL", "VEN", A)]),
        ("Les gendarmes ont arrêté trois ressortissants chinois à Bangui, en Centrafrique.", [("CAF", "CHN", A)]),
        ("Les agents ont arrêté deux ressortissants afghans près de Zahedan, en Iran.", [("IRN", "AFG", A)]),
        ("Les enquêteurs ont interpellé six passeurs guinéens à Nouakchott.", [("MRT", "GIN", A)]),
        ("Le conseil des ministres a arrêté la date du scrutin à Libreville.", []),
        ("La rencontre a été arrêtée à la 70e minute à Abidjan.", []),
    ],
}

for (set_name, lang), items in SETS.items():
    with open(HERE / f"{set_name}.{lang}.jsonl", "w", encoding="utf-8") as out:
        for n, (text, events) in enumerate(items, 1):
            out.write(json.dumps(item(set_name, lang, n, text, events), ensure_ascii=False) + "\n")
