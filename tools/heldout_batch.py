"""Move a clean held-out batch to the seen ones after a rule round has read it, and fill in its floor (issue 15).

    python tools/heldout_batch.py read BATCH PREV ROUND SESSION "seen description" "floor comment"
    python tools/heldout_batch.py floor BATCH "what the round read" P R S D O fP fR fS fD fO
    python tools/heldout_batch.py merge DIR BATCH SESSION "clean-list description" "docstring description"

``read`` edits, together, what names the clean batches: heldout_eval.CLEAN and its comment, the module docstring of
tests/test_extract_heldout.py (the batch moves from the clean list to the read list), its FLOORS (an entry whose comment
ends "(TODO): PPP, RRR, SSS (dates DDD, orgs OOO)" and whose floors are 0.0, to be filled once the round is done),
test_clean_batches_are_not_seen and the keeps-its-level list (PREV is the batch read before it). ``floor`` replaces that
TODO with what the round read and its figures, and sets the floors. ``merge`` adds a gathered batch (DIR/files with its
.txt/.toml pairs, DIR/split_block.toml, DIR/readme_paragraph.md) as the last clean batch, everywhere the clean batches
are named. ``--root DIR`` edits another checkout (the tests).
"""
from __future__ import annotations

import argparse
import re
import shutil
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WIDTH = 120
_DOC_WIDTH = 118     # the docstring's paragraphs are wrapped two columns short


def _wrap(text: str, prefix: str, width: int = _WIDTH) -> str:
    return textwrap.fill(text, width=width, initial_indent=prefix, subsequent_indent=prefix,
                         break_on_hyphens=False, break_long_words=False)


def _comment_block(lines: list[str], start: int, stop, prefix: str) -> tuple[int, str]:
    """The end (exclusive) of the comment block from ``start`` to the first line ``stop`` accepts, and its text."""
    end = start
    while end < len(lines) and not stop(lines[end]):
        end += 1
    return end, " ".join(line[len(prefix):] if line.startswith(prefix) else line.strip() for line in lines[start:end])


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def move_to_seen(root: Path, batch: str, prev: str, rnd: str, session: str, seen_desc: str, floor_comment: str) -> list[str]:
    """Move ``batch`` out of the clean batches; returns the clean batches left."""
    num = int(batch[4:])
    # heldout_eval.py: the clean list's entry "(testN, desc, gathered in session S; " goes; the seen list gains one
    path = root / "tests/heldout_eval.py"
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("# the clean batches:"))
    end, text = _comment_block(lines, start, lambda line: line.startswith("CLEAN:"), "# ")
    m = re.search(r"\(%s, (.*?), gathered in session (\d+); " % batch, text)
    if m is None:
        raise SystemExit(f"{batch} is not the first clean batch in heldout_eval.py")
    text = text[:m.start()] + "(" + text[m.end():]
    text = text[:-1] + f", {batch} ({seen_desc}) since session {session}'s round {rnd})"
    clean = re.findall(r'"(test\d+)"', lines[end])
    if not clean or clean[0] != batch:
        raise SystemExit(f"{batch} is not the first of CLEAN: {clean[:3]}")
    left = clean[1:]
    lines[start:end + 1] = [_wrap(text, "# "), f"CLEAN: tuple[str, ...] = ({_quoted(left)})"]
    path.write_text("\n".join(lines), encoding="utf-8")

    path = root / "tests/test_extract_heldout.py"
    src = path.read_text(encoding="utf-8")
    # the module docstring: "testN (documents A-B, desc)" moves from the clean list to the read list
    i0 = src.index('"""') + 3
    i1 = src.index('"""', i0)
    paras = src[i0:i1].split("\n\n")
    lead = "The clean batches now, in heldout_eval.CLEAN, are "
    k = next(j for j, para in enumerate(paras) if lead in _one_line(para))
    para = _one_line(paras[k])
    m = re.search(re.escape(lead) + r"(%s \(documents [^()]*(?:\([^()]*\)[^()]*)*\)), and " % batch, para)
    if m is None:
        raise SystemExit(f"{batch} is not the first clean batch of the docstring")
    para = para[:m.start()] + lead + para[m.end():]
    para = para.replace(". " + lead, f", and {m.group(1)}, read in session {session}'s round {rnd}. " + lead, 1)
    para = re.sub(r"totals only with ``python tools/eval_extraction\.py --split (test\d+)`` \(or [^)]*\)",
                  "totals only with ``python tools/eval_extraction.py --split %s`` (or %s)"
                  % (left[0], ", ".join(f"``{c}``" for c in left[1:])), para)
    trail = paras[k][len(paras[k].rstrip("\n")):]
    paras[k] = textwrap.fill(para, width=_DOC_WIDTH, break_on_hyphens=False, break_long_words=False) + trail
    src = src[:i0] + "\n\n".join(paras) + src[i1:]
    # FLOORS: an entry to fill once the round is done
    anchor = "\n}\n\n\n# the smallest each split may be"
    entry = (_wrap(floor_comment, "    # ") + "\n"
             f'    "{batch}": {{"funding_precision": 0.0, "funding_recall": 0.0, "side": 0.0,\n'
             f'                "date_precision": 0.0, "organisation_precision": 0.0}},')
    src = src.replace(anchor, "\n" + entry + anchor, 1)
    # test_clean_batches_are_not_seen: its comment, the CLEAN it expects, the SEEN it contains
    lines = src.split("\n")
    c0 = next(i for i, line in enumerate(lines) if line.startswith("def test_clean_batches_are_not_seen")) + 1
    c1, ctext = _comment_block(lines, c0, lambda line: not line.startswith("    #"), "    # ")
    ctext = ctext.replace(": they are development data, no longer clean;",
                          f", {batch} in session {session}'s round {rnd}: they are development data, no longer clean;", 1)
    lines[c0:c1] = [_wrap(ctext, "    # ")]
    src = "\n".join(lines)
    src = src.replace(f"    assert CLEAN == ({_quoted(clean)})", f"    assert CLEAN == ({_quoted(left)})", 1)
    src = src.replace(f'"test{num - 1}"}} <= set(SEEN)', f'"test{num - 1}", "{batch}"}} <= set(SEEN)', 1)
    keeps = f'                                  "{prev}"])\ndef test_heldout_half_keeps_its_level'
    if keeps not in src:
        raise SystemExit(f"{prev} does not end the keeps-its-level list")
    src = src.replace(keeps, f'                                  "{prev}",\n                                  "{batch}"])'
                             "\ndef test_heldout_half_keeps_its_level", 1)
    path.write_text(src, encoding="utf-8")
    return left


