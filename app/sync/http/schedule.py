"""When the desktop app syncs with the hub by itself, and what it says about it.

The policy lives here, without Qt and without a clock of its own (every call
takes `now`, seconds on a monotonic clock), so it can be tested exactly; the
app's `app/ui/sync/autosync.py` only arms a timer for `next_in(now)` and starts a
round when `due(now)`.

- A local change starts a quiet period (`debounce`): a burst of edits at the
  door ends in one round, not one per keystroke. The first change of a burst
  also bounds the wait (`debounce_max`), so constant typing still syncs.
- Without changes, a round every `interval` fetches receipts and what other
  laptops sent through headquarters.
- After a failed round the next try waits an exponentially growing delay
  with jitter (`backoff_delay`), so fifty laptops coming back online after a
  power cut do not knock on the hub at the same second. A refusal
  (revoked, unknown laptop) stops automatic rounds: trying again cannot help
  until headquarters acts; "Sync now" still tries.
- While the system says there is no network, no automatic round starts
  ("waiting for a connection"); when the network comes back, the next round is
  soon. "Sync now" tries anyway: the system can be wrong (a hub on the office
  LAN), and the probe of the hub is the real test.
- Never two rounds at once; a change made during a round is remembered and
  synced by a round after it (the change log keeps the change itself; the
  round only has to be run again).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import Enum


class Failure(Enum):
    """Why a round did not complete, as far as the schedule cares."""

    UNREACHABLE = "unreachable"  # no route, connection refused or cut, hub down
    TIMEOUT = "timeout"
    TLS = "tls"
    REFUSED = "refused"  # 401/403: revoked, unknown laptop, bad signature
    PROTOCOL = "protocol"  # the hub answered something this version does not understand
    NO_HUB = "no_hub"  # no hub address configured
    NOT_ENROLLED = "not_enrolled"
    OTHER = "other"  # a local error (disk full, a refused return bundle)


class State(Enum):
    """What the status bar says, in one word."""

    OFF = "off"  # no hub address, or not a laptop enrolled with headquarters
    NEVER = "never"  # configured, no round completed yet
    SYNCED = "synced"
    SYNCING = "syncing"
    OFFLINE = "offline"  # the system says there is no network
    WAITING = "waiting"  # the hub could not be reached; retrying later
    REFUSED = "refused"
    FAILED = "failed"  # another failure; retrying later


RETRYING = {Failure.UNREACHABLE, Failure.TIMEOUT, Failure.TLS, Failure.PROTOCOL, Failure.OTHER}


@dataclass(frozen=True)
class Policy:
    debounce: float = 20.0
    debounce_max: float = 120.0
    interval: float = 15 * 60.0
    first_round: float = 5.0  # after the app starts or the network comes back
    backoff_base: float = 30.0
    backoff_cap: float = 30 * 60.0


def backoff_delay(failures: int, policy: Policy, rng: random.Random) -> float:
    """Seconds to wait after `failures` consecutive failed rounds (>= 1).

    "Equal jitter": half of the exponential step is certain, half random, so
    the delay never collapses to zero (a hub that is down is not hammered)
    yet laptops that failed together spread out. Bounds, for n failures and
    step = min(cap, base * 2**(n-1)): step/2 <= delay <= step.
    """
    exponent = min(max(failures, 1) - 1, 63)
    step = min(policy.backoff_cap, policy.backoff_base * 2.0 ** exponent)
    return step / 2 + rng.uniform(0, step / 2)


@dataclass(frozen=True)
class Status:
    """What happened, for the words of the status bar and the Sync page."""

    state: State
    last_success: float | None = None  # monotonic seconds of the last completed round
    retry_in: float | None = None  # seconds until the next automatic try, if one is planned
    failure: Failure | None = None
    reason: str | None = None  # a refusal's code: "revoked", "unknown", "signature"


@dataclass
class Schedule:
    """The state of automatic sync. Not thread-safe: the UI thread owns it."""

    policy: Policy = field(default_factory=Policy)
    rng: random.Random = field(default_factory=random.Random)
    enabled: bool = False
    online: bool | None = None  # None: the platform cannot tell
    running: bool = False
    failures: int = 0
    last_failure: Failure | None = None
    reason: str | None = None
    last_success: float | None = None
    _due: float | None = None  # when the next round should start
    _burst_started: float | None = None  # first unsynced change of the current burst
    _changed_during_round: bool = False
    _asked: bool = False  # "Sync now" waiting to start, whatever the network says

    # -- events ------------------------------------------------------------------
    def configure(self, enabled: bool, now: float) -> None:
        """A hub address was set or removed (or the laptop was enrolled)."""
        self.enabled = enabled
        self.failures, self.last_failure, self.reason = 0, None, None
        self._due = now + self.policy.first_round if enabled else None

    def network_changed(self, online: bool | None, now: float) -> None:
        came_back = online is not False and self.online is False
        self.online = online
        # after a refusal, no hub or no enrolment only a person can help: a network
        # that comes back plans nothing (the other failures retry anyway)
        waiting_for_a_person = (self.last_failure is not None
                                and self.last_failure not in RETRYING)
        if came_back and self.enabled and not waiting_for_a_person:
            self._due = min(self._due or float("inf"), now + self.policy.first_round)

    def local_change(self, now: float) -> None:
        if self.running:
            self._changed_during_round = True
            return
        if self._burst_started is None:
            self._burst_started = now
        if self.last_failure is not None:
            return  # backing off, or refused: a change does not hasten the retry
        wanted = min(now + self.policy.debounce, self._burst_started + self.policy.debounce_max)
        self._due = wanted

    def sync_now(self, now: float) -> None:
        """The person asked: try at once, whatever the backoff, a refusal or the
        system's idea of the network says."""
        self._due = now
        self._asked = True

    def round_started(self, now: float) -> None:
        self.running = True
        self._asked = False
        self._changed_during_round = False
        self._burst_started = None
        self._due = None

    def round_succeeded(self, now: float) -> None:
        self.running = False
        self.failures, self.last_failure, self.reason = 0, None, None
        self.last_success = now
        self._due = now + self.policy.interval
        if self._changed_during_round:
            self._changed_during_round = False
            self._burst_started = now
            self._due = now + self.policy.debounce

    def round_failed(self, failure: Failure, now: float, reason: str | None = None) -> None:
        self.running = False
        self.failures += 1
        self.last_failure, self.reason = failure, reason
        if self._changed_during_round:
            self._changed_during_round = False
            self._burst_started = now
        if failure in RETRYING:
            self._due = now + backoff_delay(self.failures, self.policy, self.rng)
        else:  # refused, no hub, not enrolled: waiting for a person, not for time
            self._due = None

    # -- questions -----------------------------------------------------------------
    def due(self, now: float) -> bool:
        """Start a round now? Never while one runs, off, or with the network down."""
        return (self.enabled and not self.running and (self.online is not False or self._asked)
                and self._due is not None and now >= self._due)

    def next_in(self, now: float) -> float | None:
        """Seconds until a round is due (0 if now), or None if none is planned."""
        if not self.enabled or self.running or self._due is None:
            return None
        return max(0.0, self._due - now)

    def status(self, now: float) -> Status:
        if not self.enabled:
            return Status(State.OFF)
        retry = self.next_in(now)
        if self.running:
            state = State.SYNCING
        elif self.online is False:
            state, retry = State.OFFLINE, None
        elif self.last_failure is Failure.REFUSED:
            state = State.REFUSED
        elif self.last_failure in (Failure.UNREACHABLE, Failure.TIMEOUT):
            state = State.WAITING
        elif self.last_failure is not None:
            state = State.FAILED
        elif self.last_success is None:
            state = State.NEVER
        else:
            state = State.SYNCED
        return Status(state, self.last_success, retry, self.last_failure, self.reason)
