"""Lists page with a key, not OFFSET, and a superseded search can be stopped mid-scan."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.queries import (
    PageRequest,
    QueryCancelledError,
    count,
    page,
    page_query,
    page_with_total,
)

ENDS = [None, "2026-03-01", "2026-01-15", None, "2026-06-30", "2026-03-01"]


@pytest.fixture
def projects(services):
    """Duplicate and missing sort values, so ties and NULLs have to be paged right."""
    owners = [services.partners.create(name=name, country="KG") for name in ("Ак Жол", "Bright")]
    made = [services.projects.create(partner_id=owners[n % 2].id, title=f"Project {n % 7}",
                                     country=("KG", "KZ")[n % 3 % 2], end_date=ENDS[n % 6])
            for n in range(23)]
    names = {o.id: o.name for o in owners}
    return [{"id": p.id, "title": p.title, "end_date": p.end_date, "country": p.country,
             "partner_id": names[p.partner_id]} for p in made]


def _oracle(rows, sort, descending):
    """The order of the list computed in Python: NULLs first ascending, last descending,
    ties broken by id ascending."""
    def key(p):
        value = p[sort] if sort else None
        present = value is not None
        if descending:
            return (not present, _Reverse(value) if present else 0, p["id"])
        return (present, value if present else "", p["id"])
    return [p["id"] for p in sorted(rows, key=key)]


class _Reverse:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return other.value < self.value

    def __eq__(self, other):
        return self.value == other.value


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sort=st.sampled_from([None, "title", "end_date", "country", "partner_id"]),
       descending=st.booleans(), limit=st.integers(1, 8))
def test_keyed_pages_walk_the_whole_list_in_order_without_gaps_or_repeats(
        db, projects, sort, descending, limit):
    request = PageRequest("project", sort=sort, descending=descending, limit=limit)
    seen, after = [], None
    while True:
        rows = page(db, PageRequest(**{**request.__dict__, "after": after}))
        seen += [row["id"] for row in rows]
        if len(rows) < limit:
            break
        after = request.key_of(rows[-1])
    assert seen == _oracle(projects, sort, descending)


def test_the_page_query_seeks_by_key_instead_of_skipping_rows(db, projects):
    request = PageRequest("project", sort="title", after=("Project 3", projects[0]["id"]))
    sql = str(page_query(request).compile(compile_kwargs={"literal_binds": True})).upper()
    assert "OFFSET" not in sql and "LIMIT" in sql


def test_a_row_inserted_above_the_key_does_not_shift_the_next_page(db, services):
    request = PageRequest("partner", sort="name", limit=5)
    for n in range(8):
        services.partners.create(name=f"Partner {n}", country="KG")
    first = page(db, request)
    services.partners.create(name="Partner 0 again", country="KG")  # sorts before the key
    second = page(db, PageRequest(**{**request.__dict__, "after": request.key_of(first[-1])}))
    assert [r["name"] for r in first] == [f"Partner {n}" for n in range(5)]
    assert [r["name"] for r in second] == ["Partner 5", "Partner 6", "Partner 7"]
    assert not {r["id"] for r in first} & {r["id"] for r in second}


@pytest.fixture
def many_rows(db, services):
    from app.demo.generator import write_demo

    write_demo(db, "small", 1)
    return db


def test_a_search_told_to_stop_is_interrupted_by_sqlite_not_finished(many_rows):
    request = PageRequest("attendance", search="zzz-no-such-code")
    asked = []

    def should_stop():
        asked.append(1)
        return True

    with pytest.raises(QueryCancelledError):
        page_with_total(many_rows, request, should_stop=should_stop)
    with pytest.raises(QueryCancelledError):
        count(many_rows, request, should_stop=lambda: True)
    assert len(asked) == 1  # stopped at SQLite's first look, not after the scan


def test_a_search_not_told_to_stop_returns_what_an_unwatched_one_does(many_rows):
    request = PageRequest("attendance", search="1", limit=20)
    watched = page_with_total(many_rows, request, should_stop=lambda: False)
    assert watched == page_with_total(many_rows, request) and watched[1] > 20
    assert page(many_rows, request, should_stop=lambda: False) == watched[0]


def test_a_search_on_an_encrypted_database_can_be_stopped_too(tmp_path):
    from app.demo.generator import write_demo
    from app.storage.database import Database
    from app.storage.paths import DataPaths

    db = Database.open(DataPaths(tmp_path / "locked"), create=True,
                       passphrase="a long enough passphrase")
    try:
        write_demo(db, "small", 1)
        request = PageRequest("attendance", search="no such code")
        with pytest.raises(QueryCancelledError):
            page_with_total(db, request, should_stop=lambda: True)
        assert page_with_total(db, request, should_stop=lambda: False) == ([], 0)
    finally:
        db.close()
