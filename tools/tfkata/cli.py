"""The `tfkata` command: init, update, progress, check, grade, watch, list, hint, solution, reset, verify, swap,
lab, plot.

`progress` and `check` also write reports for other systems (``--report KIND=PATH``, tfkata.reports).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import sys
from pathlib import Path

from . import catalogue, i18n, ledger, quiet, report
from .i18n import _
from .paths import EXERCISES, SOLUTIONS, STATE, TargetError, resolve_target, shown
from .durable import FilesError
from .results import DONE, Results
from .swap import swap_back, swap_solutions

INTERRUPTED = 130


class Interrupted(Exception):
    """Ctrl-C during grading; carries what was graded and what was running."""

    def __init__(self, results: Results):
        super().__init__("interrupted")
        self.results = results


def _grade(args, ids: list[str] | None = None) -> Results:
    """Grade ``ids`` of the target in the engine's worker processes, showing progress on a terminal."""
    from .engine import Job, Run

    ids = ids or list(catalogue.load().exercises)
    live = len(ids) > 1 and sys.stderr.isatty()

    def progress(job, verdict):
        if live:
            graded = len(run.results[0].verdicts)
            print("\r" + _("grading: {graded}/{count} exercises").format(graded=graded, count=len(ids)), end="" if graded < len(ids) else "\r\033[K",
                  file=sys.stderr, flush=True)

    run = Run([Job(resolve_target(args.target), ids)], workers=getattr(args, "jobs", None),
              time_limit=args.time_limit, on_verdict=progress)
    try:
        return run.execute()[0]
    except KeyboardInterrupt:
        raise Interrupted(run.results[0]) from None


def _say(lines: list[str]) -> None:
    for line in lines:
        print(line)


def _write_reports(args, results: Results) -> None:
    """The reports asked for with --report, from this run's results; where each went, on stderr."""
    from . import reports

    failed = []
    for kind, path in args.report:
        try:
            with contextlib.redirect_stdout(args.stdout):
                said = reports.write(kind, path, results)
            print(f"tfkata: {said}", file=sys.stderr)
        except FilesError as error:
            failed.append(str(error))
    if failed:
        raise FilesError("; ".join(failed))


def _command(args, *words: str) -> str:
    """A tfkata command to run next, on the folder this one graded when --target named it."""
    target = getattr(args, "target", None)
    return " ".join(["tfkata", *words, *(["--target", shlex.quote(target)] if target else [])])


def cmd_progress(args) -> int:
    book = catalogue.load()
    folder = resolve_target(args.target)
    results = _grade(args)
    print(f"tfkata progress: {shown(folder)}\n")
    if not book.holds_modules(folder):
        print(_("found none of the exercise modules ({modules}) in {folder}: every exercise is not started").format(
            modules=", ".join(book.module_files), folder=shown(folder)) + "\n")
    for section in book.sections.values():
        print(report.section_heading(section))
        for exercise in book.in_section(section.id):
            _say(report.checklist_lines(exercise, results.verdicts[exercise.id]))
        print()
    print(_("Total: {summary}").format(summary=results.summary()))
    upcoming = results.next_up()
    if upcoming:
        print(_("Next: {command}").format(command=_command(args, "check", upcoming.exercise_id)))
    _say(report.warning_lines(results))
    _write_reports(args, results)
    return 0 if results.all_done else 1


def cmd_check(args) -> int:
    exercise = catalogue.load().get(args.id)
    results = _grade(args, [exercise.id])
    ledger.remember(resolve_target(args.target), results)
    lines = report.check_lines(exercise, results)
    if results.verdicts[exercise.id].status == DONE:
        known = ledger.recall(resolve_target(args.target))
        upcoming = report.following(exercise, skip={i for i, status in known.items() if status == DONE})
        lines += report.after_pass_lines(upcoming, _command(args, "solution", exercise.id),
                                         _command(args, "check", upcoming.id) if upcoming else "")
    _say(lines)
    _write_reports(args, results)
    return 0 if results.verdicts[exercise.id].status == DONE else 1


