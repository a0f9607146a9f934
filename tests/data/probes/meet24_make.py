import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
def ev(t, cameo, s, tg, evidence, sn=None, tn=None, ss="GOV", ts="GOV"):
    return {"event_type": t, "mode": "disapprove" if t=="ACCUSE" else None, "cameo": cameo,
            "source": {"name": sn, "country": s, "sector": ss}, "target": {"name": tn, "country": tg, "sector": ts},
            "date": None, "location": None, "polarity": "positive", "modality": "actual", "evidence": evidence, "required": True}
def C(s,t,e,c="042"): return ev("CONSULT",c,s,t,e)
def V(s,t,e):
    x=ev("CONSULT","042",s,t,e); x["mode"]="visit"; return x
def A(s,t,e): return ev("ACCUSE","111",s,t,e)
sets = {
 ("1","en"): [
  ("NOUAKCHOTT, May 4 (Reuters) - Mali's ambassador was summoned on Tuesday after the killing of six herders near the border.", [A("MRT","MLI","Mali's ambassador was summoned")]),
  ("Kenya's high commissioner was summoned in Kampala on Monday over remarks by a Kenyan minister.", [A("UGA","KEN","Kenya's high commissioner was summoned")]),
  ("Thailand's foreign minister flew to Phnom Penh on Monday. Thailand's ambassador was summoned to the Cambodian foreign ministry over the border shooting.", [V("THA","KHM","flew to Phnom Penh"), A("KHM","THA","Thailand's ambassador was summoned")]),
  ("Iran's charge d'affaires was summoned by Germany's foreign ministry on Friday after the execution of a German national.", [A("DEU","IRN","Iran's charge d'affaires was summoned")]),
  ("Russia's ambassador to Moldova was summoned to Moscow for consultations on Monday.", []),
  ("During talks in Doha between Rwanda's foreign minister and his Congolese counterpart, both sides discussed the M23.", [C("RWA","COD","talks in Doha between","040")]),
  ("A meeting in Amman between Jordan's king and Iraq's prime minister focused on water.", [C("JOR","IRQ","A meeting in Amman between")]),
  ("Kenya's president had an audience with King Charles at Buckingham Palace on Tuesday.", [C("KEN","GBR","had an audience with")]),
  ("Colombia's president met Ecuador's president in Quito on Friday.", [C("COL","ECU","met Ecuador's president")]),
  # added after the mechanism, to reach the size rule (10 one-sentence items)
  ("Serbia's ambassador was summoned in Zagreb on Thursday after a border incident.", [A("HRV","SRB","Serbia's ambassador was summoned")]),
 ],
 ("1","fr"): [
  ("NOUAKCHOTT, 4 mai (AFP) - Le chargé d'affaires malien a été convoqué mardi au ministère des Affaires étrangères après la mort de six bergers.", [A("MRT","MLI","Le chargé d'affaires malien a été convoqué")]),
  ("L'ambassadeur de France a été convoqué lundi à Alger après les propos d'un ministre français.", [A("DZA","FRA","L'ambassadeur de France a été convoqué")]),
  ("Le ministre tchadien s'est rendu à Yaoundé lundi. L'ambassadeur du Nigeria a été convoqué mardi au ministère camerounais des Relations extérieures.", [V("TCD","CMR","s'est rendu à Yaoundé"), A("CMR","NGA","L'ambassadeur du Nigeria a été convoqué")]),
  ("L'ambassadeur du Rwanda a été convoqué par le ministère burundais des Affaires étrangères vendredi.", [A("BDI","RWA","L'ambassadeur du Rwanda a été convoqué par")]),
  ("L'ambassadeur du Mali en Algérie a été convoqué à Bamako pour consultations.", []),
  ("Le président sénégalais et son homologue gambien se sont entretenus lundi à Dakar de la sécurité frontalière.", [C("SEN","GMB","se sont entretenus")]),
  ("Le Premier ministre malien a été reçu en audience par le président algérien mardi à Alger.", [C("MLI","DZA","a été reçu en audience par")]),
  ("Lors d'un entretien avec le ministre nigérien des Affaires étrangères, le président tchadien a évoqué la situation au Soudan.", [C("TCD","NER","Lors d'un entretien avec","040")]),
  # added after the mechanism, to reach the size rule (10 one-sentence items)
  ("TUNIS, 3 mai (AFP) - L'ambassadeur de Libye a été convoqué jeudi après l'arrestation de pêcheurs tunisiens.", [A("TUN","LBY","L'ambassadeur de Libye a été convoqué")]),
  ("Le président togolais a été reçu en audience par le président béninois mercredi à Cotonou.", [C("TGO","BEN","a été reçu en audience par")]),
 ],
 ("2","en"): [
  ("DHAKA, June 2 - India's high commissioner was summoned on Sunday after a border killing.", [A("BGD","IND","India's high commissioner was summoned")]),
  ("Venezuela's ambassador was summoned in Bogota on Wednesday over the expulsions.", [A("COL","VEN","Venezuela's ambassador was summoned")]),
  ("China's ambassador was summoned by the Philippine foreign ministry after the water cannon incident.", [A("PHL","CHN","China's ambassador was summoned")]),
  ("Turkey's ambassador to Sweden was summoned to Ankara for consultations.", []),
  ("Talks in Nairobi between Somalia's president and Ethiopia's prime minister ended on Monday.", [C("SOM","ETH","Talks in Nairobi between","040")]),
  ("Peru's president held talks with Bolivia's president in La Paz on Thursday.", [C("PER","BOL","held talks with","040")]),
  # added after the mechanism, to reach the size rule (10 one-sentence items); never tuned on
  ("ISLAMABAD, June 3 - Afghanistan's charge d'affaires was summoned on Monday after cross-border shelling.", [A("PAK","AFG","Afghanistan's charge d'affaires was summoned")]),
  ("Armenia's ambassador was summoned in Baku on Tuesday after a shooting on the border.", [A("AZE","ARM","Armenia's ambassador was summoned")]),
  ("Egypt's ambassador to Sudan was summoned to Cairo for consultations.", []),
  ("Ghana's president had an audience with Pope Leo at the Vatican on Wednesday.", [C("GHA","VAT","had an audience with")]),
 ],
 ("2","fr"): [
  ("RABAT, 2 juin - L'ambassadeur d'Algérie a été convoqué dimanche après des déclarations jugées hostiles.", [A("MAR","DZA","L'ambassadeur d'Algérie a été convoqué")]),
  ("Le chargé d'affaires ivoirien a été convoqué mercredi à Ouagadougou.", [A("BFA","CIV","Le chargé d'affaires ivoirien a été convoqué")]),
  ("L'ambassadeur de Russie a été convoqué par le ministère moldave des Affaires étrangères lundi.", [A("MDA","RUS","L'ambassadeur de Russie a été convoqué par")]),
  ("L'ambassadeur du Niger au Bénin a été convoqué à Niamey pour consultations.", []),
  ("Le président gabonais a été reçu en audience par le président congolais à Brazzaville.", [C("GAB","COG","a été reçu en audience par")]),
  ("Le roi du Maroc et le président mauritanien se sont entretenus mardi à Rabat.", [C("MAR","MRT","se sont entretenus")]),
  # added after the mechanism, to reach the size rule (10 one-sentence items); never tuned on
  ("N'DJAMENA, 3 juin - L'ambassadeur du Soudan a été convoqué jeudi après le bombardement d'un camp de réfugiés.", [A("TCD","SDN","L'ambassadeur du Soudan a été convoqué")]),
  ("Le chargé d'affaires rwandais a été convoqué lundi à Kinshasa.", [A("COD","RWA","Le chargé d'affaires rwandais a été convoqué")]),
  ("L'ambassadeur de Guinée au Sénégal a été convoqué à Conakry pour consultations.", []),
  ("Le président togolais et son homologue ghanéen se sont entretenus vendredi à Lomé.", [C("TGO","GHA","se sont entretenus")]),
 ],
}
for (n,l), arts in sets.items():
    with open(HERE / f"meet24-{n}.{l}.jsonl","w") as f:
        for i,(text,events) in enumerate(arts,1):
            f.write(json.dumps({"article_id": f"meet24-{n}-{l}-{i}", "lang": l, "text": text, "published": "2025-06-05", "events": events}, ensure_ascii=False)+"\n")
