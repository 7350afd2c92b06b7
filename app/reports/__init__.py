"""Reports: indicator progress, attendance breakdowns, public (suppressed) counts."""
