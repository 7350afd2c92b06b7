"""The editor of one record: a form built from the entity's fields.

Saving sends only the fields the user changed, through the entity's service;
the core checks everything, and each of its problems appears in words under
its field. The save runs on the one writer (`WriteOp`), so the window never
waits on the database; if it fails, the editors keep what was typed. A saved
edit goes on the undo stack. Sensitive fields (names,
contacts) stay empty until a user whose role allows it presses Show, and an
empty hidden field is never written back.

This module is the form itself: its rows and buttons, its words, loading a
record, showing hidden fields, saving, and the questions before leaving it.
What differs from the record as loaded (unsaved edits, the fields a save
sends) is `form_edits`; showing what the core refused is `form_problems`;
the sensitive fields, hidden until shown on demand, are `form_reveal`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.limits import max_length
from app.domain.models import model_for_table
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.ui.base import failures, words
from app.ui.base.changes import OpChanges
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.shortcuts import local_shortcut
from app.ui.base.writer import WriteOp, wait_for_writes
from app.ui.widgets import undo, unsaved
from app.ui.widgets.fields import (
    FieldEditor,
    ListTextEditor,
    TextEditor,
    editable_fields,
    make_editor,
)
from app.ui.widgets.form_edits import FormEdits, changed_fields, set_input
from app.ui.widgets.form_problems import FormProblems
from app.ui.widgets.form_reveal import HiddenFields
from app.ui.widgets.text_limit import TextLimit

LABEL_CHARS = 22  # the widest a field's label gets before it wraps


class RecordFormWidget(Retranslating, QWidget):
    sig_saved = Signal(str)  # row id

    def __init__(self, ctx: AppContext, entity: str, read_only: tuple[str, ...] = (),
                 parent=None):
        super().__init__(parent)
        self.ctx, self.entity = ctx, entity
        self.service = ctx.services.for_table(entity)
        self.row_id: str | None = None
        self.loaded: dict = {}
        self.hidden_fields = HiddenFields(self)  # names, contacts: shown on demand
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.limits: dict[str, TextLimit] = {}
        self.edits = FormEdits(self.editors)  # what differs from the record as loaded
        self.shown_problems = FormProblems(self.editors)  # what the core refused
        # the same objects under the names callers and tests read them by
        self.errors, self.problems = self.shown_problems.labels, self.shown_problems.shown
        self.general_error = self.shown_problems.general
        self.saving = False
        # the record's name for the unsaved-changes question (the list knows its label)
        self.name_of: Callable[[str], str | None] = lambda _row_id: None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for name in editable_fields(entity):
            editor = make_editor(ctx.db, entity, name)
            label, error = QLabel(), self.shown_problems.label_for(name)
            label.setBuddy(editor.widget)
            # a long label wraps instead of squeezing every field (a 1024 px screen)
            label.setWordWrap(True)
            label.setMaximumWidth(label.fontMetrics().averageCharWidth() * LABEL_CHARS)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(editor.widget)
            if isinstance(editor, TextEditor) and not isinstance(editor, ListTextEditor):
                self.limits[name] = TextLimit(name, editor.widget, max_length(entity, name))
                column.addWidget(self.limits[name].label)
            column.addWidget(error)
            editor.widget.setEnabled(name not in read_only)
            form.addRow(label, holder)
            self.editors[name], self.labels[name] = editor, label
        for editor in self.editors.values():
            editor.bind(self.editors)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.hidden_fields.reveal)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(lambda: self.load(self.row_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        stacked = QVBoxLayout(inner)
        stacked.addLayout(form)
        stacked.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        local_shortcut(self, QKeySequence.StandardKey.Save, self.save)
        local_shortcut(self, "Ctrl+Shift+N", self.hidden_fields.reveal)
        ctx.sig_user_changed.connect(self.hidden_fields.update_button)
        self.retranslate()
        self.load(None)

    # -- language ------------------------------------------------------------
    def retranslate(self) -> None:
        self.edits.rebase_numbers()
        self.heading.setText(self.tr("New record") if self.row_id is None
                             else self.tr("Edit record"))
        for name, label in self.labels.items():
            label.setText(words.field_label(name))
            self.editors[name].widget.setAccessibleName(words.field_label(name))
            self.editors[name].retranslate()
            if name in self.hidden_fields.hidden():
                widget = self.editors[name].widget
                if hasattr(widget, "setPlaceholderText"):
                    widget.setPlaceholderText(self.tr("Hidden; type to replace"))
        self.show_button.setText(self.tr("Show names"))
        self.show_button.setToolTip(
            self.tr("Show the hidden personal fields of this record (Ctrl+Shift+N)"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the record (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        for limit in self.limits.values():
            limit.retranslate()
        self.shown_problems.retranslate()

    # -- loading -------------------------------------------------------------
    def load(self, row_id: str | None) -> None:
        self.shown_problems.clear()
        self.row_id, self.hidden_fields.revealed = row_id, False
        record = None
        if row_id is not None:
            try:
                record = self.service.get(row_id)
            except NotFoundError:
                self.row_id = None
        self.loaded = {name: getattr(record, name) for name in self.editors} if record else {}
        for name, editor in self.editors.items():
            value = ("" if name in self.hidden_fields.names
                     else self.loaded.get(name, self._default(name)))
            if name in self.limits:
                self.limits[name].allow(value)
            editor.set(value)
        self.hidden_fields.update_button()
        self.retranslate()
        self.edits.loaded()

    def _default(self, name: str):
        field = model_for_table(self.entity).model_fields[name]
        default = field.get_default(call_default_factory=True)
        return None if str(default) == "PydanticUndefined" else default

    # -- saving --------------------------------------------------------------
    def changes(self) -> dict:
        """The fields a save sends (`form_edits.changed_fields`)."""
        return changed_fields(self.editors, self.loaded, self.hidden_fields.hidden(),
                              self.row_id is None)

    def save(self) -> None:
        """Send the changed fields to the writer; the form keeps its text until it is done
        (and keeps it for good if the save fails)."""
        if self.saving:
            return
        self.shown_problems.clear()
        after = self.changes()
        too_long = [limit.problem() for name, limit in self.limits.items()
                    if name in after and limit.over()]
        if too_long:  # got past the field's own limit (dropped in): refused here
            self.shown_problems.show(ValidationError(self.entity, too_long))
            return
        row_id, service = self.row_id, self.service
        if row_id is not None and not after:
            self._saved(row_id, row_id, {}, after)
            return
        before = {name: self.loaded.get(name) for name in after}

        def work() -> str:
            if row_id is None:
                return service.create(**after).id
            service.update(row_id, **after)
            return row_id

        changes = (OpChanges.of(self.entity) if row_id is None
                   else OpChanges.rows(self.entity, [row_id]))
        self.saving = True
        WriteOp(self.ctx, work, parent=self).changes(changes).success(
            lambda saved: self._saved(saved, row_id, before, after)).failure(
            self._save_failed).run_in_background()

    def _saved(self, saved: str, row_id: str | None, before: dict, after: dict) -> None:
        self.saving = False
        if row_id is None:
            undo.push_create(self.ctx, self.entity, saved)
        elif after:
            undo.push_update(self.ctx, self.entity, row_id, before, after)
        self.ctx.sig_message.emit(self.tr("Saved."))
        if self.row_id == row_id:
            if self.changes() == after:  # nothing typed meanwhile: show the stored record
                self.load(saved)
            else:
                self.row_id = saved
                self.loaded.update(after)
                self.edits.baseline.update(after)
        self.sig_saved.emit(saved)

    def _save_failed(self, error: BaseException) -> None:
        """Whatever went wrong, the editors keep what was typed."""
        self.saving = False
        if isinstance(error, ValidationError):
            self.shown_problems.show(error)
        elif isinstance(error, ServiceError):
            self.general_error.setText(str(error))
        else:
            failures.report(error)
            self.general_error.setText(failures.sentence())

    # -- leaving -------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Whether the editors hold something other than the record as loaded (typing
        and then undoing it by hand leaves the form clean)."""
        return self.edits.is_dirty()

    def record_name(self) -> str | None:
        """The record's label for the question; None for a new record."""
        if self.row_id is None:
            return None
        return self.name_of(self.row_id) or words.entity_title(self.entity)

    def confirm_leave(self) -> bool:
        """Before the form shows something else or goes away: True to go on (nothing was
        unsaved, or it was saved, or the person discarded it), False to stay as it is."""
        self._wait_for_save()
        if not self.is_dirty():
            return True
        answer = unsaved.ask(self, self.record_name(), words.entity_title(self.entity))
        if answer is unsaved.Answer.CANCEL:
            return False
        if answer is unsaved.Answer.DISCARD:
            self.load(self.row_id)
            return True
        return self.save_and_wait()

    def save_and_wait(self) -> bool:
        """Save through the writer and wait for the outcome: True if it was stored; if
        it was refused, the problems are shown under their fields and the form stays."""
        self.save()
        self._wait_for_save()
        return not self.saving and not self.shown_problems.any() and not self.is_dirty()

    def _wait_for_save(self) -> None:
        while self.saving:  # a queued write is usually done in milliseconds
            wait_for_writes()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def draft(self) -> dict | None:
        """The unsaved input, to be kept in memory while the app is locked (never on
        disk): only the fields that differ from the record as loaded."""
        if not self.is_dirty():
            return None
        return {"row_id": self.row_id, "values": self.edits.edited()}

    def restore_draft(self, draft: dict) -> None:
        """Open the drafted record again with the unsaved input over it."""
        self.load(draft["row_id"])
        for name, value in draft["values"].items():
            if name in self.editors:
                set_input(self.editors[name], value)
