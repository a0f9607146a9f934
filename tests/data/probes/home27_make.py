"""Probe articles for home27: the story's own state named only indirectly (its capital, its
places, its dateline, its bare ministries, its first-level subdivisions, its inhabitants'
names), while a foreign state is named more often. Written by helper home27 (wave 27).
Set 1 is tuned on, set 2 never. Run: python3 home27_make.py (writes the four files)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event as ev, party as a, write_jsonl  # noqa: E402

HERE = Path(__file__).parent
PUB = "2026-05-12"


def art(head, dateline, body):
    return f"{head}\n\nPublished: {PUB}\n\n{dateline} — {body}"


SETS = {
    ("1", "fr"): [
        # a, b: Guinea named only by Conakry, Kindia and its bare bodies; Sierra Leone four times
        ("a-gin", art("Conakry accuse Freetown de laisser passer des trafiquants d'armes", "CONAKRY, 12 mai",
                      "Le ministère de la Sécurité a accusé mardi la Sierra Leone de laisser passer des trafiquants d'armes. "
                      "Selon le ministère, des armes venues de Sierra Leone ont été saisies à la frontière. "
                      "La police a interpellé lundi à Kindia douze ressortissants sierra-léonais. "
                      "Les autorités de la Sierra Leone n'ont pas réagi."),
         [ev("ACCUSE", "112", a("GIN", "GOV"), a("SLE", "GOV"), "a accusé mardi la Sierra Leone"),
          ev("COERCE", "173", a("GIN", "COP"), a("SLE", "CVL"), "La police a interpellé lundi à Kindia douze ressortissants sierra-léonais", mode="arrest")]),
        # b, c: French fishermen of the Finistère, Spain named more
        ("c-fra", art("Finistère : les pêcheurs bloquent le port de Brest contre les chalutiers espagnols", "BREST, 12 mai",
                      "Les pêcheurs du Finistère ont manifesté mardi à Brest contre les chalutiers espagnols. "
                      "Ils accusent l'Espagne de ne pas respecter les quotas. "
                      "Le gouvernement a appelé l'Espagne à contrôler sa flotte. "
                      "À Madrid, le gouvernement espagnol a rejeté ces accusations."),
         [ev("PROTEST", "141", a("FRA", "CVL"), None, "Les pêcheurs du Finistère ont manifesté mardi à Brest"),
          ev("ACCUSE", "112", a("FRA", "CVL"), a("ESP", "GOV"), "Ils accusent l'Espagne"),
          ev("REQUEST", "10", a("FRA", "GOV"), a("ESP", "GOV"), "Le gouvernement a appelé l'Espagne à contrôler sa flotte"),
          ev("REJECT", "120", a("ESP", "GOV"), a("FRA", "CVL"), "le gouvernement espagnol a rejeté ces accusations")]),
        # b: Kenya named by Nairobi only, Uganda named more
        ("b-ken", art("Nairobi expulse trois journalistes ougandais", "NAIROBI, 12 mai",
                      "Le ministère de l'Intérieur a expulsé lundi trois journalistes ougandais. "
                      "L'Ouganda a dénoncé une décision arbitraire. "
                      "Kampala a convoqué l'ambassadeur kényan. "
                      "La police a arrêté mardi à Mombasa deux militants de l'opposition."),
         [ev("COERCE", "174", a("KEN", "GOV"), a("UGA", "JRN"), "Le ministère de l'Intérieur a expulsé lundi trois journalistes ougandais"),
          ev("ACCUSE", "111", a("UGA", "GOV"), a("KEN", "GOV"), "L'Ouganda a dénoncé une décision arbitraire"),
          ev("ACCUSE", "111", a("UGA", "GOV"), a("KEN", "GOV"), "Kampala a convoqué l'ambassadeur kényan"),
          ev("COERCE", "173", a("KEN", "COP"), a("KEN", "OPP"), "La police a arrêté mardi à Mombasa deux militants", mode="arrest")]),
        # d: the Kinois for the DRC, Rwanda named more
        ("d-cod", art("Kinshasa : les Kinois manifestent devant l'ambassade du Rwanda", "KINSHASA, 12 mai",
                      "Des centaines de Kinois ont manifesté mardi devant l'ambassade du Rwanda. "
                      "Ils accusent le Rwanda de soutenir les rebelles du M23. "
                      "Le gouvernement a appelé le Rwanda à retirer ses troupes. "
                      "Kigali a rejeté ces accusations."),
         [ev("PROTEST", "141", a("COD", "CVL"), None, "Des centaines de Kinois ont manifesté mardi"),
          ev("REJECT", "120", a("RWA", "GOV"), a("COD", None), "Kigali a rejeté ces accusations"),
          ev("ACCUSE", "112", a("COD", "CVL"), a("RWA", "GOV"), "Ils accusent le Rwanda de soutenir les rebelles"),
          ev("REQUEST", "10", a("COD", "GOV"), a("RWA", "GOV"), "Le gouvernement a appelé le Rwanda à retirer ses troupes")]),
        # c: a Nigerian state's governor in a story naming Cameroon more
        ("c-nga", art("Borno : le gouverneur accuse des bandes venues du Cameroun", "MAIDUGURI, 12 mai",
                      "Le gouverneur de l'État de Borno a accusé mardi des bandes armées venues du Cameroun d'avoir attaqué trois villages. "
                      "Selon lui, les assaillants se sont repliés au Cameroun. "
                      "L'armée a arrêté lundi dix suspects camerounais. "
                      "Yaoundé n'a pas commenté."),
         [ev("ACCUSE", "112", a("NGA", "GOV"), a("CMR", None), "a accusé mardi des bandes armées venues du Cameroun"),
          ev("COERCE", "173", a("NGA", "MIL"), a("CMR", "CVL"), "L'armée a arrêté lundi dix suspects camerounais", mode="arrest")]),
        # c, d: Québec and Ontario producers, the United States named more
        ("c-can", art("Les producteurs de l'Ontario manifestent contre les droits de douane américains", "TORONTO, 12 mai",
                      "Des producteurs de l'Ontario ont manifesté mardi à Toronto contre les droits de douane imposés par les États-Unis. "
                      "Le premier ministre de l'Ontario a accusé Washington de trahir un allié. "
                      "Les Québécois ont eux aussi critiqué les États-Unis. "
                      "La Maison-Blanche a défendu ces mesures."),
         [ev("PROTEST", "141", a("CAN", "CVL"), None, "Des producteurs de l'Ontario ont manifesté mardi"),
          ev("ACCUSE", "112", a("CAN", "GOV"), a("USA", "GOV"), "a accusé Washington de trahir un allié"),
          ev("ACCUSE", "111", a("CAN", "CVL"), a("USA", "GOV"), "Les Québécois ont eux aussi critiqué les États-Unis")]),
        # d, c: Bavarians; Austria named more
        ("d-deu", art("Les Bavarois dénoncent les contrôles autrichiens à la frontière", "MUNICH, 12 mai",
                      "Les Bavarois ont dénoncé mardi les contrôles imposés par l'Autriche à la frontière. "
                      "Le ministre-président de Bavière a appelé l'Autriche à lever ces contrôles. "
                      "La police a arrêté lundi en Bavière cinq passeurs autrichiens. "
                      "Vienne défend des contrôles nécessaires."),
         [ev("ACCUSE", "111", a("DEU", "CVL"), a("AUT", "GOV"), "Les Bavarois ont dénoncé mardi les contrôles"),
          ev("REQUEST", "10", a("DEU", "GOV"), a("AUT", "GOV"), "a appelé l'Autriche à lever ces contrôles"),
          ev("COERCE", "173", a("DEU", "COP"), a("AUT", "CVL"), "La police a arrêté lundi en Bavière cinq passeurs autrichiens", mode="arrest")]),
        # a, b: Senegal named by Dakar, its ministry; Mauritania named more; the Dakarois
        ("a-sen", art("Dakar dénonce l'arraisonnement de pirogues par la Mauritanie", "DAKAR, 12 mai",
                      "Le ministère des Pêches a condamné mardi l'arraisonnement de six pirogues par la Mauritanie. "
                      "Selon Dakar, les pêcheurs se trouvaient hors des eaux de la Mauritanie. "
                      "Des Dakarois ont manifesté devant l'ambassade de Mauritanie. "
                      "Nouakchott affirme que la Mauritanie a respecté le droit."),
         [ev("ACCUSE", "111", a("SEN", "GOV"), a("MRT", None), "Le ministère des Pêches a condamné mardi l'arraisonnement"),
          ev("PROTEST", "141", a("SEN", "CVL"), None, "Des Dakarois ont manifesté devant l'ambassade de Mauritanie")]),
    ],
    ("2", "fr"): [
        ("a-mli", art("Bamako accuse Alger d'ingérence", "BAMAKO, 12 mai",
                      "Le ministère des Affaires étrangères a accusé mardi l'Algérie d'ingérence dans les affaires intérieures. "
                      "Selon le ministère, l'Algérie héberge des chefs rebelles. "
                      "L'armée a arrêté lundi près de Kidal trois trafiquants algériens. "
                      "L'Algérie a rejeté ces accusations."),
         [ev("ACCUSE", "112", a("MLI", "GOV"), a("DZA", "GOV"), "a accusé mardi l'Algérie d'ingérence"),
          ev("COERCE", "173", a("MLI", "MIL"), a("DZA", "CVL"), "L'armée a arrêté lundi près de Kidal trois trafiquants algériens", mode="arrest"),
          ev("REJECT", "120", a("DZA", "GOV"), a("MLI", "GOV"), "L'Algérie a rejeté ces accusations")]),
        ("b-tun", art("Tunis : la garde nationale intercepte des migrants partis de Libye", "SFAX, 12 mai",
                      "La garde nationale a intercepté mardi au large de Sfax 80 migrants partis de Libye. "
                      "Le gouvernement a appelé la Libye à renforcer le contrôle de ses côtes. "
                      "Des habitants de Sfax ont manifesté contre la présence des migrants. "
                      "Tripoli n'a pas réagi."),
         [ev("REQUEST", "10", a("TUN", "GOV"), a("LBY", "GOV"), "Le gouvernement a appelé la Libye à renforcer"),
          ev("PROTEST", "141", a("TUN", "CVL"), None, "Des habitants de Sfax ont manifesté")]),
        ("d-civ", art("Abidjan : les Abidjanais manifestent contre la vie chère", "ABIDJAN, 12 mai",
                      "Des milliers d'Abidjanais ont manifesté mardi contre la hausse des prix. "
                      "La police a arrêté une trentaine de manifestants à Yopougon. "
                      "Le ministère du Commerce accuse le Burkina Faso de bloquer les exportations de bétail vers la Côte d'Ivoire. "
                      "Ouagadougou a démenti."),
         [ev("PROTEST", "141", a("CIV", "CVL"), None, "Des milliers d'Abidjanais ont manifesté mardi"),
          ev("COERCE", "173", a("CIV", "COP"), a("CIV", "CVL"), "La police a arrêté une trentaine de manifestants", mode="arrest"),
          ev("ACCUSE", "112", a("CIV", "GOV"), a("BFA", "GOV"), "Le ministère du Commerce accuse le Burkina Faso")]),
        ("c-ind", art("Les agriculteurs du Pendjab manifestent contre l'accord sur l'eau avec le Pakistan", "CHANDIGARH, 12 mai",
                      "Les agriculteurs du Pendjab ont manifesté mardi contre le partage des eaux avec le Pakistan. "
                      "Le ministre en chef du Pendjab a appelé New Delhi à suspendre le traité avec le Pakistan. "
                      "Islamabad a accusé l'Inde de violer le traité. "
                      "Le Pakistan menace de saisir la justice internationale."),
         [ev("PROTEST", "141", a("IND", "CVL"), None, "Les agriculteurs du Pendjab ont manifesté mardi"),
          ev("REQUEST", "10", a("IND", "GOV"), a("IND", "GOV"), "a appelé New Delhi à suspendre le traité"),
          ev("ACCUSE", "112", a("PAK", "GOV"), a("IND", "GOV"), "Islamabad a accusé l'Inde de violer le traité")]),
        ("c-esp", art("Catalogne : les Catalans dénoncent les contrôles français à la frontière", "BARCELONE, 12 mai",
                      "Des transporteurs de Catalogne ont manifesté mardi au Perthus contre les contrôles de la France. "
                      "Les Catalans accusent la France de bloquer le trafic. "
                      "Le gouvernement a demandé à la France de lever les contrôles. "
                      "Paris défend des mesures de sécurité."),
         [ev("PROTEST", "141", a("ESP", "BUS"), None, "Des transporteurs de Catalogne ont manifesté mardi"),
          ev("ACCUSE", "112", a("ESP", "CVL"), a("FRA", "GOV"), "Les Catalans accusent la France"),
          ev("REQUEST", "10", a("ESP", "GOV"), a("FRA", "GOV"), "Le gouvernement a demandé à la France de lever les contrôles")]),
        ("c-ita", art("Sicile : la garde côtière secourt des migrants partis de Tunisie", "PALERME, 12 mai",
                      "Les garde-côtes ont arrêté lundi au large de la Sicile deux passeurs tunisiens. "
                      "Le président de la région Sicile a accusé la Tunisie de laisser partir les bateaux. "
                      "Des Siciliens ont manifesté à Lampedusa. "
                      "La Tunisie affirme lutter contre les passeurs."),
         [ev("COERCE", "173", a("ITA", "COP"), a("TUN", "CVL"), "Les garde-côtes ont arrêté lundi au large de la Sicile deux passeurs tunisiens", mode="arrest"),
          ev("ACCUSE", "112", a("ITA", "GOV"), a("TUN", "GOV"), "a accusé la Tunisie de laisser partir les bateaux"),
          ev("PROTEST", "141", a("ITA", "CVL"), None, "Des Siciliens ont manifesté à Lampedusa")]),
        ("d-fra", art("Marseille : les Marseillais manifestent contre l'expulsion d'un imam vers l'Algérie", "MARSEILLE, 12 mai",
                      "Des centaines de Marseillais ont manifesté mardi contre l'expulsion d'un imam vers l'Algérie. "
                      "Le ministère de l'Intérieur a expulsé l'imam lundi. "
                      "L'Algérie a condamné une décision hostile. "
                      "Alger a convoqué le chargé d'affaires."),
         [ev("PROTEST", "141", a("FRA", "CVL"), None, "Des centaines de Marseillais ont manifesté mardi"),
          ev("COERCE", "174", a("FRA", "GOV"), a(None, "REL"), "Le ministère de l'Intérieur a expulsé l'imam lundi"),
          ev("ACCUSE", "111", a("DZA", "GOV"), a("FRA", "GOV"), "L'Algérie a condamné une décision hostile")]),
        ("a-hti", art("Port-au-Prince dénonce des expulsions massives", "PORT-AU-PRINCE, 12 mai",
                      "Le gouvernement a condamné mardi les expulsions massives d'Haïtiens par la République dominicaine. "
                      "Selon le ministère des Affaires étrangères, la République dominicaine a expulsé 10 000 personnes en une semaine. "
                      "La police a arrêté lundi à Port-au-Prince trois chefs de gang. "
                      "Saint-Domingue défend sa politique migratoire."),
         [ev("ACCUSE", "111", a("HTI", "GOV"), a("DOM", "GOV"), "Le gouvernement a condamné mardi les expulsions massives"),
          ev("COERCE", "174", a("DOM", "GOV"), a("HTI", "CVL"), "la République dominicaine a expulsé 10 000 personnes"),
          ev("COERCE", "173", a("HTI", "COP"), a("HTI", "CVL"), "La police a arrêté lundi à Port-au-Prince trois chefs de gang", mode="arrest")]),
    ],
    ("1", "en"): [
        ("a-ind", art("Delhi accuses Islamabad of sheltering militants", "NEW DELHI, May 12",
                      "The Home Ministry accused Pakistan on Tuesday of sheltering militants who attacked a convoy in Kashmir. "
                      "The ministry said the attackers had crossed from Pakistan. "
                      "Police arrested three Pakistani nationals in Amritsar on Monday. "
                      "Pakistan denied any role."),
         [ev("ACCUSE", "112", a("IND", "GOV"), a("PAK", "GOV"), "The Home Ministry accused Pakistan"),
          ev("COERCE", "173", a("IND", "COP"), a("PAK", "CVL"), "Police arrested three Pakistani nationals", mode="arrest")]),
        ("c-nga", art("Kano governor accuses Niger of letting bandits cross", "KANO, May 12",
                      "The Kano State governor accused Niger on Tuesday of letting armed bandits cross the border. "
                      "He said the bandits had fled back to Niger. "
                      "The army arrested six Nigerien suspects near the border on Monday. "
                      "Niamey did not comment."),
         [ev("ACCUSE", "112", a("NGA", "GOV"), a("NER", "GOV"), "The Kano State governor accused Niger"),
          ev("COERCE", "173", a("NGA", "MIL"), a("NER", "CVL"), "The army arrested six Nigerien suspects", mode="arrest")]),
        ("c-usa", art("Texas farmers protest Mexican water shortfall", "AUSTIN, May 12",
                      "Farmers in Texas protested on Tuesday against Mexico's failure to deliver water under a 1944 treaty. "
                      "The Texas governor urged Mexico to honour the treaty. "
                      "The State Department called on Mexico to deliver the water. "
                      "Mexico said drought made deliveries impossible."),
         [ev("PROTEST", "141", a("USA", "CVL"), None, "Farmers in Texas protested on Tuesday"),
          ev("REQUEST", "10", a("USA", "GOV"), a("MEX", "GOV"), "The Texas governor urged Mexico to honour the treaty"),
          ev("REQUEST", "10", a("USA", "GOV"), a("MEX", "GOV"), "The State Department called on Mexico")]),
        ("b-phl", art("Manila protests Chinese water cannon attack", "MANILA, May 12",
                      "The Foreign Ministry condemned on Tuesday China's use of water cannon against a supply boat. "
                      "The coast guard accused China of dangerous manoeuvres near Second Thomas Shoal. "
                      "China said the boat had entered Chinese waters. "
                      "Beijing urged Manila to stop provocations."),
         [ev("ACCUSE", "111", a("PHL", "GOV"), a("CHN", "GOV"), "The Foreign Ministry condemned on Tuesday"),
          ev("ACCUSE", "112", a("PHL", "COP"), a("CHN", "GOV"), "The coast guard accused China"),
          ev("REQUEST", "10", a("CHN", "GOV"), a("PHL", "GOV"), "Beijing urged Manila to stop provocations")]),
        ("d-ken", art("Nairobians protest against Ugandan border closure", "NAIROBI, May 12",
                      "Hundreds of Nairobians protested on Tuesday against Uganda's closure of the Busia crossing. "
                      "The Interior Ministry called on Uganda to reopen the border. "
                      "Uganda said the closure was temporary. "
                      "Police arrested 12 protesters in Nairobi."),
         [ev("PROTEST", "141", a("KEN", "CVL"), None, "Hundreds of Nairobians protested on Tuesday"),
          ev("REQUEST", "10", a("KEN", "GOV"), a("UGA", "GOV"), "The Interior Ministry called on Uganda to reopen the border"),
          ev("COERCE", "173", a("KEN", "COP"), a("KEN", "CVL"), "Police arrested 12 protesters", mode="arrest")]),
        ("d-deu", art("Bavarians rally against Austrian transit limits", "MUNICH, May 12",
                      "Thousands of Bavarians rallied on Tuesday against Austria's limits on lorry transit through the Tyrol. "
                      "The Bavarian premier accused Austria of breaking EU rules. "
                      "The Transport Ministry urged Austria to lift the limits. "
                      "Vienna rejected the criticism."),
         [ev("PROTEST", "141", a("DEU", "CVL"), None, "Thousands of Bavarians rallied on Tuesday"),
          ev("ACCUSE", "112", a("DEU", "GOV"), a("AUT", "GOV"), "The Bavarian premier accused Austria"),
          ev("REQUEST", "10", a("DEU", "GOV"), a("AUT", "GOV"), "The Transport Ministry urged Austria to lift the limits"),
          ev("REJECT", "120", a("AUT", "GOV"), a("DEU", "GOV"), "Vienna rejected the criticism")]),
        ("a-bra", art("Brasília condemns Venezuelan troop build-up", "BRASILIA, May 12",
                      "The Foreign Ministry condemned on Tuesday Venezuela's troop build-up near the border with Guyana. "
                      "The ministry urged Venezuela to respect Guyana's sovereignty. "
                      "The army deployed armoured vehicles to Roraima. "
                      "Caracas accused Brasília of meddling."),
         [ev("ACCUSE", "111", a("BRA", "GOV"), a("VEN", "GOV"), "The Foreign Ministry condemned on Tuesday"),
          ev("REQUEST", "10", a("BRA", "GOV"), a("VEN", "GOV"), "The ministry urged Venezuela to respect"),
          ev("ACCUSE", "112", a("VEN", "GOV"), a("BRA", "GOV"), "Caracas accused Brasília of meddling")]),
        ("b-pak", art("Islamabad summons Afghan envoy over border attack", "ISLAMABAD, May 12",
                      "The Foreign Office accused Afghanistan on Tuesday of harbouring militants who killed seven soldiers. "
                      "Security forces arrested four Afghan nationals in Peshawar. "
                      "Afghanistan's Taliban government denied the charge. "
                      "Kabul called on Islamabad to show restraint."),
         [ev("ACCUSE", "112", a("PAK", "GOV"), a("AFG", "GOV"), "The Foreign Office accused Afghanistan"),
          ev("COERCE", "173", a("PAK", None), a("AFG", "CVL"), "Security forces arrested four Afghan nationals", mode="arrest"),
          ev("REJECT", "120", a("AFG", "GOV"), a("PAK", "GOV"), "Afghanistan's Taliban government denied the charge"),
          ev("REQUEST", "10", a("AFG", "GOV"), a("PAK", "GOV"), "Kabul called on Islamabad to show restraint")]),
    ],
    ("2", "en"): [
        ("a-bgd", art("Dhaka accuses Myanmar of pushing Rohingya across border", "DHAKA, May 12",
                      "The Foreign Ministry accused Myanmar on Tuesday of pushing thousands of Rohingya across the border. "
                      "The ministry urged Myanmar to take back its citizens. "
                      "Border guards detained 40 Myanmar nationals in Cox's Bazar. "
                      "Myanmar's junta rejected the accusation."),
         [ev("ACCUSE", "112", a("BGD", "GOV"), a("MMR", "GOV"), "The Foreign Ministry accused Myanmar"),
          ev("REQUEST", "10", a("BGD", "GOV"), a("MMR", "GOV"), "The ministry urged Myanmar"),
          ev("COERCE", "173", a("BGD", None), a("MMR", "CVL"), "Border guards detained 40 Myanmar nationals", mode="arrest"),
          ev("REJECT", "120", a("MMR", "GOV"), a("BGD", "GOV"), "Myanmar's junta rejected the accusation")]),
        ("c-zaf", art("Gauteng residents march against Zimbabwean migrants", "JOHANNESBURG, May 12",
                      "Residents of Gauteng marched on Tuesday against undocumented migrants from Zimbabwe. "
                      "Police arrested 30 Zimbabwean nationals in Johannesburg. "
                      "Zimbabwe condemned the arrests. "
                      "Harare urged Pretoria to protect its citizens."),
         [ev("PROTEST", "141", a("ZAF", "CVL"), None, "Residents of Gauteng marched on Tuesday"),
          ev("COERCE", "173", a("ZAF", "COP"), a("ZWE", "CVL"), "Police arrested 30 Zimbabwean nationals", mode="arrest"),
          ev("ACCUSE", "111", a("ZWE", "GOV"), a("ZAF", "COP"), "Zimbabwe condemned the arrests"),
          ev("REQUEST", "10", a("ZWE", "GOV"), a("ZAF", "GOV"), "Harare urged Pretoria to protect its citizens")]),
        ("c-can", art("Ontario premier slams US tariffs", "TORONTO, May 12",
                      "The premier of Ontario accused the United States on Tuesday of betraying an ally with new tariffs. "
                      "Steelworkers in Ontario protested in Hamilton. "
                      "Albertans also criticised the United States. "
                      "The White House defended the tariffs."),
         [ev("ACCUSE", "112", a("CAN", "GOV"), a("USA", "GOV"), "The premier of Ontario accused the United States"),
          ev("PROTEST", "141", a("CAN", "LAB"), None, "Steelworkers in Ontario protested in Hamilton"),
          ev("ACCUSE", "111", a("CAN", "CVL"), a("USA", "GOV"), "Albertans also criticised the United States")]),
        ("b-idn", art("Jakarta protests Malaysian arrest of fishermen", "JAKARTA, May 12",
                      "The Foreign Ministry protested on Tuesday the arrest of 14 Indonesian fishermen by Malaysia. "
                      "The ministry called on Malaysia to release the fishermen. "
                      "The navy seized two Malaysian trawlers off Natuna. "
                      "Kuala Lumpur said the fishermen were in Malaysian waters."),
         [ev("ACCUSE", "111", a("IDN", "GOV"), a("MYS", "GOV"), "The Foreign Ministry protested on Tuesday"),
          ev("REQUEST", "10", a("IDN", "GOV"), a("MYS", "GOV"), "The ministry called on Malaysia to release the fishermen"),
          ev("COERCE", "17", a("IDN", "MIL"), a("MYS", "BUS"), "The navy seized two Malaysian trawlers")]),
        ("d-nga", art("Lagosians protest over Ghana shop closures", "LAGOS, May 12",
                      "Hundreds of Lagosians protested on Tuesday against the closure of Nigerian shops in Ghana. "
                      "The Foreign Ministry urged Ghana to reopen the shops. "
                      "Ghana said the traders broke its laws. "
                      "Accra rejected the criticism."),
         [ev("PROTEST", "141", a("NGA", "CVL"), None, "Hundreds of Lagosians protested on Tuesday"),
          ev("REQUEST", "10", a("NGA", "GOV"), a("GHA", "GOV"), "The Foreign Ministry urged Ghana to reopen the shops"),
          ev("REJECT", "120", a("GHA", "GOV"), a("NGA", "GOV"), "Accra rejected the criticism")]),
        ("c-esp", art("Andalusian farmers block roads over Moroccan tomatoes", "SEVILLE, May 12",
                      "Farmers in Andalusia blocked roads on Tuesday to protest against imports of tomatoes from Morocco. "
                      "The Agriculture Ministry urged the EU to check Moroccan imports. "
                      "Morocco said its exports met EU rules. "
                      "Rabat accused Spanish farmers of vandalism."),
         [ev("PROTEST", "141", a("ESP", "CVL"), None, "Farmers in Andalusia blocked roads on Tuesday"),
          ev("REQUEST", "10", a("ESP", "GOV"), a("EUR", "IGO"), "The Agriculture Ministry urged the EU"),
          ev("ACCUSE", "112", a("MAR", "GOV"), a("ESP", "CVL"), "Rabat accused Spanish farmers of vandalism")]),
        ("a-col", art("Bogotá accuses Caracas of sheltering ELN rebels", "BOGOTA, May 12",
                      "The Defence Ministry accused Venezuela on Tuesday of sheltering ELN rebels. "
                      "The army arrested five Venezuelan nationals in Cúcuta. "
                      "Venezuela denied the accusation. "
                      "Caracas urged Bogotá to stop its campaign."),
         [ev("ACCUSE", "112", a("COL", "MIL"), a("VEN", "GOV"), "The Defence Ministry accused Venezuela"),
          ev("COERCE", "173", a("COL", "MIL"), a("VEN", "CVL"), "The army arrested five Venezuelan nationals", mode="arrest"),
          ev("REJECT", "120", a("VEN", "GOV"), a("COL", None), "Venezuela denied the accusation"),
          ev("REQUEST", "10", a("VEN", "GOV"), a("COL", "GOV"), "Caracas urged Bogotá to stop its campaign")]),
        ("b-eth", art("Addis Ababa rejects Egyptian threats over dam", "ADDIS ABABA, May 12",
                      "The Foreign Ministry rejected on Tuesday Egypt's threats over the Grand Ethiopian Renaissance Dam. "
                      "The ministry accused Egypt of seeking to destabilise the region. "
                      "Police arrested two Egyptian nationals in Addis Ababa. "
                      "Cairo urged Addis Ababa to negotiate."),
         [ev("REJECT", "120", a("ETH", "GOV"), a("EGY", "GOV"), "The Foreign Ministry rejected on Tuesday Egypt's threats"),
          ev("ACCUSE", "112", a("ETH", "GOV"), a("EGY", "GOV"), "The ministry accused Egypt"),
          ev("COERCE", "173", a("ETH", "COP"), a("EGY", "CVL"), "Police arrested two Egyptian nationals", mode="arrest"),
          ev("REQUEST", "10", a("EGY", "GOV"), a("ETH", "GOV"), "Cairo urged Addis Ababa to negotiate")]),
    ],
}

for (n, lang), items in SETS.items():
    for key, text, events in items:
        for e in events:
            assert e["evidence"] in text, (key, e["evidence"])
    write_jsonl(HERE / f"home27-{n}.{lang}.jsonl",
                (gold_article(f"home27-{n}-{lang}-{key}", lang, text, PUB, events) for key, text, events in items))
