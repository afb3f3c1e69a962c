"""The desktop window (PySide6), one folder per feature:

- ``browse/``     filters, search, the results table, saved views, the list export
- ``detail/``     the selected initiative: facts, sources, your notes, stars and tags
- ``charts/``     the funding charts, their panel in the window and their export
- ``importing/``  importing a document: the review window and its background jobs
- ``widgets/``    small pieces every feature may use (they import no feature)
- ``self_test/``  ``--self-test``: the real window driven and checked

Features never import one another (import-linter, pyproject.toml): they follow the one shared
``app_state.AppState`` and are put together in ``main_window.py``. ``query_runner`` reads the
database off the UI thread for browse and detail; ``window_settings`` remembers the layout and the
last filter; ``failure`` logs and reports what went wrong."""
