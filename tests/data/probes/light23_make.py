"""Writes the light-verb probe matrices light23-{1,2}.{fr,en}.jsonl.

Support (light) verbs with event nouns, by CAMEO class, one required event per item:
the subject of the light verb is the doer; the noun's complement or the verb's
indirect object is the target (GUIDELINES.md). Announced aid is AGREE intended, an
announced withdrawal CONCEDE intended, an invitation AGREE intended (CAMEO 036).
The id's letter is the class: C consult, R request, T threaten, A accuse, J reject,
S support, D aid, G agree, N sanction, K coerce, F force, I investigate, P concession
or release or apology, M mediation, X announced aid, V invitation; H the same nouns in
harder frames (infinitive after a verb of saying, participle, relative clause, agentful
passive, reduced relative, a date or place between verb and noun), L rarer light verbs
or nouns. The H and L rows were added after a first run of the others showed them
mostly coded, still before any change.
Set 1 was written before any change and tuned on; set 2 never tuned on.

Run from the repository root: ``python tests/data/probes/light23_make.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

# letter | text | type | cameo | source | target | modality (a: actual, i: intended)
FR_1 = """C|Le président kényan a eu un entretien téléphonique avec son homologue ougandais lundi.|CONSULT|040|KEN|UGA|a
C|Le ministre marocain des Affaires étrangères a tenu une séance de travail avec son homologue sénégalais à Rabat.|CONSULT|040|MAR|SEN|a
C|L'Éthiopie a mené des pourparlers avec le Soudan sur le barrage.|CONSULT|046|ETH|SDN|a
C|Le Premier ministre indien a effectué une visite officielle au Japon.|CONSULT|042|IND|JPN|a
C|La Pologne a eu des discussions approfondies avec la Hongrie sur la sécurité énergétique.|CONSULT|040|POL|HUN|a
C|Le chef de la diplomatie turque a eu une rencontre avec son homologue grec à Athènes.|CONSULT|040|TUR|GRC|a
R|Le Nigeria a lancé un appel au Cameroun pour la libération des otages.|REQUEST|10|NGA|CMR|a
R|L'Argentine a formulé une demande d'extradition auprès du Chili.|REQUEST|10|ARG|CHL|a
R|Le Mali a adressé une requête officielle à l'Algérie au sujet de la frontière.|REQUEST|10|MLI|DZA|a
R|La Colombie a présenté une demande d'assistance au Venezuela.|REQUEST|10|COL|VEN|a
T|Le Japon a adressé une mise en garde à la Chine au sujet de ses manœuvres navales.|THREATEN|130|JPN|CHN|a
T|L'Iran a proféré des menaces contre Israël.|THREATEN|130|IRN|ISR|a
T|Le Rwanda a lancé un avertissement à la République démocratique du Congo.|THREATEN|130|RWA|COD|a
T|La Russie a brandi la menace de sanctions contre la Moldavie.|THREATEN|1312|RUS|MDA|a
A|La Thaïlande a élevé une protestation officielle auprès du Cambodge.|ACCUSE|111|THA|KHM|a
A|L'Égypte a porté des accusations contre l'Éthiopie au sujet du barrage.|ACCUSE|112|EGY|ETH|a
A|Le Guatemala a émis une vive protestation auprès du Mexique.|ACCUSE|111|GTM|MEX|a
A|La Serbie a formulé de vives critiques à l'égard de la Croatie.|ACCUSE|111|SRB|HRV|a
A|Le Pakistan a déposé une plainte contre l'Inde devant l'ONU.|ACCUSE|115|PAK|IND|a
J|L'Ukraine a opposé un refus catégorique à la proposition russe.|REJECT|12|UKR|RUS|a
J|Le Venezuela a opposé une fin de non-recevoir à la demande du Guyana.|REJECT|12|VEN|GUY|a
J|La Chine a opposé son veto à la résolution américaine.|REJECT|129|CHN|USA|a
S|Le Brésil a apporté son soutien à l'Argentine dans son différend sur les Malouines.|SUPPORT|05|BRA|ARG|a
S|Le Sénégal a exprimé sa solidarité avec le Maroc.|SUPPORT|05|SEN|MAR|a
S|L'Espagne a témoigné son appui au Portugal.|SUPPORT|05|ESP|PRT|a
D|L'Allemagne a fourni une aide humanitaire au Soudan.|AID|073|DEU|SDN|a
D|La Chine a accordé un prêt de 500 millions de dollars au Kenya.|AID|071|CHN|KEN|a
D|Le Japon a octroyé une aide financière au Sri Lanka.|AID|071|JPN|LKA|a
D|La Turquie a envoyé une aide d'urgence à la Syrie.|AID|073|TUR|SYR|a
G|L'Inde a conclu un accord de libre-échange avec les Émirats arabes unis.|AGREE|057|IND|ARE|a
G|L'Arménie et l'Azerbaïdjan ont conclu un cessez-le-feu.|AGREE|037|ARM|AZE|a
G|Le Maroc a signé un protocole d'accord avec la Mauritanie.|AGREE|057|MAR|MRT|a
G|Le Pérou est parvenu à un accord avec la Bolivie sur la frontière.|AGREE|057|PER|BOL|a
N|Le Royaume-Uni a imposé des sanctions à la Biélorussie.|SANCTION|163|GBR|BLR|a
N|L'Union européenne a adopté de nouvelles sanctions contre l'Iran.|SANCTION|163|EUR|IRN|a
N|Le Canada a décrété un embargo sur les armes à destination du Soudan.|SANCTION|163|CAN|SDN|a
N|La Lituanie a procédé à l'expulsion de deux diplomates russes.|SANCTION|161|LTU|RUS|a
K|La police sénégalaise a procédé à l'arrestation de trois ressortissants guinéens.|COERCE|173|SEN|GIN|a
K|Les autorités algériennes ont procédé à l'expulsion de migrants nigériens.|COERCE|174|DZA|NER|a
K|La marine indonésienne a procédé à la saisie d'un navire de pêche vietnamien.|COERCE|1711|IDN|VNM|a
K|Israël a imposé un blocus total à la bande de Gaza.|COERCE|191|ISR|PSE|a
F|L'armée israélienne a mené des frappes contre des positions du Hezbollah au Liban.|ASSAULT|195|ISR|LBN|a
F|L'armée de l'air soudanaise a mené des raids aériens contre des villes tchadiennes.|ASSAULT|195|SDN|TCD|a
F|La Russie a lancé une vaste offensive contre l'Ukraine.|ASSAULT|190|RUS|UKR|a
F|Les forces azerbaïdjanaises ont lancé une attaque contre l'Arménie.|ASSAULT|190|AZE|ARM|a
F|L'armée rwandaise a mené un raid contre des positions congolaises.|ASSAULT|190|RWA|COD|a
F|Le Pakistan a procédé à des bombardements en Afghanistan.|ASSAULT|195|PAK|AFG|a
I|Le parquet belge a ouvert une enquête contre des diplomates rwandais.|ACCUSE|090|BEL|RWA|a
P|Le Japon a présenté ses excuses à la Corée du Sud.|SUPPORT|055|JPN|KOR|a
P|Le président tunisien a accordé sa grâce à des détenus algériens.|CONCEDE|081|TUN|DZA|a
P|La Birmanie a procédé à la libération de pêcheurs thaïlandais.|RETREAT|0841|MMR|THA|a
P|Le Burundi a achevé le retrait de ses troupes de Somalie.|RETREAT|0872|BDI|SOM|a
M|Le Qatar a mené une médiation entre le gouvernement colombien et les rebelles.|CONSULT|045|QAT|COL|a
X|La France a annoncé une aide humanitaire au Liban.|AGREE|033|FRA|LBN|i
X|Le Japon a annoncé l'octroi d'une aide au Bangladesh.|AGREE|033|JPN|BGD|i
X|L'Union européenne a annoncé une aide supplémentaire à la Moldavie.|AGREE|033|EUR|MDA|i
X|Le Canada a annoncé une aide de 50 millions de dollars à Haïti.|AGREE|033|CAN|HTI|i
V|Le président ghanéen a adressé une invitation à son homologue ivoirien.|AGREE|036|GHA|CIV|i
H|Le ministre sénégalais a indiqué avoir eu un entretien téléphonique avec son homologue gambien.|CONSULT|040|SEN|GMB|a
H|Après avoir tenu une séance de travail avec le Premier ministre malien, le chef de la diplomatie nigérienne a regagné Niamey.|CONSULT|040|NER|MLI|a
H|Le président ivoirien, qui a eu mardi un long entretien avec son homologue burkinabè, a quitté Abidjan.|CONSULT|040|CIV|BFA|a
H|Des frappes ont été menées par l'armée turque contre des positions syriennes.|ASSAULT|195|TUR|SYR|a
H|Une mise en garde a été adressée à l'Iran par la France.|THREATEN|130|FRA|IRN|a
H|Les frappes menées par l'aviation russe contre des villes ukrainiennes ont fait dix morts.|ASSAULT|195|RUS|UKR|a
H|Le Ghana a procédé lundi à l'expulsion de deux diplomates nigérians.|SANCTION|161|GHA|NGA|a
H|L'armée nigériane a effectué dimanche une série de frappes aériennes contre des positions camerounaises.|ASSAULT|195|NGA|CMR|a
H|La police tanzanienne a procédé à l'interpellation à Dar es Salaam de deux journalistes kényans.|COERCE|173|TZA|KEN|a
H|Le chef de l'État gabonais a eu un entretien téléphonique avec le président angolais João Lourenço.|CONSULT|040|GAB|AGO|a
L|Le Premier ministre éthiopien a eu un échange téléphonique avec le président kényan.|CONSULT|040|ETH|KEN|a
L|Le président français a passé un coup de fil à son homologue algérien.|CONSULT|040|FRA|DZA|a
L|Le Niger a fait part de son soutien au Burkina Faso.|SUPPORT|05|NER|BFA|a
L|La Pologne a lancé une mise en garde à la Biélorussie.|THREATEN|130|POL|BLR|a
L|Le Cambodge a essuyé un refus de la Thaïlande.|REJECT|12|THA|KHM|a
L|La Russie a intensifié ses frappes contre l'Ukraine.|ASSAULT|195|RUS|UKR|a
L|Le Japon a fait une demande officielle d'extradition au Liban.|REQUEST|10|JPN|LBN|a
L|Le Kenya a dressé un réquisitoire contre la Somalie.|ACCUSE|111|KEN|SOM|a
L|La Hongrie a réservé un accueil chaleureux au président serbe.|CONSULT|042|SRB|HUN|a
L|L'Australie a formulé une protestation auprès de la Chine.|ACCUSE|111|AUS|CHN|a
L|La Suède a pris des sanctions contre la Russie.|SANCTION|163|SWE|RUS|a
L|La Grèce a présenté une protestation officielle à la Turquie.|ACCUSE|111|GRC|TUR|a
L|Le gouvernement somalien a annoncé l'envoi d'une aide au Kenya.|AGREE|033|SOM|KEN|i
L|Le Qatar a annoncé le déblocage d'une aide pour le Soudan.|AGREE|033|QAT|SDN|i
L|L'Inde a promis une aide au Népal.|AGREE|033|IND|NPL|i
L|Israël a présenté des excuses à la Jordanie.|SUPPORT|055|ISR|JOR|a"""

EN_1 = """C|Kenyan President William Ruto held phone talks with his Ugandan counterpart on Monday.|CONSULT|040|KEN|UGA|a
C|Morocco's foreign minister held a working session with his Senegalese counterpart in Rabat.|CONSULT|040|MAR|SEN|a
C|Ethiopia conducted negotiations with Sudan over the dam.|CONSULT|046|ETH|SDN|a
C|India's prime minister paid an official visit to Japan.|CONSULT|042|IND|JPN|a
C|Poland had in-depth discussions with Hungary on energy security.|CONSULT|040|POL|HUN|a
C|Turkey's foreign minister had a meeting with his Greek counterpart in Athens.|CONSULT|040|TUR|GRC|a
R|Nigeria made an appeal to Cameroon for the release of the hostages.|REQUEST|10|NGA|CMR|a
R|Argentina lodged an extradition request with Chile.|REQUEST|10|ARG|CHL|a
R|Mali submitted a formal request to Algeria over the border.|REQUEST|10|MLI|DZA|a
R|Colombia issued a call to Venezuela to reopen the border.|REQUEST|10|COL|VEN|a
T|Japan issued a warning to China over its naval manoeuvres.|THREATEN|130|JPN|CHN|a
T|Iran made threats against Israel.|THREATEN|130|IRN|ISR|a
T|Rwanda sent a warning to the Democratic Republic of Congo.|THREATEN|130|RWA|COD|a
T|Russia issued a threat of sanctions against Moldova.|THREATEN|1312|RUS|MDA|a
A|Thailand lodged a formal protest with Cambodia.|ACCUSE|111|THA|KHM|a
A|Egypt levelled accusations against Ethiopia over the dam.|ACCUSE|112|EGY|ETH|a
A|Guatemala filed a strong protest with Mexico.|ACCUSE|111|GTM|MEX|a
A|Serbia voiced sharp criticism of Croatia.|ACCUSE|111|SRB|HRV|a
A|Pakistan filed a complaint against India at the United Nations.|ACCUSE|115|PAK|IND|a
J|Ukraine gave a flat refusal to the Russian proposal.|REJECT|12|UKR|RUS|a
J|Venezuela issued a rejection of Guyana's demand.|REJECT|12|VEN|GUY|a
J|China cast its veto against the American resolution.|REJECT|129|CHN|USA|a
S|Brazil lent its support to Argentina in the Falklands dispute.|SUPPORT|05|BRA|ARG|a
S|Senegal expressed its solidarity with Morocco.|SUPPORT|05|SEN|MAR|a
S|Spain voiced its backing for Portugal.|SUPPORT|05|ESP|PRT|a
D|Germany provided humanitarian aid to Sudan.|AID|073|DEU|SDN|a
D|China extended a loan of 500 million dollars to Kenya.|AID|071|CHN|KEN|a
D|Japan granted financial assistance to Sri Lanka.|AID|071|JPN|LKA|a
D|Turkey sent emergency aid to Syria.|AID|073|TUR|SYR|a
G|India concluded a free trade agreement with the United Arab Emirates.|AGREE|057|IND|ARE|a
G|Armenia and Azerbaijan reached a ceasefire.|AGREE|037|ARM|AZE|a
G|Morocco signed a memorandum of understanding with Mauritania.|AGREE|057|MAR|MRT|a
G|Peru reached an agreement with Bolivia on the border.|AGREE|057|PER|BOL|a
N|Britain imposed sanctions on Belarus.|SANCTION|163|GBR|BLR|a
N|The European Union adopted new sanctions against Iran.|SANCTION|163|EUR|IRN|a
N|Canada declared an arms embargo on Sudan.|SANCTION|163|CAN|SDN|a
N|Lithuania carried out the expulsion of two Russian diplomats.|SANCTION|161|LTU|RUS|a
K|Senegalese police carried out the arrest of three Guinean nationals.|COERCE|173|SEN|GIN|a
K|Algerian authorities carried out the expulsion of Nigerien migrants.|COERCE|174|DZA|NER|a
K|The Indonesian navy carried out the seizure of a Vietnamese fishing boat.|COERCE|1711|IDN|VNM|a
K|Israel imposed a total blockade on the Gaza Strip.|COERCE|191|ISR|PSE|a
F|The Israeli army carried out strikes on Hezbollah positions in Lebanon.|ASSAULT|195|ISR|LBN|a
F|The Sudanese air force conducted air raids on Chadian towns.|ASSAULT|195|SDN|TCD|a
F|Russia launched a large-scale offensive against Ukraine.|ASSAULT|190|RUS|UKR|a
F|Azerbaijani forces launched an attack on Armenia.|ASSAULT|190|AZE|ARM|a
F|The Rwandan army staged a raid on Congolese positions.|ASSAULT|190|RWA|COD|a
F|Pakistan carried out bombardments in Afghanistan.|ASSAULT|195|PAK|AFG|a
I|Belgian prosecutors opened an investigation into Rwandan diplomats.|ACCUSE|090|BEL|RWA|a
P|Japan offered an apology to South Korea.|SUPPORT|055|JPN|KOR|a
P|The Tunisian president granted a pardon to Algerian detainees.|CONCEDE|081|TUN|DZA|a
P|Myanmar carried out the release of Thai fishermen.|RETREAT|0841|MMR|THA|a
P|Burundi completed the withdrawal of its troops from Somalia.|RETREAT|0872|BDI|SOM|a
M|Qatar conducted mediation between the Colombian government and the rebels.|CONSULT|045|QAT|COL|a
X|France announced humanitarian aid for Lebanon.|AGREE|033|FRA|LBN|i
X|Japan announced new assistance to Bangladesh.|AGREE|033|JPN|BGD|i
X|The European Union announced additional aid to Moldova.|AGREE|033|EUR|MDA|i
X|Canada announced 50 million dollars in aid to Haiti.|AGREE|033|CAN|HTI|i
V|Ghana's president extended an invitation to his Ivorian counterpart.|AGREE|036|GHA|CIV|i
H|The Senegalese minister said he had held phone talks with his Gambian counterpart.|CONSULT|040|SEN|GMB|a
H|After holding a working session with Mali's prime minister, Niger's foreign minister returned to Niamey.|CONSULT|040|NER|MLI|a
H|The Ivorian president, who held long talks with his Burkinabe counterpart on Tuesday, left Abidjan.|CONSULT|040|CIV|BFA|a
H|Strikes were carried out by the Turkish army against Syrian positions.|ASSAULT|195|TUR|SYR|a
H|A warning was issued to Iran by France.|THREATEN|130|FRA|IRN|a
H|The strikes carried out by the Russian air force on Ukrainian cities killed ten people.|ASSAULT|195|RUS|UKR|a
H|Ghana on Monday carried out the expulsion of two Nigerian diplomats.|SANCTION|161|GHA|NGA|a
H|Nigeria's army on Sunday conducted a series of air strikes on Cameroonian positions.|ASSAULT|195|NGA|CMR|a
H|Tanzanian police carried out the arrest in Dar es Salaam of two Kenyan journalists.|COERCE|173|TZA|KEN|a
H|Gabon's head of state had a phone call with Angolan President Joao Lourenco.|CONSULT|040|GAB|AGO|a
L|Ethiopia's prime minister had a phone conversation with the Kenyan president.|CONSULT|040|ETH|KEN|a
L|The French president placed a call to his Algerian counterpart.|CONSULT|040|FRA|DZA|a
L|Niger threw its support behind Burkina Faso.|SUPPORT|05|NER|BFA|a
L|Poland sounded a warning to Belarus.|THREATEN|130|POL|BLR|a
L|Cambodia met with a refusal from Thailand.|REJECT|12|THA|KHM|a
L|Russia stepped up its strikes on Ukraine.|ASSAULT|195|RUS|UKR|a
L|Japan made a formal extradition request to Lebanon.|REQUEST|10|JPN|LBN|a
L|Kenya launched a scathing attack on Somalia's government over the border dispute.|ACCUSE|111|KEN|SOM|a
L|Hungary gave a warm welcome to the Serbian president.|CONSULT|042|SRB|HUN|a
L|Australia registered a protest with China.|ACCUSE|111|AUS|CHN|a
L|Sweden rolled out new sanctions against Russia.|SANCTION|163|SWE|RUS|a
L|Greece made an official protest to Turkey.|ACCUSE|111|GRC|TUR|a
L|The Somali government announced the dispatch of aid to Kenya.|AGREE|033|SOM|KEN|i
L|Germany gave the go-ahead for tank deliveries to Ukraine.|AGREE|033|DEU|UKR|i
L|India pledged assistance to Nepal.|AGREE|033|IND|NPL|i
L|Israel issued an apology to Jordan.|SUPPORT|055|ISR|JOR|a"""

FR_2 = """C|Le roi de Jordanie a eu un entretien avec le président égyptien au Caire.|CONSULT|040|JOR|EGY|a
C|Le président gabonais a eu un tête-à-tête avec son homologue camerounais à Yaoundé.|CONSULT|040|GAB|CMR|a
C|Le ministre tchadien de la Défense a effectué une visite de travail au Niger.|CONSULT|042|TCD|NER|a
R|Le Bénin a lancé un appel pressant au Togo pour la réouverture de la frontière.|REQUEST|10|BEN|TGO|a
R|Le Liban a adressé une demande d'aide à la France.|REQUEST|103|LBN|FRA|a
T|La Corée du Sud a adressé un avertissement à la Corée du Nord.|THREATEN|130|KOR|PRK|a
T|La Corée du Nord a proféré de nouvelles menaces contre le Japon.|THREATEN|130|PRK|JPN|a
A|L'Inde a émis une protestation auprès du Népal.|ACCUSE|111|IND|NPL|a
A|La Somalie a formulé des accusations contre le Kenya.|ACCUSE|112|SOM|KEN|a
A|Le Vietnam a porté plainte contre la Chine devant un tribunal arbitral.|ACCUSE|115|VNM|CHN|a
J|Le Soudan a opposé un refus à la demande du Tchad.|REJECT|12|SDN|TCD|a
S|Le Maroc a réitéré son soutien à la Mauritanie.|SUPPORT|05|MAR|MRT|a
D|La Norvège a débloqué une aide d'urgence pour l'Éthiopie.|AID|073|NOR|ETH|a
D|L'Arabie saoudite a accordé un prêt à l'Égypte.|AID|071|SAU|EGY|a
G|La Tanzanie a signé un accord de coopération avec le Mozambique.|AGREE|057|TZA|MOZ|a
N|Les États-Unis ont imposé de nouvelles sanctions au Nicaragua.|SANCTION|163|USA|NIC|a
N|Le Burkina Faso a procédé à l'expulsion de deux diplomates français.|SANCTION|161|BFA|FRA|a
K|La police kényane a procédé à l'interpellation de cinq ressortissants éthiopiens.|COERCE|173|KEN|ETH|a
K|La Turquie a imposé un blocus terrestre à l'Arménie.|COERCE|191|TUR|ARM|a
F|L'armée ukrainienne a mené une attaque de drones contre la Russie.|ASSAULT|195|UKR|RUS|a
F|L'armée birmane a effectué des frappes aériennes contre des villages thaïlandais.|ASSAULT|195|MMR|THA|a
F|Les États-Unis ont mené des frappes contre des cibles houthies au Yémen.|ASSAULT|195|USA|YEM|a
P|L'Algérie a présenté des excuses officielles au Maroc.|SUPPORT|055|DZA|MAR|a
P|Le gouvernement colombien a procédé à la libération de soldats vénézuéliens.|RETREAT|0841|COL|VEN|a
P|La Russie a annoncé le retrait de ses troupes de Syrie.|CONCEDE|0872|RUS|SYR|i
X|L'Italie a annoncé une aide alimentaire à la Tunisie.|AGREE|033|ITA|TUN|i
X|La Suisse a annoncé l'octroi d'une aide à l'Ukraine.|AGREE|033|CHE|UKR|i
V|Le Portugal a adressé une invitation au président angolais.|AGREE|036|PRT|AGO|i
H|Le président zambien a affirmé avoir eu un entretien téléphonique avec son homologue zimbabwéen.|CONSULT|040|ZMB|ZWE|a
H|Des frappes ont été menées par l'aviation israélienne contre des positions syriennes.|ASSAULT|195|ISR|SYR|a
H|La police ghanéenne a procédé mardi à l'arrestation de quatre ressortissants togolais.|COERCE|173|GHA|TGO|a
H|Un avertissement a été adressé à la Serbie par la Croatie.|THREATEN|130|HRV|SRB|a
L|Le Premier ministre libyen a eu un échange téléphonique avec le président tunisien.|CONSULT|040|LBY|TUN|a
L|La Bolivie a fait part de son soutien au Venezuela.|SUPPORT|05|BOL|VEN|a
L|L'Irak a présenté une protestation officielle à l'Iran.|ACCUSE|111|IRQ|IRN|a
L|La Norvège a pris de nouvelles sanctions contre la Biélorussie.|SANCTION|163|NOR|BLR|a
L|Le Canada a annoncé l'envoi d'une aide à Haïti.|AGREE|033|CAN|HTI|i
L|Le Danemark a promis une aide à la Moldavie.|AGREE|033|DNK|MDA|i"""

EN_2 = """C|Jordan's king had talks with the Egyptian president in Cairo.|CONSULT|040|JOR|EGY|a
C|The Gabonese president held a one-on-one meeting with his Cameroonian counterpart in Yaounde.|CONSULT|040|GAB|CMR|a
C|Chad's defence minister made a working visit to Niger.|CONSULT|042|TCD|NER|a
R|Benin made an urgent appeal to Togo for the reopening of the border.|REQUEST|10|BEN|TGO|a
R|Lebanon sent a request for assistance to France.|REQUEST|103|LBN|FRA|a
T|South Korea issued a stern warning to North Korea.|THREATEN|130|KOR|PRK|a
T|North Korea made new threats against Japan.|THREATEN|130|PRK|JPN|a
A|India lodged a protest with Nepal.|ACCUSE|111|IND|NPL|a
A|Somalia levelled accusations at Kenya.|ACCUSE|112|SOM|KEN|a
A|Vietnam lodged a complaint against China before an arbitral tribunal.|ACCUSE|115|VNM|CHN|a
J|Sudan registered its refusal of Chad's request.|REJECT|12|SDN|TCD|a
S|Morocco reiterated its support for Mauritania.|SUPPORT|05|MAR|MRT|a
D|Norway released emergency aid for Ethiopia.|AID|073|NOR|ETH|a
D|Saudi Arabia extended a loan to Egypt.|AID|071|SAU|EGY|a
G|Tanzania signed a cooperation agreement with Mozambique.|AGREE|057|TZA|MOZ|a
N|The United States slapped new sanctions on Nicaragua.|SANCTION|163|USA|NIC|a
N|Burkina Faso ordered the expulsion of two French diplomats.|SANCTION|161|BFA|FRA|a
K|Kenyan police carried out the detention of five Ethiopian nationals.|COERCE|173|KEN|ETH|a
K|Turkey imposed a land blockade on Armenia.|COERCE|191|TUR|ARM|a
F|Ukraine's army carried out a drone attack on Russia.|ASSAULT|195|UKR|RUS|a
F|Myanmar's military conducted air strikes on Thai villages.|ASSAULT|195|MMR|THA|a
F|The United States carried out strikes on Houthi targets in Yemen.|ASSAULT|195|USA|YEM|a
P|Algeria offered official apologies to Morocco.|SUPPORT|055|DZA|MAR|a
P|The Colombian government carried out the release of Venezuelan soldiers.|RETREAT|0841|COL|VEN|a
P|Russia announced the withdrawal of its troops from Syria.|CONCEDE|0872|RUS|SYR|i
X|Italy announced food aid for Tunisia.|AGREE|033|ITA|TUN|i
X|Switzerland announced new assistance for Ukraine.|AGREE|033|CHE|UKR|i
V|Portugal extended an invitation to the Angolan president.|AGREE|036|PRT|AGO|i
H|Zambia's president said he had held phone talks with his Zimbabwean counterpart.|CONSULT|040|ZMB|ZWE|a
H|Strikes were carried out by the Israeli air force against Syrian positions.|ASSAULT|195|ISR|SYR|a
H|Ghanaian police on Tuesday carried out the arrest of four Togolese nationals.|COERCE|173|GHA|TGO|a
H|A warning was issued to Serbia by Croatia.|THREATEN|130|HRV|SRB|a
L|Libya's prime minister had a phone conversation with the Tunisian president.|CONSULT|040|LBY|TUN|a
L|Bolivia threw its weight behind Venezuela.|SUPPORT|05|BOL|VEN|a
L|Iraq made an official protest to Iran.|ACCUSE|111|IRQ|IRN|a
L|Norway rolled out new sanctions against Belarus.|SANCTION|163|NOR|BLR|a
L|Canada announced the dispatch of aid to Haiti.|AGREE|033|CAN|HTI|i
L|Denmark pledged aid to Moldova.|AGREE|033|DNK|MDA|i"""


def party(iso: str) -> dict:
    return {"name": None, "country": iso, "sector": None}


def write(name: str, lang: str, table: str) -> None:
    with open(HERE / f"{name}.{lang}.jsonl", "w", encoding="utf-8") as out:
        for n, line in enumerate(table.splitlines(), 1):
            letter, text, etype, cameo, src, tgt, mod = line.split("|")
            event = {"event_type": etype, "mode": None, "cameo": cameo, "source": party(src), "target": party(tgt),
                     "date": None, "location": None, "polarity": "positive",
                     "modality": {"a": "actual", "i": "intended"}[mod], "evidence": text, "required": True}
            item = {"article_id": f"{name}-{lang}-{n:03d}{letter}", "lang": lang, "text": text,
                    "published": "2025-06-12", "events": [event]}
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("light23-1", "fr", FR_1)
    write("light23-1", "en", EN_1)
    write("light23-2", "fr", FR_2)
    write("light23-2", "en", EN_2)
