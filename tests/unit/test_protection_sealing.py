"""Sealed secrets open only with their passphrase, under their own name, unaltered."""

from __future__ import annotations

import pytest

from app.storage.cipher import EmptyPassphraseError
from app.storage.sealing import NotSealedError, UnsealError, is_sealed, seal, unseal

SECRET = b"\x01\x02 age identity AGE-SECRET-KEY-1QQQ"


def test_a_sealed_secret_opens_with_its_passphrase_and_hides_its_bytes():
    blob = seal(SECRET, "passphrase", name="hq.age")
    assert is_sealed(blob) and SECRET not in blob
    assert unseal(blob, "passphrase", name="hq.age") == SECRET


def test_a_wrong_passphrase_does_not_open_it():
    with pytest.raises(UnsealError):
        unseal(seal(SECRET, "passphrase"), "Passphrase")


def test_a_secret_renamed_to_another_does_not_open():
    blob = seal(SECRET, "passphrase", name="device.key")
    with pytest.raises(UnsealError):
        unseal(blob, "passphrase", name="hq.age")


def test_an_altered_blob_does_not_open():
    blob = bytearray(seal(SECRET, "passphrase"))
    blob[-1] ^= 1
    with pytest.raises(UnsealError):
        unseal(bytes(blob), "passphrase")


def test_each_seal_is_different_even_for_the_same_secret():
    assert seal(SECRET, "passphrase") != seal(SECRET, "passphrase")


def test_unsealing_with_a_key_cache_derives_once_and_gives_the_same_secret():
    cache: dict = {}
    blob = seal(SECRET, "passphrase", key_cache=cache)
    assert len(cache) == 1
    assert unseal(blob, "passphrase", key_cache=cache) == SECRET


def test_plain_bytes_and_empty_passphrases_are_refused():
    with pytest.raises(NotSealedError):
        unseal(SECRET, "passphrase")
    with pytest.raises(EmptyPassphraseError):
        seal(SECRET, "")
