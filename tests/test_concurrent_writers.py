"""Two processes writing annotations at once both succeed, and nothing is lost (issue 13).

Before: two ``annotate SLUG --tag new`` at once failed 8 of 60 runs with a raw
``UNIQUE constraint failed: tags.name``; through the store API the same race hit
``annotations.initiative_slug``. Writes now take the write lock before they read and add rows
with insert-or-ignore.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import select

from ukjp_desktop.store.database import open_database
from ukjp_desktop.store.models import Annotation, AnnotationTag, Tag

pytestmark = pytest.mark.both_engines

WRITER = textwrap.dedent("""
    import sys, time
    from ukjp_desktop.store import annotations
    from ukjp_desktop.store.database import open_database
    db, who, start, slugs = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
    engine = open_database(db).engine
    while time.time() < start:
        time.sleep(0.001)
    errors = 0
    for i in range(150):
        slug = slugs[i % len(slugs)]
        try:
            annotations.tag(engine, slug, f"shared {i}")          # both create the same tag
            annotations.tag(engine, slug, f"{who} {i}")
            annotations.set_star(engine, slug, i % 2 == 0)
            annotations.set_note(engine, slugs[(i + 1) % len(slugs)], f"{who} note {i}")
        except Exception as exc:                                    # noqa: BLE001 - counted
            errors += 1
            print(type(exc).__name__, str(exc).splitlines()[0], file=sys.stderr)
    print(errors)
""")


@pytest.mark.parametrize("how_many", ["all", "one"])
def test_two_processes_annotating_the_same_initiatives_both_succeed(db_copy, catalog, how_many):
    slugs = catalog.slugs()              # none annotated yet: every first write races
    if how_many == "one":                # both on one initiative: every write races
        slugs = slugs[:1]
    start = time.time() + 1.5
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_copy), who, str(start), *slugs],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("alice", "bob")]
    outs = [p.communicate(timeout=120) for p in procs]
    for (out, err), p in zip(outs, procs):
        assert p.returncode == 0 and out.strip() == "0", err[-2000:]
    engine = open_database(db_copy).engine
    with engine.connect() as conn:
        names = set(conn.execute(select(Tag.name)).scalars())
        pairs = set(conn.execute(select(AnnotationTag.initiative_slug, Tag.name)
                                 .join(Tag, Tag.id == AnnotationTag.tag_id)).all())
        rows = conn.execute(select(Annotation.initiative_slug)).scalars().all()
    engine.dispose()
    assert {f"shared {k}" for k in range(150)} <= names
    for who in ("alice", "bob"):          # every tag each process added is there
        assert all((slugs[i % len(slugs)], f"{who} {i}") in pairs for i in range(150))
    assert sorted(rows) == sorted(slugs)


def test_two_annotate_commands_adding_a_new_tag_at_once(db_copy, catalog):
    slug = catalog.slugs()[0]
    cmd = [sys.executable, "-m", "ukjp_desktop", "--db", str(db_copy), "annotate", slug, "--tag"]
    for round_ in range(4):
        procs = [subprocess.Popen(cmd + [f"new {round_}"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for p in procs:
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
