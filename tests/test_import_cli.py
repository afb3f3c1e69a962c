"""`import` sub-command through run_import with a local parser (the cli package wiring is separate)."""
from __future__ import annotations

import argparse
import json

import pytest
from sqlalchemy import func, select

from ukjp_desktop.cli.importing import register as add_import_parser, run_import
from ukjp_desktop.store.models import FundingLine, Initiative, Source

pytestmark = pytest.mark.both_engines

DOC = ("UK and Japan fund hydrogen research\n\nDSIT today (Monday 10 March) committed £3 million, "
       "and NEDO will invest 500 million yen (about £2.6 million). Trade between the two countries "
       "was worth £28 billion last year.\n")


def _run(lib, *argv):
    p = argparse.ArgumentParser()
    add_import_parser(p.add_subparsers(dest="command"))
    return run_import(lib, p.parse_args(["import", *argv]))


def _count(lib, model):
    with lib.engine.connect() as c:
        return c.execute(select(func.count()).select_from(model)).scalar()


@pytest.fixture
def doc(tmp_path):
    f = tmp_path / "hydrogen.txt"
    f.write_text(DOC, encoding="utf-8")
    return f


def test_dry_run_json_shape_and_nothing_written(library, doc, capsys):
    before = _count(library, Source)
    assert _run(library, str(doc), "--dry-run", "--json", "--date", "2025-03-10") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"]["date"] == "2025-03-10" and out["source"]["already_imported"] is None
    money = [p for p in out["proposals"] if p["kind"] == "money"]
    first, yen, gbp, trade = money
    assert first == {**first, "text": "£3 million", "amount": 3000000, "amount_min": None,
                     "currency": "GBP", "qualifier": "exact", "basis": "total", "side": "UK",
                     "is_funding": True, "converted_from": None}
    assert DOC[first["start"]:first["end"]] == first["text"] and first["text"] in first["sentence"]
    assert yen["side"] == "Japan" and gbp["converted_from"] == yen["id"] and trade["is_funding"] is False
    dates = {p["text"]: p["value"] for p in out["proposals"] if p["kind"] == "date"}
    assert dates == {"today (Monday 10 March)": "2025-03-10", "last year": "2024"}
    orgs = {p["slug"] for p in out["proposals"] if p["kind"] == "organisation"}
    assert orgs == {"dsit", "nedo"}
    assert _count(library, Source) == before


def test_save_accept_all_and_undo(library, doc, capsys):
    sources, lines = _count(library, Source), _count(library, FundingLine)
    assert _run(library, str(doc)) == 0
    assert "saved source user-" in capsys.readouterr().out and _count(library, Source) == sources + 1
    assert _run(library, str(doc), "--accept-all", "--new-initiative", "Hydrogen research",
                "--kind", "programme") == 0
    out = capsys.readouterr().out
    assert "already had source" in out and "new initiative user-hydrogen-research" in out
    assert _count(library, FundingLine) == lines + 3   # the conversion is not a line of its own
    with library.engine.connect() as c:
        assert c.execute(select(Initiative.kind).where(Initiative.slug == "user-hydrogen-research")).scalar() == "programme"
    number = int(out.strip().rsplit(" ", 1)[1])
    assert _run(library, "--undo", str(number)) == 0
    assert _count(library, FundingLine) == lines
    assert _count(library, Source) == sources + 1      # the first import still holds the source



def test_accept_all_keeps_a_figure_the_word_model_unticked_out_of_the_totals(library, doc, capsys, monkeypatch):
    # a bulk accept is not a reviewer overruling the word model one figure at a time (the window's "Accept all money"
    # leaves such a figure pending): the line is kept with its sentence, like the trade figure, but not counted
    from ukjp_desktop.core.extract import funding_words
    monkeypatch.setattr(funding_words, "_weights", lambda: (0.0, {"b:invest": -3.0}))
    assert _run(library, str(doc), "--dry-run") == 0
    yen = next(line for line in capsys.readouterr().out.splitlines() if "“500 million yen”" in line)
    assert "[funding, unticked, words against: invest]" in yen    # (not "funding, not funding")
    assert _run(library, str(doc), "--accept-all", "--new-initiative", "Hydrogen doubts") == 0
    with library.engine.connect() as c:
        ini = c.execute(select(Initiative.id).where(Initiative.slug == "user-hydrogen-doubts")).scalar()
        lines = c.execute(select(FundingLine.stated, FundingLine.scope, FundingLine.counted)
                          .where(FundingLine.initiative_id == ini).order_by(FundingLine.position)).all()
    assert [(stated, scope != "non_funding", counted) for stated, scope, counted in lines] == [
        ("£3 million", True, True), ("500 million yen", False, False), ("£28 billion", False, False)]

@pytest.mark.parametrize("argv, message", [
    (["missing.txt"], "cannot be found"),
    ([], "needs a FILE"),
    (["{doc}", "--accept-all"], "needs --initiative"),
    (["{doc}", "--initiative", "gcap"], "only apply with --accept-all"),
    (["--undo", "999"], "no import 999"),
    (["{doc}", "--accept-all", "--initiative", "nope"], "no initiative with slug"),
])
def test_errors_are_one_line_and_write_nothing(library, doc, capsys, argv, message):
    before = _count(library, Source)
    assert _run(library, *[a.format(doc=doc) for a in argv]) != 0
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and err.startswith("ukjp-desktop: ")
    assert _count(library, Source) == before


