"""Drive the real MainWindow as a user would and check, after every step, that what it shows
agrees with the database (tests/test_ui_model_based.py).

The pieces:

- ``QtMessages``: a ``qInstallMessageHandler`` that records Qt warnings (chained to
  pytest-qt's own handler); a short whitelist of messages the headless platform prints.
- ``StallWatch``: a 10 ms ``QTimer`` that records the longest gap between its ticks while the
  event loop runs a user action and its consequences (only inside ``Driver.step``: the test's
  own synchronous checks are not measured).
- ``StepGuard``: a step that takes too long (the log-scale freeze) fails the test instead of
  hanging CI: SIGALRM dumps every thread's stack and raises ``StepTimeout`` in the main
  thread (again every second, until the step gives up); ``faulthandler`` kills the process as
  a last resort.
- ``Driver``: user actions (each run from the event loop, as a click or a key press would be),
  ``settle()`` and the invariants. Expected values are computed independently of the window:
  own ``Catalog`` over the same engine (no snapshot), and plain SQL for chart totals.
"""
from __future__ import annotations

import faulthandler
import math
import os
import signal
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store.catalog import Catalog, NotFound

# A freeze detector, not a speed target (speed lives in benchmarks that print figures): the
# log-scale defect held the UI thread for minutes, while a first chart paint on a loaded CI
# machine took 392 ms. The worst gaps of a run are printed; UKJP_MODEL_STALL_MS tightens the
# limit for a local hunt (250 ms finds the slow steps on a quiet machine).
STALL_LIMIT_MS = float(os.environ.get("UKJP_MODEL_STALL_MS", "2000"))
STEP_TIMEOUT_S = 20.0
HARD_TIMEOUT_S = 90.0          # faulthandler: dump stacks and exit the process
SETTLE_TIMEOUT_MS = 15000

# Messages the offscreen platform prints for any top-level window; nothing to do with the app.
QT_MESSAGE_WHITELIST = (
    # QOffscreenWindow has no window manager to pass size hints to (printed by every
    # top-level window shown headless, e.g. the import review and message boxes).
    "This plugin does not support propagateSizeHints()",
    # QOffscreenWindow cannot raise/activate like a window manager would (printed when a
    # window is asked to come to the front headless).
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)

FACET_FIELDS = {"sector": "sectors", "kind": "kinds", "status": "statuses",
                "organisation": "organisations", "country": "countries", "side": "sides", "tag": "tags"}


class StepTimeout(Exception):
    pass


class InvariantError(AssertionError):
    pass


# ---- Qt messages ------------------------------------------------------------------------------

class QtMessages:
    BAD = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)

    def __init__(self):
        self.records: list[tuple[str, str]] = []
        self.ignored: list[str] = []
        self._previous = None

    def install(self) -> None:
        self._previous = qInstallMessageHandler(self._handle)

    def uninstall(self) -> None:
        qInstallMessageHandler(self._previous)

    def _handle(self, mode, context, message) -> None:
        if mode in self.BAD:
            if any(w in message for w in QT_MESSAGE_WHITELIST):
                self.ignored.append(message)
            else:
                self.records.append((str(getattr(mode, "name", mode)), message))
        if self._previous is not None:
            try:
                self._previous(mode, context, message)
            except Exception:  # noqa: BLE001 - pytest-qt's handler; never break the app
                pass

    def take(self) -> list[tuple[str, str]]:
        out, self.records = self.records, []
        return out


# ---- event-loop stalls ------------------------------------------------------------------------

