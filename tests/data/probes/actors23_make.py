"""Writes tests/data/probes/actors23-{1,2}.{en,fr}.jsonl (helper actors23): an actor-kind matrix.

One short item per (country, kind): a simple event sentence whose trigger the coder knows
(condemned, accused ... of, called on ... to, signed an agreement with, attacked, arrested,
deported), so that a miss is the actor's. The id ends with the kind's letter:
H head of state by title only, G head of government by title, F foreign ministry (its own
name where it has one: Itamaraty, the Quai d'Orsay, the State Department), D defence
ministry (the Pentagon), I interior ministry (the Home Office), A the army by its name,
P the police, L the parliament by its name (the Knesset, the Sejm), O the main opposition
party by name (mid-2025), R a named rebel or armed group, C a seat of power or capital
standing for the state (the Kremlin, Downing Street), N demonym plural people as patients
("deported 300 Haitians", "expelled hundreds of Afghan refugees"), B a national company,
W a domestic NGO. Each row's Y is another country, the other party.
Run from the repository root: python3 tests/data/probes/actors23_make.py
"""
import json

# code: (en name, en possessive, fr name with article, en adj, fr adj m, fr adj f, en demonym pl, fr demonym pl, Y, extras)
# extras keys: H/G/F/D/I/A/P/L/O/R/C/B/W -> (en, fr); R also needs town 'rt'; H title override 'ht'
C = {}
def c(code, en, fr, adj, am, af, dem, fdem, y, **kw):
    C[code] = dict(en=en, fr=fr, adj=adj, am=am, af=af, dem=dem, fdem=fdem, y=y, kw=kw)

# ---- matrix 1 (tuned on)
c("KEN", "Kenya", "le Kenya", "Kenyan", "kényan", "kényane", "Kenyans", "Kényans", "UGA",
  A=("The Kenya Defence Forces", "Les Forces de défense kényanes"), P=("The National Police Service of Kenya", "La police kényane"),
  L=("The National Assembly of Kenya", "L'Assemblée nationale kényane"), C=("State House Nairobi", "Nairobi"),
  B=("Kenya Airways", "Kenya Airways"), W=("The Kenya Human Rights Commission", "La Commission kényane des droits de l'homme"),
  G=None)
c("UGA", "Uganda", "l'Ouganda", "Ugandan", "ougandais", "ougandaise", "Ugandans", "Ougandais", "KEN",
  A=("The Uganda People's Defence Force", "Les Forces de défense du peuple ougandais"), O=("The National Unity Platform", "La Plateforme d'unité nationale"),
  R=("The Allied Democratic Forces", "Les Forces démocratiques alliées", "Kasese"), C=("Kampala", "Kampala"), G=None)
c("NGA", "Nigeria", "le Nigeria", "Nigerian", "nigérian", "nigériane", "Nigerians", "Nigérians", "NER",
  A=("The Nigerian Army", "L'armée nigériane"), P=("The Nigeria Police Force", "La police nigériane"), L=("The Nigerian Senate", "Le Sénat nigérian"),
  O=("The Peoples Democratic Party", "Le Parti démocratique populaire"), R=("Boko Haram", "Boko Haram", "Maiduguri"), C=("Aso Rock", "Aso Rock"),
  B=("The Nigerian National Petroleum Company", "La compagnie pétrolière nationale nigériane NNPC"), G=None)
c("ZAF", "South Africa", "l'Afrique du Sud", "South African", "sud-africain", "sud-africaine", "South Africans", "Sud-Africains", "ZWE",
  F=("The Department of International Relations and Cooperation", "Le ministère sud-africain des Relations internationales"),
  A=("The South African National Defence Force", "La Force de défense nationale sud-africaine"), P=("The South African Police Service", "La police sud-africaine"),
  O=("The Economic Freedom Fighters", "Les Combattants pour la liberté économique"), C=("Pretoria", "Pretoria"), B=("Eskom", "Eskom"), G=None)
c("ETH", "Ethiopia", "l'Éthiopie", "Ethiopian", "éthiopien", "éthiopienne", "Ethiopians", "Éthiopiens", "ERI",
  A=("The Ethiopian National Defense Force", "L'armée éthiopienne"), R=("The Oromo Liberation Army", "L'Armée de libération oromo", "Nekemte"),
  C=("Addis Ababa", "Addis-Abeba"), B=("Ethiopian Airlines", "Ethiopian Airlines"), L=("The Ethiopian parliament", "Le Parlement éthiopien"))
c("COD", "the Democratic Republic of Congo", "la République démocratique du Congo", "Congolese", "congolais", "congolaise", "Congolese", "Congolais", "RWA",
  A=("The FARDC", "Les FARDC"), R=("The M23", "Le M23", "Goma"), C=("Kinshasa", "Kinshasa"), G=("The Congolese prime minister", "La Première ministre congolaise"))
