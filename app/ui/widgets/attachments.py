"""The attachments of a record: a list to add files to (picker or drop), open and remove.

Each file is checked and stored sealed by `app.services.attachments` as soon
as it is added; the record cites it when the form is saved (a file added and
never saved is destroyed at the next start). Open writes a decrypted copy
into the data folder's `tmp/`, hands it to the system's viewer and destroys
it after `COPY_LIFETIME_MS` or when the app quits, whichever comes first
(any copy left is destroyed at the next start and by the wipe).

The file dialog and the viewer are attributes (`choose_files`, `open_url`),
so a test can stand in for the user's choice without replacing any service.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import attachments as att
from app.services.data_folder import Database
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op

COPY_LIFETIME_MS = 10 * 60 * 1000
ERROR_STYLE = "color: #b00020;"


def kind_label(kind: str | None) -> str:
    translate = QCoreApplication.translate  # (by that name, so lupdate reads the context)
    return {
        "jpeg": translate("Attachments", "JPEG image"),
        "png": translate("Attachments", "PNG image"),
        "heic": translate("Attachments", "HEIC image"),
        "webp": translate("Attachments", "WebP image"),
        "pdf": translate("Attachments", "PDF document"),
        "docx": translate("Attachments", "Word document"),
        "xlsx": translate("Attachments", "Excel spreadsheet"),
        "odt": translate("Attachments", "OpenDocument text"),
        "ods": translate("Attachments", "OpenDocument spreadsheet"),
        "text": translate("Attachments", "Plain text"),
    }.get(kind or "", translate("Attachments", "not on this laptop yet"))


class DropList(QListWidget):
    """A list that takes files dropped from the file manager."""

    def __init__(self, on_files, parent=None):
        super().__init__(parent)
        self.on_files = on_files
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    @staticmethod
    def _files(event) -> list[str]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.on_files(files)
        else:
            event.ignore()


class AttachmentsWidget(Retranslating, QWidget):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.copies: list[Path] = []
        self.choose_files = self._ask_for_files
        self.open_url = QDesktopServices.openUrl
        self.list = DropList(self.add_files)
        self.list.setMaximumHeight(110)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button, self.open_button = QPushButton(), QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_with_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.discard_copies)
        self.retranslate()
        self._update_buttons()

    # -- language ------------------------------------------------------------
    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setToolTip(self.tr("Drop files here to attach them"))
        for n in range(self.list.count()):
            self._show(self.list.item(n))

    # -- the list ------------------------------------------------------------
    def entries(self) -> list[str]:
        return [self.list.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.list.count())]

    def set_entries(self, entries) -> None:
        self.list.clear()
        self.message.hide()
        for entry in entries or []:
            self._append(att.describe(self.db.paths, entry))
        self._update_buttons()

    def _append(self, attachment: att.Attachment) -> None:
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, attachment.entry)
        item.setData(Qt.ItemDataRole.UserRole + 1, attachment)
        self._show(item)
        self.list.addItem(item)

    def _show(self, item: QListWidgetItem) -> None:
        attachment: att.Attachment = item.data(Qt.ItemDataRole.UserRole + 1)
        name = attachment.name or attachment.sha256[:12]
        if attachment.size is None:
            item.setText(f"{name} — {kind_label(None)}")
        else:
            size = QLocale().formattedDataSize(attachment.size)
            item.setText(f"{name} — {size} — {kind_label(attachment.kind)}")

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.open_button.setEnabled(chosen and len(self.list.selectedItems()) == 1)
        self.remove_button.setEnabled(chosen)

    # -- adding ----------------------------------------------------------------
    def _ask_for_files(self) -> list[str]:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "",
            self.tr("Photos, PDF, documents and text") + " (*.jpg *.jpeg *.png *.heic *.webp"
            " *.pdf *.docx *.xlsx *.odt *.ods *.txt);;" + self.tr("All files") + " (*)")
        return chosen

    def add_with_dialog(self) -> None:
        files = self.choose_files()
        if files:
            self.add_files(files)

    def add_files(self, files: list[str]) -> None:
        """Check and seal the files off the UI thread (encrypting a 25 MB scan takes a
        moment); the list grows when they are stored, a refused one is named in one
        sentence, the rest go in. Add… waits meanwhile."""
        paths = self.db.paths

        def check_and_seal() -> list[tuple[str, att.Attachment | None, Exception | None]]:
            done = []
            for path in files:
                try:
                    done.append((path, att.add_file(paths, path), None))
                except att.AttachmentError as error:
                    done.append((path, None, error))
            return done

        self.add_button.setEnabled(False)
        Op(self, check_and_seal).success(self._added).failure(
            lambda _error: self._added([(path, None, att.AttachmentError(path))
                                        for path in files])).run_in_background()

    def _added(self, done) -> None:
        self.add_button.setEnabled(True)
        problems = []
        present = set(self.entries())
        for path, added, error in done:
            if added is None:
                problems.append(self.refusal(Path(path).name, error))
            elif added.entry not in present:
                present.add(added.entry)
                self._append(added)
        self._say(" ".join(problems))
        self._update_buttons()

    def refusal(self, name: str, error: att.AttachmentError) -> str:
        if isinstance(error, att.TooLargeError):
            return self.tr("“%1” is %2: files up to %3 can be attached.").replace(
                "%1", name).replace("%2", QLocale().formattedDataSize(error.size)).replace(
                "%3", QLocale().formattedDataSize(error.limit))
        if isinstance(error, att.RefusedTypeError):
            return self.tr("“%1” cannot be attached: only photos (JPEG, PNG, HEIC, WebP), PDF, "
                           "office documents and plain text can.").replace("%1", name)
        return self.tr("“%1” could not be read.").replace("%1", name)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- opening and removing ---------------------------------------------------
    def open_selected(self) -> None:
        items = self.list.selectedItems()
        if len(items) != 1:
            return
        entry = items[0].data(Qt.ItemDataRole.UserRole)
        try:
            copy = att.open_copy(self.db.paths, entry)
        except att.MissingAttachmentError:
            self._say(self.tr("This file has not reached this laptop yet."))
            return
        except att.RefusedTypeError:
            self._say(self.tr("This file is not a photo, PDF, office document or plain text; "
                              "it is not opened."))
            return
        self._say("")
        self.copies.append(copy)
        QTimer.singleShot(COPY_LIFETIME_MS, self, lambda: self.discard_copy(copy))
        self.open_url(QUrl.fromLocalFile(str(copy)))

    def discard_copy(self, copy: Path) -> None:
        att.discard(self.db.paths, copy)
        if copy in self.copies:
            self.copies.remove(copy)

    def discard_copies(self) -> None:
        for copy in list(self.copies):
            self.discard_copy(copy)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._say("")
        self._update_buttons()
