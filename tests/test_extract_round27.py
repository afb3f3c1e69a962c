"""Round 27 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

from tests.extract_figures import money_figure as _figure
from ukjp_desktop.core.extract.organisations import GazetteerEntry, default_gazetteer


def test_yen_after_a_japanese_comma_and_nihon_en_de_is_the_pounds_conversion():
    text = "このプロジェクトは英国鉄道史上最大規模(約45億ポンド、日本円で約5,400億円)である。"
    pounds, yen = _figure(text, "約45億ポンド"), _figure(text, "約5,400億円")
    assert yen.converted_from == pounds.id


def test_a_public_body_of_a_third_country_pays_that_countrys_money():
    assert GazetteerEntry("kestrel-agency", "Kestrel Space Agency", "US", "agency").side == "other"
    assert GazetteerEntry("kestrel-corp", "Kestrel Corp", "US", "company").side == "private"
    assert GazetteerEntry("kestrel-uk", "Kestrel Council", "GB", "agency").side == "UK"


def test_a_sovereign_wealth_fund_named_in_japanese_is_a_third_countrys_money():
    assert default_gazetteer().entries["mubadala"].side == "other"
    m = _figure("アブダビ首長国の政府系投資会社ムバダラ・インベストメントは、欧州のテック企業に投資する4億ドル規模のファンドを"
                "立ち上げると表明した。", "4億ドル")
    assert m.side == "other"
