import json, sys
# (template, lang, type, mode, cameo, src_sector, tgt_sector)
EN = [
 ("{D1} President {M1} said he had held talks with {D2} President {M2}.", "CONSULT", None, "040", "GOV", "GOV"),
 ("{D1} Foreign Minister {F1} said she had met her {D2} counterpart on Monday.", "CONSULT", None, "040", "GOV", "GOV"),
 ("The {d1} prime minister said he had spoken by telephone with the {d2} president.", "CONSULT", "phone", "041", "GOV", "GOV"),
 ("{S1}, the {d1} president, said he had visited {C2} last week.", "CONSULT", "visit", "042", "GOV", None),
 ("{D1} President {M1} said on Monday that he had received the {d2} foreign minister.", "CONSULT", "visit", "043", "GOV", "GOV"),
 ("The {d1} defence minister, {F1}, said she had signed a security pact with {C2}.", "AGREE", None, "057", "GOV", None),
 ("{C1}'s government said they had recalled their ambassador from {C2}.", "SANCTION", "withdraw", "161", "GOV", None),
 ("{D1} Prime Minister {M1} told reporters he had criticised {C2} over the border closure.", "ACCUSE", "disapprove", "111", "GOV", None),
 ("The {d1} interior ministry said they had arrested three {d2} nationals.", "COERCE", "arrest", "173", "GOV", "CVL"),
 ("{D1} Foreign Minister {F1} said she had held talks with the {d2} ambassador.", "CONSULT", None, "040", "GOV", "GOV"),
 ("{M1}, the {d1} prime minister, said he had met {D2} President {M2} in {City}.", "CONSULT", None, "040", "GOV", "GOV"),
]
FR = [
 ("Le président {d1m} {M1} a indiqué qu'il avait reçu son homologue {d2m}.", "CONSULT", "visit", "043", "GOV", "GOV"),
 ("La ministre {d1f} des Affaires étrangères, {F1}, a déclaré qu'elle s'était entretenue avec son homologue {d2m}.", "CONSULT", None, "040", "GOV", "GOV"),
 ("Le Premier ministre {d1m} a affirmé qu'il s'était entretenu par téléphone avec le président {d2m}.", "CONSULT", "phone", "041", "GOV", "GOV"),
 ("{S1}, le président {d1m}, a déclaré qu'il s'était rendu en {C2f} la semaine dernière.", "CONSULT", "visit", "042", "GOV", None),
 ("Le président {d1m} {M1} a annoncé lundi qu'il avait rencontré le chef de la diplomatie {d2f}.", "CONSULT", None, "040", "GOV", "GOV"),
 ("La ministre {d1f} de la Défense, {F1}, a indiqué qu'elle avait signé un accord de sécurité avec {C2d}.", "AGREE", None, "057", "GOV", None),
 ("Les autorités {d1fp} ont annoncé qu'elles avaient rappelé leur ambassadeur en {C2f}.", "SANCTION", "withdraw", "161", "GOV", None),
 ("Le Premier ministre {d1m} {M1} a affirmé qu'il avait critiqué {C2d} pour la fermeture de la frontière.", "ACCUSE", "disapprove", "111", "GOV", None),
 ("Le gouvernement {d1m} a indiqué qu'il avait arrêté trois ressortissants {d2mp}.", "COERCE", "arrest", "173", "GOV", "CVL"),
 ("La ministre {d1f} des Affaires étrangères {F1} a expliqué qu'elle avait rencontré l'ambassadeur {d2m}.", "CONSULT", None, "040", "GOV", "GOV"),
 ("{M1}, le Premier ministre {d1m}, a dit qu'il avait rencontré le président {d2m} {M2} à {City}.", "CONSULT", None, "040", "GOV", "GOV"),
]
# country: code, D (Eng adj), C (Eng name), fr m, fr f, fr mp, fr fp, fr country with "en"/"avec" form, male name, female name, city
K = {
 "KEN": ("Kenyan","Kenya","kényan","kényane","kényans","kényanes","au Kenya","le Kenya","William Ruto","Beatrice Wanjiru","Nairobi"),
 "UGA": ("Ugandan","Uganda","ougandais","ougandaise","ougandais","ougandaises","en Ouganda","l'Ouganda","Yoweri Museveni","Jane Nabirye","Kampala"),
 "BRA": ("Brazilian","Brazil","brésilien","brésilienne","brésiliens","brésiliennes","au Brésil","le Brésil","Luiz Lula","Mauro Vieira","Brasilia"),
 "ARG": ("Argentine","Argentina","argentin","argentine","argentins","argentines","en Argentine","l'Argentine","Javier Milei","Diana Mondino","Buenos Aires"),
 "JPN": ("Japanese","Japan","japonais","japonaise","japonais","japonaises","au Japon","le Japon","Fumio Kishida","Yoko Kamikawa","Tokyo"),
 "KOR": ("South Korean","South Korea","sud-coréen","sud-coréenne","sud-coréens","sud-coréennes","en Corée du Sud","la Corée du Sud","Yoon Suk-yeol","Park Ji-won","Seoul"),
 "POL": ("Polish","Poland","polonais","polonaise","polonais","polonaises","en Pologne","la Pologne","Andrzej Duda","Anna Nowak","Warsaw"),
 "LTU": ("Lithuanian","Lithuania","lituanien","lituanienne","lituaniens","lituaniennes","en Lituanie","la Lituanie","Gitanas Nauseda","Ingrida Simonyte","Vilnius"),
 "SEN": ("Senegalese","Senegal","sénégalais","sénégalaise","sénégalais","sénégalaises","au Sénégal","le Sénégal","Bassirou Faye","Yassine Fall","Dakar"),
 "MLI": ("Malian","Mali","malien","malienne","maliens","maliennes","au Mali","le Mali","Assimi Goita","Fatou Diarra","Bamako"),
 "EGY": ("Egyptian","Egypt","égyptien","égyptienne","égyptiens","égyptiennes","en Égypte","l'Égypte","Abdel Fattah al-Sisi","Nabila Makram","Cairo"),
 "JOR": ("Jordanian","Jordan","jordanien","jordanienne","jordaniens","jordaniennes","en Jordanie","la Jordanie","Bisher al-Khasawneh","Rania Haddad","Amman"),
 "IND": ("Indian","India","indien","indienne","indiens","indiennes","en Inde","l'Inde","Narendra Modi","Nirmala Sitharaman","New Delhi"),
 "NPL": ("Nepali","Nepal","népalais","népalaise","népalais","népalaises","au Népal","le Népal","Pushpa Dahal","Arzu Deuba","Kathmandu"),
 "CAN": ("Canadian","Canada","canadien","canadienne","canadiens","canadiennes","au Canada","le Canada","Justin Trudeau","Mélanie Joly","Ottawa"),
 "MEX": ("Mexican","Mexico","mexicain","mexicaine","mexicains","mexicaines","au Mexique","le Mexique","Andrés López","Alicia Bárcena","Mexico City"),
 "TUR": ("Turkish","Turkey","turc","turque","turcs","turques","en Turquie","la Turquie","Recep Erdogan","Ayse Demir","Ankara"),
 "GRC": ("Greek","Greece","grec","grecque","grecs","grecques","en Grèce","la Grèce","Kyriakos Mitsotakis","Dora Bakoyannis","Athens"),
 "VNM": ("Vietnamese","Vietnam","vietnamien","vietnamienne","vietnamiens","vietnamiennes","au Vietnam","le Vietnam","Pham Minh Chinh","Nguyen Thi Ha","Hanoi"),
 "PHL": ("Philippine","the Philippines","philippin","philippine","philippins","philippines","aux Philippines","les Philippines","Ferdinand Marcos","Maria Santos","Manila"),
 "GHA": ("Ghanaian","Ghana","ghanéen","ghanéenne","ghanéens","ghanéennes","au Ghana","le Ghana","Nana Akufo-Addo","Shirley Botchwey","Accra"),
 "CIV": ("Ivorian","Ivory Coast","ivoirien","ivoirienne","ivoiriens","ivoiriennes","en Côte d'Ivoire","la Côte d'Ivoire","Alassane Ouattara","Kandia Camara","Abidjan"),
}
def fill(t, a, b, lang):
    A, B = K[a], K[b]
    sur = A[8].split()[-1]
    C2f = B[6].split(" ", 1)[1] if B[6].startswith("en ") else None
    d = dict(D1=A[0], d1=A[0], C1=A[1], D2=B[0], d2=B[0], C2=B[1], M1=A[8], M2=B[8], F1=A[9], S1=sur, City=B[10],
             d1m=A[2], d1f=A[3], d1fp=A[5], d2m=B[2], d2f=B[3], d2mp=B[4], C2d=B[7])
    if "{C2f}" in t:
        t = t.replace("en {C2f}", B[6])
    s = t.format(**d)
    return s[0].upper() + s[1:]
