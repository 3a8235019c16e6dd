"""The grading engine: every way in (pytest, tfkata check and progress, the self-tests) grades here.

Learner code never runs in this process. Worker processes (tfkata.worker) run the
graders with pytest and send back one verdict per exercise over a pipe; a verdict is
recorded only when a worker sends it whole. This side only schedules and watches:

- a worker that ends early (any exit code, a signal, the OOM killer) costs the exercise
  it was grading the status *crashed*, with one line saying what ended it;
- a grader test that outlives its time limit (plus a grace) has its worker killed: the
  exercise is *timed out*;
- either way a fresh worker takes the rest of the batch, and the run goes on.

Work is cut into batches, one per section of one target; each worker grades a batch at a
time, in its own scratch folder (its working directory), with a cap on its memory. On
Linux workers are forked from a fork server that has imported TensorFlow once
(tfkata.warm), so a fresh worker costs a fork; elsewhere each is a fresh interpreter.

Why not pytest-xdist: its workers live for one pytest session and report a crash without
the exit status; the engine needs per-exercise verdicts and time limits watched from
outside, the worker's exit code or signal, fresh workers on demand (watch mode), and
many target folders in one run (class grading, the kit's own variants).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
import time
import types
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from . import catalogue, i18n, manifest, orphans, remote
from . import worker as worker_module
from .i18n import _
from .problems import time_limit_lesson
from .results import CRASHED, TIMED_OUT, Results, Verdict

DEFAULT_TIME_LIMIT = 20.0  # seconds per grader test; catalogue entries may set their own
GRACE = 2.0  # after a test's limit, before its worker is killed (the worker stops the test itself first)
STARTUP_LIMIT = 240.0  # to import TensorFlow and the graders on a slow, cold machine
QUIET_LIMIT = 120.0  # longest silence outside a test (collection, set-up) before a worker is stopped
MEMORY_LIMIT = 8 * 1024**3  # address space per worker: a runaway allocation fails its exercise
RECYCLE_RSS = 1024**3  # a worker bigger than this after a batch is replaced
TRACE = os.environ.get("TFKATA_TRACE")  # set it to see every worker event, and what workers print, on stderr


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def default_jobs() -> int:
    return max(1, min(cores(), 4))


def time_limits(ids: list[str], override: float | None) -> dict[str, float]:
    """Seconds per grader test of each exercise: --time-limit, else the catalogue's, else the default."""
    book = catalogue.load()
    return {i: float(override or book.get(i).time_limit or DEFAULT_TIME_LIMIT) for i in ids}


def ending(returncode: int | None) -> tuple[str, str]:
    """What ended a worker, and what the learner can do about it."""
    if returncode is None:
        return _("stopped answering"), _("run it again; if it happens again, run the graders with pytest to see more")
    if returncode >= 0:
        return (_("ended the grading process (exit code {code})").format(code=returncode),
                _("an exercise returns its answer: it must never end the program (os._exit, sys.exit, os.kill)"))
    name = signal.Signals(-returncode).name if -returncode in signal.valid_signals() else f"signal {-returncode}"
    if -returncode == signal.SIGKILL:
        return (_("was killed ({signal})").format(signal=name),
                _("most often the system ran out of memory: the graders' data is tiny, so look for a shape, a loop "
                  "or a copy that grows without end"))
    if name in ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGFPE", "SIGILL"):
        return (_("crashed in native code ({signal})").format(signal=name),
                _("often memory running out inside TensorFlow or NumPy, or a mismatched shape"))
    return _("was stopped ({signal})").format(signal=name), _("something outside the kit stopped it; run it again")


@dataclass
class Job:
    """Exercises to grade on one target folder."""

    target: Path
    ids: list[str]

    def __post_init__(self):
        self.target = Path(os.path.abspath(self.target))  # workers run elsewhere: their scratch folder


@dataclass
class Batch:
    job: int
    ids: list[str]
    apart: bool = False  # judged apart (tfkata.remote): its worker never imports the learner's module
    retries: int = 0


_TRACKER_QUIET = "ignore::UserWarning:multiprocessing.resource_tracker"


def _context():
    """Where workers come from: a fork server that has imported TensorFlow once (Linux), so a
    fresh worker costs a fork; elsewhere a fresh interpreter each (fork is unsafe there)."""
    if sys.platform == "linux":
        # Workers are killed (time limits, stop()), so what they made (a semaphore of TensorFlow's or of
        # the learner's) is left to multiprocessing's resource tracker, which removes it and warns on
        # stderr after the command's own output; it takes its warning filters from this list.
        if _TRACKER_QUIET not in sys.warnoptions:
            sys.warnoptions.append(_TRACKER_QUIET)
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["tfkata.warm"])
        return context
    return multiprocessing.get_context("spawn")


