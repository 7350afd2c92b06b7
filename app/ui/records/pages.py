"""The sections of the main window: each a set of tabs over lists and tools."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.widgets.record_list import RecordListWidget

# Section key -> the entities listed in its tabs.
SECTION_LISTS: dict[str, tuple[str, ...]] = {
    "projects": ("project", "goal", "disbursement", "field_report"),
    "partners": ("partner", "deployment"),
    "trainings": ("training", "training_session", "activity", "participant", "roster_entry",
                  "attendance"),
    "indicators": ("indicator", "indicator_value"),
    "advocacy": ("advocacy_event", "publication"),
}


class SectionWidget(Retranslating, QWidget):
    """Tabs: optional tool pages first, then one list per entity."""

    def __init__(self, ctx: AppContext, entities: tuple[str, ...],
                 tools: tuple[tuple[Callable[[], str], QWidget], ...] = (), parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tools = tools
        self.entities = entities
        self.lists: dict[str, RecordListWidget] = {}
        for _title, widget in tools:
            self.tabs.addTab(widget, "")
        for entity in entities:
            page_size = 200 if entity == "attendance" else 100
            self.lists[entity] = RecordListWidget(ctx, entity, page_size=page_size)
            self.tabs.addTab(self.lists[entity], "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._shown = self.tabs.currentIndex()  # the tab the person is on
        self._target = -1
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def retranslate(self) -> None:
        for n, (title, _widget) in enumerate(self.tools):
            self.tabs.setTabText(n, title())
        for n, entity in enumerate(self.entities, start=len(self.tools)):
            self.tabs.setTabText(n, words.entity_title(entity))

    # -- leaving a tab with an unsaved edit ----------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == self._shown:
            return
        left = self.tabs.widget(self._shown)
        pending = self._target >= 0
        if not pending and not (isinstance(left, RecordListWidget) and (
                left.form.is_dirty() or left.form.saving)):
            self._shown = index
            return
        # back at once, and asked after the click or key that changed the tab is done
        self._target = index
        self.tabs.setCurrentIndex(self._shown)
        if not pending:
            QTimer.singleShot(0, self, self._leave_tab)

    def _leave_tab(self) -> None:
        target, self._target = self._target, -1
        left = self.tabs.widget(self._shown)
        if isinstance(left, RecordListWidget) and not left.confirm_leave():
            return
        self._shown = target
        self.tabs.setCurrentIndex(target)

    def is_dirty(self) -> bool:
        """Whether the tab shown holds an unsaved edit (or one still being saved)."""
        shown = self.tabs.currentWidget()
        return isinstance(shown, RecordListWidget) and (shown.form.is_dirty()
                                                        or shown.form.saving)

    def confirm_leave(self) -> bool:
        """The section is about to be left (or the window closed): True to go on."""
        shown = self.tabs.currentWidget()
        return not isinstance(shown, RecordListWidget) or shown.confirm_leave()

    def drafts(self) -> list[tuple[str, dict]]:
        """Unsaved input of this section's forms, by entity (kept in memory over a lock)."""
        found = ((entity, page.draft()) for entity, page in self.lists.items())
        return [(entity, draft) for entity, draft in found if draft is not None]

    def restore_draft(self, entity: str, draft: dict) -> None:
        page = self.lists.get(entity)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            page.restore_draft(draft)
