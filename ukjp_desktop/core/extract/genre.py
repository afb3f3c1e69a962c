"""Whether a document is a call or programme page (people apply for its money) rather than news, from
general words: "apply", "applicants", "deadline", "eligible", "grants are available", 応募, 締切 … Used only as a prior, where the
figure's own clause says nothing: on a call page the body that leads the page pays its figures, even in
another country's currency ("The Japan Foundation ... Up to £3,000 for projects").

Plain string work: no Qt, no database; one bounded pass over the text.
"""
from __future__ import annotations

import re

_CALL_WORDS = re.compile(r"\bappl(?:y|ies|ying|icants?|ications?)\b|\bdeadlines?\b|\beligib\w*|\bclosing\s+date\b|"
                         r"\b(?:are|is)\s+available\b|\boffer(?:s|ing)\s+grants?\b|"
                         r"公募|応募|申請|締切|締め切り|募集", re.I)
CALL_WORDS_NEEDED = 3   # a news story may mention one application; a call page repeats them


def is_call_page(text: str) -> bool:
    found = 0
    for _m in _CALL_WORDS.finditer(text):
        found += 1
        if found >= CALL_WORDS_NEEDED:
            return True
    return False
