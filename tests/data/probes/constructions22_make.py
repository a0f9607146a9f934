"""Writes the construction-matrix probe sets constructions22-{1,2}.{fr,en}.jsonl.

One event per CAMEO code, worded in fourteen clause constructions in each language,
with other countries in every item; the gold of each item follows from the code and
the construction (GUIDELINES.md: a planned meeting, visit, aid or cooperation is AGREE
intended, an announced withdrawal or release CONCEDE; an agentless passive has a null
source; "we"/"nous" in a quotation is the speaker's side; a negated act is negative).
The item id ends with the construction's letter (see tests/data/probes/README.md).

Run from the repository root: ``python tests/data/probes/constructions22_make.py``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent

# EN name, EN adjective, FR name with article, FR adjective (m), FR adjective (f), ISO
COUNTRIES_1 = """France|French|la France|français|française|FRA
Mali|Malian|le Mali|malien|malienne|MLI
India|Indian|l'Inde|indien|indienne|IND
Kenya|Kenyan|le Kenya|kényan|kényane|KEN
Brazil|Brazilian|le Brésil|brésilien|brésilienne|BRA
Germany|German|l'Allemagne|allemand|allemande|DEU
Japan|Japanese|le Japon|japonais|japonaise|JPN
Egypt|Egyptian|l'Égypte|égyptien|égyptienne|EGY
Turkey|Turkish|la Turquie|turc|turque|TUR
Iran|Iranian|l'Iran|iranien|iranienne|IRN
Russia|Russian|la Russie|russe|russe|RUS
China|Chinese|la Chine|chinois|chinoise|CHN
Mexico|Mexican|le Mexique|mexicain|mexicaine|MEX
Peru|Peruvian|le Pérou|péruvien|péruvienne|PER
Chile|Chilean|le Chili|chilien|chilienne|CHL
Colombia|Colombian|la Colombie|colombien|colombienne|COL
Venezuela|Venezuelan|le Venezuela|vénézuélien|vénézuélienne|VEN
Nigeria|Nigerian|le Nigeria|nigérian|nigériane|NGA
Senegal|Senegalese|le Sénégal|sénégalais|sénégalaise|SEN
Morocco|Moroccan|le Maroc|marocain|marocaine|MAR
Algeria|Algerian|l'Algérie|algérien|algérienne|DZA
Ethiopia|Ethiopian|l'Éthiopie|éthiopien|éthiopienne|ETH
Sudan|Sudanese|le Soudan|soudanais|soudanaise|SDN
Chad|Chadian|le Tchad|tchadien|tchadienne|TCD
Cameroon|Cameroonian|le Cameroun|camerounais|camerounaise|CMR
Rwanda|Rwandan|le Rwanda|rwandais|rwandaise|RWA
Uganda|Ugandan|l'Ouganda|ougandais|ougandaise|UGA
Poland|Polish|la Pologne|polonais|polonaise|POL
Hungary|Hungarian|la Hongrie|hongrois|hongroise|HUN
Serbia|Serbian|la Serbie|serbe|serbe|SRB
Greece|Greek|la Grèce|grec|grecque|GRC
Italy|Italian|l'Italie|italien|italienne|ITA
Spain|Spanish|l'Espagne|espagnol|espagnole|ESP
Sweden|Swedish|la Suède|suédois|suédoise|SWE
Ukraine|Ukrainian|l'Ukraine|ukrainien|ukrainienne|UKR
Armenia|Armenian|l'Arménie|arménien|arménienne|ARM
Azerbaijan|Azerbaijani|l'Azerbaïdjan|azerbaïdjanais|azerbaïdjanaise|AZE
Pakistan|Pakistani|le Pakistan|pakistanais|pakistanaise|PAK
Afghanistan|Afghan|l'Afghanistan|afghan|afghane|AFG
Indonesia|Indonesian|l'Indonésie|indonésien|indonésienne|IDN
Vietnam|Vietnamese|le Vietnam|vietnamien|vietnamienne|VNM
Thailand|Thai|la Thaïlande|thaïlandais|thaïlandaise|THA
Australia|Australian|l'Australie|australien|australienne|AUS
Canada|Canadian|le Canada|canadien|canadienne|CAN
Iraq|Iraqi|l'Irak|irakien|irakienne|IRQ
Syria|Syrian|la Syrie|syrien|syrienne|SYR
Lebanon|Lebanese|le Liban|libanais|libanaise|LBN
Libya|Libyan|la Libye|libyen|libyenne|LBY"""

COUNTRIES_2 = """Tunisia|Tunisian|la Tunisie|tunisien|tunisienne|TUN
Niger|Nigerien|le Niger|nigérien|nigérienne|NER
Tanzania|Tanzanian|la Tanzanie|tanzanien|tanzanienne|TZA
Angola|Angolan|l'Angola|angolais|angolaise|AGO
Romania|Romanian|la Roumanie|roumain|roumaine|ROU
Norway|Norwegian|la Norvège|norvégien|norvégienne|NOR
Finland|Finnish|la Finlande|finlandais|finlandaise|FIN
Belarus|Belarusian|la Biélorussie|biélorusse|biélorusse|BLR
Kazakhstan|Kazakh|le Kazakhstan|kazakh|kazakhe|KAZ
Bangladesh|Bangladeshi|le Bangladesh|bangladais|bangladaise|BGD
Malaysia|Malaysian|la Malaisie|malaisien|malaisienne|MYS
Cambodia|Cambodian|le Cambodge|cambodgien|cambodgienne|KHM
Jordan|Jordanian|la Jordanie|jordanien|jordanienne|JOR
Saudi Arabia|Saudi|l'Arabie saoudite|saoudien|saoudienne|SAU
Qatar|Qatari|le Qatar|qatari|qatarie|QAT
Yemen|Yemeni|le Yémen|yéménite|yéménite|YEM
Somalia|Somali|la Somalie|somalien|somalienne|SOM
Mozambique|Mozambican|le Mozambique|mozambicain|mozambicaine|MOZ
Bolivia|Bolivian|la Bolivie|bolivien|bolivienne|BOL
Ecuador|Ecuadorian|l'Équateur|équatorien|équatorienne|ECU
Guatemala|Guatemalan|le Guatemala|guatémaltèque|guatémaltèque|GTM
Nicaragua|Nicaraguan|le Nicaragua|nicaraguayen|nicaraguayenne|NIC
Paraguay|Paraguayan|le Paraguay|paraguayen|paraguayenne|PRY
Austria|Austrian|l'Autriche|autrichien|autrichienne|AUT
Belgium|Belgian|la Belgique|belge|belge|BEL
Portugal|Portuguese|le Portugal|portugais|portugaise|PRT
Estonia|Estonian|l'Estonie|estonien|estonienne|EST
Lithuania|Lithuanian|la Lituanie|lituanien|lituanienne|LTU
Mongolia|Mongolian|la Mongolie|mongol|mongole|MNG
Nepal|Nepalese|le Népal|népalais|népalaise|NPL
Zambia|Zambian|la Zambie|zambien|zambienne|ZMB
Gabon|Gabonese|le Gabon|gabonais|gabonaise|GAB
Guinea|Guinean|la Guinée|guinéen|guinéenne|GIN
Benin|Beninese|le Bénin|béninois|béninoise|BEN
Togo|Togolese|le Togo|togolais|togolaise|TGO
Argentina|Argentine|l'Argentine|argentin|argentine|ARG
Uruguay|Uruguayan|l'Uruguay|uruguayen|uruguayenne|URY
Cuba|Cuban|Cuba|cubain|cubaine|CUB
Sri Lanka|Sri Lankan|le Sri Lanka|sri-lankais|sri-lankaise|LKA
Myanmar|Burmese|la Birmanie|birman|birmane|MMR
Philippines|Philippine|les Philippines|philippin|philippine|PHL
Netherlands|Dutch|les Pays-Bas|néerlandais|néerlandaise|NLD
Denmark|Danish|le Danemark|danois|danoise|DNK
Croatia|Croatian|la Croatie|croate|croate|HRV
Eritrea|Eritrean|l'Érythrée|érythréen|érythréenne|ERI
Burundi|Burundian|le Burundi|burundais|burundaise|BDI
Congo|Congolese|le Congo|congolais|congolaise|COG
Kuwait|Kuwaiti|le Koweït|koweïtien|koweïtienne|KWT"""

# The constructions, by the letter ending each item id.
CONSTRUCTIONS = "PFBARLCGHTNDQM"
NAMES = {
    "P": "plain past (French: plus-que-parfait)", "F": "perfect / passé composé",
    "B": "passive with agent", "A": "agentless passive", "R": "reported speech",
    "L": "subject with apposition or relative clause", "C": "two coordinated events",
    "G": "participle or gerund adjunct", "H": "headline present", "T": "future / intention",
    "N": "negation", "D": "infinitive complement of a decision verb",
    "Q": "quotation with incise", "M": "nominal with its parties",
}


def parse(block: str) -> list[dict]:
    out = []
    for line in block.splitlines():
        en, enadj, fr, frm, frf, iso = line.split("|")
        out.append({"en": en, "enadj": enadj, "fr": fr, "frm": frm, "frf": frf, "iso": iso})
    return out


def plural(adj: str) -> str:
    return adj if adj.endswith(("s", "x")) else adj + "s"


def fr_forms(c: dict) -> dict:
    """The French country's forms: le/la X, du X, au X, en X, capitalised."""
    name = c["fr"]
    if name.startswith("la "):
        bare, de, a, en = name[3:], "de " + name, "à " + name, "en " + name[3:]
    elif name.startswith("le "):
        bare, de, a, en = name[3:], "du " + name[3:], "au " + name[3:], "au " + name[3:]
    elif name.startswith("les "):
        bare, de, a, en = name[4:], "des " + name[4:], "aux " + name[4:], "aux " + name[4:]
    elif name.startswith("l'"):
        bare, de, a, en = name[2:], "de " + name, "à " + name, "en " + name[2:]
    else:
        bare, de, a, en = name, "de " + name, "à " + name, "à " + name
    if de.startswith("de ") and bare[0] in "AEIOUÉÈÊaeiouéèê" and name == bare:
        de = "d'" + bare
    fem = name.startswith("la ") or (name.startswith("l'") and bare.endswith("e"))
    return {"Tle": name, "Tde": de, "Ta": a, "Ten": en, "Tfem": fem, "Tpl": name.startswith("les ")}


