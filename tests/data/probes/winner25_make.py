# writes tests/data/probes/winner25-{1,2}.{en,fr}.jsonl (helper winner25): python3 tests/data/probes/winner25_make.py tests/data/probes
import json,sys
# (text, src, tgt, agree_ev, meet_ev or None, extra events list)
def item(id_, lang, text, a, b, agree_ev, meet_ev, agree_cameo="030", other=None):
    evs=[]
    if agree_ev:
        evs.append({"event_type":"AGREE","mode":None,"cameo":agree_cameo,"source":{"name":None,"country":a,"sector":"GOV"},"target":{"name":None,"country":b,"sector":"GOV"},"date":None,"location":None,"polarity":"positive","modality":"actual","evidence":agree_ev,"required":True})
    if meet_ev:
        evs.append({"event_type":"CONSULT","mode":None,"cameo":"040","source":{"name":None,"country":a,"sector":"GOV"},"target":{"name":None,"country":b,"sector":"GOV"},"date":None,"location":None,"polarity":"positive","modality":"actual","evidence":meet_ev,"required":True})
    for o in other or []:
        evs.append(o)
    for e in evs: assert e["evidence"] in text,(text,e["evidence"])
    return {"article_id":id_,"lang":lang,"text":text,"published":"2026-03-04","events":evs}
def ev(t,cameo,a,b,evid,mode=None,sector_a="GOV",sector_b="GOV"):
    return {"event_type":t,"mode":mode,"cameo":cameo,"source":{"name":None,"country":a,"sector":sector_a},"target":({"name":None,"country":b,"sector":sector_b} if b else None),"date":None,"location":None,"polarity":"positive","modality":"actual","evidence":evid,"required":True}
