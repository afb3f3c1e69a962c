"""Two processes writing annotations at once both succeed, and nothing is lost (issue 13; as two
members of a team, issue 17).

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

from ukjp_desktop.store import annotations
from ukjp_desktop.store.database import open_database
from ukjp_desktop.store.models import Annotation, AnnotationTag, Tag

pytestmark = pytest.mark.both_engines

WRITER = textwrap.dedent("""
    import sys, time
    from ukjp_desktop.store import annotations
    from ukjp_desktop.store.annotations import NoteConflict
    from ukjp_desktop.store.catalog import Catalog
    from ukjp_desktop.store.database import open_database
    db, who, start, seconds, ops, shared_owner = sys.argv[1:7]
    slugs = sys.argv[7:]
    start, seconds, ops = float(start), float(seconds), int(ops)
    engine = open_database(db).engine
    catalog = Catalog(engine)
    while time.time() < start:
        time.sleep(0.001)
    errors = conflicts = i = 0

    def append(slug, line, owner=None):      # read, add a line, save only over what was read
        global conflicts
        while True:
            a = catalog.detail(slug).annotation
            seen = a.note if owner is None else next(n.note for n in a.team_notes if n.author == owner)
            try:
                annotations.set_note(engine, slug, seen + line + "\\n", expected=seen, owner=owner)
                return
            except NoteConflict:
                conflicts += 1

    while (time.time() < start + seconds) if seconds else i < ops:
        slug = slugs[i % len(slugs)]
        try:
            annotations.tag(engine, slug, f"shared {i}", team=True)     # both create the same tag
            annotations.tag(engine, slug, f"{who} {i}")                 # and each their own
            annotations.set_star(engine, slug, i % 2 == 0)
            annotations.set_star(engine, slug, i % 3 == 0, team=True)
            append(slugs[(i + 1) % len(slugs)], f"{who} {i}")
            if shared_owner:                                            # both edit one shared note
                append(slugs[0], f"{who} {i}", owner=None if who == shared_owner else shared_owner)
        except Exception as exc:                                    # noqa: BLE001 - counted
            errors += 1
            print(type(exc).__name__, str(exc).splitlines()[0], file=sys.stderr)
        i += 1
    print(errors, i, conflicts)
""")


def _run_two_members(members, slugs, seconds=0.0, ops=0, shared_owner=""):
    """Alice and Bob (two roles on PostgreSQL, two user names on SQLite) in two processes;
    returns how many rounds each did (every round's writes are then checked)."""
    import os
    for who in ("alice", "bob"):
        members.lib(who)                          # the role, with the README's grants
    start = time.time() + 1.5
    procs = {who: subprocess.Popen(
        [sys.executable, "-c", WRITER, str(members.url(who)), who, str(start), str(seconds), str(ops),
         shared_owner, *slugs], env={**os.environ, "LOGNAME": who},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for who in ("alice", "bob")}
    rounds = {}
    for who, p in procs.items():
        out, err = p.communicate(timeout=seconds + 300)
        assert p.returncode == 0, err[-2000:]
        errors, rounds[who], _conflicts = map(int, out.split())
        assert errors == 0, err[-2000:]
    return rounds


def _check_nothing_lost(db, slugs, rounds, shared_owner=""):
    engine = open_database(db).engine             # the file, or the tables' owner: sees every row
    with engine.connect() as conn:
        names = set(conn.execute(select(Tag.name)).scalars())
        pairs = set(conn.execute(select(AnnotationTag.initiative_slug, Tag.name, AnnotationTag.owner)
                                 .join(Tag, Tag.id == AnnotationTag.tag_id)).all())
        rows = {(r.initiative_slug, r.owner): r for r in conn.execute(select(Annotation.__table__))}
    engine.dispose()
    for who, n in rounds.items():
        assert n > 0
        assert {f"shared {k}" for k in range(n)} <= names
        # every tag each member added is there, as theirs; and the team's
        assert all((slugs[i % len(slugs)], f"{who} {i}", who) in pairs for i in range(n))
        assert all((slugs[i % len(slugs)], f"shared {i}", "") in pairs for i in range(n))
        # every line each appended to their own notes
        own = "".join(rows[(s, who)].note for s in slugs if (s, who) in rows).splitlines()
        if shared_owner == who:
            own = [line for line in own if line.startswith(f"{who} ")]
        expect = [f"{who} {i}" for i in range(n)] * (2 if shared_owner == who else 1)
        assert sorted(own) == sorted(expect), who
        last = slugs[(n - 1) % len(slugs)]
        if len(slugs) == 1:     # the last round's personal star stands
            assert bool(rows[(last, who)].starred) == ((n - 1) % 2 == 0)
    if shared_owner:            # the shared note holds every line both wrote into it
        lines = rows[(slugs[0], shared_owner)].note.splitlines()
        for who, n in rounds.items():
            assert sum(1 for line in lines if line.startswith(f"{who} ")) == n * (2 if who == shared_owner else 1)


def test_two_members_annotating_many_initiatives_both_succeed(members, catalog):
    slugs = catalog.slugs()              # none annotated yet: every first write races
    rounds = _run_two_members(members, slugs, ops=80)
    _check_nothing_lost(members.target, slugs, rounds)


def test_two_members_annotating_one_initiative_for_20_s_lose_no_write(members, catalog):
    """The issue's test: two processes, two members, one initiative, 20 seconds; tags (theirs
    and the team's), stars (theirs and the team's), their own notes and one shared note that
    both edit through the optimistic check."""
    slug = catalog.slugs()[0]
    first = members.lib("alice")
    with members.as_("alice"):
        annotations.set_note(first.engine, slug, "shared:\n")
        annotations.share_note(first.engine, slug, True)
    rounds = _run_two_members(members, [slug], seconds=20, shared_owner="alice")
    _check_nothing_lost(members.target, [slug], rounds, shared_owner="alice")


def test_two_annotate_commands_adding_a_new_tag_at_once(db_copy, catalog):
    slug = catalog.slugs()[0]
    cmd = [sys.executable, "-m", "ukjp_desktop", "--db", str(db_copy), "annotate", slug, "--tag"]
    for round_ in range(4):
        procs = [subprocess.Popen(cmd + [f"new {round_}"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for p in procs:
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
