"""tools/heldout_batch.py: moving a clean batch to the seen ones edits every place that names the clean batches,
together, and leaves both test modules valid Python (run on a copy of them, never on the checkout)."""
from __future__ import annotations

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import heldout_batch  # noqa: E402
from heldout_eval import CLEAN  # noqa: E402


@pytest.fixture
def copy(tmp_path):
    (tmp_path / "tests").mkdir()
    for name in ("heldout_eval.py", "test_extract_heldout.py"):
        shutil.copy(ROOT / "tests" / name, tmp_path / "tests" / name)
    return tmp_path


def _clean_in(root: Path) -> list[str]:
    tree = ast.parse((root / "tests/heldout_eval.py").read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "CLEAN")
    return [e.value for e in node.value.elts]


def test_reading_the_first_clean_batch_moves_it_everywhere(copy):
    first, after = CLEAN[0], CLEAN[1]
    prev = f"test{int(first[4:]) - 1}"
    left = heldout_batch.move_to_seen(copy, first, prev, "999", "99", "invented pages about nothing",
                                      f"{first} (n pages): while clean, read in session 99's round 999 "
                                      "(TODO): PPP, RRR, SSS (dates DDD, orgs OOO)")
    assert left == list(CLEAN[1:]) == _clean_in(copy)
    test_src = (copy / "tests/test_extract_heldout.py").read_text(encoding="utf-8")
    ast.parse(test_src)
    doc = ast.get_docstring(ast.parse(test_src))
    assert f"read in session 99's round 999. The clean batches now, in heldout_eval.CLEAN, are {after} " in " ".join(doc.split())
    assert f'"{first}": {{"funding_precision": 0.0' in test_src
    assert f"    assert CLEAN == ({', '.join(repr(c).replace(chr(39), chr(34)) for c in CLEAN[1:])})" in test_src
    assert f'"{prev}", "{first}"}} <= set(SEEN)' in test_src
    assert re.search(rf'"{prev}",\s+"{first}"\]\)\ndef test_heldout_half_keeps_its_level', test_src)
    comment = (copy / "tests/heldout_eval.py").read_text(encoding="utf-8")
    assert f"{first} (invented pages about nothing) since session 99's round 999)" in " ".join(
        line.lstrip("# ") for line in comment.splitlines())


def test_the_floor_is_filled_in_once_the_round_is_done(copy):
    first = CLEAN[0]
    heldout_batch.move_to_seen(copy, first, f"test{int(first[4:]) - 1}", "999", "99", "invented pages",
                               f"{first}: read (TODO): PPP, RRR, SSS (dates DDD, orgs OOO)")
    heldout_batch.fill_floor(copy, first, "what it read", ["90%", "80%", "70%", "60%", "50%"],
                             ["0.9", "0.8", "0.7", "0.6", "0.5"])
    test_src = (copy / "tests/test_extract_heldout.py").read_text(encoding="utf-8")
    tree = ast.parse(test_src)
    floors = next(n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "FLOORS")
    entry = ast.literal_eval(floors.value)[first]
    assert entry == {"funding_precision": 0.9, "funding_recall": 0.8, "side": 0.7, "date_precision": 0.6,
                     "organisation_precision": 0.5}
    assert "(what it read): 90%, 80%, 70% (dates 60%, orgs 50%)" in " ".join(
        line.strip().lstrip("# ") for line in test_src.splitlines())


def test_a_batch_that_is_not_the_first_clean_one_is_refused_and_nothing_is_written(copy):
    before = (copy / "tests/heldout_eval.py").read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        heldout_batch.move_to_seen(copy, CLEAN[1], CLEAN[0], "999", "99", "x", "x (TODO): PPP, RRR, SSS (dates DDD, orgs OOO)")
    assert (copy / "tests/heldout_eval.py").read_text(encoding="utf-8") == before


@pytest.fixture
def gathered(tmp_path):
    """A checkout's copy with every file the merge edits, and an invented gathered batch of two pages."""
    root = tmp_path / "root"
    for rel in ("tests/heldout_eval.py", "tests/test_extract_heldout.py", "tools/eval_extraction.py",
                "tests/extract_heldout/SPLIT.toml", "tests/extract_heldout/README.md"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / rel, root / rel)
    from heldout_eval import SPLITS
    batch = f"test{int(SPLITS[-1][4:]) + 1}"
    src = tmp_path / "gathered"
    (src / "files").mkdir(parents=True)
    for n in (9901, 9902):
        (src / "files" / f"{n}_invented_page.txt").write_text("A page.\n", encoding="utf-8")
        (src / "files" / f"{n}_invented_page.toml").write_text('document_date = "2026"\n', encoding="utf-8")
    (src / "split_block.toml").write_text(f"# {batch}: an invented batch\n{batch} = [\n  \"9901_invented_page\",\n"
                                          "  \"9902_invented_page\",\n]\n", encoding="utf-8")
    (src / "readme_paragraph.md").write_text(f"**{batch}** (documents 9901-9902): invented.\n", encoding="utf-8")
    return root, src, batch


def test_a_gathered_batch_is_merged_as_the_last_clean_one_everywhere(gathered):
    root, src, batch = gathered
    assert heldout_batch.merge_batch(root, src, batch, "99", "invented pages", "invented pages about nothing") == 2
    assert _clean_in(root) == list(CLEAN) + [batch]
    ev = (root / "tests/heldout_eval.py").read_text(encoding="utf-8")
    tree = ast.parse(ev)
    splits = next(n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "SPLITS")
    assert [e.value for e in splits.value.elts][-1] == batch
    assert f"{batch}, invented pages, gathered in session 99; test22 is seen since" in " ".join(
        line.lstrip("# ") for line in ev.splitlines())
    test_src = (root / "tests/test_extract_heldout.py").read_text(encoding="utf-8")
    tree = ast.parse(test_src)
    doc = " ".join(ast.get_docstring(tree).split())
    assert f"and {batch} (documents 9901-9902, invented pages about nothing), gathered in sessions" in doc
    assert f"to 99: each keyed" in doc and f"``{batch}``), never tuned on" in doc
    pages = next(n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "MIN_PAGES")
    assert ast.literal_eval(pages.value)[batch] == 2
    assert f'"{CLEAN[-1]}", "{batch}")' in test_src and f"{batch} in session 99, each keyed before" in " ".join(
        line.strip().lstrip("# ") for line in test_src.splitlines())
    assert f"|{batch}|seen|all]" in (root / "tools/eval_extraction.py").read_text(encoding="utf-8")
    assert (root / "tests/extract_heldout/9901_invented_page.toml").exists()
    assert (root / "tests/extract_heldout/SPLIT.toml").read_text(encoding="utf-8").endswith(
        f'{batch} = [\n  "9901_invented_page",\n  "9902_invented_page",\n]\n')
    readme = (root / "tests/extract_heldout/README.md").read_text(encoding="utf-8")
    assert f"**{batch}** (documents 9901-9902): invented.\n\n## Key format\n" in readme
    assert f" as {CLEAN[-1]}, 2 as {batch}; " in readme


def test_a_batch_whose_pages_are_already_there_is_refused_and_nothing_is_written(gathered):
    root, src, batch = gathered
    (root / "tests/extract_heldout/9902_invented_page.txt").write_text("taken\n", encoding="utf-8")
    before = {p: p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file()}
    with pytest.raises(SystemExit):
        heldout_batch.merge_batch(root, src, batch, "99", "x", "x")
    assert {p: p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file()} == before