def main(name, pairs):
    for lang, tmpls in (("en", EN), ("fr", FR)):
        with open(f"tests/data/probes/{name}.{lang}.jsonl", "w") as f:
            n = 0
            for i, (a, b) in enumerate(pairs):
                for j in (0, 1):
                    k = (2 * i + j) % len(tmpls)
                    t, et, mode, cameo, ss, ts = tmpls[k]
                    if k == (2*i+j) - len(tmpls) and False: pass
                    x, y = (a, b) if j == 0 else (b, a)
                    text = fill(t, x, y, lang)
                    n += 1
                    ev = {"event_type": et, "mode": mode, "cameo": cameo, "source": {"name": None, "country": x, "sector": ss},
                          "target": {"name": None, "country": y, "sector": ts}, "date": None, "location": None,
                          "polarity": "positive", "modality": "actual", "evidence": text, "required": True}
                    f.write(json.dumps({"article_id": f"{name}-{lang}-{n:02d}", "lang": lang, "text": text, "published": "2025-06-11", "events": [ev]}, ensure_ascii=False) + "\n")
ks = list(K)
import itertools
p1 = [(ks[i], ks[i+1]) for i in range(0, 22, 2)]          # 11 pairs -> 22 items
p2 = [(ks[i], ks[(i+5) % 22]) for i in range(1, 22, 2)]    # different pairs, shifted template
main(sys.argv[1] + "-1", p1)
main(sys.argv[1] + "-2", p2)
