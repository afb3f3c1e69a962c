"""Organisation and date proposals a reviewer would call plainly wrong (session 28, issue 15): junk at a name's
edges, names running over a sentence, Japanese words glued to a Latin name, pointing words taken for names. Every
text here is invented."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract.organisations import default_gazetteer, find_organisations

GAZ = default_gazetteer()


def _texts(text: str) -> list[str]:
    found = find_organisations(text, GAZ)
    assert all(text[o.start:o.end] == o.text for o in found)   # offsets stay exact
    return [o.text for o in found]


@pytest.mark.parametrize("text, name", [
    ("青葉は、青葉の欧州子会社であるKestrel Valley Corporationが開業すると発表した。", "Kestrel Valley Corporation"),
    ("証明書をKestrel Valley Councilより発行する。", "Kestrel Valley Council"),
    ("University of Northmoorの場合、月に約£900が必要です。", "University of Northmoor"),
])
def test_a_latin_name_in_japanese_text_starts_and_ends_with_its_latin_words(text, name):
    assert name in _texts(text)
    assert not any("の" in t or "を" in t for t in _texts(text))


@pytest.mark.parametrize("text, name", [
    ("次の機関が支援する。\n・青葉海洋研究会議(AORC)\n・青葉宇宙研究会議(ASRC)\n", "青葉海洋研究会議"),
    ("2019年3月青葉大学との契約を終えた。", "青葉大学"),
    ("国立研究開発法人青葉海洋技術総合開発研究機構が発表した。", "青葉海洋技術総合開発研究機構"),
    ("青葉製薬(旧青葉化学工業株式会社)は研究所を閉じる。", "青葉化学工業株式会社"),
    ("当時の青葉振興会(現青葉財団)会長が訪英した。", "青葉財団"),
])
def test_a_japanese_name_drops_what_only_stands_before_it(text, name):
    assert name in _texts(text)
    assert not any(t != name and t.endswith(name) for t in _texts(text))


@pytest.mark.parametrize("text", [
    "青葉大学は研究所を開いた。同大学は1909年に創設された。",
    "当財団が同大学工学部へ寄付した。",
    "両大学は基金の対象となった。各大学への支援も続く。",
    "英国大学事情—青葉号",
    "世界大学ランキングで4位に入った。",
    "国内外の大学・大学院進学の学費を補助する。",
    "日英両政府は23日、協定に署名した。",
])
def test_a_pointing_or_generic_word_before_a_head_is_no_organisation(text):
    assert [t for t in _texts(text) if not t.startswith("青葉")] == []


def test_a_graduate_school_is_not_cut_to_its_university_twice():
    # "大学院" is not a name's end: the old reading proposed "青葉大学大学"
    assert "青葉大学大学" not in _texts("青葉大学大学院生命科学研究科は協定を結んだ。")


@pytest.mark.parametrize("text, name", [
    ("Despite the Kestrel Valley Council announcement yesterday, nothing changed.", "Kestrel Valley Council"),
    ("Given Kestrel Valley Holdings plc’s holding of 35%, the stake is large.", "Kestrel Valley Holdings plc"),
    ("Rival Kestrel Marine Holdings acquired a US insurer.", "Kestrel Marine Holdings"),
    ("The group has acquired U.K.-based Kestrel Mira Ltd. for about £85 million.", "Kestrel Mira Ltd."),
    ("The owner, London-listed Kestrel One Ltd., signed a deal.", "Kestrel One Ltd."),
    ("It was certified as a 'University for Kestrel Excellence', the first.", "University for Kestrel Excellence"),
])
def test_an_english_name_loses_the_word_or_mark_at_its_edge(text, name):
    assert _texts(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("The painting was auctioned by Kestrelby’s. The Northmoor Institute was founded a year later.",
     "Northmoor Institute"),
    ("He works at the University of Northmoor. The British university is one of four.", "University of Northmoor"),
])
def test_an_english_name_does_not_run_over_the_end_of_a_sentence(text, name):
    assert _texts(text) == [name]


def test_a_known_body_joined_to_another_by_and_stays_apart_from_it():
    text = "The loan agreement between JBIC and Kestrel Valley Investco Limited was signed."
    assert _texts(text) == ["JBIC", "Kestrel Valley Investco Limited"]
    text = "[Source: Bank of Japan and Ministry of Coastal Affairs]"
    assert _texts(text) == ["Bank of Japan", "Ministry of Coastal Affairs"]


def test_a_word_joined_to_a_known_body_is_no_name_of_its_own():
    # "Andy Burnham and Manchester City Council": a person, not "... and Council" as one body
    text = "Mayor Kestrel Brown and Manchester City Council leader visited Tokyo."
    assert _texts(text) == ["Manchester City Council"]


@pytest.mark.parametrize("text, name", [
    ("The company is jointly owned by Japanese Marubeni Corporation and a bank.", "Marubeni Corporation"),
    ("It was signed with the UK Biotechnology and Biological Sciences Research Council on Monday.",
     "Biotechnology and Biological Sciences Research Council"),
])
def test_a_country_word_before_a_known_body_leaves_the_known_body(text, name):
    found = find_organisations(text, GAZ)
    assert [(o.text, o.known) for o in found] == [(name, True)]


@pytest.mark.parametrize("text, name", [
    ("The Kestrel Institute of Technology and CNRS will host it.", "Kestrel Institute of Technology"),
    ("Lenders include the Royal Bank of Northmoor, Crédit Kestrel and others.", "Royal Bank of Northmoor"),
    ("It is led by the Arts Council of Northmoor, with support.", "Arts Council of Northmoor"),
])
def test_a_public_bodys_name_goes_on_with_what_it_is_of(text, name):
    assert _texts(text) == [name]


def test_a_public_bodys_name_stops_at_its_line_end():
    text = "It is held with the Kestrel Institute of Northmoor Studies\nDr Ian Brown said so."
    assert _texts(text) == ["Kestrel Institute of Northmoor Studies"]


@pytest.mark.parametrize("text, name", [
    ("Vehicles for Japan’s Institute of Coastal Affairs were ordered.", "Institute of Coastal Affairs"),
    ("Kestrel Isle’s Department of Northmoor Farming agreed.", "Department of Northmoor Farming"),
])
def test_a_name_starts_after_its_owners_possessive(text, name):
    assert _texts(text) == [name]