def start(process: multiprocessing.process.BaseProcess) -> None:
    """Start a process of ``_context()`` without multiprocessing's habit of running the
    program's ``__main__`` again in it (a learner's script that calls the kit, say)."""
    if isinstance(process, multiprocessing.context.ForkServerProcess):
        _start_fork_server()
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        process.start()
    finally:
        sys.modules["__main__"] = main


def _start_fork_server() -> None:
    """Start the fork server deaf to Ctrl-C, which it keeps across its exec: a terminal's Ctrl-C reaches the
    whole process group, and the server, importing TensorFlow in its first seconds, would print a long
    traceback of it. This process handles the Ctrl-C; workers live in sessions of their own."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    kept = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, kept)


class Worker:
    """One worker process, seen from here: its pipes, what it is doing, and its deadline; with ``apart``, its
    learner process too (tfkata.remote)."""

    def __init__(self, events: queue.Queue, memory_limit: int | None, warm_up: str | None = None,
                 apart: bool = False):
        self.scratch = Path(tempfile.mkdtemp(prefix="tfkata-scratch-"))
        self.learner_scratch = Path(tempfile.mkdtemp(prefix="tfkata-learner-")) if apart else None
        context = _context()
        requests_in, self.requests = context.Pipe(duplex=False)
        self.channel, events_out = context.Pipe(duplex=False)
        output_in, output_out = context.Pipe(duplex=False)
        judge_end, learner_end = context.Pipe() if apart else (None, None)
        self.process = context.Process(target=worker_module.serve, name="tfkata-worker", daemon=True,
                                       args=(requests_in, events_out, output_out, str(self.scratch), memory_limit,
                                             warm_up, judge_end))
        # In a run that judges apart, its sibling, where the learner's code of those exercises runs (tfkata.remote).
        self.learner = context.Process(target=remote.serve, name="tfkata-learner", daemon=True,
                                       args=(learner_end, output_out, str(self.learner_scratch), memory_limit,
                                             warm_up is not None)) if apart else None
        start(self.process)
        if self.learner:
            start(self.learner)
        for end in (requests_in, events_out, output_out, judge_end, learner_end):
            if end is not None:
                end.close()
        self.tainted = False  # it has imported a learner's module itself: never again a judge apart
        self.events = events
        self._events_lock = threading.Lock()
        self.output: deque[str] = deque(maxlen=8)
        self.ready = False
        self.batch: Batch | None = None
        self.served: Path | None = None  # the target it has graded, if any
        self.current: str | None = None  # the exercise a grader test is running for
        self.importing: str | None = None  # the learner module being imported
        self.error: str | None = None  # a collection error, from the worker
        self.deadline = time.monotonic() + STARTUP_LIMIT
        threading.Thread(target=self._read_events, daemon=True).start()
        if self.learner:
            threading.Thread(target=self._watch_learner, daemon=True).start()
        threading.Thread(target=self._drain_output, args=(output_in,), daemon=True).start()

    def _read_events(self) -> None:
        """Pass the worker's events on until it ends: its exit, not the pipe's end, which a process the
        learner's code started may hold open long after."""
        from multiprocessing.connection import wait

        while True:
            try:
                ready = wait([self.channel, self.process.sentinel])
                if self.channel not in ready:
                    break
                event = json.loads(self.channel.recv_bytes())
            except (EOFError, OSError):
                break
            except ValueError:
                continue
            if isinstance(event, dict):
                self._put(event)
        self._put({"event": "ended"})

    def _watch_learner(self) -> None:
        from multiprocessing.connection import wait

        wait([self.learner.sentinel])
        self._put({"event": "learner_ended"})

    def _put(self, event: dict) -> None:
        with self._events_lock:
            self.events.put((self, event))

    def redirect(self, events: queue.Queue) -> None:
        """Send this worker's events to ``events`` from now on, with those not yet read."""
        with self._events_lock:
            while True:
                try:
                    events.put(self.events.get_nowait())
                except queue.Empty:
                    break
            self.events = events

    def _drain_output(self, output) -> None:
        """Keep the last lines the worker printed (a flood costs nothing but time)."""
        text = ""
        try:
            while chunk := os.read(output.fileno(), 65536):
                text = (text + chunk.decode("utf-8", "replace"))[-4096:]
                if TRACE:
                    print(f"tfkata-trace worker {self.process.pid} printed: {chunk.decode('utf-8', 'replace')}",
                          file=sys.stderr)
        except OSError:
            pass
        output.close()
        self.output.extend(line[:300] for line in text.splitlines()[-8:])

    def send(self, request: dict) -> None:
        try:
            self.requests.send_bytes(json.dumps(request).encode())
        except OSError:  # it has ended; its "ended" event says so
            pass

    def returncode(self) -> int | None:
        self.process.join(timeout=5)
        return self.process.exitcode

    def stop(self) -> None:
        """Kill the worker, its learner process and anything they started, and remove their scratch folders."""
        processes = [p for p in (self.process, self.learner) if p]
        for process in processes:
            if process.exitcode is None:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except (OSError, AttributeError):  # not yet its own group, or no process groups here
                    process.kill()
                process.join()
        orphans.sweep({p.pid for p in processes})
        for end in (self.requests, self.channel):
            end.close()
        shutil.rmtree(self.scratch, ignore_errors=True)
        if self.learner_scratch:
            shutil.rmtree(self.learner_scratch, ignore_errors=True)


