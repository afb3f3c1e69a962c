"""Organisation-shaped names the issue lists, generated from the specification (invented names, none
from a document): each is proposed as an unknown organisation at exact offsets, for review, and is
not added to the gazetteer. "Office", "Fund" and "Electric" are in the issue's list but are not
heads here: measured on the seen held-out splits they added more false names (a university's
office, a programme's fund, "Kansai Electric" cut short) than real ones (docs/import.md, round 7)."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract.organisations import default_gazetteer, find_organisations

ENGLISH_HEADS = ["Agency", "University", "Institute", "Council", "Foundation", "Trust", "Society", "Ministry",
                 "Department", "Authority", "Bank", "Ltd", "Limited", "plc", "Inc", "Co.", "Corporation",
                 "Holdings", "Group", "Industries"]
ENGLISH = [f"Kestrel Valley {head}" for head in ENGLISH_HEADS] + [
    "University of Northmoor", "Ministry of Coastal Affairs", "Kestrel Development Bank of Japan",
    "Kestrel Science Council of Japan", "Kestrel Valley Holdings Co., Ltd."]
FRAMES = ["Yesterday {} said it would help.", "Funding comes from the {} and others.", "{}, a partner, agreed."]
JAPANESE = ["株式会社青葉", "青葉株式会社", "青葉技術機構", "青葉大学", "青葉研究所", "青葉財団", "海洋省", "海洋庁", "青葉銀行"]
JA_FRAMES = ["{}は新しい計画を発表した。", "本事業には{}と大学が参加する。"]
GAZ = default_gazetteer()


def _only(text: str, name: str):
    found = [o for o in find_organisations(text, GAZ) if not o.known]
    assert [(o.text, o.start, o.end) for o in found] == [(name, text.index(name), text.index(name) + len(name))]
    return found[0]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("name", ENGLISH)
def test_an_english_organisation_shaped_name_is_proposed_at_exact_offsets(name, frame):
    o = _only(frame.format(name), name)
    assert (o.slug, o.name) == (None, name)


@pytest.mark.parametrize("frame", JA_FRAMES)
@pytest.mark.parametrize("name", JAPANESE)
def test_a_japanese_organisation_shaped_name_is_proposed_at_exact_offsets(name, frame):
    _only(frame.format(name), name)


def test_a_company_of_japan_is_a_company_from_japan():
    text = "Kestrel Pharmaceutical of Japan will pay."
    assert [o.text for o in find_organisations(text, GAZ)] == ["Kestrel Pharmaceutical"]


def test_later_mentions_by_the_bracketed_acronym_are_the_same_organisation():
    text = "The Kestrel Valley Energy Agency (KVEA) leads. KVEA will fund two posts, said KVEA-watchers."
    found = find_organisations(text, GAZ)
    assert [(o.text, o.name) for o in found] == [("Kestrel Valley Energy Agency", "Kestrel Valley Energy Agency"),
                                                 ("KVEA", "Kestrel Valley Energy Agency"),
                                                 ("KVEA", "Kestrel Valley Energy Agency")]
    assert all(text[o.start:o.end] == o.text and not o.known for o in found)
    assert "KVEA" not in GAZ.forms   # proposed for review, never added silently


def test_an_acronym_that_does_not_fit_the_name_is_not_taken():
    text = "The Kestrel Valley Energy Agency (RSVP) leads. RSVP by Friday."
    assert [o.text for o in find_organisations(text, GAZ)] == ["Kestrel Valley Energy Agency"]


@pytest.mark.parametrize("text, name", [
    ("They agreed to buy UK disk equipment maker Kestrelwick. The two buyers will pay in cash.", "Kestrelwick"),
    ("The plant was bought by Japanese equipment maker Kestrelwick.", "Kestrelwick"),
    ("The order went to Japanese firm Kestrel Valley Corp. last year.", "Kestrel Valley Corp."),
])
def test_a_described_company_never_runs_over_the_end_of_its_sentence(text, name):
    _only(text, name)
