#!/usr/bin/env python3
"""Reliability torture test (issue 13): try to lose a write, damage a file, or get an internal
error, many times over, and print what happened as a table (``--json`` for a machine).

    python tools/torture.py                 # every row, full counts (10-20 minutes on 2 cores)
    python tools/torture.py --quick         # small counts, a couple of minutes
    python tools/torture.py --only 3,cli    # some rows, by number or key
    python tools/torture.py --seed 7 --json --keep-failures DIR

Rows (each with figures that are due to be zero; the table says PASS only when they are):
 1 kill       SIGKILL a process writing notes/stars/tags through the store, >= 200 times;
              after each kill: PRAGMA integrity_check, and every acknowledged write present
 2 concurrent 2-4 processes annotating the same initiatives for 20 s: errors, lost writes
 3 damaged    nine kinds of damaged file x five commands: refused or recovered, never written to
 4 cli        >= 1,000 fuzzed argument lists through cli.main (in a worker process) and a
              sample through real processes: internal errors, calls over 2 s
 5 search     >= 1,000 fuzzed queries through Catalog.list/count: internal errors, over 2 s
 6 import     >= 500 malformed or hostile import files, dry run (and a sample for real):
              internal errors, over 60 s, over 500 MB RSS, database changed

Every row works on a fresh copy of a database built with ``db build``, in a temporary folder
that is deleted at the end. See docs/reliability.md.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path[:0] = [str(ROOT), str(TOOLS)]

import torture_inputs as inputs  # noqa: E402

PY = sys.executable
INTERNAL = re.compile(r"unexpected error|Traceback")
CLASS_IN_MESSAGE = re.compile(r"unexpected error \(([\w.]+)|^([\w.]+(?:Error|Exception|Warning)):", re.M)


# ---------------------------------------------------------------------------------------------
# results
# ---------------------------------------------------------------------------------------------

@dataclass
class Row:
    id: int
    key: str
    title: str
    counts: dict = field(default_factory=dict)      # figures that describe the run
    zeros: dict = field(default_factory=dict)       # figures that are due to be zero
    failures: dict = field(default_factory=dict)    # kind -> {"count", "example"}
    extra: dict = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return all(v == 0 for v in self.zeros.values())

    def fail(self, kind: str, example: str) -> None:
        entry = self.failures.setdefault(kind, {"count": 0, "example": example})
        entry["count"] += 1

    def as_json(self) -> dict:
        return {"id": self.id, "key": self.key, "title": self.title, "pass": self.passed,
                "seconds": round(self.seconds, 1), "counts": self.counts, "zeros": self.zeros,
                "failures": [{"kind": k, **v} for k, v in sorted(self.failures.items())], **self.extra}


@dataclass
class Context:
    tmp: Path
    base_db: Path
    quick: bool
    seed: int
    jobs: int
    keep: Path | None
    env: dict
    slugs: list[str]

    def fresh_db(self, name: str) -> Path:
        folder = self.tmp / name
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "copy.sqlite"
        shutil.copyfile(self.base_db, target)
        return target

    def rng(self, *salt) -> random.Random:
        return random.Random(f"{self.seed}:" + ":".join(map(str, salt)))

    def keep_file(self, path: Path, label: str) -> None:
        if self.keep is None or not path.exists():
            return
        self.keep.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^\w.-]+", "_", label)[:80]
        target = self.keep / f"{safe}{path.suffix}"
        if not target.exists():
            shutil.copyfile(path, target) if path.is_file() else None


def sha256(path: Path) -> str:
    if path.is_dir():
        return "<folder> " + ",".join(sorted(os.listdir(path)))
    if not path.exists():
        return "<missing>"
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def db_state(path: Path) -> tuple[str, str]:
    """The database and its WAL (whose frames are part of the database until checkpointed)."""
    wal = Path(f"{path}-wal")
    return sha256(path), (sha256(wal) if wal.is_file() and wal.stat().st_size else "")


def error_class(stderr: str) -> str:
    m = CLASS_IN_MESSAGE.search(stderr)
    if m:
        return m.group(1) or m.group(2)
    return "no class named"


_EXC_LINE = re.compile(r"^([\w.]+(?:Error|Exception|Exit|Interrupt|Warning))\b:? ?(.*)$", re.M)


def exception_kind(tb: str) -> str:
    """'ClassName: message' of the last exception in a traceback, with the parts that vary
    from input to input (quoted text, numbers) blanked so that one defect is one kind."""
    found = _EXC_LINE.findall(tb)
    if not found:
        return first_line(tb, 80)
    cls, msg = found[-1]
    msg = re.sub(r"(?<!\w)'[^']*'(?!\w)", "'…'", msg)
    msg = re.sub(r"\d+", "N", msg)
    return f"{cls.rsplit('.', 1)[-1]}: {msg[:70]}".rstrip(": ")


def first_line(text: str, n: int = 160) -> str:
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= n else line[: n - 1] + "…"


def short(value, n: int = 140) -> str:
    text = repr(value)
    return text if len(text) <= n else text[: n - 1] + "…"


def integrity(path: Path) -> list[str]:
    """SQLite's integrity_check and the search index's own check; [] when both pass."""
    con = sqlite3.connect(path, timeout=30)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows[:5]
        try:
            con.execute("INSERT INTO search_index(search_index) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: {exc}")
        con.rollback()
        return problems
    finally:
        con.close()


def annotations_state(path: Path) -> tuple[dict, dict, set]:
    con = sqlite3.connect(path, timeout=30)
    try:
        notes, stars = {}, {}
        for slug, note, starred in con.execute("SELECT initiative_slug, note, starred FROM annotations"):
            notes[slug], stars[slug] = note or "", bool(starred)
        tags = set(con.execute("SELECT a.initiative_slug, t.name FROM annotation_tags a "
                               "JOIN tags t ON t.id = a.tag_id").fetchall())
        return notes, stars, tags
    finally:
        con.close()


# ---------------------------------------------------------------------------------------------
# child processes
# ---------------------------------------------------------------------------------------------

def role_cmd(role: str, *args) -> list[str]:
    return [PY, str(Path(__file__).resolve()), "--role", role, *map(str, args)]


def run_measured(cmd: list[str], env: dict, timeout: float, cwd: Path | None = None,
                 rss_kill_mb: int = 3000) -> dict:
    """Run a child; return exit status, output, wall time and peak RSS (from wait4). A child
    past ``timeout`` or ``rss_kill_mb`` is killed (and reported so)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd, stdin=subprocess.DEVNULL)
        killed = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            elapsed = time.perf_counter() - t0
            if elapsed > timeout:
                killed = "timeout"
            elif _rss_mb(proc.pid) > rss_kill_mb:
                killed = "memory"
            if killed:
                os.kill(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02 if elapsed < 1 else 0.1)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        return {"rc": proc.returncode, "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace"), "seconds": wall,
                "rss_mb": usage.ru_maxrss / 1024, "killed": killed}


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Worker:
    """A long-lived child that runs cases sent as JSON lines (CLI calls, searches) in its own
    process, so a crash, a hang or a memory blow-up costs one case, not the whole run."""

    def __init__(self, role: str, args: list, env: dict, cwd: Path, log: Path):
        self.cmd, self.env, self.cwd, self.log = role_cmd(role, *args), env, cwd, log
        self.proc: subprocess.Popen | None = None
        self.buf = b""
        self.restarts = 0
        self.ready: dict = {}

    def _start(self) -> None:
        self.proc = subprocess.Popen(self.cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.log.open("ab"), env=self.env, cwd=self.cwd)
        self.buf = b""
        line = self._readline(300)
        if not line:
            raise RuntimeError(f"worker {self.cmd} did not start; see {self.log}")
        self.ready = json.loads(line)

    def call(self, case: dict, timeout: float) -> dict:
        if self.proc is None or self.proc.poll() is not None:
            if self.proc is not None:
                self.restarts += 1
            self._start()
        try:
            self.proc.stdin.write(json.dumps(case).encode() + b"\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass
        line = self._readline(timeout)
        if line:
            return json.loads(line)
        reason = "no answer" if line is None else "the worker process died"
        if self.proc.poll() is None:
            reason = f"killed after {timeout:.0f} s" if line is None else reason
            self.proc.kill()
        rc = self.proc.wait()
        self.proc = None
        return {"crash": f"{reason} (exit status {rc})", "seconds": timeout if line is None else 0.0}

    def _readline(self, timeout: float) -> bytes | None:
        """A line; b"" when the worker died; None on timeout or memory over 3 GB."""
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or _rss_mb(self.proc.pid) > 3000:
                return None
            ready, _, _ = select.select([fd], [], [], min(left, 0.5))
            if ready:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    return b""
                self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _worker_loop(handle) -> None:
    """Serve JSON-line cases on stdin; answer on the real stdout, which is kept apart from
    whatever the code under test prints (fd 1 then points at /dev/null)."""
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    proto.write(json.dumps(handle(None)) + "\n")
    for line in sys.stdin:
        proto.write(json.dumps(handle(json.loads(line))) + "\n")


# ---------------------------------------------------------------------------------------------
# row 1: SIGKILL during annotation writes
# ---------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------
# row 2: concurrent writers
# ---------------------------------------------------------------------------------------------

def role_writer(db: str, who: str, start: str, duration: str, seed: str) -> None:
    """Annotate shared initiatives until the time is up, retrying while another process holds
    the lock (as ui/annotation_writer.py does); one JSON line per stored write."""
    from ukjp_desktop.store import annotations as ann
    from ukjp_desktop.store.database import BusyDatabaseError, make_engine
    from ukjp_desktop.ui.annotation_writer import RETRY_S
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


# ---------------------------------------------------------------------------------------------
# row 3: damaged files
# ---------------------------------------------------------------------------------------------

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
                if len(lines) != 1:
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
            messages.setdefault(first_line(said, 200) if r["rc"] else "(exit 0)", None)
        per_kind[kind] = dict(zip([" ".join(c[:2]) if c[0] == "db" else c[0] for c in commands], outcomes))
        per_kind[kind]["messages"] = list(messages)
    row.counts = {"kinds": len(inputs.DAMAGE_KINDS), "commands run": len(inputs.DAMAGE_KINDS) * len(commands),
                  **tally, "-wal/-shm created beside the file": sidecars}
    row.zeros = zeros
    row.extra["by kind"] = per_kind


# ---------------------------------------------------------------------------------------------
# row 4: fuzzed command lines
# ---------------------------------------------------------------------------------------------

def role_cli_worker() -> None:
    """Run ``ukjp_desktop.cli.main(argv)`` for each case, output captured as the real streams
    would encode it (stdout strict UTF-8, stderr backslashreplace)."""
    import warnings
    from ukjp_desktop import cli
    warnings.simplefilter("always")       # as in a fresh process: every warning is shown
    windows = []

    def no_window(args):                  # the window and the self-test are not on trial here
        windows.append(1)
        print("[the window would open]")
        return 0
    cli._window = no_window
    cli._self_test = no_window

    def handle(case):
        if case is None:
            return {"ready": True, "main": f"{cli.__name__}.main"}
        out_b, err_b = io.BytesIO(), io.BytesIO()
        out = io.TextIOWrapper(out_b, encoding="utf-8", errors="strict", write_through=True)
        err = io.TextIOWrapper(err_b, encoding="utf-8", errors="backslashreplace", write_through=True)
        t0 = time.perf_counter()
        rc, exc_text = None, ""
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = cli.main(case["argv"])
            except SystemExit as exc:
                rc = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
            except BaseException:         # noqa: BLE001 - what escapes main is the finding
                exc_text = traceback.format_exc()
        seconds = time.perf_counter() - t0
        return {"rc": rc, "seconds": seconds, "stderr": err_b.getvalue().decode("utf-8", "replace")[-4000:],
                "escaped": exc_text[-4000:], "window": bool(windows and windows.pop())}
    _worker_loop(handle)


def _cli_spec(ctx: Context, cwd: Path) -> dict:
    """The command tree, read from the real --help output."""
    def helptext(argv):
        r = subprocess.run([PY, "-m", "ukjp_desktop", *argv, "--help"], capture_output=True, text=True,
                           env=ctx.env, cwd=cwd, timeout=120)
        return r.stdout
    top = inputs.parse_help(helptext([]))
    commands = {}
    for sub in top["subcommands"]:
        if sub == "run":                  # opens the window: not a command-line case
            continue
        h = inputs.parse_help(helptext([sub]))
        if h["subcommands"]:
            for sub2 in h["subcommands"]:
                commands[(sub, sub2)] = inputs.parse_help(helptext([sub, sub2]))
        commands[(sub,)] = h
    chart_help = helptext(["chart"])
    m = re.search(r"one of: ([a-z, -]+)", chart_help)
    return {"commands": commands, "global": top["options"],
            "chart_kinds": [k.strip() for k in m.group(1).split(",")] if m else ["sector"]}


def _cli_paths(cwd: Path, db: Path) -> list[str]:
    """Paths (relative to the worker's folder) to use where the command line wants one."""
    (cwd / "a-folder").mkdir(exist_ok=True)
    (cwd / "notes.txt").write_text(inputs.SAMPLE, encoding="utf-8")
    (cwd / "junk.sqlite").write_bytes(b"not a database" * 100)
    (cwd / "empty.md").write_bytes(b"")
    (cwd / "bad.docx").write_bytes(b"PK\x03\x04junk")
    return [str(db), "new.sqlite", "no/such/dir/x.sqlite", "a-folder", "junk.sqlite", "notes.txt",
            "empty.md", "bad.docx", "out.csv", "out.xlsx", "out.json", "out.png", "out.svg", "out.pdf",
            "out.unknown", "a-folder/out.png", "missing-folder/out.csv", "", ".", "x" * 300 + ".csv",
            inputs._fs(b"caf\xe9.csv"), "dataset-missing", "db"]


def row_cli(ctx: Context, row: Row) -> None:
    n, sample = (150, 12) if ctx.quick else (1000, 50)
    db = ctx.fresh_db("cli")
    cwd = db.parent / "cwd"
    cwd.mkdir()
    spec = _cli_spec(ctx, cwd)
    with sqlite3.connect(db) as con:
        plausible = {"S": [r[0] for r in con.execute("SELECT slug FROM sectors")],
                     "O": [r[0] for r in con.execute("SELECT slug FROM organisations")]}
    fuzzer = inputs.ArgvFuzzer(spec, str(db), ctx.slugs, _cli_paths(cwd, db), ctx.rng("cli"), plausible)
    worker = Worker("cli-worker", [], ctx.env, cwd, ctx.tmp / "cli-worker.log")
    # one ordinary call of each kind first, so the timed calls do not pay for first imports
    for warm in (["--db", str(db), "list"], ["--db", str(db), "chart", "sector", "--output", "warm.png"],
                 ["--db", str(db), "import", "notes.txt", "--dry-run"], ["--db", str(db), "export",
                 "--format", "xlsx", "--output", "warm.xlsx"]):
        worker.call({"argv": warm}, 300)
    plain = [worker.call({"argv": ["--db", str(db), "list"]}, 300)["seconds"] for _ in range(5)]
    row.extra["baseline"] = f"a plain `list` in the same worker: median {sorted(plain)[2]:.3f} s"
    cases = [fuzzer.argv() for _ in range(n)]
    internal = slow = windows = 0
    by_rc: dict[str, int] = {}
    times = []
    timeout = 30.0
    for argv in cases:
        r = worker.call({"argv": argv}, timeout)
        if "crash" in r:
            internal += 1
            slow += 1
            row.fail(f"worker {r['crash'].split(' (')[0]}", short(argv))
            times.append((timeout, argv))
            continue
        by_rc[str(r["rc"])] = by_rc.get(str(r["rc"]), 0) + 1
        windows += r["window"]
        times.append((r["seconds"], argv))
        if r["escaped"] or INTERNAL.search(r["stderr"]) or r["rc"] not in (0, 1, 2):
            internal += 1
            text = r["escaped"] or r["stderr"]
            cmd = " ".join(a for a in argv if a in {c for k in spec["commands"] for c in k})[:40]
            row.fail(f"internal error in `{cmd or '?'}`: {exception_kind(r['escaped']) if r['escaped'] else error_class(text)}",
                     f"{short(argv)} -> {first_line(r['stderr'] or r['escaped'])}")
        if r["seconds"] > 2.0:
            slow += 1
            row.fail("call over 2 s", f"{r['seconds']:.1f} s: {short(argv)}")
    worker.close()
    # a sample through real processes: same promises, start-up time included in the figure
    rng = ctx.rng("cli-sample")
    sub_internal, sub_max = 0, 0.0
    for argv in rng.sample(cases, min(sample, len(cases))):
        r = run_measured([PY, "-m", "ukjp_desktop", *argv], ctx.env, timeout=60, cwd=cwd)
        sub_max = max(sub_max, r["seconds"])
        if INTERNAL.search(r["stderr"]) or r["rc"] not in (0, 1, 2) or r["killed"]:
            sub_internal += 1
            row.fail(f"internal error in a real process: {error_class(r['stderr'])}",
                     f"{short(argv)} -> exit {r['rc']}, {first_line(r['stderr'])}")
    times.sort(key=lambda t: -t[0])
    row.counts = {"argument lists": n, "in-process via": worker.ready.get("main"), "exit statuses": by_rc,
                  "window would have opened": windows, "worker restarts": worker.restarts,
                  "real processes": sample, "slowest real process s": round(sub_max, 2)}
    row.zeros = {"internal errors": internal, "over 2 s": slow, "internal errors (real processes)": sub_internal}
    row.extra["slowest"] = [{"seconds": round(t, 3), "argv": short(a, 200)} for t, a in times[:5]]


# ---------------------------------------------------------------------------------------------
# row 5: fuzzed searches
# ---------------------------------------------------------------------------------------------

def role_search_worker(db: str) -> None:
    from ukjp_desktop.core.filters import Filter
    from ukjp_desktop.core.search_syntax import SearchSyntaxError
    from ukjp_desktop.store.userdb import open_library
    catalog = open_library(db).catalog
    catalog.list(Filter(text="quantum"), sort="relevance", limit=50)

    def handle(case):
        if case is None:
            return {"ready": True}
        t0 = time.perf_counter()
        try:
            f = Filter(text=case["q"])
            rows = catalog.list(f, sort="relevance", limit=50)
            n = catalog.count(f)
            result = {"rows": len(rows), "count": n}
        except SearchSyntaxError as exc:
            result = {"refused": str(exc)}
        except Exception:  # noqa: BLE001 - the finding
            result = {"error": traceback.format_exc()[-3000:]}
        result["seconds"] = time.perf_counter() - t0
        return result
    _worker_loop(handle)


def row_search(ctx: Context, row: Row) -> None:
    n = 150 if ctx.quick else 1000
    db = ctx.fresh_db("search")
    with sqlite3.connect(db) as con:
        text = " ".join(" ".join(r) for r in con.execute("SELECT name, summary FROM initiatives"))
    words = sorted(set(re.findall(r"\w{2,}", text)))
    rng = ctx.rng("search")
    worker = Worker("search-worker", [db], ctx.env, db.parent, ctx.tmp / "search-worker.log")
    plain = sorted(worker.call({"q": "quantum"}, 60)["seconds"] for _ in range(5))
    row.extra["baseline"] = f"the query 'quantum' in the same worker: median {plain[2]:.3f} s"
    internal = slow = refused = 0
    times = []
    for _ in range(n):
        q = inputs.fuzz_query(rng, words)
        r = worker.call({"q": q}, 60.0)
        times.append((r.get("seconds", 60.0), q))
        if "crash" in r:
            internal += 1
            row.fail(f"worker {r['crash']}", short(q))
        elif "error" in r:
            internal += 1
            row.fail(f"internal error: {exception_kind(r['error'])}", short(q))
        elif "refused" in r:
            refused += 1
            if not r["refused"].strip() or "\n" in r["refused"]:
                internal += 1
                row.fail("SearchSyntaxError without a one-line message", short(q))
        if r.get("seconds", 60.0) > 2.0:
            slow += 1
            row.fail("search over 2 s", f"{r.get('seconds', 60.0):.1f} s: {short(q)}")
    worker.close()
    times.sort(key=lambda t: -t[0])
    row.counts = {"queries": n, "refused in words (SearchSyntaxError)": refused,
                  "slowest s": round(times[0][0], 3) if times else 0}
    row.zeros = {"internal errors": internal, "over 2 s": slow}
    row.extra["slowest"] = [{"seconds": round(t, 3), "query": short(q, 120)} for t, q in times[:5]]


# ---------------------------------------------------------------------------------------------
# row 6: hostile import files
# ---------------------------------------------------------------------------------------------

# Kinds that take tens of seconds each on current main: a few of each are enough to show it.
HEAVY = {"docx bomb: document.xml just under 50 MB", "docx bomb: core.xml 200 MB-1 GB",
         "docx large real text (10-40 MB xml)", "docx 50k-200k paragraphs", "docx deep nesting",
         "pdf flate bomb", "markdown unclosed openers", "1-2 MB single line", "html script/style/nesting bombs"}


def _import_plan(ctx: Context) -> list[str]:
    kinds = inputs.import_file_kinds()
    light = [k for k in kinds if k not in HEAVY]
    total, heavy_each = (24, 0) if ctx.quick else (500, 2)
    plan = [k for k in kinds if k in HEAVY for _ in range(heavy_each)]
    plan += [light[i % len(light)] for i in range(total - len(plan))]
    ctx.rng("import-order").shuffle(plan)
    return plan


def row_import(ctx: Context, row: Row) -> None:
    plan = _import_plan(ctx)
    files = ctx.tmp / "import-files"
    files.mkdir()
    zeros = {"internal errors": 0, "over 60 s": 0, "over 500 MB": 0,
             "database changed by a dry run or failed import": 0, "stderr not one line": 0,
             "integrity failures after a real import": 0}
    tally = {"accepted": 0, "refused": 0, "real imports": 0, "real imports stored": 0}
    peak, slowest = [0.0, ""], [0.0, ""]
    lock = threading.Lock()
    local = threading.local()

    def one(index: int, kind: str) -> None:
        if not hasattr(local, "db"):
            name = threading.current_thread().name.rsplit("_", 1)[-1]
            local.db, local.real = ctx.fresh_db(f"import-{name}"), ctx.fresh_db(f"import-real-{name}")
        path = inputs.make_import_file(kind, index, files, ctx.rng("import", index))
        try:
            runs = [("dry run", local.db, ["--dry-run"])]
            if index % 10 == 0:
                runs.append(("real import", local.real, []))
            for label, db, extra in runs:
                before = db_state(db)
                argv = ["-m", "ukjp_desktop", "--db", str(db), "import", str(path), *extra]
                r = run_measured([PY, *argv], ctx.env, timeout=60)
                example = f"[{kind}] python -m ukjp_desktop --db COPY import {path.name} {' '.join(extra)}".rstrip()
                found = []
                if INTERNAL.search(r["stderr"]) or r["rc"] not in (0, 1, 2) and not r["killed"]:
                    found.append(("internal errors", f"internal error ({error_class(r['stderr'])})"))
                if r["killed"] == "timeout" or r["seconds"] > 60:
                    found.append(("over 60 s", "over 60 s"))
                if r["rss_mb"] > 500 or r["killed"] == "memory":
                    found.append(("over 500 MB", "over 500 MB RSS"))
                messages = [ln for ln in r["stderr"].splitlines() if ln.strip() and not ln.startswith("notice:")]
                if r["rc"] != 0 and not r["killed"] and len(messages) != 1:
                    found.append(("stderr not one line", f"{len(messages)} lines on stderr"))
                after = db_state(db)
                if (label == "dry run" or r["rc"] != 0) and after != before:
                    found.append(("database changed by a dry run or failed import", f"database changed ({label})"))
                if label == "real import" and r["rc"] == 0 and integrity(db):
                    found.append(("integrity failures after a real import", "integrity check failed"))
                with lock:
                    if label == "real import":
                        tally["real imports"] += 1
                        tally["real imports stored"] += r["rc"] == 0
                    else:
                        tally["accepted" if r["rc"] == 0 else "refused"] += 1
                    if r["rss_mb"] > peak[0]:
                        peak[:] = [r["rss_mb"], example]
                    if r["seconds"] > slowest[0]:
                        slowest[:] = [r["seconds"], example]
                    for zero, what in found:
                        zeros[zero] += 1
                        detail = (f"{r['seconds']:.1f} s, {r['rss_mb']:.0f} MB, exit {r['rc']}"
                                  + (f", killed ({r['killed']})" if r["killed"] else "")
                                  + f": {first_line(r['stderr'])}")
                        row.fail(f"{kind}: {what}", f"{example} -> {detail}")
                        ctx.keep_file(path, f"{kind}-{what}")
        finally:
            path.unlink(missing_ok=True)

    plain_file = files / "plain.txt"
    plain_file.write_text(inputs.SAMPLE, encoding="utf-8")
    plain = sorted((run_measured([PY, "-m", "ukjp_desktop", "--db", str(ctx.base_db), "import", str(plain_file),
                                  "--dry-run"], ctx.env, timeout=60) for _ in range(3)), key=lambda r: r["seconds"])
    row.extra["baseline"] = (f"a 300-byte text file, dry run, same machine and load: {plain[1]['seconds']:.1f} s, "
                             f"{plain[1]['rss_mb']:.0f} MB")
    with ThreadPoolExecutor(max_workers=ctx.jobs, thread_name_prefix="imp") as pool:
        for f in [pool.submit(one, i, k) for i, k in enumerate(plan)]:
            f.result()
    row.counts = {"files": len(plan), "kinds": len(set(plan)), **tally,
                  "peak RSS MB": round(peak[0]), "slowest s": round(slowest[0], 1)}
    row.zeros = zeros
    row.extra["peak RSS example"] = peak[1]
    row.extra["slowest example"] = slowest[1]
    if ctx.quick:
        row.extra["kinds left out in --quick"] = sorted(HEAVY)


# ---------------------------------------------------------------------------------------------
# the run
# ---------------------------------------------------------------------------------------------

ROWS = [(1, "kill", "SIGKILL during annotation writes", row_kill),
        (2, "concurrent", "concurrent writers", row_concurrent),
        (3, "damaged", "damaged database files", row_damaged),
        (4, "cli", "fuzzed command lines", row_cli),
        (5, "search", "fuzzed search queries", row_search),
        (6, "import", "hostile import files", row_import)]


def _selected(only: list[str]) -> list[tuple]:
    if not only:
        return ROWS
    wanted = {w.strip() for o in only for w in o.split(",") if w.strip()}
    unknown = wanted - {str(r[0]) for r in ROWS} - {r[1] for r in ROWS}
    if unknown:
        raise SystemExit(f"torture: unknown row {sorted(unknown)[0]!r}; rows are "
                         + ", ".join(f"{r[0]} ({r[1]})" for r in ROWS))
    return [r for r in ROWS if str(r[0]) in wanted or r[1] in wanted]


def _figures(d: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items())


def print_table(rows: list[Row], out=sys.stdout) -> None:
    import textwrap
    width = 118

    def wrapped(label: str, text: str) -> None:
        print(textwrap.fill(text, width, initial_indent=f"     {label:<10}", subsequent_indent=" " * 15,
                            break_long_words=True), file=out)
    for r in rows:
        head = f"{r.id}  {r.title} "
        tail = f" {'PASS' if r.passed else 'FAIL'} ({r.seconds:.0f} s)"
        print(head + "." * max(3, width - len(head) - len(tail)) + tail, file=out)
        wrapped("figures", _figures(r.counts))
        wrapped("due zero", _figures(r.zeros))
        for key in ("baseline",):
            if key in r.extra:
                wrapped(key, str(r.extra[key]))
        for kind, v in sorted(r.failures.items(), key=lambda kv: -kv[1]["count"]):
            wrapped(f"x {v['count']}", kind)
            wrapped("", f"e.g. {v['example']}")
        for s in r.extra.get("slowest", []):
            wrapped("slow", f"{s['seconds']:.3f} s  {s.get('query') or s.get('argv')}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small counts: a smoke run of a couple of minutes")
    p.add_argument("--only", action="append", default=[], metavar="ROW",
                   help="row numbers or keys (kill, concurrent, damaged, cli, search, import); repeatable")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    p.add_argument("--jobs", type=int, default=1, help="import files run at once (row 6)")
    p.add_argument("--keep-failures", metavar="DIR", help="copy one input file per failure kind here")
    p.add_argument("--role", help=argparse.SUPPRESS)
    p.add_argument("role_args", nargs="*", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.role:
        roles = {"annotator": role_annotator, "writer": role_writer, "cli-worker": role_cli_worker,
                 "search-worker": role_search_worker}
        roles[args.role](*args.role_args)
        return 0
    selected = _selected(args.only)
    tmp = Path(tempfile.mkdtemp(prefix="ukjp-torture-"))
    try:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
                   UKJP_DB=str(tmp / "user-data" / "ukjp.sqlite"), QT_QPA_PLATFORM="offscreen",
                   PYTHONDONTWRITEBYTECODE="1")
        base = tmp / "base.sqlite"
        built = subprocess.run([PY, "-m", "ukjp_desktop", "db", "build", "--output", str(base)],
                               capture_output=True, text=True, env=env, timeout=600)
        if built.returncode != 0:
            print(f"torture: could not build the database: {built.stderr.strip()}", file=sys.stderr)
            return 2
        with sqlite3.connect(base) as con:
            slugs = [r[0] for r in con.execute("SELECT slug FROM initiatives ORDER BY slug")]
        ctx = Context(tmp, base, args.quick, args.seed, max(1, args.jobs),
                      Path(args.keep_failures) if args.keep_failures else None, env, slugs)
        results = []
        for rid, key, title, fn in selected:
            row = Row(rid, key, title)
            t0 = time.perf_counter()
            fn(ctx, row)
            row.seconds = time.perf_counter() - t0
            results.append(row)
            print(f"[{time.strftime('%H:%M:%S')}] row {rid} ({key}) done in {row.seconds:.0f} s",
                  file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ok = all(r.passed for r in results)
    if args.json:
        json.dump({"seed": args.seed, "quick": args.quick, "pass": ok,
                   "rows": [r.as_json() for r in results]}, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_table(results)
        print(f"\n{'all zeros where zeros are due' if ok else 'FAILURES: see the rows marked FAIL'} "
              f"(seed {args.seed}{', quick' if args.quick else ''})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