class Standby:
    """A worker forked ahead of the next grading, and warmed up while it waits (watch mode).

    Each grading takes the waiting worker, and a fresh one is forked once the grading is
    over: a grading pays neither the fork, nor the worker's start, nor TensorFlow's
    first-use costs, nor the graders' import (tfkata.warm.warm_up; ``expect()`` names the
    section module to warm first), and no worker grades twice, so nothing of one save's
    learner code reaches the next save's verdict. ``apart``: each worker has its learner process, for a
    run that judges apart.
    """

    def __init__(self, memory_limit: int | None = MEMORY_LIMIT, expect=lambda: "", apart: bool = False):
        self.memory_limit, self.expect, self.apart = memory_limit, expect, apart
        self.worker: Worker | None = None
        self.refill()

    def take(self, events: queue.Queue) -> Worker:
        worker, self.worker = self.worker or Worker(queue.Queue(), self.memory_limit, apart=self.apart), None
        worker.redirect(events)
        return worker

    def refill(self) -> None:
        """Fork the next worker; a run calls this once it is over, so warming never slows a grading."""
        if self.worker is None:
            self.worker = Worker(queue.Queue(), self.memory_limit, warm_up=self.expect() or "", apart=self.apart)

    def close(self) -> None:
        if self.worker:
            self.worker.stop()
            self.worker = None