def cmd_grade(args) -> int:
    from pathlib import Path

    from filelock import FileLock, Timeout

    from . import gradebook, submissions

    if not args.submissions and not args.from_results:
        print("tfkata grade: " + _("give a folder of submissions, or --from-results DIR"), file=sys.stderr)
        return 2
    out = Path(args.out).expanduser().absolute()
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(out / ".grading.lock"), timeout=0)
        lock.acquire()
    except Timeout:
        raise FilesError(_("another tfkata grade is writing {folder}; wait for it, or give another --out").format(
            folder=out)) from None
    except OSError as error:
        raise FilesError(_("cannot write the gradebook in {folder}: {reason}").format(
            folder=out, reason=error.strerror or error)) from None
    try:
        code = _grade_class(args, out, submissions)
    finally:
        entries, unreadable = gradebook.load(out)
        written = gradebook.write(out, entries)
        lock.release()
    for line in unreadable:
        print("tfkata grade: " + _("left out {what}").format(what=line), file=sys.stderr)
    print(_("gradebook of {count} submission(s): {files}").format(
        count=len(entries), files=", ".join(str(shown(p)) for p in written)))
    return code or (1 if unreadable else 0)


def _grade_class(args, out, submissions) -> int:
    """Merge downloaded results and grade what changed; 1 if a file was refused, INTERRUPTED on Ctrl-C."""
    from pathlib import Path

    code = 0
    if args.from_results:
        merged, refused = submissions.merge([Path(d).expanduser() for d in args.from_results], out)
        print(_("merged {count} results file(s) from the learners' CI").format(count=len(merged))
              + (f": {', '.join(merged)}" if 0 < len(merged) <= 10 else ""))
        for line in refused:
            print("tfkata grade: " + _("refused {what}").format(what=line), file=sys.stderr)
        code = 1 if refused else 0
    if not args.submissions:
        return code
    ids = catalogue.load().select(args.only) if args.only else list(catalogue.load().exercises)
    found = submissions.find(Path(args.submissions).expanduser())
    for line in submissions.passed_over(Path(args.submissions).expanduser()) + [
            _("{name}: none of the exercise modules ({modules}) in it; every exercise not started").format(
                name=s.name, modules=", ".join(catalogue.load().module_files))
            for s in found if s.empty]:
        print("tfkata grade: " + line, file=sys.stderr)
    graded_with = submissions.graders()
    for submission in found:
        submission.digest = submissions.digest(submission.target, ids, args.time_limit, graded_with)
    todo = [s for s in found if args.force or not submissions.unchanged(out, s)]
    skipped = len(found) - len(todo)
    print(_("{count} submission(s): {todo} to grade").format(count=len(found), todo=len(todo))
          + (_(", {count} unchanged since their last grading (--force grades them again)").format(count=skipped)
             if skipped else ""))
    if not todo:
        return code
    from .sandbox import problem

    unsafe = problem()
    if unsafe:
        print("tfkata grade: " + _("no sandbox on this machine: {problem}").format(problem=unsafe)
              + ("; " + _("grading without one (--unsafe): learner code runs as you") if args.unsafe else
                 "; " + _("--unsafe grades without one, with learner code running as you")), file=sys.stderr)
        if not args.unsafe:
            return 2
    with _class_progress(len(todo), len(ids)) as (on_verdict, on_graded):
        try:
            submissions.grade(todo, ids, out, args.jobs or submissions.default_jobs(), args.time_limit,
                              sandboxed=not unsafe, on_graded=on_graded, on_verdict=on_verdict)
        except KeyboardInterrupt:
            left = sum(not submissions.unchanged(out, s) for s in todo)
            print(_("interrupted: {count} submission(s) not graded yet; run the same command again to go on "
                    "(those graded are kept and skipped)").format(count=left), file=sys.stderr)
            return INTERRUPTED
    return code


def _class_progress(submissions: int, exercises: int):
    """(on_verdict, on_graded) for a class run: a progress bar on a terminal, else a line per submission."""
    from contextlib import contextmanager

    @contextmanager
    def shown_progress():
        done = [0]

        def graded(submission, results) -> str:
            done[0] += 1
            return _("graded {name}: {points}/{total} points ({done}/{count})").format(
                name=submission.name, points=results.points, total=results.total, done=done[0], count=submissions)

        if not sys.stderr.isatty():
            yield (lambda: None), (lambda s, r: print(graded(s, r), file=sys.stderr, flush=True))
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn(_("grading")), BarColumn(), MofNCompleteColumn(), TextColumn(_("exercises")),
                      TimeRemainingColumn(), console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("grading", total=submissions * exercises)
            yield (lambda: bar.advance(task)), (lambda s, r: bar.console.print(graded(s, r), highlight=False))

    return shown_progress()


