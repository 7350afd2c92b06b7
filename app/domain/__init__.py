"""Domain: SQLModel tables and value types. No Qt, no I/O beyond a session."""

from app.domain.models import SYNCED_MODELS, model_for_table  # noqa: F401