c("SEN", "Senegal", "le Sénégal", "Senegalese", "sénégalais", "sénégalaise", "Senegalese", "Sénégalais", "GMB",
  O=("The Alliance for the Republic", "L'Alliance pour la République"), C=("Dakar", "Dakar"), P=("The Senegalese gendarmerie", "La gendarmerie sénégalaise"))
c("CIV", "Ivory Coast", "la Côte d'Ivoire", "Ivorian", "ivoirien", "ivoirienne", "Ivorians", "Ivoiriens", "BFA",
  O=("The Democratic Party of Côte d'Ivoire", "Le Parti démocratique de Côte d'Ivoire"), C=("Abidjan", "Abidjan"), A=("The Ivorian army", "L'armée ivoirienne"))
c("CMR", "Cameroon", "le Cameroun", "Cameroonian", "camerounais", "camerounaise", "Cameroonians", "Camerounais", "TCD",
  O=("The Cameroon Renaissance Movement", "Le Mouvement pour la renaissance du Cameroun"), C=("Yaoundé", "Yaoundé"),
  R=("Ambazonian separatists", "Les séparatistes ambazoniens", "Bamenda"))
c("MLI", "Mali", "le Mali", "Malian", "malien", "malienne", "Malians", "Maliens", "DZA",
  A=("The Malian Armed Forces", "Les Forces armées maliennes"), R=("JNIM", "Le JNIM", "Kayes"), C=("Bamako", "Bamako"), H=("The Malian junta", "La junte malienne"))
c("DZA", "Algeria", "l'Algérie", "Algerian", "algérien", "algérienne", "Algerians", "Algériens", "MAR",
  C=("El Mouradia", "El Mouradia"), B=("Sonatrach", "Sonatrach"), A=("The Algerian People's National Army", "L'Armée nationale populaire algérienne"))
c("MAR", "Morocco", "le Maroc", "Moroccan", "marocain", "marocaine", "Moroccans", "Marocains", "ESP", ht="king",
  C=("Rabat", "Rabat"), B=("OCP", "l'OCP"), A=("The Royal Armed Forces", "Les Forces armées royales"))
c("EGY", "Egypt", "l'Égypte", "Egyptian", "égyptien", "égyptienne", "Egyptians", "Égyptiens", "ETH",
  C=("Cairo", "Le Caire"), L=("The Egyptian House of Representatives", "La Chambre des représentants égyptienne"))
c("TUN", "Tunisia", "la Tunisie", "Tunisian", "tunisien", "tunisienne", "Tunisians", "Tunisiens", "LBY",
  O=("Ennahda", "Ennahda"), C=("Carthage Palace", "Le palais de Carthage"), W=("The Tunisian League for Human Rights", "La Ligue tunisienne des droits de l'homme"))
c("SDN", "Sudan", "le Soudan", "Sudanese", "soudanais", "soudanaise", "Sudanese", "Soudanais", "TCD",
  A=("The Sudanese Armed Forces", "Les Forces armées soudanaises"), R=("The Rapid Support Forces", "Les Forces de soutien rapide", "El Fasher"), C=("Port Sudan", "Port-Soudan"))
c("SOM", "Somalia", "la Somalie", "Somali", "somalien", "somalienne", "Somalis", "Somaliens", "KEN",
  R=("Al-Shabaab", "Les shebab", "Baidoa"), C=("Mogadishu", "Mogadiscio"), A=("The Somali National Army", "L'armée nationale somalienne"))
c("USA", "the United States", "les États-Unis", "American", "américain", "américaine", "Americans", "Américains", "MEX",
  F=("The State Department", "Le département d'État"), D=("The Pentagon", "Le Pentagone"), I=("The Department of Homeland Security", "Le département de la Sécurité intérieure"),
  P=("The FBI", "Le FBI"), L=("Congress", "Le Congrès américain"), O=("The Democratic Party", "Le Parti démocrate"), C=("The White House", "La Maison Blanche"),
  B=("Boeing", "Boeing"), W=("The American Civil Liberties Union", "L'Union américaine pour les libertés civiles"), G=None)
c("CAN", "Canada", "le Canada", "Canadian", "canadien", "canadienne", "Canadians", "Canadiens", "USA",
  F=("Global Affairs Canada", "Affaires mondiales Canada"), P=("The Royal Canadian Mounted Police", "La Gendarmerie royale du Canada"),
  O=("The Conservative Party of Canada", "Le Parti conservateur du Canada"), C=("Ottawa", "Ottawa"), B=("Hydro-Québec", "Hydro-Québec"), L=("The House of Commons of Canada", "La Chambre des communes du Canada"))