def _one_line(para: str) -> str:
    """A docstring paragraph as one line (its wrapping may break a phrase the tool looks for: session 52)."""
    return " ".join(para.strip("\n").split("\n"))


def fill_floor(root: Path, batch: str, what: str, figures: list[str], floors: list[str]) -> None:
    """Replace the batch's TODO with what its round read and its figures (P, R, S, dates, orgs), and set its floors."""
    path = root / "tests/test_extract_heldout.py"
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(k for k, line in enumerate(lines) if line.startswith(f'    "{batch}": {{"funding_precision"'))
    j = i
    while lines[j - 1].startswith("    #"):
        j -= 1
    comment = " ".join(line[6:] for line in lines[j:i])
    todo = "(TODO): PPP, RRR, SSS (dates DDD, orgs OOO)"
    if todo not in comment:
        raise SystemExit(f"{batch}'s floor has no TODO to fill")
    p, r, s, d, o = figures
    comment = comment.replace(todo, f"({what}): {p}, {r}, {s} (dates {d}, orgs {o})")
    fp, fr, fs, fd, fo = floors
    lines[j:i + 2] = _wrap(comment, "    # ").split("\n") + [
        f'    "{batch}": {{"funding_precision": {fp}, "funding_recall": {fr}, "side": {fs},',
        f'                "date_precision": {fd}, "organisation_precision": {fo}}},']
    path.write_text("\n".join(lines), encoding="utf-8")


def _replace_once(text: str, old: str, new: str, where: str) -> str:
    if old not in text:
        raise SystemExit(f"{where}: {old[:60]!r} not found")
    return text.replace(old, new, 1)


