"""Column widths for the tables in a rich-text pane, measured from what the cells hold.

Qt gives every ``VariableLength`` column of a ``QTextTable`` the same share of the width, so
in a 260 px pane (a 1024x700 window) a column of short words ("Side") took as much room as
one of long names, and "Contributor" or "Government" broke in two. Here each column gets at
least its longest word, and the room left over goes to the columns whose text would
otherwise wrap most. Widths are fixed pixels, so the pane refits them when it is resized.
"""
from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextLength, QTextTable


def _cell_widths(doc: QTextDocument, table: QTextTable) -> tuple[list[float], list[float]]:
    """(longest word, longest unwrapped line) per column, from cells one column wide."""
    n = table.columns()
    words, lines = [0.0] * n, [0.0] * n
    for r in range(table.rows()):
        for c in range(n):
            cell = table.cellAt(r, c)
            if cell.columnSpan() != 1 or cell.column() != c:
                continue                       # merged explanation rows wrap freely
            block = doc.findBlock(cell.firstPosition())
            while block.isValid() and block.position() <= cell.lastPosition():
                line = 0.0
                it = block.begin()
                while not it.atEnd():
                    frag = it.fragment()
                    metrics = QFontMetricsF(frag.charFormat().font())
                    text = frag.text()
                    line += metrics.horizontalAdvance(text)
                    for word in text.split():
                        words[c] = max(words[c], metrics.horizontalAdvance(word))
                    it += 1
                lines[c] = max(lines[c], line)
                block = block.next()
    return words, lines


def share_width(words: list[float], lines: list[float], room: float) -> list[float]:
    """Split ``room`` px between columns: every column its longest word, then the rest in
    proportion to how much more each needs to show its longest line unwrapped (or, when
    all lines fit, in proportion to the lines themselves)."""
    if sum(lines) <= room and sum(lines) > 0:
        return [w * room / sum(lines) for w in lines]
    spare = room - sum(words)
    if spare <= 0 < room:
        # Too narrow for whole words (a 1024 px window with the charts open leaves the pane
        # ~160 px): the columns share the page in proportion to their longest words and the
        # longest words break, rather than the table running past the pane's edge, clipped.
        return [w * room / sum(words) for w in words]
    want = [max(0.0, line - word) for word, line in zip(words, lines)]
    if sum(want) == 0:
        return [w + spare / len(words) for w in words]
    return [w + spare * x / sum(want) for w, x in zip(words, want)]


def fit_table(doc: QTextDocument, table: QTextTable, width: float) -> float:
    """Give ``table``'s columns fixed widths that keep words whole within ``width`` px, if
    they can; returns the width the table needs for that (more than ``width`` if it cannot)."""
    fmt = table.format()
    n = table.columns()
    # Each column carries its padding on both sides and one border; a few px of slack
    # absorb rounding in Qt's layout, which otherwise wraps a line that fits exactly.
    overhead = 2 * fmt.cellPadding() + fmt.border() + 2 * fmt.cellSpacing()
    room = width - fmt.leftMargin() - fmt.rightMargin() - n * overhead - fmt.border() - 4
    words, lines = _cell_widths(doc, table)
    words, lines = [w + 1 for w in words], [w + 1 for w in lines]
    widths = share_width(words, lines, room)
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.FixedLength, w + overhead) for w in widths])
    table.setFormat(fmt)
    return width + sum(words) - room

def fit_tables(doc: QTextDocument, page_width: float) -> dict[int, float]:
    """Fit every top-level table of ``doc`` to a page ``page_width`` px wide; returns, by
    each table's first position, the page width it needs to keep its words whole."""
    margins = 2 * doc.documentMargin()
    return {frame.firstPosition(): fit_table(doc, frame, page_width - margins) + margins
            for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)}
