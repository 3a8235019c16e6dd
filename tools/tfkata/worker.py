"""A grading worker process: grades the batches the engine sends it, one at a time.

The engine starts it with ``serve`` (forked from its warm fork server on Linux, spawned
elsewhere). Requests arrive as JSON on ``requests`` (``{"target", "ids", "time_limits"}``);
events go back as JSON on ``events`` (see tfkata.inner). Its stdout and stderr, where the
learner's prints land, are ``output``, which the engine drains. The worker runs in its
own session (a process group the engine kills whole), in its scratch folder, dies with
its parent, caps its own address space, and leaves with os._exit: nothing of
TensorFlow's teardown is worth a second.
"""

from __future__ import annotations

import json
import os

from . import i18n
from .paths import GRADERS, PACKAGE


def _die_with_parent() -> None:
    """Never outlive the process that started us, even when it is killed (Linux)."""
    parent = os.getppid()
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(3)


def _undumpable() -> None:
    """Close /proc/<pid>/fd and /proc/<pid>/mem to other processes of the same user: a learner's process
    beside this one cannot write into its channels or its memory."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(4, 0)  # PR_SET_DUMPABLE
    except (OSError, AttributeError):
        pass


def _cap_memory(limit: int | None) -> None:
    try:
        import resource

        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
    except (ImportError, ValueError, OSError):  # no cap where the platform has none
        pass


def _rss() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


# The settings of grading.ini, and no conftest.py: the same in a checkout and installed from a wheel. pytest's
# unraisable/thread exception plugins run full garbage collections at every session's end (0.1-0.4 s each, with
# TensorFlow loaded): a worker runs many sessions, so they are off; anyio's (installed with Jupyter's packages)
# serves no grader.
UNUSED_PLUGINS = ("doctest", "junitxml", "pastebin", "setuponly", "setupplan", "stepwise", "unittest", "legacypath",
                  "subtests")  # pytest's own, for options and kinds of test no grading uses: not loaded
PYTEST_SETTINGS = ["-c", str(PACKAGE / "grading.ini"), f"--rootdir={GRADERS}", "--noconftest",
                   "-p", "no:cacheprovider", "-p", "no:unraisableexception", "-p", "no:threadexception",
                   "-p", "no:anyio", *(arg for plugin in UNUSED_PLUGINS for arg in ("-p", f"no:{plugin}"))]


def pytest_args(request: dict) -> list[str]:
    from . import catalogue

    book = catalogue.load()
    files = sorted({str(book.get(i).section.grader_file) for i in request["ids"]})
    return [*files, *PYTEST_SETTINGS, "-q", "-s", f"--basetemp={os.path.abspath('pytest-tmp')}",
            f"--target={request['target']}", *[f"--exercise={i}" for i in request["ids"]]]


def settle(output, scratch: str) -> None:
    """What a grading process (a worker, a learner process) does first: its own session (a process group the
    engine kills whole, and by which it finds what its code leaves behind: tfkata.orphans), dying with its
    parent, its scratch folder, its output into ``output``, stdin at EOF."""
    if hasattr(os, "setsid"):
        os.setsid()
    _die_with_parent()
    os.chdir(scratch)
    for fd in (1, 2):
        os.dup2(output.fileno(), fd)
    output.close()
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)  # learner code reading stdin gets EOF


def serve(requests, events, output, scratch: str, memory_limit: int | None, warm_up: str | None = None,
          learner=None) -> None:
    """The worker's whole life: set up, say ready, grade each request, leave. ``learner`` is the channel
    to its learner process, for the exercises judged apart (tfkata.remote)."""
    settle(output, scratch)
    _undumpable()

    def send(event: dict) -> None:
        events.send_bytes(json.dumps(event).encode())

    import pytest

    from . import warm  # already loaded when forked from the warm server
    from .inner import Grading

    _cap_memory(memory_limit)
    send({"event": "ready"})
    if warm_up is not None:
        warm.warm_up(requests.poll, warm_up)
    while True:
        try:
            request = json.loads(requests.recv_bytes())
        except (EOFError, OSError):
            break
        os.environ["TFKATA_LANG"] = request.get("lang") or i18n.language()  # language() may change between checks
        grading = Grading(request, send, learner)
        pytest.main(pytest_args(request), plugins=[grading])
        send({"event": "complete", "retire": grading.retire, "rss": _rss()})
        if grading.retire:
            break
    os._exit(0)
