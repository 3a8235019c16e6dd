"""One submission graded in a process of its own (in its sandbox, tfkata.sandbox), and the class run that starts them.

The guest (``python -m tfkata.guest``) reads its request as JSON on stdin (the folder, the
exercises, the time limit, the fd of its channel), grades with the engine, and writes
events as JSON lines on its channel: ``alive`` every few seconds, ``verdict`` per exercise,
``done`` at the end. It makes itself non-dumpable, so learner code in its workers (same
user, same sandbox) cannot open the channel through ``/proc``.

The parent (``grade_class``) runs up to ``jobs`` guests at a time and is the only process
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
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import sandbox
from .i18n import _
from .results import CRASHED, Results, Verdict

HEARTBEAT = 2.0  # seconds between a guest's "alive" events
SILENCE = 60.0  # a guest silent this long is stopped (learner code that stopped it, a machine gone wrong)


# ------------------------------------------------------------------ inside: the guest


def serve() -> None:
    from .worker import _undumpable

    _undumpable()
    request = json.loads(sys.stdin.read())
    channel = os.fdopen(int(request["channel"]), "w", encoding="utf-8")
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

    standby = Standby()
    try:
        Run([Job(Path(request["target"]), list(request["ids"]))], workers=1, time_limit=request.get("time_limit"),
            whole=True, standby=standby, warm_ahead=True,
            on_verdict=lambda job, verdict: say({"event": "verdict", "verdict": verdict.to_json()})).execute()
    finally:
        standby.close()
    say({"event": "done"})
    os._exit(0)


# ------------------------------------------------------------------ outside: the class run


@dataclass
class Guest:
    """A guest process seen from the parent: the exercises it owes, and when it last spoke."""

    index: int
    process: subprocess.Popen
    owed: list[str]
    heard: float
    said: deque

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)  # bwrap; its sandbox dies with it (--die-with-parent)
            except OSError:
                self.process.kill()
        self.process.wait()


def _start(index: int, target: Path, ids: list[str], time_limit: float | None, sandboxed: bool,
           events: queue.Queue) -> Guest:
    read, write = os.pipe()
    argv = [sys.executable, "-I", "-m", "tfkata.guest"]  # -I: nothing of the folder it starts in is imported
    argv = sandbox.command(argv, target) if sandboxed else argv
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               pass_fds=(write,), start_new_session=True)
    os.close(write)
    guest = Guest(index, process, list(ids), time.monotonic(), deque(maxlen=4))
    request = {"target": sandbox.SUBMISSION if sandboxed else str(target), "ids": ids, "time_limit": time_limit,
               "channel": write}
    try:
        process.stdin.write(json.dumps(request).encode())
        process.stdin.close()
    except OSError:  # it ended at once: its "ended" event says so
        pass

    def listen() -> None:
        with os.fdopen(read, "rb") as channel:
            for line in channel:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if isinstance(event, dict):
                    events.put((guest, event))
        events.put((guest, {"event": "ended"}))

    def drain() -> None:
        for line in process.stderr:
            guest.said.append(line.decode("utf-8", "replace").strip()[:300])

    threading.Thread(target=listen, daemon=True).start()
    threading.Thread(target=drain, daemon=True).start()
    return guest


def grade_class(targets: list[Path], ids: list[str], jobs: int, time_limit: float | None, sandboxed: bool,
                on_verdict: Callable[[int, Verdict], None], on_done: Callable[[int, Results], None]) -> None:
    """Grade each target in a guest of its own, ``jobs`` at a time; ``on_done(i, results)`` once target i is
    graded whole. KeyboardInterrupt passes through once every guest is stopped."""
    events: queue.Queue = queue.Queue()
    waiting = deque(range(len(targets)))
    running: list[Guest] = []
    results = [Results() for _ in targets]

    def record(guest: Guest, verdict: Verdict) -> None:
        guest.owed.remove(verdict.exercise_id)
        results[guest.index].add(verdict)
        on_verdict(guest.index, verdict)

    def finish(guest: Guest, why: str) -> None:
        guest.stop()
        running.remove(guest)
        for exercise_id in list(guest.owed):
            record(guest, Verdict(exercise_id, CRASHED, why))
        on_done(guest.index, results[guest.index])

    try:
        while waiting or running:
            while waiting and len(running) < jobs:
                index = waiting.popleft()
                running.append(_start(index, targets[index], ids, time_limit, sandboxed, events))
            try:
                guest, event = events.get(timeout=1.0)
            except queue.Empty:
                for guest in [g for g in running if time.monotonic() - g.heard > SILENCE]:
                    finish(guest, _("the grading of this submission stopped answering (was it stopped by its "
                                    "own code?)"))
                continue
            if guest not in running:
                continue
            guest.heard = time.monotonic()
            kind = event.get("event")
            if kind == "verdict":
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
        for guest in running:
            guest.stop()


if __name__ == "__main__":
    serve()