class StallWatch:
    """The longest gap between ticks of a 10 ms timer, in wall time and in the UI thread's own
    CPU time over that gap. On a shared 2-core machine other processes can hold the CPU for
    a few hundred ms; a stall is counted when the gap is over the limit *and* the UI thread
    itself was busy for at least half of it (see ``Driver.check_all``)."""

    def __init__(self, interval_ms: int = 10):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.measuring = False
        self._last = 0.0
        self._last_cpu = 0.0
        self.max_gap_ms = 0.0
        self.max_gap_cpu_ms = 0.0
        self.worst: list[tuple[float, float, str]] = []   # (wall, UI-thread CPU, step) per step
        self.label = ""

    def start(self, label: str) -> None:
        self.label = label
        self.max_gap_ms = self.max_gap_cpu_ms = 0.0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.measuring = True
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        self._tick()
        self.measuring = False
        self.timer.stop()
        self.worst.append((self.max_gap_ms, self.max_gap_cpu_ms, self.label))
        return self.max_gap_ms, self.max_gap_cpu_ms

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self.measuring:
            gap = (now - self._last) * 1000
            if gap > self.max_gap_ms:
                self.max_gap_ms, self.max_gap_cpu_ms = gap, (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu


# ---- a step that never ends -------------------------------------------------------------------

class StepGuard:
    """SIGALRM raises StepTimeout in the main thread (Python code runs between bytecodes even
    inside Qt's paint, so a loop in a paint override is interrupted); Qt swallows an exception
    raised inside a virtual override, so it fires again every second and the driver's own
    wait loop raises it for good."""

    def __init__(self, timeout_s: float = STEP_TIMEOUT_S):
        self.timeout_s = timeout_s
        self.fired = 0
        self.label = ""
        self._old = None

    def __enter__(self):
        self._old = signal.signal(signal.SIGALRM, self._alarm)
        return self

    def __exit__(self, *exc):
        self.disarm()
        signal.signal(signal.SIGALRM, self._old or signal.SIG_DFL)
        faulthandler.cancel_dump_traceback_later()

    def arm(self, label: str) -> None:
        self.fired = 0
        self.label = label
        signal.setitimer(signal.ITIMER_REAL, self.timeout_s, 1.0)
        faulthandler.dump_traceback_later(HARD_TIMEOUT_S, exit=True)

    def disarm(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()

    def _alarm(self, _sig, _frame):
        self.fired += 1
        if self.fired == 1:
            print(f"\n*** step '{self.label}' still running after {self.timeout_s:.0f} s; stacks:",
                  file=sys.stderr)
            faulthandler.dump_traceback(all_threads=True)
        raise StepTimeout(f"step '{self.label}' did not finish within {self.timeout_s:.0f} s "
                          "(the event loop is frozen)")

    def check(self) -> None:
        if self.fired:
            raise StepTimeout(f"step '{self.label}' did not finish within {self.timeout_s:.0f} s "
                              "(the event loop is frozen)")


# ---- the expected state -----------------------------------------------------------------------

@dataclass
class Note:
    note: str = ""
    starred: bool = False
    tags: frozenset = frozenset()


@dataclass
class Expected:
    """What the database must hold after the steps so far (our own undo model)."""
    annotations: dict = field(default_factory=dict)      # slug -> Note
    commands: list = field(default_factory=list)         # ("ann", slug, before, after) | ("import", name)
    index: int = 0                                       # commands[:index] are done
    imports_done: int = 0

    def get(self, slug: str) -> Note:
        return self.annotations.get(slug, Note())

    def push(self, cmd) -> None:
        del self.commands[self.index:]
        self.commands.append(cmd)
        self.index += 1
        self._apply(cmd, forward=True)

    def undo(self) -> None:
        if self.index:
            self.index -= 1
            self._apply(self.commands[self.index], forward=False)

    def redo(self) -> None:
        if self.index < len(self.commands):
            self._apply(self.commands[self.index], forward=True)
            self.index += 1

    def _apply(self, cmd, forward: bool) -> None:
        if cmd[0] == "ann":
            _k, slug, before, after = cmd
            self.annotations[slug] = after if forward else before
        else:
            self.imports_done += 1 if forward else -1


# ---- the driver -------------------------------------------------------------------------------

IMPORT_TEXT = ("UK and Japan launch robotics call {n}\n\n"
               "EPSRC and the Japan Science and Technology Agency (JST) today (Monday 10 March) opened a "
               "joint call on care robotics, reference {n}. The projects are funded by £2.5 million from "
               "EPSRC.\n\nThe call closes on 30 May 2025.\n")


class Driver:
    def __init__(self, qtbot, window, workdir: Path, messages: QtMessages, guard: StepGuard,
                 stall_limit_ms: float = STALL_LIMIT_MS, checks: frozenset[str] | None = None):
        self.qtbot = qtbot
        self.w = window
        self.workdir = workdir
        self.messages = messages
        self.guard = guard
        self.stall_limit_ms = stall_limit_ms
        self.stalls = StallWatch()
        self.checks = checks          # None: every invariant
        self.cat = Catalog(window.library.engine)   # our own: no snapshot, no shared state
        self.engine = window.library.engine
        self.base_count = self.cat.count()
        self.expected = Expected()
        self.failed_generations: set[int] = set()
        window.runner.failed.connect(lambda gen, _t: self.failed_generations.add(gen))
        self.log: list[str] = []
        self.n_imports = 0
        self._pending_exc: list[BaseException] = []

    # ---- running steps ------------------------------------------------------------------------
    def step(self, label: str, *actions, expect=None, stall_check: bool = True) -> None:
        """Run ``actions`` (callables, or ("wait", predicate, timeout, what) tuples) from the
        event loop, let the window settle, update the expected state (``expect``), then check
        every invariant."""
        self.log.append(label)
        self.guard.arm(label)
        self.stalls.start(label)
        try:
            with self.qtbot.capture_exceptions() as qt_exceptions:
                for a in actions:
                    if isinstance(a, tuple) and a[0] == "wait":
                        self._wait_until(a[1], a[2] if len(a) > 2 else SETTLE_TIMEOUT_MS, a[-1] if len(a) > 3 else "")
                    else:
                        self._in_loop(a)
                self.settle()
            gap = self.stalls.stop()
        finally:
            self.stalls.measuring = False
            self.stalls.timer.stop()
            self.guard.disarm()
        if qt_exceptions:
            raise InvariantError(f"after '{label}' (steps so far: {self.log}): exception raised inside a Qt "
                                 "handler: " + "; ".join(f"{e[0].__name__}: {e[1]}" for e in qt_exceptions))
        if expect is not None:
            expect()
        self.check_all(label, gap if stall_check else (0.0, 0.0))

    def _in_loop(self, fn) -> None:
        """Call ``fn`` from the event loop (as a click would be delivered) and wait for it."""
        done = []

        def run():
            try:
                fn()
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test
                self._pending_exc.append(exc)
            done.append(True)
        QTimer.singleShot(0, run)
        self._wait_until(lambda: bool(done), SETTLE_TIMEOUT_MS, "action to run")
        if self._pending_exc:
            exc = self._pending_exc.pop(0)
            self._pending_exc.clear()
            raise exc

    def _wait_until(self, predicate, timeout_ms: int, what: str = "") -> None:
        end = time.perf_counter() + timeout_ms / 1000
        while True:
            self.guard.check()
            if predicate():
                return
            if time.perf_counter() > end:
                raise InvariantError(f"timed out after {timeout_ms} ms waiting for {what or predicate}")
            self.qtbot.wait(5)

    def _idle(self) -> bool:
        w = self.w
        r = w.runner
        busy_timers = w.browse._search_timer.isActive() or w.annotations._timer.isActive()
        pools = (r._pool.activeThreadCount() + r._detail_pool.activeThreadCount()
                 + r._work_pool.activeThreadCount() + QThreadPool.globalInstance().activeThreadCount())
        listed = w.model.generation == r.generation or r.generation in self.failed_generations
        charted = w.charts.panel is None or not w.charts.panel.busy   # charts load in the runner too
        faceted = not w.browse.facets_pending      # facet counts are shown a few facets per turn
        # An edit the UI thread could not store at once (the file briefly locked, e.g. by a
        # closed window's writer on a loaded machine) is stored by the writer thread later.
        written = w.annotator.is_idle()
        return not busy_timers and pools == 0 and listed and charted and faceted and written

    def settle(self, timeout_ms: int = SETTLE_TIMEOUT_MS) -> None:
        """Until nothing is pending: no debounce or autosave timer running, no query in a
        worker, the latest list applied, and two event-loop passes without a new request."""
        end = time.perf_counter() + timeout_ms / 1000
        stable = 0
        last = None
        while stable < 2:
            self._wait_until(self._idle, max(100, int((end - time.perf_counter()) * 1000)), "the window to settle")
            self.qtbot.wait(10)   # deliver results queued by workers that just finished
            now = (self.w.runner.generation, self.w.runner.facet_generation, self.w.runner.detail_generation,
                   self.w.model.generation, tuple(sorted(self.w.runner._work_generations.items())))
            stable = stable + 1 if (now == last and self._idle()) else 0
            last = now

    # ---- invariants ---------------------------------------------------------------------------
    def _on(self, name: str) -> bool:
        return self.checks is None or name in self.checks

    def check_all(self, label: str, gap: tuple[float, float]) -> None:
        problems = []
        msgs = self.messages.take()
        if msgs and self._on("qt-messages"):
            problems.append(f"Qt printed warnings: {msgs}")
        wall, cpu = gap
        if wall > self.stall_limit_ms and cpu > self.stall_limit_ms / 2 and self._on("stall"):
            problems.append(f"the event loop stalled {wall:.0f} ms, {cpu:.0f} ms of it busy in the UI thread "
                            f"(limit {self.stall_limit_ms:.0f} ms)")
        for name, fn in (("list", self.check_list), ("filter-panel", self.check_filter_panel),
                         ("facets", self.check_facets), ("detail", self.check_detail),
                         ("annotations", self.check_annotations), ("charts", self.check_charts),
                         ("view-range", self.check_view_range)):
            if not self._on(name):
                continue
            try:
                fn()
            except InvariantError as exc:
                problems.append(f"[{name}] {exc}")
        if problems:
            raise InvariantError(f"after step '{label}' (steps so far: {self.log}):\n  - "
                                 + "\n  - ".join(problems))

    def listed_slugs(self) -> list[str]:
        m = self.w.model
        out = []
        for i in range(m.rowCount()):
            r = m.row_record(i)
            out.append(r.slug if r is not None else None)
        return out

    def check_list(self) -> None:
        w, f = self.w, self.w.state.filter
        want = self.cat.count(f)
        if w.model.rowCount() != want:
            raise InvariantError(f"list shows {w.model.rowCount()} rows, catalog.count({f.describe() or 'no filter'}) = {want}")
        got = set(self.listed_slugs())
        expected = set(self.cat.slugs(f))
        if got != expected:
            raise InvariantError(f"listed slugs differ: extra {sorted(got - expected)}, missing {sorted(expected - got)}")
        total = self.cat.count()
        if total != self.base_count + self.expected.imports_done:
            raise InvariantError(f"database holds {total} initiatives, expected "
                                 f"{self.base_count} + {self.expected.imports_done} imported")
        if w.browse.total_all != total:
            raise InvariantError(f"window.browse.total_all = {w.browse.total_all}, database holds {total}")
        if not w.browse.pane.summary.text().startswith(f"{want:,} of {total:,} initiatives"):
            raise InvariantError(f"summary line {w.browse.pane.summary.text()!r} does not say {want} of {total}")
        if w.search.text().strip() != f.text:
            raise InvariantError(f"search box shows {w.search.text()!r}, the filter searches {f.text!r}")

    def check_filter_panel(self) -> None:
        f = self.w.state.filter
        for facet, fl in self.w.filter_panel.lists.items():
            if fl.selected() != f.facet_values(facet):
                raise InvariantError(f"facet {facet}: ticked {sorted(fl.selected())}, filter has "
                                     f"{sorted(f.facet_values(facet))}")
        p = self.w.filter_panel
        for box, on in ((p.bilateral, f.bilateral_only), (p.starred, f.starred), (p.has_note, f.has_note)):
            if box.isChecked() != on:
                raise InvariantError(f"check box {box.text()!r} shows {box.isChecked()}, filter has {on}")
        lo, hi = p.years.bounds()
        if p.years.values() != (f.year_from or lo, f.year_to or hi):
            raise InvariantError(f"year slider shows {p.years.values()}, filter {f.year_from}-{f.year_to}")

    def check_facets(self) -> None:
        """Each shown count = the list count with that value alone ticked in its facet (the
        other facets applied); a ticked value's count is at most the list count."""
        f = self.w.state.filter
        n = self.w.model.rowCount()
        for facet, fl in self.w.filter_panel.lists.items():
            field_name = FACET_FIELDS[facet]
            for i in range(fl.count()):
                it = fl.item(i)
                value = it.data(Qt.UserRole + 1)
                shown = int(it.text().rsplit("(", 1)[1].rstrip(")").replace(",", ""))
                want = self.cat.count(replace(f, **{field_name: frozenset({value})}))
                if shown != want:
                    raise InvariantError(f"facet {facet}={value} shows ({shown}), expected {want}")
                if it.checkState() == Qt.Checked and shown > n:
                    raise InvariantError(f"ticked {facet}={value} counts {shown} > {n} listed")

    def check_detail(self) -> None:
        w = self.w
        d = w.details.shown
        sel = w.state.selected
        if d is None:
            if sel:
                try:
                    self.cat.detail(sel)
                except NotFound:
                    return
                raise InvariantError(f"{sel!r} is selected but the detail pane is empty")
            if w.annotations.slug:
                raise InvariantError(f"detail pane empty but the notes panel edits {w.annotations.slug!r}")
            return
        if d.slug != sel:
            raise InvariantError(f"detail pane shows {d.slug!r}, selection is {sel!r}")
        if w.model.row_of_slug(d.slug) < 0:
            raise InvariantError(f"detail pane shows {d.slug!r}, which is not in the list "
                                 f"({w.model.rowCount()} rows, filter {w.state.filter.describe()!r})")
        if w.annotations.slug != d.slug:
            raise InvariantError(f"notes panel edits {w.annotations.slug!r}, detail shows {d.slug!r}")
        idx = w.table.selectionModel().currentIndex()
        cur = w.model.row_record(idx.row()).slug if idx.isValid() and w.model.row_record(idx.row()) else None
        if cur != d.slug:
            raise InvariantError(f"table's current row is {cur!r}, detail shows {d.slug!r}")

    def check_annotations(self) -> None:
        exp = self.expected
        for slug, want in exp.annotations.items():
            try:
                a = self.cat.detail(slug).annotation
            except NotFound:
                continue
            got = Note(a.note, bool(a.starred), frozenset(a.tags))
            if got != want:
                raise InvariantError(f"database annotation of {slug!r} is {got}, expected {want}")
        if self.w.annotator.stack.index() != exp.index or self.w.annotator.stack.count() != len(exp.commands):
            raise InvariantError(f"undo stack at {self.w.annotator.stack.index()}/{self.w.annotator.stack.count()}, "
                                 f"expected {exp.index}/{len(exp.commands)}")
        p = self.w.annotations
        if p.slug:
            want = exp.get(p.slug)
            a = self.cat.detail(p.slug).annotation
            want = Note(a.note, bool(a.starred), frozenset(a.tags))
            shown = Note(p.note.toPlainText(), p.star.isChecked(), frozenset(p.chip_tags()))
            if shown != want:
                raise InvariantError(f"notes panel shows {shown}, database holds {want}")
            row = self.w.model.row_of_slug(p.slug)
            rec = self.w.model.row_record(row) if row >= 0 else None
            if rec is not None and bool(rec.starred) != want.starred:
                raise InvariantError(f"table row of {p.slug!r} shows starred={rec.starred}, database {want.starred}")
        if p.tag_input.currentText():
            raise InvariantError(f"the tag box shows {p.tag_input.currentText()!r} (it must be empty between edits)")

    # ---- charts ---------------------------------------------------------------------------------
    def visible_chart(self):
        ch = self.w.charts.panel
        if ch is None or not ch.isVisible():
            return None
        c = ch.current_chart()
        return c if c is not None and c.isVisible() else None

    def _filtered_ids(self, f: Filter) -> list[int]:
        slugs = self.cat.slugs(f)
        if not slugs:
            return []
        with self.engine.connect() as c:
            rows = c.execute(text("SELECT id, slug FROM initiatives")).all()
        by = {s: i for i, s in rows}
        return [by[s] for s in slugs]

    def _lines(self, f: Filter, include_context: bool) -> list[tuple]:
        """Counted funding lines of the filtered initiatives: (initiative id, side, scope,
        contributor id, pence), by plain SQL."""
        ids = self._filtered_ids(f)
        if not ids:
            return []
        scopes = ("bilateral", "context") if include_context else ("bilateral",)
        with self.engine.connect() as c:
            rows = c.execute(text(
                "SELECT initiative_id, side, scope, contributor_id, gbp_p FROM funding_lines "
                f"WHERE counted = 1 AND initiative_id IN ({','.join(map(str, ids))})")).all()
        return [r for r in rows if r[2] in scopes]

    def expected_series(self, c) -> dict[tuple[str, str, str], int]:
        """(category key, side, scope) -> pence, as the chart should draw it."""
        lines = self._lines(self.w.state.filter, self.w.charts.panel.include_context)
        out: dict[tuple[str, str, str], int] = defaultdict(int)
        with self.engine.connect() as conn:
            sectors = defaultdict(list)
            for i, s in conn.execute(text("SELECT s_i.initiative_id, s.slug FROM initiative_sectors s_i "
                                          "JOIN sectors s ON s.id = s_i.sector_id")):
                sectors[i].append(s)
            years = dict(conn.execute(text("SELECT id, announced_year FROM initiatives")).all())
            orgs = dict(conn.execute(text("SELECT id, slug FROM organisations")).all())
            islugs = dict(conn.execute(text("SELECT id, slug FROM initiatives")).all())
        dim = getattr(c, "dimension", None)
        for ini, side, scope, contributor, p in lines:
            if c.kind == "uk-vs-japan" and side not in ("UK", "Japan"):
                continue
            if dim == "sector":
                keys = sectors.get(ini, [])
            elif dim == "year":
                keys = [str(years[ini]) if years[ini] is not None else ""]
            elif dim == "organisation":
                keys = [orgs[contributor]] if contributor in orgs else ["<unnamed>"]
            elif dim == "initiative":
                keys = [islugs[ini]]
            else:
                keys = []
            for k in keys:
                out[(k, side, scope)] += p
        return {k: v for k, v in out.items() if v}

    def check_charts(self) -> None:
        c = self.visible_chart()
        if c is None:
            return
        ch = self.w.charts.panel
        f = self.w.state.filter
        if c.filter != f:
            raise InvariantError(f"visible chart {c.kind!r} is for filter {c.filter.describe()!r}, "
                                 f"the list for {f.describe()!r}")
        if c.rate.currency != ch.currency_box.currentText() or c.log != ch.log_box.isChecked() \
                or c.include_context != ch.context_box.isChecked():
            raise InvariantError(f"chart {c.kind!r} draws {c.rate.currency}/log={c.log}/context={c.include_context}, "
                                 f"controls say {ch.currency_box.currentText()}/{ch.log_box.isChecked()}/"
                                 f"{ch.context_box.isChecked()}")
        if c.kind == "timeline":
            want = set(self.cat.slugs(f))
            with self.engine.connect() as conn:
                dated = {s for (s,) in conn.execute(text(
                    "SELECT slug FROM initiatives WHERE id IN (SELECT initiative_id FROM initiative_dates)"))}
            want &= dated
            got = {it.slug for it in c.series.items}
            if got != want:
                raise InvariantError(f"timeline draws {len(got)} initiatives, expected {len(want)}: "
                                     f"extra {sorted(got - want)[:5]}, missing {sorted(want - got)[:5]}")
            return
        want = self.expected_series(c)
        got: dict[tuple[str, str, str], int] = {}
        for cat in c.series.categories:
            for s in cat.segments:
                got[(cat.key, s.side, s.scope)] = int(s.gbp * 100)
        drawn: dict[tuple[str, str, str], int] = {}
        for s in c.drawn_shapes():
            if isinstance(s.ref, tuple) and len(s.ref) == 2 and hasattr(s.ref[1], "gbp"):
                cat, seg = s.ref
                drawn[(cat.key, seg.side, seg.scope)] = int(seg.gbp * 100)
        if drawn != got:
            raise InvariantError(f"chart {c.kind!r} draws segments {drawn} but its series has {got}")
        if c.kind in ("organisation",) or getattr(c, "dimension", "") == "initiative":
            # top N: drawn segments must match; drawn + omitted = all
            for k, v in got.items():
                if want.get(k) != v:
                    raise InvariantError(f"chart {c.kind!r}: {k} drawn as {v/100:,.2f}, database {want.get(k, 0)/100:,.2f}")
            total_want = sum(want.values())
            total_got = sum(got.values()) + int(c.series.omitted * 100)
            if total_got != total_want:
                raise InvariantError(f"chart {c.kind!r}: drawn + omitted = £{total_got/100:,.2f}, "
                                     f"database £{total_want/100:,.2f}")
            return
        if got != want:
            diff = {k: (got.get(k, 0) / 100, want.get(k, 0) / 100) for k in set(got) | set(want)
                    if got.get(k) != want.get(k)}
            raise InvariantError(f"chart {c.kind!r} totals differ from the database for the current filter "
                                 f"(drawn £, database £): {dict(list(diff.items())[:6])}; "
                                 f"chart sum £{sum(got.values())/100:,.2f}, database £{sum(want.values())/100:,.2f}")

    def check_view_range(self) -> None:
        c = self.visible_chart()
        if c is None or c.series is None:
            return
        shapes = [s for s in c.items.shapes if s.kind in ("rect", "point")]
        if not shapes:
            return
        (x0, x1), (y0, y1) = c.view.viewRange()
        for v in (x0, x1, y0, y1):
            if not math.isfinite(v):
                raise InvariantError(f"chart {c.kind!r} view range not finite: {c.view.viewRange()}")
        rects = []
        for s in shapes:
            if s.kind == "rect":
                r = s.rect.normalized()
                rects.append((r.left(), r.right(), r.top(), r.bottom()))
            else:
                p = s.points[0]
                rects.append((p.x(), p.x(), p.y(), p.y()))
        eps = 1e-9
        outside = [r for r in rects if r[1] < x0 - eps * max(1, abs(x0)) or r[0] > x1 + eps * max(1, abs(x1))
                   or r[3] < y0 - eps * max(1, abs(y0)) or r[2] > y1 + eps * max(1, abs(y1))]
        if outside:
            raise InvariantError(f"chart {c.kind!r}: {len(outside)} of {len(rects)} shapes lie outside the view "
                                 f"x[{x0:.4g}, {x1:.4g}] y[{y0:.4g}, {y1:.4g}]; e.g. {outside[0]} "
                                 f"(currency {c.rate.currency}, log {c.log})")
        dx0, dx1 = min(r[0] for r in rects), max(r[1] for r in rects)
        dy0, dy1 = min(r[2] for r in rects), max(r[3] for r in rects)
        horizontal = getattr(c, "horizontal", True)
        if c.kind == "timeline":
            return
        if horizontal:
            data, view = max(abs(dx0), abs(dx1)), max(abs(x0), abs(x1))
        else:
            data, view = max(abs(dy0), abs(dy1)), max(abs(y0), abs(y1))
        if data > 0 and view > 5 * data:
            raise InvariantError(f"chart {c.kind!r}: amount axis reaches {view:.4g} but the data only "
                                 f"{data:.4g} ({view / data:.1f}×; currency {c.rate.currency}, log {c.log})")

    # ---- expected-state helpers -----------------------------------------------------------------
    def db_note(self, slug: str) -> Note:
        a = self.cat.detail(slug).annotation
        return Note(a.note, bool(a.starred), frozenset(a.tags))

    def import_document(self) -> None:
        """File → Import document… on a small text, one figure accepted, a new initiative."""
        from ukjp_desktop.ui.importing import launch
        from ukjp_desktop.ui.importing.proposals_model import ACCEPTED
        self.n_imports += 1
        n = self.n_imports
        path = self.workdir / f"call-{n}.txt"
        path.write_text(IMPORT_TEXT.format(n=n), encoding="utf-8")
        box: dict = {}

        def open_it():
            box["review"] = launch.open_review(self.w, str(path))

        def do_import():
            review = box["review"]
            rows = [i for i, it in enumerate(review.model.items())
                    if it.kind == "money" and "2.5 million" in it.proposal.text]
            review.model.set_state(rows[:1], ACCEPTED)
            review.new_name.setText(f"Robotics call {n}")
            review.imported.connect(lambda receipt: box.setdefault("receipt", receipt))
            review.import_button.click()

        def loaded():
            r = box.get("review")
            return r is not None and r.loaded_data is not None and not r.is_busy()
        def expect():
            if "receipt" not in box:
                raise InvariantError(f"import {n} failed: {box['review'].last_message!r}")
            self.expected.push(("import", box["receipt"].initiative_slug))
        # Opening the review is a new window's first paint (start-up cost, like opening the
        # main window): not held to the interaction limit. The import itself is.
        self.step(f"open import review {n}", open_it, ("wait", loaded, SETTLE_TIMEOUT_MS, "the review to load"),
                  stall_check=False)
        self.step(f"import document {n}", do_import,
                  ("wait", lambda: "receipt" in box or bool(box["review"].last_message),
                   SETTLE_TIMEOUT_MS, "the import"), expect=expect)


def app_instance() -> QApplication:
    return QApplication.instance()


def key(widget, k, modifiers=Qt.NoModifier) -> None:
    QTest.keyClick(widget, k, modifiers)
