"""Tables of awards (CSV, TSV, XLSX, ODS) read into rows of fields for import (issue 16).

``reading`` turns a file into a grid of cell texts with a header row; ``cells`` reads amounts
and dates out of cell texts; ``mapping`` says which column feeds which field (presets for
Gateway to Research and KAKEN, saved user mappings); ``rows`` applies a mapping and reports
each row's problems. No Qt and no database here; pandas splits CSV/TSV files (imported only
when one is read).
"""

# Slugs of the Sources table imports write start so: the detail pane cites their excerpts as
# cells ("Show row") and does not fetch a large table's text for context.
TABLE_SOURCE_PREFIX = "user-table-"
