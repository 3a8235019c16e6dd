"""Machine-readable reports of one grading run, for the systems a class already uses.

Each function takes the run's ``Results`` (and the catalogue) and returns the report's text;
``write`` puts it at a path. The verdicts, lessons and tamper flag are the engine's, unchanged:

- ``exercism``: Exercism's test runner ``results.json``, version 3
  (https://exercism.org/docs/building/tooling/test-runners/interface).
- ``classroom50``: Classroom 50's ``result.json``, schema ``classroom50/result/v1``
  (https://github.com/foundation50/classroom50, docs "Autograders", "The result.json contract",
  and schemas/result-v1.schema.json).
- ``junit``: JUnit XML as GitHub, GitLab and Jenkins read it (testsuites / testsuite / testcase,
  with failure and error elements, properties).
- ``markdown``: the checklist with points and lessons, for ``$GITHUB_STEP_SUMMARY``.

Where the tamper flag goes (``Results.tampered``: grading files that differ from the manifest):
Exercism's v3 has no field for it and forbids none; its site stores the document and reads only
``status``, ``message`` and ``tests`` (exercism/website, app/models/submission/test_run.rb), so it
is in an extra top-level key, ``tfkata``: ``{"tampered": [...]}`` for machines, and a line under
every test's message for the student (the top-level message is for errors only; ``output`` is for
what the learner's code prints). Classroom 50 refuses extra
top-level keys (its schema's additionalProperties is false), so a tampered run gets one more
test, first, worth 0 points, that fails: its name says so in the release's table and the run
is not "all tests passed". JUnit: the testsuite's properties ``tfkata.tampered`` and
``tfkata.tampered.files``, and the warning in its system-err. Markdown: a warning at the top.
"""

from __future__ import annotations

import ast
import datetime
import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Mapping

from . import catalogue, manifest
from .i18n import _
from .report import points_label
from .durable import FilesError, mkdir_durable, one_line, write_atomic
from .paths import STUBS
from .results import CRASHED, DONE, NOT_STARTED, TIMED_OUT, WRONG, Results, Verdict

EXERCISM_VERSION = 3
EXERCISM_MESSAGE_LIMIT = 65535  # characters of the top-level message (the current spec's limit)
CLASSROOM50_SCHEMA = "classroom50/result/v1"
TAMPERED_TEST = "tfkata: graders changed, these verdicts cannot be trusted (tfkata verify)"
# What each verdict is, as a test, where a format has pass / fail / error.
OUTCOME = {DONE: "pass", WRONG: "fail", NOT_STARTED: "fail", CRASHED: "error", TIMED_OUT: "error"}


def _book(book: catalogue.Catalogue | None) -> catalogue.Catalogue:
    return book or catalogue.load()


def lesson(exercise: catalogue.Exercise, verdict: Verdict) -> str:
    """An exercise's verdict as `tfkata check` says it, without the exercise's id: label and points,
    the lesson, the tip."""
    lines = [points_label(verdict, exercise)]
    if verdict.message:
        lines.append(verdict.message)
    if verdict.tip:
        lines.append(_("tip: {tip}").format(tip=verdict.tip))
    return "\n".join(lines)


def call_of(exercise: catalogue.Exercise) -> str:
    """The exercise's function as the stub declares it: ``stop_at_accuracy(threshold=0.98)``."""
    source = (STUBS / f"{exercise.module}.py").read_text(encoding="utf-8")
    node = next(n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == exercise.function)
    return f"{exercise.function}({ast.unparse(node.args)})"


def code_shown(exercise: catalogue.Exercise) -> str:
    """What Exercism shows as "Test Code" above a lesson.

    Not a grader's source: an exercise has several grader tests, built on the kit's helpers
    (tfkata.checks, fixtures, Hypothesis strategies), which tell a student nothing about what to
    change. Instead: the skill, the learner's function as the stub declares it (what the lesson
    below is about), and the command that grades it again with hints.
    """
    return (f"# {exercise.module}.py: {exercise.skill}\n{call_of(exercise)}\n"
            f"# grade it again: tfkata check {exercise.id} (hints: tfkata hint {exercise.id})")


# ------------------------------------------------------------------ Exercism