def cmd_watch(args) -> int:
    from .watch import Watch

    start = catalogue.load().get(args.id).id if args.id else None
    return Watch(resolve_target(args.target), start, manual=args.manual, plain=args.plain,
                 time_limit=args.time_limit).run()


def cmd_list(args) -> int:
    from .watch import list_lines

    _say(list_lines(resolve_target(args.target)))
    return 0


def cmd_verify(args) -> int:
    from . import manifest

    differences = manifest.differences()
    for line in differences:
        print(line)
    if differences:
        print(_("{count} grading file(s) differ from the kit's manifest ({manifest}): verdicts graded with them "
                "cannot be trusted").format(count=len(differences), manifest=shown(manifest.MANIFEST)))
        return 1
    print(_("every grading file matches the kit's manifest ({count} files)").format(count=len(manifest.recorded())))
    return 0


def cmd_init(args) -> int:
    from .workspace import init

    folder = Path(args.dir)
    written = init(folder)
    print(_("made a tfkata workspace in {folder} ({count} files): your exercises are in {exercises}").format(
        folder=folder, count=len(written), exercises=folder / "exercises"))
    print(_("next: {command}").format(command=f"cd {shlex.quote(str(folder))} && tfkata watch"))
    return 0


def cmd_update(args) -> int:
    from .paths import WORKSPACE
    from .workspace import update

    if WORKSPACE is None:
        print("tfkata update: " + _("no tfkata workspace here (run it in the folder `tfkata init` made)"),
              file=sys.stderr)
        return 2
    _say(update(WORKSPACE))
    return 0


def cmd_hint(args) -> int:
    _say(report.hint_lines(catalogue.load().get(args.id), args.level))
    return 0


def cmd_solution(args) -> int:
    exercise = catalogue.load().get(args.id)
    if not args.force:
        verdict = _grade(args, [exercise.id]).verdicts[exercise.id]
        if verdict.status != DONE:
            print(_("{id} is {status}: solve it first, then compare (or see it now with --force)").format(
                id=exercise.id, status=_(verdict.status)))
            return 1
    _say(report.solution_lines(exercise))
    return 0


def cmd_swap(args) -> int:
    state = STATE / "swap"
    try:
        if args.direction == "solutions":
            names = swap_solutions(EXERCISES, SOLUTIONS, state)
            print(_("swapped in the reference solutions for {modules}; your files are kept in {folder}. "
                    "Run `tfkata swap back` to restore them.").format(modules=", ".join(names), folder=shown(state)))
        else:
            result = swap_back(EXERCISES, state)
            print(_("restored your files: {modules}").format(modules=", ".join(result.restored)) if result.restored
                  else _("your own files are in place"))
            for name, where in result.kept.items():
                print(_("your edits to {name} made while the solutions were in place are kept in {folder}").format(
                    name=name, folder=shown(where)))
    except FilesError as error:
        print(f"tfkata swap: {error}", file=sys.stderr)
        return 2
    return 0


