"""A grading worker process: imports TensorFlow once, then grades the batches it is sent.

    python -m tfkata.worker CHANNEL_FD PARENT_PID

Requests arrive as JSON lines on stdin (``{"target", "ids", "time_limits"}``); events go
back as JSON lines on the file descriptor CHANNEL_FD (see tfkata.inner). The learner's
prints go to stdout, which the engine drains. The worker dies with its parent, caps its
own address space (``TFKATA_MEMORY_LIMIT`` bytes) and leaves with os._exit: nothing of
TensorFlow's teardown is worth a second.
"""

from __future__ import annotations

import gc
import json
import os
import sys

from .paths import ROOT


def _die_with_parent(parent: int) -> None:
    """Never outlive the engine, even when it is killed (Linux; elsewhere the pipes end us)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(3)


def _cap_memory() -> None:
    limit = os.environ.get("TFKATA_MEMORY_LIMIT")
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


def pytest_args(request: dict) -> list[str]:
    from . import catalogue

    book = catalogue.load()
    files = sorted({str(book.get(i).section.grader_file) for i in request["ids"]})
    # pytest's unraisable/thread exception plugins run full garbage collections at every session's
    # end (0.1-0.4 s each, with TensorFlow loaded): a worker runs many sessions, so they are off.
    return [*files, "-c", str(ROOT / "pyproject.toml"), f"--rootdir={ROOT}", "-p", "no:cacheprovider",
            "-p", "no:unraisableexception", "-p", "no:threadexception",
            "-q", "-s", f"--basetemp={os.path.abspath('pytest-tmp')}", f"--target={request['target']}",
            *[f"--exercise={i}" for i in request["ids"]]]


def main(channel_fd: int, parent: int) -> None:
    _die_with_parent(parent)
    os.set_inheritable(channel_fd, False)
    channel = os.fdopen(channel_fd, "w", encoding="utf-8", buffering=1)
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)  # learner code reading stdin gets EOF, not our requests

    def send(event: dict) -> None:
        channel.write(json.dumps(event) + "\n")

    import keras  # noqa: F401 - the expensive part, done once before any request
    import pytest

    from .inner import Grading

    # TensorFlow leaves ~a million objects that live until exit; the collector can skip them.
    gc.freeze()
    _cap_memory()
    send({"event": "ready"})
    while line := requests.readline():
        grading = Grading(json.loads(line), send)
        pytest.main(pytest_args(json.loads(line)), plugins=[grading])
        send({"event": "complete", "retire": grading.retire, "rss": _rss()})
        if grading.retire:
            break
    channel.flush()
    os._exit(0)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
