"""Fältbok: offline-first field data for Centralasiengrupperna."""

__version__ = "0.1.0"
