"""Aid stated by a sum or by 'funding' (helper nominal28en): a sum with a currency sign that
heads the object of a verb of announcing or giving ("announced an additional $15 million
for X") and the noun 'funding' are aid, announced or pledged an intent (CAMEO 0331, AGREE intended); the
recipient is named with 'for' or 'to', else it is the country of the place the sentence
names, else the country the article is about (frame nominal_provide). Sums of tariffs,
contracts or profits are no aid. Sentences written for these tests, about other countries
than the probe files (tests/data/probes/nominal28en-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-05-20")


def found(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in code(text, "en")}


def test_sum_announced_for_a_recipient_is_a_pledge() -> None:
    assert ("AGREE", "DNK", "UKR", "intended") in found("Denmark announced an additional $25 million for Ukraine's energy grid on Monday.")


def test_sum_with_a_compound_currency_sign() -> None:
    # 'NZ$20' is one token the parse hangs on 'million'
    assert ("AGREE", "AUS", "FJI", "intended") in found("Australia announced A$12 million for Fiji's police force.")


def test_funding_announced_is_a_pledge() -> None:
    assert ("AGREE", "GBR", "GHA", "intended") in found("Britain will announce new funding for Ghana's health service.")


def test_recipient_from_the_place_of_the_sentence() -> None:
    # no 'for' or 'to': the aid goes where the sentence says it is spent
    assert ("AGREE", "IRL", "MWI", "intended") in found(
        "Ireland announced a further €3 million in emergency assistance after the floods in Malawi.")


def test_tariffs_and_contracts_counted_in_millions_are_no_aid() -> None:
    events = found("Brazil signed a $3 billion contract with a Swedish aircraft maker on Thursday.")
    assert not any(t in ("AID",) or (t == "AGREE" and m == "intended") for t, _, _, m in events)
    events = found("Canada announced $15 billion in tariffs on American steel.")
    assert not any(t == "AID" or (t == "AGREE" and m == "intended") for t, _, _, m in events)


def test_funding_cut_is_no_pledge() -> None:
    events = found("Sweden announced it would cut funding for the agency in Gaza.")
    assert not any(t == "AGREE" and m == "intended" for t, _, _, m in events)
