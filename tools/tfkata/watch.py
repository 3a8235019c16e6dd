"""`tfkata watch`: the learner's loop. Edit, save, read the verdict.

The screen shows the current exercise (the first not done, in catalogue order), where to
edit it, its verdict and the progress; saving a module of the target grades it again.
Gradings go through the engine with a Standby worker, forked and warmed up while the
learner types, so a verdict comes back in about the graders' own time, and every grading
gets a fresh worker: nothing of one save's code reaches the next one's verdict.

File events come from watchfiles. Where they do not arrive (WSL on a Windows drive, a
network drive), ``--manual`` grades on Enter; a save seen without its event says so.
Keys: n next, h hint (one level more each press), l list, a check all, r reset (asks
first), s solution (once done), Enter grade again, q quit. Without a terminal (``--plain``,
or stdin not a tty) each line of stdin is a key and the screen is printed, not redrawn.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from pathlib import Path

from . import catalogue, engine, ledger, report
from .i18n import N_, _
from .paths import STATE, shown
from .results import DONE, Results
from .sources import location

KEYS = N_("n next · h hint · l list · a check all · r reset · s solution · Enter grade · q quit")
POLL = 0.5  # seconds between looks at the current module, for saves that bring no file event
MISSED = 2.0  # seconds a save may go without its file event before the screen says so


class Watch:
    def __init__(self, target: Path, start: str | None = None, manual: bool = False, plain: bool = False,
                 time_limit: float | None = None, out=None):
        from rich.console import Console

        self.book = catalogue.load()
        self.target, self.manual, self.time_limit = target, manual, time_limit
        self.plain = plain or not sys.stdin.isatty()
        self.console = Console(file=out or sys.stdout, highlight=False,
                               **({"no_color": True, "force_terminal": False, "width": 100} if self.plain else {}))
        self.events: queue.Queue = queue.Queue()
        self.current = start
        self.results: Results | None = None
        self.hint_level, self.note, self.graded_in, self.confirm = 0, "", 0.0, None
        self.seen_event: dict[str, float] = {}
        self.missed_said = False
        self.stop = threading.Event()
        self.standby: engine.Standby | None = None

    # ------------------------------------------------------------------ the loop

    def run(self) -> int:
        self.standby = engine.Standby(expect=lambda: self._exercise().module if self._exercise() else "")
        for thread in (self._read_keys, *(() if self.manual else (self._watch_files, self._look_for_saves))):
            threading.Thread(target=thread, daemon=True).start()
        try:
            if self.current is None:
                self.current = self._first_not_done()
            else:
                self._grade_current()
            self.draw()
            while not self.stop.is_set():
                kind, data = self.events.get()
                getattr(self, f"_on_{kind}")(data)
        finally:
            self.stop.set()
            self.standby.close()
        return 0

    def _on_saved(self, paths: set[str]) -> None:
        while True:  # saves made while grading: one grading for all of them
            try:
                kind, more = self.events.get_nowait()
            except queue.Empty:
                break
            if kind != "saved":
                self.events.put((kind, more))
                break
            paths |= more
        exercise = self._exercise()
        if exercise and any(Path(p).name == f"{exercise.module}.py" for p in paths):
            self._grade_current()
        else:
            self.note = _("saved {files}: not the current exercise's module").format(
                files=", ".join(sorted(Path(p).name for p in paths)))
        self.draw()

    def _on_missed(self, path: str) -> None:
        self.note = _("{path} changed but no file event came: graded anyway; if saves are not picked up here, "
                      "use tfkata watch --manual (grades on Enter)").format(path=shown(Path(path)))
        self._grade_current()
        self.draw()

    def _on_key(self, key: str) -> None:
        if self.confirm:
            action, self.confirm = self.confirm, None
            if key.lower() == "y":
                action()
            else:
                self.note = _("nothing was changed")
            self.draw()
            return
        handler = {"n": self._next, "h": self._hint, "l": self._list, "a": self._check_all, "r": self._ask_reset,
                   "s": self._solution, "q": self.stop.set, "\n": self._grade_current}.get(key.lower())
        if handler is None:
            self.note = _("no key {key}: {keys}").format(key=repr(key), keys=_(KEYS))
        else:
            handler()
        if not self.stop.is_set():
            self.draw()

    # ------------------------------------------------------------------ what the keys do

    def _exercise(self) -> catalogue.Exercise | None:
        return self.book.get(self.current) if self.current else None

    def _grade(self, ids: list[str]) -> Results:
        started = time.perf_counter()
        run = engine.Run([engine.Job(self.target, ids)], time_limit=self.time_limit, standby=self.standby)
        results = run.execute()[0]
        self.graded_in = time.perf_counter() - started
        ledger.remember(self.target, results)
        return results

    def _grade_current(self) -> None:
        if self.current:
            self.results = self._grade([self.current])

    def _first_not_done(self) -> str | None:
        """The first exercise not done; remembered verdicts of unchanged modules are trusted, the rest graded."""
        known = ledger.recall(self.target)
        for exercise_id in self.book.exercises:
            if known.get(exercise_id) == DONE:
                continue
            self.current = exercise_id
            self._grade_current()
            if self.results.verdicts[exercise_id].status != DONE:
                return exercise_id
        self.results = None
        return None

    def _next(self) -> None:
        known, order = ledger.recall(self.target), list(self.book.exercises)
        start = order.index(self.current) + 1 if self.current else 0
        upcoming = next((i for i in order[start:] + order[:start] if known.get(i) != DONE and i != self.current), None)
        if upcoming is None:
            self.note = _("every other exercise is done")
            return
        self.current, self.hint_level, self.note = upcoming, 0, ""
        self._grade_current()

    def _hint(self) -> None:
        exercise = self._exercise()
        if exercise:
            self.hint_level = min(self.hint_level + 1, len(exercise.hints))

    def _list(self) -> None:
        self.note = "\n".join(list_lines(self.target))

    def _check_all(self) -> None:
        self.console.print(_("grading every exercise..."))
        results = self._grade(list(self.book.exercises))
        self.note = _("every exercise: {summary}").format(summary=results.summary())
        upcoming = results.next_up()
        self.current = upcoming.exercise_id if upcoming else None
        self.results = results if upcoming else None
        self.hint_level = 0

    def _ask_reset(self) -> None:
        exercise = self._exercise()
        if exercise is None:
            return
        self.note = _("Reset {function}() in {path} to its stub? Your version is saved first. "
                      "y: reset, any other key: keep it").format(function=exercise.function,
                                                                 path=shown(self.target / (exercise.module + ".py")))
        self.confirm = self._reset

    def _reset(self) -> None:
        from .durable import FilesError
        from .reset import reset

        try:
            backup = reset([self.current], self.target, STATE)
            self.note = _("reset; your version is saved in {folder} (undo: {command})").format(
                folder=shown(backup.folder / "files"), command=f"tfkata reset {self.current} --undo")
        except FilesError as error:
            self.note = _("not reset: {reason}").format(reason=error)

    def _solution(self) -> None:
        exercise = self._exercise()
        if exercise and self.results and self.results.verdicts.get(exercise.id, None) is not None \
                and self.results.verdicts[exercise.id].status == DONE:
            self.note = "\n".join(report.solution_lines(exercise))
        else:
            self.note = _("the solution shows once yours is done (or: tfkata solution ID --force)")

    # ------------------------------------------------------------------ the screen

    def screen(self) -> list[str]:
        """The screen's lines: progress, the exercise and where to edit it, its verdict, a note, the keys."""
        known = ledger.recall(self.target)
        done = [i for i, status in known.items() if status == DONE]
        points = sum(self.book.get(i).points for i in done)
        total = len(self.book.exercises)
        width = 30
        bar = "#" * round(width * len(done) / total) + "." * (width - round(width * len(done) / total))
        lines = [f"tfkata watch: {shown(self.target)}   [{bar}] " + _("{done}/{count} done, {points}/{total} points").format(
            done=len(done), count=total, points=points, total=self.book.total_points), ""]
        exercise = self._exercise()
        if exercise is None:
            lines.append(_("every exercise is done: well done. (a: check all again, q: quit)"))
        else:
            lines += [f"{exercise.id}: {exercise.skill}",
                      "  " + _("edit {function}() at {place}").format(function=exercise.function,
                                                                     place=location(self.target, exercise)), ""]
            verdict = self.results.verdicts.get(exercise.id) if self.results else None
            if verdict:
                lines += report.verdict_lines(exercise, verdict)
                lines.append(_("verdict: {id}: {label} in {seconds} s").format(
                    id=exercise.id, label=_(verdict.label), seconds=f"{self.graded_in:.2f}"))
                if verdict.status == DONE:
                    lines += report.after_pass_lines(report.following(exercise, skip=set(done)), _("press s"),
                                                     _("press n"))
                lines += report.warning_lines(self.results)
            if self.hint_level:
                lines += [""] + report.hint_lines(exercise, self.hint_level, lambda i, level: _("press h"))
        if self.note:
            lines += ["", *self.note.splitlines()]
        lines += ["", _("Enter: grade") if self.manual else _("saving a file grades it"), _(KEYS)]
        return lines

    def draw(self) -> None:
        lines = self.screen()
        if self.plain:
            self.console.print("\n".join(["-" * 60, *lines]), markup=False, soft_wrap=True)
        else:
            self.console.clear()
            self.console.print("\n".join(lines), markup=False)
        self.note = "" if self.confirm is None else self.note

    # ------------------------------------------------------------------ where events come from

    def _read_keys(self) -> None:
        if self.plain:
            for line in sys.stdin:
                self.events.put(("key", line.rstrip("\r\n")[:1] or "\n"))
            self.events.put(("key", "q"))
            return
        import termios
        import tty

        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd)
            while not self.stop.is_set():
                key = os.read(fd, 1).decode("utf-8", "replace")
                self.events.put(("key", "\n" if key == "\r" else key))
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)

    def _watch_files(self) -> None:
        import watchfiles

        for changes in watchfiles.watch(self.target, stop_event=self.stop, debounce=50, step=20,
                                        watch_filter=lambda change, path: path.endswith(".py"), recursive=False):
            paths = {path for _, path in changes}
            for path in paths:
                self.seen_event[path] = time.monotonic()
            self.events.put(("saved", paths))

    def _look_for_saves(self) -> None:
        """Say so when the current module changes and no file event follows (watchfiles sees nothing there)."""
        last: dict[str, float] = {}
        while not self.stop.wait(POLL):
            exercise = self._exercise()
            if exercise is None or self.missed_said:
                continue
            path = str(self.target / f"{exercise.module}.py")
            try:
                mtime = os.stat(path).st_mtime
            except OSError:
                continue
            if path in last and mtime != last[path]:
                changed = time.monotonic()
                while time.monotonic() - changed < MISSED and not self.stop.is_set():
                    if self.seen_event.get(path, 0) >= changed - POLL:
                        break
                    time.sleep(0.1)
                else:
                    self.missed_said = True
                    self.events.put(("missed", path))
            last[path] = mtime


def list_lines(target: Path) -> list[str]:
    """`tfkata list`: every exercise, where it lives, and what the kit last found (no grading)."""
    book, known = catalogue.load(), ledger.recall(target)
    lines = []
    for section in book.sections.values():
        lines.append(report.section_heading(section))
        for exercise in book.in_section(section.id):
            status = known.get(exercise.id)
            mark = "[x]" if status == DONE else "[ ]"
            said = f"  ({_(status)})" if status and status != DONE else ""
            lines.append(f"  {mark} {exercise.id:<40} {location(target, exercise)}{said}")
    return lines
