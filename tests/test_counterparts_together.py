"""A symmetric act done alongside counterparts of several countries ("signed the pact
alongside his counterparts from the Philippines and Australia") is among all of them,
one event per pair, and "the three ministers" said next stand for them (GUIDELINES,
lists and groups; extract/mentions.py counterpart countries, resolve/assemble.py)."""

from __future__ import annotations

from event_checks import coder

code = coder("en", "2025-06-11")


def _pairs(events, event_type: str, evidence: str) -> set[frozenset[str | None]]:
    return {frozenset((e.source.country, e.target.country if e.target else None)) for e in events
            if e.event_type == event_type and evidence in (e.sentence or "")}


def test_counterparts_from_two_countries_sign_with_the_subject_each_pair() -> None:
    events = code("Indonesia's foreign minister signed a fisheries accord in Jakarta on Monday alongside "
                  "his counterparts from Malaysia and Vietnam.")
    assert _pairs(events, "AGREE", "fisheries") == {frozenset(p) for p in (("IDN", "MYS"), ("IDN", "VNM"), ("MYS", "VNM"))}


def test_the_counted_ministers_after_them_are_the_three() -> None:
    events = code("Kenya's trade minister signed a customs protocol in Nairobi alongside his counterparts from "
                  "Uganda and Rwanda. The three ministers also agreed to open a joint border post next year.")
    assert _pairs(events, "AGREE", "three ministers") == {frozenset(p) for p in (("KEN", "UGA"), ("KEN", "RWA"), ("UGA", "RWA"))}


def test_one_counterpart_keeps_one_pair() -> None:
    events = code("Chile's foreign minister signed a water-sharing accord on Tuesday alongside his counterpart from Argentina.")
    assert _pairs(events, "AGREE", "water-sharing") == {frozenset(("CHL", "ARG"))}


def test_counterparts_met_with_are_each_the_subjects_partner_only() -> None:
    events = code("Brazil's foreign minister will hold bilateral meetings with his counterparts from India and China next week.")
    assert _pairs(events, "AGREE", "bilateral") == {frozenset(p) for p in (("BRA", "IND"), ("BRA", "CHN"))}


def test_french_co_signers_aux_cotes_de_are_among_all() -> None:
    events = coder("fr", "2025-06-11")(
        "Le ministre ghanéen de la Défense a signé mardi à Accra un accord de sécurité aux côtés de ses homologues "
        "togolais et béninois. Les trois ministres ont aussi convenu de se retrouver à Lomé en mars.")
    trio = {frozenset(p) for p in (("GHA", "TGO"), ("GHA", "BEN"), ("TGO", "BEN"))}
    assert _pairs(events, "AGREE", "accord de sécurité") == trio
    assert _pairs(events, "AGREE", "trois ministres") == trio
