"""The kit in a notebook (Jupyter, Colab) or any Python session: check, hint, progress, solution.

    from tfkata import check, hint, progress
    check("fundamentals.scale_pixels", scale_pixels)

``check`` grades a function defined in the notebook with the kit's graders, through the
same engine as ``tfkata check``: the function (and what it takes from the notebook,
tfkata.transcribe) is written as ``<section>.py`` into a temporary folder, which the
engine grades in its worker processes. The report is the one ``tfkata check`` prints,
with places named as the notebook knows them (``Cell In[5], line 3``); in a notebook it
is shown styled (rich, as HTML), elsewhere printed as plain text.

Importing this module imports neither TensorFlow nor rich: grading happens in the
engine's workers, and rich is imported only to show a report in a notebook.
"""

from __future__ import annotations

import io
import re
import shutil
import sys
import tempfile
from pathlib import Path

from . import catalogue, i18n, report
from .i18n import _
from .results import CRASHED, DONE, NOT_STARTED, TIMED_OUT, WRONG, Results, Verdict
from .transcribe import SourceError, Transcript, defined_exercises, ipython as _ipython

STYLES = {DONE: "bold green", WRONG: "bold red", NOT_STARTED: "bold yellow", CRASHED: "bold magenta",
          TIMED_OUT: "bold magenta"}

_passed: set[str] = set()  # exercises check() or progress() found done in this session


def _check_call(exercise_id: str) -> str:
    return f'check("{exercise_id}")'


def _hint_call(exercise_id: str, level: int | None = None) -> str:
    return f'hint("{exercise_id}")' if level is None else f'hint("{exercise_id}", {level})'


# ------------------------------------------------------------------------ the calls


def check(exercise_id: str, function=None, *, time_limit: float | None = None) -> Report | None:
    """Grade ``function`` as the exercise ``exercise_id`` and show the verdict, as ``tfkata check`` does.

    ``function`` defaults to the function of the exercise's name in the notebook. It may be
    called otherwise (``check("fundamentals.scale_pixels", my_scale)``). Returns a Report
    (``.verdict``, ``.status``, ``.done``); None when there was nothing to grade.
    """
    try:
        exercise = catalogue.load().get(exercise_id)
    except KeyError as error:
        return _refuse(f"tfkata: {error.args[0]}")
    if function is None:
        function = _main_namespace().get(exercise.function)
        if function is None:
            return _refuse(_("{id}: there is no {function}() in this notebook yet: define it with {definition} in a "
                             "cell and run the cell, or hand yours in: {call}").format(
                id=exercise.id, function=exercise.function, definition=f"def {exercise.function}(...):",
                call=f'check("{exercise.id}", your_function)'))
    transcript = Transcript(exercise.module)
    try:
        transcript.add(exercise.function, function)
    except SourceError as error:
        return _refuse(_("{id} not graded: {reason}").format(id=exercise.id, reason=error))
    results = _grade({exercise.module: transcript}, [exercise.id], time_limit)
    if results is None:
        return None
    verdict = results.verdicts[exercise.id]
    notes = _left_behind([transcript])
    lines = notes + report.check_lines(exercise, results)
    if verdict.status == DONE:
        _passed.add(exercise.id)
        lines += _after_a_pass(exercise)
    styles = {len(notes): STYLES[verdict.status]}
    _show(lines, styles)
    return Report(results, lines, styles, verdict)


def language(name: str | None = None) -> str:
    """The language the kit speaks here: ``language("ja")`` switches to Japanese (en, ja, ko, zh)."""
    return i18n.use(name) if name else i18n.language()


def hint(exercise_id: str, level: int = 1) -> None:
    """Show the exercise's hints up to ``level`` (1: a nudge; 2 names the API), as ``tfkata hint`` does."""
    try:
        exercise = catalogue.load().get(exercise_id)
    except KeyError as error:
        _refuse(f"tfkata: {error.args[0]}")
        return
    _show(report.hint_lines(exercise, level, more=_hint_call), {0: "bold"})