def cmd_reset(args) -> int:
    from .reset import reset, undo

    book = catalogue.load()
    if args.undo:
        backup = undo(STATE, book.get(args.id).id if args.id else None)
        print(_("undid the reset of {ids}: {modules} as before it (from {folder})").format(
            ids=", ".join(backup.ids) if len(backup.ids) < 4 else _("every exercise"),
            modules=", ".join(backup.modules), folder=shown(backup.folder)))
        return 0
    if args.all == bool(args.id):
        print("tfkata reset: " + _("give one exercise id, or --all"), file=sys.stderr)
        return 2
    target = resolve_target(args.target)
    if args.all:
        ids, what = list(book.exercises), _("every module of {folder} to the stubs").format(folder=shown(target))
    else:
        exercise = book.get(args.id)
        ids, what = [exercise.id], _("{function}() in {path} to its stub").format(
            function=exercise.function, path=shown(target / (exercise.module + ".py")))
    if not args.yes:
        if not sys.stdin.isatty():
            print("tfkata reset: " + _("add --yes to reset without being asked"), file=sys.stderr)
            return 2
        answer = input(_("Reset {what}? Your version is saved first. [y/N] ").format(what=what))
        if answer.strip().lower() not in ("y", "yes", _("y")):
            print(_("nothing was changed"))
            return 1
    backup = reset(ids, target, STATE)
    print(_("reset {what}; your version is saved in {folder}").format(what=what, folder=shown(backup.folder / "files"))
          + "\n" + _("undo: {command}").format(command=f"tfkata reset {'' if args.all else ids[0] + ' '}--undo"))
    return 0


