"""What the learner's code starts and leaves running, ended with its grading (Linux).

A grading process (a worker, a learner process) runs in a session of its own (worker.settle):
``sweep`` kills what is left in the sessions of those that ended. A process that made a session
of its own (``setsid()``, a double fork) leaves it; the `tfkata` command adopts such orphans
(``adopt``: it is its descendants' subreaper) and ends them before it exits (``end_adopted``).
`tfkata grade` needs neither: its sandbox's PID namespace dies whole.
"""

from __future__ import annotations

import os
import signal


def _processes() -> list[tuple[int, int, int]]:
    """(pid, parent pid, session id) of every process this one can see."""
    found = []
    try:
        names = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:  # not Linux
        return found
    for name in names:
        try:
            with open(f"/proc/{name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()  # after the command's name, which may hold spaces
        except (OSError, IndexError):
            continue
        found.append((int(name), int(fields[1]), int(fields[3])))
    return found


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def sweep(sessions: set[int]) -> None:
    """Kill every process left in ``sessions`` (those of grading processes that have ended)."""
    for pid, _, session in _processes():
        if session in sessions:
            _kill(pid)


def adopt() -> None:
    """Make this process its descendants' subreaper: an orphan of the learner's code becomes its child."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def end_adopted() -> None:
    """Kill and reap the children of this process that it did not start itself (orphans it adopted): all but
    multiprocessing's fork server and resource tracker, and its own processes still running."""
    import multiprocessing
    from multiprocessing import forkserver, resource_tracker

    own = {getattr(forkserver._forkserver, "_forkserver_pid", None),
           getattr(resource_tracker._resource_tracker, "_pid", None),
           *(p.pid for p in multiprocessing.active_children())}
    for pid, parent, _ in _processes():
        if parent == os.getpid() and pid not in own:
            _kill(pid)
            try:
                os.waitpid(pid, 0)
            except OSError:
                pass
