"""Typed errors the services raise; `app/ui` and the CLI turn them into words.

Each problem carries a stable `code` and the `params` a message needs, never a
sentence: the words belong to the translated user interface.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class ServiceError(Exception):
    """Base of every error a user's input can cause."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of an input."""

    field: str
    code: str  # required, not_a_choice, end_before_start, negative, unknown_reference, ...
    params: dict = field(default_factory=dict)

    def describe(self) -> str:
        """A plain English line for the command line and logs."""
        words = {
            "required": "is required",
            "not_a_choice": "must be one of {choices}",
            "end_before_start": "ends before it starts",
            "negative": "cannot be negative",
            "invalid": "is not a valid {expected}",
            "unknown_reference": "refers to an unknown {entity} ({id})",
            "not_on_roster": "is not on the roster of this training",
            "duplicate": "is already used by another {entity}",
            "unknown_field": "is not a field of {entity}",
            "not_whole": "must be a whole number",
            "not_broken_down": "has cells for {group}, which the indicator is not broken down by",
            "breakdown_sum": "by {group} adds up to {total}, value is {value}",
            "too_long": "is longer than {limit} characters",
            "control_character": "holds a control character",
            "out_of_range": "is out of range",
            "not_json": "is not a stored value (not JSON)",
            "wrong_type": "is not a {expected}",
            "not_a_date": "is not a date (YYYY-MM-DD)",
            "not_a_decimal": "is not a decimal number",
            "not_a_list": "is not a list of texts",
            "not_a_mapping": "is not a mapping of numbers",
            "not_an_integer": "is not an integer",
            "not_a_boolean": "is not a yes/no value",
            "unknown_spelling": "{value!r} means nothing known",
            "twice_in_file": "is in the file twice (first on line {line})",
            "nothing_to_import": "holds nothing to import",
        }.get(self.code, self.code)
        if self.code == "out_of_range" and "low" in self.params:
            words = "must be between {low} and {high}"
        cells = self.params.get("cells")
        where = f" ({', '.join(cells)})" if cells and self.code != "breakdown_sum" else ""
        return f"{self.field}{where} " + words.format(**self.params)


class ValidationError(ServiceError):
    def __init__(self, entity: str, problems: list[Problem]):
        self.entity = entity
        self.problems = problems
        super().__init__(f"{entity}: " + "; ".join(p.describe() for p in problems))

    def codes(self) -> set[str]:
        return {p.code for p in self.problems}


class NotFoundError(ServiceError):
    def __init__(self, entity: str, row_id: str):
        self.entity = entity
        self.row_id = row_id
        super().__init__(f"no {entity} with id {row_id}")


class NotOnRosterError(ValidationError):
    """Attendance for a participant who is not on the training's roster."""

    def __init__(self, participant_id: str, training_id: str):
        self.participant_id = participant_id
        self.training_id = training_id
        super().__init__("attendance", [Problem("participant_id", "not_on_roster",
                                                {"training_id": training_id})])
