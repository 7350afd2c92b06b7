"""Realistic, reproducible demo data (`faltbok demo`)."""