def test_empty_and_binary_files(library, tmp_path, capsys):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.7\x00\x01garbage")
    assert _run(library, str(tmp_path / "e.txt"), "--dry-run") == 1
    assert _run(library, str(tmp_path / "b.pdf")) == 1
    err = capsys.readouterr().err
    assert "is empty" in err and "not a readable PDF" in err


def test_dry_run_text_gives_kind_side_basis_and_every_mention(library, tmp_path, capsys):
    """The figure stated twice and the body named twice are one line each, with every place they are
    stated; each figure says what kind of money it is and how its side was read."""
    text = ("Robotics call\n\nEPSRC will provide £2 million for the UK teams. Exports to Japan reached £9 billion.\n\n"
            "The £2 million from EPSRC opens in May, says Professor Jane Smith.\n")
    f = tmp_path / "robotics.txt"
    f.write_text(text, encoding="utf-8")
    assert _run(library, str(f), "--dry-run", "--date", "2025-03-10") == 0
    lines = capsys.readouterr().out.splitlines()
    funded = next(x for x in lines if "“£2 million”" in x)
    first, second = (i for i in range(len(text)) if text.startswith("£2 million", i))
    assert "side UK (clause)" in funded and f"@{first} @{second}" in funded and "[funding]" in funded
    assert "trade, not funding" in next(x for x in lines if "“£9 billion”" in x)
    assert "People: Professor Jane Smith" in lines
    body = next(x for x in lines if "“EPSRC”" in x)
    assert body.split()[:2] == ["o1", "epsrc"] and body.endswith(f"@{text.index('EPSRC')} @{text.rindex('EPSRC')}")
    assert _run(library, str(f), "--dry-run", "--json") == 0
    (org,) = [p for p in json.loads(capsys.readouterr().out)["proposals"] if p["kind"] == "organisation"]
    assert [text[s:e] for s, e in org["evidence"]] == ["EPSRC", "EPSRC"]


def test_dry_run_uses_the_users_own_bodies_like_the_window(library, tmp_path, monkeypatch, capsys):
    """The review's "Add organisation to gazetteer…" file beside the settings, and the organisations earlier
    imports created, are the command line's gazetteer too: the same document gets the same payer."""
    from ukjp_desktop.core.extract.user_gazetteer import FILE_NAME, dumps, make_entry
    f = tmp_path / "ocean.txt"
    f.write_text("Ocean call\n\nThe call gets £3 million from the Hokuriku Marine Agency this year.\n", encoding="utf-8")
    settings = tmp_path / "settings"
    settings.mkdir()
    monkeypatch.setenv("UKJP_SETTINGS_DIR", str(settings))

    def money():
        assert _run(library, str(f), "--dry-run", "--json") == 0
        (m,) = [p for p in json.loads(capsys.readouterr().out)["proposals"] if p["kind"] == "money"]
        return m["side"], m["side_basis"], m["contributor"]
    assert money() == ("UK", "currency", None)         # a body nobody has taught it: only the currency speaks
    (settings / FILE_NAME).write_text(dumps([make_entry("Hokuriku Marine Agency", "JP", "agency", "HMA")]),
                                      encoding="utf-8")
    assert money() == ("Japan", "clause", "user-hokuriku-marine-agency")


@pytest.mark.parametrize("content", [
    "[[organisation]]\nslug = \"user-x\"\nname = \"Société Marine\"\n".encode("cp1252"),   # saved as ANSI by hand
    b"[[organisation]\nslug = ",                                                       # not TOML
    b"organisation = [1, 2]\n",
    b"[organisation]\nslug = \"user-x\"\nname = \"X Agency\"\n",                       # a table, not a list of them
    b"[[organisation]]\nslug = \"user-x\"\nname = 5\naliases = [7]\n",
])
def test_a_malformed_own_gazetteer_is_reported_not_a_traceback(library, tmp_path, monkeypatch, capsys, content):
    """The user's file is edited by hand: whatever it holds, the command goes on (with what can be read of it) and
    says which file it could not read."""
    from ukjp_desktop.core.extract.user_gazetteer import FILE_NAME
    monkeypatch.setenv("UKJP_SETTINGS_DIR", str(tmp_path))
    (tmp_path / FILE_NAME).write_bytes(content)
    f = tmp_path / "ocean.txt"
    f.write_text("Ocean call\n\nEPSRC gives £3 million this year.\n", encoding="utf-8")
    assert _run(library, str(f), "--dry-run", "--json") == 0
    out = capsys.readouterr()
    assert [p["slug"] for p in json.loads(out.out)["proposals"] if p["kind"] == "organisation"] == ["epsrc"]
    assert FILE_NAME in out.err


def test_dry_run_says_a_figure_the_size_of_an_economy_was_read_from_its_size(library, tmp_path, capsys):
    """(round 141) A trillion pounds is read as no funding, and the line says why, as it does for a default kind."""
    f = tmp_path / "review.txt"
    f.write_text("Spending review\n\nThe Treasury set out £4 trillion of public spending over four years, with £250 "
                 "million for nuclear research.\n", encoding="utf-8")
    assert _run(library, str(f), "--dry-run", "--date", "2025-03-10") == 0
    lines = capsys.readouterr().out.splitlines()
    whole = next(x for x in lines if "“£4 trillion”" in x)
    assert "kind from its size" in whole and "[funding]" not in whole
    assert "[funding]" in next(x for x in lines if "“£250 million”" in x)
