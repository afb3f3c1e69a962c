"""Rows 1-3 of tools/torture.py: a writer killed mid-write, writers racing, damaged files."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import torture_inputs as inputs
from torture_common import (INTERNAL, PY, Context, Row, annotations_state, error_class, first_line,
                            integrity, role_cmd, run_measured, sha256)

# ---- row 1: SIGKILL during annotation writes -------------------------------------------------

NOTE_BITS = ["plain words ", "<b>markup</b> ", "日本語のメモ ", "£5 million ", "'quotes' \"double\" ",
             "emoji 🦄 ", "line\nbreak ", "% _ * ", "NOT OR AND "]


def role_annotator(db: str, seed: str) -> None:
    """Write notes, stars and tags in a loop; say "begin" before and "ack" after each commit."""
    from ukjp_desktop.store import annotations as ann
    from ukjp_desktop.store.database import make_engine
    engine = make_engine(Path(db))
    with sqlite3.connect(db) as con:
        slugs = [r[0] for r in con.execute("SELECT slug FROM initiatives ORDER BY slug")]
    rng = random.Random(seed)
    added: list[tuple[str, str]] = []
    print(json.dumps({"ready": True}), flush=True)
    seq = 0
    while True:
        seq += 1
        slug, r = rng.choice(slugs), rng.random()
        if r < 0.35:
            op = "note"
            value = f"n{seed}-{seq} " + "".join(rng.choice(NOTE_BITS) for _ in range(rng.choice([1, 30, 2000])))
        elif r < 0.55:
            op, value = "star", rng.random() < 0.5
        elif r < 0.9 or not added:
            op, value = "tag", (f"t{seed}-{seq}" if rng.random() < 0.7 else f"common {rng.randrange(20)}")
        else:
            op = "untag"
            slug, value = added.pop(rng.randrange(len(added)))
        print(json.dumps({"b": seq, "op": op, "slug": slug, "value": value}), flush=True)
        {"note": ann.set_note, "star": ann.set_star, "tag": ann.tag, "untag": ann.untag}[op](engine, slug, value)
        print(json.dumps({"a": seq}), flush=True)
        if op == "tag":
            added.append((slug, value))


class AnnotationModel:
    """What the database must hold, from the acknowledged writes."""

    def __init__(self):
        self.notes: dict[str, str] = {}
        self.stars: dict[str, bool] = {}
        self.tags: set[tuple[str, str]] = set()

    def apply(self, w: dict) -> None:
        op, slug, value = w["op"], w["slug"], w["value"]
        if op == "note":
            self.notes[slug] = value
        elif op == "star":
            self.stars[slug] = value
        elif op == "tag":
            self.tags.add((slug, value))
        else:
            self.tags.discard((slug, value))

    @staticmethod
    def visible(w: dict, notes: dict, stars: dict, tags: set) -> bool:
        op, slug, value = w["op"], w["slug"], w["value"]
        return {"note": lambda: notes.get(slug, "") == value, "star": lambda: stars.get(slug, False) == value,
                "tag": lambda: (slug, value) in tags, "untag": lambda: (slug, value) not in tags}[op]()

    def lost(self, notes: dict, stars: dict, tags: set) -> list[str]:
        out = [f"note on {s}" for s, v in self.notes.items() if notes.get(s, "") != v]
        out += [f"star on {s}" for s, v in self.stars.items() if stars.get(s, False) != v]
        out += [f"tag {t!r} on {s}" for s, t in self.tags - tags]
        out += [f"untag {t!r} on {s}" for s, t in tags - self.tags]
        return out


def row_kill(ctx: Context, row: Row) -> None:
    kills = 12 if ctx.quick else 200
    db = ctx.fresh_db("kill")
    model = AnnotationModel()
    acked = landed_unacked = lost = bad_integrity = exited = mid_write = 0
    rng = ctx.rng("kill")
    for k in range(kills):
        proc = subprocess.Popen(role_cmd("annotator", db, f"{ctx.seed}-{k}"), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=ctx.env)
        lines: list[bytes] = []
        ready = threading.Event()

        def read(p=proc, out=lines, ev=ready):
            for ln in p.stdout:
                out.append(ln)
                ev.set()
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        ready.wait(120)
        # from "at once" to a few hundred writes in
        time.sleep(rng.choice([0.0, 0.001, 0.01]) if rng.random() < 0.2 else rng.uniform(0.005, 0.4))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        else:
            exited += 1
            row.fail("the writer stopped before it was killed", first_line(proc.stderr.read().decode(errors="replace")))
        proc.wait()
        reader.join(10)
        proc.stderr.close()
        begun, acks = {}, set()
        for ln in lines:
            try:
                msg = json.loads(ln)
            except ValueError:
                continue                      # a line cut short by the kill
            if "b" in msg:
                begun[msg["b"]] = msg
            elif "a" in msg:
                acks.add(msg["a"])
        problems = integrity(db)
        if problems:
            bad_integrity += 1
            row.fail("integrity check failed after a kill", f"kill {k}: {problems[0]}")
        notes, stars, tags = annotations_state(db)
        in_flight = None
        for seq in sorted(begun):
            if seq in acks:
                model.apply(begun[seq])
                acked += 1
            else:
                in_flight = begun[seq]
        mid_write += in_flight is not None
        if in_flight and AnnotationModel.visible(in_flight, notes, stars, tags):
            model.apply(in_flight)            # committed, killed before it could say so
            landed_unacked += 1
        missing = model.lost(notes, stars, tags)
        if missing:
            lost += len(missing)
            row.fail("acknowledged write missing after a kill", f"kill {k}: {missing[0]}")
            model.notes, model.stars, model.tags = dict(notes), dict(stars), set(tags)
    row.counts = {"kills": kills, "kills with a write under way": mid_write, "acknowledged writes": acked,
                  "stored but not yet acknowledged": landed_unacked}
    row.zeros = {"lost writes": lost, "integrity failures": bad_integrity, "writer died early": exited}


# ---- row 2: concurrent writers ---------------------------------------------------------------

def role_writer(db: str, who: str, start: str, duration: str, seed: str) -> None:
    """Annotate shared initiatives until the time is up, retrying while another process holds
    the lock (as ui/detail/annotation_writer.py does); one JSON line per stored write."""
    from ukjp_desktop.store import annotations as ann
    from ukjp_desktop.store.database import BusyDatabaseError, make_engine
    from ukjp_desktop.ui.detail.annotation_writer import RETRY_S
    engine = make_engine(Path(db))
    with sqlite3.connect(db) as con:
        slugs = [r[0] for r in con.execute("SELECT slug FROM initiatives ORDER BY slug")][:8]
    rng = random.Random(f"{seed}-{who}")
    retries = errors = i = 0
    while time.time() < float(start):
        time.sleep(0.001)
    end = float(start) + float(duration)
    while time.time() < end:
        i += 1
        slug, r = rng.choice(slugs), rng.random()
        if r < 0.3:
            op, value = "tag", f"shared {rng.randrange(40)}"        # both create the same tag
        elif r < 0.55:
            op, value = "tag", f"{who} {i}"
        elif r < 0.75:
            op, value = "star", rng.random() < 0.5
        else:
            op, value = "note", f"{who} note {i}"
        while True:
            try:
                {"note": ann.set_note, "star": ann.set_star, "tag": ann.tag}[op](engine, slug, value)
            except BusyDatabaseError:
                retries += 1
                time.sleep(RETRY_S)
                continue
            except Exception as exc:  # noqa: BLE001 - every other failure is counted
                errors += 1
                print(f"{type(exc).__name__}: {first_line(str(exc))}", file=sys.stderr, flush=True)
                break
            print(json.dumps({"op": op, "slug": slug, "value": value}), flush=True)
            break
    print(json.dumps({"done": True, "retries": retries, "errors": errors}), flush=True)


def row_concurrent(ctx: Context, row: Row) -> None:
    n, duration = (2, 4.0) if ctx.quick else (3, 20.0)
    db = ctx.fresh_db("concurrent")
    start = time.time() + 3.0                     # time for every process to start up
    procs = [subprocess.Popen(role_cmd("writer", db, f"w{i}", start, duration, ctx.seed),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ctx.env)
             for i in range(n)]
    outs = []
    for p in procs:
        try:
            outs.append(p.communicate(timeout=duration + 300))
        except subprocess.TimeoutExpired:
            p.kill()
            outs.append(p.communicate())
    acked, errors, retries = [], 0, 0
    for p, (out, err) in zip(procs, outs):
        writes, done = [], None
        for ln in out.decode().splitlines():
            msg = json.loads(ln)
            if msg.get("done"):
                done = msg
            else:
                writes.append(msg)
        acked.append(writes)
        if done is None or p.returncode != 0:
            errors += 1
            row.fail("a writer process failed", first_line(err.decode(errors="replace")) or f"exit {p.returncode}")
            continue
        errors += done["errors"]
        retries += done["retries"]
        for ln in err.decode(errors="replace").splitlines():
            row.fail(f"write error: {ln.split(':')[0]}", ln[:200])
    problems = integrity(db)
    notes, stars, tags = annotations_state(db)
    lost = 0
    last_notes: dict[str, set] = {}
    last_stars: dict[str, set] = {}
    for writes in acked:
        mine_n, mine_s = {}, {}
        for w in writes:
            if w["op"] == "tag" and (w["slug"], w["value"]) not in tags:
                lost += 1
                row.fail("acknowledged tag missing", f"{w['value']!r} on {w['slug']}")
            elif w["op"] == "note":
                mine_n[w["slug"]] = w["value"]
            elif w["op"] == "star":
                mine_s[w["slug"]] = w["value"]
        for s, v in mine_n.items():
            last_notes.setdefault(s, set()).add(v)
        for s, v in mine_s.items():
            last_stars.setdefault(s, set()).add(v)
    for s, candidates in last_notes.items():    # the stored note is some writer's last one
        if notes.get(s, "") not in candidates:
            lost += 1
            row.fail("note is not any writer's last note", f"{s}: {notes.get(s)!r}")
    for s, candidates in last_stars.items():
        if stars.get(s, False) not in candidates:
            lost += 1
            row.fail("star is not any writer's last star", s)
    row.counts = {"writers": n, "seconds each": duration, "acknowledged writes": sum(map(len, acked)),
                  "busy retries": retries}
    row.zeros = {"errors": errors, "lost writes": lost, "integrity failures": int(bool(problems))}


# ---- row 3: damaged files --------------------------------------------------------------------

def _healthy(path: Path) -> bool:
    """Is ``path`` now a whole database of ours (read-only look)?"""
    if not path.is_file():
        return False
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            ok = [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
            return ok and con.execute("SELECT count(*) FROM initiatives").fetchone()[0] > 0
        finally:
            con.close()
    except sqlite3.Error:
        return False


def row_damaged(ctx: Context, row: Row) -> None:
    slug = ctx.slugs[0]
    commands = [["list"], ["show", slug], ["annotate", slug, "--note", "x"], ["db", "check"], ["db", "info"]]
    if ctx.quick:
        commands = [commands[0], commands[2], commands[3]]
    tally = {"refused": 0, "recovered": 0}
    zeros = {"written to": 0, "answered from a damaged file": 0, "internal errors": 0,
             "message not one line": 0}
    sidecars = 0
    per_kind = {}
    rng = ctx.rng("damage")
    for kind in inputs.DAMAGE_KINDS:
        outcomes, messages = [], {}
        for cmd in commands:
            db = ctx.fresh_db(f"damaged/{len(per_kind)}-{len(outcomes)}")
            inputs.damage(kind, db, rng, db.parent)
            before = sha256(db)
            had = {s for s in ("-wal", "-shm") if Path(f"{db}{s}").exists()}
            wal_before = sha256(Path(f"{db}-wal"))
            argv = ["-m", "ukjp_desktop", "--db", str(db), *cmd]
            r = run_measured([PY, *argv], ctx.env, timeout=120)
            example = f"[{kind}] python {' '.join(argv[:2])} --db FILE {' '.join(cmd)}"
            changed = sha256(db) != before
            created = {s for s in ("-wal", "-shm") if Path(f"{db}{s}").exists()} - had
            sidecars += bool(created)
            lines = [ln for ln in r["stderr"].splitlines() if ln.strip()]
            if INTERNAL.search(r["stderr"]) or r["rc"] not in (0, 1, 2) or r["killed"]:
                zeros["internal errors"] += 1
                row.fail(f"internal error ({error_class(r['stderr'])})", f"{example} -> {first_line(r['stderr'])}")
            if r["rc"] == 0:
                if _healthy(db):
                    outcome = "recovered"
                elif changed:
                    outcome = "written to"
                else:
                    outcome = "answered from a damaged file"
            elif changed:
                outcome = "written to"
            else:
                outcome = "refused"
                # `db check` reports damage as its finding: a list on stdout, exit 1 (issue 13 #3)
                reported = cmd[:2] == ["db", "check"] and not lines and "problem" in r["stdout"]
                if len(lines) != 1 and not reported:
                    zeros["message not one line"] += 1
                    row.fail("refusal not one line on stderr", f"{example} -> {len(lines)} lines")
            if outcome == "refused" and "-wal" in had and sha256(Path(f"{db}-wal")) != wal_before:
                outcome = "written to"         # the main file is intact but its WAL was replayed
            if outcome in tally:
                tally[outcome] += 1
            else:
                zeros[outcome] += 1
                row.fail(f"{outcome}: {kind}", f"{example} -> exit {r['rc']}, {first_line(r['stderr'] or r['stdout'])}")
            outcomes.append(outcome if outcome != "refused" else f"refused ({r['rc']})")
            said = r["stderr"].replace(str(db), "FILE")
            said = said or "(stdout) " + r["stdout"].replace(str(db), "FILE")
            messages.setdefault(first_line(said, 200) if r["rc"] else "(exit 0)", None)
        per_kind[kind] = dict(zip([" ".join(c[:2]) if c[0] == "db" else c[0] for c in commands], outcomes))
        per_kind[kind]["messages"] = list(messages)
    row.counts = {"kinds": len(inputs.DAMAGE_KINDS), "commands run": len(inputs.DAMAGE_KINDS) * len(commands),
                  **tally, "-wal/-shm created beside the file": sidecars}
    row.zeros = zeros
    row.extra["by kind"] = per_kind
