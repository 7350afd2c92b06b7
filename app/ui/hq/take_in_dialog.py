"""Take in packages: `.fbk` files dropped here (or on the Devices page) or chosen,
checked and merged one by one on the writer thread with a progress bar, each
with its result in words and its receipt written to a folder the coordinator
chooses (a stick going back to the laptops).

Each file is its own transaction (`hq_service.take_in`, as the hub merges):
a refused file changes nothing and the others still go in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.sync import hq_service
from app.ui.base.changes import OpChanges
from app.ui.base.context import AppContext
from app.ui.base.writer import WriteOp
from app.ui.hq import hq_words
from app.ui.sync.sync_actions import NotCoordinatorError
from app.ui.sync.sync_state import may_resolve

RECEIPTS_KEY = "hq/receipts_folder"
FILES_KEY = "hq/packages_folder"
REFUSED = QColor("#b00020")


def package_paths(urls) -> list[str]:
    """The local files among dropped URLs (folders and other schemes are not packages)."""
    return [url.toLocalFile() for url in urls
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class _Progress(QObject):
    """Emitted on the writer thread, delivered on the UI thread (a queued signal)."""

    sig_file = Signal(int, object)  # files done, hq_service.TakeIn


def _take_in(db, files: list[str], folder: str, relay: _Progress):
    if not may_resolve(db):
        raise NotCoordinatorError
    return hq_service.take_in(db, files, folder or None,
                              progress=lambda n, result: relay.sig_file.emit(n, result))


def _changes(results) -> OpChanges:
    touched = set()
    for result in results:
        if result.result is not None:
            touched |= set(result.result.touched)
    return OpChanges.of("sync", *sorted(touched))


class TakeInDialog(QDialog):
    sig_done = Signal(list)  # [hq_service.TakeIn]

    def __init__(self, ctx: AppContext, files: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.results: list[hq_service.TakeIn] = []
        self.setAcceptDrops(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        self.receipts = QLineEdit(str(ctx.settings.value(
            RECEIPTS_KEY, str(hq_service.default_receipts_folder(ctx.db)))))
        self.receipts_button = QPushButton()
        self.receipts_button.clicked.connect(self.choose_receipts)
        where = QHBoxLayout()
        where.addWidget(self.receipts, 1)
        where.addWidget(self.receipts_button)
        self.receipts_label = QLabel()
        self.receipts_label.setBuddy(self.receipts)
        form = QFormLayout()
        form.addRow(self.receipts_label, where)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.outcome = QListWidget()
        self.outcome.setWordWrap(True)
        self.outcome.setProperty("fb_data", "data")
        self.outcome.hide()
        self.take_button, self.close_button = QPushButton(), QPushButton()
        for button in (self.add_button, self.remove_button, self.receipts_button,
                       self.close_button):
            button.setAutoDefault(False)  # Enter takes in; it never opens a file dialog
        self.take_button.setDefault(True)
        self.take_button.clicked.connect(self.take_in)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome, 1)
        layout.addLayout(buttons)
        self.add_files(files or [])
        self.retranslate()
        self.resize(640, 480)

    # -- which files -------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        present = {self.files.item(n).data(Qt.ItemDataRole.UserRole)
                   for n in range(self.files.count())}
        for path in paths:
            if path not in present:
                item = QListWidgetItem(Path(path).name)
                item.setData(Qt.ItemDataRole.UserRole, path)
                item.setToolTip(path)
                self.files.addItem(item)
                present.add(path)
        self._enable()

    def paths(self) -> list[str]:
        return [self.files.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.files.count())]

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose packages from laptops"),
            str(self.ctx.settings.value(FILES_KEY, str(Path.home()))),
            self.tr("Fältbok sync packages (*.fbk);;All files (*)"))
        if paths:
            self.ctx.settings.setValue(FILES_KEY, str(Path(paths[0]).parent))
            self.add_files(paths)

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._enable()

    def choose_receipts(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the receipts"), self.receipts.text())
        if folder:
            self.receipts.setText(folder)

    def dragEnterEvent(self, event) -> None:
        if not self.busy and package_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.add_files(package_paths(event.mimeData().urls()))
        event.acceptProposedAction()

    # -- taking in -----------------------------------------------------------------
    def take_in(self) -> None:
        files = self.paths()
        if self.busy or not files:
            return
        self.busy = True
        folder = self.receipts.text().strip()
        self.ctx.settings.setValue(RECEIPTS_KEY, folder)
        self.results = []
        self.outcome.clear()
        self.outcome.show()
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        self._enable()
        relay = _Progress(self)
        relay.sig_file.connect(self._one_done)
        db = self.ctx.db
        WriteOp(self.ctx, lambda: _take_in(db, files, folder, relay), parent=self).changes(
            _changes).success(self._all_done).failure(self._failed).run_in_background()

    def _one_done(self, done: int, result: hq_service.TakeIn) -> None:
        self.progress.setValue(done)
        item = QListWidgetItem(f"{result.path.name}: {hq_words.taken_in_text(result)}")
        item.setToolTip(str(result.path))
        if result.refused:
            item.setForeground(QBrush(REFUSED))
        self.outcome.addItem(item)

    def _all_done(self, results: list[hq_service.TakeIn]) -> None:
        self.results = results
        self.busy = False
        self.files.clear()  # taken in or refused: the list starts empty again
        self._enable()
        self.close_button.setFocus()
        self.sig_done.emit(results)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        text = (self.tr("Only a coordinator can do this.")
                if isinstance(error, NotCoordinatorError) else hq_words.refusal(error))
        item = QListWidgetItem(text)
        item.setForeground(QBrush(REFUSED))
        self.outcome.addItem(item)
        self._enable()

    def _enable(self) -> None:
        self.take_button.setEnabled(not self.busy and self.files.count() > 0)
        self.add_button.setEnabled(not self.busy)
        self.remove_button.setEnabled(not self.busy and self.files.count() > 0)

    def reject(self) -> None:
        if not self.busy:  # a merge in progress finishes first (it is one transaction)
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take in packages"))
        self.intro.setText(self.tr(
            "Drop packages (.fbk) from the laptops here, or add them. Each is checked and "
            "merged on its own: a refused package changes nothing."))
        self.files.setAccessibleName(self.tr("Packages to take in"))
        self.outcome.setAccessibleName(self.tr("Results"))
        self.add_button.setText(self.tr("&Add packages…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.receipts_label.setText(self.tr("&Receipts to"))
        self.receipts_button.setText(self.tr("&Browse…"))
        self.take_button.setText(self.tr("&Take in"))
        self.close_button.setText(self.tr("&Close"))
        self.progress.setFormat(self.tr("%v of %m packages"))
