"""Named points where a test can kill the process, to prove crash safety.

`reached("moved-in")` does nothing unless the environment variable
`FALTBOK_CRASH_AT` names that point (`moved-in`, or `moved-in#2` for its
second passing): then the process kills itself with SIGKILL on the spot, as a
power cut or `kill -9` would, with no cleanup, no `finally`, no flush. The
crash-safety tests run the real command line in a subprocess with it set and
check what the next start finds. Only the standard library is used here, so
any layer may mark a point.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

ENV = "FALTBOK_CRASH_AT"
_passed: Counter[str] = Counter()


def reached(point: str) -> None:
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition("#")
    if name != point:
        return
    _passed[point] += 1
    if _passed[point] == int(nth or 1):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
