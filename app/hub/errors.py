"""Refusals of the API as one exception, rendered as `{"error", "detail"}` JSON."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str,
                 headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status, self.code, self.detail, self.headers = status, code, detail, headers or {}


def not_found(what: str = "no such resource") -> ApiError:
    return ApiError(404, "not_found", what)
