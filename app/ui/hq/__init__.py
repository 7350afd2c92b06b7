"""Headquarters in the desktop app: laptops, enrolment, packages in and out, hub."""