def _positive(cast):
    def parse(text):
        value = cast(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(_("must be more than 0, got {value}").format(value=text))
        return value
    return parse


def _report_request(text: str) -> tuple[str, str]:
    from .reports import parse_request

    try:
        return parse_request(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_report_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--report", type=_report_request, action="append", default=[], metavar="KIND=PATH",
                     help=_("also write this run's verdicts as a report (repeatable): exercism (results.json v3), "
                            "classroom50 (result.json), junit (XML), markdown; PATH - is standard output, and "
                            "the file $GITHUB_STEP_SUMMARY names is appended to"))


def _fraction(text: str) -> float:
    value = float(text)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(_("a fraction in (0, 1], got {value}").format(value=text))
    return value


def cmd_lab_make_data(args) -> int:
    quiet.load()
    if args.kind == "fundamentals":
        from . import lab_fundamentals

        root = lab_fundamentals.make_data(args.dir)
        print(_("made {root}: stand-ins for Fashion-MNIST, imdb.npz and boston_housing.npz "
                "(tfkata lab fundamentals --data {root})").format(root=root))
        return 0
    from .lab import make_data

    root = make_data(args.dir, args.classes, args.per_class, args.size)
    print(f"made {root}/train and {root}/test: {args.classes} classes, "
          f"{args.per_class} images of {args.size}x{args.size} each")
    return 0


def cmd_lab_transfer(args) -> int:
    quiet.load()
    from .lab import transfer

    try:
        transfer(args.dir, args.out, args.fraction, args.weights, args.epochs, args.fine_tune_epochs,
                 args.image_size, args.batch_size, args.seed, args.verbose)
    except FileNotFoundError as error:
        print(f"tfkata lab: {error}", file=sys.stderr)
        return 2
    return 0


def _run_lab(name: str, run) -> int:
    """Run a lab; data it cannot find, or a learner's function that is not ready, is one line and exit 2."""
    quiet.load()
    from .lab_fundamentals import DataMissing
    from .problems import Problem

    try:
        run()
    except (DataMissing, Problem, FileNotFoundError) as error:
        print(f"tfkata lab {name}: {error}", file=sys.stderr)
        return 2
    return 0


def cmd_lab_fundamentals(args) -> int:
    from .lab_fundamentals import fundamentals

    return _run_lab("fundamentals", lambda: fundamentals(resolve_target(args.target), args.data, args.out,
                                                         args.epochs, args.seed, args.verbose))


def cmd_lab_overfitting(args) -> int:
    from .lab_overfitting import overfitting

    return _run_lab("overfitting", lambda: overfitting(resolve_target(args.target), args.data, args.out, args.epochs,
                                                       args.num_words, args.seed, args.verbose))


def cmd_lab_fine_tune(args) -> int:
    from .lab_fine_tune import fine_tune

    return _run_lab("fine-tune", lambda: fine_tune(args.dir, resolve_target(args.target), args.out, args.weights,
                                                   args.fine_tune_at, args.epochs, args.fine_tune_epochs,
                                                   args.image_size, args.batch_size, args.seed, args.verbose))


def cmd_plot(args) -> int:
    import json
    from pathlib import Path

    from .plots import training_curves

    source = Path(args.history)
    out = Path(args.output) if args.output else source.with_suffix(".png")
    try:
        curves = json.loads(source.read_text(encoding="utf-8"))
        training_curves(curves).savefig(out, dpi=100)
    except (OSError, ValueError, TypeError, AttributeError) as error:
        print(f"tfkata plot: {source}: {error}\n"
              "expected a JSON file of a History's dict: json.dump(history.history, f)", file=sys.stderr)
        return 2
    print(f"wrote {out}")
    return 0


def _lab(actions, name: str, handler, help_text: str, outputs: str, data: bool = False) -> argparse.ArgumentParser:
    """A lab run with the learner's functions, with the options such labs share."""
    sub = actions.add_parser(name, help=help_text)
    sub.set_defaults(handler=handler)
    sub.add_argument("--target", default=None,
                     help=_("the folder of exercise modules to run (default: $TFKATA_TARGET, else the "
                            "kit's exercises/); solutions for the reference"))
    if data:
        sub.add_argument("--data", default=None, metavar="DIR[,NAME=DIR]",
                         help=_("a folder with the data files keras.datasets downloads, for every data set; "
                                "NAME=DIR for one alone (fashion-mnist, imdb, boston-housing), comma-separated "
                                "(default: download them to ~/.keras/datasets/)"))
    sub.add_argument("--out", default="lab-output", help=outputs)
    sub.add_argument("--seed", type=int, default=42)
    sub.add_argument("--verbose", type=int, choices=[1, 2], default=1, help=_("1: progress bars; 2: one line per epoch"))
    return sub


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tfkata", description=_("TensorFlow/Keras exercises graded by pytest."))
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name, handler, help_text, target=False, grades=True):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--lang", choices=list(i18n.LANGUAGES), default=argparse.SUPPRESS,
                         help=_("the language to speak (default: $TFKATA_LANG, else the locale, else en)"))
        if target:
            sub.add_argument("--target", default=None,
                             help=_("the folder of exercise modules to grade (default: $TFKATA_TARGET, else the "
                                    "kit's exercises/); relative to where you run tfkata"))
        if target and grades:
            sub.add_argument("--time-limit", type=_positive(float), default=None, metavar="SECONDS",
                             help=_("seconds each grader test may take (default: the catalogue's, else 20)"))
        return sub

    init = command("init", cmd_init, _("make a workspace of your own: exercises/, a README, a CI workflow"))
    init.add_argument("dir", nargs="?", default=".", help=_("the folder to make it in (default: here)"))
    command("update", cmd_update, _("add the exercises of the installed kit to this workspace; your code stays"))
    progress = command("progress", cmd_progress, _("grade everything and show the checklist"), target=True)
    progress.add_argument("--jobs", type=_positive(int), default=None,
                          help=_("grading worker processes (default: the number of cores, at most 4)"))
    _add_report_option(progress)
    check = command("check", cmd_check, _("grade one exercise"), target=True)
    check.add_argument("id")
    _add_report_option(check)
    grade = command("grade", cmd_grade, _("grade a class: every submission folder, into a gradebook"))
    grade.add_argument("submissions", nargs="?",
                       help=_("a folder with one folder per learner (exercise modules, or a copy of the kit)"))
    grade.add_argument("--out", default="gradebook",
                       help=_("the gradebook's folder: gradebook.csv, report.md, report.png, results/ (default: gradebook)"))
    grade.add_argument("--from-results", action="append", default=[], metavar="DIR",
                       help=_("merge results.json files downloaded from the learners' CI (DIR/<learner>/results.json)"))
    grade.add_argument("--jobs", type=_positive(int), default=None,
                       help=_("grading worker processes (default: the cores, as many as the memory holds)"))
    grade.add_argument("--time-limit", type=_positive(float), default=None, metavar="SECONDS",
                       help=_("seconds each grader test may take (default: the catalogue's, else 20)"))
    grade.add_argument("--only", type=lambda text: [t for t in text.split(",") if t], action="extend", default=[],
                       metavar="IDS", help=_("grade only these exercises or sections (comma-separated, repeatable), "
                                             "e.g. --only fundamentals,transfer.fine_tune"))
    grade.add_argument("--force", action="store_true", help=_("grade every submission again, changed or not"))
    grade.add_argument("--unsafe", action="store_true",
                       help=_("where no sandbox can be set up (not Linux, no user namespaces), grade without one"))
    watch = command("watch", cmd_watch, _("the current exercise, graded again at every save"), target=True)
    watch.add_argument("id", nargs="?", help=_("start at this exercise (default: the first not done)"))
    watch.add_argument("--manual", action="store_true",
                       help=_("grade on Enter, not on save (where file events do not arrive: WSL, network drives)"))
    watch.add_argument("--plain", action="store_true", help=_("print each screen instead of redrawing; keys from stdin lines"))
    command("list", cmd_list, _("every exercise, where it lives (file:line) and what was last found"), target=True,
            grades=False)
    hint = command("hint", cmd_hint, _("show hints for an exercise"))
    hint.add_argument("id")
    hint.add_argument("--level", type=int, default=1, help=_("how many hints to show (1 = a nudge)"))
    solution = command("solution", cmd_solution, _("show the reference solution once yours passes"), target=True)
    solution.add_argument("id")
    solution.add_argument("--force", action="store_true", help=_("show it even if yours does not pass yet"))
    reset = command("reset", cmd_reset, _("put an exercise's stub back, your version saved first"), target=True,
                    grades=False)
    reset.add_argument("id", nargs="?", help=_("the exercise (its function only; the rest of the module stays)"))
    reset.add_argument("--all", action="store_true", help=_("every exercise: each module back to its stub"))
    reset.add_argument("-y", "--yes", action="store_true", help=_("do not ask first"))
    reset.add_argument("--undo", action="store_true", help=_("put back what the latest reset (of ID) replaced"))
    command("verify", cmd_verify, _("list the grading files that differ from the kit's manifest"))
    swap = command("swap", cmd_swap, _("put the reference solutions in place of your files, or back"))
    swap.add_argument("direction", choices=["solutions", "back"])
    lab = command("lab", None, _("run the notes' experiments end to end: note 001's transfer learning, notes 000/002's fine-tuning, note 003's fundamentals and overfitting"))
    actions = lab.add_subparsers(dest="action", required=True)
    make_data = actions.add_parser("make-data", help=_("make a small class-folder image set for a dry run"))
    make_data.set_defaults(handler=cmd_lab_make_data)
    make_data.add_argument("dir", help=_("makes DIR/train/<class>/*.png and DIR/test/<class>/*.png"))
    make_data.add_argument("--classes", type=_positive(int), default=3)
    make_data.add_argument("--per-class", type=_positive(int), default=6, help=_("images per class and split"))
    make_data.add_argument("--size", type=_positive(int), default=32, help=_("image side in pixels"))
    make_data.add_argument("--kind", choices=["transfer", "fundamentals"], default="transfer",
                           help=_("fundamentals: stand-ins for Fashion-MNIST, IMDB and Boston housing, "
                                  "in the files keras.datasets downloads (for --data)"))
    transfer = actions.add_parser("transfer", help=_("feature extraction, then fine-tuning, on DIR/train and DIR/test"))
    transfer.set_defaults(handler=cmd_lab_transfer)
    transfer.add_argument("dir", help=_("a folder with train/<class>/ and test/<class>/ images"))
    transfer.add_argument("--fraction", type=_fraction, default=0.1, help=_("of each class's training images"))
    transfer.add_argument("--weights", default="imagenet",
                          help=_("imagenet (downloads), none (random: offline), or a local EfficientNetB0 no-top file"))
    transfer.add_argument("--epochs", type=_positive(int), default=5, help=_("feature-extraction epochs"))
    transfer.add_argument("--fine-tune-epochs", type=_positive(int), default=5)
    transfer.add_argument("--image-size", type=_positive(int), default=224, help=_("pixels (32 at least)"))
    transfer.add_argument("--batch-size", type=_positive(int), default=32)
    transfer.add_argument("--out", default="lab-output", help=_("where the subset, history.png and results.md go"))
    transfer.add_argument("--seed", type=int, default=42)
    transfer.add_argument("--verbose", type=int, choices=[1, 2], default=1,
                          help=_("1: progress bars; 2: one line per epoch"))
    fundamentals = _lab(actions, "fundamentals", cmd_lab_fundamentals, _(
        "note 003's experiments with your fundamentals functions: Fashion-MNIST, IMDB reviews, regression"),
        _("where fashion_mnist.png, regression.png and results.md go"), data=True)
    fundamentals.add_argument("--epochs", type=_positive(int), default=None,
                              help=_("epochs of each experiment (default: Fashion-MNIST 5, IMDB 10, regression 100)"))
    overfit = _lab(actions, "overfitting", cmd_lab_overfitting, _(
        "note 003's overfitting experiments with your overfitting functions: model capacity, L2, dropout"),
        _("where capacity.png, remedies.png and results.md go"), data=True)
    overfit.add_argument("--epochs", type=_positive(int), default=20, help=_("epochs of each model (the note's 20)"))
    overfit.add_argument("--num-words", type=_positive(int), default=10000,
                         help=_("the most frequent words kept, the multi-hot vectors' length (default 10000)"))
    fine_tune = _lab(actions, "fine-tune", cmd_lab_fine_tune, _(
        "notes 000/002's MobileNetV2 feature extraction, then fine-tuning, with your transfer functions"),
        _("where history.png and results.md go"))
    fine_tune.add_argument("dir", help=_("a folder of two class folders, DIR/<class>/* (split 80/20), or "
                                         "DIR/train/<class>/* and DIR/validation/<class>/*"))
    fine_tune.add_argument("--weights", default="imagenet",
                           help=_("imagenet (downloads), none (random: offline), or a local MobileNetV2 no-top file"))
    fine_tune.add_argument("--fine-tune-at", type=int, choices=[100, 120], default=120,
                           help=_("the base's first layer to train: 120 (note 002) or 100 (note 000)"))
    fine_tune.add_argument("--epochs", type=_positive(int), default=10, help=_("feature-extraction epochs"))
    fine_tune.add_argument("--fine-tune-epochs", type=_positive(int), default=10)
    fine_tune.add_argument("--image-size", type=_positive(int), default=160, help=_("pixels (32 at least)"))
    fine_tune.add_argument("--batch-size", type=_positive(int), default=32)
    plot = command("plot", cmd_plot, _("draw a saved history's accuracy and loss, training against validation, to a PNG"))
    plot.add_argument("history", help=_("a JSON file of History.history: json.dump(history.history, f)"))
    plot.add_argument("-o", "--output", help=_("the PNG to write (default: the history's name with .png)"))
    return parser