c("MEX", "Mexico", "le Mexique", "Mexican", "mexicain", "mexicaine", "Mexicans", "Mexicains", "USA",
  F=("The Mexican Foreign Ministry", "Le ministère mexicain des Affaires étrangères"), A=("The Mexican army", "L'armée mexicaine"),
  O=("The National Action Party", "Le Parti action nationale"), C=("The National Palace", "Le Palais national"), B=("Pemex", "Pemex"), G=None)
c("BRA", "Brazil", "le Brésil", "Brazilian", "brésilien", "brésilienne", "Brazilians", "Brésiliens", "VEN",
  F=("Itamaraty", "L'Itamaraty"), P=("The Federal Police", "La police fédérale brésilienne"), O=("The Liberal Party", "Le Parti libéral"),
  C=("The Planalto Palace", "Le palais du Planalto"), B=("Petrobras", "Petrobras"), G=None)
c("ARG", "Argentina", "l'Argentine", "Argentine", "argentin", "argentine", "Argentines", "Argentins", "CHL",
  C=("The Casa Rosada", "La Casa Rosada"), B=("YPF", "YPF"), O=("The Justicialist Party", "Le Parti justicialiste"), G=None,
  W=("The Center for Legal and Social Studies", "Le Centre d'études légales et sociales"))
c("COL", "Colombia", "la Colombie", "Colombian", "colombien", "colombienne", "Colombians", "Colombiens", "VEN",
  R=("The ELN", "L'ELN", "Arauca"), C=("The Casa de Nariño", "La Casa de Nariño"), B=("Ecopetrol", "Ecopetrol"), O=("The Democratic Centre", "Le Centre démocratique"), G=None)
c("VEN", "Venezuela", "le Venezuela", "Venezuelan", "vénézuélien", "vénézuélienne", "Venezuelans", "Vénézuéliens", "GUY",
  C=("Miraflores", "Miraflores"), B=("PDVSA", "PDVSA"), A=("The Bolivarian National Armed Forces", "Les Forces armées nationales bolivariennes"), G=None)
c("HTI", "Haiti", "Haïti", "Haitian", "haïtien", "haïtienne", "Haitians", "Haïtiens", "DOM",
  R=("The Viv Ansanm gang coalition", "La coalition de gangs Viv Ansanm", "Kenscoff"), P=("The Haitian National Police", "La Police nationale d'Haïti"), C=("Port-au-Prince", "Port-au-Prince"))
c("GBR", "Britain", "le Royaume-Uni", "British", "britannique", "britannique", "Britons", "Britanniques", "FRA",
  F=("The Foreign Office", "Le Foreign Office"), D=("The Ministry of Defence", "Le ministère britannique de la Défense"), I=("The Home Office", "Le Home Office"),
  P=("Scotland Yard", "Scotland Yard"), L=("The House of Commons", "La Chambre des communes"), O=("The Conservative Party", "Le Parti conservateur"),
  C=("Downing Street", "Downing Street"), B=("BP", "BP"), H=("The British king", "Le roi britannique"))
c("FRA", "France", "la France", "French", "français", "française", "French nationals", "Français", "DZA",
  F=("The Quai d'Orsay", "Le Quai d'Orsay"), D=("The French Armed Forces Ministry", "Le ministère des Armées"), I=("The French Interior Ministry", "La place Beauvau"),
  P=("The French gendarmerie", "La gendarmerie nationale"), L=("The French National Assembly", "L'Assemblée nationale française"), O=("La France Insoumise", "La France insoumise"),
  C=("The Élysée", "L'Élysée"), B=("TotalEnergies", "TotalEnergies"))
c("DEU", "Germany", "l'Allemagne", "German", "allemand", "allemande", "Germans", "Allemands", "POL",
  F=("The Federal Foreign Office", "L'Auswärtiges Amt"), A=("The Bundeswehr", "La Bundeswehr"), L=("The Bundestag", "Le Bundestag"),
  O=("The Alternative for Germany", "L'Alternative pour l'Allemagne"), C=("The Chancellery", "La Chancellerie allemande"), B=("Siemens", "Siemens"), G=("The German chancellor", "Le chancelier allemand"))
c("POL", "Poland", "la Pologne", "Polish", "polonais", "polonaise", "Poles", "Polonais", "BLR",
  L=("The Sejm", "La Diète polonaise"), O=("Law and Justice", "Droit et justice"), C=("Warsaw", "Varsovie"), B=("Orlen", "Orlen"))
c("UKR", "Ukraine", "l'Ukraine", "Ukrainian", "ukrainien", "ukrainienne", "Ukrainians", "Ukrainiens", "RUS",
  L=("The Verkhovna Rada", "La Rada"), C=("Kyiv", "Kiev"), B=("Naftogaz", "Naftogaz"), A=("The Ukrainian Armed Forces", "Les forces armées ukrainiennes"), I=("The SBU", "Le SBU"))
