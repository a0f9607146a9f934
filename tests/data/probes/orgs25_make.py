"""Probe sets of orgs25: actors named by a descriptive title the knowledge does not list.
(a) a body named by its head noun and a country ('la Commission nationale des droits de
l'homme du Kenya', 'the Indonesian Maritime Security Agency'); (b) a sub-national office whose
complement names a state, province or city ('la gouverneure du Michigan', 'the premier of
Ontario'), in a sentence whose other party is of another country.
-1 is tuned on, -2 never. Run: python3 tests/data/probes/orgs25_make.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probe_writer import gold_article, gold_event, party, write_jsonl  # noqa: E402

HERE = Path(__file__).parent


def ev(etype, cameo, src, tgt, evidence, mode=None):
    return gold_event(etype, cameo, party(*src), party(*tgt) if tgt else None, evidence, mode=mode)


SETS = {
    ("1", "fr"): [
        ("La Commission nationale des droits de l'homme du Kenya a accusé mardi l'armée ougandaise d'exactions.", "ACCUSE", "112", ("KEN", None), ("UGA", "MIL"), "a accusé mardi l'armée ougandaise"),
        ("L'Autorité électorale du Honduras a rencontré lundi les observateurs de l'Union européenne.", "CONSULT", "040", ("HND", "GOV"), ("EUR", None), "a rencontré lundi les observateurs"),
        ("Le Réseau national de défense des droits humains (Haïti) a demandé au gouvernement dominicain de cesser les expulsions.", "REQUEST", "100", ("HTI", None), ("DOM", "GOV"), "a demandé au gouvernement dominicain"),
        ("L'Agence nationale de sécurité maritime du Ghana a reçu mercredi une délégation de la marine française.", "CONSULT", "040", ("GHA", "GOV"), ("FRA", "MIL"), "a reçu mercredi une délégation"),
        ("La gouverneure du Michigan a rencontré mercredi le Premier ministre canadien à Windsor.", "CONSULT", "040", ("USA", "GOV"), ("CAN", "GOV"), "a rencontré mercredi le Premier ministre canadien"),
        ("Le maire de Kehl a critiqué lundi le gouvernement français.", "ACCUSE", "111", ("DEU", "GOV"), ("FRA", "GOV"), "a critiqué lundi le gouvernement français"),
        ("Le gouverneur du Texas a accusé jeudi le gouvernement mexicain de laxisme à la frontière.", "ACCUSE", "112", ("USA", "GOV"), ("MEX", "GOV"), "a accusé jeudi le gouvernement mexicain"),
        ("Le Premier ministre de l'Ontario a rencontré vendredi l'ambassadeur du Japon.", "CONSULT", "040", ("CAN", "GOV"), ("JPN", "GOV"), "a rencontré vendredi l'ambassadeur du Japon"),
        ("Le maire de Genève a reçu mardi le ministre iranien des Affaires étrangères.", "CONSULT", "040", ("CHE", "GOV"), ("IRN", "GOV"), "a reçu mardi le ministre iranien"),
        ("Le gouverneur de la Californie a signé jeudi un accord de coopération climatique avec la Chine.", "AGREE", "057", ("USA", "GOV"), ("CHN", "GOV"), "a signé jeudi un accord de coopération"),
        ("La Commission électorale nationale indépendante du Nigeria a rejeté mardi les critiques des observateurs américains.", "REJECT", "120", ("NGA", "GOV"), ("USA", None), "a rejeté mardi les critiques"),
    ],
    ("1", "en"): [
        ("The Kenya National Commission on Human Rights accused the Ugandan army of abuses on Tuesday.", "ACCUSE", "112", ("KEN", None), ("UGA", "MIL"), "accused the Ugandan army of abuses"),
        ("The Indonesian Maritime Security Agency detained a Vietnamese fishing boat on Monday.", "COERCE", "173", ("IDN", "GOV"), ("VNM", None), "detained a Vietnamese fishing boat"),
        ("The Ghana Revenue Authority met a delegation of the World Bank on Wednesday.", "CONSULT", "040", ("GHA", "GOV"), ("IGO", None), "met a delegation of the World Bank"),
        ("The governor of Michigan met Canada's prime minister in Windsor on Wednesday.", "CONSULT", "040", ("USA", "GOV"), ("CAN", "GOV"), "met Canada's prime minister"),
        ("The premier of Ontario criticised the U.S. government on Friday.", "ACCUSE", "111", ("CAN", "GOV"), ("USA", "GOV"), "criticised the U.S. government"),
        ("The mayor of Kehl met the French interior minister on Monday.", "CONSULT", "040", ("DEU", "GOV"), ("FRA", "GOV"), "met the French interior minister"),
        ("The governor of Texas accused the Mexican government of failing to stop migrants.", "ACCUSE", "112", ("USA", "GOV"), ("MEX", "GOV"), "accused the Mexican government"),
        ("The chief minister of Sindh met the Chinese ambassador on Thursday.", "CONSULT", "040", ("PAK", "GOV"), ("CHN", "GOV"), "met the Chinese ambassador"),
        ("The governor of Lagos met the British high commissioner on Tuesday.", "CONSULT", "040", ("NGA", "GOV"), ("GBR", "GOV"), "met the British high commissioner"),
        ("The Nigerian Independent National Electoral Commission rejected criticism from American observers on Tuesday.", "REJECT", "120", ("NGA", "GOV"), ("USA", None), "rejected criticism from American observers"),
        ("The Philippine National Maritime Authority accused Chinese vessels of harassment.", "ACCUSE", "112", ("PHL", "GOV"), ("CHN", None), "accused Chinese vessels of harassment"),
    ],
    ("2", "fr"): [
        ("La Commission nationale des droits de l'homme du Togo a accusé lundi la police béninoise de mauvais traitements.", "ACCUSE", "112", ("TGO", None), ("BEN", "COP"), "a accusé lundi la police béninoise"),
        ("L'Autorité nationale de régulation des télécommunications du Cameroun a rencontré mardi une délégation chinoise.", "CONSULT", "040", ("CMR", "GOV"), ("CHN", None), "a rencontré mardi une délégation chinoise"),
        ("Le Conseil national de sécurité du Liban a demandé à Israël de se retirer.", "REQUEST", "100", ("LBN", "GOV"), ("ISR", "GOV"), "a demandé à Israël de se retirer"),
        ("L'Agence de sécurité sanitaire du Sénégal a reçu jeudi des experts de l'Organisation mondiale de la santé.", "CONSULT", "040", ("SEN", "GOV"), ("UNO", None), "a reçu jeudi des experts"),
        ("Le gouverneur de la Floride a accusé mercredi le gouvernement cubain de persécuter les opposants.", "ACCUSE", "112", ("USA", "GOV"), ("CUB", "GOV"), "a accusé mercredi le gouvernement cubain"),
        ("Le maire de Strasbourg a rencontré lundi le ministre allemand de l'Intérieur.", "CONSULT", "040", ("FRA", "GOV"), ("DEU", "GOV"), "a rencontré lundi le ministre allemand"),
        ("Le Premier ministre du Québec a rencontré vendredi le président français.", "CONSULT", "040", ("CAN", "GOV"), ("FRA", "GOV"), "a rencontré vendredi le président français"),
        ("Le gouverneur de l'Arizona a critiqué mardi le gouvernement mexicain.", "ACCUSE", "111", ("USA", "GOV"), ("MEX", "GOV"), "a critiqué mardi le gouvernement mexicain"),
        ("Le maire de Bâle a reçu jeudi l'ambassadeur de Chine.", "CONSULT", "040", ("CHE", "GOV"), ("CHN", "GOV"), "a reçu jeudi l'ambassadeur de Chine"),
        ("Le président de la région de Bavière a rencontré mercredi le Premier ministre tchèque.", "CONSULT", "040", ("DEU", "GOV"), ("CZE", "GOV"), "a rencontré mercredi le Premier ministre tchèque"),
        ("La Haute Autorité de la communication audiovisuelle du Maroc a sanctionné mardi une chaîne algérienne.", "SANCTION", "170", ("MAR", "GOV"), ("DZA", None), "a sanctionné mardi une chaîne algérienne"),
    ],
    ("2", "en"): [
        ("The Uganda Human Rights Commission accused the Kenyan police of abuses on Monday.", "ACCUSE", "112", ("UGA", None), ("KEN", "COP"), "accused the Kenyan police of abuses"),
        ("The Malaysian Anti-Corruption Agency met a delegation from Singapore on Tuesday.", "CONSULT", "040", ("MYS", "GOV"), ("SGP", None), "met a delegation from Singapore"),
        ("The Zambia Energy Regulation Board rejected a request from South African investors.", "REJECT", "120", ("ZMB", "GOV"), ("ZAF", "BUS"), "rejected a request from South African investors"),
        ("The Sri Lankan Coast Conservation Authority accused Indian trawlers of damaging reefs.", "ACCUSE", "112", ("LKA", "GOV"), ("IND", None), "accused Indian trawlers"),
        ("The governor of Florida accused the Cuban government of persecuting dissidents.", "ACCUSE", "112", ("USA", "GOV"), ("CUB", "GOV"), "accused the Cuban government"),
        ("The premier of Queensland met the Chinese ambassador on Friday.", "CONSULT", "040", ("AUS", "GOV"), ("CHN", "GOV"), "met the Chinese ambassador"),
        ("The mayor of Strasbourg met the German interior minister on Monday.", "CONSULT", "040", ("FRA", "GOV"), ("DEU", "GOV"), "met the German interior minister"),
        ("The governor of Arizona criticised the Mexican government on Tuesday.", "ACCUSE", "111", ("USA", "GOV"), ("MEX", "GOV"), "criticised the Mexican government"),
        ("The chief minister of Kerala met the Saudi ambassador on Thursday.", "CONSULT", "040", ("IND", "GOV"), ("SAU", "GOV"), "met the Saudi ambassador"),
        ("The mayor of Basel met the Chinese ambassador on Wednesday.", "CONSULT", "040", ("CHE", "GOV"), ("CHN", "GOV"), "met the Chinese ambassador"),
        ("The premier of British Columbia criticised the U.S. government on Monday.", "ACCUSE", "111", ("CAN", "GOV"), ("USA", "GOV"), "criticised the U.S. government"),
    ],
}

for (n, lang), items in SETS.items():
    write_jsonl(HERE / f"orgs25-{n}.{lang}.jsonl", (
        gold_article(f"orgs25-{n}-{lang}-{i:02d}", lang, text, "2026-05-10", [ev(etype, cameo, src, tgt, evid)])
        for i, (text, etype, cameo, src, tgt, evid) in enumerate(items, 1)))