def en_poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def en_name(name: str) -> str:
    return "the " + name if name in ("Philippines", "Netherlands") else name


# Subject kinds: English and French noun phrase, the French gender/number of that phrase,
# the sector, the speaker quoted for Q, the relative pronoun and the first-person forms.
def subject(kind: str, c: dict, lang: str) -> dict:
    if lang == "en":
        n, a = en_name(c["en"]), c["enadj"]
        return {
            "c": {"S": n, "Sp": en_poss(n), "pron": "it", "rel": "which", "spk": f"{en_poss(n)} foreign minister",
                  "we": "We", "our": "our", "its": "its", "pl": False},
            "lead": {"S": f"the {a} president", "Sp": f"the {a} president's", "pron": "he", "rel": "who",
                     "spk": f"the {a} president", "we": "I", "our": "my", "its": "his", "pl": False},
            "pol": {"S": f"{a} police", "Sp": f"{a} police's", "pron": "they", "rel": "who",
                    "spk": f"a {a} police spokesman", "we": "We", "our": "our", "its": "their", "pl": True},
            "mil": {"S": f"{a} forces", "Sp": f"{a} forces'", "pron": "they", "rel": "which",
                    "spk": f"a {a} army spokesman", "we": "We", "our": "our", "its": "their", "pl": True},
            "reb": {"S": f"{a} rebels", "Sp": f"{a} rebels'", "pron": "they", "rel": "who",
                    "spk": f"a spokesman for the {a} rebels", "we": "We", "our": "our", "its": "their", "pl": True},
        }[kind]
    f = fr_forms(c)
    m, fe = c["frm"], c["frf"]
    return {
        "c": {"S": f["Tle"], "Sde": f["Tde"], "spk": f"le chef de la diplomatie {fe}", "we": "Nous avons",
              "ses": "ses", "son": "son", "sa": "sa", "nos": "nos", "notre": "notre", "notre_f": "notre",
              "pl": f["Tpl"], "qui_rel": 0},
        "lead": {"S": f"le président {m}", "Sde": f"du président {m}", "spk": f"le président {m}",
                 "we": "J'ai", "ses": "ses", "son": "son", "sa": "sa", "nos": "mes", "notre": "mon",
                 "notre_f": "ma", "pl": False, "qui_rel": 1},
        "pol": {"S": f"la police {fe}", "Sde": f"de la police {fe}", "spk": f"un porte-parole de la police {fe}",
                "we": "Nous avons", "ses": "ses", "son": "son", "sa": "sa", "nos": "nos", "notre": "notre",
                "notre_f": "notre", "pl": False, "qui_rel": 2},
        "mil": {"S": f"les forces {plural(fe)}", "Sde": f"des forces {plural(fe)}",
                "spk": f"un porte-parole de l'armée {fe}", "we": "Nous avons", "ses": "leurs", "son": "leur",
                "sa": "leur", "nos": "nos", "notre": "notre", "notre_f": "notre", "pl": True, "qui_rel": 3},
        "reb": {"S": f"des rebelles {plural(m)}", "Sde": f"de rebelles {plural(m)}",
                "spk": f"un porte-parole des rebelles {plural(m)}", "we": "Nous avons", "ses": "leurs",
                "son": "leur", "sa": "leur", "nos": "nos", "notre": "notre", "notre_f": "notre", "pl": True,
                "qui_rel": 4},
    }[kind]


SECTOR = {"c": "GOV", "lead": "GOV", "pol": "COP", "mil": "MIL", "reb": "REB"}
REL_EN = {
    "c": [", a member of the regional bloc,", ", which holds the bloc's rotating presidency,",
          ", which hosts a large diaspora community,"],
    "lead": [", who took office in March,", ", a former army officer,"],
    "pol": [", who had been on alert for weeks,"], "mil": [", which have been on high alert since the spring,"],
    "reb": [", who control much of the north,"],
}
REL_FR = {
    "c": [", membre du bloc régional,", ", qui assure la présidence tournante du bloc,",
          ", qui accueille une importante diaspora,"],
    "lead": [", qui a pris ses fonctions en mars,", ", ancien officier de l'armée,"],
    "pol": [", qui était en alerte depuis des semaines,"], "mil": [", en état d'alerte depuis le printemps,"],
    "reb": [", qui contrôlent une grande partie du nord,"],
}
ADJ_EN = ["After reviewing an intelligence report", "Citing security concerns", "Having consulted parliament"]
ADJ_FR = ["Après avoir examiné un rapport des services de renseignement", "Invoquant des raisons de sécurité",
          "Après avoir consulté le Parlement"]
DAYS_EN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "la semaine dernière"]


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def elide(s: str) -> str:
    """French elision of de/que/ne before a vowel."""
    for v in "aeiouéèêhAEIOUÉ":
        for w in ("de", "ne", "que"):
            s = s.replace(f" {w} {v}", f" {w[0]}'{v}")
    return s