def exercism(results: Results, book: catalogue.Catalogue | None = None, extra: Mapping | None = None) -> str:
    """Exercism's results.json v3: one test per exercise, in catalogue order.

    done is pass; wrong and not started are fail, with the lesson; crashed and timed out are
    error. The run is pass when every test passes, error when every test errored (or nothing was
    graded, or it was interrupted: then the top-level message says why), fail otherwise.
    The ``tfkata`` key also keeps the verdicts whole, with the kit's version and the fingerprint
    of its graders, so that a gradebook can be made from the file (``read_exercism``); ``extra``
    adds keys there (`tfkata grade`: the submission's digest).
    """
    book = _book(book)
    warnings = results.warnings()
    tests = []
    for exercise_id, verdict in results.verdicts.items():
        exercise = book.get(exercise_id)
        message = "\n".join(([lesson(exercise, verdict)] if verdict.status != DONE or verdict.tip else []) + warnings)
        test = {"name": f"{exercise.id}: {exercise.skill}", "status": OUTCOME[verdict.status],
                "test_code": code_shown(exercise), "task_id": book.position(exercise.id) + 1}
        if message:
            test["message"] = message
        if verdict.output:
            test["output"] = verdict.output
        tests.append(test)
    outcomes = {t["status"] for t in tests}
    document: dict = {"version": EXERCISM_VERSION}
    if not tests or results.interrupted or outcomes == {"error"}:
        document["status"] = "error"
        if tests and not results.interrupted:  # every exercise crashed or timed out: each one's lesson
            message = "\n\n".join(f"{t['name']}\n{t['message']}" for t in tests)
        else:
            message = "\n".join(([] if results.interrupted else ["nothing was graded"]) + warnings)
        document["message"] = message[:EXERCISM_MESSAGE_LIMIT]
    else:
        document["status"] = "pass" if outcomes == {"pass"} else "fail"
    document["tests"] = tests
    document["tfkata"] = {"tampered": list(results.tampered), "points": results.points, "max_points": results.total,
                          "kit": manifest.version(), "graders": manifest.fingerprint(),
                          "verdicts": [v.to_json() for v in results.verdicts.values()], **(extra or {})}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def read_exercism(text: str) -> tuple[Results, dict]:
    """The verdicts of a results.json that tfkata wrote, and its ``tfkata`` key.

    Raises ValueError, one line, for anything else: not JSON, not Exercism's version 3, or an
    Exercism file without tfkata's verdicts (written by another test runner).
    """
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ValueError(f"not JSON ({error})") from None
    if not isinstance(document, dict) or document.get("version") != EXERCISM_VERSION:
        raise ValueError("not an Exercism results.json, version 3")
    own = document.get("tfkata")
    if not isinstance(own, dict) or not isinstance(own.get("verdicts"), list):
        raise ValueError("it has no tfkata verdicts: write it with --report exercism=PATH")
    book, results = catalogue.load(), Results()
    for data in own["verdicts"]:
        try:
            verdict = Verdict.from_json(data)
        except (KeyError, TypeError, ValueError):
            verdict = None
        if verdict is None or verdict.exercise_id not in book.exercises:
            raise ValueError(f"a verdict this kit does not know: {str(data)[:80]}")
        results.add(verdict)
    results.tampered = [str(name) for name in own.get("tampered", [])]
    _consistent(document, results, own)
    return results, own


def _consistent(document: dict, results: Results, own: dict) -> None:
    """Refuse a file whose tfkata verdicts say another thing than its own tests and totals (edited by hand),
    or that does not say which graders graded it."""
    if not isinstance(own.get("graders"), str) or not own["graders"]:
        raise ValueError("it does not say which graders graded it (no tfkata.graders)")
    tests = document.get("tests")
    outcomes = {str(t.get("name", "")).split(":")[0]: t.get("status") for t in tests if isinstance(t, dict)} \
        if isinstance(tests, list) else {}
    for verdict in results.verdicts.values():
        if outcomes.get(verdict.exercise_id) != OUTCOME[verdict.status]:
            raise ValueError(f"{verdict.exercise_id}: its verdict ({verdict.status}) contradicts its test "
                             f"({outcomes.get(verdict.exercise_id)})")
    if len(outcomes) != len(results.verdicts) or own.get("points") != results.points:
        raise ValueError(f"its points ({own.get('points')}) or tests ({len(outcomes)}) contradict its verdicts "
                         f"({results.points} points, {len(results.verdicts)} verdicts)")


# ------------------------------------------------------------------ Classroom 50

# What the Classroom 50 runner gives an autograder in its environment, by the field it fills.
CLASSROOM50_ENV = {"classroom": ("CLASSROOM",), "assignment": ("ASSIGNMENT",),
                   "assignment_type": ("ASSIGNMENT_TYPE",), "owner": ("OWNER", "USERNAME"),
                   "submission": ("SUBMISSION_TAG",), "commit": ("COMMIT_URL",), "release": ("RELEASE_URL",),
                   "review": ("REVIEW_URL", "COMMIT_URL")}


