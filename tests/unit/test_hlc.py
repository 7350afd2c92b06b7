"""The hybrid logical clock: strictly increasing stamps whatever the wall clock does."""

from __future__ import annotations

import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.hlc import (
    COUNTER_MAX,
    DEFAULT_MAX_LAG_MS,
    ClockBehindError,
    HybridClock,
    MalformedStampError,
    Stamp,
)

DEVICE = "0193a2b4-0000-7000-8000-000000000001"


class FakeWall:
    def __init__(self, ms: int):
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_follow_the_wall_clock_when_it_moves_forward():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(DEVICE, wall=wall)
    first = Stamp.parse(clock.tick())
    wall.ms += 5
    second = Stamp.parse(clock.tick())
    assert (first.wall_ms, first.counter) == (1_700_000_000_000, 0)
    assert (second.wall_ms, second.counter) == (1_700_000_000_005, 0)


def test_stamps_keep_increasing_when_the_clock_jumps_backwards():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(DEVICE, wall=wall)
    before = clock.tick()
    wall.ms -= 60_000  # NTP correction, a minute back
    after = [clock.tick() for _ in range(3)]
    assert before < after[0] < after[1] < after[2]
    assert Stamp.parse(after[2]).wall_ms == 1_700_000_000_000


def test_counter_overflow_moves_the_wall_part_one_millisecond_ahead():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(DEVICE, wall=wall)
    stamps = [clock.tick() for _ in range(COUNTER_MAX + 2)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    last = Stamp.parse(stamps[-1])
    assert (last.wall_ms, last.counter) == (1_700_000_000_001, 0)


def test_refuses_to_stamp_when_the_wall_clock_is_far_behind_the_last_stamp():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(DEVICE, wall=wall)
    clock.tick()
    wall.ms -= DEFAULT_MAX_LAG_MS + 1  # a dead CMOS battery, a day and a bit back
    with pytest.raises(ClockBehindError) as caught:
        clock.tick()
    assert "behind" in str(caught.value)


def test_tolerates_a_clock_behind_by_less_than_the_limit():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(DEVICE, wall=wall)
    clock.tick()
    wall.ms -= DEFAULT_MAX_LAG_MS - 1
    assert clock.tick() > str(Stamp(1_700_000_000_000, 0, DEVICE))


def test_restored_clock_continues_after_the_last_persisted_stamp():
    wall = FakeWall(1_700_000_000_000)
    first = HybridClock(DEVICE, wall=wall)
    last = [first.tick() for _ in range(5)][-1]
    wall.ms -= 10  # the new process starts with a clock slightly behind
    again = HybridClock(DEVICE, last=last, wall=wall)
    assert again.tick() > last


def test_observing_a_remote_stamp_moves_past_it():
    clock = HybridClock(DEVICE, wall=FakeWall(1_000))
    remote = str(Stamp(5_000, 7, "0193a2b4-0000-7000-8000-000000000002"))
    clock.observe(remote)
    mine = Stamp.parse(clock.tick())
    assert (mine.wall_ms, mine.counter) > (5_000, 7)


@given(st.integers(0, 2**48 - 1), st.integers(0, COUNTER_MAX),
       st.integers(0, 2**48 - 1), st.integers(0, COUNTER_MAX))
def test_stamp_text_sorts_like_the_events_it_stamps(ms_a, counter_a, ms_b, counter_b):
    a, b = Stamp(ms_a, counter_a, DEVICE), Stamp(ms_b, counter_b, DEVICE)
    assert (str(a) < str(b)) == (a < b)
    assert Stamp.parse(str(a)) == a


@given(st.lists(st.integers(-10**6, 10**6), min_size=1, max_size=200))
def test_stamps_are_strictly_increasing_under_any_wall_clock_walk(steps):
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(DEVICE, wall=wall)
    stamps = []
    for step in steps:
        wall.ms += step
        try:
            stamps.append(clock.tick())
        except ClockBehindError:
            continue
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


@pytest.mark.parametrize("text", ["", "nonsense", "0193a2b4c000-0000", "zzzzzzzzzzzz-0000-d",
                                  "0193a2b4c000x0000-d"])
def test_malformed_stamps_are_rejected(text):
    with pytest.raises(MalformedStampError):
        Stamp.parse(text)



class YieldingMs(int):
    """A wall time whose comparisons and sums hand the interpreter to another
    thread. Under the GIL a few bytecodes run uninterrupted, so races hide;
    this stands in for free-threaded Python (and for the thread switches that
    do happen) by making every step of tick/observe that touches the wall
    time a switch point."""

    def _switch(self):
        time.sleep(0)

    def __add__(self, other):
        self._switch()
        return YieldingMs(int(self) + int(other))

    def __gt__(self, other):
        self._switch()
        return int(self) > int(other)

    def __lt__(self, other):
        self._switch()
        return int(self) < int(other)


class SlowWall:
    """Stands still for a while, then moves a millisecond (as a fast machine sees it)."""

    def __init__(self, ms: int):
        self.ms = ms
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        if self.calls % 50 == 0:
            self.ms += 1
        return YieldingMs(self.ms)


def test_stamps_never_repeat_or_go_back_when_many_threads_tick_and_observe():
    """One clock serves the UI thread (saves) and sync workers (merges observe
    remote stamps) at once: no stamp is handed out twice, none goes back."""
    wall = SlowWall(1_700_000_000_000)
    clock = HybridClock(DEVICE, wall=wall)
    other = "0193a2b4-0000-7000-8000-0000000000ff"
    per_thread: dict[int, list[str]] = {i: [] for i in range(8)}
    late: list[tuple[str, str]] = []
    start = threading.Barrier(8)

    def ticker(index: int) -> None:
        start.wait()
        for _ in range(400):
            per_thread[index].append(clock.tick())

    def observer(index: int) -> None:
        start.wait()
        for n in range(200):
            seen = str(Stamp(wall.ms + 1, n, other))
            clock.observe(seen)
            after = clock.tick()
            per_thread[index].append(after)
            mine, theirs = Stamp.parse(after), Stamp.parse(seen)
            if (mine.wall_ms, mine.counter) <= (theirs.wall_ms, theirs.counter):
                late.append((seen, after))

    threads = [threading.Thread(target=ticker, args=(i,)) for i in range(6)]
    threads += [threading.Thread(target=observer, args=(i,)) for i in range(6, 8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    everything = [stamp for stamps in per_thread.values() for stamp in stamps]
    assert len(everything) == 6 * 400 + 2 * 200
    assert len(set(everything)) == len(everything), "a stamp was handed out twice"
    for stamps in per_thread.values():
        parsed = [Stamp.parse(s) for s in stamps]
        assert all(a < b for a, b in zip(parsed, parsed[1:], strict=False)), "went back"
    assert late == [], "a tick after observe() was not later than the observed stamp"