class Run:
    """Grade several jobs with up to ``jobs`` workers; results stream to ``on_verdict``.

    ``reuse`` lets a worker grade batches of different targets in turn (for the kit's own
    trusted variants); without it a worker only ever sees one target, so nothing one
    learner's code does to a process can reach another's verdicts. ``whole`` grades each job
    as one batch (a class: the jobs are the parallel work, and each costs one pytest session).
    ``apart`` judges every exercise apart from the learner's code (tfkata.remote:
    class grading, where a verdict must not be forgeable; the learner's own loop grades in one process,
    which is quicker). With a ``standby``, each new worker is the standby's warmed one; ``warm_ahead`` forks and
    warms the next as soon as one is taken while work remains (a class: the warming overlaps a
    grading), where otherwise the standby is refilled only once the run is over (watch mode).
    """

    def __init__(self, jobs: list[Job], workers: int | None = None, time_limit: float | None = None,
                 memory_limit: int | None = MEMORY_LIMIT, reuse: bool = False, on_verdict=None,
                 standby: Standby | None = None, whole: bool = False, warm_ahead: bool = False,
                 apart: bool = False):
        self.jobs = jobs
        self.standby = standby
        self.results = [Results() for _ in jobs]
        self.limits = [time_limits(job.ids, time_limit) for job in jobs]
        self.memory_limit = memory_limit
        self.reuse = reuse
        self.warm_ahead = warm_ahead
        self.apart = apart
        self.on_verdict = on_verdict or (lambda job, verdict: None)
        self.pending: deque[Batch] = deque(
            Batch(index, ids, kind) for index, job in enumerate(jobs)
            for ids, kind in _batches(job.ids, whole, apart))
        self.size = max(1, min(workers or default_jobs(), len(self.pending) or 1))
        self.events: queue.Queue = queue.Queue()
        self.workers: list[Worker] = []
        self.startup_failures = 0
        self.cancelled = threading.Event()

    # -------------------------------------------------------------- the loop

    def execute(self) -> list[Results]:
        tampered = manifest.differences()
        try:
            while self.pending or any(w.batch for w in self.workers):
                self._assign()
                self._wait()
        except BaseException:
            for worker in self.workers:
                if worker.current:
                    self.results[worker.batch.job].interrupted.append(worker.current)
            raise
        finally:
            for worker in self.workers:
                worker.stop()
            self.workers.clear()
            if self.standby:
                self.standby.refill()
        tampered = sorted(set(tampered) | set(manifest.differences()))
        for results in self.results:
            results.tampered = tampered
        return self.results

    def cancel(self) -> None:
        """Stop the run from another thread: its workers are killed, what was running is interrupted."""
        self.cancelled.set()

    def _assign(self) -> None:
        for worker in [w for w in self.workers if w.ready and w.batch is None]:
            batch = next((b for b in self.pending if (self.reuse or worker.served in (None, self.jobs[b.job].target))
                          and not (worker.tainted and b.apart)), None)
            if batch is None:
                self._retire(worker)
                continue
            self.pending.remove(batch)
            self._start(worker, batch)
        while self.pending and len(self.workers) < self.size:
            self.workers.append(self.standby.take(self.events) if self.standby
                                else Worker(self.events, self.memory_limit, apart=self.apart))
            if self.standby and self.warm_ahead and len(self.pending) > len(self.workers):
                self.standby.refill()

    def _start(self, worker: Worker, batch: Batch) -> None:
        job = self.jobs[batch.job]
        worker.batch, worker.served, worker.error = batch, job.target, None
        worker.tainted = worker.tainted or not batch.apart
        worker.deadline = time.monotonic() + QUIET_LIMIT
        worker.send({"target": str(job.target), "ids": batch.ids, "apart": batch.apart, "lang": i18n.language(),
                     "learner_pid": worker.learner.pid if worker.learner else 0,
                     "time_limits": {i: self.limits[batch.job][i] for i in batch.ids}})

    def _retire(self, worker: Worker) -> None:
        worker.stop()
        self.workers.remove(worker)

    def _wait(self) -> None:
        if self.cancelled.is_set():
            raise KeyboardInterrupt
        busy = [w for w in self.workers if w.batch or not w.ready]
        timeout = max(0.0, min((w.deadline for w in busy), default=time.monotonic() + 1) - time.monotonic())
        try:
            worker, event = self.events.get(timeout=min(timeout, 1.0) if busy else 0.1)
        except queue.Empty:
            for worker in [w for w in busy if time.monotonic() > w.deadline]:
                self._overdue(worker)
            return
        if TRACE:
            print(f"tfkata-trace {time.monotonic():.2f} worker {worker.process.pid}: {event}", file=sys.stderr)
        if worker in self.workers:
            getattr(self, f"_on_{event.get('event')}", lambda w, e: None)(worker, event)

    # -------------------------------------------------------------- what workers say

    def _on_ready(self, worker: Worker, event: dict) -> None:
        worker.ready = True
        worker.deadline = float("inf")

    def _on_start(self, worker: Worker, event: dict) -> None:
        worker.current = event["exercise"]
        worker.deadline = time.monotonic() + float(event["limit"]) + GRACE

    def _on_importing(self, worker: Worker, event: dict) -> None:
        worker.importing = event["module"]

    def _on_imported(self, worker: Worker, event: dict) -> None:
        worker.importing = None

    def _on_error(self, worker: Worker, event: dict) -> None:
        worker.error = str(event.get("message", ""))[:600]

    def _on_verdict(self, worker: Worker, event: dict) -> None:
        verdict = Verdict.from_json(event["verdict"])
        if verdict.status == TIMED_OUT and worker.importing:  # the module itself never finished importing
            self._blame(worker, verdict.status, verdict.message)
        elif worker.batch and verdict.exercise_id in worker.batch.ids:
            self._record(worker.batch, verdict)
        worker.current = None
        worker.deadline = time.monotonic() + QUIET_LIMIT

    def _on_complete(self, worker: Worker, event: dict) -> None:
        """A batch is over. A worker that stopped early (a timed-out test) hands the rest back."""
        if event.get("retire"):
            self._requeue(worker)
            self._retire(worker)
            return
        if worker.batch and worker.batch.ids:
            reason = worker.error or _("its graders reported nothing (a grader file that does not import?)")
            self._give_rest(worker, CRASHED, _("could not grade it: {reason}").format(reason=reason))
        worker.batch, worker.current, worker.importing = None, None, None
        worker.deadline = float("inf")
        if event.get("rss", 0) > RECYCLE_RSS:
            self._retire(worker)

    def _on_ended(self, worker: Worker, event: dict) -> None:
        code = event["code"] if "code" in event else worker.returncode()
        if not worker.ready:
            self._startup_failed(worker, code)
            return
        if worker.batch and worker.batch.ids:
            what, lesson = ending(code)
            if worker.current:
                said = (_("your code {what} while importing {module}.py").format(what=what, module=worker.importing)
                        if worker.importing else
                        _("your code {what} while grading {id}").format(what=what, id=worker.current))
                self._blame(worker, CRASHED, f"{said}\n{lesson}")
            else:
                worker.batch.retries += 1
                if worker.batch.retries > 2:
                    self._give_rest(worker, CRASHED, _("the grading process {what} between tests").format(what=what)
                                    + f"\n{lesson}")
            self._requeue(worker)
        self._retire(worker)

    def _on_learner_ended(self, worker: Worker, event: dict) -> None:
        """The learner process of an exercise judged apart ended: as if its worker had (its judge would
        otherwise wait for an answer until the time limit)."""
        if worker.batch and worker.batch.apart:
            worker.stop()
            self._on_ended(worker, {"code": worker.learner.exitcode})

    def _overdue(self, worker: Worker) -> None:
        if not worker.ready:
            worker.stop()
            self._startup_failed(worker, None)
            return
        worker.stop()
        if worker.current and worker.batch:
            what = (_("importing {module}.py").format(module=worker.importing) if worker.importing
                    else catalogue.load().get(worker.current).function + "()")
            self._blame(worker, TIMED_OUT, time_limit_lesson(what, self.limits[worker.batch.job][worker.current]))
        elif worker.batch:
            self._give_rest(worker, CRASHED, _("the grading process stopped answering outside any test"))
        self._requeue(worker)
        self._retire(worker)

    # -------------------------------------------------------------- bookkeeping

    def _startup_failed(self, worker: Worker, code: int | None) -> None:
        """A worker that never became ready: try another once, then fail what is left with its last words."""
        if worker in self.workers:
            self._retire(worker)
        self.startup_failures += 1
        if self.startup_failures < 2:
            return
        said = " / ".join(worker.output) or ending(code)[0]
        while self.pending:
            batch = self.pending.popleft()
            for exercise_id in list(batch.ids):
                self._record(batch, Verdict(exercise_id, CRASHED, _("the grading process could not start: {said}").format(said=said)[:400]))

    def _record(self, batch: Batch, verdict: Verdict) -> None:
        batch.ids.remove(verdict.exercise_id)
        self.results[batch.job].add(verdict)
        self.on_verdict(batch.job, verdict)

    def _blame(self, worker: Worker, status: str, message: str) -> None:
        """The exercise that was running gets the verdict; while its module was being imported,
        every exercise of the batch (one section: that module's) gets it, at once."""
        if worker.importing:
            self._give_rest(worker, status, message)
        else:
            self._record(worker.batch, Verdict(worker.current, status, message))

    def _give_rest(self, worker: Worker, status: str, message: str) -> None:
        for exercise_id in list(worker.batch.ids):
            self._record(worker.batch, Verdict(exercise_id, status, message))

    def _requeue(self, worker: Worker) -> None:
        if worker.batch and worker.batch.ids:
            self.pending.appendleft(worker.batch)
        worker.batch, worker.current, worker.importing = None, None, None


def _batches(ids: list[str], whole: bool = False, apart: bool = False) -> list[tuple[list[str], bool]]:
    """(exercises, judged apart) per batch: one per section, in catalogue order, all judged apart with
    ``apart``. An exercise slow enough to have its own time limit gets a batch of its own, so that other
    workers share the rest. ``whole``: one batch of them all."""
    book = catalogue.load()
    slow, groups = [], {}
    for exercise_id in sorted(dict.fromkeys(ids), key=book.position):
        exercise = book.get(exercise_id)
        if exercise.time_limit and not whole:
            slow.append(([exercise_id], apart))
        else:
            groups.setdefault(() if whole else exercise.module, ([], apart))[0].append(exercise_id)
    return slow + list(groups.values())


def grade_many(jobs: list[Job], **options) -> list[Results]:
    return Run(jobs, **options).execute()


def grade(target, ids: list[str] | None = None, **options) -> Results:
    """Grade ``ids`` (default: every exercise) of the folder ``target`` in worker processes."""
    ids = list(ids or catalogue.load().exercises)
    return grade_many([Job(Path(target), ids)], **options)[0]
