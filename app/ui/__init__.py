"""The PySide6 desktop app: the only package that imports Qt."""

from app.ui import signals as _signals  # noqa: F401  (pins None/True/False first; see there)
