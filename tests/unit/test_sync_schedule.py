"""The automatic-sync policy, on a clock the test holds: backoff bounds and spread,
debounce of bursts, a round at a time, no round offline, a change made during a
round synced by the next one, refusals waiting for a person."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sync.http.schedule import Failure, Policy, Schedule, State, backoff_delay

POLICY = Policy(debounce=20, debounce_max=120, interval=900, first_round=5,
                backoff_base=30, backoff_cap=1800)


def started(now: float = 0.0, online: bool | None = True) -> Schedule:
    schedule = Schedule(POLICY, random.Random(7))
    schedule.network_changed(online, now)
    schedule.configure(True, now)
    return schedule


def run_due_round(schedule: Schedule, now: float) -> None:
    assert schedule.due(now)
    schedule.round_started(now)


@given(failures=st.integers(min_value=1, max_value=10_000),
       base=st.floats(min_value=0.5, max_value=600),
       cap=st.floats(min_value=1, max_value=86_400),
       seed=st.integers(min_value=0, max_value=2**32))
def test_backoff_stays_between_half_the_step_and_the_step_and_never_above_the_cap(
        failures, base, cap, seed):
    policy = Policy(backoff_base=base, backoff_cap=cap)
    step = min(cap, base * 2.0 ** min(failures - 1, 63))
    delay = backoff_delay(failures, policy, random.Random(seed))
    assert step / 2 <= delay <= step <= cap
    assert delay > 0


@given(failures=st.integers(min_value=8, max_value=500), seed=st.integers(0, 2**32))
def test_after_enough_failures_the_delay_sits_between_half_the_cap_and_the_cap(failures, seed):
    # 30 s doubled 7 times passes the 30 minute cap
    delay = backoff_delay(failures, POLICY, random.Random(seed))
    assert POLICY.backoff_cap / 2 <= delay <= POLICY.backoff_cap


def test_laptops_failing_together_spread_their_retries():
    delays = {round(backoff_delay(4, POLICY, random.Random(seed)), 3) for seed in range(50)}
    assert len(delays) > 40
    assert max(delays) - min(delays) > POLICY.backoff_base


def test_a_burst_of_changes_ends_in_one_round_after_the_quiet_period():
    schedule = started()
    run_due_round(schedule, 5)
    schedule.round_succeeded(6)
    for t in (100, 105, 110, 115):
        schedule.local_change(t)
        assert not schedule.due(t + 1)
    assert schedule.next_in(115) == POLICY.debounce
    assert not schedule.due(134)
    assert schedule.due(135)


def test_constant_typing_still_syncs_within_the_longest_wait():
    schedule = started()
    run_due_round(schedule, 5)
    schedule.round_succeeded(6)
    t = 100.0
    while not schedule.due(t):
        schedule.local_change(t)
        t += 5
    assert t <= 100 + POLICY.debounce_max + 5


def test_without_changes_a_round_runs_every_interval():
    schedule = started()
    run_due_round(schedule, 5)
    schedule.round_succeeded(10)
    assert schedule.next_in(10) == POLICY.interval
    assert schedule.due(10 + POLICY.interval)
    assert schedule.status(20).state is State.SYNCED


def test_never_two_rounds_at_once_and_a_change_during_a_round_gets_its_own_round():
    schedule = started()
    run_due_round(schedule, 5)
    schedule.local_change(6)
    schedule.sync_now(7)
    assert not schedule.due(8)
    assert schedule.next_in(8) is None
    assert schedule.status(8).state is State.SYNCING
    schedule.round_succeeded(9)
    assert schedule.next_in(9) == POLICY.debounce
    assert schedule.due(9 + POLICY.debounce)


def test_a_change_during_a_failed_round_is_synced_by_the_retry():
    schedule = started()
    run_due_round(schedule, 5)
    schedule.local_change(6)
    schedule.round_failed(Failure.UNREACHABLE, 7)
    retry = schedule.next_in(7)
    assert retry is not None and retry >= POLICY.backoff_base / 2
    run_due_round(schedule, 7 + retry)
    schedule.round_succeeded(8 + retry)
    assert schedule.status(8 + retry).state is State.SYNCED


@given(outcomes=st.lists(st.sampled_from(list(Failure) + [None]), min_size=1, max_size=30),
       seed=st.integers(0, 2**32))
def test_after_any_sequence_of_rounds_a_retryable_failure_plans_a_bounded_retry(outcomes,
                                                                              seed):
    schedule = Schedule(POLICY, random.Random(seed))
    schedule.network_changed(True, 0)
    schedule.configure(True, 0)
    now = 0.0
    for outcome in outcomes:
        schedule.sync_now(now)
        run_due_round(schedule, now)
        now += 1
        if outcome is None:
            schedule.round_succeeded(now)
            assert schedule.next_in(now) == POLICY.interval
        else:
            schedule.round_failed(outcome, now, "revoked")
            wait = schedule.next_in(now)
            if outcome in (Failure.REFUSED, Failure.NO_HUB, Failure.NOT_ENROLLED):
                assert wait is None
            else:
                assert POLICY.backoff_base / 2 <= wait <= POLICY.backoff_cap
        assert not schedule.running


def test_offline_no_round_starts_and_coming_back_online_syncs_soon():
    schedule = started(online=False)
    schedule.local_change(30)
    assert not schedule.due(500)
    assert schedule.status(500).state is State.OFFLINE
    schedule.network_changed(True, 600)
    assert schedule.next_in(600) <= POLICY.first_round


def test_sync_now_tries_even_when_the_system_says_offline_and_only_once():
    schedule = started(online=False)
    schedule.sync_now(50)
    assert schedule.due(50)
    run_due_round(schedule, 50)
    schedule.round_failed(Failure.UNREACHABLE, 51)
    assert not schedule.due(100_000)
    assert schedule.status(52).state is State.OFFLINE


def test_coming_back_online_cuts_a_long_backoff_short():
    schedule = started()
    for n in range(6):
        schedule.sync_now(n * 10_000)
        run_due_round(schedule, n * 10_000)
        schedule.round_failed(Failure.UNREACHABLE, n * 10_000 + 1)
    assert schedule.next_in(50_001) > 600
    assert schedule.status(50_001).state is State.WAITING
    schedule.network_changed(False, 50_002)
    schedule.network_changed(True, 50_003)
    assert schedule.next_in(50_003) <= POLICY.first_round


def test_a_platform_that_cannot_tell_the_network_state_does_not_stop_sync():
    schedule = started(online=None)
    assert schedule.due(POLICY.first_round)


def test_a_refusal_stops_automatic_rounds_until_someone_asks():
    schedule = started()
    run_due_round(schedule, 5)
    schedule.round_failed(Failure.REFUSED, 6, "revoked")
    schedule.local_change(7)
    schedule.network_changed(True, 8)
    assert not schedule.due(100_000)
    status = schedule.status(9)
    assert (status.state, status.reason, status.retry_in) == (State.REFUSED, "revoked", None)
    schedule.sync_now(10)
    assert schedule.due(10)


def test_a_change_during_backoff_does_not_hasten_the_retry():
    schedule = started()
    run_due_round(schedule, 5)
    schedule.round_failed(Failure.TIMEOUT, 6)
    before = schedule.next_in(6)
    schedule.local_change(7)
    assert schedule.next_in(7) == before - 1


def test_switched_off_nothing_is_planned_and_the_status_says_off():
    schedule = Schedule(POLICY, random.Random(1))
    schedule.local_change(1)
    assert schedule.next_in(1) is None and not schedule.due(10_000)
    assert schedule.status(1).state is State.OFF
    schedule.configure(True, 2)
    assert schedule.status(2).state is State.NEVER
    assert schedule.due(2 + POLICY.first_round)


EVENTS = st.lists(st.tuples(
    st.sampled_from(["change", "online", "offline", "unknown", "now", "tick", "ok", "fail"]),
    st.floats(min_value=0, max_value=5000), st.sampled_from(list(Failure))),
    max_size=60)


@pytest.mark.parametrize("failure", [Failure.REFUSED, Failure.NO_HUB, Failure.NOT_ENROLLED])
def test_a_network_coming_back_plans_no_round_while_a_person_must_act(failure):
    """Found by the property below: after "no hub address" the network going
    off and on planned a round that nothing would start."""
    schedule = Schedule(POLICY, random.Random(1))
    schedule.configure(True, 0)
    schedule.network_changed(False, 0)
    schedule.sync_now(0)
    schedule.round_started(0)
    schedule.round_failed(failure, 0)
    schedule.network_changed(True, 1)
    assert schedule.next_in(1) is None and not schedule.due(1e9)
    schedule.sync_now(2)  # a person can always ask
    assert schedule.due(2)


@given(events=EVENTS, seed=st.integers(0, 2**32))
def test_under_any_events_one_round_at_a_time_and_always_a_plan_unless_a_person_must_act(
        events, seed):
    schedule = Schedule(POLICY, random.Random(seed))
    schedule.configure(True, 0)
    now, rounds_started = 0.0, 0
    for kind, step, failure in events:
        now += step
        if kind == "change":
            schedule.local_change(now)
        elif kind in ("online", "offline", "unknown"):
            schedule.network_changed({"online": True, "offline": False}.get(kind), now)
        elif kind == "now":
            schedule.sync_now(now)
        elif kind == "tick" and schedule.due(now):
            schedule.round_started(now)
            rounds_started += 1
        elif kind == "ok" and schedule.running:
            schedule.round_succeeded(now)
        elif kind == "fail" and schedule.running:
            schedule.round_failed(failure, now, "revoked")
        if schedule.running:
            assert not schedule.due(now + 1e9) and schedule.next_in(now) is None
            assert schedule.status(now).state is State.SYNCING
        elif schedule.last_failure in (Failure.REFUSED, Failure.NO_HUB, Failure.NOT_ENROLLED):
            assert schedule.next_in(now) is None or schedule.due(schedule.next_in(now) + now)
        else:
            wait = schedule.next_in(now)
            assert wait is not None and wait <= max(POLICY.interval, POLICY.backoff_cap)
