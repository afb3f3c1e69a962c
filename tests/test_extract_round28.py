"""Round 28 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure


@pytest.mark.parametrize("text, figure", [
    ("The UK and Japan are tech powerhouses, with combined IT sectors worth more than £406 billion.",
     "more than £406 billion"),
    ("The pact is expected to deliver an annual economic boost of £2 billion to the UK in the long run.", "£2 billion"),
    ("Japan is the fifth largest investor in the UK, with participation in business and infrastructure projects "
     "reaching £92bn.", "£92bn"),
])
def test_sizes_boosts_and_stocks_reaching_a_level_are_not_money_put_in(text, figure):
    assert not _figure(text, figure).is_funding


def test_extra_private_investment_from_a_country_is_private():
    m = _figure("Downing Street said the UK will benefit from almost £20bn of extra private investment from Japan.",
                "almost £20bn")
    assert (m.side, m.money_kind) == ("private", "investment")


def test_the_body_whose_project_is_supported_does_not_pay_the_support():
    m = _figure("Scottish Enterprise is contributing to Mitsubishi Electric's investment project with a package of "
                "support, including £1.8m of grant funding.", "£1.8m")
    assert (m.side, m.money_kind, m.contributor) == ("UK", "funding", "scottish-enterprise")
