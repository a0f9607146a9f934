"""Probe sets of helper reject30: a meeting or support refused ahead ('would not resume
talks with X', 'ne participera pas aux discussions', 'would not support the deal') is a
REJECT (CAMEO 125 meet / 120), where a past negation ('did not attend') stays a negated
CONSULT and a future meeting stays AGREE 036. Set 1 tuned, set 2 never tuned on.
Run: python3 tests/data/probes/reject30_make.py"""
import json, pathlib

HERE = pathlib.Path(__file__).parent


def ev(t, cameo, src, tgt, mode=None, pol="positive", modality="actual", sec=None, tsec=None):
    return {"event_type": t, "mode": mode, "cameo": cameo,
            "source": {"name": None, "country": src, "sector": sec},
            "target": {"name": None, "country": tgt, "sector": tsec} if tgt else None,
            "date": None, "location": None, "polarity": pol, "modality": modality,
            "evidence": None, "required": True}


def rej(src, tgt, **k):
    return ev("REJECT", "125", src, tgt, mode="meet", **k)


def opp(src, tgt=None, **k):
    return ev("REJECT", "120", src, tgt, **k)


SETS = {
    ("reject30-1", "en"): [
        ("Kenya's president said his government would not negotiate with the rebels under pressure.", [rej("KEN", "KEN", tsec="REB")]),
        ("Peru said it would not resume talks with Bolivia until La Paz apologized.", [rej("PER", "BOL")]),
        ("Japan's prime minister announced he would not attend the summit in Beijing.", [rej("JPN", "CHN")]),
        ("Ireland would not support the agreement in its current form, the Irish premier said.", [opp("IRL")]),
        ("Poland's foreign minister said Warsaw will not meet Belarusian officials while the border stays closed.", [rej("POL", "BLR")]),
        ("Ethiopia will not take part in the talks with Egypt, its foreign ministry said on Monday.", [rej("ETH", "EGY")]),
        ("Hungary said it would not back the resolution against Israel.", [opp("HUN", "ISR")]),
        ("Ghana's foreign minister did not attend the meeting with Nigerian officials last week.", [ev("CONSULT", "040", "GHA", "NGA", pol="negative")]),
        ("Chile's foreign minister will meet his Argentine counterpart in Santiago next week.", [ev("AGREE", "036", "CHL", "ARG", modality="intended")]),
        ("Senegal's president said he would visit Mali next month.", [ev("AGREE", "036", "SEN", "MLI", modality="intended")]),
        ("The talks between Armenia and Azerbaijan did not take place on Friday.", [ev("CONSULT", "040", "ARM", "AZE", pol="negative")]),
    ],
    ("reject30-2", "en"): [
        ("Venezuela's government said it would not negotiate with the opposition.", [rej("VEN", "VEN", tsec="OPP")]),
        ("Serbia will not attend the conference in Pristina, Belgrade said.", [rej("SRB", "XKX")]),
        ("Morocco said it would not hold talks with Algeria.", [rej("MAR", "DZA")]),
        ("Austria will not support the trade deal with Brazil, the chancellor said.", [opp("AUT", "BRA")]),
        ("Thailand's prime minister said he would not meet Cambodia's leader.", [rej("THA", "KHM")]),
        ("Turkey would not join the negotiations with Greece, Ankara said.", [rej("TUR", "GRC")]),
        ("Iran's president met Iraq's prime minister in Baghdad on Sunday.", [ev("CONSULT", "042", "IRN", "IRQ", mode="visit")]),
        ("Egypt did not support the motion against Sudan last year.", [ev("SUPPORT", "051", "EGY", "SDN", pol="negative")]),
        ("Vietnam will hold talks with China next month.", [ev("AGREE", "036", "VNM", "CHN", modality="intended")]),
        ("Colombia's president said he would not meet Ecuador's president until the tariffs were lifted.", [rej("COL", "ECU")]),
    ],
    ("reject30-1", "fr"): [
        ("Le gouvernement malien a annoncé qu'il ne participerait pas aux discussions avec l'Algérie.", [rej("MLI", "DZA")]),
        ("Le Premier ministre canadien a affirmé que le Canada ne négociera pas avec les États-Unis sous la menace.", [rej("CAN", "USA")]),
        ("Le Maroc ne reprendra pas le dialogue avec l'Algérie, a déclaré son ministre des Affaires étrangères.", [rej("MAR", "DZA")]),
        ("La Hongrie ne soutiendra pas l'accord avec le Mercosur, a prévenu Budapest.", [opp("HUN")]),
        ("Le président tchadien a déclaré qu'il ne rencontrerait pas les rebelles.", [rej("TCD", "TCD", tsec="REB")]),
        ("La Pologne ne participera pas au sommet de Minsk, a indiqué Varsovie.", [rej("POL", "BLR")]),
        ("Le ministre ghanéen n'a pas participé à la réunion avec les responsables nigérians la semaine dernière.", [ev("CONSULT", "040", "GHA", "NGA", pol="negative")]),
        ("Le président sénégalais se rendra au Mali le mois prochain.", [ev("AGREE", "036", "SEN", "MLI", modality="intended")]),
        ("Le chef de la diplomatie chilien rencontrera son homologue argentin la semaine prochaine.", [ev("AGREE", "036", "CHL", "ARG", modality="intended")]),
        ("L'Éthiopie a affirmé qu'elle ne négocierait pas avec l'Égypte.", [rej("ETH", "EGY")]),
    ],
    ("reject30-2", "fr"): [
        ("Le Venezuela a annoncé qu'il ne négocierait pas avec l'opposition.", [rej("VEN", "VEN", tsec="OPP")]),
        ("La Serbie ne participera pas à la conférence de Pristina, a annoncé Belgrade.", [rej("SRB", "XKX")]),
        ("L'Autriche ne soutiendra pas l'accord commercial avec le Brésil, a dit le chancelier.", [opp("AUT", "BRA")]),
        ("Le président thaïlandais a dit qu'il ne rencontrerait pas le dirigeant cambodgien.", [rej("THA", "KHM")]),
        ("La Turquie ne reprendra pas les pourparlers avec la Grèce, a déclaré Ankara.", [rej("TUR", "GRC")]),
        ("Le président iranien a rencontré dimanche à Bagdad le Premier ministre irakien.", [ev("CONSULT", "042", "IRN", "IRQ", mode="visit")]),
        ("Le Vietnam tiendra des pourparlers avec la Chine le mois prochain.", [ev("AGREE", "036", "VNM", "CHN", modality="intended")]),
        ("L'Égypte n'a pas soutenu la motion contre le Soudan l'an dernier.", [ev("SUPPORT", "051", "EGY", "SDN", pol="negative")]),
        ("Le président colombien a affirmé qu'il ne rencontrerait pas son homologue équatorien.", [rej("COL", "ECU")]),
        ("Le Kenya ne prendra pas part aux négociations avec la Somalie, selon Nairobi.", [rej("KEN", "SOM")]),
    ],
}

for (name, lang), items in SETS.items():
    with open(HERE / f"{name}.{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, (text, events) in enumerate(items, 1):
            for e in events:
                e["evidence"] = text
            f.write(json.dumps({"article_id": f"{name}-{lang}-{i:03d}", "lang": lang, "text": text,
                                "published": "2025-06-11", "events": events}, ensure_ascii=False) + "\n")
