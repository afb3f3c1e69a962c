"""The list and the detail pane mark the words full-text search matched, also when the search
was typed with punctuation around or inside a word (the search ignores it, so must the marks)."""
from ukjp_desktop.core.highlight import find_spans, terms_of


def marked(text: str, query: str, word_start: bool = True) -> list[str]:
    return [text[s:e] for s, e in find_spans(text, terms_of(query), word_start, as_search=True)]


def test_brackets_and_commas_around_a_word_still_mark_it():
    text = "UK–Japan joint quantum research on space"
    assert marked(text, "(quantum OR space)") == ["quantum", "space"]
    assert marked(text, "quantum, research.") == ["quantum", "research"]


def test_a_word_joined_by_punctuation_marks_across_any_separator():
    # "uk-japan" is searched as the two words uk, japan; the text has an en dash between them
    assert marked("UK–Japan joint projects", "uk-japan") == ["UK–Japan"]
    assert marked("the UK Japan partnership", '"uk-japan"') == ["UK Japan"]


def test_no_word_in_a_term_marks_nothing_and_words_still_need_their_start():
    assert marked("quantum", "ant") == []
    assert marked("quantum", "quant*") == ["quant"]
    assert find_spans("quantum", ["()"], as_search=True) == []


def test_a_find_as_typed_keeps_its_punctuation():
    # a stated phrase or the source viewer's find box looks for exactly what it was given
    assert find_spans("cost £3,990,000 (revised)", ["£3,990,000"], word_start=False) == [(5, 15)]
    assert find_spans("a (quantum) b, quantum", ["(quantum"]) == [(2, 10)]
