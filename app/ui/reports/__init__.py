"""The Reports section: report words, the page, charts, exports."""