c("RUS", "Russia", "la Russie", "Russian", "russe", "russe", "Russians", "Russes", "UKR",
  L=("The State Duma", "La Douma"), C=("The Kremlin", "Le Kremlin"), B=("Gazprom", "Gazprom"), W=("Memorial", "Memorial"), I=("The FSB", "Le FSB"))
c("TUR", "Turkey", "la Turquie", "Turkish", "turc", "turque", "Turks", "Turcs", "GRC",
  L=("The Grand National Assembly of Turkey", "La Grande Assemblée nationale de Turquie"), O=("The Republican People's Party", "Le Parti républicain du peuple"),
  R=("The PKK", "Le PKK", "Hakkari"), C=("Ankara", "Ankara"), B=("Turkish Airlines", "Turkish Airlines"), G=None)
c("ISR", "Israel", "Israël", "Israeli", "israélien", "israélienne", "Israelis", "Israéliens", "LBN",
  A=("The IDF", "Tsahal"), L=("The Knesset", "La Knesset"), O=("Yesh Atid", "Yesh Atid"), C=("Jerusalem", "Jérusalem"), W=("B'Tselem", "B'Tselem"), P=("The Shin Bet", "Le Shin Bet"))
c("IRN", "Iran", "l'Iran", "Iranian", "iranien", "iranienne", "Iranians", "Iraniens", "IRQ",
  A=("The Revolutionary Guards", "Les Gardiens de la révolution"), L=("The Majlis", "Le Majlis"), C=("Tehran", "Téhéran"), H=("The Iranian supreme leader", "Le guide suprême iranien"), G=None)
c("SAU", "Saudi Arabia", "l'Arabie saoudite", "Saudi", "saoudien", "saoudienne", "Saudis", "Saoudiens", "YEM", ht="king",
  C=("Riyadh", "Riyad"), B=("Saudi Aramco", "Saudi Aramco"), G=("The Saudi crown prince", "Le prince héritier saoudien"))
c("PAK", "Pakistan", "le Pakistan", "Pakistani", "pakistanais", "pakistanaise", "Pakistanis", "Pakistanais", "AFG",
  O=("Pakistan Tehreek-e-Insaf", "Le Pakistan Tehreek-e-Insaf"), R=("The Pakistani Taliban", "Les talibans pakistanais", "Bannu"), C=("Islamabad", "Islamabad"),
  W=("The Human Rights Commission of Pakistan", "La Commission des droits de l'homme du Pakistan"))
c("IND", "India", "l'Inde", "Indian", "indien", "indienne", "Indians", "Indiens", "PAK",
  F=("The Ministry of External Affairs", "Le ministère indien des Affaires extérieures"), I=("The Ministry of Home Affairs", "Le ministère indien de l'Intérieur"),
  L=("The Lok Sabha", "La Lok Sabha"), O=("The Congress party", "Le parti du Congrès"), C=("New Delhi", "New Delhi"), B=("ONGC", "ONGC"))
c("CHN", "China", "la Chine", "Chinese", "chinois", "chinoise", "Chinese nationals", "Chinois", "PHL",
  A=("The People's Liberation Army", "L'Armée populaire de libération"), L=("The National People's Congress", "L'Assemblée nationale populaire"),
  C=("Zhongnanhai", "Zhongnanhai"), B=("Sinopec", "Sinopec"), G=("The Chinese premier", "Le Premier ministre chinois"))
c("JPN", "Japan", "le Japon", "Japanese", "japonais", "japonaise", "Japanese nationals", "Japonais", "CHN",
  A=("The Japan Self-Defense Forces", "Les Forces japonaises d'autodéfense"), L=("The Diet", "La Diète japonaise"), O=("The Constitutional Democratic Party", "Le Parti démocrate constitutionnel"),
  C=("Tokyo", "Tokyo"), B=("Toyota", "Toyota"), H=("The Japanese emperor", "L'empereur du Japon"))
c("KOR", "South Korea", "la Corée du Sud", "South Korean", "sud-coréen", "sud-coréenne", "South Koreans", "Sud-Coréens", "PRK",
  O=("The People Power Party", "Le Parti du pouvoir au peuple"), C=("The Blue House", "La Maison Bleue"), B=("Samsung", "Samsung"), L=("The National Assembly of South Korea", "L'Assemblée nationale sud-coréenne"))
c("PHL", "the Philippines", "les Philippines", "Philippine", "philippin", "philippine", "Filipinos", "Philippins", "CHN",
  R=("The New People's Army", "La Nouvelle armée du peuple", "Samar"), C=("Malacañang", "Malacañang"), P=("The Philippine National Police", "La police nationale philippine"), G=None)