def solution(exercise_id: str, force: bool = False) -> None:
    """Show the reference solution, once check() has found yours done in this session (or with force=True)."""
    try:
        exercise = catalogue.load().get(exercise_id)
    except KeyError as error:
        _refuse(f"tfkata: {error.args[0]}")
        return
    if exercise.id not in _passed and not force:
        _refuse(_("{id}: solve it first ({check} until it is done), then compare; or see it now with {call}").format(
            id=exercise.id, check=_check_call(exercise.id), call=f'solution("{exercise.id}", force=True)'))
        return
    _show(report.solution_lines(exercise), {0: "dim"})


def progress(*, time_limit: float | None = None) -> Report | None:
    """Grade every exercise whose function this notebook defines, in one run, and show their checklist."""
    book = catalogue.load()
    found = defined_exercises(_main_namespace())
    if not found:
        first = next(iter(book.exercises.values()))
        return _refuse("tfkata progress: " + _("this notebook defines no exercise function yet; start with "
                                               "{definition} ({id}, {hint})").format(
            definition=f"def {first.function}(...):", id=first.id, hint=_hint_call(first.id)))
    transcripts: dict[str, Transcript] = {}
    ids, refused = [], []
    for exercise_id, function in found.items():
        exercise = book.get(exercise_id)
        transcript = transcripts.setdefault(exercise.module, Transcript(exercise.module))
        try:
            transcript.add(exercise.function, function)
            ids.append(exercise_id)
        except SourceError as error:
            refused.append(_("{id} not graded: {reason}").format(id=exercise.id, reason=error))
    results = _grade(transcripts, ids, time_limit) if ids else Results()
    if results is None:
        return None
    lines = ["tfkata progress: " + _("the exercise functions this notebook defines: {count}").format(count=len(found)), ""]
    styles = {0: "bold"}
    for section in book.sections.values():
        graded = [e for e in book.in_section(section.id) if e.id in results.verdicts]
        if not graded:
            continue
        styles[len(lines)] = "bold"
        lines.append(report.section_heading(section))
        for exercise in graded:
            verdict = results.verdicts[exercise.id]
            if verdict.status == DONE:
                _passed.add(exercise.id)
            styles[len(lines)] = STYLES[verdict.status]
            lines += report.checklist_lines(exercise, verdict, check=_check_call)
        lines.append("")
    lines.append(_("Total: {summary}").format(summary=results.summary()))
    upcoming = results.next_up()
    if upcoming:
        lines.append(_("Next: {command}").format(command=_check_call(upcoming.exercise_id)))
    waiting = [e for e in book.exercises.values() if e.id not in found]
    if waiting:
        lines.append(_("not defined in this notebook yet: {count} of {total} exercises (next: {definition} for {id}, "
                       "{hint})").format(count=len(waiting), total=len(book.exercises),
                                         definition=f"def {waiting[0].function}(...)", id=waiting[0].id,
                                         hint=_hint_call(waiting[0].id)))
    lines += refused + _left_behind(list(transcripts.values())) + report.warning_lines(results)
    _show(lines, styles)
    return Report(results, lines, styles)


# ------------------------------------------------------------------------ what check() returns


class Report:
    """What check() and progress() return, once they have shown it: the results, and for check() the verdict.

    In a notebook, the cell that called check() shows the report once; a later cell that
    shows this object shows it again.
    """

    def __init__(self, results: Results, lines: list[str], styles: dict[int, str], verdict: Verdict | None = None):
        self.results, self.lines, self.verdict = results, lines, verdict
        self._styles = styles
        self._cell = _execution_count()

    @property
    def status(self) -> str | None:
        return self.verdict.status if self.verdict else None

    @property
    def done(self) -> bool:
        return self.verdict.status == DONE if self.verdict else self.results.all_done

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __repr__(self) -> str:
        if self.verdict:
            v = self.verdict
            return f"<tfkata check {v.exercise_id}: {v.label} ({v.points}/{v.exercise.points} points)>"
        return f"<tfkata progress: {self.results.summary()}>"

    def _ipython_display_(self) -> None:
        if _execution_count() != self._cell:  # the call's own cell has shown it already
            _show(self.lines, self._styles)


# ------------------------------------------------------------------------ grading


