"""Shared record widgets: lists and their table model, forms built from fields, undo."""
