"""The sections of the main window that list and edit records, and indicators."""