def fill(template: str, values: dict) -> str:
    out = template
    for key in sorted(values, key=len, reverse=True):
        out = out.replace("{" + key + "}", str(values[key]))
    return out


def target_values(t: dict, lang: str) -> dict:
    if lang == "en":
        n = en_name(t["en"])
        return {"T": n, "Tp": en_poss(n), "Tadj": t["enadj"]}
    f = fr_forms(t)
    return {**f, "Tam": t["frm"], "Taf": t["frf"], "Tamp": plural(t["frm"]), "Tafp": plural(t["frf"]),
            "e": "e" if f["Tfem"] else "", "s": "s" if f["Tpl"] else ""}


def future_type(etype: str) -> str:
    """The type of an act announced or decided, not yet done (GUIDELINES, modality)."""
    if etype in ("CONSULT", "COOPERATE", "AID", "SUPPORT"):
        return "AGREE"
    if etype == "RETREAT":
        return "CONCEDE"
    if etype == "ASSAULT":
        return "THREATEN"  # CAMEO 138: an announced attack threatens military force
    return etype


def event(etype: str, mode, cameo: str, src, src_sector, tgt, text: str, polarity="positive",
          modality="actual") -> dict:
    return gold_event(etype, cameo, party(src, src_sector if src else None), None if tgt is None else party(tgt), text,
                      mode=mode, polarity=polarity, modality=modality)


def build(codes: list[dict], countries: list[dict], tag: str, seed: int) -> None:
    rng = random.Random(seed)
    for lang in ("en", "fr"):
        rows = []
        n = 0
        for ci, code in enumerate(codes):
            data = code[lang]
            for k, cons in enumerate(CONSTRUCTIONS):
                if cons in code.get("skip", ""):
                    continue
                s, t, z = rng.sample(countries, 3)
                sv = subject(code["kind"], s, lang)
                tv = target_values(t, lang)
                zv = target_values(z, lang)
                vals = {**tv, **{"Z" + key[1:] if key.startswith("T") else key: v for key, v in zv.items()
                                 if key.startswith("T")}}
                vals.update({k2: v for k2, v in sv.items() if isinstance(v, str)})
                day = rng.choice(DAYS_EN if lang == "en" else DAYS_FR)
                text, extra = sentence(lang, cons, code, data, sv, vals, day, rng)
                text = elide(text) if lang == "fr" else re.sub(r"\ba ([AEIOU])", r"an \1", text)
                n += 1
                src, sec = s["iso"], SECTOR[code["kind"]]
                tgt = None if code.get("no_target") else t["iso"]
                etype, modality, polarity = code["type"], "actual", "positive"
                if cons in "TD":  # a plan or a decision announced: GUIDELINES, modality
                    etype, modality = future_type(code["type"]), "intended"
                if cons == "N":
                    polarity = "negative"
                if cons == "A":
                    src, sec = None, None
                events = [event(etype, code["mode"] if etype == code["type"] else None, code["cameo"], src, sec,
                                tgt, text, polarity, modality)]
                if extra == "coord":
                    if code["coop"]:
                        events.append(event("CONSULT", None, "040", s["iso"], sec, z["iso"], text))
                    else:
                        events.append(event("ACCUSE", "disapprove", "111", s["iso"], sec, z["iso"], text))
                rows.append(gold_article(f"{tag}-{code['cameo']}-{n:03d}-{cons}", lang, text, "2025-06-11", events))
        path = HERE / f"{tag}.{lang}.jsonl"
        write_jsonl(path, rows)
        print(path, len(rows))


def sentence(lang: str, cons: str, code: dict, d: dict, sv: dict, vals: dict, day: str, rng) -> tuple[str, str]:
    """One item's text in construction ``cons``; the second value says whether it carries a second event."""
    f = lambda key: fill(d[key], vals)  # noqa: E731
    S = sv["S"]
    if lang == "en":
        was = "were" if d.get("pass_pl") else "was"
        if cons == "P":
            return f"{cap(S)} {f('past')} {day}.", ""
        if cons == "F":
            return f"{cap(S)} {'have' if sv['pl'] else 'has'} {f('pp')}.", ""
        if cons == "B":
            return f"{cap(f('ps'))} {was} {f('ppass')} by {S} {day}.", ""
        if cons == "A":
            return f"{cap(f('ps'))} {was} {f('ppass')} {day}.", ""
        if cons == "R":
            return f"{cap(S)} said {sv['pron']} had {f('pp')}.", ""
        if cons == "L":
            return f"{cap(S)}{rng.choice(REL_EN[code['kind']])} {f('past')}.", ""
        if cons == "C":
            first = f"met {vals['Zp']} foreign minister" if code["coop"] else f"condemned {vals['Z']}"
            return f"{cap(S)} {first} and {f('past')}.", "coord"
        if cons == "G":
            return f"{rng.choice(ADJ_EN)}, {S} {f('past')}.", ""
        if cons == "H":
            return f"{cap(S)} {f('pres') if not sv['pl'] else f('base')}", ""
        if cons == "T":
            return f"{cap(S)} will {f('base')}.", ""
        if cons == "N":
            return f"{cap(S)} did not {f('base')}.", ""
        if cons == "D":
            return f"{cap(S)} decided to {f('base')}.", ""
        if cons == "Q":
            we = fill(d["pp"], {**vals, "its": sv["our"]})
            aux = "have" if sv["we"] != "I" else "have"
            return f"\"{sv['we']} {aux} {we},\" {sv['spk']} said.", ""
        if cons == "M":
            return f"{cap(f('nom'))}.", ""
    else:
        aux = "ont" if sv["pl"] else "a"
        auxi = "avaient" if sv["pl"] else "avait"
        part = fill(d["ppass"], vals)
        if cons == "P":
            return f"{cap(S)} {auxi} {f('pp')} {day}.", ""
        if cons == "F":
            return f"{cap(S)} {aux} {f('pp')} {day}.", ""
        if cons == "B":
            paux = "ont été" if d.get("pass_pl") else "a été"
            return f"{cap(f('ps'))} {paux} {part} par {S} {day}.", ""
        if cons == "A":
            paux = "ont été" if d.get("pass_pl") else "a été"
            return f"{cap(f('ps'))} {paux} {part} {day}.", ""
        if cons == "R":
            verb = "ont affirmé" if sv["pl"] else "a affirmé"
            return f"{cap(S)} {verb} avoir {f('pp')}.", ""
        if cons == "L":
            return f"{cap(S)}{rng.choice(REL_FR[code['kind']])} {aux} {f('pp')}.", ""
        if cons == "C":
            first = (f"{aux} rencontré le chef de la diplomatie {vals['Zde']}" if code["coop"]
                     else f"{aux} condamné {vals['Zle']}")
            second = f"{aux} {f('pp')}" if rng.random() < 0.5 else f('pp')
            return f"{cap(S)} {first} et {second}.", "coord"
        if cons == "G":
            return f"{rng.choice(ADJ_FR)}, {S} {aux} {f('pp')}.", ""
        if cons == "H":
            return f"{cap(S)} {f('pres3p') if sv['pl'] else f('pres')}", ""
        if cons == "T":
            return f"{cap(S)} {'vont' if sv['pl'] else 'va'} {f('inf')}.", ""
        if cons == "N":
            neg = d.get("neg", "pas " + d["pp"])
            return f"{cap(S)} n'{aux} {fill(neg, vals)}.", ""
        if cons == "D":
            return f"{cap(S)} {aux} décidé de {f('inf')}.", ""
        if cons == "Q":
            we = fill(d["pp"], {**vals, "ses": sv["nos"], "son": sv["notre"], "sa": sv["notre_f"]})
            return f"\u00ab {sv['we']} {we} \u00bb, a déclaré {sv['spk']}.", ""
        if cons == "M":
            return f"{cap(f('nom'))}.", ""
    raise ValueError(cons)


