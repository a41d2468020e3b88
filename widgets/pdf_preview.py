"""Page-by-page preview of a PDF file (QtPdf), and printing it.

Signals (PdfPreview):
    loaded(int): a document was loaded; its page count.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    loaded = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.page_label = QLabel(self)
        self.previous_button = QPushButton("◀", self)
        self.next_button = QPushButton("▶", self)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_label())
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch()
        self.bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_label()

    def load(self, path: str) -> int:
        """Show the PDF at ``path``; returns its page count (0 if it could not be read)."""
        self.document.close()
        error = self.document.load(path)
        count = self.document.pageCount() if error == QPdfDocument.Error.None_ else 0
        self._update_label()
        self.loaded.emit(count)
        return count

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._update_label()

    def _update_label(self) -> None:
        count = self.document.pageCount()
        self.page_label.setText(self.tr("Page %1 / %2").replace("%1", str(self.current_page() + 1 if count else 0))
                                .replace("%2", str(count)))


def print_document(document: QPdfDocument, printer) -> int:
    """Print every page of ``document`` on ``printer``; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        page_rect = printer.pageRect(printer.Unit.DevicePixel).toRect()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            scale = min(page_rect.width() / size.width(), page_rect.height() / size.height())
            target = QSize(int(size.width() * scale), int(size.height() * scale))
            painter.drawImage(0, 0, document.render(index, target))
    finally:
        painter.end()
    return document.pageCount()