def _language_asked(argv: list[str]) -> None:
    """Speak the language ``--lang`` asks for before the parser is built, so that its help is in it too."""
    for word, after in zip(argv, [*argv[1:], ""]):
        asked = word.partition("=")[2] if word.startswith("--lang=") else after if word == "--lang" else ""
        if i18n.normalize(asked):
            i18n.use(asked)


def main(argv: list[str] | None = None) -> int:
    _language_asked(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    to_stdout = [kind for kind, path in getattr(args, "report", []) if path == "-"]
    if len(to_stdout) > 1:
        print("tfkata: " + _("only one --report may go to standard output (-), not {kinds}").format(
            kinds=", ".join(to_stdout)), file=sys.stderr)
        return 2
    args.stdout = sys.stdout  # a report to standard output (--report KIND=-) has it alone: the rest goes to stderr
    try:
        with contextlib.redirect_stdout(sys.stderr) if to_stdout else contextlib.nullcontext():
            return args.handler(args)
    except (KeyError, TargetError, FilesError) as error:
        print(f"tfkata: {error.args[0]}", file=sys.stderr)
        return 2
    except Interrupted as stop:
        _say(report.interrupted_lines(stop.results))
        return INTERRUPTED


def run() -> None:
    """The console entry point.

    Once TensorFlow is loaded, tearing the interpreter down takes about a second;
    nothing is left to clean up by then, so the command flushes its output and leaves.
    What the learner's code started and left running (tfkata.orphans) ends before it does.
    """
    from . import orphans

    orphans.adopt()
    try:
        code = main()
    except KeyboardInterrupt:  # before grading began: while the command imported, say (grading has its own line)
        print("tfkata: " + _("interrupted (Ctrl-C)"), file=sys.stderr)
        code = INTERRUPTED
    finally:
        orphans.end_adopted()
    if "tensorflow" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
