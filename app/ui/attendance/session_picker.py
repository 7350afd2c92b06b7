"""Choosing the training and the session to take attendance for.

Trainings are listed newest first and can be found by typing any part of
their title (Alt+T). At the start (and after every unlock, which builds the
page anew) the page opens today's session: of the training that has one, by
the rule of `AttendanceService.session_for_day`. A training picked by hand
opens its session of today, else the one `attendance.pick_session` chooses
(the nearest not completed). A session that is not today's is said in a line
that cannot be missed (`notice`), with its date and today's. Dates follow the
language's `QLocale`, also after a switch.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QWidget

from app.services import queries
from app.services.attendance import pick_session
from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op

DONE = " ✓"
NOTICE_STYLE = ("QLabel { background: #fff3cd; color: #5c3c00; border: 1px solid #e0a800;"
                " padding: 4px; font-weight: bold; }")


def today() -> date:
    return date.today()


def training_text(row: dict) -> str:
    return f"{row['title']} — {row['place']} ({words.format_date(row['start_date'])})"


def session_text(row: dict, done: bool) -> str:
    return f"{words.format_date(row['held_on'])} · {row['topic']}{DONE if done else ''}"


class SessionPickerWidget(Retranslating, QWidget):
    sig_session_chosen = Signal()  # read training_id and session_id

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.training_id: str | None = None
        self.session_id: str | None = None
        self._training_rows: list[dict] = []
        self._session_rows: list[dict] = []
        self.training = QComboBox()
        self.training.setEditable(True)
        self.training.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.training.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.training.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.session = QComboBox()
        for box in (self.training, self.session):  # long titles must not widen the window
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        self.training_label, self.session_label = QLabel(), QLabel()
        self.notice = QLabel()  # placed by the page, under the picker
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setProperty("fb_data", "data")
        self.notice.hide()
        self.training_label.setBuddy(self.training)
        self.session_label.setBuddy(self.session)
        layout = QGridLayout(self)  # one line each: titles are long, 1024 px are not
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.training_label, 0, 0)
        layout.addWidget(self.training, 0, 1)
        layout.addWidget(self.session_label, 1, 0)
        layout.addWidget(self.session, 1, 1)
        layout.setColumnStretch(1, 1)
        self.training.activated.connect(self._training_chosen)
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.setTabOrder(self.training, self.session)
        self.retranslate()

    def retranslate(self) -> None:
        self.training_label.setText(self.tr("&Training"))
        self.session_label.setText(self.tr("&Session"))
        self.training.setAccessibleName(self.tr("Training"))
        self.session.setAccessibleName(self.tr("Session"))
        for n, row in enumerate(self._training_rows):
            self.training.setItemText(n, training_text(row))
        for n, row in enumerate(self._session_rows):
            self.session.setItemText(n, session_text(row, self.session.itemText(n)
                                                     .endswith(DONE)))
        self._update_notice()

    def load_trainings(self) -> None:
        """The trainings, and (when none is chosen yet) the session held today."""
        request = queries.PageRequest("training", columns=("title", "place", "start_date"),
                                      sort="start_date", descending=True, limit=5000)
        db, services, day = self.ctx.db, self.ctx.services, today()
        fresh = self.training_id is None

        def fetch():
            session_id = services.attendance.session_for_day(day) if fresh else None
            training_id = services.sessions.get(session_id).training_id if session_id else None
            return queries.page(db, request), training_id, session_id

        Op(self, fetch).success(lambda found: self._trainings_loaded(*found)).run_in_background()

    def _trainings_loaded(self, rows: list[dict], todays_training: str | None = None,
                          todays_session: str | None = None) -> None:
        keep_training, keep_session = self.training_id, self.session_id
        if keep_training is None and todays_training is not None:
            keep_training, keep_session = todays_training, todays_session
        self._training_rows = rows
        self.training.clear()
        for row in rows:
            self.training.addItem(training_text(row), row["id"])
        self.training.setCurrentIndex(-1)
        if rows:
            index = max(0, self.training.findData(keep_training)) if keep_training else 0
            self.training.setCurrentIndex(index)
            self._training_chosen(index, keep_session)

    def _show_title_start(self) -> None:
        """A title longer than the box shows its beginning, not its end."""
        self.training.lineEdit().setCursorPosition(0)

    def choose(self, training_id: str, session_id: str | None = None) -> None:
        """Select a training (and session) as if picked from the lists."""
        index = self.training.findData(training_id)
        if index >= 0:
            self.training.setCurrentIndex(index)
            self._training_chosen(index, session_id)

    def _training_chosen(self, index: int, session_id: str | None = None) -> None:
        self.training_id = self.training.itemData(index) or None
        self._show_title_start()
        self._session_rows = []
        self.session.blockSignals(True)
        self.session.clear()
        self.session.blockSignals(False)
        if self.training_id is None:
            return
        request = queries.PageRequest("training_session",
                                      columns=("held_on", "topic", "completed"),
                                      filters={"training_id": self.training_id},
                                      sort="held_on", limit=500)
        self._session_rows = queries.page(self.ctx.db, request)
        ids = [row["id"] for row in self._session_rows]
        if session_id not in ids:
            session_id = pick_session([(row["id"], row["held_on"], row["completed"])
                                       for row in self._session_rows], today())
        current = ids.index(session_id) if session_id in ids else 0
        self.session.blockSignals(True)
        for row in self._session_rows:
            self.session.addItem(session_text(row, row["completed"]), row["id"])
        self.session.blockSignals(False)
        if self._session_rows:
            self.session.setCurrentIndex(current)
            self._session_chosen(current)

    def _session_chosen(self, index: int) -> None:
        self.session_id = self.session.itemData(index) or None
        self._update_notice()
        self.sig_session_chosen.emit()

    @property
    def session_row(self) -> dict | None:
        return next((row for row in self._session_rows if row["id"] == self.session_id), None)

    def session_words(self) -> str:
        """The open session in words: its date and topic."""
        row = self.session_row
        return session_text(row, False) if row else ""

    def _update_notice(self) -> None:
        """Not today's session: say so where the eye goes first."""
        row = self.session_row
        if row is None or row["held_on"] == today():
            self.notice.hide()
            return
        self.notice.setText(self.tr("This is the session of {date}, not today ({today}).")
                            .format(date=words.format_date(row["held_on"]),
                                    today=words.format_date(today())))
        self.notice.show()

    def show_completed(self) -> None:
        """Tick the current session in the list once it was marked complete."""
        index = self.session.currentIndex()
        if index >= 0 and not self.session.itemText(index).endswith(DONE):
            self.session.setItemText(index, self.session.itemText(index) + DONE)
