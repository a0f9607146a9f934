"""Probe sets bodies30-1 (tuned) and bodies30-2 (never tuned), en and fr: a province or region, or a mayor or governor named by title alone, or a person titled as one, acting on its own state's capital (two bodies of one state at two levels), and negatives (the region as a place). Helper bodies30."""
import json
from pathlib import Path
def ev(t,cameo,c,evid,tc=None,ssec="GOV",tsec="GOV"):
    return {"event_type":t,"mode":None,"cameo":cameo,"source":{"name":None,"country":c,"sector":ssec},
            "target":None if tc is False else {"name":None,"country":tc or c,"sector":tsec},"date":None,"location":None,
            "polarity":"positive","modality":"actual","evidence":evid,"required":True}
S={
"1.en":[
("Kano State Governor Abba Yusuf urged the Federal Government to fund the new dams.",[ev("REQUEST","10","NGA","urged the Federal Government")]),
("Governor Maura Healey criticised Washington over the funding cuts.",[ev("ACCUSE","111","USA","criticised Washington")]),

("Quebec urged Ottawa on Monday to support the province's sawmills.",[ev("REQUEST","10","CAN","urged Ottawa")]),
("Catalonia accused Madrid of starving its hospitals of funds.",[ev("ACCUSE","112","ESP","accused Madrid")]),
("Bavaria criticised Berlin over the new heating law.",[ev("ACCUSE","111","DEU","criticised Berlin")]),
("Tigray accused Addis Ababa of blocking aid convoys.",[ev("ACCUSE","112","ETH","accused Addis Ababa")]),
("Sindh asked Islamabad to release the flood relief funds.",[ev("REQUEST","10","PAK","asked Islamabad")]),
("The mayor asked Rome to reopen the border post at Ventimiglia.",[ev("REQUEST","10","ITA","asked Rome")]),
("The governor urged Abuja to send more troops to the state.",[ev("REQUEST","10","NGA","urged Abuja")]),
("Corsica asked Paris for a statute of autonomy.",[ev("REQUEST","10","FRA","asked Paris")]),
("The mayor of the border town criticised Warsaw over the new fence.",[ev("ACCUSE","111","POL","criticised Warsaw")]),
("Heavy rain flooded Bavaria on Monday.",[]),
("Officials in Quebec said the bridge would reopen in May.",[]),
],
"2.en":[
("Lagos State Governor Babajide Sanwo-Olu asked the Federal Government to repair the bridge.",[ev("REQUEST","10","NGA","asked the Federal Government")]),
("Mayor Karen Bass urged Washington to send disaster relief.",[ev("REQUEST","10","USA","urged Washington")]),

("Ontario accused Ottawa of abandoning the steel workers.",[ev("ACCUSE","112","CAN","accused Ottawa")]),
("Andalusia asked Madrid to declare a drought emergency.",[ev("REQUEST","10","ESP","asked Madrid")]),
("Balochistan urged Islamabad to pay its share of the gas revenue.",[ev("REQUEST","10","PAK","urged Islamabad")]),
("Lombardy criticised Rome over the hospital budget.",[ev("ACCUSE","111","ITA","criticised Rome")]),
("Oromia accused Addis Ababa of withholding the regional budget.",[ev("ACCUSE","112","ETH","accused Addis Ababa")]),
("The mayor urged Paris to send more police officers to the city.",[ev("REQUEST","10","FRA","urged Paris")]),
("The governor asked Nairobi to release funds for the county.",[ev("REQUEST","10","KEN","asked Nairobi")]),
("Saxony called on Berlin to cut energy taxes.",[ev("REQUEST","10","DEU","called on Berlin")]),
("Sabah urged Kuala Lumpur to return 40 percent of its revenue.",[ev("REQUEST","10","MYS","urged Kuala Lumpur")]),
("Floods hit Saxony on Tuesday.",[]),
("Farmers in Ontario harvested a record crop this year.",[]),
],
"1.fr":[
("La gouverneure Kathy Hochul a critiqué Washington au sujet des coupes budgétaires.",[ev("ACCUSE","111","USA","a critiqué Washington")]),
("Le maire Bruno Marchand a demandé à Ottawa de financer le tramway.",[ev("REQUEST","10","CAN","a demandé à Ottawa")]),

("Le Québec a exhorté lundi Ottawa à soutenir les scieries de la province.",[ev("REQUEST","10","CAN","a exhorté lundi Ottawa")]),
("La Catalogne a accusé Madrid d'asphyxier ses hôpitaux.",[ev("ACCUSE","112","ESP","a accusé Madrid")]),
("La Bavière a critiqué Berlin au sujet de la loi sur le chauffage.",[ev("ACCUSE","111","DEU","a critiqué Berlin")]),
("Le Tigré a accusé Addis-Abeba de bloquer les convois d'aide.",[ev("ACCUSE","112","ETH","a accusé Addis-Abeba")]),
("Le maire a demandé à Rome la réouverture du poste-frontière de Vintimille.",[ev("REQUEST","10","ITA","a demandé à Rome")]),
("Le gouverneur a exhorté Abuja à envoyer davantage de soldats dans l'Etat.",[ev("REQUEST","10","NGA","a exhorté Abuja")]),
("Le maire de Stanstead a demandé à Québec de dépêcher un représentant.",[ev("REQUEST","10","CAN","a demandé à Québec")]),
("La Corse a demandé à Paris un statut d'autonomie.",[ev("REQUEST","10","FRA","a demandé à Paris")]),
("Le Sindh a appelé Islamabad à débloquer les fonds d'urgence.",[ev("REQUEST","10","PAK","a appelé Islamabad")]),
("De fortes pluies ont inondé la Bavière lundi.",[]),
("Les responsables se sont réunis à Québec pour préparer la saison touristique.",[]),
],
"2.fr":[
("Le maire Grégory Doucet a exhorté Paris à financer le métro.",[ev("REQUEST","10","FRA","a exhorté Paris")]),
("Le gouverneur Gavin Newsom a accusé Washington de bloquer les fonds.",[ev("ACCUSE","112","USA","a accusé Washington")]),

("L'Ontario a accusé Ottawa d'abandonner les métallurgistes.",[ev("ACCUSE","112","CAN","a accusé Ottawa")]),
("L'Andalousie a demandé à Madrid de décréter l'urgence sécheresse.",[ev("REQUEST","10","ESP","a demandé à Madrid")]),
("Le Baloutchistan a exhorté Islamabad à verser sa part des recettes gazières.",[ev("REQUEST","10","PAK","a exhorté Islamabad")]),
("La Lombardie a critiqué Rome au sujet du budget des hôpitaux.",[ev("ACCUSE","111","ITA","a critiqué Rome")]),
("L'Oromia a accusé Addis-Abeba de retenir le budget régional.",[ev("ACCUSE","112","ETH","a accusé Addis-Abeba")]),
("Le maire a exhorté Paris à envoyer davantage de policiers dans la ville.",[ev("REQUEST","10","FRA","a exhorté Paris")]),
("La gouverneure a demandé à Nairobi de débloquer des fonds pour le comté.",[ev("REQUEST","10","KEN","a demandé à Nairobi")]),
("La Saxe a appelé Berlin à baisser les taxes sur l'énergie.",[ev("REQUEST","10","DEU","a appelé Berlin")]),
("Le Sabah a exhorté Kuala Lumpur à lui reverser 40 % de ses recettes.",[ev("REQUEST","10","MYS","a exhorté Kuala Lumpur")]),
("Des inondations ont frappé la Saxe mardi.",[]),
("Les agriculteurs de l'Ontario ont récolté une moisson record cette année.",[]),
],
}
for key,items in S.items():
    n,lang=key.split('.')
    with open(Path(__file__).parent / f'bodies30-{n}.{lang}.jsonl','w') as f:
        for k,(text,evs) in enumerate(items,1):
            for e in evs: assert e["evidence"] in text,(text,e["evidence"])
            f.write(json.dumps({"article_id":f"bodies30-{n}-{lang}-{k}","lang":lang,"text":text,"published":"2025-06-11","events":evs},ensure_ascii=False)+"\n")

