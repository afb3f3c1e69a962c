"""What the rows of tools/torture.py share: the result of a row, the run's context (its
temporary folder, fresh database copies, seeded randomness), and child processes measured
for time and peak memory, or kept alive as workers that run one case at a time."""
from __future__ import annotations

import hashlib
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
import time
from dataclasses import dataclass, field
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
PY = sys.executable
INTERNAL = re.compile(r"unexpected error|Traceback")
CLASS_IN_MESSAGE = re.compile(r"unexpected error \(([\w.]+)|^([\w.]+(?:Error|Exception|Warning)):", re.M)


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
        if path.is_file() and not target.exists():
            shutil.copyfile(path, target)


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
    msg = re.sub(r"\d+(-\d+)?", "N", msg.replace("characters", "character"))
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


# ---- child processes ----------------------------------------------------------------------

def role_cmd(role: str, *args) -> list[str]:
    return [PY, str(TOOLS / "torture.py"), "--role", role, *map(str, args)]


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
        self.stalled = ""

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
            self.restarts += bool(self.ready)     # started before: this is a restart
            self._start()
        try:
            self.proc.stdin.write(json.dumps(case).encode() + b"\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            pass
        t0 = time.perf_counter()
        line = self._readline(timeout)
        if line:
            return json.loads(line)
        if line is None:                       # still running: too slow, or too big
            self.proc.kill()
        rc = self.proc.wait()
        self.proc = None
        if line is None:
            return {"stopped": self.stalled, "memory": self.stalled.startswith("over"),
                    "seconds": time.perf_counter() - t0}
        return {"crash": f"the worker process died (exit status {rc})", "seconds": time.perf_counter() - t0}

    def _readline(self, timeout: float) -> bytes | None:
        """A line; b"" when the worker died; None (and ``stalled`` says why) when it ran past
        ``timeout`` or over 3 GB of memory."""
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or _rss_mb(self.proc.pid) > 3000:
                self.stalled = f"still running after {timeout:.0f} s" if left <= 0 else "over 3 GB of memory"
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


def worker_loop(handle) -> None:
    """Serve JSON-line cases on stdin; answer on the real stdout, which is kept apart from
    whatever the code under test prints (fd 1 then points at /dev/null)."""
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    proto.write(json.dumps(handle(None)) + "\n")
    for line in sys.stdin:
        proto.write(json.dumps(handle(json.loads(line))) + "\n")
