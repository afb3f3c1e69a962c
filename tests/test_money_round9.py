"""Round 9 (issue 15, session 25): the four rules kept by the batch-wise vote (docs/import.md, "Session 25, round 9").
One invented sentence per rule, with look-alikes where the rule must not fire; none is taken from the held-out corpus.
Every case marked "new" fails on the rules before this round."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose


def _money(text: str) -> dict[str, object]:
    return {m.text: m for m in propose(text).money}


@pytest.mark.parametrize("sentence, figure, kind", [
    # new: a stock or a dated statistic that counts a class of investors (its subject) is a market figure
    ("Japanese groups invest £3.1bn in British firms between 2015 and 2020", "£3.1bn", "market"),
    ("ドイツが獲得したベンチャーキャピタル投資は2019年の25億ドルから伸びた。", "25億ドル", "market"),
    # new: ... and so is a place's money, named after the figure but not as where the money went
    ("With $30 billion invested in 2022, Asia led the world.", "$30 billion", "market"),
    ("The almost £4 billion that came from the US in the first half of this year was a record.",
     "almost £4 billion", "market"),
    # one body's past money stays other, whatever class of companies it went into
    ("Kestrel Ltd invests £3.1bn in British firms between 2015 and 2020", "£3.1bn", "other"),
    ("Over the past ten years Kestrel Ltd has invested £90m in the UK's life sciences sector.", "£90m", "other"),
])
def test_round9_stock_of_a_class_or_place(sentence, figure, kind):
    assert _money(sentence)[figure].money_kind == kind


@pytest.mark.parametrize("sentence, figure, side, basis, kind", [
    # new: money the clause invests, with no payer named and nothing public in the sentence, is business money
    ("The new plant will see an investment of £25m, creating 300 jobs.", "£25m", "private", "clause", "investment"),
    ("新工場には約50億円を投資する。", "約50億円", "private", "clause", "investment"),
    ("The plan is to invest ¥4 billion in eight start-ups over five years.", "¥4 billion", "private", "clause",
     "investment"),
    # a public word or body in the sentence: the rule stays out (the later readings decide)
    ("The government will see an investment of £25m in the new plant.", "£25m", "UK", "clause", "funding"),
    ("The Chancellor's statement included a £200m investment in quantum technology.", "£200m", "UK", "currency",
     "funding"),
    ("The new fund will invest £50m in start-ups.", "£50m", "UK", "currency", "funding"),
    ("政府は新工場に約50億円を投資する。", "約50億円", "Japan", "currency", "funding"),
    ("Innovate UK will work with NEDO to invest up to £2 million in projects.", "up to £2 million", "UK", "clause",
     "funding"),
    # money that is not invested keeps the currency's side
    ("The new plant will receive £25m.", "£25m", "UK", "currency", "funding"),
])
def test_round9_invested_money_with_no_payer_is_private(sentence, figure, side, basis, kind):
    m = _money(sentence)[figure]
    assert (m.side, m.side_basis, m.money_kind) == (side, basis, kind)


@pytest.mark.parametrize("sentence, figure, kind", [
    # new: what something costs or saves is not money given
    ("The bank aims to trim $2bn off its cost base by 2026.", "$2bn", "other"),
    ("Cost savings of £40m are expected from the move.", "£40m", "other"),
    ("留学には4年間で1500万円かかる。", "1500万円", "other"),
    ("自己負担額は3,000万円です。", "3,000万円", "other"),
    ("同事業は総事業費約500億円の大型計画だ。", "約500億円", "other"),
    # a cost figure that is the object of an investing verb is invested; research money (研究費) is funding
    ("同社は総事業費のうち20億ポンド超を新工場に投じる。", "20億ポンド超", "investment"),
    ("研究費として5,000万円を助成する。", "5,000万円", "funding"),
    ("The council will cover the costs of £2m for the new lab.", "£2m", "funding"),
])
def test_round9_costs_and_savings(sentence, figure, kind):
    assert _money(sentence)[figure].money_kind == kind


@pytest.mark.parametrize("sentence, figure, kind", [
    # new: what many deals came to is a market figure: the money bought a number of companies, or the sentence counts
    # the deals and the figure is their total
    ("Japanese companies spent $12 billion to buy 25 British firms last year.", "$12 billion", "market"),
    ("The 9 deals made in 2019, which totalled £410m, included a takeover.", "£410m", "market"),
    ("英国企業の買収は120件あった。買収金額は50億ポンドに及ぶ。", "50億ポンド", "market"),
    # one deal's price stays a price, also in a sentence that counts deals
    ("Kestrel bought the Welsh firm for £40m.", "£40m", "price"),
    ("The £385m takeover of Foo Ltd by Bar plc was one of 12 deals.", "£385m", "price"),
    ("Kestrel agreed a deal worth £40m for the Welsh firm.", "£40m", "price"),
])
def test_round9_what_many_deals_came_to(sentence, figure, kind):
    assert _money(sentence)[figure].money_kind == kind
