"""Round 29 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure
from ukjp_desktop.core.extract import propose


def test_wire_copys_bln_is_a_billion():
    m = _figure("Kestrel and partners to invest $12.3 bln in UK clean energy.", "$12.3 bln")
    assert m.amount == 12_300_000_000


def test_a_square_bracket_holds_an_equivalent():
    text = "This latest £2.5 million [$3.5 million] award forms part of a larger programme."
    pounds, dollars = _figure(text, "£2.5 million"), _figure(text, "$3.5 million")
    assert dollars.converted_from == pounds.id


@pytest.mark.parametrize("text, figure, funding", [
    ("Since then, the Japanese business has agreed to pump £7.5 billion into the UK's economy.", "£7.5 billion", True),
    ("Businesses in the North West provided a boost to M&A values by ploughing nearly £2bn into overseas assets.",
     "nearly £2bn", False),
    ("Japan's biopharmaceutical firms contributed $62.4bn, or 1.3% of GDP, to the country's economic output in 2019.",
     "$62.4bn", False),
])
def test_pumping_money_into_an_economy_and_a_sectors_share_of_output(text, figure, funding):
    # the rules' reading (session 42: after round 87's retraining the word model scores the invented first sentence
    # 0.189, just under its veto's 0.2; the seen page the rule was written for keeps its figure)
    assert _figure(text, figure, word_model=False).is_funding is funding


def test_the_body_a_which_clause_hangs_on_pays():
    m = _figure("Kestrel Corporation, which plans to invest around 1 billion pounds on its own, expects various support "
                "from the UK government.", "around 1 billion pounds")
    assert (m.side, m.money_kind) == ("private", "investment")


def test_a_list_of_bodies_before_which_together_pays_jointly():
    (m,) = propose("The programme is funded by EPSRC, BBSRC and the Japan Science and Technology Agency, which "
                   "together have committed £6 million.").money
    assert m.side == "joint"