c("MMR", "Myanmar", "la Birmanie", "Burmese", "birman", "birmane", "Burmese", "Birmans", "THA",
  A=("The Tatmadaw", "La Tatmadaw"), R=("The Arakan Army", "L'Armée d'Arakan", "Sittwe"), C=("Naypyidaw", "Naypyidaw"), H=("The Burmese junta", "La junte birmane"))
c("IDN", "Indonesia", "l'Indonésie", "Indonesian", "indonésien", "indonésienne", "Indonesians", "Indonésiens", "MYS",
  R=("The Free Papua Movement", "Le Mouvement pour une Papouasie libre", "Jayapura"), B=("Pertamina", "Pertamina"), C=("Jakarta", "Jakarta"), G=None)
c("AUS", "Australia", "l'Australie", "Australian", "australien", "australienne", "Australians", "Australiens", "CHN",
  F=("The Department of Foreign Affairs and Trade", "Le ministère australien des Affaires étrangères"), O=("The Liberal Party of Australia", "Le Parti libéral australien"),
  C=("Canberra", "Canberra"), B=("BHP", "BHP"), P=("The Australian Federal Police", "La police fédérale australienne"))
# ---- matrix 2 (never tuned on)
c("TZA", "Tanzania", "la Tanzanie", "Tanzanian", "tanzanien", "tanzanienne", "Tanzanians", "Tanzaniens", "KEN",
  O=("Chadema", "Le Chadema"), C=("Dodoma", "Dodoma"), B=("Air Tanzania", "Air Tanzania"), G=None)
c("GHA", "Ghana", "le Ghana", "Ghanaian", "ghanéen", "ghanéenne", "Ghanaians", "Ghanéens", "TGO",
  O=("The New Patriotic Party", "Le Nouveau parti patriotique"), C=("Accra", "Accra"), A=("The Ghana Armed Forces", "Les forces armées ghanéennes"), G=None)
c("ZWE", "Zimbabwe", "le Zimbabwe", "Zimbabwean", "zimbabwéen", "zimbabwéenne", "Zimbabweans", "Zimbabwéens", "ZAF",
  O=("The Citizens Coalition for Change", "La Coalition des citoyens pour le changement"), C=("Harare", "Harare"), G=None)
c("MOZ", "Mozambique", "le Mozambique", "Mozambican", "mozambicain", "mozambicaine", "Mozambicans", "Mozambicains", "MWI",
  O=("Renamo", "La Renamo"), R=("Islamic State Mozambique", "L'État islamique au Mozambique", "Mocímboa da Praia"), C=("Maputo", "Maputo"))
c("BFA", "Burkina Faso", "le Burkina Faso", "Burkinabe", "burkinabè", "burkinabè", "Burkinabes", "Burkinabè", "CIV",
  C=("Ouagadougou", "Ouagadougou"), H=("The Burkinabe junta", "La junte burkinabè"), A=("The Burkinabe army", "L'armée burkinabè"))
c("LBY", "Libya", "la Libye", "Libyan", "libyen", "libyenne", "Libyans", "Libyens", "TUN",
  R=("The Libyan National Army", "L'Armée nationale libyenne", "Benghazi"), C=("Tripoli", "Tripoli"), B=("The National Oil Corporation", "La Compagnie nationale de pétrole libyenne"))
c("ESP", "Spain", "l'Espagne", "Spanish", "espagnol", "espagnole", "Spaniards", "Espagnols", "MAR",
  P=("The Guardia Civil", "La Garde civile"), O=("The People's Party", "Le Parti populaire"), C=("The Moncloa", "La Moncloa"), B=("Repsol", "Repsol"), L=("The Congress of Deputies", "Le Congrès des députés"))
c("ITA", "Italy", "l'Italie", "Italian", "italien", "italienne", "Italians", "Italiens", "LBY",
  F=("The Farnesina", "La Farnesina"), P=("The Carabinieri", "Les carabiniers"), C=("Palazzo Chigi", "Le palais Chigi"), B=("Eni", "Eni"), O=("The Democratic Party", "Le Parti démocrate"))
c("HUN", "Hungary", "la Hongrie", "Hungarian", "hongrois", "hongroise", "Hungarians", "Hongrois", "UKR",
  O=("The Tisza party", "Le parti Tisza"), C=("Budapest", "Budapest"), B=("MOL", "MOL"), L=("The Hungarian parliament", "Le Parlement hongrois"))
c("GEO", "Georgia", "la Géorgie", "Georgian", "géorgien", "géorgienne", "Georgians", "Géorgiens", "RUS",
  O=("The United National Movement", "Le Mouvement national uni"), C=("Tbilisi", "Tbilissi"))
c("CHL", "Chile", "le Chili", "Chilean", "chilien", "chilienne", "Chileans", "Chiliens", "BOL",
  C=("La Moneda", "La Moneda"), B=("Codelco", "Codelco"), P=("The Carabineros", "Les carabiniers chiliens"), G=None)
