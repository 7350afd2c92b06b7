"""Two replicas with the same data dump the same bytes, whatever the arrival order."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from app.domain.ids import uuid7
from app.domain.organisation import Partner
from app.domain.training import Participant
from app.services.dump import write_dump
from app.storage.database import Database
from app.storage.paths import DataPaths

ROWS = [
    (Partner, {"id": uuid7(), "hlc": f"01a000000000-000{n}-dev", "deleted": n == 2,
               "name": name, "country": "KG", "region": "Ош", "contact": "",
               "themes": ["lgbtq", "feminism"][: n % 2 + 1], "sensitivity": "normal"})
    for n, name in enumerate(["Радуга", "Kelechek", "Жаштар", "Seed Keepers"])
] + [
    (Participant, {"id": uuid7(), "hlc": f"01a000000001-000{n}-dev", "deleted": False,
                   "code": f"OSH-{n:06d}", "name": name, "contact": "", "gender": "female",
                   "age_band": "18_24", "organisation": "", "consent": bool(n % 2),
                   "partner_id": None})
    for n, name in enumerate(["Aýgül Orazowa", "Нигора Сафарова", "Dilnoza Karimova"])
]


def dump_after_inserting(tmp, order) -> bytes:
    db = Database.open(DataPaths(tmp), create=True, device_id="0193a2b4-0000-7000-8000-"
                       "000000000001", device_name="replica", wall=lambda: 1_700_000_000_000)
    with db.engine.begin() as conn:
        for index in order:
            model, row = ROWS[index]
            conn.execute(insert(model.__table__), [row])
    out = io.BytesIO()
    write_dump(db, out)
    db.close()
    return out.getvalue()


@settings(max_examples=15, deadline=None)
@given(st.permutations(range(len(ROWS))))
def test_dump_bytes_do_not_depend_on_insertion_order(tmp_path_factory, order):
    reference = dump_after_inserting(tmp_path_factory.mktemp("a"), range(len(ROWS)))
    assert dump_after_inserting(tmp_path_factory.mktemp("b"), order) == reference
