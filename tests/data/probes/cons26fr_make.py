"""Writes the French construction grid probe sets cons26fr-{1,2}.fr.jsonl.

Six CAMEO roots (a meeting, a condemnation or criticism, an appeal, an expulsion or an
arrest, a sanction, aid), each worded in 24 clause constructions, with two or three
countries drawn for every item. Every verb and noun used is one the French pack already
codes in a plain past clause ("La Pologne a expulsé trois diplomates russes"), so what
the coder loses is the construction's. The item id ends with the construction's key
(see tests/data/probes/README.md, section cons26fr). Gold follows GUIDELINES.md: a
planned meeting or aid is AGREE intended; an agentless passive has no source country;
coordinated subjects or objects give one event per listed party; a reciprocal verb
gives the meeting once and an accusation or a sanction each way; "nous" in a quotation
is the speaker's country; "a menacé de" + a sanction is THREATEN.

Set 1 (tuned on): rencontrer, condamner, appeler à, expulser, imposer des sanctions,
accorder une aide. Set 2 (never tuned on): recevoir, critiquer, exhorter à, arrêter,
geler les avoirs, livrer des médicaments; other countries.

Run from the repository root: ``python tests/data/probes/cons26fr_make.py``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent

# NP with article | adjective m sg | adjective m pl | locative | ISO
COUNTRIES_1 = """la Pologne|polonais|polonais|en Pologne|POL
la Russie|russe|russes|en Russie|RUS
le Mali|malien|maliens|au Mali|MLI
le Kenya|kényan|kényans|au Kenya|KEN
l'Inde|indien|indiens|en Inde|IND
le Japon|japonais|japonais|au Japon|JPN
l'Égypte|égyptien|égyptiens|en Égypte|EGY
la Turquie|turc|turcs|en Turquie|TUR
le Brésil|brésilien|brésiliens|au Brésil|BRA
le Sénégal|sénégalais|sénégalais|au Sénégal|SEN
l'Algérie|algérien|algériens|en Algérie|DZA
le Maroc|marocain|marocains|au Maroc|MAR
la Grèce|grec|grecs|en Grèce|GRC
l'Ukraine|ukrainien|ukrainiens|en Ukraine|UKR
le Cameroun|camerounais|camerounais|au Cameroun|CMR
le Pakistan|pakistanais|pakistanais|au Pakistan|PAK
l'Italie|italien|italiens|en Italie|ITA
le Mexique|mexicain|mexicains|au Mexique|MEX"""

COUNTRIES_2 = """le Canada|canadien|canadiens|au Canada|CAN
le Niger|nigérien|nigériens|au Niger|NER
l'Australie|australien|australiens|en Australie|AUS
l'Indonésie|indonésien|indonésiens|en Indonésie|IDN
le Bénin|béninois|béninois|au Bénin|BEN
le Portugal|portugais|portugais|au Portugal|PRT
l'Angola|angolais|angolais|en Angola|AGO
la Norvège|norvégien|norvégiens|en Norvège|NOR
le Yémen|yéménite|yéménites|au Yémen|YEM
le Chili|chilien|chiliens|au Chili|CHL
le Pérou|péruvien|péruviens|au Pérou|PER
la Tunisie|tunisien|tunisiens|en Tunisie|TUN
le Ghana|ghanéen|ghanéens|au Ghana|GHA
la Suède|suédois|suédois|en Suède|SWE
l'Éthiopie|éthiopien|éthiopiens|en Éthiopie|ETH
le Vietnam|vietnamien|vietnamiens|au Vietnam|VNM
la Roumanie|roumain|roumains|en Roumanie|ROU
le Tchad|tchadien|tchadiens|au Tchad|TCD"""

NAMES = ["Marc Duval", "Aminata Keïta", "Paolo Ferri", "Hana Sato", "Ibrahim Diallo", "Elena Popescu",
         "Joao Mendes", "Karim Benali", "Sofia Lind", "Tomas Novak", "Nadia Haddad", "Luis Ortega"]

# Fields of a root: type, cameo, mode; pp (participle after "a"), obj, rest ("{T}"-bearing object
# and what follows it), obj2 (two coordinated objects), inf, ger; ppv/pprest/psubj/paux/pcont (the
# passive: subject, participle, what follows the agent; the sentence's continuation); dlp (a
# "de la part de" sentence); rel (object relative), dont; nom (nominalisation sentence); head
# (verbless headline); recip (reciprocal sentence and its events); modal; next (root coordinated).
ROOTS_1 = [
    dict(key="meet", type="CONSULT", cameo="040", mode=None, pp="rencontré", obj="le président {Ta}", rest="",
         obj2="le président {Ta} et son homologue {Za}", inf="rencontrer", ger="rencontrant",
         ppv="reçu", pprest="", psubj="le président {Ta}", paux="a", pcont="a tenu une conférence de presse mardi",
         dlp="Le président {Ta} a reçu un accueil chaleureux de la part de {S} lundi.",
         rel="Le président {Ta}, que {S} a rencontré lundi, a tenu une conférence de presse mardi.",
         dont="{T}, dont {S} a reçu le président lundi, a salué le climat des discussions.",
         nom="La rencontre entre {S} et le président {Ta} s'est déroulée lundi dans un climat cordial.",
         head="Visite du président {Sa} {Tloc}",
         recip=("{S} et {T} se sont entretenus lundi à Genève.", "one"),
         modal="a tenu à"),
    dict(key="condemn", type="ACCUSE", cameo="111", mode="disapprove", pp="condamné", obj="le gouvernement {Ta}", rest="",
         obj2="les gouvernements {Ta} et {Za}", inf="condamner", ger="condamnant",
         ppv="condamné", pprest="", psubj="le gouvernement {Ta}", paux="a", pcont="a publié un communiqué mardi",
         dlp="Le gouvernement {Ta} a fait l'objet d'une ferme condamnation de la part de {S} lundi.",
         rel="Le gouvernement {Ta}, que {S} a condamné lundi, a publié un communiqué mardi.",
         dont="{T}, dont {S} a condamné le gouvernement lundi, a publié un communiqué mardi.",
         nom="La condamnation du gouvernement {Ta} par {S} a surpris les observateurs.",
         head="Ferme condamnation du gouvernement {Ta} par {S}",
         recip=("{S} et {T} se sont mutuellement condamnés lundi.", "both"),
         modal="a tenu à"),
    dict(key="appeal", type="REQUEST", cameo="10", mode=None, pp="appelé", obj="le gouvernement {Ta}",
         rest=" à libérer les prisonniers politiques", obj2="les gouvernements {Ta} et {Za}", inf="appeler",
         ger="appelant", ppv="appelé", pprest=" à libérer les prisonniers politiques", psubj="le gouvernement {Ta}",
         paux="a", pcont="a publié un communiqué mardi",
         dlp="Le gouvernement {Ta} a reçu un appel à libérer les prisonniers politiques de la part de {S} lundi.",
         rel="Le gouvernement {Ta}, que {S} a appelé lundi à libérer les prisonniers politiques, a publié un communiqué.",
         dont="{T}, dont {S} a appelé le gouvernement à libérer les prisonniers politiques, n'a pas réagi.",
         nom="L'appel de {S} au gouvernement {Ta} à libérer les prisonniers politiques est resté sans réponse.",
         head="Appel de {S} au gouvernement {Ta} pour la libération des prisonniers politiques",
         recip=("{S} et {T} se sont mutuellement appelés à la retenue lundi.", "both"),
         modal="a tenu à"),
    dict(key="expel", type="SANCTION", cameo="166", mode=None, pp="expulsé", obj="trois diplomates {Tap}", rest="",
         obj2="des diplomates {Tap} et {Zap}", inf="expulser", ger="expulsant",
         ppv="expulsés", pprest="", psubj="trois diplomates {Tap}", paux="ont", pcont="ont quitté le pays mardi",
         dlp="Trois diplomates {Tap} ont fait l'objet d'une mesure d'expulsion de la part de {S} lundi.",
         rel="Les trois diplomates {Tap} que {S} a expulsés lundi ont quitté le pays mardi.",
         dont="{T}, dont {S} a expulsé trois diplomates lundi, a dénoncé une décision injustifiée.",
         nom="L'expulsion de trois diplomates {Tap} par {S} a tendu les relations entre les deux pays.",
         head="{Scap} : expulsion de trois diplomates {Tap}",
         recip=("{S} et {T} se sont mutuellement expulsé des diplomates lundi.", "both"),
         modal="a menacé de"),
    dict(key="sanction", type="SANCTION", cameo="163", mode=None, pp="imposé", obj="de nouvelles sanctions",
         rest=" à {T}", obj2="de nouvelles sanctions à {T} et à {Z}", inf="imposer", ger="imposant",
         ppv="imposées", pprest=" à {T}", psubj="de nouvelles sanctions", paux="ont",
         pcont="visent le secteur bancaire", dlp="{Tcap} a fait l'objet de nouvelles sanctions de la part de {S} lundi.",
         rel="Les nouvelles sanctions que {S} a imposées à {T} lundi entreront en vigueur en juillet.",
         dont="{T}, dont {S} a sanctionné les dirigeants lundi, a dénoncé une décision injustifiée.",
         nom="Les sanctions de {S} contre {T} sont entrées en vigueur lundi.",
         head="Sanctions de {S} contre {T}",
         recip=("{S} et {T} se sont mutuellement imposé des sanctions lundi.", "both"),
         modal="a menacé de"),
    dict(key="aid", type="AID", cameo="070", mode=None, pp="accordé", obj="une aide de 20 millions de dollars",
         rest=" à {T}", obj2="une aide de 20 millions de dollars à {T} et à {Z}", inf="accorder", ger="accordant",
         ppv="accordée", pprest=" à {T}", psubj="une aide de 20 millions de dollars", paux="a",
         pcont="servira à reconstruire des écoles",
         dlp="Le gouvernement {Ta} a reçu une aide de 20 millions de dollars de la part de {S} lundi.",
         rel="L'aide de 20 millions de dollars que {S} a accordée à {T} lundi servira à reconstruire des écoles.",
         dont="{Tcap}, à qui {S} a accordé une aide de 20 millions de dollars lundi, a salué ce geste.",
         nom="L'aide accordée par {S} à {T} s'élève à 20 millions de dollars.",
         head="Une aide de 20 millions de dollars de {S} pour {T}",
         recip=None, modal="a tenu à"),
]

ROOTS_2 = [
    dict(key="meet", type="CONSULT", cameo="040", mode=None, pp="reçu", obj="le Premier ministre {Ta}", rest="",
         obj2="le Premier ministre {Ta} et son homologue {Za}", inf="recevoir", ger="recevant",
         ppv="reçu", pprest="", psubj="le Premier ministre {Ta}", paux="a",
         pcont="a visité une usine mardi",
         dlp="Le Premier ministre {Ta} a été reçu avec les honneurs de la part de {S} lundi.",
         rel="Le Premier ministre {Ta}, que {S} a reçu lundi, a visité une usine mardi.",
         dont="{T}, dont {S} a reçu le Premier ministre lundi, a salué des discussions franches.",
         nom="La visite du Premier ministre {Ta} {Sloc} s'est achevée mardi.",
         head="Entretien entre {S} et le Premier ministre {Ta}",
         recip=("{S} et {T} se sont rencontrés mardi à Vienne.", "one"),
         modal="a fini par"),
    dict(key="criticize", type="ACCUSE", cameo="111", mode="disapprove", pp="critiqué", obj="le gouvernement {Ta}",
         rest="", obj2="les gouvernements {Ta} et {Za}", inf="critiquer", ger="critiquant",
         ppv="critiqué", pprest="", psubj="le gouvernement {Ta}", paux="a", pcont="a convoqué la presse mercredi",
         dlp="Le gouvernement {Ta} a été vivement critiqué de la part de {S} mercredi.",
         rel="Le gouvernement {Ta}, que {S} a critiqué mercredi, a convoqué la presse.",
         dont="{T}, dont {S} a critiqué le gouvernement mercredi, a convoqué la presse.",
         nom="Les critiques de {S} contre le gouvernement {Ta} se sont multipliées mercredi.",
         head="Vives critiques de {S} contre le gouvernement {Ta}",
         recip=("{S} et {T} se sont mutuellement critiqués mercredi.", "both"),
         modal="a fini par"),
    dict(key="urge", type="REQUEST", cameo="10", mode=None, pp="exhorté", obj="le gouvernement {Ta}",
         rest=" à rouvrir la frontière", obj2="les gouvernements {Ta} et {Za}", inf="exhorter", ger="exhortant",
         ppv="exhorté", pprest=" à rouvrir la frontière", psubj="le gouvernement {Ta}", paux="a",
         pcont="a convoqué la presse mercredi",
         dlp="Le gouvernement {Ta} a été exhorté à rouvrir la frontière de la part de {S} mercredi.",
         rel="Le gouvernement {Ta}, que {S} a exhorté mercredi à rouvrir la frontière, a convoqué la presse.",
         dont="{T}, dont {S} a exhorté le gouvernement à rouvrir la frontière, n'a pas répondu.",
         nom="La demande de {S} au gouvernement {Ta} de rouvrir la frontière est restée lettre morte.",
         head="Demande de {S} au gouvernement {Ta} de rouvrir la frontière",
         recip=("{S} et {T} se sont mutuellement exhortés au dialogue mercredi.", "both"),
         modal="a fini par"),
    dict(key="arrest", type="COERCE", cameo="173", mode=None, pp="arrêté", obj="trois journalistes {Tap}", rest="",
         obj2="des journalistes {Tap} et {Zap}", inf="arrêter", ger="arrêtant",
         ppv="arrêtés", pprest="", psubj="trois journalistes {Tap}", paux="ont", pcont="ont été placés en garde à vue",
         dlp="Trois journalistes {Tap} ont fait l'objet d'une arrestation de la part de {S} jeudi.",
         rel="Les trois journalistes {Tap} que {S} a arrêtés jeudi ont été placés en garde à vue.",
         dont="{T}, dont {S} a arrêté trois journalistes jeudi, a réclamé des explications.",
         nom="L'arrestation de trois journalistes {Tap} par {S} a suscité l'inquiétude des ONG.",
         head="{Scap} : arrestation de trois journalistes {Tap}",
         recip=None, modal="a menacé de"),
    dict(key="freeze", type="SANCTION", cameo="163", mode=None, pp="gelé", obj="les avoirs de trois généraux {Tap}",
         rest="", obj2="les avoirs de généraux {Tap} et {Zap}", inf="geler", ger="gelant",
         ppv="gelés", pprest="", psubj="les avoirs de trois généraux {Tap}", paux="ont",
         pcont="s'élèvent à dix millions d'euros",
         dlp="Les avoirs de trois généraux {Tap} ont fait l'objet d'un gel de la part de {S} jeudi.",
         rel="Les avoirs de trois généraux {Tap} que {S} a gelés jeudi s'élèvent à dix millions d'euros.",
         dont="{T}, dont {S} a gelé les avoirs de trois généraux jeudi, a dénoncé une décision injuste.",
         nom="Le gel des avoirs de trois généraux {Tap} par {S} a été salué par les ONG.",
         head="Gel des avoirs de généraux {Tap} par {S}",
         recip=("{S} et {T} ont mutuellement gelé les avoirs de leurs dirigeants jeudi.", "both"),
         modal="a menacé de"),
    dict(key="deliver", type="AID", cameo="073", mode=None, pp="livré", obj="des médicaments", rest=" à {T}",
         obj2="des médicaments à {T} et à {Z}", inf="livrer", ger="livrant",
         ppv="livrés", pprest=" à {T}", psubj="des médicaments", paux="ont",
         pcont="seront distribués dans les hôpitaux",
         dlp="Le gouvernement {Ta} a reçu des médicaments de la part de {S} vendredi.",
         rel="Les médicaments que {S} a livrés à {T} vendredi seront distribués dans les hôpitaux.",
         dont="{Tcap}, à qui {S} a livré des médicaments vendredi, a remercié ses partenaires.",
         nom="La livraison de médicaments par {S} à {T} s'est achevée vendredi.",
         head="Livraison de médicaments de {S} à {T}",
         recip=None, modal="a fini par"),
]

# key: description (README)
CONSTRUCTIONS = {
    "pP": "passive with 'par'", "pD": "'de la part de'", "pA": "agentless passive", "nN": "nominalisation",
    "mV": "'vient de' + inf", "mD": "decision/plan verb + inf", "mT": "'a menacé de' / aspect verb + inf",
    "jP": "participial adjunct (passive, 'par')", "jA": "'Après avoir' + inf", "gE": "gerund 'en'",
    "rS": "subject relative 'qui'", "rO": "object relative 'que'", "rD": "'dont' / 'à qui'",
    "cV": "verb coordination, shared subject", "cS": "coordinated subjects", "cO": "coordinated objects",
    "kC": "cleft 'c'est X qui'", "qI": "quote + inverted verb", "qS": "'selon X'", "hV": "verbless headline",
    "tA": "title in apposition", "pR": "'il' / 'ce dernier' subject", "xR": "reciprocal 'se'",
    "fF": "future / 'devrait'", "dA": "dateline + initial adverbials", "lP": "long parenthetical before verb",
}

PLANS = ["a décidé de", "s'apprête à", "entend", "compte"]
FUTURES = ["va", "devrait"]


def parse(block: str) -> list[dict]:
    out = []
    for line in block.splitlines():
        np, adj, adjp, loc, iso = line.split("|")
        out.append(dict(np=np, adj=adj, adjp=adjp, loc=loc, iso=iso))
    return out


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def elide(s: str) -> str:
    s = re.sub(r"\bde le\b", "du", s)
    s = re.sub(r"\bà le\b", "au", s)
    s = re.sub(r"\bde les\b", "des", s)
    s = re.sub(r"\bà les\b", "aux", s)
    s = re.sub(r"\b([dDlL]e|[qQ]ue|[jJ]e|[sS]e|[nN]e) ([aeiouéèêAEIOUÉ])", lambda m: m.group(1)[0] + "'" + m.group(2), s)
    return s


def subject_np(c: dict, i: int, person: bool = False) -> str:
    """The source, in one of four forms of the same state (all GOV); a person for a meeting."""
    kind = i % 4
    if person and kind in (0, 1):
        return f"le Premier ministre {c['adj']}" if kind else f"le chef de l'Etat {c['adj']}"
    if kind == 0:
        return c["np"]
    if kind == 1:
        return f"le gouvernement {c['adj']}"
    if kind == 2:
        return f"le ministre {c['adj']} des Affaires étrangères"
    return f"le président {c['adj']}"


def ev(etype, cameo, mode, src, tgt, text, modality="actual"):
    return gold_event(etype, cameo, party(src, "GOV" if src else None), None if tgt is None else party(tgt), text,
                      mode=mode, modality=modality)


def future_type(etype: str) -> str:
    return "AGREE" if etype in ("CONSULT", "AID") else etype


def item(cons: str, r: dict, nxt: dict, s: dict, s2: dict, t: dict, z: dict, i: int, rng) -> tuple[str, list]:
    S = subject_np(s, i, person=r["key"] == "meet")
    vals = {"S": S, "Sn": s["np"], "Sa": s["adj"], "Sloc": s["loc"], "Scap": cap(s["np"]), "T": t["np"], "Ta": t["adj"],
            "Tap": t["adjp"], "Tloc": t["loc"], "Tcap": cap(t["np"]), "Z": z["np"], "Za": z["adj"], "Zap": z["adjp"]}

    def f(x: str, **kw) -> str:
        v = {**vals, **kw}
        return x.format(**v)

    pc = f(r["pp"] + " " + r["obj"] + r["rest"])
    inf = f(r["inf"] + " " + r["obj"] + r["rest"])
    ger = f(r["ger"] + " " + r["obj"] + r["rest"])
    T, S_iso = t["iso"], s["iso"]
    typ, cam, mode = r["type"], r["cameo"], r["mode"]
    main = [(typ, cam, mode, S_iso, T, "actual")]
    cont = f(r["pcont"]) if r["pcont"] else ""
    if cons == "pP":
        text = f("{P} {aux} été {v} par {S}{rest} lundi.", P=cap(f(r["psubj"])), aux=r["paux"], v=r["ppv"],
                 rest=f(r["pprest"]))
    elif cons == "pD":
        text = cap(f(r["dlp"]))
    elif cons == "pA":
        text = f("{P} {aux} été {v}{rest} lundi.", P=cap(f(r["psubj"])), aux=r["paux"], v=r["ppv"], rest=f(r["pprest"]))
        main = [(typ, cam, mode, None, T, "actual")]
    elif cons == "nN":
        text = cap(f(r["nom"]))
    elif cons == "mV":
        text = cap(f("{S} vient de {inf}.", inf=inf))
    elif cons == "mD":
        text = cap(f("{S} {p} {inf}.", p=PLANS[i % 4], inf=inf))
        main = [(future_type(typ), cam, mode if typ != "CONSULT" else None, S_iso, T, "intended")]
    elif cons == "mT":
        text = cap(f("{S} {p} {inf}.", p=r["modal"], inf=inf))
        if r["modal"].startswith("a menacé"):
            main = [("THREATEN", "130", None, S_iso, T, "actual")]
    elif cons == "jP":
        text = f("{v} par {S}{rest} lundi, {P} {c}.", v=cap(r["ppv"]), rest=f(r["pprest"]), P=f(r["psubj"]), c=cont)
    elif cons == "jA":
        text = f("Après avoir {pc} lundi, {S} a tenu une conférence de presse.", pc=pc)
    elif cons == "gE":
        text = f("En {ger}, {S} a voulu envoyer un message fort.", ger=ger)
    elif cons == "rS":
        text = cap(f("{S}, qui a {pc} lundi, a tenu une conférence de presse mardi.", pc=pc))
    elif cons == "rO":
        text = cap(f(r["rel"]))
    elif cons == "rD":
        text = cap(f(r["dont"]))
    elif cons == "cV":
        pc2 = f(nxt["pp"] + " " + nxt["obj"] + nxt["rest"])
        text = cap(f("{S} a {pc} lundi et {pc2}.", pc=pc, pc2=pc2))
        main.append((nxt["type"], nxt["cameo"], nxt["mode"], S_iso, T, "actual"))
    elif cons == "cS":
        text = cap(f("{S} et {S2} ont {pc} lundi.", S2=s2["np"], pc=pc))
        main.append((typ, cam, mode, s2["iso"], T, "actual"))
    elif cons == "cO":
        if "{T}" in r["obj2"] or "{Z}" in r["obj2"]:
            text = cap(f("{S} a {v} {o} lundi.", v=r["pp"], o=f(r["obj2"])))
        else:
            text = cap(f("{S} a {v} {o}{rest} lundi.", v=r["pp"], o=f(r["obj2"]), rest=f(r["rest"])))
        main.append((typ, cam, mode, S_iso, z["iso"], "actual"))
    elif cons == "kC":
        text = f("C'est {S} qui a {pc} lundi.", pc=pc)
    elif cons == "qI":
        text = f("« Nous avons {pc} », a déclaré lundi le ministre {Sa} des Affaires étrangères.", pc=pc)
    elif cons == "qS":
        text = f("Selon le ministère {Sa} des Affaires étrangères, {S} a {pc} lundi.", pc=pc)
    elif cons == "hV":
        text = cap(f(r["head"], S=s["np"]))
        if r["key"] == "meet" and "Visite" in r["head"]:
            main = [("CONSULT", "042", "visit", S_iso, T, "actual")]
    elif cons == "tA":
        text = f("Le ministre {Sa} des Affaires étrangères, {n}, a {pc} lundi.", n=NAMES[i % len(NAMES)], pc=pc)
    elif cons == "pR":
        if i % 2 == 0:
            text = f("Le Premier ministre {Sa} a pris la parole lundi devant le Parlement. Il a ensuite {pc}.", pc=pc)
        else:
            text = f("Le président {Sa} a nommé un nouveau ministre des Affaires étrangères lundi. "
                     "Ce dernier a {pc} mardi.", pc=pc)
    elif cons == "xR":
        rr = r if r["recip"] else nxt
        if not rr["recip"]:
            rr = ROOTS_1[0]
        sent, how = rr["recip"]
        text = cap(f(sent, S=s["np"]))
        main = [(rr["type"], rr["cameo"], rr["mode"], S_iso, T, "actual")]
        if how == "both":
            main.append((rr["type"], rr["cameo"], rr["mode"], T, S_iso, "actual"))
    elif cons == "fF":
        text = cap(f("{S} {p} {inf} la semaine prochaine.", p=FUTURES[i % 2], inf=inf))
        main = [(future_type(typ), cam, mode if typ != "CONSULT" else None, S_iso, T, "intended")]
    elif cons == "dA":
        text = cap(f("GENÈVE, 9 juin (AFP) - Lundi soir, dans un communiqué publié à l'issue d'un conseil "
                     "des ministres, {S} a {pc}.", pc=pc))
    elif cons == "lP":
        text = cap(f("{S}, selon un communiqué publié lundi soir par ses services à l'issue d'une longue "
                     "réunion consacrée à la situation régionale, a {pc}.", pc=pc))
    else:
        raise ValueError(cons)
    text = elide(text)
    events = [ev(a, b, c, d, e, text, g) for a, b, c, d, e, g in main]
    if cons == "rD":
        # the state named first reacts: "a dénoncé une décision injustifiée" accuses the doer
        # (CAMEO 111), "a salué ce geste" praises it (051, borderline), "a réclamé des
        # explications" asks it for some (10, borderline)
        if "a dénoncé" in text:
            events.append(ev("ACCUSE", "111", "disapprove", T, S_iso, text))
        elif "a salué ce geste" in text:
            events.append(dict(ev("SUPPORT", "051", None, T, S_iso, text), required=False))
        elif "a réclamé des explications" in text:
            events.append(dict(ev("REQUEST", "10", None, T, S_iso, text), required=False))
    return text, events


def build(roots: list[dict], countries: list[dict], tag: str, seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    n = 0
    for ci, cons in enumerate(CONSTRUCTIONS):
        for ri, r in enumerate(roots):
            nxt = roots[(ri + 1) % len(roots)]
            s, s2, t, z = rng.sample(countries, 4)
            n += 1
            text, events = item(cons, r, nxt, s, s2, t, z, n, rng)
            rows.append(gold_article(f"{tag}-{n:03d}-{r['key']}-{cons}", "fr", text, "2025-06-11", events))
    path = HERE / f"{tag}.fr.jsonl"
    write_jsonl(path, rows)
    print(path, len(rows))


if __name__ == "__main__":
    build(ROOTS_1, parse(COUNTRIES_1), "cons26fr-1", 26)
    build(ROOTS_2, parse(COUNTRIES_2), "cons26fr-2", 2626)
