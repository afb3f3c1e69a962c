"""Round 8 (issue 15, session 24): mechanisms read from test9's misses, written as general rules. One invented
sentence per rule, with a look-alike where the rule must not fire (none is taken from the held-out corpus; the new
money forms are rows of tests/test_money_forms_table.py)."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose


def _money(text: str) -> dict[str, object]:
    return {m.text: m for m in propose(text).money}


@pytest.mark.parametrize("sentence, figure, kind", [
    # an exchange rate written without "=": one unit right before another currency's figure
    ("金額は1ドル150円で計算した。", "1ドル", "other"),
    ("金額は1ドル150円で計算した。", "150円", "other"),
    # (one unit with a scale is money: "1億円" before a count is not a rate)
    ("研究機構は1億円 2件を助成する。", "1億円", "funding"),
    # Japanese lexicon: 投じる is investing, 年収 a salary, 賃貸料 a rent (a price), ディール deals (a market)
    ("住宅は年収3万ポンド(約600万円)以下の職員に貸し出される。", "3万ポンド", "other"),
    ("学生寮の賃貸料500〜700ポンドを参考にする。", "500〜700ポンド", "price"),
    ("Flats are let at a rent of £900 a month.", "£900", "price"),
    ("2020年度のインバウンドディールは800億USドルと過去最高だった。", "800億USドル", "market"),
    # a Japanese statistic gives its move in brackets: a market figure
    ("国内の買収は20件、8億ポンド(12.5%減)だった。", "8億ポンド", "market"),
    ("グループ内の売買は5件、3億ポンド(1.8倍)だった。", "3億ポンド", "market"),
    # the value of a holding is an asset value, at either end of its change; a grant's value stays funding
    ("The value of the fund's $30bn investment in 40 start-ups had risen to $35bn by June.", "$30bn", "other"),
    ("The value of the fund's $30bn investment in 40 start-ups had risen to $35bn by June.", "$35bn", "other"),
    ("The value of each grant is up to £50,000.", "up to £50,000", "funding"),
    # what a deal put on a company, however far the thing valued stands from "at"; a stake valued so is a stake
    ("The deal valued the whole of the airline, including its debt, at about £2 billion.", "about £2 billion", "price"),
    ("The fund valued its stake in the port at £80m.", "£80m", "other"),
])
def test_round8_kind(sentence, figure, kind):
    assert _money(sentence)[figure].money_kind == kind


def test_tojiru_is_investing_whatever_the_sentence_before_says():
    # (Japanese 。 does not end a sentence here: the order won in the sentence before is further than 投じ)
    m = _money("東和は英国で累計1千台超の鉄道車両を受注しており、事業規模は1兆円超になる。"
               "昨年9月にはリーズに約90億円を投じ、鉄道車両の工場を建設した。")["約90億円"]
    assert m.is_funding and m.money_kind in ("funding", "investment")


def test_a_tilde_is_about_and_links_a_bracketed_equivalent():
    money = propose("The plant was valued at ~EUR 900 million (~USD 1bn) last year.").money
    assert [(m.text, m.qualifier) for m in money] == [("~EUR 900 million", "approximately"), ("~USD 1bn", "approximately")]
    assert money[1].converted_from == money[0].id
    # a tilde between two numbers is a Japanese range, not "about"
    (rng,) = [m for m in propose("総額は2兆~3兆円にのぼる。").money]
    assert (rng.qualifier, rng.amount_min) == ("range", 2 * 10 ** 12)


@pytest.mark.parametrize("sentence, figure, side, basis", [
    # the money's own words say it is public, and whose
    ("Acme Ltd will build the rig. A further £40 million of UK funding will go to the test line.",
     "£40 million", "UK", "clause"),
    ("Acme Ltd will build the rig. The lab gets ¥300 million in Japanese government support.",
     "¥300 million", "Japan", "clause"),
    ("Acme Ltd will build the rig. The scheme adds £3m in public sector support.", "£3m", "UK", "currency"),
    # (business money stays private)
    ("Acme Ltd will build the rig. The region gets £6m of Japanese investment.", "£6m", "private", "clause"),
    # after "with", a country followed by a participle pays
    ("Acme Ltd will build the rig. Work starts next spring, with the UK investing an initial £12m in design.",
     "£12m", "UK", "clause"),
    ("Acme Ltd will build the rig. Work starts next spring, with Japan providing ¥900 million for tests.",
     "¥900 million", "Japan", "clause"),
    # the subject after an opening phrase that spends the figure pays
    ("Through investment of £500m in new lines, the company aims to double capacity by 2030.",
     "£500m", "private", "clause"),
    ("By spending £2m on roads, the council will cut delays.", "£2m", "UK", "clause"),
    # (funding an opening phrase names may as well be received by the subject: the clause says nothing)
    ("With funding of £2m, the council will repair roads.", "£2m", "UK", "currency"),
    # Japanese: a body the money goes to (に対し) is no payer (the sentence names no other: the currency decides);
    # the giver of a relative clause pays
    ("研究会議は20件の新規プロジェクトを発表した。これは支援の第2弾であり、日本のパートナーと連携する英国の"
     "企業・大学に対し、総額500万ポンドの支援を行う。", "500万ポンド", "UK", "currency"),
    ("当財団が同大学へ昨年寄付した500万ポンドは記録です。", "500万ポンド", "other", "clause"),
    ("日本学術振興会が英国の研究所に提供した3億円は研究に使われた。", "3億円", "Japan", "clause"),
    # a company leading the page receives money whose own noun says it is given, rather than paying it
    ("Acme Robotics Ltd will build a plant in Leeds, creating 300 jobs.\n\n"
     "The £5 million in funding will support the plant in its first year.", "£5 million", "UK", "currency"),
    # (its investment is still its own)
    ("Acme Robotics Ltd will build a plant in Leeds, creating 300 jobs.\n\n"
     "The £5 million investment will create the jobs.", "£5 million", "private", "gazetteer"),
])
def test_round8_side(sentence, figure, side, basis):
    m = _money(sentence)[figure]
    assert (m.side, m.side_basis) == (side, basis)


def test_a_further_figure_two_paragraphs_on_restates_the_first():
    text = ("Acme Ltd will spend £80m on a plant in Leeds.\n\nThe council welcomed the plan.\n\n"
            "Hiring starts in May.\n\n\"It is good news that Acme Ltd will invest a further £80m here,\" the mayor said.")
    (fact,) = [m for m in propose(text).money]
    assert len(fact.evidence) == 2 and [text[s:e] for s, e in fact.evidence] == ["£80m", "£80m"]
    # next to the first (the same or the next paragraph) it is another part, as before
    near = propose("Acme Ltd will spend £80m on a plant.\n\nIt will invest a further £80m in 2027.").money
    assert len(near) == 2 and all(len(m.evidence) == 1 for m in near)
