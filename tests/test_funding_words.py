"""The word model's second opinion on the funding flag (core/extract/funding_words.py): what it may change, what it
tells the reviewer, and that the shipped weights are the ones training gives today."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.funding_words import (THRESHOLD, against, features, names_in, probability,
                                                      second_opinion)
from ukjp_desktop.core.extract.propose import proposal_json

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Hitachi will invest £300 million (about ¥45 billion) in its Newton Aycliffe plant. Exports reached £2bn."


def _rules_only(text: str = TEXT):
    return propose(text, word_model=False)


def test_a_model_that_doubts_the_words_unticks_the_figure_and_its_conversion_and_says_why():
    r = _rules_only()
    figure, conversion, exports = r.money
    assert figure.is_funding and conversion.converted_from == figure.id and not exports.is_funding
    # a model in which the words after the figure weigh heavily against funding
    second_opinion(TEXT, r.money, model=(0.0, {"a:newton": -2.5, "s:plant": -2.0, "a:in": -1.5, "b:invest": -1.0,
                                               "cur:GBP": 0.5}))
    assert figure.is_funding is False and figure.funding_score < THRESHOLD
    # strongest first; a name ("Newton") and a function word ("in") tell a reviewer nothing; nothing that weighs for
    # funding
    assert figure.funding_doubt == ("plant", "invest")
    assert (conversion.is_funding, conversion.funding_doubt) == (False, figure.funding_doubt)
    assert exports.funding_score is None and exports.funding_doubt is None   # never flagged: never scored
    assert figure.money_kind == "investment" and figure.side is not None     # kind and side are the rules'


def test_a_model_that_finds_the_words_likely_keeps_the_tick_and_records_its_score():
    r = _rules_only()
    second_opinion(TEXT, r.money, model=(1.0, {"b:invest": 1.0}))
    figure = r.money[0]
    assert figure.is_funding is True and figure.funding_doubt is None
    assert figure.funding_score == round(probability(["b:invest"], 1.0, {"b:invest": 1.0}), 3) == 0.881


def test_it_never_ticks_a_figure_the_rules_left_unticked():
    r = _rules_only()
    second_opinion(TEXT, r.money, model=(30.0, {}))
    assert [p.is_funding for p in r.money] == [True, True, False]


def test_features_are_words_not_the_rules_decision():
    r = _rules_only()
    f = features(TEXT, r.money[0], 0)
    assert {"b:invest", "b1:invest", "verb:invest", "a:in", "cur:GBP", "mag:8", "lang:en", "call:0"} <= f
    assert not [x for x in f if x.startswith(("rule:", "kind:", "side:", "basis:"))]
    assert against({"b:invest", "mag:8", "a:in", "a:plant"},
                   {"mag:8": -5.0, "a:in": -3.0, "a:plant": -1.0, "b:invest": 2.0}) == ("plant",)


def test_a_name_is_never_shown_as_a_word_against():
    # (session 31) the model may have learnt a company's name from its training pages; the reviewer is shown words
    text = "Hitachi will invest £40 million in the plant. Hitachi said so."
    r = _rules_only(text)
    second_opinion(text, r.money, model=(0.0, {"b:hitachi": -4.0, "a:plant": -2.0}))
    assert not r.money[0].is_funding and r.money[0].funding_doubt == ("plant",)
    assert names_in("Hitachi and the hitachi plant; Aycliffe. The plant") == {"aycliffe"}


def test_the_shipped_model_leaves_a_plain_grant_ticked_and_the_json_carries_its_opinion():
    text = "UK Research and Innovation will provide £2 million in grants for joint projects with Japanese universities."
    p = propose(text).money[0]
    assert p.is_funding and p.funding_score is not None and p.funding_score >= THRESHOLD
    j = proposal_json(p)
    assert j["funding_score"] == p.funding_score and j["funding_doubt"] is None


def test_the_shipped_weights_are_what_training_gives_on_the_seen_pages_today():
    # the weights module records a fingerprint of the rows it was trained on; a change to the rules or the keys
    # changes the rows, and the model must be retrained (python tools/train_funding_words.py)
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "train_funding_words.py"), "--check"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr

