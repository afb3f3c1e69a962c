"""Rounds 47 onwards (session 33) of the extraction rules, read from test53 onwards: one test per mechanism, on
invented sentences, with controls that pass before and after."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure


@pytest.mark.parametrize("text, figure", [
    ("Nissan reported record sales in Sunderland.\n\nA science weekly said on Monday that a new £12mn partnership between "
     "Japan and the UK will support research into ageing.", "£12mn"),
    ("Toyota opened a plant.\n\nA £4 million programme between the UK and Japan will fund robotics fellowships.",
     "£4 million"),
])
def test_an_undertaking_between_the_two_countries_is_joint_money(text, figure):
    # the company named earlier on the page does not pay: the two countries the undertaking is "between" do
    m = _figure(text, figure)
    assert m.side == "joint" and m.side_basis == "clause" and m.money_kind == "funding"


def test_an_undertaking_between_two_places_of_one_side_is_not_joint():
    # the control: a school exchange between two towns names no two countries
    text = ("The Great Britain Sasakawa Foundation made its awards.\n\nThe Ely Exchange received a grant of £2,800 for "
            "an exchange programme between pupils from Ely and Kanazawa.")
    assert _figure(text, "£2,800").side != "joint"


def test_both_governments_as_the_subject_pay_jointly():
    text = "【ロンドン共同】英政府は3日、日英の研究協力を強化すると発表した。両政府が2000万ポンドを拠出し、新たな基金を設ける。"
    m = _figure(text, "2000万ポンド")
    assert m.side == "joint" and m.side_basis == "clause"


def test_one_government_as_the_subject_still_pays_alone():
    # the control: the UK government alone is the subject
    text = "【ロンドン共同】英政府は3日、日英の研究協力を強化すると発表した。英政府が2000万ポンドを拠出する。"
    assert _figure(text, "2000万ポンド").side == "UK"
