"""What every route reaches through `app.state.hub`."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.hub.state import HubState
from app.hub.store import Replica
from app.hub.worker import MergeWorker


@dataclass
class Hub:
    replica: Replica
    state: HubState
    worker: MergeWorker
    clock: Callable[[], float] = time.time
    busy: set[str] = field(default_factory=set)  # uploads with a PATCH in progress
