"""Row ids made on the device: UUIDv7 for records, derived ids for pairs."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import uuid

from app.domain.ids import is_uuid, pair_id, uuid7


def test_uuid7_has_version_7_and_the_rfc_variant():
    value = uuid.UUID(uuid7())
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_uuid7_sorts_by_creation_time():
    ids = [uuid7(ms=1_700_000_000_000 + n) for n in range(100)]
    assert ids == sorted(ids)


def test_uuid7_is_reproducible_from_a_seeded_generator():
    first = [uuid7(1_700_000_000_000, random.Random(4)) for _ in range(3)]
    again = [uuid7(1_700_000_000_000, random.Random(4)) for _ in range(3)]
    assert first == again


def test_uuid7_without_a_seed_is_unique():
    assert len({uuid7(ms=1) for _ in range(1000)}) == 1000


def test_pair_ids_are_equal_on_every_device_and_differ_per_pair():
    session, alice, bob = uuid7(), uuid7(), uuid7()
    # another device is another process (another hash seed, another random state)
    script = ("import sys; from app.domain.ids import pair_id; "
              "print(pair_id('attendance', sys.argv[1], sys.argv[2]))")
    elsewhere = subprocess.run([sys.executable, "-c", script, session, alice],
                               capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": "random"}).stdout.strip()
    assert pair_id("attendance", session, alice) == elsewhere
    assert pair_id("attendance", session, alice) != pair_id("attendance", session, bob)
    assert pair_id("attendance", session, alice) != pair_id("roster", session, alice)
    assert uuid.UUID(pair_id("attendance", session, alice)).version == 8


def test_pair_ids_of_one_session_share_its_time_prefix():
    session = uuid7(ms=1_700_000_000_000)
    assert pair_id("attendance", session, uuid7())[:13] == session[:13]


def test_is_uuid_accepts_only_uuids():
    assert is_uuid(uuid7())
    assert not is_uuid("not-a-uuid")
    assert not is_uuid(None)
