"""Asking where to export a list, and saying how it went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def export_with_dialog(parent: QWidget, *, suggested: str, export_to: Callable[[str], int],
                       report: Callable[[str], None]) -> None:
    """Ask for an .xlsx file name, run ``export_to(path)``, and ``report`` what happened."""
    translate = QCoreApplication.translate
    path, _filter = QFileDialog.getSaveFileName(parent, translate("Export", "Export to Excel"), suggested,
                                                "Excel (*.xlsx)")
    if not path:
        return
    try:
        count = export_to(path)
    except OSError as exc:
        QMessageBox.warning(parent, translate("Export", "Could not export"), f"{path}: {exc}")
        return
    report(translate("Export", "%1 rows exported to %2").replace("%1", str(count)).replace("%2", path))
