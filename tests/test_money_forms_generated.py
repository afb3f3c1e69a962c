"""The generated table of money forms (tests/money_forms_generated.py): every number spelling × scale ×
currency mark × qualifier the issue lists is read once, with its amount, currency, qualifier, range
and equivalent, at exact offsets; look-alikes with no currency shown are not read as money."""
from __future__ import annotations

import pytest

from money_forms_generated import FORMS, NOT_MONEY, check
from ukjp_desktop.core.extract.money import find_money


@pytest.mark.parametrize("form", FORMS, ids=[f.id for f in FORMS])
def test_generated_money_form_is_read_exactly(form):
    assert check(find_money, form) is None


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_look_alike_is_not_money(sentence):
    assert [p.text for p in find_money(sentence)] == []


def test_the_table_covers_the_forms_the_issue_lists():
    sentences = "\n".join(f.sentence for f in FORMS)
    for mark in ("US$", "C$", "A$", "JPY 300 million", "300 million JPY", "Japanese Yen", "pounds sterling",
                 "euros", "dollars", "円", "万円", "億円", "兆円", "oku-yen", "ポンド", "万ポンド", "億ポンド",
                 "ドル", "ユーロ", "up to", "approximately", "between", "（約", "１２", "five million", "\nmillion"):
        assert mark in sentences, mark
    assert len(FORMS) > 3000
