"""One submission graded in a process of its own (in its sandbox, tfkata.sandbox), and the class run that starts them.

The guest (``python -m tfkata.guest FD``) warms a worker up, reads its request as JSON on stdin
(the folder, the exercises, the time limit), grades with the engine, and writes events as JSON
lines on its channel, the fd FD: ``alive`` every few seconds, ``verdict`` per exercise,
``done`` at the end. It makes itself non-dumpable, so learner code in its workers (same
user, same sandbox) cannot open the channel through ``/proc``.

The parent (``grade_class``) runs up to ``jobs`` guests at a time, and starts the next one ahead
so that it warms up while they grade. It is the only process
that writes anything: it records a verdict only for an exercise asked of that guest and not
yet given, kills a guest that goes silent, and gives the exercises a guest never graded the
status *crashed*. Killing a guest kills its sandbox, and every process in it.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Callable

from . import sandbox
from .i18n import _
from .results import CRASHED, Results, Verdict

HEARTBEAT = 2.0  # seconds between a guest's "alive" events
SILENCE = 60.0  # a guest silent this long is stopped (learner code that stopped it, a machine gone wrong)


# ------------------------------------------------------------------ inside: the guest


def serve(channel_fd: int) -> None:
    """Warm a worker up, then grade the request that arrives on stdin (sent when the guest's turn comes: a
    guest started ahead has paid TensorFlow's import and first use by then)."""
    from .worker import _undumpable

    _undumpable()
    channel = os.fdopen(channel_fd, "w", encoding="utf-8")
    lock = threading.Lock()

    def say(event: dict) -> None:
        with lock:
            channel.write(json.dumps(event) + "\n")
            channel.flush()

    def beat() -> None:
        while True:
            say({"event": "alive"})
            time.sleep(HEARTBEAT)

    threading.Thread(target=beat, daemon=True).start()
    from .engine import Job, Run, Standby

    standby = Standby(apart=True)
    request = json.loads(sys.stdin.read())
    try:
        Run([Job(Path(request["target"]), list(request["ids"]))], workers=1, time_limit=request.get("time_limit"),
            whole=True, standby=standby, warm_ahead=True, apart=True,
            on_verdict=lambda job, verdict: say({"event": "verdict", "verdict": verdict.to_json()})).execute()
    finally:
        standby.close()
    say({"event": "done"})
    os._exit(0)


# ------------------------------------------------------------------ outside: the class run


class Guest:
    """A guest process seen from the parent: started for one submission, and graded once it is sent its request
    (until then it warms up). It owes every exercise until it gives its verdict."""

    def __init__(self, index: int, target: Path, ids: list[str], sandboxed: bool, events: queue.Queue):
        self.index, self.target, self.sandboxed = index, target, sandboxed
        self.owed = list(ids)
        self.heard = time.monotonic()
        self.said: deque[str] = deque(maxlen=4)
        read, write = os.pipe()
        argv = [sys.executable, "-I", "-m", "tfkata.guest", str(write)]  # -I: nothing of the folder it starts in
        self.process = subprocess.Popen(sandbox.command(argv, target) if sandboxed else argv, stdin=subprocess.PIPE,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, pass_fds=(write,),
                                        start_new_session=True)
        os.close(write)
        threading.Thread(target=self._listen, args=(read, events), daemon=True).start()
        threading.Thread(target=self._drain, daemon=True).start()

    def begin(self, time_limit: float | None) -> None:
        """Send the request: grade what it owes."""
        self.heard = time.monotonic()
        request = {"target": sandbox.SUBMISSION if self.sandboxed else str(self.target), "ids": self.owed,
                   "time_limit": time_limit}
        try:
            self.process.stdin.write(json.dumps(request).encode())
            self.process.stdin.close()
        except OSError:  # it has ended: its "ended" event says so
            pass

    def _listen(self, read: int, events: queue.Queue) -> None:
        with os.fdopen(read, "rb") as channel:
            for line in channel:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if isinstance(event, dict):
                    events.put((self, event))
        events.put((self, {"event": "ended"}))

    def _drain(self) -> None:
        for line in self.process.stderr:
            self.said.append(line.decode("utf-8", "replace").strip()[:300])

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)  # bwrap; its sandbox dies with it (--die-with-parent)
            except OSError:
                self.process.kill()
        self.process.wait()


def grade_class(targets: list[Path], ids: list[str], jobs: int, time_limit: float | None, sandboxed: bool,
                on_verdict: Callable[[int, Verdict], None], on_done: Callable[[int, Results], None]) -> None:
    """Grade each target in a guest of its own, ``jobs`` at a time, the next one started ahead so that it warms
    up meanwhile; ``on_done(i, results)`` once target i is graded whole. KeyboardInterrupt passes through once
    every guest is stopped."""
    events: queue.Queue = queue.Queue()
    waiting = deque(range(len(targets)))
    grading: list[Guest] = []
    ahead: list[Guest] = []  # started, not yet asked: at most one
    results = [Results() for _ in targets]

    def start() -> Guest:
        index = waiting.popleft()
        return Guest(index, targets[index], ids, sandboxed, events)

    def record(guest: Guest, verdict: Verdict) -> None:
        guest.owed.remove(verdict.exercise_id)
        results[guest.index].add(verdict)
        on_verdict(guest.index, verdict)

    def finish(guest: Guest, why: str) -> None:
        guest.stop()
        (grading if guest in grading else ahead).remove(guest)
        for exercise_id in list(guest.owed):
            record(guest, Verdict(exercise_id, CRASHED, why))
        on_done(guest.index, results[guest.index])

    try:
        while waiting or grading or ahead:
            while len(grading) < jobs and (ahead or waiting):
                guest = ahead.pop() if ahead else start()
                guest.begin(time_limit)
                grading.append(guest)
            if waiting and not ahead:
                ahead.append(start())
            try:
                guest, event = events.get(timeout=1.0)
            except queue.Empty:
                for guest in [g for g in grading + ahead if time.monotonic() - g.heard > SILENCE]:
                    finish(guest, _("the grading of this submission stopped answering (was it stopped by its "
                                    "own code?)"))
                continue
            if guest not in grading + ahead:
                continue
            guest.heard = time.monotonic()
            kind = event.get("event")
            if kind == "verdict" and guest in grading:
                try:
                    verdict = Verdict.from_json(event["verdict"])
                except (KeyError, TypeError, ValueError):
                    continue
                if verdict.exercise_id in guest.owed:
                    record(guest, verdict)
            elif kind in ("done", "ended"):
                said = " / ".join(guest.said) or _("no output")
                finish(guest, _("the grading of this submission ended early: {said}").format(said=said)[:400])
    finally:
        for guest in grading + ahead:
            guest.stop()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
