"""Writes targets24-1.{en,fr}.jsonl (tuned) and targets24-2.{en,fr}.jsonl (never tuned):
whole articles about a pair of countries in which (a) force is used with no party named at
a place of the sentence that is not in the pair's other country ("Boko Haram fighters
attacked an army post near Diffa" in a story on Niger and Chad: Niger's army, not Chad's),
(b) a fight ("clashed with gunmen in Cauca") whose unnamed side is of the place where
it is fought, not of the country the article is most about, and (c) a demand for the
release of a person the article says was arrested or sentenced, which is made to the one
who holds that person, not to the person (helper targets24)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party as actor, write_jsonl  # noqa: E402

PUB = "2026-03-10"


def ev(t, mode, cameo, src, tgt, evidence, modality="actual", date=None, loc=None):
    return gold_event(t, cameo, src, tgt, evidence, mode=mode, modality=modality, date=date, location=loc)


def art(aid, lang, text, events):
    return gold_article(aid, lang, f"Published: {PUB}\n\n{text}", PUB, events)


SETS = {
    ("1", "en"): [
        ("Iranian authorities arrested a French teacher in Tehran in May. France demanded the immediate release of the teacher on Tuesday.",
         [ev("COERCE", "arrest", "173", actor("IRN", "GOV"), actor("FRA", "EDU"), "arrested a French teacher in Tehran"),
          ev("REQUEST", "yield", "1053", actor("FRA", "GOV"), actor("IRN", "GOV"), "demanded the immediate release of the teacher")]),
        ("A court in Hanoi sentenced a French-Vietnamese blogger to seven years in prison on Monday. President Emmanuel Macron called for the release of the blogger.",
         [ev("SANCTION", "convict", "116", actor("VNM", "JUD"), actor("VNM", "JRN"), "sentenced a French-Vietnamese blogger to seven years in prison"),
          ev("REQUEST", "yield", "1053", actor("FRA", "GOV", "Emmanuel Macron"), actor("VNM", "GOV"), "called for the release of the blogger")]),
        ("Pakistan accused Afghanistan on Monday of sheltering militants. The authorities imposed a curfew in Quetta on Tuesday.",
         [ev("ACCUSE", "allege", "112", actor("PAK", "GOV"), actor("AFG", "GOV"), "Pakistan accused Afghanistan"),
          ev("COERCE", "curfew", "1723", actor("PAK", "GOV"), actor("PAK", "CVL"), "imposed a curfew in Quetta")]),
        ("Niger's foreign minister met his Chadian counterpart in N'Djamena on Monday to discuss border security. "
         "Boko Haram fighters attacked an army post near Diffa on Tuesday.",
         [ev("CONSULT", "visit", "042", actor("NER", "GOV"), actor("TCD", "GOV"), "met his Chadian counterpart in N'Djamena"),
          ev("ASSAULT", None, "190", actor("NER", "REB", "Boko Haram"), actor("NER", "MIL"), "attacked an army post near Diffa")]),
        ("Venezuela closed its border with Colombia on Monday, the Venezuelan interior minister said. Caracas accused Bogota of failing to stop smugglers. "
         "Colombian soldiers clashed with gunmen in the department of Cauca on Wednesday, the army said.",
         [ev("COERCE", "restrict", "191", actor("VEN", "GOV"), actor("COL", None), "closed its border with Colombia"),
          ev("ACCUSE", "allege", "112", actor("VEN", "GOV"), actor("COL", "GOV"), "Caracas accused Bogota"),
          ev("ASSAULT", None, "190", actor("COL", "MIL"), actor("COL", "REB"), "clashed with gunmen in the department of Cauca")]),
        ("Kenya and Somalia agreed on Monday to reopen their border crossing at Mandera. Kenyan police carried out raids in Mombasa on Thursday.",
         [ev("AGREE", None, "030", actor("KEN", "GOV"), actor("SOM", "GOV"), "agreed on Monday to reopen their border crossing"),
          ev("COERCE", "seize", "171", actor("KEN", "COP"), actor("KEN", "CVL"), "carried out raids in Mombasa")]),
        ("Bangladesh and Myanmar held talks in Dhaka on Monday on the return of refugees. Arakan Army fighters clashed with junta forces near Maungdaw on Tuesday.",
         [ev("CONSULT", None, "040", actor("BGD", "GOV"), actor("MMR", "GOV"), "held talks in Dhaka"),
          ev("ASSAULT", None, "190", actor("MMR", "REB", "Arakan Army"), actor("MMR", "MIL"), "clashed with junta forces near Maungdaw")]),
    ],
    ("1", "fr"): [
        ("Les autorités iraniennes ont arrêté en mai une enseignante française à Téhéran. La France a exigé mardi la libération immédiate de l'enseignante.",
         [ev("COERCE", "arrest", "173", actor("IRN", "GOV"), actor("FRA", "EDU"), "ont arrêté en mai une enseignante française"),
          ev("REQUEST", "yield", "1053", actor("FRA", "GOV"), actor("IRN", "GOV"), "a exigé mardi la libération immédiate de l'enseignante")]),
        ("Un tribunal de Tunis a condamné mardi le journaliste Mourad Zeghidi à un an de prison. Le Syndicat national des journalistes tunisiens a réclamé sa libération.",
         [ev("SANCTION", "convict", "116", actor("TUN", "JUD"), actor("TUN", "JRN", "Mourad Zeghidi"), "a condamné mardi le journaliste Mourad Zeghidi"),
          ev("REQUEST", "yield", "1053", actor("TUN", "LAB"), actor("TUN", "GOV"), "a réclamé sa libération")]),
        ("Un tribunal de Hanoï a condamné lundi un blogueur franco-vietnamien à sept ans de prison. Emmanuel Macron a plaidé pour la libération du blogueur.",
         [ev("SANCTION", "convict", "116", actor("VNM", "JUD"), actor("VNM", "JRN"), "a condamné lundi un blogueur franco-vietnamien"),
          ev("REQUEST", "yield", "1053", actor("FRA", "GOV", "Emmanuel Macron"), actor("VNM", "GOV"), "a plaidé pour la libération du blogueur")]),
        ("Le Pakistan a accusé lundi l'Afghanistan d'abriter des militants. Les autorités ont imposé mardi un couvre-feu à Quetta.",
         [ev("ACCUSE", "allege", "112", actor("PAK", "GOV"), actor("AFG", "GOV"), "Le Pakistan a accusé lundi l'Afghanistan"),
          ev("COERCE", "curfew", "1723", actor("PAK", "GOV"), actor("PAK", "CVL"), "ont imposé mardi un couvre-feu à Quetta")]),
        ("Le ministre nigérien des Affaires étrangères a rencontré lundi son homologue tchadien à N'Djamena. "
         "Des combattants de Boko Haram ont attaqué mardi un poste militaire près de Diffa.",
         [ev("CONSULT", "visit", "042", actor("NER", "GOV"), actor("TCD", "GOV"), "a rencontré lundi son homologue tchadien à N'Djamena"),
          ev("ASSAULT", None, "190", actor("NER", "REB", "Boko Haram"), actor("NER", "MIL"), "ont attaqué mardi un poste militaire près de Diffa")]),
        ("Le Rwanda et la République démocratique du Congo ont signé jeudi un accord de paix à Washington. "
         "Les rebelles ont attaqué vendredi des positions militaires près d'Uvira.",
         [ev("AGREE", None, "057", actor("RWA", "GOV"), actor("COD", "GOV"), "ont signé jeudi un accord de paix"),
          ev("ASSAULT", None, "190", actor("COD", "REB"), actor("COD", "MIL"), "ont attaqué vendredi des positions militaires près d'Uvira")]),
        ("Le Venezuela a fermé lundi sa frontière avec la Colombie. Caracas accuse Bogota de ne pas lutter contre la contrebande. "
         "Des soldats colombiens se sont affrontés mercredi à des hommes armés dans le département du Cauca.",
         [ev("COERCE", "restrict", "191", actor("VEN", "GOV"), actor("COL", None), "a fermé lundi sa frontière avec la Colombie"),
          ev("ACCUSE", "allege", "112", actor("VEN", "GOV"), actor("COL", "GOV"), "Caracas accuse Bogota"),
          ev("ASSAULT", None, "190", actor("COL", "MIL"), actor("COL", "REB"), "se sont affrontés mercredi à des hommes armés")]),
        ("Le Kenya et la Somalie ont convenu lundi de rouvrir leur poste-frontière de Mandera. La police kényane a mené jeudi des perquisitions à Mombasa.",
         [ev("AGREE", None, "030", actor("KEN", "GOV"), actor("SOM", "GOV"), "ont convenu lundi de rouvrir leur poste-frontière"),
          ev("COERCE", "seize", "171", actor("KEN", "COP"), actor("KEN", "CVL"), "a mené jeudi des perquisitions à Mombasa")]),
    ],
    ("2", "en"): [
        ("Russian security services detained an American journalist in Yekaterinburg in March. The United States demanded the release of the journalist on Friday.",
         [ev("COERCE", "arrest", "173", actor("RUS", "SPY"), actor("USA", "JRN"), "detained an American journalist in Yekaterinburg"),
          ev("REQUEST", "yield", "1053", actor("USA", "GOV"), actor("RUS", "GOV"), "demanded the release of the journalist")]),
        ("A court in Minsk sentenced a Belarusian human rights activist to ten years in prison on Monday. The European Union called for his release.",
         [ev("SANCTION", "convict", "116", actor("BLR", "JUD"), actor("BLR", "CVL"), "sentenced a Belarusian human rights activist to ten years in prison"),
          ev("REQUEST", "yield", "1053", actor("EUR", "IGO"), actor("BLR", "GOV"), "called for his release")]),
        ("Egyptian police arrested a British student in Cairo last week. London demanded the student's immediate release.",
         [ev("COERCE", "arrest", "173", actor("EGY", "COP"), actor("GBR", "EDU"), "arrested a British student in Cairo"),
          ev("REQUEST", "yield", "1053", actor("GBR", "GOV"), actor("EGY", "GOV"), "demanded the student's immediate release")]),
        ("Ethiopia accused Sudan on Monday of arming rebels. Ethiopian troops imposed a curfew in Gondar on Tuesday.",
         [ev("ACCUSE", "allege", "112", actor("ETH", "GOV"), actor("SDN", "GOV"), "Ethiopia accused Sudan"),
          ev("COERCE", "curfew", "1723", actor("ETH", "MIL"), actor("ETH", "CVL"), "imposed a curfew in Gondar")]),
        ("Mali's prime minister met Algeria's foreign minister in Algiers on Monday. Jihadists attacked a military camp near Tessalit on Wednesday.",
         [ev("CONSULT", "visit", "042", actor("MLI", "GOV"), actor("DZA", "GOV"), "met Algeria's foreign minister in Algiers"),
          ev("ASSAULT", None, "190", actor("MLI", "REB"), actor("MLI", "MIL"), "attacked a military camp near Tessalit")]),
        ("Thailand closed its border crossings with Cambodia on Monday. Bangkok accused Phnom Penh of laying new landmines. "
         "Cambodian soldiers clashed with smugglers near Poipet on Wednesday.",
         [ev("COERCE", "restrict", "191", actor("THA", "GOV"), actor("KHM", None), "closed its border crossings with Cambodia"),
          ev("ACCUSE", "allege", "112", actor("THA", "GOV"), actor("KHM", "GOV"), "Bangkok accused Phnom Penh"),
          ev("ASSAULT", None, "190", actor("KHM", "MIL"), actor("KHM", "CRM"), "clashed with smugglers near Poipet")]),
        ("Peru and Bolivia agreed on Monday to hold talks on Lake Titicaca. Peruvian police carried out raids in Puno on Tuesday.",
         [ev("AGREE", None, "036", actor("PER", "GOV"), actor("BOL", "GOV"), "agreed on Monday to hold talks", modality="intended"),
          ev("COERCE", "seize", "171", actor("PER", "COP"), actor("PER", "CVL"), "carried out raids in Puno")]),
        ("Sudan accused Chad on Monday of letting weapons cross its border. Rebel fighters stormed a police station in El Obeid on Thursday.",
         [ev("ACCUSE", "allege", "112", actor("SDN", "GOV"), actor("TCD", "GOV"), "Sudan accused Chad"),
          ev("ASSAULT", None, "190", actor("SDN", "REB"), actor("SDN", "COP"), "stormed a police station in El Obeid")]),
    ],
    ("2", "fr"): [
        ("Les services de sécurité russes ont arrêté en mars un journaliste américain à Iekaterinbourg. Les États-Unis ont exigé vendredi la libération du journaliste.",
         [ev("COERCE", "arrest", "173", actor("RUS", "SPY"), actor("USA", "JRN"), "ont arrêté en mars un journaliste américain"),
          ev("REQUEST", "yield", "1053", actor("USA", "GOV"), actor("RUS", "GOV"), "ont exigé vendredi la libération du journaliste")]),
        ("Un tribunal de Minsk a condamné lundi un militant biélorusse des droits humains à dix ans de prison. L'Union européenne a réclamé sa libération.",
         [ev("SANCTION", "convict", "116", actor("BLR", "JUD"), actor("BLR", "CVL"), "a condamné lundi un militant biélorusse"),
          ev("REQUEST", "yield", "1053", actor("EUR", "IGO"), actor("BLR", "GOV"), "a réclamé sa libération")]),
        ("La police égyptienne a arrêté la semaine dernière un étudiant britannique au Caire. Londres a exigé la libération immédiate de l'étudiant.",
         [ev("COERCE", "arrest", "173", actor("EGY", "COP"), actor("GBR", "EDU"), "a arrêté la semaine dernière un étudiant britannique"),
          ev("REQUEST", "yield", "1053", actor("GBR", "GOV"), actor("EGY", "GOV"), "a exigé la libération immédiate de l'étudiant")]),
        ("L'Éthiopie a accusé lundi le Soudan d'armer des rebelles. Les troupes éthiopiennes ont imposé mardi un couvre-feu à Gondar.",
         [ev("ACCUSE", "allege", "112", actor("ETH", "GOV"), actor("SDN", "GOV"), "L'Éthiopie a accusé lundi le Soudan"),
          ev("COERCE", "curfew", "1723", actor("ETH", "MIL"), actor("ETH", "CVL"), "ont imposé mardi un couvre-feu à Gondar")]),
        ("Le Premier ministre malien a rencontré lundi à Alger le ministre algérien des Affaires étrangères. "
         "Des jihadistes ont attaqué mercredi un camp militaire près de Tessalit.",
         [ev("CONSULT", "visit", "042", actor("MLI", "GOV"), actor("DZA", "GOV"), "a rencontré lundi à Alger le ministre algérien"),
          ev("ASSAULT", None, "190", actor("MLI", "REB"), actor("MLI", "MIL"), "ont attaqué mercredi un camp militaire près de Tessalit")]),
        ("La Thaïlande a fermé lundi ses postes-frontières avec le Cambodge. Bangkok accuse Phnom Penh de poser de nouvelles mines. "
         "Des soldats cambodgiens se sont affrontés mercredi à des contrebandiers près de Poipet.",
         [ev("COERCE", "restrict", "191", actor("THA", "GOV"), actor("KHM", None), "a fermé lundi ses postes-frontières avec le Cambodge"),
          ev("ACCUSE", "allege", "112", actor("THA", "GOV"), actor("KHM", "GOV"), "Bangkok accuse Phnom Penh"),
          ev("ASSAULT", None, "190", actor("KHM", "MIL"), actor("KHM", "CRM"), "se sont affrontés mercredi à des contrebandiers")]),
        ("Le Pérou et la Bolivie ont convenu lundi de tenir des pourparlers sur le lac Titicaca. La police péruvienne a mené mardi des perquisitions à Puno.",
         [ev("AGREE", None, "036", actor("PER", "GOV"), actor("BOL", "GOV"), "ont convenu lundi de tenir des pourparlers", modality="intended"),
          ev("COERCE", "seize", "171", actor("PER", "COP"), actor("PER", "CVL"), "a mené mardi des perquisitions à Puno")]),
        ("Le Soudan a accusé lundi le Tchad de laisser passer des armes. Des combattants rebelles ont pris d'assaut jeudi un commissariat à El Obeid.",
         [ev("ACCUSE", "allege", "112", actor("SDN", "GOV"), actor("TCD", "GOV"), "Le Soudan a accusé lundi le Tchad"),
          ev("ASSAULT", None, "190", actor("SDN", "REB"), actor("SDN", "COP"), "ont pris d'assaut jeudi un commissariat à El Obeid")]),
    ],
}

if __name__ == "__main__":
    here = Path(__file__).parent
    for (number, lang), items in SETS.items():
        write_jsonl(here / f"targets24-{number}.{lang}.jsonl",
                    (art(f"targets24-{number}-{lang}-{i:02d}", lang, text, events) for i, (text, events) in enumerate(items, 1)))