# Matrix 1: 24 codes over roots 03-20. en: past, pp, pres, base (all with {T}/{Tp}/{Tadj}),
# ps + ppass (passive subject and participle), nom (a nominal sentence with {S}/{Sp}).
# fr: pp (participle phrase after avoir), inf, pres, pres3p, ps + ppass, nom, neg (optional).
CODES_1 = [
    {"cameo": "033", "type": "AGREE", "mode": None, "kind": "c", "coop": True,
     "en": {"past": "pledged $50 million in aid to {T}", "pp": "pledged $50 million in aid to {T}",
            "pres": "pledges $50 million in aid to {T}", "base": "pledge $50 million in aid to {T}",
            "ps": "$50 million in aid", "ppass": "pledged to {T}",
            "nom": "{Sp} pledge of $50 million in aid to {T} came after weeks of talks"},
     "fr": {"pp": "promis une aide de 50 millions de dollars {Ta}", "inf": "promettre une aide de 50 millions de dollars {Ta}",
            "pres": "promet une aide de 50 millions de dollars {Ta}", "pres3p": "promettent une aide de 50 millions de dollars {Ta}",
            "ps": "une aide de 50 millions de dollars", "ppass": "promise {Ta}",
            "neg": "pas promis d'aide {Ta}",
            "nom": "la promesse d'une aide de 50 millions de dollars {Ta} par {S} est intervenue après des semaines de discussions"}},
    {"cameo": "042", "type": "CONSULT", "mode": "visit", "kind": "lead", "coop": True,
     "en": {"past": "visited {T}", "pp": "visited {T}", "pres": "visits {T}", "base": "visit {T}",
            "ps": "{T}", "ppass": "visited", "nom": "{Sp} visit to {T} ended with a joint statement"},
     "fr": {"pp": "effectué une visite officielle {Ten}", "inf": "effectuer une visite officielle {Ten}",
            "pres": "effectue une visite officielle {Ten}", "pres3p": "effectuent une visite officielle {Ten}",
            "ps": "une visite officielle {Ten}", "ppass": "effectuée", "neg": "pas effectué de visite {Ten}",
            "nom": "la visite {Sde} {Ten} s'est achevée par une déclaration commune"}},
    {"cameo": "051", "type": "SUPPORT", "mode": None, "kind": "lead", "coop": True, "skip": "T",
     "en": {"past": "praised {T} for its handling of the crisis", "pp": "praised {T} for its handling of the crisis",
            "pres": "praises {T} for its handling of the crisis", "base": "praise {T} for its handling of the crisis",
            "ps": "{T}", "ppass": "praised for its handling of the crisis",
            "nom": "{Sp} praise for {T} surprised observers"},
     "fr": {"pp": "salué {Tle} pour sa gestion de la crise", "inf": "saluer {Tle} pour sa gestion de la crise",
            "pres": "salue {Tle} pour sa gestion de la crise", "pres3p": "saluent {Tle} pour sa gestion de la crise",
            "ps": "{Tle}", "ppass": "salué{e}{s} pour sa gestion de la crise",
            "nom": "les éloges {Sde} à l'égard {Tde} ont surpris les observateurs"}},
    {"cameo": "057", "type": "AGREE", "mode": None, "kind": "c", "coop": True,
     "en": {"past": "signed a trade agreement with {T}", "pp": "signed a trade agreement with {T}",
            "pres": "signs a trade agreement with {T}", "base": "sign a trade agreement with {T}",
            "ps": "a trade agreement with {T}", "ppass": "signed",
            "nom": "the signing of a trade agreement between {S} and {T} was hailed as a breakthrough"},
     "fr": {"pp": "signé un accord commercial avec {Tle}", "inf": "signer un accord commercial avec {Tle}",
            "pres": "signe un accord commercial avec {Tle}", "pres3p": "signent un accord commercial avec {Tle}",
            "ps": "un accord commercial avec {Tle}", "ppass": "signé", "neg": "pas signé d'accord commercial avec {Tle}",
            "nom": "la signature d'un accord commercial entre {S} et {Tle} a été saluée comme une avancée"}},
    {"cameo": "064", "type": "COOPERATE", "mode": None, "kind": "c", "coop": True,
     "en": {"past": "shared intelligence on arms smuggling with {T}", "pp": "shared intelligence on arms smuggling with {T}",
            "pres": "shares intelligence on arms smuggling with {T}", "base": "share intelligence on arms smuggling with {T}",
            "ps": "intelligence on arms smuggling", "ppass": "shared with {T}",
            "nom": "{Sp} sharing of intelligence with {T} helped dismantle a smuggling ring"},
     "fr": {"pp": "partagé des renseignements sur le trafic d'armes avec {Tle}",
            "inf": "partager des renseignements sur le trafic d'armes avec {Tle}",
            "pres": "partage des renseignements sur le trafic d'armes avec {Tle}",
            "pres3p": "partagent des renseignements sur le trafic d'armes avec {Tle}",
            "ps": "des renseignements sur le trafic d'armes", "ppass": "partagés avec {Tle}", "pass_pl": True,
            "neg": "pas partagé de renseignements sur le trafic d'armes avec {Tle}",
            "nom": "le partage de renseignements entre {S} et {Tle} a permis de démanteler un réseau de trafiquants"}},
    {"cameo": "073", "type": "AID", "mode": None, "kind": "c", "coop": True,
     "en": {"past": "sent humanitarian aid to {T}", "pp": "sent humanitarian aid to {T}",
            "pres": "sends humanitarian aid to {T}", "base": "send humanitarian aid to {T}",
            "ps": "humanitarian aid", "ppass": "sent to {T}",
            "nom": "{Sp} delivery of humanitarian aid to {T} began at dawn"},
     "fr": {"pp": "envoyé une aide humanitaire {Ta}", "inf": "envoyer une aide humanitaire {Ta}",
            "pres": "envoie une aide humanitaire {Ta}", "pres3p": "envoient une aide humanitaire {Ta}",
            "ps": "une aide humanitaire", "ppass": "envoyée {Ta}", "neg": "pas envoyé d'aide humanitaire {Ta}",
            "nom": "l'acheminement de l'aide humanitaire {Sde} {Ta} a commencé à l'aube"}},
    {"cameo": "0841", "type": "RETREAT", "mode": "release", "kind": "c", "coop": True,
     "en": {"past": "released 40 {Tadj} prisoners", "pp": "released 40 {Tadj} prisoners",
            "pres": "releases 40 {Tadj} prisoners", "base": "release 40 {Tadj} prisoners",
            "ps": "forty {Tadj} prisoners", "ppass": "released", "pass_pl": True,
            "nom": "{Sp} release of 40 {Tadj} prisoners eased tensions"},
     "fr": {"pp": "libéré 40 prisonniers {Tamp}", "inf": "libérer 40 prisonniers {Tamp}",
            "pres": "libère 40 prisonniers {Tamp}", "pres3p": "libèrent 40 prisonniers {Tamp}",
            "ps": "quarante prisonniers {Tamp}", "ppass": "libérés", "pass_pl": True,
            "nom": "la libération de 40 prisonniers {Tamp} par {S} a apaisé les tensions"}},
    {"cameo": "0872", "type": "RETREAT", "mode": "withdraw", "kind": "c", "coop": False,
     "en": {"past": "withdrew {its} troops from {T}", "pp": "withdrawn {its} troops from {T}",
            "pres": "withdraws {its} troops from {T}", "base": "withdraw {its} troops from {T}",
            "ps": "the last troops", "ppass": "withdrawn from {T}", "pass_pl": True,
            "nom": "{Sp} withdrawal of troops from {T} was completed without incident"},
     "fr": {"pp": "retiré {ses} troupes {Tde}", "inf": "retirer {ses} troupes {Tde}",
            "pres": "retire {ses} troupes {Tde}", "pres3p": "retirent {ses} troupes {Tde}",
            "ps": "les dernières troupes", "ppass": "retirées {Tde}", "pass_pl": True,
            "nom": "le retrait des troupes {Sde} {Tde} s'est achevé sans incident"}},
    {"cameo": "085", "type": "RETREAT", "mode": None, "kind": "c", "coop": False,
     "en": {"past": "lifted sanctions on {T}", "pp": "lifted sanctions on {T}",
            "pres": "lifts sanctions on {T}", "base": "lift sanctions on {T}",
            "ps": "sanctions on {T}", "ppass": "lifted", "pass_pl": True,
            "nom": "{Sp} lifting of sanctions on {T} opened the way for new investment"},
     "fr": {"pp": "levé les sanctions contre {Tle}", "inf": "lever les sanctions contre {Tle}",
            "pres": "lève les sanctions contre {Tle}", "pres3p": "lèvent les sanctions contre {Tle}",
            "ps": "les sanctions contre {Tle}", "ppass": "levées", "pass_pl": True,
            "nom": "la levée des sanctions {Sde} contre {Tle} a ouvert la voie à de nouveaux investissements"}},
    {"cameo": "1053", "type": "REQUEST", "mode": "yield", "kind": "c", "coop": False,
     "en": {"past": "urged {T} to free the detained journalists", "pp": "urged {T} to free the detained journalists",
            "pres": "urges {T} to free the detained journalists", "base": "urge {T} to free the detained journalists",
            "ps": "{T}", "ppass": "urged to free the detained journalists",
            "nom": "{Sp} call on {T} to free the detained journalists went unanswered"},
     "fr": {"pp": "exhorté {Tle} à libérer les journalistes détenus", "inf": "exhorter {Tle} à libérer les journalistes détenus",
            "pres": "exhorte {Tle} à libérer les journalistes détenus", "pres3p": "exhortent {Tle} à libérer les journalistes détenus",
            "ps": "{Tle}", "ppass": "exhorté{e}{s} à libérer les journalistes détenus",
            "nom": "l'appel {Sde} {Ta} à libérer les journalistes détenus est resté sans réponse"}},
    {"cameo": "111", "type": "ACCUSE", "mode": "disapprove", "kind": "c", "coop": False,
     "en": {"past": "condemned {Tp} crackdown on protesters", "pp": "condemned {Tp} crackdown on protesters",
            "pres": "condemns {Tp} crackdown on protesters", "base": "condemn {Tp} crackdown on protesters",
            "ps": "{Tp} crackdown on protesters", "ppass": "condemned",
            "nom": "{Sp} condemnation of {Tp} crackdown on protesters angered officials"},
     "fr": {"pp": "condamné la répression des manifestants par {Tle}", "inf": "condamner la répression des manifestants par {Tle}",
            "pres": "condamne la répression des manifestants par {Tle}", "pres3p": "condamnent la répression des manifestants par {Tle}",
            "ps": "la répression des manifestants par {Tle}", "ppass": "condamnée",
            "nom": "la condamnation par {S} de la répression menée par {Tle} a irrité les autorités"}},
    {"cameo": "112", "type": "ACCUSE", "mode": "allege", "kind": "c", "coop": False,
     "en": {"past": "accused {T} of arming militias", "pp": "accused {T} of arming militias",
            "pres": "accuses {T} of arming militias", "base": "accuse {T} of arming militias",
            "ps": "{T}", "ppass": "accused of arming militias",
            "nom": "{Sp} accusation that {T} armed militias strained relations"},
     "fr": {"pp": "accusé {Tle} d'armer des milices", "inf": "accuser {Tle} d'armer des milices",
            "pres": "accuse {Tle} d'armer des milices", "pres3p": "accusent {Tle} d'armer des milices",
            "ps": "{Tle}", "ppass": "accusé{e}{s} d'armer des milices",
            "nom": "les accusations {Sde} contre {Tle}, soupçonné{e}{s} d'armer des milices, ont tendu les relations"}},
    {"cameo": "120", "type": "REJECT", "mode": None, "kind": "c", "coop": False,
     "en": {"past": "rejected {Tp} proposal for a joint commission", "pp": "rejected {Tp} proposal for a joint commission",
            "pres": "rejects {Tp} proposal for a joint commission", "base": "reject {Tp} proposal for a joint commission",
            "ps": "{Tp} proposal for a joint commission", "ppass": "rejected",
            "nom": "{Sp} rejection of {Tp} proposal for a joint commission ended the talks"},
     "fr": {"pp": "rejeté la proposition {Tde} de créer une commission mixte",
            "inf": "rejeter la proposition {Tde} de créer une commission mixte",
            "pres": "rejette la proposition {Tde} de créer une commission mixte",
            "pres3p": "rejettent la proposition {Tde} de créer une commission mixte",
            "ps": "la proposition {Tde} de créer une commission mixte", "ppass": "rejetée",
            "nom": "le rejet par {S} de la proposition {Tde} a mis fin aux discussions"}},
    {"cameo": "1312", "type": "THREATEN", "mode": "restrict", "kind": "c", "coop": False,
     "en": {"past": "threatened to impose sanctions on {T}", "pp": "threatened to impose sanctions on {T}",
            "pres": "threatens to impose sanctions on {T}", "base": "threaten to impose sanctions on {T}",
            "ps": "{T}", "ppass": "threatened with sanctions",
            "nom": "{Sp} threat of sanctions against {T} rattled markets"},
     "fr": {"pp": "menacé {Tle} de sanctions", "inf": "menacer {Tle} de sanctions",
            "pres": "menace {Tle} de sanctions", "pres3p": "menacent {Tle} de sanctions",
            "ps": "{Tle}", "ppass": "menacé{e}{s} de sanctions",
            "nom": "la menace de sanctions brandie par {S} contre {Tle} a inquiété les marchés"}},
    {"cameo": "143", "type": "PROTEST", "mode": "boycott", "kind": "c", "coop": False,
     "en": {"past": "boycotted the summit hosted by {T}", "pp": "boycotted the summit hosted by {T}",
            "pres": "boycotts the summit hosted by {T}", "base": "boycott the summit hosted by {T}",
            "ps": "the summit hosted by {T}", "ppass": "boycotted",
            "nom": "{Sp} boycott of the summit hosted by {T} overshadowed the meeting"},
     "fr": {"pp": "boycotté le sommet organisé par {Tle}", "inf": "boycotter le sommet organisé par {Tle}",
            "pres": "boycotte le sommet organisé par {Tle}", "pres3p": "boycottent le sommet organisé par {Tle}",
            "ps": "le sommet organisé par {Tle}", "ppass": "boycotté",
            "nom": "le boycott par {S} du sommet organisé par {Tle} a éclipsé la réunion"}},
    {"cameo": "152", "type": "MOBILIZE", "mode": "troops", "kind": "c", "coop": False, "no_target": True,
     "en": {"past": "deployed troops to {its} border with {T}", "pp": "deployed troops to {its} border with {T}",
            "pres": "deploys troops to {its} border with {T}", "base": "deploy troops to {its} border with {T}",
            "ps": "troops", "ppass": "deployed to the border with {T}", "pass_pl": True,
            "nom": "{Sp} deployment of troops to the border with {T} alarmed neighbours"},
     "fr": {"pp": "déployé des troupes à {sa} frontière avec {Tle}", "inf": "déployer des troupes à {sa} frontière avec {Tle}",
            "pres": "déploie des troupes à {sa} frontière avec {Tle}", "pres3p": "déploient des troupes à {sa} frontière avec {Tle}",
            "ps": "des troupes", "ppass": "déployées à la frontière avec {Tle}", "pass_pl": True,
            "neg": "pas déployé de troupes à {sa} frontière avec {Tle}",
            "nom": "le déploiement de troupes {Sde} à la frontière avec {Tle} a alarmé les voisins"}},
    {"cameo": "161", "type": "SANCTION", "mode": "withdraw", "kind": "c", "coop": False,
     "en": {"past": "recalled {its} ambassador from {T}", "pp": "recalled {its} ambassador from {T}",
            "pres": "recalls {its} ambassador from {T}", "base": "recall {its} ambassador from {T}",
            "ps": "the ambassador to {T}", "ppass": "recalled",
            "nom": "{Sp} recall of its ambassador from {T} deepened the row"},
     "fr": {"pp": "rappelé {son} ambassadeur {Ten}", "inf": "rappeler {son} ambassadeur {Ten}",
            "pres": "rappelle {son} ambassadeur {Ten}", "pres3p": "rappellent {son} ambassadeur {Ten}",
            "ps": "l'ambassadeur {Ten}", "ppass": "rappelé",
            "nom": "le rappel de l'ambassadeur {Sde} {Ten} a aggravé la brouille"}},
    {"cameo": "166", "type": "SANCTION", "mode": "expel", "kind": "c", "coop": False,
     "en": {"past": "expelled two {Tadj} diplomats", "pp": "expelled two {Tadj} diplomats",
            "pres": "expels two {Tadj} diplomats", "base": "expel two {Tadj} diplomats",
            "ps": "two {Tadj} diplomats", "ppass": "expelled", "pass_pl": True,
            "nom": "{Sp} expulsion of two {Tadj} diplomats drew a sharp response"},
     "fr": {"pp": "expulsé deux diplomates {Tamp}", "inf": "expulser deux diplomates {Tamp}",
            "pres": "expulse deux diplomates {Tamp}", "pres3p": "expulsent deux diplomates {Tamp}",
            "ps": "deux diplomates {Tamp}", "ppass": "expulsés", "pass_pl": True,
            "nom": "l'expulsion de deux diplomates {Tamp} par {S} a suscité une vive réaction"}},
    {"cameo": "171", "type": "COERCE", "mode": "seize", "kind": "c", "coop": False,
     "en": {"past": "seized a {Tadj} oil tanker", "pp": "seized a {Tadj} oil tanker",
            "pres": "seizes {Tadj} oil tanker", "base": "seize a {Tadj} oil tanker",
            "ps": "a {Tadj} oil tanker", "ppass": "seized",
            "nom": "{Sp} seizure of a {Tadj} oil tanker sent prices higher"},
     "fr": {"pp": "saisi un pétrolier {Tam}", "inf": "saisir un pétrolier {Tam}",
            "pres": "saisit un pétrolier {Tam}", "pres3p": "saisissent un pétrolier {Tam}",
            "ps": "un pétrolier {Tam}", "ppass": "saisi", "neg": "pas saisi de pétrolier {Tam}",
            "nom": "la saisie d'un pétrolier {Tam} par {S} a fait grimper les cours"}},
    {"cameo": "173", "type": "COERCE", "mode": "arrest", "kind": "pol", "coop": False,
     "en": {"past": "arrested three {Tadj} nationals", "pp": "arrested three {Tadj} nationals",
            "pres": "arrests three {Tadj} nationals", "base": "arrest three {Tadj} nationals",
            "ps": "three {Tadj} nationals", "ppass": "arrested", "pass_pl": True,
            "nom": "the arrest of three {Tadj} nationals by {S} prompted a consular visit"},
     "fr": {"pp": "arrêté trois ressortissants {Tamp}", "inf": "arrêter trois ressortissants {Tamp}",
            "pres": "arrête trois ressortissants {Tamp}", "pres3p": "arrêtent trois ressortissants {Tamp}",
            "ps": "trois ressortissants {Tamp}", "ppass": "arrêtés", "pass_pl": True,
            "nom": "l'arrestation de trois ressortissants {Tamp} par {S} a provoqué une visite consulaire"}},
    {"cameo": "174", "type": "COERCE", "mode": "deport", "kind": "c", "coop": False,
     "en": {"past": "deported 50 {Tadj} migrants", "pp": "deported 50 {Tadj} migrants",
            "pres": "deports 50 {Tadj} migrants", "base": "deport 50 {Tadj} migrants",
            "ps": "fifty {Tadj} migrants", "ppass": "deported", "pass_pl": True,
            "nom": "{Sp} deportation of 50 {Tadj} migrants drew criticism from rights groups"},
     "fr": {"pp": "expulsé 50 migrants {Tamp} vers leur pays", "inf": "expulser 50 migrants {Tamp} vers leur pays",
            "pres": "expulse 50 migrants {Tamp} vers leur pays", "pres3p": "expulsent 50 migrants {Tamp} vers leur pays",
            "ps": "cinquante migrants {Tamp}", "ppass": "expulsés vers leur pays", "pass_pl": True,
            "nom": "l'expulsion de 50 migrants {Tamp} par {S} a été critiquée par les associations"}},
    {"cameo": "181", "type": "ASSAULT", "mode": "abduct", "kind": "reb", "coop": False,
     "en": {"past": "kidnapped two {Tadj} engineers", "pp": "kidnapped two {Tadj} engineers",
            "pres": "kidnaps two {Tadj} engineers", "base": "kidnap two {Tadj} engineers",
            "ps": "two {Tadj} engineers", "ppass": "kidnapped", "pass_pl": True,
            "nom": "the kidnapping of two {Tadj} engineers by {S} halted work on the dam"},
     "fr": {"pp": "enlevé deux ingénieurs {Tamp}", "inf": "enlever deux ingénieurs {Tamp}",
            "pres": "enlève deux ingénieurs {Tamp}", "pres3p": "enlèvent deux ingénieurs {Tamp}",
            "ps": "deux ingénieurs {Tamp}", "ppass": "enlevés", "pass_pl": True,
            "nom": "l'enlèvement de deux ingénieurs {Tamp} par {S} a interrompu les travaux du barrage"}},
    {"cameo": "195", "type": "ASSAULT", "mode": "aerial", "kind": "mil", "coop": False,
     "en": {"past": "carried out airstrikes on {Tadj} army positions", "pp": "carried out airstrikes on {Tadj} army positions",
            "pres": "carries out airstrikes on {Tadj} army positions", "base": "carry out airstrikes on {Tadj} army positions",
            "ps": "{Tadj} army positions", "ppass": "hit in airstrikes", "pass_pl": True,
            "nom": "the airstrikes by {S} on {Tadj} army positions killed several soldiers"},
     "fr": {"pp": "mené des frappes aériennes contre des positions de l'armée {Taf}",
            "inf": "mener des frappes aériennes contre des positions de l'armée {Taf}",
            "pres": "mène des frappes aériennes contre des positions de l'armée {Taf}",
            "pres3p": "mènent des frappes aériennes contre des positions de l'armée {Taf}",
            "ps": "des positions de l'armée {Taf}", "ppass": "visées par des frappes aériennes", "pass_pl": True,
            "neg": "pas mené de frappes aériennes contre des positions de l'armée {Taf}",
            "nom": "les frappes aériennes {Sde} contre des positions de l'armée {Taf} ont tué plusieurs soldats"}},
    {"cameo": "202", "type": "ASSAULT", "mode": "targeted", "kind": "mil", "coop": False,
     "en": {"past": "massacred dozens of {Tadj} villagers", "pp": "massacred dozens of {Tadj} villagers",
            "pres": "massacre dozens of {Tadj} villagers", "base": "massacre dozens of {Tadj} villagers",
            "ps": "dozens of {Tadj} villagers", "ppass": "massacred", "pass_pl": True,
            "nom": "the massacre of dozens of {Tadj} villagers by {S} shocked the region"},
     "fr": {"pp": "massacré des dizaines de villageois {Tamp}", "inf": "massacrer des dizaines de villageois {Tamp}",
            "pres": "massacre des dizaines de villageois {Tamp}", "pres3p": "massacrent des dizaines de villageois {Tamp}",
            "ps": "des dizaines de villageois {Tamp}", "ppass": "massacrés", "pass_pl": True,
            "nom": "le massacre de dizaines de villageois {Tamp} par {S} a choqué la région"}},
]



