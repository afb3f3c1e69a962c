"""UK–Japan S&T Explorer: a desktop knowledge base of UK–Japan science and technology collaboration."""

import time as _time

__version__ = "0.1.0"
# Start-up is measured from the moment the package is first imported (the interpreter's own
# start, ~30 ms here, comes before it).
STARTED_AT = _time.perf_counter()
