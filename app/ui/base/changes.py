"""What a write changed, announced to every view (in the spirit of Anki's `OpChanges`).

Every operation of the writer ends by announcing an `OpChanges` on the
`AppContext`. A view subscribes once and decides for itself: a list whose
table gained or lost rows reloads; a list that shows an updated row re-reads
just that row and repaints it in place, keeping the scroll position and the
selection.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OpChanges:
    # tables that may have gained, lost or reordered rows: their lists reload
    tables: frozenset[str] = frozenset()
    # rows updated in place, by table: their lists re-read those rows only
    updated: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # the view that made the change and already shows it (it may skip the announcement)
    source: object = field(default=None, compare=False)

    @classmethod
    def of(cls, *tables: str, source: object = None) -> OpChanges:
        return cls(tables=frozenset(tables), source=source)

    @classmethod
    def rows(cls, table: str, ids: Iterable[str], source: object = None) -> OpChanges:
        return cls(updated={table: frozenset(ids)}, source=source)

    def touches(self, table: str) -> bool:
        return table in self.tables or table in self.updated

    def all_tables(self) -> frozenset[str]:
        return self.tables | frozenset(self.updated)
