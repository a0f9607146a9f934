"""second23 probes: a request named as the occasion of an act ('at the request of X', 'à la demande de X').
Gold convention of the tuning files (9 of 9 cases, both languages): the request is optional,
from the requester to the act's doer; the act itself is coded as usual."""
import json, sys
def actor(c, s="GOV"): return {"name": None, "country": c, "sector": s} if c else None
def ev(t, cameo, src, tgt, evidence, req=True, mod="actual", ssec="GOV", tsec="GOV"):
    return {"event_type": t, "mode": None, "cameo": cameo, "source": actor(src, ssec), "target": actor(tgt, tsec),
            "date": None, "location": None, "polarity": "positive", "modality": mod, "evidence": evidence, "required": req}
def item(name, lang, text, events): return {"article_id": f"second23-{name}", "lang": lang, "text": text, "published": "2026-05-12", "events": events}
R="REQUEST"
sets = {
"1.en": [
 item("1-en-a","en","Ghana released twelve Togolese fishermen on Monday at the request of the government in Lome.",
      [ev("RETREAT","0841","GHA","TGO","released twelve Togolese fishermen", tsec="CVL"), ev(R,"100","TGO","GHA","at the request of the government in Lome", req=False)]),
 item("1-en-b","en","The sanctions on Iran were reimposed on Saturday at the request of Britain, France and Germany.", []),
 item("1-en-c","en","The transfer of the prisoners was carried out at the request of the Colombian prosecutor's office.", []),
 item("1-en-d","en","President William Ruto ordered the deployment of 600 soldiers to Somalia at the request of the Somali president.",
      [ev("MOBILIZE","154","KEN",None,"ordered the deployment of 600 soldiers to Somalia"), ev(R,"100","SOM","KEN","at the request of the Somali president", req=False)]),
 item("1-en-e","en","The extradition of the former minister was approved last week at the request of the authorities in Lima.", []),
 item("1-en-f","en","Norway expelled two Russian diplomats on Tuesday at the request of its security service.",
      [ev("SANCTION","166","NOR","RUS","expelled two Russian diplomats")]),
 item("1-en-g","en","The border crossing with Guatemala was reopened on Friday at the request of Mexican truck drivers.", []),
 item("1-en-h","en","At the request of Chad, France withdrew its last troops from N'Djamena in January.",
      [ev("RETREAT","0872","FRA","TCD","France withdrew its last troops from N'Djamena", ssec="MIL"), ev(R,"100","TCD","FRA","At the request of Chad", req=False)]),
 item("1-en-i","en","The emergency session of the Security Council was convened at the request of Algeria.", []),
 item("1-en-j","en","Indonesia sent two naval vessels to Timor-Leste at the request of Prime Minister Xanana Gusmao.",
      [ev("AID","074","IDN","TLS","sent two naval vessels to Timor-Leste", ssec="MIL"), ev(R,"100","TLS","IDN","at the request of Prime Minister Xanana Gusmao", req=False)]),
],
"1.fr": [
 item("1-fr-a","fr","Le Ghana a libéré lundi douze pêcheurs togolais à la demande du gouvernement de Lomé.",
      [ev("RETREAT","0841","GHA","TGO","a libéré lundi douze pêcheurs togolais", tsec="CVL"), ev(R,"100","TGO","GHA","à la demande du gouvernement de Lomé", req=False)]),
 item("1-fr-b","fr","Les sanctions contre l'Iran ont été rétablies samedi à la demande du Royaume-Uni, de la France et de l'Allemagne.", []),
 item("1-fr-c","fr","Le transfert des détenus a été effectué à la demande du parquet colombien.", []),
 item("1-fr-d","fr","Le président William Ruto a ordonné le déploiement de 600 soldats en Somalie à la demande du président somalien.",
      [ev("MOBILIZE","154","KEN",None,"a ordonné le déploiement de 600 soldats en Somalie"), ev(R,"100","SOM","KEN","à la demande du président somalien", req=False)]),
 item("1-fr-e","fr","L'extradition de l'ancien ministre a été approuvée la semaine dernière à la demande des autorités de Lima.", []),
 item("1-fr-f","fr","La Norvège a expulsé mardi deux diplomates russes à la demande de ses services de sécurité.",
      [ev("SANCTION","166","NOR","RUS","a expulsé mardi deux diplomates russes")]),
 item("1-fr-g","fr","Le poste-frontière avec le Guatemala a été rouvert vendredi à la demande des camionneurs mexicains.", []),
 item("1-fr-h","fr","A la demande du Tchad, la France a retiré en janvier ses derniers soldats de N'Djamena.",
      [ev("RETREAT","0872","FRA","TCD","la France a retiré en janvier ses derniers soldats de N'Djamena", ssec="MIL"), ev(R,"100","TCD","FRA","A la demande du Tchad", req=False)]),
 item("1-fr-i","fr","La réunion d'urgence du Conseil de sécurité a été convoquée à la demande de l'Algérie.", []),
 item("1-fr-j","fr","L'Indonésie a envoyé deux navires de guerre au Timor oriental à la demande du Premier ministre Xanana Gusmao.",
      [ev("AID","074","IDN","TLS","a envoyé deux navires de guerre au Timor oriental", ssec="MIL"), ev(R,"100","TLS","IDN","à la demande du Premier ministre Xanana Gusmao", req=False)]),
],
"2.en": [
 item("2-en-a","en","The ban on the opposition newspaper was lifted at the request of the Zambian journalists' union.", []),
 item("2-en-b","en","Peru released three Bolivian soldiers on Sunday at the request of La Paz.",
      [ev("RETREAT","0841","PER","BOL","released three Bolivian soldiers", tsec="MIL"), ev(R,"100","BOL","PER","at the request of La Paz", req=False)]),
 item("2-en-c","en","The closure of the Rafah crossing was ordered at the request of the Egyptian intelligence service.", []),
 item("2-en-d","en","Rwanda sent troops to Mozambique's Cabo Delgado province at the request of President Filipe Nyusi.",
      [ev("AID","074","RWA","MOZ","sent troops to Mozambique's Cabo Delgado province", ssec="MIL"), ev(R,"100","MOZ","RWA","at the request of President Filipe Nyusi", req=False)]),
 item("2-en-e","en","The repatriation flights were organised at the request of the Sri Lankan embassy in Riyadh.", []),
 item("2-en-f","en","A meeting of the Arab League was called at the request of Jordan to discuss the crisis.", []),
],
"2.fr": [
 item("2-fr-a","fr","L'interdiction du journal d'opposition a été levée à la demande du syndicat des journalistes zambiens.", []),
 item("2-fr-b","fr","Le Pérou a libéré dimanche trois soldats boliviens à la demande de La Paz.",
      [ev("RETREAT","0841","PER","BOL","a libéré dimanche trois soldats boliviens", tsec="MIL"), ev(R,"100","BOL","PER","à la demande de La Paz", req=False)]),
 item("2-fr-c","fr","La fermeture du point de passage de Rafah a été décidée à la demande des services de renseignement égyptiens.", []),
 item("2-fr-d","fr","Le Rwanda a envoyé des troupes dans la province mozambicaine de Cabo Delgado à la demande du président Filipe Nyusi.",
      [ev("AID","074","RWA","MOZ","a envoyé des troupes dans la province mozambicaine de Cabo Delgado", ssec="MIL"), ev(R,"100","MOZ","RWA","à la demande du président Filipe Nyusi", req=False)]),
 item("2-fr-e","fr","Les vols de rapatriement ont été organisés à la demande de l'ambassade du Sri Lanka à Riyad.", []),
 item("2-fr-f","fr","Une réunion de la Ligue arabe a été convoquée à la demande de la Jordanie pour discuter de la crise.", []),
],
}
out = sys.argv[1] if len(sys.argv) > 1 else __import__("os").path.dirname(__file__)
for key, items in sets.items():
    n, lang = key.split(".")
    with open(f"{out}/second23-{n}.{lang}.jsonl", "w") as f:
        for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
