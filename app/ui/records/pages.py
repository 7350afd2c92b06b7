"""The sections of the main window: each a set of tabs over lists and tools."""

from __future__ import annotations

from collections.abc import Callable

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
        self.retranslate()

    def retranslate(self) -> None:
        for n, (title, _widget) in enumerate(self.tools):
            self.tabs.setTabText(n, title())
        for n, entity in enumerate(self.entities, start=len(self.tools)):
            self.tabs.setTabText(n, words.entity_title(entity))
