"""The paying side's second opinion (core/extract/side_words.py, issue 15 session 37): where the rules only guessed a
figure's payer (from the bodies named, the currency, or nothing), a learnt model of the words and bodies around it
may replace their side when it is sure enough; a payer the sentence names is never overruled."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract import side_words
from ukjp_desktop.core.extract.side_words import THRESHOLDS, features, page_countries, probabilities
from ukjp_desktop.ui.importing.proposals_model import side_basis_in_words

CLASSES = ("UK", "Japan", "joint", "private", "other")
GUESSED = "Toyota's Burnaston plant is part of a £5m consortium backed by government funding."
STATED = "The UK Space Agency has awarded £2.5 million to Astroscale to develop debris removal."


def _model_for(side: str, strength: float) -> tuple[tuple[str, ...], dict]:
    """A model that reads every figure as ``side``, with ``strength`` on its one feature (always present)."""
    return CLASSES, {"bias": tuple(strength if c == side else 0.0 for c in CLASSES)}


@pytest.fixture
def model_says(monkeypatch):
    def use(side: str, strength: float = 10.0) -> None:
        monkeypatch.setattr(side_words, "_model", lambda: _model_for(side, strength))
    return use


def _money(text: str, figure: str):
    return next(p for p in propose(text).money if p.text == figure)


def test_the_rules_guess_from_the_bodies_named_is_what_the_model_may_replace(model_says):
    before = _money(GUESSED, "£5m")
    assert (before.side, before.side_basis, before.contributor) == ("private", "gazetteer", "toyota")
    model_says("other")
    after = _money(GUESSED, "£5m")
    assert (after.side, after.side_basis) == ("other", "word model")
    assert (after.rules_side, after.rules_side_basis) == ("private", "gazetteer")
    # (Toyota was the rules' payer for their side: no longer claimed)
    assert after.contributor is None and after.contributor_text is None
    assert after.side_score == pytest.approx(1.0, abs=0.01)


def test_a_payer_the_sentence_names_is_never_overruled(model_says):
    model_says("Japan")
    p = _money(STATED, "£2.5 million")
    assert (p.side, p.side_basis, p.contributor) == ("UK", "clause", "uk-space-agency")
    assert p.rules_side is None


def test_below_its_threshold_the_model_leaves_the_rules_side(model_says):
    # five classes: weight w on one gives it e^w / (e^w + 4); 1.5 gives 0.53, under the threshold
    assert THRESHOLDS["gazetteer"] > 0.6
    model_says("other", 1.5)
    p = _money(GUESSED, "£5m")
    assert (p.side, p.side_basis) == ("private", "gazetteer")
    assert p.side_score == pytest.approx(0.528, abs=0.01)


def test_a_conversion_follows_the_side_of_its_figure(model_says):
    model_says("other")
    r = propose("Toyota's Burnaston plant is part of a £5m ($6.3m) consortium backed by government funding.")
    figure = next(p for p in r.money if p.text == "£5m")
    conversion = next(p for p in r.money if p.converted_from == figure.id)
    assert (conversion.side, conversion.side_basis) == ("other", "word model")


def test_figures_that_are_not_funding_keep_their_reading(model_says):
    text = "Japan's exports to the UK were worth £5bn last year."
    before = _money(text, "£5bn")
    assert not before.is_funding
    model_says("joint")
    after = _money(text, "£5bn")
    assert (after.side, after.side_basis, after.side_score) == (before.side, before.side_basis, None)


def test_without_the_word_models_the_rules_side_stands(model_says):
    model_says("other")
    p = next(p for p in propose(GUESSED, word_model=False).money if p.text == "£5m")
    assert (p.side, p.side_basis) == ("private", "gazetteer")


def test_the_shipped_model_reads_a_fund_investing_as_private_money():
    # the rules find no payer here ("the fund" is no named body); the shipped weights read the words
    p = _money("The fund plans to invest up to $230m in the next five years.", "up to $230m")
    assert (p.side, p.side_basis, p.rules_side) == ("private", "word model", None)
    assert p.side_score >= THRESHOLDS[None]


def test_the_shipped_weights_know_the_features_the_extractor_reads():
    from ukjp_desktop.core.extract import side_words_weights as w
    assert w.CLASSES == CLASSES and w.ROWS > 500
    r = propose(GUESSED, word_model=False)
    p = next(p for p in r.money if p.text == "£5m")
    feats = features(GUESSED, p, r.organisations, page_countries(r.organisations), 0)
    known = [f for f in feats if f in w.WEIGHTS]
    # the rules' own reading and the common words of a sentence like this one are all in the model
    assert {"bias", "rside:private", "basis:gazetteer", "ob:type:company"} <= set(known)
    probs = probabilities(feats, w.CLASSES, w.WEIGHTS)
    assert sum(probs.values()) == pytest.approx(1.0) and set(probs) == set(CLASSES)


def test_the_review_says_what_the_model_read_and_what_the_rules_had(model_says):
    model_says("other")
    p = _money(GUESSED, "£5m")
    words = side_basis_in_words(p)
    assert "word model" in words and "100% sure" in words
    assert "the rules read private (from the organisations named)" in words
    model_says("private")
    q = _money("The fund plans to invest up to $230m in the next five years.", "up to $230m")
    assert side_basis_in_words(q).endswith("the rules found no payer")


def test_the_shipped_weights_were_trained_on_the_features_read_today():
    # retrain (tools/train_side_words.py) after changing side_words.features or the clause and word code it uses
    from side_words_probe import probe_fingerprint

    from ukjp_desktop.core.extract import side_words_weights as w
    assert w.FEATURES == probe_fingerprint()