def _grade(transcripts: dict[str, Transcript], ids: list[str], time_limit: float | None) -> Results | None:
    """Write the modules into a temporary folder and grade ``ids`` there with the engine, in one run."""
    from .engine import Job, Run

    folder = Path(tempfile.mkdtemp(prefix="tfkata-notebook-"))
    try:
        for transcript in transcripts.values():
            transcript.write(folder)
        run = Run([Job(folder, ids)], time_limit=time_limit)
        try:
            results = run.execute()[0]
        except KeyboardInterrupt:
            _show(report.interrupted_lines(run.results[0]), {0: "bold"})
            return None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for verdict in results.verdicts.values():
        verdict.message = _in_notebook_words(verdict.message, folder, transcripts)
        verdict.tip = _in_notebook_words(verdict.tip, folder, transcripts)
    return results


def _in_notebook_words(text: str, folder: Path, transcripts: dict[str, Transcript]) -> str:
    """A message about the written modules, told about the notebook: a cell and its line for a place in a
    function, ``hint("ID")`` for `tfkata hint ID`."""
    if not text:
        return text

    def place(match: re.Match) -> str:
        module, line = match.group(1), match.group(2) or match.group(3)
        transcript = transcripts.get(module)
        if not (transcript and line):
            return "your notebook"
        found = transcript.origin(int(line))
        if found is None:
            return f"the {module}.py tfkata wrote from your notebook, line {line}"
        piece, cell_line = found
        return f"{_cell_name(piece.filename)}, line {cell_line} (in {piece.name})"

    text = re.sub(re.escape(str(folder)) + r"[\\/](\w+)\.py(?::(\d+)|, line (\d+))?", place, text)
    return re.sub(r"tfkata hint ([\w.]+)", lambda m: _hint_call(m.group(1)), text)


def _cell_name(filename: str) -> str:
    """How IPython names a cell in its tracebacks (``Cell In[5]``); a file's name elsewhere."""
    shell = _ipython()
    try:
        named = shell.compile.format_code_name(filename) if shell is not None else None
    except AttributeError:
        named = None
    return " ".join(named) if named else filename


def _after_a_pass(exercise: catalogue.Exercise) -> list[str]:
    upcoming = report.following(exercise, skip=_passed)
    return report.after_pass_lines(upcoming, f'solution("{exercise.id}")', _hint_call(upcoming.id) if upcoming else "")


def _left_behind(transcripts: list[Transcript]) -> list[str]:
    missing = {name: kind for t in transcripts for name, kind in t.left_behind.items()}
    return [_("note: {name} (a {kind}) stays in the notebook: the kit grades your code in a file of its own and "
              "can take along only imports, functions, classes and plain constants, so compute {name} inside "
              "the function that uses it").format(name=name, kind=kind) for name, kind in missing.items()]


# ------------------------------------------------------------------------ where we are, and showing


def _main_namespace() -> dict:
    shell = _ipython()
    if shell is not None and getattr(shell, "user_ns", None) is not None:
        return shell.user_ns
    return vars(sys.modules["__main__"])


def _execution_count() -> int | None:
    shell = _ipython()
    return getattr(shell, "execution_count", None)


def in_notebook() -> bool:
    """An IPython kernel (Jupyter, Colab) shows HTML; a terminal, plain text."""
    return getattr(_ipython(), "kernel", None) is not None


def _refuse(line: str) -> None:
    _show([line], {0: "bold red"})
    return None


def _show(lines: list[str], styles: dict[int, str]) -> None:
    """The lines, styled with rich as HTML in a notebook (styles: line index -> a rich style), else plain."""
    text = "\n".join(lines)
    if not in_notebook():
        print(text)
        return
    from IPython.display import display

    display({"text/plain": text, "text/html": _html(lines, styles)}, raw=True)


_PRE = ('<pre style="white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.4;'
        "font-family:Menlo,'DejaVu Sans Mono',consolas,'Courier New',monospace\">{code}</pre>")


def _html(lines: list[str], styles: dict[int, str]) -> str:
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, file=io.StringIO(), force_terminal=True, force_jupyter=False,
                      color_system="truecolor", width=max(80, *(len(line) + 1 for line in lines)))
    styled = Text()
    for index, line in enumerate(lines):
        styled.append(Text(line, style=styles.get(index, "")))
        if index < len(lines) - 1:
            styled.append("\n")
    console.print(styled, soft_wrap=True)
    return console.export_html(inline_styles=True, code_format=_PRE)
