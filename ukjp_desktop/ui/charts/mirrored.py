"""UK vs Japan: a mirrored (butterfly) chart, UK money to the left and Japan's to the right,
per sector or per initiative."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel

from .bars import BarChart

TOP_INITIATIVES = 20


class UkVsJapanChart(BarChart):
    kind = "uk-vs-japan"
    mirrored = True
    QUERY_OPTIONS = frozenset({"by"})

    @property
    def dimension(self) -> str:
        # What a category is depends on the "by" option the drawn series was read with (the
        # box may already show another while its series loads).
        return dict(self.queried_options).get("by") or self.options.get("by", "sector")

    def setup_options(self) -> None:
        self.options.setdefault("by", "sector")
        self.by_box = QComboBox()
        self.by_box.addItem("per sector", "sector")
        self.by_box.addItem("per initiative", "initiative")
        self.by_box.currentIndexChanged.connect(
            lambda _i: self.set_option("by", self.by_box.currentData()))
        self.options_bar.addWidget(QLabel("Compare"))
        self.options_bar.addWidget(self.by_box)

    def sync_option_widgets(self) -> None:
        self.by_box.blockSignals(True)
        self.by_box.setCurrentIndex(max(0, self.by_box.findData(self.options.get("by", "sector"))))
        self.by_box.blockSignals(False)

    def query(self, data, f, include_context, options):
        if options.get("by", "sector") == "initiative":
            return data.uk_vs_japan_by_initiative(f, include_context, TOP_INITIATIVES)
        return data.uk_vs_japan_by_sector(f, include_context)

    def refine(self, f, cat, seg):
        if self.dimension == "initiative":   # the initiative itself is selected (slug_for)
            return replace(f, sides=frozenset({seg.side}))
        return replace(f, sectors=frozenset({cat.key}), sides=frozenset({seg.side}))

    def slug_for(self, shape):
        if self.dimension == "initiative" and isinstance(shape.ref, tuple):
            return shape.ref[0].key
        return None

    def note(self) -> str:
        base = super().note()
        extra = "UK money to the left, Japan's to the right; joint, private and other money not shown."
        if self.dimension == "sector":
            extra += " An initiative in several sectors counts in each."
        return f"{base} {extra}".strip()
