"""The input as the network sees it, then each convolution and pooling layer's maps, top to bottom."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from designer.engine.events import FeatureMaps
from designer.ui.feature_map_grid import MAX_MAPS, FeatureMapGrid


class FeatureMapsView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.column = QVBoxLayout(self.content)
        self.column.addStretch()
        self.setWidget(self.content)
        self.titles: list[QLabel] = []
        self.grids: list[FeatureMapGrid] = []

    def set_maps(self, normalised: npt.ArrayLike | None, maps: Sequence[FeatureMaps]) -> None:
        """``normalised``: the input after normalisation ``(C, H, W)``, shown first when given."""
        sections: list[tuple[str, npt.NDArray[np.float32]]] = []
        if normalised is not None:
            values = np.asarray(normalised, dtype=np.float32)
            sections.append(
                (
                    self.tr("Input after fitting and normalisation: {low:.2f} to {high:.2f}").format(
                        low=float(values.min()), high=float(values.max())
                    ),
                    values,
                )
            )
        for layer in maps:
            channels, height, width = layer.maps.shape
            shown = self.tr(", the first {count} shown").format(count=MAX_MAPS) if channels > MAX_MAPS else ""
            sections.append(
                (
                    self.tr("{layer} ({kind}): {count} maps of {height}x{width}{shown}").format(
                        layer=layer.layer,
                        kind=layer.kind,
                        count=channels,
                        height=height,
                        width=width,
                        shown=shown,
                    ),
                    layer.maps,
                )
            )
        while len(self.grids) < len(sections):
            title, grid = QLabel(), FeatureMapGrid()
            title.setStyleSheet("font-weight: bold;")
            self.column.insertWidget(self.column.count() - 1, title)
            self.column.insertWidget(self.column.count() - 1, grid)
            self.titles.append(title)
            self.grids.append(grid)
        for index, (title, grid) in enumerate(zip(self.titles, self.grids, strict=True)):
            used = index < len(sections)
            title.setVisible(used)
            grid.setVisible(used)
            if used:
                title.setText(sections[index][0])
                grid.set_maps(sections[index][1])