def classroom50(results: Results, book: catalogue.Catalogue | None = None,
                environ: Mapping[str, str] | None = None) -> str:
    """Classroom 50's result.json: one test per exercise, worth the catalogue's points.

    The submission's identity (classroom, assignment, owner, submission tag, links) is what the
    Classroom 50 runner puts in the environment of the autograder it runs; each field whose
    variable is not set is left out, never invented (the runner then refuses the file, as it
    should: it is not a graded submission). Each test also carries the verdict (``status``) and
    the lesson (``message``): the contract keeps a test's extra fields.
    """
    book = _book(book)
    environ = os.environ if environ is None else environ
    tests = []
    if results.tampered:
        tests.append({"test-name": TAMPERED_TEST, "passed": False, "score": 0, "max-score": 0,
                      "message": "\n".join(results.warnings())})
    for exercise_id, verdict in results.verdicts.items():
        exercise = book.get(exercise_id)
        test = {"test-name": exercise.id, "passed": verdict.status == DONE, "score": verdict.points,
                "max-score": exercise.points, "status": verdict.label}
        if verdict.status != DONE or verdict.tip:
            test["message"] = lesson(exercise, verdict)
        tests.append(test)
    document: dict = {"schema": CLASSROOM50_SCHEMA}
    for field, names in CLASSROOM50_ENV.items():
        value = next((environ[n] for n in names if environ.get(n)), None)
        if value:
            document[field] = value
    document["datetime"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    document["score"] = sum(t["score"] for t in tests)
    document["max-score"] = sum(t["max-score"] for t in tests)
    document["tests"] = tests
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------ JUnit XML


def _xml(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (most control characters: a learner's
    exception message may carry terminal colours) replaced, so that every reader parses the file."""
    return "".join(c if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
                   or c >= "\U00010000" else "\ufffd" for c in text)


def junit(results: Results, book: catalogue.Catalogue | None = None) -> str:
    """JUnit XML: one testsuite, one testcase per exercise (classname tfkata.<section>, name the
    exercise's id). wrong and not started are <failure>, crashed and timed out <error>, each with
    the lesson's first line as its message and the whole lesson as its text; a tip, and what the
    learner's code printed, are in the testcase's system-out. The tamper flag is a property of the testsuite."""
    book = _book(book)
    failures = sum(OUTCOME[v.status] == "fail" for v in results.verdicts.values())
    errors = sum(OUTCOME[v.status] == "error" for v in results.verdicts.values())
    counts = {"tests": str(len(results.verdicts)), "failures": str(failures), "errors": str(errors),
              "skipped": "0", "time": "0"}
    root = ET.Element("testsuites", {"name": "tfkata", **counts})
    suite = ET.SubElement(root, "testsuite", {
        "name": "tfkata", **counts,
        "timestamp": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")})
    properties = ET.SubElement(suite, "properties")
    for name, value in (("tfkata.tampered", "true" if results.tampered else "false"),
                        ("tfkata.tampered.files", ", ".join(results.tampered)),
                        ("tfkata.points", f"{results.points}/{results.total}"),
                        ("tfkata.summary", results.summary())):
        ET.SubElement(properties, "property", {"name": name, "value": _xml(value)})
    for exercise_id, verdict in results.verdicts.items():
        exercise = book.get(exercise_id)
        case = ET.SubElement(suite, "testcase", {"classname": f"tfkata.{exercise.section.id}",
                                                 "name": exercise.id, "time": "0"})
        case_properties = ET.SubElement(case, "properties")
        for name, value in (("tfkata.status", verdict.label), ("tfkata.points", f"{verdict.points}/{exercise.points}"),
                            ("tfkata.skill", exercise.skill)):
            ET.SubElement(case_properties, "property", {"name": name, "value": _xml(value)})
        outcome = OUTCOME[verdict.status]
        if outcome != "pass":
            text = lesson(exercise, verdict)
            first = verdict.message.splitlines()[0] if verdict.message else verdict.label
            element = ET.SubElement(case, "failure" if outcome == "fail" else "error",
                                    {"message": _xml(f"{verdict.label}: {first}"), "type": verdict.status})
            element.text = _xml(text)
        # A tip, and what the learner's code printed: where CI systems show a test's output.
        said = ([lesson(exercise, verdict)] if outcome == "pass" and verdict.tip else []) + [verdict.output]
        if any(said):
            ET.SubElement(case, "system-out").text = _xml("\n".join(filter(None, said)))
    if results.warnings():
        ET.SubElement(suite, "system-err").text = _xml("\n".join(results.warnings()))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# ------------------------------------------------------------------ Markdown

_MARKDOWN_SPECIAL = set("\\`*_[]<>#|~")


def escape_markdown(text: str) -> str:
    return "".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in text)


def _fenced(text: str, indent: str) -> list[str]:
    """``text`` as a fenced block that no backtick run inside it can close."""
    run = longest = 0
    for c in text:
        run = run + 1 if c == "`" else 0
        longest = max(longest, run)
    fence = "`" * max(3, longest + 1)
    return [f"{indent}{fence}text", *(f"{indent}{line}" for line in text.splitlines()), f"{indent}{fence}"]


def markdown(results: Results, book: catalogue.Catalogue | None = None) -> str:
    """The checklist of `tfkata progress` in GitHub's Markdown: a warning first when the graders
    changed, the total, then per section each graded exercise as a task-list item with its points,
    and under each one not done (or done with a tip) its lesson."""
    book = _book(book)
    lines = [f"> **{_('Warning:')}** {escape_markdown(line)}" for line in results.warnings()]
    lines += [""] if lines else []
    lines += ["## tfkata: " + _("{points}/{total} points").format(points=results.points, total=results.total), "",
              escape_markdown(results.summary()), ""]
    upcoming = results.next_up()
    if upcoming:
        lines += [_("Next: {command}").format(command=f"`tfkata check {upcoming.exercise_id}`"), ""]
    for section in book.sections.values():
        graded = [e for e in book.in_section(section.id) if e.id in results.verdicts]
        if not graded:
            continue
        lines += [f"### {escape_markdown(section.title)}", ""]
        for exercise in graded:
            verdict = results.verdicts[exercise.id]
            mark = "x" if verdict.status == DONE else " "
            status = "" if verdict.label == DONE else f" ({escape_markdown(_(verdict.label))})"
            lines.append(f"- [{mark}] {escape_markdown(exercise.skill)} **{verdict.points}/{exercise.points}**{status} "
                         f"`{exercise.id}`")
            if verdict.status != DONE or verdict.tip:
                lines += _fenced("\n".join(lesson(exercise, verdict).splitlines()[1:]) or verdict.label, "  ")
        lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------ writing them

FORMATS: dict[str, Callable[..., str]] = {"exercism": exercism, "classroom50": classroom50, "junit": junit,
                                          "markdown": markdown}
STDOUT = "-"


def parse_request(text: str) -> tuple[str, str]:
    """``KIND=PATH`` (``markdown=-`` for standard output) as (kind, path); ValueError says what is wrong."""
    kind, equals, path = text.partition("=")
    kind = kind.strip().lower()
    if not equals or not path:
        raise ValueError(f"{text!r}: write KIND=PATH, KIND one of {', '.join(FORMATS)}")
    if kind not in FORMATS:
        raise ValueError(f"{text!r}: no report called {kind!r}; there are {', '.join(FORMATS)}")
    if path != STDOUT and Path(path).expanduser().is_dir():
        raise ValueError(f"{text!r}: {path} is a folder; give the file to write")
    return kind, path


def is_step_summary(path: str, environ: Mapping[str, str] | None = None) -> bool:
    summary = (os.environ if environ is None else environ).get("GITHUB_STEP_SUMMARY")
    return bool(summary) and os.path.abspath(Path(path).expanduser()) == os.path.abspath(Path(summary).expanduser())


def write(kind: str, path: str, results: Results, book: catalogue.Catalogue | None = None) -> str:
    """Write the ``kind`` report of ``results`` to ``path`` and say where it went.

    ``-`` is standard output. The file ``$GITHUB_STEP_SUMMARY`` names is appended to (GitHub
    gathers every step's summary there); any other file is replaced whole, atomically, its folder
    made if needed. Raises FilesError, one line, when the file cannot be written.
    """
    text = FORMATS[kind](results, book)
    if path == STDOUT:
        sys.stdout.write(text)
        sys.stdout.flush()
        return f"wrote the {kind} report to standard output"
    target = Path(path).expanduser()
    try:
        mkdir_durable(target.parent.absolute())
        if is_step_summary(path):
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(text if text.endswith("\n") else text + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            return f"added the {kind} report to the step summary {path}"
        write_atomic(target, text)
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        if error.filename and os.path.abspath(error.filename) != os.path.abspath(target):
            reason += f" ({error.filename})"
        raise FilesError(one_line(f"cannot write the {kind} report to {path}: {reason}")) from None
    return f"wrote the {kind} report to {path}"
