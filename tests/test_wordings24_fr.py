"""French wording families of the fifth codebook set (helper codebook24fr): the less common
verbs, light-verb forms and press locutions that codebook-5.fr missed on its first, unseen
run (tests/data/codebook/README.md, "The fifth set (French)"), added by family in
src/chronicle/packs/fr/triggers/wordings-24.yaml with their synonyms and guards, and the
mechanisms they needed (a list one is taken off excludes the blacklist noun hung on the
object; a campaign of ethnic cleansing reads its victims after 'contre'; the guest of
'offrir l'hospitalité'; the state a spy serves). Sentences written for these tests, about
other countries than the set's items and the untuned probes
(tests/data/probes/codebook24fr-2.fr.jsonl), with the ordinary senses and negations beside."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coded_as, lang_coder

_code = lang_coder("2025-05-01")



def _seen(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target and e.target.country, e.polarity, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "cameo", "source", "target"),
    [
        # 03 a dispute cleared, an agreement put in writing, an offer to mediate
        ("Le Tchad et le Cameroun ont soldé leur différend sur le lac.", "AGREE", "037", "TCD", "CMR"),
        ("Le Togo et le Bénin ont aplani leur contentieux frontalier.", "AGREE", "037", "TGO", "BEN"),
        ("Le Burundi et la Tanzanie ont couché sur le papier un accord de libre circulation.", "AGREE", "03", "BDI", "TZA"),
        ("L'Égypte s'est posée en médiatrice entre le Hamas et Israël.", "AGREE", "039", "EGY", "ISR"),
        ("L'Inde et le Pakistan se sont rabibochés.", "AGREE", "037", "IND", "PAK"),
        ("Le Rwanda s'est réconcilié avec le Burundi après des années de brouille.", "AGREE", "037", "RWA", "BDI"),
        ("Le Ghana et le Togo ont scellé leur réconciliation.", "AGREE", "037", "TGO", "GHA"),
        # 04 hospitality given to a guest; a go-between
        ("Le Togo a offert l'hospitalité au président nigérien pendant deux jours à Lomé.", "CONSULT", "043", "NER", "TGO"),
        ("Un diplomate qatari a joué les entremetteurs entre l'Éthiopie et l'Érythrée.", "CONSULT", "045", "QAT", "ETH"),
        ("Les négociateurs iraniens ont planché avec leurs homologues omanais sur un nouveau texte.", "CONSULT", "046", "IRN", "OMN"),
        # 06 co- verbs, efforts joined, a tip-off between services
        ("L'Angola et la Namibie cofinancent un barrage sur le fleuve Cunene.", "COOPERATE", "061", "NAM", "AGO"),
        ("Les polices guinéenne et sénégalaise ont conjugué leurs efforts contre les passeurs.", "COOPERATE", "060", "GIN", "SEN"),
        ("Les services tunisiens ont tuyauté leurs homologues italiens sur un réseau de passeurs.", "COOPERATE", "064", "TUN", "ITA"),
        # 07 money put into another's funds, relief carried, peacekeepers that guard
        ("L'Arabie saoudite a renfloué les caisses de l'État yéménite à hauteur d'un milliard de dollars.", "AID", "071", "SAU", "YEM"),
        ("La Turquie a convoyé des tonnes de vivres vers les sinistrés syriens.", "AID", "073", "TUR", "SYR"),
        ("Le Liban a nolisé deux navires de vivres pour les sinistrés de Gaza.", "AID", "073", "LBN", "PSE"),
        ("Des Casques bleus népalais protègent les camps de déplacés de Bunia, en RDC.", "AID", "074", "NPL", "COD"),
        # 08 a party allowed again, a blacklist left, access half-opened, arms grounded, a release
        ("Le Tchad a redonné droit de cité aux partis d'opposition.", "CONCEDE", "0812", "TCD", "TCD"),
        ("Le Canada a radié trois banques russes de sa liste noire.", "RETREAT", "085", "CAN", "RUS"),
        ("Le Soudan a entrouvert sa frontière aux convois humanitaires de l'ONU.", "RETREAT", "0863", "SDN", None),
        ("Le Hamas a mis l'arme au pied face à l'armée israélienne.", "RETREAT", "0871", "PSE", "ISR"),
        ("Le Burundi a fait sortir de prison une vingtaine d'opposants.", "RETREAT", "0841", "BDI", "BDI"),
        # 09 a prosecutor takes up a case; an inquiry combs through crimes
        ("Le parquet de Dakar s'est saisi d'une affaire de détournement visant un ancien ministre sénégalais.", "ACCUSE", "091", "SEN", "SEN"),
        ("Les enquêteurs de l'ONU ont passé au peigne fin les massacres commis par l'armée éthiopienne.", "ACCUSE", "09", "UNO", "ETH"),
        # 10 an intercession for a release
        ("L'archevêque a intercédé auprès des autorités camerounaises pour la libération d'un prêtre.", "REQUEST", "1053", "CMR", "CMR"),
        # 11 blame laid on an account; a spy unmasked names the state it serves
        ("Kigali met sur le compte de Kinshasa les bombardements de Gisenyi.", "ACCUSE", "112", "RWA", "COD"),
        ("Le FSB affirme avoir démasqué une taupe à la solde de l'Ukraine.", "ACCUSE", "1125", "RUS", "UKR"),
        # 12 rulings one frees oneself of; 19 a truce trodden on
        ("La junte guinéenne s'est affranchie des injonctions de la CEDEAO.", "REJECT", "128", "GIN", "IGO"),
        ("Le Mali s'est émancipé de la tutelle de la CEDEAO.", "REJECT", "128", "MLI", "IGO"),
        ("L'armée soudanaise a foulé aux pieds la trêve conclue avec les FSR.", "ASSAULT", "196", "SDN", "SDN"),
        # 13 zero tolerance promised; a threat left hanging; a freeze no longer ruled out
        ("Le ministre nigérian de l'Intérieur a promis la tolérance zéro aux casseurs.", "THREATEN", "137", "NGA", None),
        ("Le Danemark laisse planer la menace d'un gel de son aide à la Tanzanie.", "THREATEN", "13", "DNK", "TZA"),
        ("Paris n'exclut plus de geler les avoirs des dirigeants maliens.", "THREATEN", "1312", "FRA", "MLI"),
        # 14 a crowd fills a square; 15 an army on a war footing
        ("Des milliers d'étudiants serbes ont envahi la place Slavija pour exiger des élections.", "PROTEST", "141", "SRB", None),
        ("L'armée indienne a été mise sur le pied de guerre.", "MOBILIZE", "152", "IND", None),
        # 16 relations struck off, aid trimmed, talks deserted
        ("Le Honduras a tiré un trait sur ses relations diplomatiques avec Taïwan.", "SANCTION", "161", "HND", "TWN"),
        ("L'Allemagne a raboté son aide au développement au Niger.", "SANCTION", "1621", "DEU", "NER"),
        ("Le gouvernement colombien a déserté les pourparlers avec l'ELN.", "SANCTION", "164", "COL", "COL"),
        # 17 assets sequestered, migrants shipped off
        ("La justice française a placé sous séquestre les avoirs d'un oligarque russe.", "COERCE", "1711", "FRA", "RUS"),
        ("La Tunisie a expédié manu militari vers la Libye des centaines de migrants.", "COERCE", "174", "TUN", None),
        # 18-20 torture, villagers mown down, a campaign of ethnic cleansing
        ("Des gardiens ont martyrisé des détenus dans une prison du Burundi.", "ASSAULT", "1822", "BDI", "BDI"),
        ("Des jihadistes ont fauché des dizaines de villageois dans le nord du Burkina Faso.", "ASSAULT", "202", "BFA", "BFA"),
        ("Des miliciens ont mené une campagne d'épuration ethnique contre les Tutsis en Ituri.", "ASSAULT", "203", "COD", "COD"),
    ],
)
def test_a_wording_of_the_family_is_coded(text: str, event_type: str, cameo: str, source: str, target: str | None):
    events = _code(text, "fr")
    assert coded_as(events, event_type, cameo, source, target), _seen(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("L'entreprise a soldé ses stocks avant l'inventaire.", "AGREE"),
        ("Le président veut réconcilier les Ivoiriens.", "AGREE"),
        ("Le gouvernement a célébré la réconciliation nationale.", "AGREE"),
        ("Les Nations unies appellent le Soudan et le Tchad à se réconcilier.", "AGREE"),
        ("Le Tchad offre l'hospitalité à des milliers de réfugiés soudanais.", "CONSULT"),
        ("Le studio a coproduit un film avec la télévision belge.", "COOPERATE"),
        ("Les députés ont planché sur le projet de loi de finances.", "CONSULT"),
        ("Le professeur a conjugué les verbes au passé.", "COOPERATE"),
        ("Les services secrets ont renseigné le président sur la situation.", "COOPERATE"),
        ("Le ministre abonde dans le sens du président.", "AID"),
        ("L'armée a convoyé des munitions vers le front.", "AID"),
        ("L'armée indienne protège ses frontières.", "AID"),
        ("Le candidat a été retiré de la liste électorale.", "RETREAT"),
        ("Le détenu est sorti de prison après dix ans.", "RETREAT"),
        ("La police a passé au peigne fin le quartier.", "ACCUSE"),
        ("Le parti s'est saisi de l'occasion pour critiquer le gouvernement.", "ACCUSE"),
        ("Le client a mis la somme sur le compte de sa banque.", "ACCUSE"),
        ("Les éditorialistes ont noirci le tableau de la situation.", "PROTEST"),
        ("Les soldats ont envahi la place centrale de Goma.", "PROTEST"),
        ("L'économie a été mise sur le pied de guerre.", "MOBILIZE"),
        ("Le club a tiré un trait sur la saison passée.", "SANCTION"),
        ("Le gouvernement a raboté le budget de la culture.", "SANCTION"),
        ("Les ministres ont quitté la table du dîner.", "SANCTION"),
        ("Une voiture a fauché trois passants à Lyon.", "ASSAULT"),
        ("Une menace de famine plane sur le Soudan.", "THREATEN"),
        # a blacklist one is taken off is no sanction
        ("Le Canada a radié trois banques russes de sa liste noire.", "SANCTION"),
        # a freeze ruled out is a refusal, no threat; an offer of mediation refused is no offer
        ("Paris exclut de geler les avoirs des dirigeants maliens.", "THREATEN"),
        ("L'Égypte a refusé de se poser en médiatrice entre le Hamas et Israël.", "AGREE"),
        # a call to silence the guns is a request; a threat to leave talks is a threat
        ("Le Hamas appelle Israël à faire taire les armes.", "RETREAT"),
        ("Le gouvernement a menacé de déserter les pourparlers avec l'ELN.", "SANCTION"),
    ],
)
def test_the_ordinary_sense_or_a_counter_sense_codes_no_such_event(text: str, event_type: str):
    events = _code(text, "fr")
    assert not [e for e in events if e.event_type == event_type and e.polarity == "positive"], _seen(events)


def test_a_dispute_not_settled_is_a_negated_agreement():
    events = [e for e in _code("Le Tchad et le Cameroun n'ont pas soldé leur différend sur le lac.", "fr") if e.event_type == "AGREE"]
    assert events and all(e.polarity == "negative" for e in events), _seen(events)


def test_a_blacklisting_stays_a_sanction():
    events = _code("Le Trésor américain a inscrit trois armateurs iraniens sur sa liste noire.", "fr")
    assert coded_as(events, "SANCTION", "16", "USA", "IRN"), _seen(events)
