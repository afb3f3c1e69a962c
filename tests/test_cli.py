"""Each command's output and errors, run in-process and (for the Qt check) in a subprocess."""
import json
import subprocess
import sys

import pytest

from ukjp_desktop.cli import main

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cli(db_copy, capsys):
    def run(*args):
        code = main(["--db", str(db_copy), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_list_table_and_summary_line(cli, dataset):
    code, out, err = cli("list", "--limit", "5")
    assert code == 0 and err == ""
    assert out.splitlines()[0].split()[:2] == ["SLUG", "NAME"]
    assert f"1–5 of {len(dataset.initiatives)} initiative(s)" in out


def test_list_json_shape(cli):
    code, out, _ = cli("list", "--json", "--limit", "200")
    assert code == 0
    items = json.loads(out)
    assert items
    for item in items:
        for key in ("slug", "name", "kind", "status", "sectors", "organisations", "countries",
                    "announced", "funding", "excerpts"):
            assert key in item
        for f in item["funding"]:
            assert set(f) >= {"amount", "currency", "qualifier", "side", "scope", "contributor",
                              "amount_gbp", "rate"}
            assert isinstance(f["amount"], (int, float))
        for e in item["excerpts"]:
            assert set(e) >= {"source_title", "text", "start", "end"}
    assert any(i["funding"] for i in items)


def test_list_filters_and_search(cli):
    code, out, _ = cli("list", "--json", "--search", "quantum", "--sort", "relevance")
    assert code == 0
    items = json.loads(out)
    assert items and all("snippet" in i for i in items)
    code, out, _ = cli("list", "--json", "--side", "Japan", "--from", "2020")
    for item in json.loads(out):
        assert any(f["side"] == "Japan" for f in item["funding"])
        assert item["announced"] is None or int(item["announced"][:4]) >= 2020


def test_show_text_and_json(cli, dataset):
    slug = next(s for s, i in sorted(dataset.initiatives.items()) if i.funding)
    code, out, _ = cli("show", slug)
    assert code == 0 and slug in out and "Sources:" in out and "stated:" in out
    code, out, _ = cli("show", slug, "--json")
    assert json.loads(out)["slug"] == slug


def test_facets_json(cli, dataset):
    code, out, _ = cli("facets", "--json")
    data = json.loads(out)
    assert data["total"] == len(dataset.initiatives)
    assert set(data["facets"]) == {"sector", "kind", "status", "organisation", "country", "side", "tag"}
    assert sum(v["count"] for v in data["facets"]["kind"]) == data["total"]


def test_export_formats(cli, tmp_path):
    for fmt in ("csv", "xlsx", "json"):
        target = tmp_path / f"out.{fmt}"
        code, out, err = cli("export", "--format", fmt, "--output", str(target), "--bilateral")
        assert code == 0, err
        assert target.exists() and target.stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_annotate_then_filter(cli, dataset):
    slug = sorted(dataset.initiatives)[0]
    assert cli("annotate", slug, "--note", "check with UKRI", "--star", "--tag", "brief")[0] == 0
    code, out, _ = cli("list", "--json", "--starred", "--tag", "brief", "--has-note")
    assert [i["slug"] for i in json.loads(out)] == [slug]


def test_annotate_shared_and_team_then_filter_by_whose(cli, dataset):
    a, b = sorted(dataset.initiatives)[:2]
    assert cli("annotate", a, "--note", "private quokka words", "--star")[0] == 0
    assert cli("annotate", b, "--note", "zanzibar for everyone", "--share", "--star", "--team", "--tag", "t1")[0] == 0

    def listed(*args):
        code, out, err = cli("list", "--json", *args)
        assert code == 0, err
        return [i["slug"] for i in json.loads(out)]
    assert sorted(listed("--starred")) == sorted([a, b])
    assert listed("--starred", "--whose", "mine") == [a]
    assert listed("--starred", "--whose", "team") == [b]
    assert listed("--has-note", "--whose", "team") == [b]
    assert listed("--tag", "t1", "--whose", "mine") == []
    assert listed("--search", "quokka") == [a] and listed("--search", "zanzibar") == [b]
    code, out, _ = cli("show", b)
    assert "Your notes (shared): ★ team #t1 (team)" in out and "for everyone" in out


@pytest.mark.parametrize("args, message", [
    (("show", "no-such-initiative"), "no initiative with slug 'no-such-initiative'"),
    (("list", "--search", "AND"), "Nothing to search for"),
    (("list", "--from", "2025", "--to", "2020"), "year range is empty"),
    (("list", "--sort", "relevance"), "--sort relevance needs --search"),
    (("export", "--format", "csv", "--output", "/no/such/folder/x.csv"), "does not exist"),
    (("annotate", "no-such-initiative", "--star"), "no initiative with slug"),
])
def test_errors_are_one_line_and_non_zero(cli, args, message):
    code, out, err = cli(*args)
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_an_unexpected_driver_error_is_still_one_line(db_copy, capsys, monkeypatch):
    """SQLAlchemy's errors span lines (the SQL, its parameters, a web link): the catch-all
    printed them all under "the user sees one line"."""
    from sqlalchemy.exc import ProgrammingError
    from ukjp_desktop.store import userdb

    def failing(*args, **kwargs):
        raise ProgrammingError("UPDATE meta SET value=%(value)s", {"value": "2"},
                               Exception("permission denied for table meta"))
    monkeypatch.setattr(userdb, "open_library", failing)
    assert main(["--db", str(db_copy), "db", "info"]) == 1
    err = capsys.readouterr().err
    assert "permission denied for table meta" in err and "ProgrammingError" in err
    assert err.count("\n") == 1 and "UPDATE meta" not in err


@pytest.mark.parametrize("args", [("list", "--from", "20x"), ("list", "--side", "Mars"),
                                  ("list", "--kind", "banana"), ("frobnicate",)])
def test_bad_options_exit_2_with_usage(cli, args):
    with pytest.raises(SystemExit) as exc:
        cli(*args)
    assert exc.value.code == 2


@pytest.mark.parametrize("make_target", [
    lambda d: d,                                         # the "file" is an existing folder
    lambda d: (d / "plain-file").joinpath("x.json"),     # the folder is a file
])
def test_unwritable_export_exits_2_and_leaves_nothing(cli, tmp_path, make_target):
    out = tmp_path / "exports"
    out.mkdir()
    (out / "plain-file").write_text("not a folder")
    code, _, err = cli("export", "--format", "json", "--output", str(make_target(out)))
    assert code == 2 and "Cannot write" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["plain-file"]


def test_newer_database_is_refused_by_the_cli(tmp_path, capsys):
    import sqlite3
    path = tmp_path / "future.sqlite"
    assert main(["--db", str(path), "db", "build"]) == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["--db", str(path), "list"]) == 1
    assert "newer version" in capsys.readouterr().err


def test_db_check_and_validate(cli):
    code, out, _ = cli("db", "check")
    assert code == 0 and "no problems found" in out
    code, out, _ = cli("db", "validate")
    assert code == 0 and "all excerpts exact" in out


def test_db_check_reports_a_tampered_excerpt(db_copy, capsys):
    from sqlalchemy import text
    from ukjp_desktop.store.database import open_database
    engine = open_database(db_copy).engine
    with engine.begin() as conn:
        conn.execute(text("UPDATE excerpts SET text = text || ' (edited)' "
                          "WHERE id = (SELECT min(id) FROM excerpts)"))
    engine.dispose()
    assert main(["--db", str(db_copy), "db", "check"]) == 1
    assert "no longer match their source text" in capsys.readouterr().out


def test_command_line_never_imports_qt(db_copy):
    code = (
        "import sys, io, contextlib\n"
        "from ukjp_desktop.cli import main\n"
        f"db = {str(db_copy)!r}\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for args in (['list'], ['facets'], ['list', '--json', '-q', 'quantum', '--sort', 'relevance']):\n"
        "        assert main(['--db', db, *args]) == 0\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'pandas'))\n"
        "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_show_prints_an_imported_range_with_both_ends(cli, tmp_path):
    """Issue 12: after importing "between £1m and £2m", `show` printed "between £1m" while
    `show --json` held the upper bound. `show` now words a line as the detail pane does."""
    doc = tmp_path / "range.txt"
    doc.write_text("UK and Japan open a photonics call\n\nUKRI will provide between £1m and £2m "
                   "for joint photonics projects.\n", encoding="utf-8")
    code, out, err = cli("import", str(doc), "--accept-all", "--new-initiative", "Photonics call")
    assert code == 0, err
    slug = next(line.split()[2].rstrip(":") for line in out.splitlines()
                if line.startswith("new initiative "))
    code, out, _ = cli("show", slug, "--json")
    line = json.loads(out)["funding"][0]
    assert (line["amount"], line["amount_max"], line["qualifier"]) == (1000000, 2000000, "range")
    code, out, _ = cli("show", slug)
    assert code == 0
    line = out.split("Funding (as stated; GBP for comparison):\n", 1)[1].splitlines()[0]
    assert line.split() == ["UK", "£1m–£2m", "UK", "Research", "and", "Innovation"]
    assert "stated: “between £1m and £2m”" in out



def test_db_without_a_subcommand_says_which_exist(cli):
    code, out, err = cli("db")
    assert code == 2 and out == ""
    assert err.strip() == ("ukjp-desktop: db needs a subcommand: build, check, info, validate, "
                           "backup, backups, restore or export")


def test_show_of_an_imported_initiative_without_a_summary_has_no_empty_paragraph(cli, tmp_path):
    """An initiative made by an import has no summary: `show` printed an empty line for it, so
    three blank lines stood between the heading and the first date."""
    doc = tmp_path / "call.txt"
    doc.write_text("Robotics call\n\nLondon, 12 March 2025 — UKRI will provide £2 million.\n", encoding="utf-8")
    code, out, err = cli("import", str(doc), "--accept-all", "--new-initiative", "Robotics call")
    assert code == 0, err
    code, out, _ = cli("show", "user-robotics-call")
    assert code == 0
    lines = out.splitlines()
    assert lines[2] == "" and lines[3] != ""      # one blank line, then the first section
    assert "\n\n\n" not in out