# Matrix 2: other codes and countries, written after the first fixes and not tuned on.
CODES_2 = [
    {"cameo": "046", "type": "CONSULT", "mode": None, "kind": "c", "coop": True,
     "en": {"past": "held negotiations with {T} on fishing rights", "pp": "held negotiations with {T} on fishing rights",
            "pres": "holds negotiations with {T} on fishing rights", "base": "hold negotiations with {T} on fishing rights",
            "ps": "negotiations with {T} on fishing rights", "ppass": "held", "pass_pl": True,
            "nom": "{Sp} negotiations with {T} on fishing rights dragged on into the night"},
     "fr": {"pp": "mené des négociations avec {Tle} sur les droits de pêche", "inf": "mener des négociations avec {Tle} sur les droits de pêche",
            "pres": "mène des négociations avec {Tle} sur les droits de pêche", "pres3p": "mènent des négociations avec {Tle} sur les droits de pêche",
            "ps": "des négociations avec {Tle} sur les droits de pêche", "ppass": "menées", "pass_pl": True,
            "neg": "pas mené de négociations avec {Tle} sur les droits de pêche",
            "nom": "les négociations entre {S} et {Tle} sur les droits de pêche se sont prolongées tard dans la nuit"}},
    {"cameo": "041", "type": "CONSULT", "mode": "phone", "kind": "lead", "coop": True, "skip": "BA",
     "en": {"past": "spoke by telephone with the {Tadj} president", "pp": "spoken by telephone with the {Tadj} president",
            "pres": "speaks by telephone with the {Tadj} president", "base": "speak by telephone with the {Tadj} president",
            "nom": "{Sp} telephone call with the {Tadj} president lasted an hour"},
     "fr": {"pp": "eu un entretien téléphonique avec le président {Tam}", "inf": "avoir un entretien téléphonique avec le président {Tam}",
            "pres": "a un entretien téléphonique avec le président {Tam}", "pres3p": "ont un entretien téléphonique avec le président {Tam}",
            "ps": "", "ppass": "", "neg": "pas eu d'entretien téléphonique avec le président {Tam}",
            "nom": "l'entretien téléphonique {Sde} avec le président {Tam} a duré une heure"}},
    {"cameo": "054", "type": "SUPPORT", "mode": None, "kind": "c", "coop": True, "skip": "T",
     "en": {"past": "recognized the new government of {T}", "pp": "recognized the new government of {T}",
            "pres": "recognizes the new government of {T}", "base": "recognize the new government of {T}",
            "ps": "the new government of {T}", "ppass": "recognized",
            "nom": "{Sp} recognition of the new government of {T} came as a surprise"},
     "fr": {"pp": "reconnu le nouveau gouvernement {Tde}", "inf": "reconnaître le nouveau gouvernement {Tde}",
            "pres": "reconnaît le nouveau gouvernement {Tde}", "pres3p": "reconnaissent le nouveau gouvernement {Tde}",
            "ps": "le nouveau gouvernement {Tde}", "ppass": "reconnu",
            "nom": "la reconnaissance par {S} du nouveau gouvernement {Tde} a surpris"}},
    {"cameo": "071", "type": "AID", "mode": None, "kind": "c", "coop": True,
     "en": {"past": "granted a $1 billion loan to {T}", "pp": "granted a $1 billion loan to {T}",
            "pres": "grants a $1 billion loan to {T}", "base": "grant a $1 billion loan to {T}",
            "ps": "a $1 billion loan", "ppass": "granted to {T}",
            "nom": "{Sp} $1 billion loan to {T} will fund new roads"},
     "fr": {"pp": "accordé un prêt d'un milliard de dollars {Ta}", "inf": "accorder un prêt d'un milliard de dollars {Ta}",
            "pres": "accorde un prêt d'un milliard de dollars {Ta}", "pres3p": "accordent un prêt d'un milliard de dollars {Ta}",
            "ps": "un prêt d'un milliard de dollars", "ppass": "accordé {Ta}", "neg": "pas accordé de prêt {Ta}",
            "nom": "le prêt d'un milliard de dollars accordé par {S} {Ta} financera de nouvelles routes"}},
    {"cameo": "0871", "type": "RETREAT", "mode": "ceasefire", "kind": "c", "coop": False,
     "en": {"past": "declared a unilateral ceasefire in its conflict with {T}", "pp": "declared a unilateral ceasefire in its conflict with {T}",
            "pres": "declares a unilateral ceasefire in its conflict with {T}", "base": "declare a unilateral ceasefire in its conflict with {T}",
            "ps": "a unilateral ceasefire in the conflict with {T}", "ppass": "declared",
            "nom": "{Sp} unilateral ceasefire in its conflict with {T} held overnight"},
     "fr": {"pp": "décrété un cessez-le-feu unilatéral dans son conflit avec {Tle}", "inf": "décréter un cessez-le-feu unilatéral dans son conflit avec {Tle}",
            "pres": "décrète un cessez-le-feu unilatéral dans son conflit avec {Tle}", "pres3p": "décrètent un cessez-le-feu unilatéral dans leur conflit avec {Tle}",
            "ps": "un cessez-le-feu unilatéral dans le conflit avec {Tle}", "ppass": "décrété",
            "neg": "pas décrété de cessez-le-feu dans son conflit avec {Tle}",
            "nom": "le cessez-le-feu unilatéral décrété par {S} dans son conflit avec {Tle} a tenu toute la nuit"}},
    {"cameo": "1056", "type": "REQUEST", "mode": "yield", "kind": "c", "coop": False,
     "en": {"past": "demanded that {T} pull its troops back from the border", "pp": "demanded that {T} pull its troops back from the border",
            "pres": "demands that {T} pull its troops back from the border", "base": "demand that {T} pull its troops back from the border",
            "ps": "{T}", "ppass": "asked to pull its troops back from the border",
            "nom": "{Sp} demand that {T} pull its troops back from the border was rebuffed"},
     "fr": {"pp": "exigé que {Tle} retire ses troupes de la frontière", "inf": "exiger que {Tle} retire ses troupes de la frontière",
            "pres": "exige que {Tle} retire ses troupes de la frontière", "pres3p": "exigent que {Tle} retire ses troupes de la frontière",
            "ps": "{Tle}", "ppass": "sommé{e}{s} de retirer ses troupes de la frontière",
            "nom": "l'exigence {Sde} que {Tle} retire ses troupes de la frontière a été repoussée"}},
    {"cameo": "111", "type": "ACCUSE", "mode": "disapprove", "kind": "lead", "coop": False,
     "en": {"past": "criticized {T} over its nuclear programme", "pp": "criticized {T} over its nuclear programme",
            "pres": "criticizes {T} over its nuclear programme", "base": "criticize {T} over its nuclear programme",
            "ps": "{T}", "ppass": "criticized over its nuclear programme",
            "nom": "{Sp} criticism of {T} over its nuclear programme drew a rebuke"},
     "fr": {"pp": "critiqué {Tle} pour son programme nucléaire", "inf": "critiquer {Tle} pour son programme nucléaire",
            "pres": "critique {Tle} pour son programme nucléaire", "pres3p": "critiquent {Tle} pour son programme nucléaire",
            "ps": "{Tle}", "ppass": "critiqué{e}{s} pour son programme nucléaire",
            "nom": "les critiques {Sde} contre le programme nucléaire {Tde} ont suscité une réplique"}},
    {"cameo": "125", "type": "REJECT", "mode": "meet", "kind": "lead", "coop": False, "skip": "BA",
     "en": {"past": "refused to meet the {Tadj} envoy", "pp": "refused to meet the {Tadj} envoy",
            "pres": "refuses to meet the {Tadj} envoy", "base": "refuse to meet the {Tadj} envoy",
            "nom": "{Sp} refusal to meet the {Tadj} envoy embarrassed the mediators"},
     "fr": {"pp": "refusé de rencontrer l'émissaire {Tam}", "inf": "refuser de rencontrer l'émissaire {Tam}",
            "pres": "refuse de rencontrer l'émissaire {Tam}", "pres3p": "refusent de rencontrer l'émissaire {Tam}",
            "ps": "", "ppass": "",
            "nom": "le refus {Sde} de rencontrer l'émissaire {Tam} a embarrassé les médiateurs"}},
    {"cameo": "138", "type": "THREATEN", "mode": "violence", "kind": "c", "coop": False,
     "en": {"past": "threatened to attack {T}", "pp": "threatened to attack {T}",
            "pres": "threatens to attack {T}", "base": "threaten to attack {T}",
            "ps": "{T}", "ppass": "threatened with military action",
            "nom": "{Sp} threat to attack {T} alarmed the region"},
     "fr": {"pp": "menacé d'attaquer {Tle}", "inf": "menacer d'attaquer {Tle}",
            "pres": "menace d'attaquer {Tle}", "pres3p": "menacent d'attaquer {Tle}",
            "ps": "{Tle}", "ppass": "menacé{e}{s} d'une attaque militaire",
            "nom": "la menace {Sde} d'attaquer {Tle} a alarmé la région"}},
    {"cameo": "162", "type": "SANCTION", "mode": "discontinue", "kind": "c", "coop": False,
     "en": {"past": "suspended {its} military aid to {T}", "pp": "suspended {its} military aid to {T}",
            "pres": "suspends {its} military aid to {T}", "base": "suspend {its} military aid to {T}",
            "ps": "military aid to {T}", "ppass": "suspended",
            "nom": "{Sp} suspension of military aid to {T} weakened the army"},
     "fr": {"pp": "suspendu {son} aide militaire {Ta}", "inf": "suspendre {son} aide militaire {Ta}",
            "pres": "suspend {son} aide militaire {Ta}", "pres3p": "suspendent {son} aide militaire {Ta}",
            "ps": "l'aide militaire {Ta}", "ppass": "suspendue",
            "nom": "la suspension de l'aide militaire {Sde} {Ta} a affaibli l'armée"}},
    {"cameo": "163", "type": "SANCTION", "mode": "discontinue", "kind": "c", "coop": False,
     "en": {"past": "imposed an arms embargo on {T}", "pp": "imposed an arms embargo on {T}",
            "pres": "imposes an arms embargo on {T}", "base": "impose an arms embargo on {T}",
            "ps": "an arms embargo", "ppass": "imposed on {T}",
            "nom": "{Sp} arms embargo on {T} took effect at midnight"},
     "fr": {"pp": "imposé un embargo sur les armes {Ta}", "inf": "imposer un embargo sur les armes {Ta}",
            "pres": "impose un embargo sur les armes {Ta}", "pres3p": "imposent un embargo sur les armes {Ta}",
            "ps": "un embargo sur les armes", "ppass": "imposé {Ta}", "neg": "pas imposé d'embargo sur les armes {Ta}",
            "nom": "l'embargo sur les armes imposé par {S} {Ta} est entré en vigueur à minuit"}},
    {"cameo": "186", "type": "ASSAULT", "mode": "targeted", "kind": "c", "coop": False,
     "en": {"past": "assassinated a senior {Tadj} general", "pp": "assassinated a senior {Tadj} general",
            "pres": "assassinates a senior {Tadj} general", "base": "assassinate a senior {Tadj} general",
            "ps": "a senior {Tadj} general", "ppass": "assassinated",
            "nom": "{Sp} assassination of a senior {Tadj} general sparked fears of war"},
     "fr": {"pp": "assassiné un haut gradé {Tam}", "inf": "assassiner un haut gradé {Tam}",
            "pres": "assassine un haut gradé {Tam}", "pres3p": "assassinent un haut gradé {Tam}",
            "ps": "un haut gradé {Tam}", "ppass": "assassiné",
            "nom": "l'assassinat d'un haut gradé {Tam} par {S} a fait craindre une guerre"}},
    {"cameo": "190", "type": "ASSAULT", "mode": None, "kind": "mil", "coop": False,
     "en": {"past": "attacked {Tadj} border posts", "pp": "attacked {Tadj} border posts",
            "pres": "attacks {Tadj} border posts", "base": "attack {Tadj} border posts",
            "ps": "{Tadj} border posts", "ppass": "attacked", "pass_pl": True,
            "nom": "the attack by {S} on {Tadj} border posts left four soldiers dead"},
     "fr": {"pp": "attaqué des postes frontaliers {Tamp}", "inf": "attaquer des postes frontaliers {Tamp}",
            "pres": "attaque des postes frontaliers {Tamp}", "pres3p": "attaquent des postes frontaliers {Tamp}",
            "ps": "des postes frontaliers {Tamp}", "ppass": "attaqués", "pass_pl": True,
            "neg": "pas attaqué de postes frontaliers {Tamp}",
            "nom": "l'attaque {Sde} contre des postes frontaliers {Tamp} a fait quatre morts"}},
    {"cameo": "194", "type": "ASSAULT", "mode": "heavy-weapons", "kind": "mil", "coop": False,
     "en": {"past": "shelled {Tadj} villages near the frontier", "pp": "shelled {Tadj} villages near the frontier",
            "pres": "shells {Tadj} villages near the frontier", "base": "shell {Tadj} villages near the frontier",
            "ps": "{Tadj} villages near the frontier", "ppass": "shelled", "pass_pl": True,
            "nom": "the shelling of {Tadj} villages by {S} forced families to flee"},
     "fr": {"pp": "pilonné des villages {Tamp} proches de la frontière", "inf": "pilonner des villages {Tamp} proches de la frontière",
            "pres": "pilonne des villages {Tamp} proches de la frontière", "pres3p": "pilonnent des villages {Tamp} proches de la frontière",
            "ps": "des villages {Tamp} proches de la frontière", "ppass": "pilonnés", "pass_pl": True,
            "neg": "pas pilonné de villages {Tamp} proches de la frontière",
            "nom": "le pilonnage de villages {Tamp} par {S} a poussé des familles à fuir"}},
]


if __name__ == "__main__":
    build(CODES_1, parse(COUNTRIES_1), "constructions22-1", 22)
    build(CODES_2, parse(COUNTRIES_2), "constructions22-2", 2022)
