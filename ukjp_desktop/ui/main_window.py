"""The explorer window: filters on the left, results (and the charts) in the middle, the selected
initiative's facts, sources and your notes on the right.

Composition only: each feature (``browse``, ``detail``, ``charts``, ``importing``) builds its
own panes and follows the one shared ``AppState``; this module lays the panes out, builds the
menus and connects the few places where one feature asks another for something (a chart click
becomes a filter, a relation link selects an initiative). The window holds plain records only,
never ORM objects."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QPushButton, QSplitter, QWidget

from . import first_paint, window_settings
from .app_state import AppState
from .browse.widgets import build_widgets, show_first_page

if TYPE_CHECKING:
    from ..store.first_page import FirstPage
    from ..store.userdb import Library

PAGE_SIZE = 200   # rows per page of the list (the query runner's)


def redo_shortcuts(platform_keys: list[QKeySequence] | None = None) -> list[QKeySequence]:
    """The platform's redo keys (``platform_keys``, Qt's by default) plus Ctrl+Shift+Z and
    Ctrl+Y, each once: giving one action the same key twice makes Qt call it ambiguous and do
    nothing. Ctrl+Shift+Z is Linux's own redo key; Ctrl+Y is Windows' and is not among Qt's on
    X11, yet people coming from Windows or office suites press it and the README promises it."""
    if platform_keys is None:
        platform_keys = QKeySequence.keyBindings(QKeySequence.Redo)
    keys: list[QKeySequence] = []
    for k in [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), *platform_keys]:
        if not k.isEmpty() and all(k != other for other in keys):
            keys.append(k)
    return keys


class MainWindow(QMainWindow):
    """Built in two steps. The *shell* (no store imported): the state with the restored query,
    the browse widgets, the layout, the menu titles and the remembered geometry; filled from
    ``first_page`` when a start has a valid first-page cache. Then ``attach(library)`` builds
    every feature around those widgets. With a ``library`` both happen at once."""

    def __init__(self, library: "Library | None", settings: QSettings, db_label: str = "", parent=None,
                 first_page: "FirstPage | None" = None):
        super().__init__(parent)
        self.library = self.catalog = None
        self.settings = settings
        self.db_label = db_label or str(library.db.path)
        self.last_message = ""          # the last problem told to the user (tests read it)
        self.attached = False
        self.setWindowTitle("UK–Japan S&T Explorer")
        self.state = AppState(self)
        window_settings.restore_query(settings, self.state)
        self.browse_widgets = build_widgets(PAGE_SIZE)
        # The parts other code and tests reach by name.
        self.filter_panel, self.model = self.browse_widgets.filter_panel, self.browse_widgets.model
        self.results_pane = self.browse_widgets.pane
        self.table, self.search = self.results_pane.table, self.results_pane.search
        # The restored search, in its box from the start: an empty box at the attach reads as
        # "the user cleared it meanwhile", and the restored search was dropped.
        self.search.setText(self.state.filter.text)
        # Until attached: the charts button and the detail side as empty stand-ins.
        self._charts_stand_in = QPushButton("Charts")
        self._charts_stand_in.setCheckable(True)
        self.right_splitter = QSplitter(Qt.Vertical)
        self.right_splitter.addWidget(QWidget())
        self.right_splitter.addWidget(QWidget())
        self._status_db = QLabel(f"Database: {self.db_label}")
        self._lay_out()
        bar = self.menuBar()
        self.menus = {name: bar.addMenu(title) for name, title in
                      (("file", "&File"), ("edit", "&Edit"), ("view", "&View"), ("help", "&Help"))}
        self._splitter_restored = window_settings.restore_layout(self)
        if first_page is not None:
            show_first_page(self.browse_widgets, first_page, self.state)
        if library is not None:
            self.attach(library)

    def attach(self, library: "Library") -> None:
        """Build the features around the widgets on screen and ask for the first list."""
        from ..store import overview
        from ..store.pending_writes import PendingJournal, journal_path
        from .backup_schedule import BackupSchedule
        from .browse.controller import BrowseController
        from .charts.window_charts import WindowCharts
        from .detail.annotator import Annotator
        from .detail.controller import DetailController
        from .importing.launch import ImportLauncher
        from .query_runner import QueryRunner

        self.library, self.catalog = library, library.catalog
        self.runner = QueryRunner(self.catalog, page_size=PAGE_SIZE, parent=self)
        # Edits that could not be stored yet are journaled beside the database (never for a
        # read-only one, which takes no edits); the writer stores any left from last time.
        journal = None if library.read_only else PendingJournal(journal_path(library.db.path))
        self.annotator = Annotator(library.engine, self, journal)
        # A team database is backed up on its server, not beside a file.
        self.backups = None if library.read_only or library.db.server else BackupSchedule(library.db.path, self)
        status = self.statusBar().showMessage

        # Sectors named as the facet list names them ("Clean technology"), in the detail too.
        sector_names = overview.sector_names(library.engine)
        # The detail is built first so that it hears the state's signals first: after an
        # import it settles the selection the list's next query keeps, and after an annotation
        # edit it re-reads the star the list then shows.
        self.details = DetailController(library, self.state, self.runner, self.annotator,
                                        sector_names, status, self)
        self.browse = BrowseController(library, self.state, self.runner, sector_names, status, self,
                                       widgets=self.browse_widgets)
        self.charts = WindowCharts(self.catalog, library.dataset_version or "", self.state,
                                   self.browse.pane.splitter, status, self, self.runner)
        self.importing = ImportLauncher(self)
        self.detail, self.annotations = self.details.pane, self.details.annotations
        self._take_over_stand_ins()
        self._build_menus()
        self._connect()
        self.order_tabs()
        # The data token this window's data is under, for the first page cached at close.
        first_paint.remember_token(self)
        self.state.importsChanged.connect(lambda _slug: first_paint.remember_token(self))
        self.attached = True
        window_settings.restore_after_first_list(self)
        self.browse.requery()
        if self.backups is not None:
            self.backups.start()

    def _take_over_stand_ins(self) -> None:
        """The real charts button and detail side where the stand-ins were, same place and size."""
        self.results_pane.search_row.replaceWidget(self._charts_stand_in, self.charts.button)
        self._charts_stand_in.deleteLater()
        sizes = self.splitter.sizes()
        old = self.splitter.replaceWidget(2, self.details.splitter)
        self.splitter.setStretchFactor(2, 1)   # kept in the widget's size policy: set it again
        self.splitter.setSizes(sizes)
        self.right_splitter = self.details.splitter
        window_settings.restore_right(self)
        if old is not None:
            old.deleteLater()
        self._status_db.setToolTip(f"Dataset version {self.library.dataset_version or 'unknown'}")

    def _lay_out(self) -> None:
        self.results_pane.search_row.addWidget(self._charts_stand_in)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.filter_panel)
        self.splitter.addWidget(self.results_pane)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes(window_settings.splitter_sizes(1400))
        self.setCentralWidget(self.splitter)

        self.statusBar().addWidget(self.browse_widgets.status_counts, 1)
        self._status_db.setTextFormat(Qt.PlainText)
        self.statusBar().addPermanentWidget(self._status_db)

    def order_tabs(self) -> None:
        """Tab in reading order: the Charts button (beside the search box) before the list, and
        the charts (under the list) before the detail. Qt chains widgets in the order they were
        made: the button came after the list, and the charts panel, built when first needed,
        after the notes (and a chart page built later at the very end)."""
        chain = [self.search, self.charts.button, self.table]
        panel = self.charts.panel
        if panel is not None:
            # The panel's controls as they read, top to bottom then left to right (a combo box's
            # list is a window of its own; a hidden chart page has no stops).
            stops = [w for w in panel.findChildren(QWidget)
                     if w.window() is self and w.isVisibleTo(panel) and w.focusProxy() is None
                     and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
            at = {id(w): w.mapTo(panel, QPoint(0, 0)) for w in stops}
            chain += sorted(stops, key=lambda w: (at[id(w)].y(), at[id(w)].x()))
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        if name:
            act.setObjectName(name)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        from . import recent_databases
        from .browse.saved_views import SavedViewsMenu
        from .log_folder import open_log_folder
        from .switch_database import connect_team_database, open_database
        from .widgets.dialogs import AboutDialog
        file_menu = self.menus["file"]
        self._action(file_menu, "&Open database…", lambda: open_database(self), QKeySequence.Open)
        recent_menu = file_menu.addMenu("Open &recent")
        recent_menu.menuAction().setObjectName("open-recent")
        recent_databases.remember(self.settings, self.library.db.path)
        self.recent = recent_databases.RecentMenu(recent_menu, self.settings, str(self.library.db.path),
                                                  lambda target: open_database(self, target), self)
        self._action(file_menu, "Connect to &team database…", lambda: connect_team_database(self),
                     name="connect-team")
        self._action(file_menu, "&Import document…", self.importing.choose, "Ctrl+I", "import-document")
        self._action(file_menu, "Import &table…", self.importing.choose_table, None, "import-table")
        if not self.library.db.server:   # a team database is backed up on its server
            file_menu.addSeparator()
            self._action(file_menu, "&Backups…", self.show_backups, None, "backups")
        file_menu.addSeparator()
        self._action(file_menu, "&Export list…", self.export_list, "Ctrl+E")
        self._action(file_menu, "Export &charts…", self.charts.export, "Ctrl+Shift+E")
        self._action(file_menu, "Co&py current chart", self.charts.copy, "Ctrl+Shift+C")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.Quit)

        edit = self.menus["edit"]
        self.undo_action = self.annotator.stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = self.annotator.stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(redo_shortcuts())
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        # The search box, where the window opens, claimed Ctrl+Z / Ctrl+Shift+Z even with no
        # typing of its own to undo: let them through to the actions, as the tag box does.
        from .detail.annotation_panel import UndoFallthrough
        self._search_undo = UndoFallthrough(self.search, self)
        self.search.installEventFilter(self._search_undo)
        edit.addSeparator()
        self._action(edit, "&Find", self.browse.focus_search, QKeySequence.Find, "find")
        self._action(edit, "&Clear all filters", self.browse.clear_filters, "Ctrl+Shift+L")
        edit.addSeparator()
        self._action(edit, "&Star / unstar selected", self.annotations.toggle_star, "Ctrl+D", "star")
        self._action(edit, "Manage &tags…", self.details.manage_tags, name="manage-tags")

        view = self.menus["view"]
        status = self.statusBar().showMessage
        self.saved_views = SavedViewsMenu(view.addMenu("Saved &views"), self.library.engine, self.state,
                                          self.browse, status, self)
        view.addSeparator()
        view.addAction(self.charts.action)
        self._action(view, "&Reset layout", self.reset_layout)

        help_menu = self.menus["help"]
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, QKeySequence.HelpContents,
                     "shortcuts")
        self._action(help_menu, "Open &log folder", lambda: open_log_folder(self), name="open-log-folder")
        # "&&" is a literal ampersand: a single "&" would make "T" a mnemonic and vanish.
        self._action(help_menu, "&About UK–Japan S&&T Explorer",
                     lambda: AboutDialog(self.catalog.info(), self.db_label, self).exec(), name="about")

    def show_backups(self) -> None:
        from .backups_dialog import BackupsDialog
        BackupsDialog(self).exec()

    def show_shortcuts(self) -> None:
        from .widgets.shortcuts_dialog import ShortcutsDialog
        ShortcutsDialog(self.menuBar(), self).exec()

    def _connect(self) -> None:
        """Where one feature asks another; everything else follows ``self.state``."""
        self.charts.filterRequested.connect(self.browse.set_filter)
        self.charts.partsBuilt.connect(self.order_tabs)
        self.charts.initiativeActivated.connect(self.browse.select_slug)
        self.details.pane.relationActivated.connect(self.browse.select_slug)
        self.details.starShown.connect(self.browse.show_star)
        # An annotation edit, its undo or redo: announced on the shared state.
        self.annotator.changed.connect(self.state.annotationsChanged)
        left = self.annotator.writer.replayed
        if left:   # edits journaled when the last session ended (a lock, a crash)
            self.annotator.settled.connect(lambda: self.statusBar().showMessage(
                f"{left} edit{'s' if left > 1 else ''} kept from your last session "
                f"{'were' if left > 1 else 'was'} saved.", 15000), Qt.SingleShotConnection)
        if self.library.read_only:
            self._browse_only()
        # Other members of a team database: their edits and imports reach this window.
        from .team_changes import TeamChanges
        self.team = TeamChanges(self.library.engine, self)
        self.team.changed.connect(self._on_team_changes)

    def _on_team_changes(self, what: set) -> None:
        """Another member changed the team database: refresh as after our own edits (the
        selection and anything being typed stay)."""
        if what & {"import", "dataset"}:
            from ..store import data_version
            data_version.bump(self.library.engine)   # the in-memory facet copy is now stale
            self.state.importsChanged.emit("")
        if "annotations" in what:
            self.state.annotationsChanged.emit("")
        self.statusBar().showMessage("Updated with other members' changes.", 5000)

    def _browse_only(self) -> None:
        """A database opened read-only: editing is visibly off, not failing on first use."""
        why = "This database is open read-only: notes, stars, tags and imports are off."
        self.setWindowTitle(f"{self.windowTitle()} — read-only")
        self.annotations.set_read_only(why)
        for name in ("import-document", "import-table", "star", "manage-tags"):
            act = self.findChild(QAction, name)
            if act is not None:
                act.setEnabled(False)
                act.setToolTip(why)
        self.saved_views.set_read_only(why)
        self.setAcceptDrops(False)

    def export_list(self) -> None:
        from .browse.export_list import ask_and_export  # the writers load when first used
        ask_and_export(self)

    def reset_layout(self) -> None:
        self.splitter.setSizes(window_settings.splitter_sizes(self.width()))
        self.right_splitter.setSizes([600, 200])
        self.results_pane.reset_columns()

    def save_settings(self) -> None:
        window_settings.save(self)

    def showEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().showEvent(e)
        if self.focusWidget() is None:
            # A user starts by typing a search: the box has the focus when the window opens
            # (Qt would give it to the first control of the chain, the filters' "Clear all").
            # Set once shown: a widget never shown does not keep a focus given to it.
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        window_settings.restore_split_when_shown(self)
        if not self._splitter_restored:
            # First start: split the real width (maximised, or a small laptop screen).
            self._splitter_restored = True
            self.splitter.setSizes(window_settings.splitter_sizes(self.width()))
        QTimer.singleShot(0, self.results_pane.fit_columns)

    def closeEvent(self, e) -> None:  # noqa: N802 - Qt API
        if not self.attached:   # closed before the store was attached: nothing to keep
            self.hide()
            super().closeEvent(e)
            return
        self.annotations.flush()
        self.annotations.merge_open_conflicts()      # both texts kept, neither lost
        # Edits still waiting for another program's lock stay journaled for the next start.
        self.annotator.shutdown()
        self.save_settings()
        # The window goes at once; a background read still running (the facet snapshot takes
        # ~1 s at 100k) finishes unseen instead of holding the window on screen for seconds.
        self.hide()
        first_paint.save(self)   # what the next start paints before importing the store
        self.team.stop()
        self.runner.shutdown(5000)
        if self.backups is not None:
            self.backups.on_quit()
        super().closeEvent(e)
