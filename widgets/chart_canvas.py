"""A matplotlib Figure in a Qt widget, with its toolbar, save and copy.

Matplotlib is imported when the first ChartCanvas is built, never at
start-up. Drawing is done by plain functions on ``canvas.figure``
(models/reports/charts.py); call :meth:`redraw` afterwards.
"""

from __future__ import annotations

import pathlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

SAVE_FORMATS = ("png", "svg", "pdf")


class ChartCanvas(QWidget):
    def __init__(self, parent=None, *, toolbar: bool = True):
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 3.6), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar = None
        if toolbar:
            translate = QCoreApplication.translate

            class Toolbar(NavigationToolbar2QT):
                # Matplotlib's own tooltips are English: the user's language here; its two settings
                # dialogs (English only, of no use for these charts) are left out.
                toolitems = [
                    ("Home", translate("ChartCanvas", "Back to the whole chart"), "home", "home"),
                    ("Back", translate("ChartCanvas", "Previous view"), "back", "back"),
                    ("Forward", translate("ChartCanvas", "Next view"), "forward", "forward"),
                    (None, None, None, None),
                    ("Pan", translate("ChartCanvas", "Move the chart (left button), zoom (right button)"), "move",
                     "pan"),
                    ("Zoom", translate("ChartCanvas", "Zoom into a rectangle"), "zoom_to_rect", "zoom"),
                    (None, None, None, None),
                    ("Save", translate("ChartCanvas", "Save the chart as a picture"), "filesave", "save_figure"),
                ]

            self.toolbar = Toolbar(self.canvas, self)
            self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
            layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)

    def redraw(self) -> None:
        self.canvas.draw_idle()

    def draw_now(self) -> None:
        """Draw synchronously (tests, benchmarks, before saving)."""
        self.canvas.draw()

    def save(self, path: str | pathlib.Path) -> None:
        """Save the chart as PNG, SVG or PDF, by the file's suffix."""
        suffix = pathlib.Path(path).suffix.lower().lstrip(".")
        if suffix not in SAVE_FORMATS:
            raise ValueError(f"{path}: save as .png, .svg or .pdf")
        self.figure.savefig(str(path), format=suffix, dpi=150)

    def copy_to_clipboard(self) -> None:
        self.draw_now()
        QGuiApplication.clipboard().setImage(self.canvas.grab().toImage())