# sets 3 (tuned) and 4 (never tuned): a personal pronoun after a sentence whose last event's
# doer is a state named by a nationality adjective ("les frappes israéliennes qui ont visé"):
# the pronoun stands for the person who spoke, not for that state
def item(c, d, t, ev_acc, ev_req):
    # the strikes themselves: an ASSAULT of the adjective's state, left optional (its
    # target is the place hit, a patrol that entered a territory is none)
    hit = dict(ev("ASSAULT", "190", d, ev_acc.split(" ", 2 if ev_acc.startswith("a ") else 1)[-1], c, ssec="MIL", tsec=None), required=False)
    return [ev("ACCUSE", "111", c, ev_acc, d), ev("REQUEST", "10", c, ev_req, t), hit]
P = {
"3.en": [("Colombian President Gustavo Petro condemned the Ecuadorian air strikes that hit villages near the border. He asked Brazil to mediate.", "COL", "ECU", "BRA", "condemned the Ecuadorian air strikes", "asked Brazil"),
         ("Armenian Prime Minister Nikol Pashinyan condemned the Azerbaijani shelling that hit houses in Syunik. He asked France to send observers.", "ARM", "AZE", "FRA", "condemned the Azerbaijani shelling", "asked France"),
         ("Lebanese President Joseph Aoun condemned the Israeli strikes that hit the south overnight. He asked the United States to press for a withdrawal.", "LBN", "ISR", "USA", "condemned the Israeli strikes", "asked the United States"),
         ("Somali President Hassan Sheikh Mohamud condemned the Ethiopian raids that targeted Gedo villages. He asked Turkey to mediate.", "SOM", "ETH", "TUR", "condemned the Ethiopian raids", "asked Turkey"),
         ("Pakistani Prime Minister Shehbaz Sharif condemned the Afghan shelling that hit Chaman. He asked China to help calm the border.", "PAK", "AFG", "CHN", "condemned the Afghan shelling", "asked China"),
        ],
"4.en": [("Thai Prime Minister Anutin Charnvirakul condemned the Cambodian rocket fire that hit Surin villages. He asked Malaysia to mediate.", "THA", "KHM", "MYS", "condemned the Cambodian rocket fire", "asked Malaysia"),
         ("Congolese President Felix Tshisekedi condemned the Rwandan drone strikes that hit Bukavu. He asked Qatar to convene new talks.", "COD", "RWA", "QAT", "condemned the Rwandan drone strikes", "asked Qatar"),
         ("Sudanese leader Abdel Fattah al-Burhan condemned the Chadian incursions that targeted Darfur villages. He asked Egypt to intervene.", "SDN", "TCD", "EGY", "condemned the Chadian incursions", "asked Egypt"),
         ("Venezuelan President Nicolas Maduro condemned the Guyanese patrols that entered the Essequibo. He asked Brazil to mediate.", "VEN", "GUY", "BRA", "condemned the Guyanese patrols", "asked Brazil"),
         ("Indian Prime Minister Narendra Modi condemned the Pakistani shelling that hit Poonch. He asked Russia to press Islamabad.", "IND", "PAK", "RUS", "condemned the Pakistani shelling", "asked Russia"),
        ],
"3.fr": [("Le président colombien Gustavo Petro a dénoncé les frappes équatoriennes qui ont visé des villages frontaliers. Il a demandé au Brésil de jouer les médiateurs.", "COL", "ECU", "BRA", "a dénoncé les frappes équatoriennes", "a demandé au Brésil"),
         ("Le Premier ministre arménien Nikol Pachinian a dénoncé les tirs azerbaïdjanais qui ont touché des maisons du Syunik. Il a demandé à la France d'envoyer des observateurs.", "ARM", "AZE", "FRA", "a dénoncé les tirs azerbaïdjanais", "a demandé à la France"),
         ("Le président libanais Joseph Aoun a dénoncé les frappes israéliennes qui ont visé le Sud dans la nuit. Il a demandé aux Etats-Unis de faire pression.", "LBN", "ISR", "USA", "a dénoncé les frappes israéliennes", "a demandé aux Etats-Unis"),
         ("Le président somalien Hassan Cheikh Mohamoud a dénoncé les raids éthiopiens qui ont visé des villages de Gedo. Il a demandé à la Turquie de jouer les médiateurs.", "SOM", "ETH", "TUR", "a dénoncé les raids éthiopiens", "a demandé à la Turquie"),
         ("Le Premier ministre pakistanais Shehbaz Sharif a dénoncé les tirs afghans qui ont touché Chaman. Il a demandé à la Chine d'aider à apaiser la frontière.", "PAK", "AFG", "CHN", "a dénoncé les tirs afghans", "a demandé à la Chine"),
        ],
"4.fr": [("Le Premier ministre thaïlandais Anutin Charnvirakul a dénoncé les tirs de roquettes cambodgiens qui ont touché des villages de Surin. Il a demandé à la Malaisie de jouer les médiateurs.", "THA", "KHM", "MYS", "a dénoncé les tirs de roquettes cambodgiens", "a demandé à la Malaisie"),
         ("Le président congolais Félix Tshisekedi a dénoncé les frappes de drones rwandaises qui ont visé Bukavu. Il a demandé au Qatar de convoquer de nouveaux pourparlers.", "COD", "RWA", "QAT", "a dénoncé les frappes de drones rwandaises", "a demandé au Qatar"),
         ("Le général soudanais Abdel Fattah al-Burhane a dénoncé les incursions tchadiennes qui ont visé des villages du Darfour. Il a demandé à l'Egypte d'intervenir.", "SDN", "TCD", "EGY", "a dénoncé les incursions tchadiennes", "a demandé à l'Egypte"),
         ("Le président vénézuélien Nicolas Maduro a dénoncé les patrouilles guyaniennes qui sont entrées dans l'Essequibo. Il a demandé au Brésil de jouer les médiateurs.", "VEN", "GUY", "BRA", "a dénoncé les patrouilles guyaniennes", "a demandé au Brésil"),
         ("Le Premier ministre indien Narendra Modi a dénoncé les tirs pakistanais qui ont touché Poonch. Il a demandé à la Russie de faire pression sur Islamabad.", "IND", "PAK", "RUS", "a dénoncé les tirs pakistanais", "a demandé à la Russie"),
        ],
}
for key, items in P.items():
    n, lang = key.split('.')
    with open(Path(__file__).parent / f'bodies30-{n}.{lang}.jsonl', 'w') as f:
        for k, (text, c, d, t, a, r) in enumerate(items, 1):
            evs = item(c, d, t, a, r)
            for e in evs: assert e["evidence"] in text, (text, e["evidence"])
            # the second sentence stands apart as a paragraph: a whole article of two paragraphs
            text = text.replace(". ", ".\n\n", 1)
            f.write(json.dumps({"article_id": f"bodies30-{n}-{lang}-{k}", "lang": lang, "text": text, "published": "2025-06-11", "events": evs}, ensure_ascii=False) + "\n")
