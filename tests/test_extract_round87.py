"""Round 87 onwards (session 42) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 87 (test100 read)

@pytest.mark.parametrize("text, figure, side", [
    ("NNL received £497,495 for a joint project with JAEA and Jacobs to adapt a reactor design.", "£497,495", "UK"),
    ("The Hartree Centre received £2m for a collaborative research project with RIKEN on exascale software.",
     "£2m", "UK"),
    ("Kyoto University received ¥50 million for a joint study with the University of Bristol.", "¥50 million", "Japan"),
])
def test_the_partners_of_the_work_a_figure_pays_for_do_not_pay_it(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_payer_before_the_figure_still_pays_when_it_funds_a_joint_project():
    text = "JAEA will provide £497,495 for a joint project with NNL."
    p = _figure(text, "£497,495")
    assert (p.side, p.contributor) == ("Japan", "jaea")


@pytest.mark.parametrize("text, figure, side, contributor", [
    ("In July, the UK Department for Energy Security & Net Zero (DESNZ) selected NNL and JAEA as one of the "
     "candidates to implement the Phase B supported by funding of £31m.", "£31m", "UK", "desnz"),
    ("NEDO chose Rolls-Royce and Mitsubishi Heavy Industries to run the trial, backed by funding of ¥2 billion.",
     "¥2 billion", "Japan", "nedo"),
])
def test_the_bodies_a_funder_selects_receive_the_money_and_the_funder_pays(text, figure, side, contributor):
    p = _figure(text, figure)
    assert (p.side, p.contributor) == (side, contributor)


@pytest.mark.parametrize("text, figure, side", [
    ("The deal underpins Sumitomo’s investment in its £350million cable manufacturing facility, which was backed "
     "with £24.5m of public sector funding from the Scottish Government.", "£350million", "private"),
    ("Acme's investment in a new £5m laboratory was welcomed by the Scottish Government.", "£5m", "private"),
    ("Toyota's investment in its £240m plant was backed with £24.5m of funding from the Welsh Government.",
     "£240m", "private"),
])
def test_an_owners_investment_in_what_the_figure_sizes_is_the_owners(text, figure, side):
    assert _figure(text, figure).side == side


def test_the_public_funding_beside_an_owners_investment_is_still_the_governments():
    text = ("The deal underpins Sumitomo’s investment in its £350million cable manufacturing facility, which was "
            "backed with £24.5m of public sector funding from the Scottish Government.")
    assert _figure(text, "£24.5m").side == "UK"


def test_a_public_bodys_investment_in_what_the_figure_sizes_keeps_the_bodys_side():
    text = "The Welsh Government's investment in its £5m laboratory was welcomed."
    assert _figure(text, "£5m").side == "UK"


@pytest.mark.parametrize("text, figure, side", [
    ("英国:今後5年間の意欲的な原子力研究開発に2億5,000万ポンド投資へ", "2億5,000万ポンド", "UK"),
    ("日本:宇宙分野の研究開発に今後10年で1兆円を投じる方針", "1兆円", "Japan"),
])
def test_a_japanese_headlines_country_before_a_colon_pays(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_tables_country_before_a_colon_and_its_figure_pays_nothing():
    # "country: figure" is a row of a table, not a headline's subject
    text = "国別の対内投資額は、英国:300億円、ドイツ:200億円だった。"
    assert _figure(text, "300億円").side != "UK"


@pytest.mark.parametrize("text, figure, side", [
    ("政府は昨年11月に、「グリーン産業革命」を発表。総額120億ポンドを投じる10項目の分野の1つとして、小型炉の開発を挙げた。",
     "120億ポンド", "UK"),
    ("ロールス・ロイスは小型炉の開発を進める。\n\n政府は昨年11月に計画を発表した。総額120億ポンドを投じる。", "120億ポンド", "UK"),
    ("政府は新たな基金を設けた。総額1兆円を大学の研究に投じる。", "1兆円", "Japan"),
    ("英国政府は計画を発表した。総額5億ドルを投じる。", "5億ドル", "UK"),
])
def test_a_japanese_sentence_that_drops_its_subject_after_a_government_topic_is_that_governments(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_government_topic_does_not_reach_into_the_next_paragraph_or_past_a_named_payer():
    # (the sentence alone, with no payer, reads money put in as business money)
    text = "政府は計画を発表した。\n\n総額120億ポンドを投じる。"
    assert _figure(text, "120億ポンド").side == _figure("総額120億ポンドを投じる。", "120億ポンド").side == "private"
    text2 = "政府は計画を発表した。ロールス・ロイスが1億ポンドを投資する。"
    assert _figure(text2, "1億ポンド").side == "private"
