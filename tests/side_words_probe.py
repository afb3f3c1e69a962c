"""A fixed reading of a fixed sentence, and the fingerprint of the side model's features of it (core/extract/
side_words.features). The weights module records it when trained (tools/train_side_words.py); test_side_words checks
it, so that a change to the features (or to the clause and word code they use) cannot leave the shipped weights
reading features they were not trained on."""
from __future__ import annotations

import hashlib
from collections import Counter
from decimal import Decimal
from types import SimpleNamespace

TEXT = ("Toyota's Burnaston plant, backed by the UK government and Innovate UK, is part of a £5m consortium "
        "announced on Tuesday; 東芝も参加する.")


def probe_fingerprint() -> str:
    from ukjp_desktop.core.extract.side_words import features
    start = TEXT.index("£5m")
    p = SimpleNamespace(start=start, end=start + 3, sentence_start=0, sentence_end=len(TEXT), side="private",
                        side_basis="gazetteer", money_kind="funding", currency="GBP", amount=Decimal(5_000_000),
                        amount_min=None, contributor="toyota", contributor_text="Toyota")
    orgs = [SimpleNamespace(start=TEXT.index(t), end=TEXT.index(t) + len(t), text=t, known=True, country=c, type=k)
            for t, c, k in (("Toyota", "JP", "company"), ("Innovate UK", "GB", "agency"), ("東芝", "JP", "company"))]
    feats = features(TEXT, p, orgs, Counter({"JP": 2, "GB": 1}), 1)
    return hashlib.sha256("\n".join(sorted(feats)).encode("utf-8")).hexdigest()[:16]
