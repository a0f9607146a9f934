import json, os
# Writes agents25-1.{fr,en} (tuned) and agents25-2.{fr,en} (never tuned): one sentence each, a generic actor of a kind the knowledge base lacked as the subject (helper agents25).
def A(c,s): return {"name":None,"country":c,"sector":s}
T={'ACCUSE':('allege','112'),'REQUEST':(None,'100'),'REJECT':(None,'120'),'COERCE':('arrest','173'),'THREATEN':(None,'130'),'ASSAULT':(None,'190')}
def item(pid,lang,text,typ,src,tgt,ev,mode=None,cameo=None):
    m,c=T[typ]
    e={"event_type":typ,"mode":mode if mode is not None else m,"cameo":cameo or c,"source":A(*src),"target":A(*tgt) if tgt else None,"date":None,"location":None,"polarity":"positive","modality":"actual","evidence":ev,"required":True}
    return {"article_id":pid,"lang":lang,"text":text,"published":"2026-05-10","events":[e]}
S={}
S['agents25-1.fr']=[
("Les élus de Ziguinchor ont accusé mardi le gouvernement sénégalais d'abandonner la région.",'ACCUSE',('SEN','LEG'),('SEN','GOV'),"ont accusé mardi le gouvernement sénégalais"),
("Les employeurs ivoiriens ont réclamé au gouvernement une baisse de l'impôt sur les sociétés.",'REQUEST',('CIV','BUS'),('CIV','GOV'),"ont réclamé au gouvernement une baisse"),
("Les camionneurs maliens ont exigé du gouvernement une baisse du prix du gazole.",'REQUEST',('MLI','LAB'),('MLI','GOV'),"ont exigé du gouvernement une baisse"),
("Les prélats congolais ont exhorté le Rwanda à cesser tout soutien aux rebelles du M23.",'REQUEST',('COD','REL'),('RWA','GOV'),"ont exhorté le Rwanda à cesser"),
("La garde nationale tunisienne a arrêté dimanche vingt opposants près de Sfax.",'COERCE',('TUN','MIL'),('TUN','OPP'),"a arrêté dimanche vingt opposants"),
("La douane sénégalaise a accusé des commerçants gambiens de contrebande.",'ACCUSE',('SEN','COP'),('GMB','BUS'),"a accusé des commerçants gambiens"),
("Le conseil municipal de Kisumu a accusé la compagnie nationale d'électricité du Kenya de négligence.",'ACCUSE',('KEN','GOV'),('KEN','BUS'),"a accusé la compagnie nationale d'électricité"),
("Les fédérations patronales marocaines ont demandé au gouvernement de retirer le nouveau code du travail.",'REQUEST',('MAR','BUS'),('MAR','GOV'),"ont demandé au gouvernement de retirer"),
("Des membres de gangs ont enlevé lundi trois infirmières à Port-au-Prince.",'ASSAULT',('HTI','CRM'),('HTI','MED'),"ont enlevé lundi trois infirmières",'abduct','181'),
("Les législateurs philippins ont accusé la Chine de harceler leurs pêcheurs.",'ACCUSE',('PHL','LEG'),('CHN','GOV'),"ont accusé la Chine de harceler"),
("Les routiers kényans ont accusé les douaniers ougandais de racket.",'ACCUSE',('KEN','LAB'),('UGA','COP'),"ont accusé les douaniers ougandais"),
("La majorité présidentielle a accusé l'opposition togolaise de préparer des violences.",'ACCUSE',('TGO','PTY'),('TGO','OPP'),"a accusé l'opposition togolaise"),
("Le collectif des familles de disparus a exhorté le gouvernement algérien à ouvrir les archives.",'REQUEST',('DZA','CVL'),('DZA','GOV'),"a exhorté le gouvernement algérien à ouvrir"),
]
S['agents25-2.fr']=[
("Des élus de Kidal ont accusé l'armée malienne d'avoir arrêté deux notables.",'ACCUSE',('MLI','LEG'),('MLI','MIL'),"ont accusé l'armée malienne"),
("Les employeurs sud-africains ont rejeté la hausse du salaire minimum proposée par le gouvernement.",'REJECT',('ZAF','BUS'),('ZAF','GOV'),"ont rejeté la hausse du salaire minimum"),
("Les camionneurs burkinabè ont accusé les gendarmes ghanéens de racket à la frontière.",'ACCUSE',('BFA','LAB'),('GHA','COP'),"ont accusé les gendarmes ghanéens"),
("Les prélats burundais ont exhorté le gouvernement à respecter la liberté de la presse.",'REQUEST',('BDI','REL'),('BDI','GOV'),"ont exhorté le gouvernement à respecter"),
("La garde nationale vénézuélienne a arrêté samedi huit opposants à Caracas.",'COERCE',('VEN','MIL'),('VEN','OPP'),"a arrêté samedi huit opposants"),
("La douane béninoise a accusé des transporteurs nigérians de fraude.",'ACCUSE',('BEN','COP'),('NGA','BUS'),"a accusé des transporteurs nigérians"),
("Le conseil régional de Tombouctou a demandé à l'armée malienne de sécuriser la route de Goundam.",'REQUEST',('MLI','GOV'),('MLI','MIL'),"a demandé à l'armée malienne de sécuriser"),
("Les organisations patronales tunisiennes ont demandé au gouvernement de suspendre la nouvelle taxe.",'REQUEST',('TUN','BUS'),('TUN','GOV'),"ont demandé au gouvernement de suspendre"),
("Les législateurs taïwanais ont accusé Pékin d'intimidation militaire.",'ACCUSE',('TWN','LEG'),('CHN','GOV'),"ont accusé Pékin d'intimidation"),
("Les routiers zambiens ont exigé du gouvernement la réouverture du poste-frontière de Kasumbalesa.",'REQUEST',('ZMB','LAB'),('ZMB','GOV'),"ont exigé du gouvernement la réouverture"),
("Des membres de gangs ont enlevé mardi deux enseignants à Croix-des-Bouquets en Haïti.",'ASSAULT',('HTI','CRM'),('HTI','EDU'),"ont enlevé mardi deux enseignants",'abduct','181'),
]
S['agents25-1.en']=[
("Councillors in Mombasa accused Chinese contractors of abandoning the road project.",'ACCUSE',('KEN','GOV'),('CHN','BUS'),"accused Chinese contractors of abandoning"),
("Herders in central Nigeria accused the army of killing their cattle.",'ACCUSE',('NGA','CVL'),('NGA','MIL'),"accused the army of killing"),
("Unionists in Argentina urged the government to restore wage indexation.",'REQUEST',('ARG','LAB'),('ARG','GOV'),"urged the government to restore"),
("In Senegal, the Socialist Party accused the government of muzzling the press.",'ACCUSE',('SEN','PTY'),('SEN','GOV'),"accused the government of muzzling"),
("Charities in Greece accused the coast guard of pushing back migrant boats.",'ACCUSE',('GRC','NGO'),('GRC','MIL'),"accused the coast guard of pushing back"),
("Environmental groups in Brazil urged the government to halt oil drilling near the mouth of the Amazon.",'REQUEST',('BRA','ENV'),('BRA','GOV'),"urged the government to halt oil drilling"),
("Mexican drug cartels threatened journalists in Sinaloa on Monday.",'THREATEN',('MEX','CRM'),('MEX','JRN'),"threatened journalists in Sinaloa"),
("Plain-clothes officers arrested three opposition activists in Harare on Monday.",'COERCE',('ZWE','COP'),('ZWE','OPP'),"arrested three opposition activists"),
("Peru's ombudsman accused the police of using excessive force against protesters.",'ACCUSE',('PER','GOV'),('PER','COP'),"accused the police of using excessive force"),
("The presidential guard in Guinea-Bissau arrested two opposition leaders on Sunday.",'COERCE',('GNB','MIL'),('GNB','OPP'),"arrested two opposition leaders"),
("Security agencies in Kenya arrested 12 suspected smugglers in Mombasa.",'COERCE',('KEN','COP'),('KEN','CRM'),"arrested 12 suspected smugglers"),
("Mineworkers in Zambia urged the government to raise taxes on copper exports.",'REQUEST',('ZMB','LAB'),('ZMB','GOV'),"urged the government to raise taxes"),
]
S['agents25-2.en']=[
("Councillors in Lagos accused the police of harassing market traders.",'ACCUSE',('NGA','GOV'),('NGA','COP'),"accused the police of harassing"),
("Herders in Chad accused soldiers of seizing their cattle.",'ACCUSE',('TCD','CVL'),('TCD','MIL'),"accused soldiers of seizing"),
("Unionists in South Korea urged the government to scrap the new labour law.",'REQUEST',('KOR','LAB'),('KOR','GOV'),"urged the government to scrap"),
("In Malawi, the Liberal Party accused the electoral commission of rigging the vote.",'ACCUSE',('MWI','PTY'),('MWI','GOV'),"accused the electoral commission of rigging"),
("Environmental groups in Indonesia accused palm oil companies of burning forests.",'ACCUSE',('IDN','ENV'),('IDN','BUS'),"accused palm oil companies of burning"),
("Colombian drug cartels threatened local officials in Cauca.",'THREATEN',('COL','CRM'),('COL','GOV'),"threatened local officials in Cauca"),
("Plain-clothes officers detained two journalists in Kampala on Friday.",'COERCE',('UGA','COP'),('UGA','JRN'),"detained two journalists"),
("Kenya's ombudsman accused the police of unlawful detentions.",'ACCUSE',('KEN','GOV'),('KEN','COP'),"accused the police of unlawful detentions"),
("Security agencies in Nigeria arrested 20 suspected kidnappers in Kaduna.",'COERCE',('NGA','COP'),('NGA','CRM'),"arrested 20 suspected kidnappers"),
("Mineworkers in Chile urged the government to raise royalties on copper.",'REQUEST',('CHL','LAB'),('CHL','GOV'),"urged the government to raise royalties"),
("Charities in Italy accused the coast guard of delaying the rescue of migrants.",'ACCUSE',('ITA','NGO'),('ITA','MIL'),"accused the coast guard of delaying"),
]
for name,items in S.items():
    lang=name.split('.')[1]; base=name.split('.')[0]
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f'{name}.jsonl'),'w') as f:
        for i,it in enumerate(items,1):
            text,typ,src,tgt,ev,*rest=it
            f.write(json.dumps(item(f'{base}-{lang}-{i:02d}',lang,text,typ,src,tgt,ev,*rest),ensure_ascii=False)+'\n')
    print(name,len(items))
