"""Probe sets of assault30: violence done by a named doer whose victims no actor names
(things struck, fire opened or returned, homes burnt, posts destroyed), with negatives for
the ordinary senses of the same verbs. Set 1 tuned on, set 2 never. Run from this folder."""
import json

PUB = "2026-03-04"


def ev(cameo, src, tgt, text, mode=None, kind="ASSAULT"):
    return {"event_type": kind, "mode": mode, "cameo": cameo,
            "source": {"name": None, "country": src[0], "sector": src[1]},
            "target": None if tgt is None else {"name": None, "country": tgt[0], "sector": tgt[1]},
            "date": None, "location": None, "polarity": "positive", "modality": "actual",
            "evidence": text, "required": True}


# (text, events): events as (cameo, source, target, mode); [] for a negative item
SETS = {
    ("1", "en"): [
        ("Nigerian soldiers burned down a dozen huts on Monday, the army said.", [("1712", ("NGA", "MIL"), ("NGA", "CVL"), "destroy")]),
        ("The Colombian army said its troops returned fire and killed no one.", [("190", ("COL", "MIL"), ("COL", None), None)]),
        ("Pakistani troops destroyed two Afghan posts, officials said.", [("190", ("PAK", "MIL"), ("AFG", "MIL"), None)]),
        ("Chadian troops stormed the compound before dawn, a Chadian officer said.", [("190", ("TCD", "MIL"), ("TCD", None), None)]),
        ("Malian jets struck the positions held by the insurgents on Sunday, the Malian army said.", [("195", ("MLI", "MIL"), ("MLI", None), "aerial")]),
        ("Nigerian troops set fire to a dozen huts in Borno State on Monday.", [("1712", ("NGA", "MIL"), ("NGA", "CVL"), "destroy")]),
        ("Gunmen in Haiti opened fire on a crowded market in Petion-Ville on Sunday.", [("190", ("HTI", None), ("HTI", "CVL"), "firearms")]),
        ("The Malian army said its troops returned fire near Kidal on Tuesday.", [("190", ("MLI", "MIL"), ("MLI", None), None)]),
        ("Colombian soldiers destroyed three cocaine laboratories in Narino, the army said.", [("190", ("COL", "MIL"), ("COL", None), None)]),
        ("Somali forces stormed a building in Mogadishu on Friday.", [("190", ("SOM", "MIL"), ("SOM", None), None)]),
        ("Pakistani troops shelled several posts along the border with Afghanistan on Wednesday.", [("194", ("PAK", "MIL"), (None, None), "heavy-weapons")]),
        ("Myanmar's military bombed a monastery in Sagaing on Thursday.", [("195", ("MMR", "MIL"), ("MMR", "CVL"), "aerial")]),
        ("Mozambican troops burned several houses in Cabo Delgado last week.", [("1712", ("MOZ", "MIL"), ("MOZ", "CVL"), "destroy")]),
        ("Iraqi aircraft struck a hideout in the Hamrin mountains on Saturday.", [("195", ("IRQ", "MIL"), ("IRQ", None), "aerial")]),
        ("Philippine troops raided a camp in Basilan on Monday.", [("190", ("PHL", "MIL"), ("PHL", None), None)]),
        ("The Kenyan minister struck a deal with the teachers' union on Monday.", [("03", ("KEN", "GOV"), ("KEN", "LAB"), None, "AGREE")]),
        ("Fans set fire to flares in the stadium in Lagos after the match.", []),
        ("The club fired its coach after the defeat in Bogota.", []),
    ],
    ("1", "fr"): [
        ("Des soldats nigérians ont incendié une dizaine de cases lundi, selon l'armée.", [("1712", ("NGA", "MIL"), ("NGA", "CVL"), "destroy")]),
        ("L'armée colombienne a indiqué que ses soldats avaient ouvert le feu sur le camion.", [("190", ("COL", "MIL"), ("COL", None), None)]),
        ("Les troupes pakistanaises ont détruit deux postes afghans, selon des responsables.", [("190", ("PAK", "MIL"), ("AFG", "MIL"), None)]),
        ("Des soldats tchadiens ont pris d'assaut le bâtiment avant l'aube, selon un officier tchadien.", [("190", ("TCD", "MIL"), ("TCD", None), None)]),
        ("L'aviation malienne a frappé dimanche les positions tenues par les insurgés, selon l'armée malienne.", [("195", ("MLI", "MIL"), ("MLI", None), "aerial")]),
        ("Des militaires nigérians ont incendié une dizaine de cases dans l'État de Borno lundi.", [("1712", ("NGA", "MIL"), ("NGA", "CVL"), "destroy")]),
        ("Des hommes armés ont ouvert le feu sur un marché de Pétion-Ville, en Haïti, dimanche.", [("190", ("HTI", None), ("HTI", "CVL"), "firearms")]),
        ("L'armée malienne a indiqué que ses soldats avaient riposté près de Kidal mardi.", [("190", ("MLI", "MIL"), ("MLI", None), None)]),
        ("Des soldats colombiens ont détruit trois laboratoires de cocaïne dans le Nariño, selon l'armée.", [("190", ("COL", "MIL"), ("COL", None), None)]),
        ("Les forces somaliennes ont pris d'assaut un bâtiment à Mogadiscio vendredi.", [("190", ("SOM", "MIL"), ("SOM", None), None)]),
        ("L'armée pakistanaise a pilonné plusieurs postes le long de la frontière afghane mercredi.", [("194", ("PAK", "MIL"), (None, None), "heavy-weapons")]),
        ("L'armée birmane a bombardé un monastère dans la région de Sagaing jeudi.", [("195", ("MMR", "MIL"), ("MMR", "CVL"), "aerial")]),
        ("Des soldats mozambicains ont brûlé plusieurs maisons à Cabo Delgado la semaine dernière.", [("1712", ("MOZ", "MIL"), ("MOZ", "CVL"), "destroy")]),
        ("L'aviation irakienne a frappé une cache dans les monts Hamrin samedi.", [("195", ("IRQ", "MIL"), ("IRQ", None), "aerial")]),
        ("Des soldats philippins ont attaqué un camp à Basilan lundi.", [("190", ("PHL", "MIL"), ("PHL", None), None)]),
        ("Le ministre kényan a conclu un accord avec le syndicat des enseignants lundi.", [("03", ("KEN", "GOV"), ("KEN", "LAB"), None, "AGREE")]),
        ("Des supporters ont allumé des fumigènes dans le stade de Lagos après le match.", []),
        ("Le club a limogé son entraîneur après la défaite à Bogota.", []),
    ],
    ("2", "en"): [
        ("Ugandan soldiers burned down several shops on Friday, the Ugandan army said.", [("1712", ("UGA", "MIL"), ("UGA", "CVL"), "destroy")]),
        ("The Peruvian police said its officers returned fire and arrested no one.", [("190", ("PER", "COP"), ("PER", None), None)]),
        ("Indian troops destroyed three Pakistani bunkers, officials said.", [("190", ("IND", "MIL"), ("PAK", "MIL"), None)]),
        ("Libyan forces stormed the headquarters at dawn, a Libyan official said.", [("190", ("LBY", "MIL"), ("LBY", None), None)]),
        ("Nigerian jets struck the camps held by the bandits on Monday, the Nigerian air force said.", [("195", ("NGA", "MIL"), ("NGA", None), "aerial")]),
        ("Nigerien soldiers set fire to several motorbikes near Tillaberi on Sunday.", [("1712", ("NER", "MIL"), ("NER", "CVL"), "destroy")]),
        ("Gunmen in Mexico opened fire on a bar in Guanajuato on Saturday.", [("190", ("MEX", None), ("MEX", "CVL"), "firearms")]),
        ("The Burkinabe army said its soldiers returned fire near Djibo on Monday.", [("190", ("BFA", "MIL"), ("BFA", None), None)]),
        ("Ethiopian troops destroyed two bridges in the Amhara region, residents said.", [("190", ("ETH", "MIL"), ("ETH", None), None)]),
        ("Syrian government forces shelled a hospital in Idlib on Tuesday.", [("194", ("SYR", "MIL"), ("SYR", "CVL"), "heavy-weapons")]),
        ("Cameroonian soldiers burned dozens of homes in the North-West region last month.", [("1712", ("CMR", "MIL"), ("CMR", "CVL"), "destroy")]),
        ("Sudanese army aircraft struck a market in Nyala on Wednesday.", [("195", ("SDN", "MIL"), ("SDN", "CVL"), "aerial")]),
        ("Kenyan police stormed a church compound in Kilifi on Thursday.", [("190", ("KEN", "COP"), ("KEN", None), None)]),
        ("Yemeni government forces bombed a depot near Marib on Friday.", [("195", ("YEM", "MIL"), ("YEM", None), "aerial")]),
        ("Afghan forces raided a compound in Kandahar on Monday.", [("190", ("AFG", "MIL"), ("AFG", None), None)]),
        ("The Ethiopian airline struck a deal with Boeing on Tuesday.", [("03", ("ETH", "BUS"), ("USA", "BUS"), None, "AGREE")]),
        ("A farmer set fire to stubble in his field near Nakuru on Monday.", []),
        ("The Sudanese striker fired a shot over the bar in Khartoum.", []),
    ],
    ("2", "fr"): [
        ("Des soldats ougandais ont incendié plusieurs boutiques vendredi, selon l'armée ougandaise.", [("1712", ("UGA", "MIL"), ("UGA", "CVL"), "destroy")]),
        ("La police péruvienne a indiqué que ses agents avaient ouvert le feu sur la voiture.", [("190", ("PER", "COP"), ("PER", None), None)]),
        ("Les troupes indiennes ont détruit trois bunkers pakistanais, selon des responsables.", [("190", ("IND", "MIL"), ("PAK", "MIL"), None)]),
        ("Des forces libyennes ont pris d'assaut le siège à l'aube, selon un responsable libyen.", [("190", ("LBY", "MIL"), ("LBY", None), None)]),
        ("L'aviation nigériane a frappé lundi les camps tenus par les bandits, selon l'armée de l'air nigériane.", [("195", ("NGA", "MIL"), ("NGA", None), "aerial")]),
        ("Des soldats nigériens ont incendié plusieurs motos près de Tillabéri dimanche.", [("1712", ("NER", "MIL"), ("NER", "CVL"), "destroy")]),
        ("Des hommes armés ont ouvert le feu sur un bar de Guanajuato, au Mexique, samedi.", [("190", ("MEX", None), ("MEX", "CVL"), "firearms")]),
        ("L'armée burkinabè a indiqué que ses soldats avaient riposté près de Djibo lundi.", [("190", ("BFA", "MIL"), ("BFA", None), None)]),
        ("Des soldats éthiopiens ont détruit deux ponts dans la région Amhara, selon des habitants.", [("190", ("ETH", "MIL"), ("ETH", None), None)]),
        ("Les forces gouvernementales syriennes ont pilonné un hôpital à Idleb mardi.", [("194", ("SYR", "MIL"), ("SYR", "CVL"), "heavy-weapons")]),
        ("Des soldats camerounais ont brûlé des dizaines de maisons dans le Nord-Ouest le mois dernier.", [("1712", ("CMR", "MIL"), ("CMR", "CVL"), "destroy")]),
        ("L'aviation soudanaise a frappé un marché de Nyala mercredi.", [("195", ("SDN", "MIL"), ("SDN", "CVL"), "aerial")]),
        ("La police kényane a pris d'assaut une église à Kilifi jeudi.", [("190", ("KEN", "COP"), ("KEN", None), None)]),
        ("Les forces gouvernementales yéménites ont bombardé un dépôt près de Marib vendredi.", [("195", ("YEM", "MIL"), ("YEM", None), "aerial")]),
        ("Les forces afghanes ont attaqué un complexe à Kandahar lundi.", [("190", ("AFG", "MIL"), ("AFG", None), None)]),
        ("La compagnie éthiopienne a conclu un accord avec Boeing mardi.", [("03", ("ETH", "BUS"), ("USA", "BUS"), None, "AGREE")]),
        ("Un agriculteur a brûlé des broussailles dans son champ près de Nakuru lundi.", []),
        ("L'attaquant soudanais a frappé le ballon au-dessus de la barre à Khartoum.", []),
    ],
}

for (n, lang), items in SETS.items():
    with open(f"assault30-{n}.{lang}.jsonl", "w", encoding="utf-8") as out:
        for i, (text, events) in enumerate(items, 1):
            rec = {"article_id": f"assault30-{n}-{lang}-{i:03d}", "lang": lang, "text": text, "published": PUB,
                   "events": [ev(c, s, t, text, m, *k) for c, s, t, m, *k in events]}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