c("PER", "Peru", "le Pérou", "Peruvian", "péruvien", "péruvienne", "Peruvians", "Péruviens", "ECU",
  C=("Lima", "Lima"), L=("The Peruvian Congress", "Le Congrès péruvien"), B=("Petroperú", "Petroperú"))
c("CUB", "Cuba", "Cuba", "Cuban", "cubain", "cubaine", "Cubans", "Cubains", "USA",
  C=("Havana", "La Havane"), F=("The Cuban Foreign Ministry", "Le ministère cubain des Affaires étrangères"))
c("IRQ", "Iraq", "l'Irak", "Iraqi", "irakien", "irakienne", "Iraqis", "Irakiens", "TUR",
  R=("Kataib Hezbollah", "Kataëb Hezbollah", "Jurf al-Sakhar"), C=("Baghdad", "Bagdad"), L=("The Iraqi parliament", "Le Parlement irakien"))
c("AFG", "Afghanistan", "l'Afghanistan", "Afghan", "afghan", "afghane", "Afghans", "Afghans", "PAK",
  C=("Kabul", "Kaboul"), R=("The Islamic State Khorasan Province", "L'État islamique au Khorasan", "Jalalabad"))
c("BGD", "Bangladesh", "le Bangladesh", "Bangladeshi", "bangladais", "bangladaise", "Bangladeshis", "Bangladais", "IND",
  C=("Dhaka", "Dacca"), O=("The Bangladesh Nationalist Party", "Le Parti nationaliste du Bangladesh"), W=("Odhikar", "Odhikar"))
c("THA", "Thailand", "la Thaïlande", "Thai", "thaïlandais", "thaïlandaise", "Thais", "Thaïlandais", "KHM", ht="king",
  O=("The People's Party", "Le Parti du peuple"), R=("The Barisan Revolusi Nasional", "Le Barisan Revolusi Nasional", "Narathiwat"), C=("Bangkok", "Bangkok"), B=("PTT", "PTT"))
c("KHM", "Cambodia", "le Cambodge", "Cambodian", "cambodgien", "cambodgienne", "Cambodians", "Cambodgiens", "THA", ht="king",
  O=("The Candlelight Party", "Le Parti de la bougie"), C=("Phnom Penh", "Phnom Penh"))
c("MYS", "Malaysia", "la Malaisie", "Malaysian", "malaisien", "malaisienne", "Malaysians", "Malaisiens", "SGP",
  O=("Perikatan Nasional", "Perikatan Nasional"), C=("Putrajaya", "Putrajaya"), B=("Petronas", "Petronas"), L=("The Dewan Rakyat", "Le Dewan Rakyat"))
c("LBN", "Lebanon", "le Liban", "Lebanese", "libanais", "libanaise", "Lebanese", "Libanais", "ISR",
  R=("Hezbollah", "Le Hezbollah", "Nabatieh"), C=("Beirut", "Beyrouth"))
c("YEM", "Yemen", "le Yémen", "Yemeni", "yéménite", "yéménite", "Yemenis", "Yéménites", "SAU",
  R=("The Houthis", "Les Houthis", "Marib"), C=("Aden", "Aden"))
# other parties only
for code, en, fr, adj, am, af, dem, fdem in [
    ("ERI", "Eritrea", "l'Érythrée", "Eritrean", "érythréen", "érythréenne", "Eritreans", "Érythréens"),
    ("RWA", "Rwanda", "le Rwanda", "Rwandan", "rwandais", "rwandaise", "Rwandans", "Rwandais"),
    ("GMB", "Gambia", "la Gambie", "Gambian", "gambien", "gambienne", "Gambians", "Gambiens"),
    ("TCD", "Chad", "le Tchad", "Chadian", "tchadien", "tchadienne", "Chadians", "Tchadiens"),
    ("NER", "Niger", "le Niger", "Nigerien", "nigérien", "nigérienne", "Nigeriens", "Nigériens"),
    ("GUY", "Guyana", "le Guyana", "Guyanese", "guyanien", "guyanienne", "Guyanese", "Guyaniens"),
    ("DOM", "the Dominican Republic", "la République dominicaine", "Dominican", "dominicain", "dominicaine", "Dominicans", "Dominicains"),
    ("BLR", "Belarus", "la Biélorussie", "Belarusian", "biélorusse", "biélorusse", "Belarusians", "Biélorusses"),
    ("GRC", "Greece", "la Grèce", "Greek", "grec", "grecque", "Greeks", "Grecs"),
    ("PRK", "North Korea", "la Corée du Nord", "North Korean", "nord-coréen", "nord-coréenne", "North Koreans", "Nord-Coréens"),
    ("TGO", "Togo", "le Togo", "Togolese", "togolais", "togolaise", "Togolese", "Togolais"),
    ("MWI", "Malawi", "le Malawi", "Malawian", "malawite", "malawite", "Malawians", "Malawites"),
    ("BOL", "Bolivia", "la Bolivie", "Bolivian", "bolivien", "bolivienne", "Bolivians", "Boliviens"),
    ("ECU", "Ecuador", "l'Équateur", "Ecuadorian", "équatorien", "équatorienne", "Ecuadorians", "Équatoriens"),
    ("SGP", "Singapore", "Singapour", "Singaporean", "singapourien", "singapourienne", "Singaporeans", "Singapouriens")]:
    C[code] = dict(en=en, fr=fr, adj=adj, am=am, af=af, dem=dem, fdem=fdem, y=None, kw={})
