"""`tfkata grade`: a class graded into a gradebook, through the real command and real submission folders.

Each class grades only one or two cheap exercises (``--only``), so that a submission costs a
worker's start and a few tests; what is proven (isolation, resumption, the files) does not
depend on how many exercises there are.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
from pathlib import Path

import jsonschema
import pytest
from filelock import FileLock
from helpers import TFKATA, learner_folder, tfkata
from hypothesis import given, settings
from hypothesis import strategies as st
from tfkata import catalogue, gradebook, manifest, reports, sandbox, submissions
from tfkata.durable import TMP
from tfkata.paths import SOLUTIONS, STUBS
from tfkata.results import DONE, WRONG, Results, Verdict

pytestmark = pytest.mark.full  # classes graded by the real command

# Where this machine cannot set up a sandbox (tests/kit/test_hostile.py proves it where it can), the class is
# graded without one: what these tests prove (the gradebook, resuming, merging) does not depend on it.
UNSAFE = ["--unsafe"] if sandbox.problem() else []
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "exercism-results-v3.schema.json").read_text())
TWO = "fundamentals.scale_pixels,fundamentals.normalize_features"
SCALE = "def scale_pixels(images):\n"
WRONG_SCALE = {'return np.asarray(images, dtype="float32") / 255.0': 'return np.asarray(images, dtype="float32") / 256.0'}


def rows(out: Path) -> dict[str, dict[str, str]]:
    with open(out / gradebook.CSV, newline="", encoding="utf-8") as handle:
        return {row["submission"]: row for row in csv.DictReader(handle)}


def one_module(folder: Path, changes: dict[str, str] | None = None) -> Path:
    return learner_folder(folder, changes, modules=("fundamentals",))


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """A class of every kind of submission, graded once on two exercises."""
    root = tmp_path_factory.mktemp("class")
    lessons = root / "submissions"
    one_module(lessons / "right")
    one_module(lessons / "kit-copy" / "exercises")  # a learner's copy of the kit
    one_module(lessons / "unpacked" / "tfkata-main" / "exercises")  # an archive unpacked into a folder
    one_module(lessons / "wrong-a", WRONG_SCALE)
    one_module(lessons / "wrong-b", WRONG_SCALE)  # the same mistake: one lesson, counted twice
    one_module(lessons / "hang", {SCALE: SCALE + "    while True: pass\n"})
    one_module(lessons / "ends", {SCALE: SCALE + "    import os; os._exit(3)\n"})
    one_module(lessons / "broken", {SCALE: "def scale_pixels(images:\n"})
    (lessons / "stub").mkdir()
    (lessons / "stub" / "fundamentals.py").write_text((STUBS / "fundamentals.py").read_text(encoding="utf-8"),
                                                       encoding="utf-8")
    (lessons / "=HYPERLINK(1)").mkdir()  # nothing in it: not started; its name must stay text in a spreadsheet
    (lessons / ".hidden").mkdir()  # not a submission
    (lessons / "late.zip").write_bytes(b"PK\x03\x04 cut short")  # an archive left packed: said, not graded
    out = root / "gradebook"
    run = tfkata("grade", str(lessons), "--out", str(out), "--only", TWO, "--time-limit", "3", "--jobs", "2", *UNSAFE,
                 timeout=300)
    return lessons, out, run


def test_every_submission_has_its_row_and_pays_only_for_its_own_exercises(graded_class):
    _, out, run = graded_class
    assert run.returncode == 0, run.stderr
    points = {name: (row["fundamentals.scale_pixels"], row["fundamentals.normalize_features"], row["total"])
              for name, row in rows(out).items()}
    assert points == {
        "right": ("5", "5", "10"), "kit-copy": ("5", "5", "10"), "unpacked": ("5", "5", "10"),
        "wrong-a": ("0", "5", "5"), "wrong-b": ("0", "5", "5"),
        "hang": ("0", "5", "5"), "ends": ("0", "5", "5"),  # a hang or an exit costs only scale_pixels
        "broken": ("0", "0", "0"), "stub": ("0", "0", "0"), "'=HYPERLINK(1)": ("0", "0", "0")}
    assert "10 submission(s): 10 to grade" in run.stdout
    assert run.stderr.count("graded ") == 10


def test_each_submission_has_an_exercism_results_file_with_its_verdicts(graded_class):
    lessons, out, _ = graded_class
    for path in (out / submissions.RESULTS).glob("*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(document, SCHEMA)
        assert document["tfkata"]["submission"] == path.stem
        assert document["tfkata"]["graders"] == manifest.fingerprint()
    hang = reports.read_exercism((out / submissions.RESULTS / "hang.json").read_text(encoding="utf-8"))[0]
    assert hang.verdicts["fundamentals.scale_pixels"].status == "timed out"
    assert hang.verdicts["fundamentals.normalize_features"].status == DONE
    assert not list(out.rglob(f"*{TMP}"))  # every file written whole


def test_what_is_not_graded_or_holds_no_exercise_module_is_said_and_noted(graded_class):
    _, out, run = graded_class
    assert "late.zip: an archive, not graded; unpack it into a folder of its own" in run.stderr, run.stderr
    assert "=HYPERLINK(1): none of the exercise modules" in run.stderr
    assert "none of the exercise modules" in rows(out)["'=HYPERLINK(1)"]["notes"]
    assert "none of the exercise modules" not in rows(out)["stub"]["notes"]


def test_the_teacher_report_gives_each_exercise_its_shares_and_most_common_lessons(graded_class):
    _, out, _ = graded_class
    text = (out / gradebook.MARKDOWN).read_text(encoding="utf-8")
    # scale_pixels: 3 right of 10, 3 wrong (two mistakes alike, one module that does not import),
    # 2 not started (the stub, the empty folder), 2 crashed (the hang and the exit).
    assert "| `fundamentals.scale_pixels` | 30% | 30% | 20% | 20% | 2× values: found 1 -\\> 0.00390625" in text
    assert "1× your code ended the grading process (exit code 3)" in text
    assert "10 submission(s) on 2 exercise(s)" in text and "## What the class has not got" in text
    assert (out / gradebook.CHART).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_run_skips_unchanged_submissions_and_grades_a_changed_one(tmp_path):
    lessons = tmp_path / "submissions"
    one_module(lessons / "ann", WRONG_SCALE)
    one_module(lessons / "ben")
    out = tmp_path / "gradebook"
    first = tfkata("grade", str(lessons), "--out", str(out), "--only", "fundamentals.scale_pixels", *UNSAFE)
    assert first.returncode == 0 and rows(out)["ann"]["total"] == "0", first.stderr
    again = tfkata("grade", str(lessons), "--out", str(out), "--only", "fundamentals.scale_pixels", *UNSAFE)
    assert "2 submission(s): 0 to grade, 2 unchanged since their last grading" in again.stdout
    one_module(lessons / "ann")  # ann mends her answer
    mended = tfkata("grade", str(lessons), "--out", str(out), "--only", "fundamentals.scale_pixels", *UNSAFE)
    assert "1 to grade, 1 unchanged" in mended.stdout and "graded ann: 5/5 points" in mended.stderr
    assert rows(out)["ann"]["total"] == "5"
    forced = tfkata("grade", str(lessons), "--out", str(out), "--only", "fundamentals.scale_pixels", "--force", *UNSAFE)
    assert "2 to grade" in forced.stdout


def test_an_interrupted_run_keeps_what_it_graded_and_the_next_run_goes_on(tmp_path):
    lessons = tmp_path / "submissions"
    names = [f"learner{i}" for i in range(4)]
    for name in names:
        one_module(lessons / name)
    out = tmp_path / "gradebook"
    command = [*TFKATA, "grade", str(lessons), "--out", str(out), "--only", "fundamentals.scale_pixels", "--jobs", "1",
               *UNSAFE]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    while line.startswith("tfkata grade: no sandbox"):  # --unsafe said so first
        line = process.stderr.readline()
    assert line.startswith("graded learner0")  # one whole submission, then Ctrl-C
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "run the same command again to go on" in err
    saved = sorted(p.stem for p in (out / submissions.RESULTS).glob("*.json"))
    assert saved and saved == names[:len(saved)] and len(saved) < len(names)
    assert sorted(rows(out)) == saved  # the gradebook of what was graded, written whole
    assert [p.name for p in out.rglob("*") if p.name.startswith(".") and p.name not in (".grading.lock", submissions.GRADED)] == []
    rest = tfkata("grade", str(lessons), "--out", str(out), "--only", "fundamentals.scale_pixels", *UNSAFE)
    assert f"{len(names) - len(saved)} to grade, {len(saved)} unchanged" in rest.stdout
    assert sorted(rows(out)) == names


def _results_file(folder: Path, verdicts: list[Verdict], **own) -> Path:
    results = Results()
    for verdict in verdicts:
        results.add(verdict)
    document = json.loads(reports.exercism(results))
    document["tfkata"].update(own)
    folder.mkdir(parents=True)
    (folder / "results.json").write_text(json.dumps(document), encoding="utf-8")
    return folder / "results.json"


def test_results_from_the_learners_ci_join_the_gradebook(tmp_path):
    downloads = tmp_path / "downloads"
    _results_file(downloads / "dana", [Verdict("fundamentals.scale_pixels"),
                                       Verdict("fundamentals.normalize_features", WRONG, "found x\nexpected y")])
    _results_file(downloads / "eli", [Verdict("fundamentals.scale_pixels")], graders="0123456789abcdef", kit="0.0.9")
    (downloads / "junk").mkdir()
    (downloads / "junk" / "results.json").write_text('{"version": 3, "status": "pass", "tests": []}', encoding="utf-8")
    forged = _results_file(downloads / "fay", [Verdict("fundamentals.scale_pixels", WRONG, "found x")])
    forged.write_text(forged.read_text().replace('"status": "wrong"', '"status": "done"'))  # the verdict, not its test
    unsigned = _results_file(downloads / "gus", [Verdict("fundamentals.scale_pixels")])
    unsigned.write_text(unsigned.read_text().replace('"graders": ', '"_graders": '))
    out = tmp_path / "gradebook"
    run = tfkata("grade", "--from-results", str(downloads), "--out", str(out), timeout=120)
    assert run.returncode == 1, run.stderr  # a file was refused: said, not silently dropped
    assert "merged 2 results file(s) from the learners' CI: dana, eli" in run.stdout
    assert "refused" in run.stderr and "junk" in run.stderr and "no tfkata verdicts" in run.stderr
    assert "fay" in run.stderr and "contradicts its test" in run.stderr
    assert "gus" in run.stderr and "does not say which graders" in run.stderr
    book = rows(out)
    assert (book["dana"]["fundamentals.scale_pixels"], book["dana"]["total"]) == ("5", "5")
    assert "graded elsewhere (--from-results)" in book["dana"]["notes"]
    assert "graded with other graders (kit 0.0.9" in book["eli"]["notes"]
    assert book["eli"]["fundamentals.normalize_features"] == "" and "1 exercise(s) not graded" in book["eli"]["notes"]
    assert "eli: graded elsewhere (--from-results): its verdicts are as the learner's CI wrote them; graded with other graders" in (
        out / gradebook.MARKDOWN).read_text(encoding="utf-8")


def test_one_gradebook_is_written_by_one_run_at_a_time(tmp_path):
    out = tmp_path / "gradebook"
    out.mkdir()
    downloads = tmp_path / "downloads"
    _results_file(downloads / "dana", [Verdict("fundamentals.scale_pixels")])
    with FileLock(str(out / ".grading.lock")):
        run = tfkata("grade", "--from-results", str(downloads), "--out", str(out))
    assert run.returncode == 2 and "another tfkata grade is writing" in run.stderr
    assert not (out / gradebook.CSV).exists()


def test_grade_and_progress_give_each_submission_the_same_verdicts(tmp_path):
    """The teacher's path (judged apart, in a sandbox) and the learner's (one worker) agree, exercise by exercise:
    on the stubs, on two sections solved, and on a partial submission with a mistake (grade once marked two
    untouched stubs wrong, where progress said not started)."""
    lessons, out = tmp_path / "submissions", tmp_path / "gradebook"
    kinds = {"stubs": {}, "solved": {"data": SOLUTIONS, "callbacks": SOLUTIONS},
             "partial": {"fundamentals": None, "overfitting": SOLUTIONS}}
    for name, modules in kinds.items():
        (lessons / name).mkdir(parents=True)
        for module in sorted({exercise.module for exercise in catalogue.load().exercises.values()}):
            source = (modules.get(module) or STUBS) / f"{module}.py"
            text = source.read_text(encoding="utf-8")
            if module in modules and modules[module] is None:  # fundamentals, solved with one mistake
                text = (SOLUTIONS / f"{module}.py").read_text(encoding="utf-8").replace(*next(iter(WRONG_SCALE.items())))
            (lessons / name / f"{module}.py").write_text(text, encoding="utf-8")
    limit = ["--time-limit", "120"]  # the verdicts compared, not the speed: a loaded machine must not time one out
    run = tfkata("grade", str(lessons), "--out", str(out), *limit, *UNSAFE, timeout=1200)
    assert run.returncode == 0, run.stderr
    for name in kinds:
        report = tmp_path / f"{name}.json"
        progress = tfkata("progress", "--target", str(lessons / name), "--report", f"exercism={report}", *limit,
                          timeout=1200)
        assert progress.returncode in (0, 1), progress.stderr

        def verdicts(path):
            return {test["name"]: (test["status"], test.get("message", "").startswith("not started"))
                    for test in json.loads(path.read_text(encoding="utf-8"))["tests"]}

        assert verdicts(out / "results" / f"{name}.json") == verdicts(report), name
    points = {section: sum(e.points for e in catalogue.load().exercises.values() if e.module == section)
              for section in ("data", "callbacks", "overfitting", "fundamentals")}
    wanted = {"stubs": 0, "solved": points["data"] + points["callbacks"],
              "partial": points["overfitting"] + points["fundamentals"] - catalogue.load().get("fundamentals.scale_pixels").points}
    assert {name: int(row["total"]) for name, row in rows(out).items()} == wanted


def test_grade_needs_something_to_grade(tmp_path):
    run = tfkata("grade", "--out", str(tmp_path / "gradebook"))
    assert run.returncode == 2 and "give a folder of submissions" in run.stderr
    missing = tfkata("grade", str(tmp_path / "nowhere"), "--out", str(tmp_path / "gradebook"))
    assert missing.returncode == 2 and "no such folder of submissions" in missing.stderr


def test_lessons_alike_but_for_numbers_and_paths_are_one_lesson():
    a = "values: found 1 -> 0.0039, expected 1 -> 0.0039\n/home/ann/class/ann/fundamentals.py:12 divides by 256"
    b = "values: found 2 -> 0.0078, expected 2 -> 0.0078\nC:\\Users\\ben\\fundamentals.py:40 divides by 256"
    assert gradebook.lesson_key(a) == gradebook.lesson_key(b)
    assert gradebook.lesson_key(a) != gradebook.lesson_key("values: found 1 -> 1.0, expected 1 -> 0.0039")


def test_a_submission_is_found_as_a_folder_a_copy_of_the_kit_or_an_unpacked_archive(tmp_path):
    one_module(tmp_path / "a")
    one_module(tmp_path / "b" / "exercises")
    one_module(tmp_path / "c" / "tfkata-main" / "exercises")
    (tmp_path / "d").mkdir()
    found = {s.name: s.target for s in submissions.find(tmp_path)}
    assert found == {"a": tmp_path / "a", "b": tmp_path / "b" / "exercises",
                     "c": tmp_path / "c" / "tfkata-main" / "exercises", "d": tmp_path / "d"}


def test_select_takes_exercise_and_section_ids():
    book = catalogue.load()
    assert book.select(["transfer.fine_tune", "fundamentals"]) == [
        e.id for e in book.in_section("fundamentals")] + ["transfer.fine_tune"]
    with pytest.raises(KeyError):
        book.select(["fundamentals.nothing"])


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/"), min_size=1, max_size=30))
def test_any_submission_name_reads_back_from_the_gradebook_as_text(name):
    entry = gradebook.Entry(name, Results())
    entry.results.add(Verdict("fundamentals.scale_pixels"))
    [row] = list(csv.DictReader(io.StringIO(gradebook.gradebook_csv([entry]), newline="")))
    read = row["submission"]
    assert read == name or (read == "'" + name and name[0] in "=+-@\t\r")
    assert row["fundamentals.scale_pixels"] == "5"


def test_default_jobs_is_at_least_one_and_no_more_than_the_cores():
    assert 1 <= submissions.default_jobs() <= (os.cpu_count() or 1)