SETS={}
SETS["winner25-1.en"]=[
 ("Uzbekistan and Kyrgyzstan agreed on Tuesday to demarcate the last disputed stretch of their border after three days of talks in Bishkek.","UZB","KGZ","agreed on Tuesday to demarcate","three days of talks in Bishkek","030"),
 ("Ethiopia and Djibouti signed a port access agreement in Addis Ababa following a meeting of their joint ministerial commission.","ETH","DJI","signed a port access agreement","a meeting of their joint ministerial commission","057"),
 ("Chile and Bolivia signed a memorandum on water sharing at the end of two days of talks in Santiago.","CHL","BOL","signed a memorandum on water sharing","two days of talks in Santiago","057"),
 ("Indonesia and Vietnam agreed to delimit their exclusive economic zones during talks in Hanoi on Monday.","IDN","VNM","agreed to delimit","talks in Hanoi","030"),
 ("Armenia and Georgia reached an agreement on rail transit after a new round of talks in Tbilisi.","ARM","GEO","reached an agreement on rail transit","a new round of talks in Tbilisi","030"),
 ("Nepal and India signed three agreements on hydropower at the close of a meeting of their joint commission in Kathmandu.","NPL","IND","signed three agreements on hydropower","a meeting of their joint commission","057"),
 ("Senegal and Gambia agreed to reopen their common border posts after two days of talks in Banjul.","SEN","GMB","agreed to reopen their common border posts","two days of talks in Banjul","030"),
 ("The two presidents of Paraguay and Uruguay signed a river navigation accord following talks in Asunción.","PRY","URY","signed a river navigation accord","talks in Asunción","057"),
 ("Jordan and Iraq agreed to extend an oil supply deal during a meeting in Amman on Sunday.","JOR","IRQ","agreed to extend an oil supply deal","a meeting in Amman","030"),
 ("Mozambique and Malawi signed an electricity interconnection accord at the end of three days of talks in Maputo.","MOZ","MWI","signed an electricity interconnection accord","three days of talks in Maputo","057"),
 # guards: a meeting of a body framing a condemnation; talks that collapsed
 ("The Arab League condemned the shelling of Gaza after an emergency meeting in Cairo.","IGO",None,None,None,None,[ev("ACCUSE","111","IGO",None,"condemned the shelling of Gaza",mode="disapprove",sector_a="IGO")]),
 ("Romania and Moldova agreed to build a new bridge over the Prut after the collapse of talks with Ukraine.","ROU","MDA","agreed to build a new bridge",None,"030"),
]
SETS["winner25-2.en"]=[
 ("Tajikistan and Afghanistan agreed to reopen two border markets after talks in Dushanbe on Thursday.","TJK","AFG","agreed to reopen two border markets","talks in Dushanbe","030"),
 ("Namibia and Botswana signed a water transfer agreement at the end of a meeting of their joint permanent commission in Windhoek.","NAM","BWA","signed a water transfer agreement","a meeting of their joint permanent commission","057"),
 ("Peru and Ecuador agreed to launch joint patrols on the Putumayo river following two days of talks in Lima.","PER","ECU","agreed to launch joint patrols","two days of talks in Lima","030"),
 ("Greece and North Macedonia signed a gas interconnector accord during talks in Thessaloniki.","GRC","MKD","signed a gas interconnector accord","talks in Thessaloniki","057"),
 ("Cambodia and Laos reached a deal on cross-border trucking after a second round of talks in Vientiane.","KHM","LAO","reached a deal on cross-border trucking","a second round of talks in Vientiane","030"),
 ("Rwanda and Burundi agreed to restore direct flights at the close of three days of talks in Kigali.","RWA","BDI","agreed to restore direct flights","three days of talks in Kigali","030"),
 ("Poland and Lithuania signed a defence cooperation agreement following a meeting in Vilnius on Friday.","POL","LTU","signed a defence cooperation agreement","a meeting in Vilnius","057"),
 ("Kenya and Ethiopia agreed to share intelligence on cross-border raids after talks in Moyale.","KEN","ETH","agreed to share intelligence","talks in Moyale","030"),
 ("Algeria and Tunisia signed five accords on energy and trade during a meeting of their joint commission in Algiers.","DZA","TUN","signed five accords on energy and trade","a meeting of their joint commission","057"),
 ("Sri Lanka and the Maldives agreed to set up a joint coast guard patrol after two days of talks in Colombo.","LKA","MDV","agreed to set up a joint coast guard patrol","two days of talks in Colombo","030"),
 ("The African Union condemned the coup in Guinea-Bissau after a meeting of its Peace and Security Council.","IGO",None,None,None,None,[ev("ACCUSE","111","IGO","GNB","condemned the coup in Guinea-Bissau",mode="disapprove",sector_a="IGO")]),
 ("Hungary and Slovakia agreed to open a new border crossing after the failure of talks with Austria.","HUN","SVK","agreed to open a new border crossing",None,"030"),
]
SETS["winner25-1.fr"]=[
 ("Le Cambodge et le Laos ont accepté un cessez-le-feu frontalier au terme d'une réunion à Vientiane.","KHM","LAO","ont accepté un cessez-le-feu frontalier","au terme d'une réunion à Vientiane","030"),
 ("Le Niger et le Bénin ont convenu de rouvrir leur frontière à l'issue de deux jours de pourparlers à Lomé.","NER","BEN","ont convenu de rouvrir leur frontière","deux jours de pourparlers à Lomé","030"),
 ("Le Sénégal et la Mauritanie ont signé un accord de pêche lors d'une réunion de leur commission mixte à Dakar.","SEN","MRT","ont signé un accord de pêche","lors d'une réunion de leur commission mixte","057"),
 ("L'Algérie et la Tunisie ont conclu un accord sur le gaz après deux jours de négociations à Tunis.","DZA","TUN","ont conclu un accord sur le gaz","deux jours de négociations à Tunis","057"),
 ("Le Tchad et le Cameroun se sont entendus sur un plan de sécurité commun à l'issue d'une réunion à N'Djamena.","TCD","CMR","se sont entendus sur un plan de sécurité commun","une réunion à N'Djamena","030"),
 ("La Côte d'Ivoire et le Ghana ont signé un accord sur le cacao au terme de trois jours d'entretiens à Accra.","CIV","GHA","ont signé un accord sur le cacao","trois jours d'entretiens à Accra","057"),
 ("Le Maroc et la Mauritanie ont convenu de relancer leur commission mixte lors d'une réunion à Nouakchott.","MAR","MRT","ont convenu de relancer leur commission mixte","lors d'une réunion à Nouakchott","030"),
 ("La Colombie et le Venezuela ont signé un accord douanier après des pourparlers à Cúcuta.","COL","VEN","ont signé un accord douanier","des pourparlers à Cúcuta","057"),
 ("Le Mali et la Guinée ont accepté de créer un corridor commercial au terme de deux jours de discussions à Conakry.","MLI","GIN","ont accepté de créer un corridor commercial","deux jours de discussions à Conakry","030"),
 ("Le Gabon et le Congo ont signé un accord de coopération militaire à l'issue d'un nouveau cycle de pourparlers à Libreville.","GAB","COG","ont signé un accord de coopération militaire","un nouveau cycle de pourparlers à Libreville","057"),
 ("L'Union africaine a condamné le coup d'Etat au Niger à l'issue d'une réunion de son Conseil de paix et de sécurité.","IGO",None,None,None,None,[ev("ACCUSE","111","IGO","NER","a condamné le coup d'Etat au Niger",mode="disapprove",sector_a="IGO")]),
 ("Le Burundi et la Tanzanie ont convenu de construire une voie ferrée après l'échec des pourparlers avec le Rwanda.","BDI","TZA","ont convenu de construire une voie ferrée",None,"030"),
]
SETS["winner25-2.fr"]=[
 ("La Thaïlande et la Malaisie ont accepté de reprendre les patrouilles conjointes au terme d'une réunion à Kuala Lumpur.","THA","MYS","ont accepté de reprendre les patrouilles conjointes","au terme d'une réunion à Kuala Lumpur","030"),
 ("Le Burkina Faso et le Togo ont convenu de sécuriser le corridor routier à l'issue de deux jours de pourparlers à Lomé.","BFA","TGO","ont convenu de sécuriser le corridor routier","deux jours de pourparlers à Lomé","030"),
 ("L'Egypte et le Soudan ont signé un accord sur les eaux du Nil lors d'une réunion de leur comité technique au Caire.","EGY","SDN","ont signé un accord sur les eaux du Nil","lors d'une réunion de leur comité technique","057"),
 ("La Serbie et la Hongrie ont conclu un accord énergétique après trois jours de négociations à Belgrade.","SRB","HUN","ont conclu un accord énergétique","trois jours de négociations à Belgrade","057"),
 ("Le Kenya et l'Ouganda se sont entendus sur le partage du lac Victoria au terme d'une réunion à Kampala.","KEN","UGA","se sont entendus sur le partage du lac Victoria","une réunion à Kampala","030"),
 ("Le Pérou et la Bolivie ont signé un accord de libre circulation à l'issue de trois jours d'entretiens à La Paz.","PER","BOL","ont signé un accord de libre circulation","trois jours d'entretiens à La Paz","057"),
 ("La Libye et la Tunisie ont convenu de rouvrir le poste de Ras Jedir lors d'une réunion à Tripoli.","LBY","TUN","ont convenu de rouvrir le poste de Ras Jedir","lors d'une réunion à Tripoli","030"),
 ("L'Arménie et la Géorgie ont signé un accord de transit après des pourparlers à Tbilissi.","ARM","GEO","ont signé un accord de transit","des pourparlers à Tbilissi","057"),
 ("Le Niger et le Tchad ont accepté de créer une force mixte au terme de deux jours de discussions à Niamey.","NER","TCD","ont accepté de créer une force mixte","deux jours de discussions à Niamey","030"),
 ("La Guinée et la Sierra Leone ont signé un accord minier à l'issue d'un nouveau cycle de pourparlers à Freetown.","GIN","SLE","ont signé un accord minier","un nouveau cycle de pourparlers à Freetown","057"),
 ("La CEDEAO a condamné le report de l'élection en Guinée-Bissau à l'issue d'une réunion de ses chefs d'Etat.","IGO",None,None,None,None,[ev("ACCUSE","111","IGO","GNB","a condamné le report de l'élection",mode="disapprove",sector_a="IGO")]),
 ("Le Vietnam et le Laos ont convenu de construire une route après l'échec des pourparlers avec la Chine.","VNM","LAO","ont convenu de construire une route",None,"030"),
]
out=sys.argv[1]
for name,items in SETS.items():
    set_,lang=name.rsplit('.',1)
    with open(f"{out}/{name}.jsonl","w") as o:
        for k,it in enumerate(items,1):
            text,a,b,aev,mev,cam=it[:6]; other=it[6] if len(it)>6 else None
            o.write(json.dumps(item(f"{set_}-{lang}-{k}",lang,text,a,b,aev,mev,cam or "030",other),ensure_ascii=False)+"\n")
print("ok")