def merge_batch(root: Path, src: Path, batch: str, session: str, eval_desc: str, doc_desc: str) -> int:
    """Add a gathered batch (``src``: files/NNNN_*.txt and .toml, split_block.toml, readme_paragraph.md) as the last
    clean batch: its files, SPLIT.toml, the corpus README, heldout_eval (SPLITS, CLEAN and the clean comment), the
    held-out test module (docstring, MIN_PAGES, the clean/seen test) and eval_extraction's usage line; returns its
    page count. Nothing is written if any place is not as expected."""
    heldout = root / "tests/extract_heldout"
    files = sorted((src / "files").glob("*.txt"))
    if not files or any(not f.with_suffix(".toml").exists() for f in files):
        raise SystemExit(f"{src}/files holds no .txt/.toml pairs")
    if any((heldout / f.name).exists() or (heldout / f.with_suffix(".toml").name).exists() for f in files):
        raise SystemExit("a gathered file name is already in the corpus")
    numbers = sorted(int(f.name.split("_", 1)[0]) for f in files)
    pages, first, last = len(files), numbers[0], numbers[-1]
    prev = f"test{int(batch[4:]) - 1}"
    block = (src / "split_block.toml").read_text(encoding="utf-8").strip("\n")
    if f"\n{batch} = [" not in "\n" + block or f"{batch}:" not in block.split("\n", 1)[0]:
        raise SystemExit(f"split_block.toml does not define {batch}")
    para = (src / "readme_paragraph.md").read_text(encoding="utf-8").strip("\n")
    if not para.startswith(f"**{batch}**"):
        raise SystemExit(f"readme_paragraph.md does not open on **{batch}**")
    edits: dict[Path, str] = {}

    # SPLIT.toml: the block at the end
    split_path = heldout / "SPLIT.toml"
    edits[split_path] = split_path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + block + "\n"
    # the corpus README: the page count, the batch sizes and the batch's paragraph before the key format
    readme = (heldout / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^(\d+) real public documents \(", readme, re.M)
    if m is None:
        raise SystemExit("README.md: no page count")
    readme = readme[:m.start(1)] + str(int(m[1]) + pages) + readme[m.end(1):]
    readme = _replace_once(readme, f" as {prev}; ", f" as {prev}, {pages} as {batch}; ", "README.md")
    edits[heldout / "README.md"] = _replace_once(readme, "\n\n## Key format\n", "\n\n" + para + "\n\n## Key format\n",
                                                 "README.md")
    # heldout_eval.py: SPLITS, the clean comment, CLEAN
    ev = "tests/heldout_eval.py"
    text = (root / ev).read_text(encoding="utf-8")
    lines = text.split("\n")
    s0 = next(i for i, line in enumerate(lines) if line.startswith("SPLITS = ("))
    s1 = next(i for i in range(s0, len(lines)) if lines[i].rstrip().endswith(")"))
    names = re.findall(r'"([^"]+)"', " ".join(lines[s0:s1 + 1]))
    if names[-1] != prev:
        raise SystemExit(f"{ev}: SPLITS ends on {names[-1]}, not {prev}")
    body = _wrap(", ".join(f'"{n}"' for n in names + [batch]) + ")", "          ")
    lines[s0:s1 + 1] = ("SPLITS = (" + body[10:]).split("\n")
    c0 = next(i for i, line in enumerate(lines) if line.startswith("# the clean batches:"))
    c1, ctext = _comment_block(lines, c0, lambda line: line.startswith("CLEAN:"), "# ")
    if "; test22 is seen since" not in ctext:
        raise SystemExit(f"{ev}: the clean comment has no seen list")
    ctext = ctext.replace("; test22 is seen since", f"; {batch}, {eval_desc}, gathered in session {session}; "
                                                    "test22 is seen since", 1)
    clean = re.findall(r'"(test\d+)"', lines[c1])
    lines[c0:c1 + 1] = [_wrap(ctext, "# "), f"CLEAN: tuple[str, ...] = ({_quoted(clean + [batch])})"]
    edits[root / ev] = "\n".join(lines)
    # the held-out test module: docstring, MIN_PAGES, the clean/seen test
    tm = "tests/test_extract_heldout.py"
    src_text = (root / tm).read_text(encoding="utf-8")
    i0 = src_text.index('"""') + 3
    i1 = src_text.index('"""', i0)
    paras = src_text[i0:i1].split("\n\n")
    lead = "The clean batches now, in heldout_eval.CLEAN, are "
    k = next(j for j, p in enumerate(paras) if lead in _one_line(p))
    doc = _one_line(paras[k])
    g = re.search(r", gathered in sessions? (\d+)(?: to (\d+))?: each keyed", doc)
    if g is None:
        raise SystemExit(f"{tm}: the docstring does not say when the clean batches were gathered")
    doc = (doc[:g.start()] + f", and {batch} (documents {first}-{last}, {doc_desc}), gathered in sessions {g[1]} to "
           f"{session}: each keyed" + doc[g.end():])
    if f"``{prev}``), never tuned on" not in doc:
        raise SystemExit(f"{tm}: the docstring's clean list does not end on {prev}")
    doc = doc.replace(f"``{prev}``), never tuned on", f"``{prev}``, ``{batch}``), never tuned on", 1)
    trail = paras[k][len(paras[k].rstrip("\n")):]
    paras[k] = textwrap.fill(doc, width=_DOC_WIDTH, break_on_hyphens=False, break_long_words=False) + trail
    src_text = src_text[:i0] + "\n\n".join(paras) + src_text[i1:]
    mp = re.search(r'\n    "%s": (\d+),\n}\n' % prev, src_text)
    if mp is None:
        raise SystemExit(f"{tm}: MIN_PAGES does not end on {prev}")
    src_text = src_text[:mp.end() - 2] + f'    "{batch}": {pages},\n' + src_text[mp.end() - 2:]
    src_text = _replace_once(src_text, f"    assert CLEAN == ({_quoted(clean)})",
                             f"    assert CLEAN == ({_quoted(clean + [batch])})", tm)
    lines = src_text.split("\n")
    t0 = next(i for i, line in enumerate(lines) if line.startswith("def test_clean_batches_are_not_seen")) + 1
    t1, ttext = _comment_block(lines, t0, lambda line: not line.startswith("    #"), "    # ")
    if ", each keyed before the extractor ran on it" not in ttext:
        raise SystemExit(f"{tm}: the clean/seen test's comment has no joined list")
    ttext = ttext.replace(", each keyed before the extractor ran on it",
                          f", {batch} in session {session}, each keyed before the extractor ran on it", 1)
    lines[t0:t1] = [_wrap(ttext, "    # ")]
    edits[root / tm] = "\n".join(lines)
    # eval_extraction's usage line
    usage = root / "tools/eval_extraction.py"
    edits[usage] = _replace_once(usage.read_text(encoding="utf-8"), f"|{prev}|seen|all]", f"|{prev}|{batch}|seen|all]",
                                 "eval_extraction.py")
    for f in files:
        shutil.copy(f, heldout / f.name)
        shutil.copy(f.with_suffix(".toml"), heldout / f.with_suffix(".toml").name)
    for path, text in edits.items():
        path.write_text(text, encoding="utf-8")
    return pages


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("read")
    for name in ("batch", "prev", "round", "session", "seen_desc", "floor_comment"):
        r.add_argument(name)
    f = sub.add_parser("floor")
    f.add_argument("batch")
    f.add_argument("what")
    f.add_argument("figures", nargs=5)
    f.add_argument("floors", nargs=5)
    g = sub.add_parser("merge")
    g.add_argument("src", type=Path)
    for name in ("batch", "session", "eval_desc", "doc_desc"):
        g.add_argument(name)
    args = ap.parse_args(argv)
    if args.command == "read":
        left = move_to_seen(args.root, args.batch, args.prev, args.round, args.session, args.seen_desc,
                            args.floor_comment)
        print(f"{args.batch} is seen; first clean batch now {left[0] if left else None}")
    elif args.command == "merge":
        pages = merge_batch(args.root, args.src, args.batch, args.session, args.eval_desc, args.doc_desc)
        print(f"{args.batch} merged as the last clean batch ({pages} pages)")
    else:
        fill_floor(args.root, args.batch, args.what, args.figures, args.floors)


if __name__ == "__main__":
    main()
