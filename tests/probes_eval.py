"""Scoring the money proposals against the invented probe sentences (issue 15).

The probes (``tests/extract_probes/probes.toml`` and the second suite ``probes2.toml``, described in the folder's
README) are short invented passages written from the definitions of ``tests/extract_heldout/README.md``, each with
its key in the held-out key's fields. A keyed figure is
*found* when a proposal covers its text with the same amount and currency (the held-out matching, imported from
``heldout_eval``). Of the found figures, conversions aside:

- **kind**: ``money_kind`` equals the key's;
- **flag**: ``is_funding`` equals the key's;
- **side**: for funding and investment figures whose side is scored, ``side`` equals the key's (absent = none);

and of the found conversions, **linked**: proposed as a conversion. Every proposal that matches no keyed figure is an
**extra** (a figure read where the key has none, or read with the wrong amount).

    python tests/probes_eval.py            # totals by group and by sub-group (probes.toml)
    python tests/probes_eval.py --failures # and every failure, one line each
    python tests/probes_eval.py --file probes2.toml [--failures]   # another suite of tests/extract_probes/
"""
from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from heldout_eval import Ratio, _money_key, _money_match  # noqa: E402
from ukjp_desktop.core.extract import propose  # noqa: E402
from ukjp_desktop.core.extract.organisations import default_gazetteer  # noqa: E402

PROBE_DIR = Path(__file__).resolve().parent / "extract_probes"
PROBES = PROBE_DIR / "probes.toml"
PROBES2 = PROBE_DIR / "probes2.toml"
MEASURES = ("found", "kind", "flag", "side", "linked")


@dataclass
class ProbeScores:
    found: Ratio = field(default_factory=Ratio)
    kind: Ratio = field(default_factory=Ratio)
    flag: Ratio = field(default_factory=Ratio)
    side: Ratio = field(default_factory=Ratio)
    linked: Ratio = field(default_factory=Ratio)
    extra: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: "ProbeScores") -> None:
        for name in MEASURES:
            getattr(self, name).add(getattr(other, name))
        self.extra += other.extra
        self.failures += other.failures


def load_probes(path: Path = PROBES) -> list[dict]:
    with path.open("rb") as fh:
        return tomllib.load(fh)["probe"]


def _check(ratio: Ratio, ok: bool, s: ProbeScores, note: str) -> None:
    ratio.total += 1
    ratio.right += ok
    if not ok:
        s.failures.append(note)


def score_probe(probe: dict, gazetteer=None) -> ProbeScores:
    doc = probe["text"]
    r = propose(doc, gazetteer=gazetteer or default_gazetteer())
    facts = _money_key(doc, probe)
    s = ProbeScores()
    matched: dict[int, list] = {}
    for p in r.money:
        e = _money_match(p, facts)
        if e is None:
            s.extra += 1
            s.failures.append(f"{probe['id']}: extra {p.text!r} ({p.amount} {p.currency})")
        else:
            matched.setdefault(id(e), []).append(p)
    for e in facts:
        tag = f"{probe['id']}: {e['text']!r}"
        ps = matched.get(id(e))
        _check(s.found, bool(ps), s, f"{tag} not found")
        if not ps:
            continue
        p = ps[0]
        if e.get("converted_from"):
            _check(s.linked, bool(p.converted_from), s, f"{tag} not linked as a conversion")
            continue
        _check(s.kind, p.money_kind == e["money_kind"], s, f"{tag} kind {p.money_kind}, key {e['money_kind']}")
        _check(s.flag, p.is_funding == e["is_funding"], s, f"{tag} flag {p.is_funding}, key {e['is_funding']}")
        if e["is_funding"] and e.get("side_scored", True):
            _check(s.side, p.side == e.get("side"), s,
                   f"{tag} side {p.side} ({p.side_basis}), key {e.get('side')}")
    return s


def score_all(probes: list[dict] | None = None) -> tuple[ProbeScores, dict[str, ProbeScores], dict[str, ProbeScores]]:
    """Totals, totals per group and totals per group/sub."""
    gaz = default_gazetteer()
    total, groups, subs = ProbeScores(), {}, {}
    for probe in probes if probes is not None else load_probes():
        s = score_probe(probe, gaz)
        total.add(s)
        groups.setdefault(probe["group"], ProbeScores()).add(s)
        subs.setdefault(f"{probe['group']}/{probe['sub']}", ProbeScores()).add(s)
    return total, groups, subs


def row(name: str, s: ProbeScores) -> str:
    def cell(r: Ratio) -> str:
        return f"{r.value:>6.1%} {r.right:>3}/{r.total:<3}" if r.total else f"{'-':>14}"
    return f"  {name:<34}" + "".join(cell(getattr(s, m)) for m in MEASURES) + f"{s.extra:>6}"


def report(failures: bool = False, path: Path = PROBES) -> str:
    total, groups, subs = score_all(load_probes(path))
    head = f"  {'':<34}" + "".join(f"{m:>14}" for m in MEASURES) + f"{'extra':>6}"
    lines = [f"Probe suite (tests/extract_probes/{path.name})", head, row("all", total), ""]
    lines += [row(g, s) for g, s in sorted(groups.items())] + [""]
    lines += [row(g, s) for g, s in sorted(subs.items())]
    if failures:
        lines += ["", "Failures:"] + [f"    {f}" for f in total.failures]
    return "\n".join(lines)


def _suite_path(argv: list[str]) -> Path:
    """``--file NAME``: a suite of tests/extract_probes/ by its file name (or a path); probes.toml without it."""
    if "--file" not in argv:
        return PROBES
    name = argv[argv.index("--file") + 1]
    return PROBE_DIR / name if (PROBE_DIR / name).exists() else Path(name)


if __name__ == "__main__":
    print(report(failures="--failures" in sys.argv, path=_suite_path(sys.argv)))