M1 = ["KEN", "UGA", "NGA", "ZAF", "ETH", "COD", "SEN", "CIV", "CMR", "MLI", "DZA", "MAR", "EGY", "TUN", "SDN", "SOM", "USA", "CAN", "MEX", "BRA",
      "ARG", "COL", "VEN", "HTI", "GBR", "FRA", "DEU", "POL", "UKR", "RUS", "TUR", "ISR", "IRN", "SAU", "PAK", "IND", "CHN", "JPN", "KOR", "PHL", "MMR", "IDN", "AUS"]
M2 = ["TZA", "GHA", "ZWE", "MOZ", "BFA", "LBY", "ESP", "ITA", "HUN", "GEO", "CHL", "PER", "CUB", "IRQ", "AFG", "BGD", "THA", "KHM", "MYS", "LBN", "YEM"]

def de(fr):  # French "de" + name with article
    for a, b in (("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'")):
        if fr.startswith(a): return b + fr[len(a):]
    return ("d'" if fr[0] in "AEIOUÉÈ" else "de ") + fr
def poss(en):
    base = en[4:] if en.startswith("the ") else en
    s = base + ("'" if base.endswith("s") else "'s")
    return s
def cap(s): return s[0].upper() + s[1:]
def low(s):  # a name used after a verb
    for art in ("The ", "Le ", "La ", "Les ", "L'"):
        if s.startswith(art): return art.lower() + s[len(art):]
    return s

KINDS = "HGFDIAPLORCNBW"
SECT = dict(H="GOV", G="GOV", F="GOV", D="GOV", I="GOV", A="MIL", P="COP", L="LEG", O="OPP", R="REB", C="GOV", N=None, B="BUS", W="NGO")
def default(k, x):
    kw = x["kw"]
    if k in kw: return kw[k]
    adj, am, af, en, fr = x["adj"], x["am"], x["af"], x["en"], x["fr"]
    if k == "H":
        t = kw.get("ht", "president"); ft = {"president": "président", "king": "roi"}[t]
        return (f"The {adj} {t}", f"Le {ft} {am}")
    if k == "G": return (f"The {adj} prime minister", f"Le Premier ministre {am}")
    if k == "F": return (f"The {adj} Foreign Ministry", f"Le ministère {am} des Affaires étrangères")
    if k == "D": return (f"The {adj} Defence Ministry", f"Le ministère {am} de la Défense")
    if k == "I": return (f"The {adj} Interior Ministry", f"Le ministère {am} de l'Intérieur")
    if k == "A": return (f"The {adj} army", f"L'armée {af}")
    if k == "P": return (f"The {adj} police", f"La police {af}")
    if k == "L": return (f"The {adj} parliament", f"Le Parlement {am}")
    return None

