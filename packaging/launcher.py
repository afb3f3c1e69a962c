"""Entry point of the frozen application (PyInstaller analyses this file).

The same as the `ukjp-desktop` console script: no argument opens the window; any sub-command
or --self-test runs the command line."""
import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; needed if a worker process is ever spawned
    from ukjp_desktop.cli import main

    raise SystemExit(main())
