"""A throw-away PostgreSQL server for the tests: a real one, started and always removed.

``PgServer.start()`` makes a cluster with ``initdb`` in a fresh temporary folder, starts it on
a free port on 127.0.0.1 only (and a Unix socket in that folder), and returns. ``stop()`` stops
it and deletes the folder. PostgreSQL refuses to run as root (DESIGN.md §4), so as root the
cluster belongs to the ``postgres`` user (``nobody`` when the package made none) and every
server command goes through ``runuser``.

Three guards make sure no server outlives the test run: the pytest session fixture's
finaliser, an ``atexit`` hook, and a watchdog process that stops the server and removes its
folder when the test process dies without either (killed, or a crash of the interpreter).

Also a command for trying things by hand::

    python tests/pg_server.py start    # prints the URL, the folder and the watchdog's pid
    python tests/pg_server.py stop DIR
"""
from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER_OPTIONS = ("-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                  "-c full_page_writes=off -c max_connections=60")


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine; the message says how to get them."""


def bin_dir() -> Path:
    """The folder with initdb and pg_ctl: Debian's versioned folder (newest), else PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PgUnavailable("PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
                        "`apt-get install postgresql` (make test does it when run as root).")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> str | None:
    """None when we are not root (the server runs as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise PgUnavailable("running as root, and there is no 'postgres' or 'nobody' user to run "
                        "the test server as (PostgreSQL refuses to run as root)")


class PgServer:
    def __init__(self) -> None:
        self.bin = bin_dir()
        self.user = _server_user()
        self.dir: Path | None = None
        self.port: int | None = None
        self.superuser = "ukjp_test"
        self._watchdog: subprocess.Popen | None = None

    def _run(self, *args: str, **kw) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, **kw)

    @property
    def data(self) -> Path:
        assert self.dir is not None
        return self.dir / "data"

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql+psycopg://{user or self.superuser}@127.0.0.1:{self.port}/{database}"

    def start(self, watchdog: bool = True) -> "PgServer":
        self.dir = Path(tempfile.mkdtemp(prefix="ukjp-pg-"))
        atexit.register(self.stop)
        if self.user:
            os.chmod(self.dir, 0o700)
            shutil.chown(self.dir, self.user, self.user)
        # C collation: the same byte order as SQLite's (sorting ties by slug agree), and
        # ASCII-only lower() like SQLite's; the README asks teams for the same.
        done = self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", self.superuser,
                         "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
        if done.returncode != 0:
            self.stop()
            raise RuntimeError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        for _ in range(3):  # a free port can be taken between the probe and the start
            self.port = _free_port()
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"),
                             "-o", f"-p {self.port} -k {self.dir} {SERVER_OPTIONS}", "-w", "start")
            if done.returncode == 0:
                break
        else:
            log = (self.dir / "server.log").read_text(errors="replace")[-2000:]
            self.stop()
            raise RuntimeError(f"the test PostgreSQL server did not start:\n{log}")
        if watchdog:
            self._start_watchdog()
        return self

    def require_password(self, role: str, password: str) -> None:
        """Make ``role`` log in with a password over TCP (everyone else stays trusted)."""
        self.psql_admin(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self._run("pg_ctl", "-D", str(self.data), "reload")

    def pause(self) -> None:
        """Stop the server but keep its cluster (a server that goes away)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start it again on the same port (the server comes back)."""
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"),
                         "-o", f"-p {self.port} -k {self.dir} {SERVER_OPTIONS}", "-w", "start")
        if done.returncode != 0:
            raise RuntimeError(f"the test PostgreSQL server did not start again: {done.stderr}")

    def _start_watchdog(self) -> None:
        """Stops the server and removes its folder when this process is gone, however it went."""
        stop = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
        if self.user:
            stop = ["runuser", "-u", self.user, "--", *stop]
        script = (f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; "
                  f"{' '.join(stop)} >/dev/null 2>&1; rm -rf '{self.dir}'")
        self._watchdog = subprocess.Popen(["sh", "-c", script], start_new_session=True,
                                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.dir is None:
            return
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None
        if self._watchdog is not None:
            self._watchdog.kill()
            self._watchdog.wait()
            self._watchdog = None

    def psql_admin(self, sql: str, database: str = "postgres") -> None:
        """Run administrative SQL (CREATE DATABASE, roles) as the superuser, autocommit."""
        import psycopg
        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.superuser,
                             dbname=database, autocommit=True) as conn:
            conn.execute(sql)


if __name__ == "__main__":
    if sys.argv[1:2] == ["start"]:
        server = PgServer().start(watchdog=False)  # by hand: it lives until `stop DIR`
        atexit.unregister(server.stop)
        print(server.url(), server.dir)
    elif sys.argv[1:2] == ["stop"] and len(sys.argv) == 3:
        server = PgServer()
        server.dir = Path(sys.argv[2])
        server.stop()
    else:
        sys.exit("usage: pg_server.py start | stop DIR")