TPL = {  # kind -> (type, cameo, en, fr, actor side, Y sector); {X} actor, {Y} other country
 "H": ("REQUEST", "100", "{X} called on {Y} to withdraw its troops from the border on Tuesday.", "{X} a appelé mardi {Yf} à retirer ses troupes de la frontière.", "s", "GOV"),
 "G": ("AGREE", "057", "{X} signed a trade agreement with {Y} on Monday.", "{X} a signé lundi un accord commercial avec {Yf}.", "s", "GOV"),
 "F": ("ACCUSE", "111", "{X} condemned {Y} on Tuesday over the border incident.", "{X} a condamné mardi {Yf} après l'incident frontalier.", "s", "GOV"),
 "D": ("ACCUSE", "112", "{X} accused {Y} on Tuesday of violating its airspace.", "{X} a accusé mardi {Yf} d'avoir violé son espace aérien.", "s", "GOV"),
 "I": ("ACCUSE", "112", "{X} accused {Y} on Wednesday of harbouring people smugglers.", "{X} a accusé mercredi {Yf} d'abriter des passeurs.", "s", "GOV"),
 "A": ("ASSAULT", "190", "{X} attacked {Yp} troops near the border on Tuesday.", "{X} a attaqué mardi les troupes {Yde} près de la frontière.", "s", "MIL"),
 "P": ("ACCUSE", "112", "{X} accused {Y} on Tuesday of sheltering wanted criminals.", "{X} a accusé mardi {Yf} d'abriter des criminels recherchés.", "s", "GOV"),
 "L": ("REQUEST", "100", "{X} called on {Y} to release the detained fishermen.", "{X} a appelé {Yf} à libérer les pêcheurs détenus.", "s", "GOV"),
 "O": ("ACCUSE", "112", "{X} accused {Y} on Monday of interfering in the elections.", "{X} a accusé lundi {Yf} d'ingérence dans les élections.", "s", "GOV"),
 "R": ("ASSAULT", "190", "{X} attacked an army base near {T} on Tuesday.", "{X} a attaqué mardi une base militaire près de {T}.", "s", "MIL"),
 "C": ("ACCUSE", "111", "{X} criticised {Y} on Tuesday over its new visa rules.", "{X} a critiqué mardi {Yf} pour ses nouvelles règles de visas.", "s", "GOV"),
 "B": ("AGREE", "057", "{Yc} signed a gas supply agreement with {X} on Monday.", "{Yc} a signé lundi un accord d'approvisionnement en gaz avec {X}.", "t", "GOV"),
 "W": ("REQUEST", "100", "{X} called on {Y} to release the detained activists.", "{X} a appelé {Yf} à libérer les militants détenus.", "s", "GOV"),
}
N_TPL = [("COERCE", "174", "{Y} deported 300 {D} on Tuesday.", "{Yc} a expulsé mardi 300 {FD}."),
         ("COERCE", "173", "{Y} arrested 25 {D} on Wednesday.", "{Yc} a arrêté mercredi 25 {FD}."),
         ("COERCE", "174", "{Y} expelled hundreds of {A} refugees on Monday.", "{Yc} a expulsé lundi des centaines de réfugiés {AF}.")]

def items(codes, setno):
    out = {"en": [], "fr": []}
    for i, code in enumerate(codes):
        x = C[code]; y = C[x["y"]]
        for k in KINDS:
            if k == "N":
                t, cam, en, fr = N_TPL[i % 3]
                texts = {"en": en.format(Y=cap(y["en"]), D=x["dem"], A=x["adj"]),
                         "fr": (fr.replace("} a ", "} ont ", 1) if y["fr"].startswith("les ") else fr).format(Yc=cap(y["fr"]), FD=x["fdem"], AF=x["am"] + "s" if not x["am"].endswith(("s", "x")) else x["am"])}
                src, tgt = (y, "GOV"), (x, None)
            else:
                a = default(k, x)
                if not a: continue
                t, cam, en, fr, side, ys = TPL[k]
                ax = {"en": a[0], "fr": a[1]}
                texts = {}
                for L in ("en", "fr"):
                    X = ax[L] if side == "s" else low(ax[L])
                    tpl = en if L == "en" else fr
                    subj = X if side == "s" else y["fr"]
                    if L == "fr" and subj.lower().startswith("les "):  # a plural subject agrees
                        tpl = tpl.replace("} a ", "} ont ", 1)
                    texts[L] = tpl.format(X=X, Y=y["en"], Yp=poss(y["en"]), Yf=y["fr"], Yde=de(y["fr"]),
                                                                 Yc=cap(y[L]), T=(a[2] if len(a) > 2 else ""))
                if k == "R": src, tgt = (x, "REB"), (x, "MIL")
                elif side == "s": src, tgt = (x, SECT[k]), (y, ys)
                else: src, tgt = (y, "GOV"), (x, SECT[k])
            for L in ("en", "fr"):
                ev = {"event_type": t, "mode": None, "cameo": cam,
                      "source": {"name": None, "country": code if src[0] is x else x["y"], "sector": src[1]},
                      "target": {"name": None, "country": code if tgt[0] is x else x["y"], "sector": tgt[1]},
                      "date": None, "location": None, "polarity": "positive", "modality": "actual",
                      "evidence": texts[L].split(" on ")[0].split(" mardi")[0].split(" lundi")[0].split(" mercredi")[0][:60], "required": True}
                out[L].append({"article_id": f"actors23-{setno}-{L}-{code}-{k}", "lang": L, "text": texts[L],
                               "published": "2025-06-11", "events": [ev]})
    return out

if __name__ == "__main__":
    for setno, codes in ((1, M1), (2, M2)):
        o = items(codes, setno)
        for L in ("en", "fr"):
            with open(f"tests/data/probes/actors23-{setno}.{L}.jsonl", "w") as f:
                for it in o[L]: f.write(json.dumps(it, ensure_ascii=False) + "\n")
            print(setno, L, len(o[L]))
