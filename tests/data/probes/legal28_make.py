"""Probe sets of helper legal28: legal and diplomatic-protest acts (CAMEO 114 complain
officially, 115 bring lawsuit against), where the body a complaint is lodged with or the
court a case is brought before is a venue and the party complained of or sued (the object
of 'against/over', 'contre') the target. File 1 was tuned on, file 2 never.
Run from the repository root: python tests/data/probes/legal28_make.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUB = "2025-06-11"


def ev(t, mode, cameo, src, tgt, evidence):
    return gold_event(t, cameo, party(src), party(tgt) if tgt else None, evidence, mode=mode)


def lawsuit(src, tgt, text, cameo="115", mode="allege"):
    return (text, [ev("ACCUSE", mode, cameo, src, tgt, text)])


SETS = {
    ("legal28-1", "en"): [
        lawsuit("LBN", "ISR", "Lebanon has filed a complaint with the UN Security Council against Israel.", "114"),
        lawsuit("GHA", "NGA", "Ghana filed a complaint with the World Trade Organization against Nigeria.", "114"),
        lawsuit("PAK", "IND", "Pakistan lodged a complaint with the United Nations over Indian shelling in Kashmir.", "114"),
        lawsuit("ARM", "AZE", "Armenia lodged a complaint with the Security Council against Azerbaijan on Monday.", "114"),
        lawsuit("SOM", "ETH", "Somalia filed a complaint with the African Union against Ethiopia.", "114"),
        lawsuit("COD", "RWA", "Congo filed a lawsuit with the East African Court of Justice against Rwanda.", "115"),
        lawsuit("POL", "EUR", "Poland said it would challenge the European Commission's decision before the EU Court of Justice."),
        lawsuit("HUN", "EUR", "Hungary will challenge the Commission's decision in the European Court of Justice."),
        lawsuit("GUY", "VEN", "Guyana will take Venezuela to the International Court of Justice over the border."),
        lawsuit("UKR", "RUS", "Ukraine went to court against Russia at the International Court of Justice."),
        lawsuit("ECU", "MEX", "Ecuador filed a complaint with the International Court of Justice against Mexico.", "115"),
        lawsuit("IRN", "USA", "Iran lodged a complaint with the UN Security Council over American sanctions.", "114"),
    ],
    ("legal28-1", "fr"): [
        lawsuit("LBN", "ISR", "Beyrouth a déposé une plainte auprès du Conseil de sécurité contre Israël.", "114"),
        lawsuit("MLI", "DZA", "Bamako a déposé plainte auprès de la Cour internationale de justice contre l'Algérie.", "115"),
        lawsuit("BDI", "RWA", "Le Burundi a porté plainte auprès de l'Union africaine contre le Rwanda.", "114"),
        lawsuit("SEN", "GMB", "Le Sénégal a déposé une plainte devant la Cour de justice de la CEDEAO contre la Gambie.", "115"),
        lawsuit("MAR", "DZA", "Le Maroc a saisi la justice contre l'Algérie.", "115"),
        lawsuit("POL", "EUR", "La Pologne a contesté la décision de la Commission européenne devant la Cour de justice de l'UE."),
        lawsuit("HUN", "EUR", "La Hongrie va contester devant la justice européenne la décision de la Commission."),
        lawsuit("TCD", "SDN", "Le Tchad a porté l'affaire devant la Cour internationale de justice contre le Soudan."),
        lawsuit("COD", "RWA", "Kinshasa a déposé un recours auprès de la Cour africaine contre Kigali.", "115"),
        lawsuit("NER", "BEN", "Le Niger a déposé une plainte auprès de la CEDEAO contre le Bénin.", "114"),
        lawsuit("GAB", "GNQ", "Le Gabon a intenté une action en justice auprès de la CIJ contre la Guinée équatoriale."),
        lawsuit("CMR", "NGA", "Le Cameroun a attaqué le Nigeria en justice devant la Cour internationale de justice."),
    ],
    ("legal28-2", "en"): [
        lawsuit("BLZ", "GTM", "Belize lodged a complaint with the Organization of American States against Guatemala.", "114"),
        lawsuit("KEN", "SOM", "Kenya filed a complaint with the Intergovernmental Authority on Development against Somalia.", "114"),
        lawsuit("EGY", "ETH", "Egypt filed a complaint with the UN Security Council over Ethiopia's dam.", "114"),
        lawsuit("QAT", "ARE", "Qatar lodged a complaint with the World Trade Organization against the United Arab Emirates.", "114"),
        lawsuit("SVK", "EUR", "Slovakia said it would challenge the European Commission's ruling before the EU General Court."),
        lawsuit("ROU", "EUR", "Romania will challenge the Commission's decision in the EU Court of Justice."),
        lawsuit("GEO", "RUS", "Georgia went to court against Russia at the European Court of Human Rights."),
        lawsuit("BOL", "CHL", "Bolivia will take Chile to the International Court of Justice over the Silala waters."),
        lawsuit("SRB", "HRV", "Serbia filed a lawsuit with the International Court of Justice against Croatia."),
        lawsuit("THA", "KHM", "Thailand lodged a complaint with ASEAN against Cambodia on Tuesday.", "114"),
    ],
    ("legal28-2", "fr"): [
        lawsuit("CIV", "BFA", "Abidjan a déposé une plainte auprès de la CEDEAO contre le Burkina Faso.", "114"),
        lawsuit("TUN", "LBY", "La Tunisie a porté plainte auprès de la Ligue arabe contre la Libye.", "114"),
        lawsuit("GIN", "SLE", "Conakry a déposé plainte devant la Cour de justice de la CEDEAO contre la Sierra Leone.", "115"),
        lawsuit("COG", "COD", "Brazzaville a saisi la justice contre Kinshasa.", "115"),
        lawsuit("ROU", "EUR", "La Roumanie a contesté la décision de la Commission européenne devant le Tribunal de l'UE."),
        lawsuit("SVK", "EUR", "La Slovaquie va contester devant la justice européenne l'amende de la Commission."),
        lawsuit("MRT", "MLI", "La Mauritanie a porté l'affaire devant la Cour africaine contre le Mali."),
        lawsuit("TGO", "GHA", "Lomé a déposé un recours auprès de la Cour de la CEDEAO contre Accra.", "115"),
        lawsuit("DJI", "ERI", "Djibouti a intenté une action en justice auprès de la CIJ contre l'Érythrée."),
        lawsuit("CAF", "TCD", "Bangui a déposé une plainte auprès de l'Union africaine contre N'Djamena.", "114"),
    ],
}

for (name, lang), items in SETS.items():
    write_jsonl(HERE / f"{name}.{lang}.jsonl",
                (gold_article(f"{name}-{i:03d}", lang, text, PUB, events) for i, (text, events) in enumerate(items, 1)))
