"""The PostgreSQL snippet's exact text for awkward inputs (``core.search_tokens.snippet``).

Pinned strings, not a comparison with another implementation: a faster snippet must give
these character for character (accents folded but shown as typed, prefixes, words too long
for an index entry, punctuation and non-ASCII separators, ties between fields, no match)."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.search_tokens import snippet

# 700 characters: a word, but too long for the quick path (4 bytes a character > 2046 bytes)
LONG = "a" * 700
# 2,100 bytes: no word at all for the index (PostgreSQL's lexeme limit), so never counted
HUGE = "b" * 2100

CASES = [
    (["Quantum sensing", "A summary about quantum computing.", "", None], [("quantum", False)], 14,
     "[Quantum] sensing"),
    # a tie between fields: the first wins
    (["Café Müller", "Naïve RÉSUMÉ of the São Paulo meeting", None, None],
     [("cafe", False), ("resume", False)], 14, "[Café] Müller"),
    (["", "Semiconductors and semi-conductor supply; semiconductor fabs", "", ""], [("semi", True)], 5,
     "[Semiconductors] and [semi]-conductor supply…"),
    ([None, None, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
      "fifteen sixteen seventeen metrology eighteen nineteen twenty", None], [("metrology", False)], 14,
     "…eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen [metrology] eighteen "
     "nineteen twenty"),
    (["x", "y", "Item … 5.2% – COVID-19 follow-up (UK–Japan): \"metrology\"; metrology’s end…", "z"],
     [("metrology", False), ("covid", True)], 6, "…[COVID]-19 follow-up (UK–Japan…"),
    (["東京 talks", "Straße and ﬁnance ligatures, İstanbul, ŒUVRE", "", ""],
     [("strasse", False), ("ﬁnance", False), ("oeuvre", False)], 14,
     "Straße and [ﬁnance] ligatures, İstanbul, ŒUVRE"),
    (["", f"start {LONG} metrology {LONG} end metrology", "", ""], [("metrology", False)], 3,
     f"…[metrology] {LONG} end…"),
    (["", f"start {HUGE} metrology {HUGE} end metrology", "", ""], [("metrology", False)], 3,
     f"…[metrology] {HUGE} end [metrology]"),
    (["", f"metrology {HUGE}", "", f"{HUGE} metrology x metrology"], [("metro", True)], 14,
     "[metrology] x [metrology]"),
    # a lone combining accent folds to nothing: not a word
    (["", "e\u0301 then word \u0301 metrology here and there", "", ""], [("metrology", False)], 4,
     "…[metrology] here and there"),
    (["metrology once", "metrology twice metrology", "", "METROLOGY Metrology metrology"],
     [("metrology", False)], 2, "[METROLOGY] [Metrology]…"),
    (["Ångström", "angstrom", "", ""], [("angström", False)], 14, "[Ångström]"),
    (["", "no match here", "", ""], [("metrology", False)], 14, None),
    (["", "punctuation!!!metrology???yes", "", ""], [("", False)], 14, None),
    (["", "UK-Japan uk japan", "", ""], [("uk japan", False)], 14, "[UK]-[Japan] [uk] [japan]"),
    (["", "prefix pre prefixes Prefixed", "", ""], [("pre", True), ("prefix", False)], 14,
     "[prefix] [pre] [prefixes] [Prefixed]"),
    (["", "", "", ""], [("metrology", False)], 14, None),
    ([None, None, None, None], [("metrology", False)], 14, None),
]


@pytest.mark.parametrize("fields, terms, tokens, expected", CASES)
def test_the_snippet_text_is_pinned(fields, terms, tokens, expected):
    assert snippet(fields, terms, tokens) == expected
