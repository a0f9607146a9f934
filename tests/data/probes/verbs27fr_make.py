"""Writes the probe sets verbs27fr-1.fr, verbs27fr-1.en (tuned on) and verbs27fr-2.fr (never
tuned on): French constructions whose event word is a verb the clause does not open.

Leads (the item id ends with its key):
  a  the event verb placed before its subject or governed elsewhere: object relatives ('les
     diplomates que Paris a expulsés'), fronted past participles with an agent ('Expulsés par
     le Niger, les diplomates ...'), 'de la part de' after 'faire l'objet de' / 'recevoir';
     background relatives ('les accords que X avait signés en 2015') are required: false
     (GUIDELINES: background more than a year before publication);
  b  relatives with 'dont', 'à qui', 'auquel', 'avec lequel';
  c  intention and plan verbs ('compte rencontrer', 'prévoit de', 'envisage de', 's'apprête
     à', 'a l'intention de', 'devrait', 'pourrait'): a planned meeting, visit or aid is AGREE
     intended, one that may happen AGREE hypothetical, a planned sanction stays SANCTION
     (GUIDELINES, modality);
  d  two acts of one type by separate verbs with different objects in one sentence, which
     GUIDELINES counts as separate events ('Commitments stated in separate sentences or by
     separate verbs are separate events; items listed under one verb are one event'); one
     verb with two objects stays one event.

Countries are drawn per item (seeded). Run from the repository root:
``python tests/data/probes/verbs27fr_make.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUBLISHED = "2025-06-11"

# NP | adj m sg | adj m pl | adj f sg | locative | ISO | English name | English adjective
C1 = """la Pologne|polonais|polonais|polonaise|en Pologne|POL|Poland|Polish
la Russie|russe|russes|russe|en Russie|RUS|Russia|Russian
le Mali|malien|maliens|malienne|au Mali|MLI|Mali|Malian
le Kenya|kényan|kényans|kényane|au Kenya|KEN|Kenya|Kenyan
l'Inde|indien|indiens|indienne|en Inde|IND|India|Indian
le Japon|japonais|japonais|japonaise|au Japon|JPN|Japan|Japanese
l'Égypte|égyptien|égyptiens|égyptienne|en Égypte|EGY|Egypt|Egyptian
la Turquie|turc|turcs|turque|en Turquie|TUR|Turkey|Turkish
le Brésil|brésilien|brésiliens|brésilienne|au Brésil|BRA|Brazil|Brazilian
le Sénégal|sénégalais|sénégalais|sénégalaise|au Sénégal|SEN|Senegal|Senegalese
l'Algérie|algérien|algériens|algérienne|en Algérie|DZA|Algeria|Algerian
le Maroc|marocain|marocains|marocaine|au Maroc|MAR|Morocco|Moroccan
la Grèce|grec|grecs|grecque|en Grèce|GRC|Greece|Greek
l'Ukraine|ukrainien|ukrainiens|ukrainienne|en Ukraine|UKR|Ukraine|Ukrainian
le Cameroun|camerounais|camerounais|camerounaise|au Cameroun|CMR|Cameroon|Cameroonian
le Pakistan|pakistanais|pakistanais|pakistanaise|au Pakistan|PAK|Pakistan|Pakistani
l'Italie|italien|italiens|italienne|en Italie|ITA|Italy|Italian
le Mexique|mexicain|mexicains|mexicaine|au Mexique|MEX|Mexico|Mexican"""

C2 = """le Canada|canadien|canadiens|canadienne|au Canada|CAN|Canada|Canadian
le Niger|nigérien|nigériens|nigérienne|au Niger|NER|Niger|Nigerien
l'Australie|australien|australiens|australienne|en Australie|AUS|Australia|Australian
l'Indonésie|indonésien|indonésiens|indonésienne|en Indonésie|IDN|Indonesia|Indonesian
le Bénin|béninois|béninois|béninoise|au Bénin|BEN|Benin|Beninese
le Portugal|portugais|portugais|portugaise|au Portugal|PRT|Portugal|Portuguese
l'Angola|angolais|angolais|angolaise|en Angola|AGO|Angola|Angolan
la Norvège|norvégien|norvégiens|norvégienne|en Norvège|NOR|Norway|Norwegian
le Yémen|yéménite|yéménites|yéménite|au Yémen|YEM|Yemen|Yemeni
le Chili|chilien|chiliens|chilienne|au Chili|CHL|Chile|Chilean
le Pérou|péruvien|péruviens|péruvienne|au Pérou|PER|Peru|Peruvian
la Tunisie|tunisien|tunisiens|tunisienne|en Tunisie|TUN|Tunisia|Tunisian
le Ghana|ghanéen|ghanéens|ghanéenne|au Ghana|GHA|Ghana|Ghanaian
la Suède|suédois|suédois|suédoise|en Suède|SWE|Sweden|Swedish
l'Éthiopie|éthiopien|éthiopiens|éthiopienne|en Éthiopie|ETH|Ethiopia|Ethiopian
le Vietnam|vietnamien|vietnamiens|vietnamienne|au Vietnam|VNM|Vietnam|Vietnamese
la Roumanie|roumain|roumains|roumaine|en Roumanie|ROU|Romania|Romanian
le Tchad|tchadien|tchadiens|tchadienne|au Tchad|TCD|Chad|Chadian"""

FIELDS = ("np", "a", "ap", "af", "loc", "iso", "en", "ena")

# an item: key, French text, events [(type, cameo, src, tgt, modality, required)], English twin
# (text or None). Slots: {X.np} {Y.a} ... for three countries X, Y, Z.
SET_1 = [
    # a. verbs before their subject
    ("a", "Les diplomates {Y.ap} que {X.np} a expulsés lundi ont quitté le pays mardi.",
     [("SANCTION", "166", "X", "Y", "actual", True)],
     "The {Y.ena} diplomats that {X.en} expelled on Monday left the country on Tuesday."),
    ("a", "Les journalistes {Y.ap} que la police {X.af} a arrêtés lundi ont comparu devant un juge.",
     [("COERCE", "173", "X", "Y", "actual", True)],
     "The {Y.ena} journalists whom the {X.ena} police arrested on Monday appeared before a judge."),
    ("a", "L'accord que {X.np} a signé avec {Y.np} mardi porte sur le commerce.",
     [("AGREE", "057", "X", "Y", "actual", True)],
     "The agreement that {X.en} signed with {Y.en} on Tuesday covers trade."),
    ("a", "Le ministre {Y.a} des Affaires étrangères que le président {X.a} a reçu lundi a visité une usine.",
     [("CONSULT", "040", "X", "Y", "actual", True)], None),
    ("a", "Les accords que {X.np} avait signés avec {Y.np} en 2015 restent en vigueur.",
     [("AGREE", "057", "X", "Y", "actual", False)],
     "The agreements that {X.en} had signed with {Y.en} in 2015 remain in force."),
    ("a", "Expulsés par {X.np} lundi, les diplomates {Y.ap} ont quitté le pays.",
     [("SANCTION", "166", "X", "Y", "actual", True)],
     "Expelled by {X.en} on Monday, the {Y.ena} diplomats left the country."),
    ("a", "Condamné par {X.np} lundi, le gouvernement {Y.a} a maintenu sa position.",
     [("ACCUSE", "111", "X", "Y", "actual", True)],
     "Condemned by {X.en} on Monday, the {Y.ena} government maintained its position."),
    ("a", "Trois diplomates {Y.ap} ont fait l'objet d'une mesure d'expulsion de la part de {X.np} lundi.",
     [("SANCTION", "166", "X", "Y", "actual", True)], None),
    ("a", "Le président {Y.a} a reçu des menaces de la part du gouvernement {X.a}.",
     [("THREATEN", "130", "X", "Y", "actual", True)], None),
    ("a", "Le gouvernement {Y.a} a essuyé de vives critiques de la part de {X.np} lundi.",
     [("ACCUSE", "111", "X", "Y", "actual", True)], None),
    # b. dont, à qui, auquel, avec lequel
    ("b", "{Y.NP}, dont {X.np} a expulsé l'ambassadeur lundi, n'a pas encore réagi.",
     [("SANCTION", "166", "X", "Y", "actual", True)], None),
    ("b", "Le président {Y.a}, à qui {X.np} a demandé de libérer les otages, n'a pas répondu.",
     [("REQUEST", "10", "X", "Y", "actual", True)],
     "The {Y.ena} president, whom {X.en} asked to free the hostages, has not answered."),
    ("b", "Le gouvernement {Y.a}, avec lequel {X.np} a signé un accord de défense mardi, traverse une crise.",
     [("AGREE", "057", "X", "Y", "actual", True)],
     "The {Y.ena} government, with which {X.en} signed a defence agreement on Tuesday, faces a crisis."),
    ("b", "Le gouvernement {Y.a}, auquel {X.np} a livré des armes lundi, fait face à une rébellion.",
     [("AID", "070", "X", "Y", "actual", True)],
     "The {Y.ena} government, to which {X.en} delivered weapons on Monday, faces a rebellion."),
    ("b", "Le dirigeant {Y.a} dont {X.np} a critiqué les déclarations lundi est en visite à Genève.",
     [("ACCUSE", "111", "X", "Y", "actual", True)], None),
    # c. intentions and plans
    ("c", "Le président {X.a} compte rencontrer son homologue {Y.a} la semaine prochaine.",
     [("AGREE", "036", "X", "Y", "intended", True)], None),
    ("c", "{X.NP} entend imposer de nouvelles sanctions à {Y.np}.",
     [("SANCTION", "163", "X", "Y", "intended", True)],
     "{X.en} intends to impose new sanctions on {Y.en}."),
    ("c", "Le Premier ministre {X.a} prévoit de se rendre {Y.loc} en juillet.",
     [("AGREE", "036", "X", "Y", "intended", True)],
     "The {X.ena} prime minister plans to travel to {Y.en} in July."),
    ("c", "{X.NP} s'apprête à signer un accord de libre-échange avec {Y.np}.",
     [("AGREE", "057", "X", "Y", "intended", True)],
     "{X.en} is preparing to sign a free trade agreement with {Y.en}."),
    ("c", "Le président {X.a} a l'intention de rencontrer le président {Y.a}.",
     [("AGREE", "036", "X", "Y", "intended", True)],
     "The {X.ena} president intends to meet the {Y.ena} president."),
    ("c", "Le ministre {X.a} des Affaires étrangères compte se rendre {Y.loc} en juillet.",
     [("AGREE", "036", "X", "Y", "intended", True)], None),
    ("c", "Le président {X.a} pourrait rencontrer le président {Y.a} en juin.",
     [("AGREE", "036", "X", "Y", "hypothetical", True)],
     "The {X.ena} president could meet the {Y.ena} president in June."),
    ("c", "{X.NP} envisage d'accorder une aide de 10 millions de dollars à {Y.np}.",
     [("AGREE", "070", "X", "Y", "hypothetical", True)], None),
    # d. two acts of one type by separate verbs
    ("d", "{X.NP} a expulsé deux diplomates {Y.ap} et rappelé son ambassadeur {Y.loc}.",
     [("SANCTION", "166", "X", "Y", "actual", True), ("SANCTION", "161", "X", "Y", "actual", True)],
     "{X.en} expelled two {Y.ena} diplomats and recalled its ambassador from {Y.en}."),
    ("d", "{X.NP} a arrêté trois journalistes {Y.ap} et interpellé deux militants {Y.ap}.",
     [("COERCE", "173", "X", "Y", "actual", True), ("COERCE", "173", "X", "Y", "actual", True)],
     "{X.en} arrested three {Y.ena} journalists and detained two {Y.ena} activists."),
    ("d", "{X.NP} a condamné les essais de missiles de {Y.np} et critiqué son programme nucléaire.",
     [("ACCUSE", "111", "X", "Y", "actual", True), ("ACCUSE", "111", "X", "Y", "actual", True)],
     "{X.en} condemned the missile tests of {Y.en} and criticised its nuclear programme."),
    ("d", "{X.NP} a expulsé deux diplomates {Y.ap} et un attaché militaire {Y.a}.",
     [("SANCTION", "166", "X", "Y", "actual", True)],
     "{X.en} expelled two {Y.ena} diplomats and a {Y.ena} military attaché."),
    ("d", "{X.NP} a appelé {Y.np} à cesser les tirs et exhorté {Z.np} à négocier.",
     [("REQUEST", "10", "X", "Y", "actual", True), ("REQUEST", "10", "X", "Z", "actual", True)],
     "{X.en} called on {Y.en} to stop firing and urged {Z.en} to negotiate."),
]

SET_2 = [
    ("a", "Les trois militants {Y.ap} que la police {X.af} a interpellés mardi ont été placés en garde à vue.",
     [("COERCE", "173", "X", "Y", "actual", True)], None),
    ("a", "Les diplomates {Y.ap} que le gouvernement {X.a} a déclarés persona non grata jeudi ont quitté le pays.",
     [("SANCTION", "166", "X", "Y", "actual", True)], None),
    ("a", "Le mémorandum que {X.np} a conclu avec {Y.np} jeudi prévoit des investissements.",
     [("AGREE", "057", "X", "Y", "actual", True)], None),
    ("a", "Le Premier ministre {Y.a} que le président {X.a} a accueilli mercredi a déjeuné avec des chefs d'entreprise.",
     [("CONSULT", "040", "X", "Y", "actual", True)], None),
    ("a", "Les sanctions que {X.np} avait imposées à {Y.np} en 2014 ont pesé sur son économie.",
     [("SANCTION", "163", "X", "Y", "actual", False)], None),
    ("a", "Expulsé par {X.np} mercredi, l'ambassadeur {Y.a} a regagné son pays.",
     [("SANCTION", "166", "X", "Y", "actual", True)], None),
    ("a", "Critiqué par {X.np} jeudi, le gouvernement {Y.a} a défendu sa réforme.",
     [("ACCUSE", "111", "X", "Y", "actual", True)], None),
    ("a", "Interpellés par la police {X.af} mardi, deux journalistes {Y.ap} ont été présentés à un juge.",
     [("COERCE", "173", "X", "Y", "actual", True)], None),
    ("a", "Deux diplomates {Y.ap} ont fait l'objet d'un ordre d'expulsion de la part de {X.np} jeudi.",
     [("SANCTION", "166", "X", "Y", "actual", True)], None),
    ("a", "Le gouvernement {Y.a} a reçu des menaces de représailles de la part de {X.np}.",
     [("THREATEN", "130", "X", "Y", "actual", True)], None),
    ("b", "{Y.NP}, dont {X.np} a arrêté deux ressortissants mardi, demande des explications.",
     [("COERCE", "173", "X", "Y", "actual", True)], None),
    ("b", "Le Premier ministre {Y.a}, à qui le président {X.a} a rendu visite jeudi, a salué une amitié ancienne.",
     [("CONSULT", "042", "X", "Y", "actual", True)], None),
    ("b", "Le gouvernement {Y.a}, avec lequel {X.np} a conclu un accord commercial jeudi, traverse une crise.",
     [("AGREE", "057", "X", "Y", "actual", True)], None),
    ("b", "Le gouvernement {Y.a}, auquel {X.np} a accordé un prêt mercredi, fait face à une grève.",
     [("AID", "071", "X", "Y", "actual", True)], None),
    ("b", "Le président {Y.a}, dont {X.np} a condamné les propos mercredi, est attendu à Genève.",
     [("ACCUSE", "111", "X", "Y", "actual", True)], None),
    ("c", "Le Premier ministre {X.a} compte recevoir le président {Y.a} en juillet.",
     [("AGREE", "036", "X", "Y", "intended", True)], None),
    ("c", "{X.NP} envisage de sanctionner des responsables {Y.ap}.",
     [("SANCTION", "163", "X", "Y", "hypothetical", True)], None),
    ("c", "Le président {X.a} projette de se rendre {Y.loc} à l'automne.",
     [("AGREE", "036", "X", "Y", "intended", True)], None),
    ("c", "Le ministre {X.a} des Affaires étrangères s'apprête à rencontrer son homologue {Y.a}.",
     [("AGREE", "036", "X", "Y", "intended", True)], None),
    ("c", "{X.NP} a l'intention d'envoyer une aide alimentaire {Y.loc}.",
     [("AGREE", "070", "X", "Y", "intended", True)], None),
    ("c", "Le président {X.a} entend rencontrer le Premier ministre {Y.a} le mois prochain.",
     [("AGREE", "036", "X", "Y", "intended", True)], None),
    ("c", "Le président {X.a} devrait se rendre {Y.loc} la semaine prochaine.",
     [("AGREE", "036", "X", "Y", "intended", True)], None),
    ("d", "{X.NP} a expulsé un diplomate {Y.a} et convoqué le chargé d'affaires {Y.a}.",
     [("SANCTION", "166", "X", "Y", "actual", True), ("ACCUSE", "111", "X", "Y", "actual", True)], None),
    ("d", "{X.NP} a arrêté deux militants {Y.ap} et interpellé un photographe {Y.a}.",
     [("COERCE", "173", "X", "Y", "actual", True), ("COERCE", "173", "X", "Y", "actual", True)], None),
    ("d", "{X.NP} a condamné les frappes de {Y.np} et dénoncé ses violations de la trêve.",
     [("ACCUSE", "111", "X", "Y", "actual", True), ("ACCUSE", "111", "X", "Y", "actual", True)], None),
    ("d", "{X.NP} a arrêté deux journalistes {Y.ap} et un photographe {Y.a}.",
     [("COERCE", "173", "X", "Y", "actual", True)], None),
    ("d", "{X.NP} a exhorté {Y.np} à libérer les otages et appelé {Z.np} à rouvrir la frontière.",
     [("REQUEST", "10", "X", "Y", "actual", True), ("REQUEST", "10", "X", "Z", "actual", True)], None),
]


class Country:
    def __init__(self, line: str) -> None:
        for name, value in zip(FIELDS, line.split("|")):
            setattr(self, name, value)
        self.NP = self.np[0].upper() + self.np[1:]


def fill(text: str, slots: dict[str, Country]) -> str:
    for key, country in slots.items():
        for name in FIELDS + ("NP",):
            text = text.replace("{%s.%s}" % (key, name), getattr(country, name))
    text = text.replace(" de le ", " du ").replace(" à le ", " au ").replace(" de les ", " des ")
    return text[0].upper() + text[1:]


def write(items, table: str, seed: int, name: str, english: bool) -> None:
    rng = random.Random(seed)
    countries = [Country(line) for line in table.splitlines()]
    fr, en = [], []
    for n, (key, text, events, twin) in enumerate(items, 1):
        x, y, z = rng.sample(countries, 3)
        slots = {"X": x, "Y": y, "Z": z}
        for lang, body, out in (("fr", text, fr), ("en", twin, en)):
            if body is None or (lang == "en" and not english):
                continue
            sentence = fill(body, slots)
            out.append(gold_article(f"{name}-{n:03d}-{key}", lang, sentence, PUBLISHED, [
                gold_event(t, code, party(slots[s].iso), party(slots[g].iso), sentence, modality=m, required=r)
                for t, code, s, g, m, r in events]))
    for lang, out in (("fr", fr), ("en", en)):
        if out:
            write_jsonl(HERE / f"{name}.{lang}.jsonl", out)


if __name__ == "__main__":
    write(SET_1, C1, 2701, "verbs27fr-1", english=True)
    write(SET_2, C2, 2702, "verbs27fr-2", english=False)
