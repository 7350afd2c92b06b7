"""Taking attendance at the door: the intern's page, driven from the keyboard.

Pick the training (Alt+T) and the session (Alt+S); the cursor waits in the
code box. Type part of a code (or of a name, for roles that may see names,
after Ctrl+Shift+N revealed them) and press Enter: the one matching
participant is marked present. Arrow keys move in the roster, Space toggles.
Ctrl+N opens the walk-in form: Enter creates the participant, puts them on the
roster and marks them present, all in one transaction; Esc closes it. The
counts by gender and age band follow every mark. Ctrl+Shift+C marks the
session complete; Ctrl+P prints the filled sheet, Ctrl+Shift+P a blank one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import enums
from app.services import privacy, queries
from app.services.errors import ServiceError
from app.ui import undo, words
from app.ui.attendance_parts import (
    RosterView,
    WalkInWidget,
    local_shortcut,
    session_text,
    training_text,
)
from app.ui.context import AppContext
from app.ui.ops import Op
from app.ui.roster_model import RosterTableModel, roster_rows
from app.ui.sheet import SheetData, write_sheet


class AttendancePage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.training_id: str | None = None
        self.names_shown = False
        self.training = QComboBox()
        self.training.setEditable(True)
        self.training.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.training.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.training.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.session = QComboBox()
        self.training_label, self.session_label = QLabel(), QLabel()
        self.training_label.setBuddy(self.training)
        self.session_label.setBuddy(self.session)
        self.entry = QLineEdit()
        self.entry_label = QLabel()
        self.entry_label.setBuddy(self.entry)
        self.feedback = QLabel()
        self.feedback.setProperty("fb_data", "data")
        self.model = RosterTableModel(self)
        self.view = RosterView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda index: self.toggle(index.row()))
        self.walk_in = WalkInWidget(self)
        self.buttons = {key: QPushButton() for key in
                        ("walk_in", "names", "complete", "print", "blank")}
        self.buttons["walk_in"].clicked.connect(self.open_walk_in)
        self.buttons["names"].clicked.connect(self.show_names)
        self.buttons["complete"].clicked.connect(self.complete)
        self.buttons["print"].clicked.connect(lambda: self.print_sheet(filled=True))
        self.buttons["blank"].clicked.connect(lambda: self.print_sheet(filled=False))
        self.counts_title = QLabel()
        self.counts_title.setStyleSheet("font-weight: bold;")
        self.count_names: dict[str, QLabel] = {}
        self.count_values: dict[str, QLabel] = {}
        counts = QGridLayout()
        counts.addWidget(self.counts_title, 0, 0, 1, 2)
        for n, key in enumerate(("present", *enums.GENDERS, *enums.AGE_BANDS)):
            name, value = QLabel(), QLabel("0")
            value.setProperty("fb_data", "data")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.count_names[key], self.count_values[key] = name, value
            counts.addWidget(name, n + 1, 0)
            counts.addWidget(value, n + 1, 1)
        counts.setRowStretch(len(self.count_names) + 1, 1)

        pick = QHBoxLayout()
        pick.addWidget(self.training_label)
        pick.addWidget(self.training, 3)
        pick.addWidget(self.session_label)
        pick.addWidget(self.session, 2)
        mark = QHBoxLayout()
        mark.addWidget(self.entry_label)
        mark.addWidget(self.entry, 1)
        mark.addWidget(self.buttons["walk_in"])
        actions = QHBoxLayout()
        for key in ("names", "complete", "blank", "print"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(mark)
        left.addWidget(self.feedback)
        left.addWidget(self.walk_in)
        left.addWidget(self.view, 1)
        left.addLayout(actions)
        side = QWidget()
        side.setLayout(counts)
        side.setMinimumWidth(200)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(body, 1)

        self.training.activated.connect(self._training_chosen)
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.entry.returnPressed.connect(self.mark_entry)
        self.entry.installEventFilter(self)
        local_shortcut(self, "Ctrl+N", self.open_walk_in)
        local_shortcut(self, "Ctrl+Shift+N", self.show_names)
        local_shortcut(self, "Ctrl+Shift+C", self.complete)
        local_shortcut(self, "Ctrl+P", lambda: self.print_sheet(filled=True))
        local_shortcut(self, "Ctrl+Shift+P", lambda: self.print_sheet(filled=False))
        local_shortcut(self, "Ctrl+L", self.entry.setFocus)
        ctx.sig_data_changed.connect(self._data_changed)
        ctx.sig_user_changed.connect(self._user_changed)
        self.setTabOrder(self.training, self.session)
        self.setTabOrder(self.session, self.entry)
        self.setTabOrder(self.entry, self.view)
        self.retranslate()
        self.load_trainings()

    # -- language ------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.training_label.setText(self.tr("&Training"))
        self.session_label.setText(self.tr("&Session"))
        self.entry_label.setText(self.tr("&Code"))
        self.training.setAccessibleName(self.tr("Training"))
        self.session.setAccessibleName(self.tr("Session"))
        self.entry.setAccessibleName(self.tr("Code or name to mark present"))
        self.entry.setPlaceholderText(self.tr("Type part of a code and press Enter"))
        self.view.setAccessibleName(self.tr("Roster"))
        texts = {"walk_in": (self.tr("Walk-in…"), self.tr("Add someone not on the roster "
                                                           "(Ctrl+N)")),
                 "names": (self.tr("Show names"), self.tr("Show participants' names "
                                                          "(Ctrl+Shift+N)")),
                 "complete": (self.tr("Mark session complete"), self.tr("Ctrl+Shift+C")),
                 "print": (self.tr("Print filled sheet…"), self.tr("Save the sheet with who was "
                                                                   "present as PDF (Ctrl+P)")),
                 "blank": (self.tr("Print blank sheet…"), self.tr("Save an empty sheet to fill "
                                                                  "in by hand (Ctrl+Shift+P)"))}
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.counts_title.setText(self.tr("Present now"))
        self.count_names["present"].setText(self.tr("Total"))
        for key in (*enums.GENDERS, *enums.AGE_BANDS):
            self.count_names[key].setText(words.code_label(key))
        self.walk_in.retranslate()
        self.model.retranslate()
        for n, row in enumerate(getattr(self, "_training_rows", [])):  # dates follow QLocale
            self.training.setItemText(n, training_text(row))
        for n, row in enumerate(getattr(self, "_session_rows", [])):
            done = self.session.itemText(n).endswith(" ✓")
            self.session.setItemText(n, session_text(row, " ✓" if done else ""))
        self._update_buttons()

    # -- choosing ------------------------------------------------------------
    def load_trainings(self) -> None:
        request = queries.PageRequest("training", columns=("title", "place", "start_date"),
                                      sort="start_date", descending=True, limit=5000)
        Op(self, lambda: queries.page(self.ctx.db, request)).success(
            self._trainings_loaded).run_in_background()

    def _trainings_loaded(self, rows: list[dict]) -> None:
        keep_training, keep_session = self.training_id, self.session_id
        self._training_rows = rows
        self.training.clear()
        for row in rows:
            self.training.addItem(training_text(row), row["id"])
        self.training.setCurrentIndex(-1)
        index = max(0, self.training.findData(keep_training)) if keep_training else 0
        if rows:
            self.training.setCurrentIndex(index)
            self._training_chosen(index, keep_session if index > 0 or keep_training else None)

    def choose(self, training_id: str, session_id: str | None = None) -> None:
        """Select a training (and session) as if picked from the lists."""
        index = self.training.findData(training_id)
        if index >= 0:
            self.training.setCurrentIndex(index)
            self._training_chosen(index, session_id)

    def _training_chosen(self, index: int, session_id: str | None = None) -> None:
        self.training_id = self.training.itemData(index)
        self.session.blockSignals(True)
        self.session.clear()
        self.session.blockSignals(False)
        if self.training_id is None:
            return
        request = queries.PageRequest("training_session", columns=("held_on", "topic",
                                                                    "completed"),
                                      filters={"training_id": self.training_id},
                                      sort="held_on", limit=500)
        sessions = queries.page(self.ctx.db, request)
        self._session_rows = sessions
        self.session.blockSignals(True)
        current = 0
        for n, row in enumerate(sessions):
            done = " ✓" if row["completed"] else ""
            self.session.addItem(session_text(row, done), row["id"])
            if row["id"] == session_id or (session_id is None and not row["completed"]
                                            and current == 0 and n > 0):
                current = n
        self.session.blockSignals(False)
        if sessions:
            self.session.setCurrentIndex(current)
            self._session_chosen(current)

    def _session_chosen(self, index: int) -> None:
        self.session_id = self.session.itemData(index)
        self.names_shown = False
        self.reload_roster()

    # -- roster --------------------------------------------------------------
    def reload_roster(self) -> None:
        if self.training_id is None or self.session_id is None:
            self.model.set_rows([])
            return
        attendance, training_id, session_id = (self.ctx.services.attendance, self.training_id,
                                               self.session_id)

        def fetch():
            people = attendance.roster(training_id)
            present = attendance.present_ids(session_id)
            return roster_rows(people, {p.id: p.id in present for p in people})

        Op(self, fetch).success(self._roster_loaded).run_in_background()

    def _roster_loaded(self, rows) -> None:
        current = self.view.currentIndex().row()
        self.model.set_rows(rows)
        if self.names_shown:
            self._reveal()
        if rows:
            self.view.setCurrentIndex(self.model.index(max(0, min(current, len(rows) - 1)), 1))
        self.refresh_counts()
        self._update_buttons()

    def refresh_counts(self) -> None:
        if self.session_id is None:
            return
        attendance, session_id = self.ctx.services.attendance, self.session_id
        Op(self, lambda: attendance.counts(session_id)).success(
            self._show_counts).run_in_background()

    def _show_counts(self, counts) -> None:
        locale_number = words.format_number
        self.count_values["present"].setText(
            f"{locale_number(counts.present)} / {locale_number(len(self.model.rows))}")
        for key in enums.GENDERS:
            self.count_values[key].setText(locale_number(counts.by_gender.get(key, 0)))
        for key in enums.AGE_BANDS:
            self.count_values[key].setText(locale_number(counts.by_age_band.get(key, 0)))

    # -- marking -------------------------------------------------------------
    def mark_entry(self) -> None:
        text = self.entry.text()
        if not text.strip() or self.session_id is None:
            return
        rows = self.model.find(text, names=self.names_shown)
        if len(rows) == 1:
            self.set_present(rows[0], True)
            self.entry.clear()
        elif not rows:
            self.feedback.setText(self.tr("No one on the roster matches “{text}”. "
                                          "Ctrl+N adds a walk-in.").format(text=text.strip()))
        else:
            self.view.setCurrentIndex(self.model.index(rows[0], 1))
            self.feedback.setText(self.tr("%n participant(s) match; type more, or use the "
                                          "arrow keys and Space.", "", len(rows)))

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.set_present(row, not self.model.rows[row].present)

    def set_present(self, row: int, present: bool) -> None:
        entry = self.model.rows[row]
        before = entry.present
        try:
            self.ctx.services.attendance.mark(self.session_id, entry.participant_id, present)
        except ServiceError as error:
            self.feedback.setText(str(error))
            return
        undo.push_mark(self.ctx, self.session_id, entry.participant_id, before, present)
        self.model.set_present(row, present)
        self.view.setCurrentIndex(self.model.index(row, 1))
        self.feedback.setText((self.tr("{code} is present.") if present
                               else self.tr("{code} is no longer marked present."))
                              .format(code=entry.code))
        self.refresh_counts()

    def open_walk_in(self) -> None:
        """The walk-in form, with the code typed so far (it matched no one)."""
        self.walk_in.open_form(self.entry.text().strip())
        self.entry.clear()

    def add_walk_in(self, data: dict) -> None:
        """A new participant on the roster and present; a known code is just marked."""
        if self.session_id is None:
            return
        on_roster = [n for n, row in enumerate(self.model.rows) if row.code == data["code"]]
        if on_roster:
            self.set_present(on_roster[0], True)
            return
        attendance = self.ctx.services.attendance
        known = self.ctx.services.participants.list(filters={"code": data["code"]}, limit=1)
        if known:
            attendance.add_to_roster(self.training_id, known[0].id)
            attendance.mark(self.session_id, known[0].id, True)
            text = self.tr("{code} was registered before: now on this roster and present.")
        else:
            attendance.add_walk_in(self.session_id, **data)
            text = self.tr("{code} added to the roster and present.")
        self.feedback.setText(text.format(code=data["code"]))
        self.ctx.changed("participant")
        self.reload_roster()

    def complete(self) -> None:
        if self.session_id is None:
            return
        self.ctx.services.attendance.complete(self.session_id, True)
        self.feedback.setText(self.tr("Session marked complete."))
        index = self.session.currentIndex()
        text = self.session.itemText(index)
        if not text.endswith(" ✓"):
            self.session.setItemText(index, text + " ✓")
        self.ctx.changed("training_session")

    # -- names ---------------------------------------------------------------
    def show_names(self) -> None:
        if not self.ctx.may_view_names() or not self.model.rows:
            self.feedback.setText(self.tr("Your role does not show participants' names."))
            return
        self.names_shown = True
        self._reveal()

    def _reveal(self) -> None:
        ids = [row.participant_id for row in self.model.rows]
        try:
            shown = privacy.reveal_names(self.ctx.db, ids)
        except privacy.NamesHiddenError:
            self.names_shown = False
            return
        self.model.set_names({pid: name for pid, (name, _contact) in shown.items()})
        self._update_buttons()

    def _user_changed(self) -> None:
        self.names_shown = False
        self.reload_roster()

    def _update_buttons(self) -> None:
        self.buttons["names"].setVisible(self.ctx.may_view_names())
        self.buttons["names"].setEnabled(not self.names_shown)
        self.view.setColumnHidden(2, not self.names_shown)

    def _data_changed(self, entity: str) -> None:
        """Edits elsewhere (or an undo) show here; if hidden, when next shown."""
        if entity in ("attendance", "roster_entry", "participant"):
            self._stale_roster = True
        elif entity in ("training", "training_session"):
            self._stale_trainings = True
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        if getattr(self, "_stale_trainings", False):
            self._stale_trainings = self._stale_roster = False
            self.load_trainings()
        elif getattr(self, "_stale_roster", False):
            self._stale_roster = False
            self.reload_roster()

    def showEvent(self, event) -> None:
        self._refresh()
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.entry and event.type() == QEvent.Type.ShortcutOverride
                and not self.entry.text()
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)
                     or event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0]
                     .toCombined())):
            return True  # an empty code box has nothing to undo: Ctrl+Z undoes the last mark
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rows:
                self.view.setFocus()
                return False
        return super().eventFilter(watched, event)

    # -- printing ------------------------------------------------------------
    def sheet_data(self, filled: bool) -> SheetData:
        return SheetData(
            title=self.tr("Attendance sheet"),
            training=self.training.currentText(),
            session=self.session.currentText().removesuffix(" ✓"),
            headers=(self.tr("No."), words.field_label("code"), words.field_label("name"),
                     words.field_label("present"), self.tr("Signature")),
            rows=[(row.code, row.name if self.names_shown else "", bool(row.present))
                  for row in self.model.rows],
            filled=filled,
            footer=self.tr("Present: {present} of {total}"),
        )

    def print_sheet(self, filled: bool, path: str | None = None) -> str | None:
        if self.session_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attendance sheet"),
                                                  "attendance.pdf", self.tr("PDF (*.pdf)"))
            if not path:
                return None
        write_sheet(self.sheet_data(filled), path)
        self.feedback.setText(self.tr("Saved the sheet as {path}.").format(path=path))
        return path
