"""What the figure checks would find in figures about to be written (an import, a package):
a line saying how many errors and warnings, and the list. Warnings only: nothing is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from ui import labels


class ChecksPanel(QWidget):
    def __init__(self, checks: list | None, parent=None):
        """``checks``: models.validation.Problem list, or None when the file was too large to check."""
        super().__init__(parent)
        found = checks or []
        errors = sum(1 for p in found if p.importance == "error")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        if checks is None:
            self.label.setText(self.tr("A file this large is not checked before it is written: run the checks "
                                       "after the import (`validate --all-children`)."))
        elif found:
            self.label.setText(self.tr("Once imported, the checks find %1 errors and %2 warnings (the figures may "
                                       "still be right; importing is not refused):")
                               .replace("%1", str(errors)).replace("%2", str(len(found) - errors)))
        self.list = problem_list(found, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        self.setVisible(checks is None or bool(found))


def problem_list(problems: list, parent=None) -> QListWidget:
    """The problems a check found, a line each, wrapped to the width (hidden when there are none)."""
    found = QListWidget(parent)
    found.setWordWrap(True)
    for problem in problems:
        found.addItem(labels.problem_line(problem))
    found.setVisible(bool(problems))
    return found
