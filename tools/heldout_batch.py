"""Move a clean held-out batch to the seen ones after a rule round has read it, and fill in its floor (issue 15).

    python tools/heldout_batch.py read BATCH PREV ROUND SESSION "seen description" "floor comment"
    python tools/heldout_batch.py floor BATCH "what the round read" P R S D O fP fR fS fD fO

``read`` edits, together, what names the clean batches: heldout_eval.CLEAN and its comment, the module docstring of
tests/test_extract_heldout.py (the batch moves from the clean list to the read list), its FLOORS (an entry whose comment
ends "(TODO): PPP, RRR, SSS (dates DDD, orgs OOO)" and whose floors are 0.0, to be filled once the round is done),
test_clean_batches_are_not_seen and the keeps-its-level list (PREV is the batch read before it). ``floor`` replaces that
TODO with what the round read and its figures, and sets the floors. ``--root DIR`` edits another checkout (the tests).
"""
from __future__ import annotations

import argparse
import re
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
    k = next(j for j, para in enumerate(paras) if "The clean batches now, in heldout_eval.CLEAN, are" in para)
    para = " ".join(paras[k].strip("\n").split("\n"))
    lead = "The clean batches now, in heldout_eval.CLEAN, are "
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
    args = ap.parse_args(argv)
    if args.command == "read":
        left = move_to_seen(args.root, args.batch, args.prev, args.round, args.session, args.seen_desc,
                            args.floor_comment)
        print(f"{args.batch} is seen; first clean batch now {left[0] if left else None}")
    else:
        fill_floor(args.root, args.batch, args.what, args.figures, args.floors)


if __name__ == "__main__":
    main()
