"""The main window: a list of sections on the left, the section on the right.

Sections: Projects, Partners, Trainings & activities, Attendance, Indicators,
Advocacy, Sync, Settings, Reports (and Devices at headquarters, `app/ui/hq`);
Ctrl+1 … Ctrl+9 (Devices: Ctrl+0) jump to them and put the keyboard focus inside,
so the section's own keys (Ctrl+N, Ctrl+F) work at once;
Ctrl+Tab / Ctrl+Shift+Tab walk the section's tabs from anywhere in it. Every
key comes from `base/shortcuts.py`, which Help ▸ Keyboard shortcuts lists. Sections are built
the first time they are shown, so starting on a big database reads nothing
it does not need. Edit ▸ Undo/Redo walks the one undo stack of all edits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QWidget,
)

from app.ui.attendance.attendance_page import AttendancePage
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.shortcuts import key_text, sequences
from app.ui.hq.devices_page import DevicesPage, is_headquarters
from app.ui.hq.hub_process import hub_of
from app.ui.records.indicators_page import IndicatorProgressWidget
from app.ui.records.pages import SECTION_LISTS, SectionWidget
from app.ui.reports.page import ReportsPage
from app.ui.shell.about import AboutDialog
from app.ui.shell.iati_export import IatiExport
from app.ui.shell.settings_page import SettingsPage
from app.ui.shell.shortcuts_help import ShortcutsDialog
from app.ui.shell.status import SyncStatusBar
from app.ui.sync.autosync import AutoSync
from app.ui.sync.sync_page import SyncPage

SECTIONS = ("projects", "partners", "trainings", "attendance", "indicators", "advocacy",
            "sync", "settings", "reports")
HQ_SECTION_KEYS = {"devices": "go.devices"}  # headquarters' own section: Ctrl+0


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, ctx: AppContext, change_language: Callable[[str], None] | None = None):
        super().__init__()
        self.ctx = ctx
        self.change_language = change_language
        self.pages: dict[str, QWidget] = {}
        # headquarters (`hq init`) has one more section: its laptops (app/ui/hq)
        self.sections = SECTIONS + (("devices",) if is_headquarters(ctx) else ())
        self.nav = QListWidget()
        # as wide as its longest name in the chosen language (`_fit_nav`): a page
        # never squeezes it into "Трен…"; never under a scroll bar
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(3)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        for key in self.sections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self._placeholders = {key: QWidget() for key in self.sections}
        for key in self.sections:
            self.stack.addWidget(self._placeholders[key])
        central = QWidget()  # the list keeps its fitted width, the section takes the rest
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = SyncStatusBar(ctx)
        self.setStatusBar(self.status)
        self.autosync = AutoSync(ctx, self)
        self.status.attach(self.autosync)
        self.status.overridden.sig_review.connect(self.review_conflicts)
        self.nav.currentRowChanged.connect(lambda row: self.show_section(self.sections[row]))
        # a click or Enter on a section goes into it (arrow keys stay in the list)
        self.nav.itemClicked.connect(lambda _item: self.focus_section())
        self.nav.itemActivated.connect(lambda _item: self.focus_section())
        # the status line spoke of the section left behind
        self.stack.currentChanged.connect(lambda _index: self.status.clearMessage())
        self._build_menus()
        self.retranslate()
        self.resize(self._first_size())
        self.nav.setCurrentRow(SECTIONS.index("attendance"))

    def _first_size(self) -> QSize:
        """1200×800, or the screen's free area where that is smaller (a 1024×700
        netbook must see the status bar without moving the window)."""
        size = QSize(1200, 800)
        screen = self.screen()
        return size.boundedTo(screen.availableGeometry().size()) if screen else size

    # -- sections ------------------------------------------------------------
    def section(self, key: str) -> QWidget:
        """The section's widget, built on first use."""
        if key not in self.pages:
            page = self._build(key)
            placeholder = self._placeholders[key]
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def _build(self, key: str) -> QWidget:
        ctx = self.ctx
        if key == "attendance":
            return AttendancePage(ctx)
        if key == "sync":
            page = SyncPage(ctx)
            page.attach(self.autosync)
            return page
        if key == "settings":
            page = SettingsPage(ctx)
            page.sig_language_chosen.connect(self._language_chosen)
            page.hub.sig_hub_changed.connect(self.autosync.reload)
            return page
        if key == "devices":
            return DevicesPage(ctx)
        if key == "reports":
            return ReportsPage(ctx)
        if key == "indicators":
            progress = IndicatorProgressWidget(ctx)
            return SectionWidget(ctx, SECTION_LISTS[key],
                                 tools=((lambda: self.tr("Progress"), progress),))
        return SectionWidget(ctx, SECTION_LISTS[key])

    def show_section(self, key: str) -> None:
        shown = self.stack.currentWidget()
        if shown is not self.pages.get(key) and getattr(shown, "is_dirty", bool)():
            # an unsaved edit: stay (the sidebar too) and ask once the key or click is done
            self.nav.setCurrentRow(self.stack.currentIndex())
            QTimer.singleShot(0, self, lambda: self._leave_for(shown, key))
            return
        page = self.section(key)
        self.stack.setCurrentWidget(page)
        row = self.sections.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        if key == "attendance":
            page.entry.setFocus()

    def _leave_for(self, shown: QWidget, key: str) -> None:
        if shown.confirm_leave():
            self.show_section(key)
        else:  # the sidebar marks the section still shown, whatever the click left
            self.nav.setCurrentRow(self.stack.currentIndex(),
                                   QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _sync_page(self) -> SyncPage:
        """The Sync page, shown: export and import report their outcome there."""
        self.show_section("sync")
        return self.section("sync")

    def review_conflicts(self) -> None:
        """The Sync page's conflict review, from the status bar's notice."""
        self._sync_page().show_conflicts()

    def _language_chosen(self, language: str) -> None:
        self.ctx.settings.setValue("language", language)
        if self.change_language is not None:
            self.change_language(language)

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu, self.edit_menu = bar.addMenu(""), bar.addMenu("")
        self.go_menu, self.help_menu = bar.addMenu(""), bar.addMenu("")
        self.export_action, self.import_action = QAction(self), QAction(self)
        self.export_action.setShortcuts(sequences("file.export"))
        self.import_action.setShortcuts(sequences("file.import"))
        self.export_action.triggered.connect(lambda: self._sync_page().export_package())
        self.import_action.triggered.connect(lambda: self._sync_page().import_package())
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.import_action)
        self.sync_now_action = QAction(self)
        self.sync_now_action.setShortcuts(sequences("file.sync_now"))
        self.sync_now_action.triggered.connect(self.autosync.sync_now)
        self.file_menu.addAction(self.sync_now_action)
        self.iati_export = IatiExport(self, self.ctx)  # File ▸ Export IATI… (docs/iati.md)
        self.iati_action = self.file_menu.addAction("", self.iati_export.start)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts(sequences("file.quit"))  # (none on Windows: Alt+F4)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        stack = self.ctx.undo_stack
        self.undo_action, self.redo_action = QAction(self), QAction(self)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_action.setShortcuts(sequences("edit.undo"))
        self.redo_action.setShortcuts(sequences("edit.redo"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.go_actions: list[QAction] = []
        for key, keys in zip(SECTIONS, sequences("go.sections"), strict=True):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(lambda _checked=False, k=key: self.go_to(k))
            self.go_menu.addAction(action)
            self.go_actions.append(action)
        for key in self.sections[len(SECTIONS):]:  # HQ's own section: Ctrl+0
            action = QAction(self)
            action.setShortcuts(sequences(HQ_SECTION_KEYS[key]))
            action.triggered.connect(lambda _checked=False, k=key: self.go_to(k))
            self.go_menu.addAction(action)
            self.go_actions.append(action)
        self.go_menu.addSeparator()
        self.next_tab_action, self.previous_tab_action = QAction(self), QAction(self)
        self.next_tab_action.setShortcuts(sequences("go.next_tab"))
        self.previous_tab_action.setShortcuts(sequences("go.previous_tab"))
        self.next_tab_action.triggered.connect(lambda: self.step_tab(1))
        self.previous_tab_action.triggered.connect(lambda: self.step_tab(-1))
        self.go_menu.addAction(self.next_tab_action)
        self.go_menu.addAction(self.previous_tab_action)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcuts(sequences("help.shortcuts"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    # -- keyboard ------------------------------------------------------------
    def go_to(self, key: str) -> None:
        """Ctrl+1…9, Ctrl+0: show the section and put the focus inside it."""
        self.show_section(key)
        if self.stack.currentWidget() is self.pages.get(key):  # not if a guard said no
            self.focus_section()

    def _tabs(self):
        page = self.stack.currentWidget()
        return getattr(page, "tabs", None)

    def focus_section(self) -> None:
        """Focus where the section's keys work: the code box, a list, the first field."""
        page = self.stack.currentWidget()
        entry = getattr(page, "entry", None)
        tabs = self._tabs()
        current = tabs.currentWidget() if tabs is not None else page
        target = entry if entry is not None else getattr(current, "view", None)
        if target is None or not target.isVisible():
            target = next((w for w in current.findChildren(QWidget)
                           if isinstance(w, QAbstractItemView | QLineEdit)
                           and w.isVisible() and w.isEnabled()), None)
        if target is None:
            target = tabs.tabBar() if tabs is not None else page
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous tab, wherever the focus is."""
        tabs = self._tabs()
        if tabs is None or tabs.count() < 2:
            return
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        self.focus_section()

    def show_shortcuts(self) -> None:
        dialog = getattr(self, "_shortcuts_dialog", None)
        if dialog is None:
            dialog = self._shortcuts_dialog = ShortcutsDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def section_title(self, key: str) -> str:
        return {
            "projects": self.tr("Projects"), "partners": self.tr("Partners"),
            "trainings": self.tr("Trainings && activities"),
            "attendance": self.tr("Attendance"), "indicators": self.tr("Indicators"),
            "advocacy": self.tr("Advocacy"), "sync": self.tr("Sync"),
            "settings": self.tr("Settings"), "devices": self.tr("Devices"),
            "reports": self.tr("Reports"),
        }[key]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fältbok"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.export_action.setText(self.tr("&Export sync package…"))
        self.import_action.setText(self.tr("&Import…"))
        self.sync_now_action.setText(self.tr("&Sync now"))
        self.iati_action.setText(self.tr("Export I&ATI…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.about_action.setText(self.tr("&About Fältbok"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.next_tab_action.setText(self.tr("&Next tab"))
        self.previous_tab_action.setText(self.tr("&Previous tab"))
        self.nav.setAccessibleName(self.tr("Sections"))
        for n, key in enumerate(self.sections):
            title = self.section_title(key).replace("&&", "&")
            self.nav.item(n).setText(title)
            keys = f"Ctrl+{n + 1}" if n < len(SECTIONS) else key_text(HQ_SECTION_KEYS[key])
            self.nav.item(n).setToolTip(f"{title} ({keys})")
            self.go_actions[n].setText(self.section_title(key))
        self._fit_nav()
        # once every list has its new headers and words (their own LanguageChange)
        QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        """Every filled list's columns to the width of the new language's words
        (the last one stretches); the lists size them to content when they load."""
        for view in self.findChildren(QTableView):
            model = view.model()
            if model is not None and model.rowCount():
                view.resizeColumnsToContents()

    def _fit_nav(self) -> None:
        """The section list exactly as wide as its longest name."""
        metrics = self.nav.fontMetrics()
        text = max(metrics.horizontalAdvance(self.nav.item(n).text())
                   for n in range(self.nav.count()))
        width = text + 2 * self.nav.frameWidth() + 2 * self.nav.spacing() + 16
        self.nav.setFixedWidth(width)

    def confirm_leave(self) -> bool:
        """Ask about unsaved edits before the window goes: True to go on."""
        return all(page.confirm_leave() for page in self.pages.values()
                   if hasattr(page, "confirm_leave"))

    def drafts(self) -> list[tuple[str, str, dict]]:
        """Unsaved input of every form, (section, entity, draft): held over a lock."""
        return [(key, entity, draft) for key, page in self.pages.items()
                if hasattr(page, "drafts") for entity, draft in page.drafts()]

    def restore_drafts(self, drafts: list[tuple[str, str, dict]]) -> None:
        for key, entity, draft in drafts:
            self.show_section(key)
            self.section(key).restore_draft(entity, draft)

    def closeEvent(self, event) -> None:
        if not self.confirm_leave():  # Cancel: the window stays, the edit with it
            event.ignore()
            return
        hub = hub_of(self.ctx)  # the hub the app started: it serves until the app quits
        if not hub.confirm_quit(self):
            event.ignore()
            return
        hub.stop()
        self.autosync.stop()  # a running upload stops between chunks and resumes next time
        super().closeEvent(event)

    def about(self) -> None:
        dialog = getattr(self, "_about_dialog", None)
        if dialog is None:
            dialog = self._about_dialog = AboutDialog(self.ctx, self)
        dialog.show()
        dialog.raise_()
