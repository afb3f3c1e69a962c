"""The extraction modules define each module-level name once: a second definition silently serves every use of the
first (session 50 found round 111's funding-round pattern shadowed by round 97's, and a new pattern of round 114
shadowing round 25's)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parent.parent / "ukjp_desktop" / "core" / "extract"


def _defined_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            # (a name rebuilt from itself, "BODIES = tuple(... *BODIES ...)", extends it on purpose)
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} if node.value is not None else set()
            names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id not in used)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, k in names.items() if k > 1)


@pytest.mark.parametrize("module", sorted(p.name for p in EXTRACT.glob("*.py")))
def test_no_module_level_name_is_defined_twice(module):
    assert _defined_twice((EXTRACT / module).read_text(encoding="utf-8")) == []


def test_the_check_sees_a_second_definition():
    assert _defined_twice("_A = 1\n_B = 2\n_A = 3\ndef f(): pass\ndef f(): pass\n") == ["_A", "f"]
    assert _defined_twice("_A = (1,)\n_A = tuple(x + 1 for x in _A)\n") == []   # an extension of itself
