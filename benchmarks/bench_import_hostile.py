"""Import of hostile and large files: time and peak memory of read + propose (issue 13 §7, §8).

    python benchmarks/bench_import_hostile.py [--only NAME ...] [--timeout 120] [--big]

Each input is generated into a temporary folder, then read and proposed in its own child
process (what the CLI's ``import FILE --dry-run`` and the review window do), so each gets a
fresh peak RSS (Linux VmHWM) and a hang can be stopped. ``baseline_read_text_1mb`` (reading a
plain 1 MB text file, no extraction) is the same-run baseline: timings on this shared machine
drift 2x between runs. ``--big`` adds the 50 MB cases (slow to generate).
Prints one JSON object: per case the outcome (``ok`` with seconds, characters and proposals, or
the one-line refusal, or ``timeout``), seconds and peak RSS in MB. No assertions.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import hostile_files as H  # noqa: E402

MB = 1_000_000

CASES = {   # name -> (file name, generator)
    "baseline_read_text_1mb": ("plain.txt", lambda: H.realistic_text(1 * MB)),
    "realistic_text_0.25mb": ("r025.txt", lambda: H.realistic_text(MB // 4)),
    "realistic_text_1mb": ("r1.txt", lambda: H.realistic_text(1 * MB)),
    "realistic_text_2mb": ("r2.txt", lambda: H.realistic_text(2 * MB)),
    "realistic_text_10mb": ("r10.txt", lambda: H.realistic_text(10 * MB)),
    "markdown_20000_bold_openers": ("bold.md", lambda: H.markdown_openers(20_000)),
    "markdown_1mb_unclosed_link": ("link.md", lambda: H.markdown_unclosed(MB, "[")),
    "markdown_1mb_unclosed_image": ("image.md", lambda: H.markdown_unclosed(MB, "![")),
    "markdown_1mb_unclosed_comment": ("comment.md", lambda: H.markdown_unclosed(MB, "<!--")),
    "markdown_1mb_unclosed_emphasis": ("em.md", lambda: H.markdown_unclosed(MB, "*")),
    "markdown_1mb_unclosed_code": ("code.md", lambda: H.markdown_unclosed(MB, "`")),
    "html_1mb_unclosed_tags": ("tags.html", lambda: b"<html><body>" + H.markdown_unclosed(MB, "<p")),
    "html_1mb_unclosed_quotes": ("quotes.html", lambda: b"<html><body>" + H.markdown_unclosed(MB, "<p a='x > ")),
    "text_1mb_capitalised_words": ("caps.txt", lambda: b"UKRI " * (MB // 5)),
    "text_1mb_spaces": ("spaces.txt", lambda: b"a" + b" " * MB + b"b\n"),
    "text_1mb_digit_run": ("digits.txt", lambda: b"EPSRC gives " + b"9" * MB + b" pounds.\n"),
    "text_1mb_money": ("money.txt", lambda: "EPSRC gives £4.5m from JST. ".encode() * (MB // 28)),
    "docx_200000_nested_paragraphs": ("nested.docx", lambda: H.nested_paragraphs_docx(200_000)),
    "docx_48mb_document_xml": ("wide.docx", lambda: H.wide_docx(48 * MB)),
    "docx_1gb_core_xml": ("core.docx", lambda: H.core_bomb_docx(1000 * MB)),
    "docx_size_header_lies": ("lies.docx", lambda: H.lying_size_docx(48 * MB)),
}
BIG = {
    "realistic_text_49mb": ("r49.txt", lambda: H.realistic_text(49 * MB)),
    "markdown_49mb_unclosed_link": ("link49.md", lambda: H.markdown_unclosed(49 * MB, "[")),
}


def _child(path: str, read_only: bool) -> None:
    """Runs in the child: read (and propose), print one JSON line."""
    t0 = time.perf_counter()
    from ukjp_desktop.core.extract import propose
    from ukjp_desktop.core.extract.propose import propose_source_meta
    from ukjp_desktop.core.extract.readers import DocumentError, read_document
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    out: dict = {}
    try:
        doc = read_document(path)
        out["read_s"] = round(time.perf_counter() - t0, 3)
        out["characters"] = len(doc.text)
        if not read_only:
            result = propose(doc.text)
            propose_source_meta(doc.text, result, doc.title, doc.publisher, doc.date, doc.url)
            out["proposals"] = len(result.all())
        out["outcome"] = "ok"
    except DocumentError as exc:
        out["outcome"] = f"refused: {exc}"
    out["seconds"] = round(time.perf_counter() - t0, 3)
    out["import_modules_s"] = round(t_import, 3)
    out["peak_rss_mb"] = round(H.peak_rss_mb(), 1)
    print(json.dumps(out))


def _run_case(name: str, path: Path, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path)]
    if name.startswith("baseline_read"):
        cmd.append("--read-only")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"outcome": f"timeout after {timeout:.0f} s", "seconds": None, "peak_rss_mb": None}
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"outcome": f"crashed: {last}", "seconds": round(time.perf_counter() - t0, 3)}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    warnings = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    if warnings:
        result["stderr_lines"] = len(warnings)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", metavar="NAME")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--big", action="store_true", help="also the 49 MB inputs")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--read-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.read_only)
        return 0
    cases = {**CASES, **(BIG if args.big else {})}
    names = args.only or list(cases)
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            filename, make = cases[name]
            path = Path(tmp) / filename
            path.write_bytes(make())
            entry = {"file_bytes": path.stat().st_size, **_run_case(name, path, args.timeout)}
            report[name] = entry
            path.unlink()
            print(f"{name}: {entry}", file=sys.stderr, flush=True)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
