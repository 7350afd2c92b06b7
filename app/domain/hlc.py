"""Hybrid logical clock.

A stamp is a fixed-width string that sorts like the event order:

    <wall millis, 12 hex digits>-<counter, 4 hex digits>-<device id>

e.g. ``019a6c1f2b40-0000-0193…``. The wall part follows the real clock when
it moves forward; when the clock stands still or jumps backwards the counter
counts up instead, so stamps stay strictly increasing on one device. When the
counter would overflow, the wall part is pushed one millisecond ahead.

A device whose clock is far *behind* the last stamp it has seen (a dead CMOS
battery resetting to 2001, a wrong time zone setting) refuses to stamp: the
alternative is silently losing every edit to older data in a merge.

One clock is shared by every thread of the process (the UI thread stamps
saves while a worker merges a bundle and observes its stamps), so `tick` and
`observe` read and change the clock's state under one lock: without it two
threads can read the same state and hand out the same stamp.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

COUNTER_MAX = 0xFFFF
DEVICE_OFFSET = 18  # len("012345678901-0000-"); the device id starts here
DEFAULT_MAX_LAG_MS = 24 * 60 * 60 * 1000


class ClockBehindError(Exception):
    """The wall clock is further behind the last seen stamp than we tolerate."""

    def __init__(self, wall_ms: int, last_ms: int):
        self.wall_ms = wall_ms
        self.last_ms = last_ms
        super().__init__(
            f"the system clock is {(last_ms - wall_ms) / 3_600_000:.1f} hours behind the "
            "newest recorded change; correct the date and time before editing"
        )


class MalformedStampError(ValueError):
    """A string that is not a hybrid-logical-clock stamp."""


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.wall_ms:012x}-{self.counter:04x}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        try:
            wall, counter, device = text[:12], text[13:17], text[DEVICE_OFFSET:]
            if text[12] != "-" or text[17] != "-" or not device:
                raise ValueError
            return cls(int(wall, 16), int(counter, 16), device)
        except (ValueError, IndexError, TypeError):
            raise MalformedStampError(f"not a clock stamp: {text!r}") from None


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps for one device."""

    def __init__(
        self,
        device_id: str,
        last: str | None = None,
        wall: Callable[[], int] = wall_clock_ms,
        max_lag_ms: int = DEFAULT_MAX_LAG_MS,
    ):
        self.device_id = device_id
        self._wall = wall
        self._max_lag_ms = max_lag_ms
        self._ms, self._counter = 0, 0
        self._lock = threading.Lock()
        if last:
            self.observe(last)

    @property
    def last(self) -> str | None:
        with self._lock:
            ms, counter = self._ms, self._counter
        if ms == 0 and counter == 0:
            return None
        return str(Stamp(ms, counter, self.device_id))

    def tick(self) -> str:
        """A new stamp, later than every stamp issued or observed so far."""
        with self._lock:
            now = self._wall()
            if now + self._max_lag_ms < self._ms:
                raise ClockBehindError(now, self._ms)
            if now > self._ms:
                self._ms, self._counter = now, 0
            elif self._counter < COUNTER_MAX:
                self._counter += 1
            else:
                self._ms, self._counter = self._ms + 1, 0
            ms, counter = self._ms, self._counter
        return str(Stamp(ms, counter, self.device_id))

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen elsewhere (a merged change, the stored last)."""
        seen = Stamp.parse(stamp)
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._ms, self._counter):
                self._ms, self._counter = seen.wall_ms, seen.counter
