"""Reports for other systems (tfkata.reports): each checked against its documented shape.

Exercism's results.json v3 and Classroom 50's result.json are validated with JSON Schemas written
from their specs (tests/kit/schemas/); JUnit XML is checked for the structure GitHub, GitLab and
Jenkins read; the Markdown for its checklist. Then each way in, through the real command:
`tfkata check --report` and `pytest --tfkata-report`.
"""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from helpers import learner_folder, tfkata
from tfkata import catalogue, cli, manifest, reports
from tfkata.durable import FilesError
from tfkata.paths import ROOT
from tfkata.results import CRASHED, DONE, NOT_STARTED, TIMED_OUT, WRONG, Results, Verdict

SCHEMAS = Path(__file__).with_name("schemas")
TAMPERED = ["tests/graders/test_fundamentals.py (changed)", "tools/tfkata/checks.py (changed)"]
# What the Classroom 50 runner gives the autograder it runs (its Autograders page, "Contract").
RUNNER_ENV = {"CLASSROOM": "ml-2026", "ASSIGNMENT": "tfkata", "ASSIGNMENT_TYPE": "individual", "OWNER": "alice",
              "SUBMISSION_TAG": "submit/2026-06-01T14-32-05Z-a1b2c3d",
              "COMMIT_URL": "https://github.com/org/ml-2026-tfkata-alice/commit/a1b2c3d",
              "RELEASE_URL": "https://github.com/org/ml-2026-tfkata-alice/releases/tag/submit%2F2026",
              "REVIEW_URL": "https://github.com/org/ml-2026-tfkata-alice/compare/0000000...a1b2c3d"}
# Each verdict by hand: the five statuses, a tip, two sections.
VERDICTS = [
    Verdict("fundamentals.scale_pixels", DONE, tip="the kit prefers astype('float32')\nwhy: uint8 keeps integers"),
    Verdict("fundamentals.normalize_features", WRONG,
            "training set: found the test set's mean, expected the training set's\nthe test set stands for unseen data"),
    Verdict("fundamentals.sequential_model", NOT_STARTED, "sequential_model() still raises NotImplementedError"),
    Verdict("fundamentals.predict_labels", TIMED_OUT, "predict_labels() ran past the time limit (20 s)"),
    Verdict("fundamentals.regression_model", DONE),
    Verdict("callbacks.stop_at_accuracy", CRASHED, "your code ended the grading process (exit code 0)"),
]
LESSONS = {v.exercise_id: v.message or v.tip for v in VERDICTS}


def graded(verdicts=VERDICTS, tampered=TAMPERED) -> Results:
    results = Results()
    for verdict in verdicts:
        results.add(Verdict(verdict.exercise_id, verdict.status, verdict.message, verdict.tip))
    results.tampered = list(tampered)
    return results


def everything() -> Results:
    """What `tfkata progress` grades: every exercise; those not in VERDICTS not started."""
    results = graded()
    for exercise_id in catalogue.load().exercises:
        if exercise_id not in results.verdicts:
            results.add(Verdict(exercise_id, NOT_STARTED, "still raises NotImplementedError"))
    return results


def validate(kind: str, document: dict) -> None:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: e.path)
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def check_classroom50(document: dict) -> None:
    """The schema, then the rules its contract enforces in code: scores within bounds, totals the sums."""
    validate("classroom50-result-v1", document)
    assert all(t["score"] <= t["max-score"] for t in document["tests"])
    assert document["score"] == sum(t["score"] for t in document["tests"]) <= document["max-score"]
    assert document["max-score"] == sum(t["max-score"] for t in document["tests"])


def check_junit(text: str) -> ET.Element:
    """The JUnit XML that CI systems read: testsuites > testsuite > (properties, testcase*, system-out,
    system-err); a testcase holds at most one failure, error or skipped; the counts add up."""
    root = ET.fromstring(text)
    assert root.tag == "testsuites" and {c.tag for c in root} <= {"testsuite"}
    for suite in root:
        assert suite.get("name") and int(suite.get("tests")) >= 0 and float(suite.get("time")) >= 0
        order = [c.tag for c in suite]
        allowed = ["properties", "testcase", "system-out", "system-err"]
        assert order == sorted(order, key=allowed.index), order
        for prop in suite.iter("property"):
            assert prop.get("name") and prop.get("value") is not None
        cases = suite.findall("testcase")
        for case in cases:
            assert case.get("name") and case.get("classname") and float(case.get("time")) >= 0
            outcomes = [c for c in case if c.tag in ("failure", "error", "skipped")]
            assert len(outcomes) <= 1 and all(o.get("message") and o.get("type") for o in outcomes)
            assert {c.tag for c in case} <= {"properties", "failure", "error", "skipped", "system-out", "system-err"}
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == sum(len(c.findall("failure")) for c in cases)
        assert int(suite.get("errors")) == sum(len(c.findall("error")) for c in cases)
    for count in ("tests", "failures", "errors"):
        assert int(root.get(count)) == sum(int(s.get(count)) for s in root)
    return root


def suite_properties(root: ET.Element) -> dict[str, str]:
    return {p.get("name"): p.get("value") for p in root.find("testsuite").find("properties")}


# ------------------------------------------------------------------ the schemas can fail


def _set(path: list, value):
    def change(document: dict) -> dict:
        at = document
        for key in path[:-1]:
            at = at[key]
        at[path[-1]] = value
        return document
    return change


@pytest.mark.parametrize("kind, change", [
    ("exercism-results-v3", _set(["version"], 2)),
    ("exercism-results-v3", _set(["status"], "pass")),  # a test fails
    ("exercism-results-v3", _set(["message"], "a message without an error")),
    ("exercism-results-v3", _set(["tests", 0, "output"], "x" * 501)),
    ("exercism-results-v3", _set(["tests", 0, "status"], "done")),
    ("exercism-results-v3", _set(["tests", 0, "task_id"], 0)),
    ("exercism-results-v3", _set(["tampered"], [])),  # a top-level key of tfkata's, outside its own
    ("classroom50-result-v1", _set(["tampered"], True)),  # Classroom 50 allows no other top-level key
    ("classroom50-result-v1", _set(["score"], 1.5)),
    ("classroom50-result-v1", _set(["submission"], "main")),
    ("classroom50-result-v1", _set(["tests", 0, "passed"], "yes")),
])
def test_each_schema_refuses_what_its_spec_refuses(kind, change):
    write = reports.exercism if kind.startswith("exercism") else reports.classroom50
    arguments = {} if kind.startswith("exercism") else {"environ": RUNNER_ENV}
    document = json.loads(write(graded(), **arguments))
    validate(kind, document)
    with pytest.raises(AssertionError):
        validate(kind, change(document))


# ------------------------------------------------------------------ Exercism


def test_exercism_is_results_json_v3_with_each_verdict_as_its_test():
    document = json.loads(reports.exercism(graded()))
    validate("exercism-results-v3", document)
    book = catalogue.load()
    assert [t["name"].split(":")[0] for t in document["tests"]] == list(graded().verdicts)  # catalogue order
    statuses = {t["name"].split(":")[0]: t["status"] for t in document["tests"]}
    assert statuses == {"fundamentals.scale_pixels": "pass", "fundamentals.normalize_features": "fail",
                        "fundamentals.sequential_model": "fail", "fundamentals.predict_labels": "error",
                        "fundamentals.regression_model": "pass", "callbacks.stop_at_accuracy": "error"}
    assert document["status"] == "fail" and "message" not in document
    for test in document["tests"]:
        exercise = book.get(test["name"].split(":")[0])
        assert test["name"] == f"{exercise.id}: {exercise.skill}"
        assert test["task_id"] == book.position(exercise.id) + 1
        if LESSONS[exercise.id]:
            assert LESSONS[exercise.id] in test["message"]
    tests = {t["name"].split(":")[0]: t for t in document["tests"]}
    assert tests["fundamentals.normalize_features"]["message"].startswith("wrong (0/5 points)\ntraining set:")
    assert tests["fundamentals.scale_pixels"]["message"].startswith("done, with a tip (5/5 points)\ntip: ")


def test_exercism_carries_the_tamper_flag_for_machines_and_for_the_student():
    document = json.loads(reports.exercism(graded()))
    assert document["tfkata"]["tampered"] == TAMPERED
    assert all("graders changed: " + ", ".join(TAMPERED) in t["message"] for t in document["tests"])
    clean = json.loads(reports.exercism(graded(tampered=[])))
    validate("exercism-results-v3", clean)
    assert clean["tfkata"]["tampered"] == []
    assert not any("graders changed" in t.get("message", "") for t in clean["tests"])
    assert "message" not in {t["name"].split(":")[0]: t for t in clean["tests"]}["fundamentals.regression_model"]


def test_exercism_test_code_names_the_function_and_the_command_that_grades_it():
    document = json.loads(reports.exercism(graded()))
    tests = {t["name"].split(":")[0]: t for t in document["tests"]}
    code = tests["callbacks.stop_at_accuracy"]["test_code"].splitlines()
    assert code[1] == "stop_at_accuracy(threshold=0.98)"  # the stub's signature, defaults included
    assert code[0].startswith("# callbacks.py: ") and "tfkata check callbacks.stop_at_accuracy" in code[2]


@pytest.mark.parametrize("verdicts, status", [
    ([Verdict("fundamentals.scale_pixels", DONE), Verdict("fundamentals.regression_model", DONE)], "pass"),
    ([Verdict("fundamentals.scale_pixels", CRASHED, "your code ended the grading process (exit code 0)")], "error"),
    ([], "error"),
])
def test_exercism_run_status(verdicts, status):
    document = json.loads(reports.exercism(graded(verdicts, tampered=[])))
    validate("exercism-results-v3", document)
    assert document["status"] == status
    if status == "error":  # the only thing the student sees: what happened
        assert (verdicts[0].message if verdicts else "nothing was graded") in document["message"]


def test_exercism_run_that_was_interrupted_is_an_error_that_says_so():
    results = graded(VERDICTS[:2], tampered=[])
    results.interrupted = ["fundamentals.sequential_model"]
    document = json.loads(reports.exercism(results))
    validate("exercism-results-v3", document)
    assert document["status"] == "error" and "interrupted while grading fundamentals.sequential_model" in document["message"]


# ------------------------------------------------------------------ Classroom 50


def test_classroom50_is_result_v1_with_one_test_per_exercise_worth_its_points():
    clean = json.loads(reports.classroom50(graded(tampered=[]), environ=RUNNER_ENV))
    check_classroom50(clean)
    book = catalogue.load()
    assert [t["test-name"] for t in clean["tests"]] == list(graded().verdicts)
    for test in clean["tests"]:
        exercise, verdict = book.get(test["test-name"]), graded().verdicts[test["test-name"]]
        assert test["max-score"] == exercise.points and test["passed"] == (verdict.status == DONE)
        assert test["score"] == (exercise.points if verdict.status == DONE else 0)
        assert test["status"] == verdict.label
        if verdict.message:
            assert verdict.message in test["message"]
    assert clean["score"] == 15 and clean["max-score"] == sum(book.get(v.exercise_id).points for v in VERDICTS)
    assert {k: clean[k] for k in ("classroom", "assignment", "owner", "submission")} == {
        "classroom": "ml-2026", "assignment": "tfkata", "owner": "alice", "submission": RUNNER_ENV["SUBMISSION_TAG"]}


def test_classroom50_tampered_run_has_a_failing_test_worth_nothing_first():
    """No extra top-level key is allowed, so the flag is a test: the release's table shows it, the run fails."""
    document = json.loads(reports.classroom50(graded(), environ=RUNNER_ENV))
    check_classroom50(document)
    first = document["tests"][0]
    assert first["test-name"] == reports.TAMPERED_TEST and first["passed"] is False
    assert first["score"] == first["max-score"] == 0 and ", ".join(TAMPERED) in first["message"]
    assert [t["test-name"] for t in document["tests"][1:]] == list(graded().verdicts)
    assert document["score"] == 15  # points are unchanged


def test_classroom50_outside_its_runner_invents_no_identity():
    document = json.loads(reports.classroom50(graded(tampered=[]), environ={}))
    assert set(document) == {"schema", "datetime", "score", "max-score", "tests"}
    with pytest.raises(AssertionError, match="required property"):
        check_classroom50(document)  # the runner would refuse it, as it should


# ------------------------------------------------------------------ JUnit XML


def test_junit_has_one_testcase_per_exercise_with_the_lesson_as_failure_or_error():
    root = check_junit(reports.junit(graded()))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == list(graded().verdicts)
    for verdict in VERDICTS:
        case = cases[verdict.exercise_id]
        assert case.get("classname") == f"tfkata.{verdict.exercise_id.split('.')[0]}"
        element = {WRONG: "failure", NOT_STARTED: "failure", CRASHED: "error", TIMED_OUT: "error"}.get(verdict.status)
        if element is None:
            assert case.find("failure") is None and case.find("error") is None
            continue
        outcome = case.find(element)
        assert outcome.get("type") == verdict.status
        assert outcome.get("message") == f"{verdict.status}: {verdict.message.splitlines()[0]}"
        assert verdict.message in outcome.text
    assert "tip: the kit prefers astype('float32')" in cases["fundamentals.scale_pixels"].find("system-out").text
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("6", "2", "2")


def test_junit_carries_the_tamper_flag_as_a_property():
    root = check_junit(reports.junit(graded()))
    properties = suite_properties(root)
    assert properties["tfkata.tampered"] == "true" and properties["tfkata.tampered.files"] == ", ".join(TAMPERED)
    assert "graders changed" in root.find("testsuite").find("system-err").text
    clean = check_junit(reports.junit(graded(tampered=[])))
    assert suite_properties(clean)["tfkata.tampered"] == "false"
    assert clean.find("testsuite").find("system-err") is None


def test_junit_stays_xml_when_a_lesson_holds_control_characters():
    """A learner's exception message may carry terminal colours: XML 1.0 cannot hold ESC."""
    root = check_junit(reports.junit(graded([Verdict("fundamentals.scale_pixels", WRONG, "\x1b[31mred\x1b[0m & <b>")])))
    assert "red" in root.find(".//failure").text and "<b>" in root.find(".//failure").text


# ------------------------------------------------------------------ Markdown


def test_markdown_is_the_checklist_with_points_and_lessons_and_the_warning_first():
    text = reports.markdown(graded())
    lines = text.splitlines()
    assert lines[0].startswith("> **Warning:** graders changed: tests/graders/test\\_fundamentals.py (changed)")
    assert "## tfkata: 15/50 points" in lines
    assert "Next: `tfkata check fundamentals.normalize_features`" in lines
    book = catalogue.load()
    assert f"### {book.sections['fundamentals'].title}" in lines and f"### {book.sections['callbacks'].title}" in lines
    assert "- [x] Preprocess data for a model: scale pixel values to \\[0, 1\\] **5/5** (done, with a tip) " \
           "`fundamentals.scale_pixels`" in lines
    assert f"- [x] {book.get('fundamentals.regression_model').skill} **10/10** `fundamentals.regression_model`" in lines
    assert any(line.startswith("- [ ] ") and line.endswith("(crashed) `callbacks.stop_at_accuracy`") for line in lines)
    for verdict in VERDICTS:
        lesson = verdict.message or (f"tip: {verdict.tip}" if verdict.tip else "")
        for line in lesson.splitlines():
            assert f"  {line}" in lines, line  # the lesson, whole, in the item's fenced block
    assert "graders changed" not in reports.markdown(graded(tampered=[]))


def test_markdown_lesson_with_backticks_cannot_close_its_block():
    text = reports.markdown(graded([Verdict("fundamentals.scale_pixels", WRONG, "found ```x```, expected y")], []))
    assert "  ````text" in text.splitlines() and "  ````" in text.splitlines()


# ------------------------------------------------------------------ writing them


def test_write_replaces_a_file_whole_and_makes_its_folder(tmp_path):
    path = tmp_path / "out" / "results.json"
    said = reports.write("exercism", str(path), graded())
    assert said == f"wrote the exercism report to {path}"
    path.write_text("old and longer than the report " * 1000)
    reports.write("exercism", str(path), graded())
    assert json.loads(path.read_text())["version"] == 3
    assert [p.name for p in path.parent.iterdir()] == ["results.json"]  # no temporary file left


def test_write_appends_to_the_step_summary(tmp_path, monkeypatch):
    summary = tmp_path / "step_summary.md"
    summary.write_text("# an earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert "step summary" in reports.write("markdown", str(summary), graded())
    text = summary.read_text()
    assert text.startswith("# an earlier step\n> **Warning:** graders changed")
    other = tmp_path / "other.md"
    other.write_text("# replaced\n")
    reports.write("markdown", str(other), graded())
    assert not other.read_text().startswith("# replaced")


def test_write_to_standard_output(capsys):
    reports.write("junit", "-", graded())
    check_junit(capsys.readouterr().out)


def test_a_report_that_cannot_be_written_is_one_line(tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(FilesError, match="cannot write the junit report to") as error:
        reports.write("junit", str(tmp_path / "file" / "report.xml"), graded())
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("text, says", [("exercism", "write KIND=PATH"), ("html=out.html", "no report called 'html'"),
                                        ("junit=", "write KIND=PATH"), ("junit=.", "is a folder")])
def test_a_report_request_that_is_not_kind_equals_path(text, says):
    with pytest.raises(ValueError, match=says):
        reports.parse_request(text)


# ------------------------------------------------------------------ from `tfkata progress`, in process


def run(capsys, *argv):
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_progress_writes_every_report_asked_for(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "_grade", lambda args, ids=None: everything())
    paths = {kind: tmp_path / f"report.{kind}" for kind in reports.FORMATS}
    code, out, err = run(capsys, "progress", *[f"--report={k}={p}" for k, p in paths.items()])
    assert code == 1 and "Total: " in out  # the checklist and its exit code, as without reports
    for kind, path in paths.items():
        assert f"tfkata: wrote the {kind} report to {path}" in err
    validate("exercism-results-v3", json.loads(paths["exercism"].read_text()))
    tests = len(catalogue.load().exercises)
    assert len(json.loads(paths["classroom50"].read_text())["tests"]) == tests + 1  # and the tamper flag
    assert len(list(check_junit(paths["junit"].read_text()).iter("testcase"))) == tests
    assert paths["markdown"].read_text() == reports.markdown(everything())


def test_progress_with_a_report_it_cannot_write_exits_2_after_writing_the_others(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "_grade", lambda args, ids=None: everything())
    (tmp_path / "file").write_text("")
    code, out, err = run(capsys, "progress", "--report", f"junit={tmp_path / 'file' / 'x.xml'}",
                         "--report", f"markdown={tmp_path / 'summary.md'}")
    assert code == 2 and "Total: " in out
    assert err.strip().splitlines()[-1].startswith("tfkata: cannot write the junit report to")
    assert (tmp_path / "summary.md").is_file()


def test_an_unknown_report_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["check", "fundamentals.scale_pixels", "--report", "html=x.html"])
    assert stop.value.code == 2 and "no report called 'html'" in capsys.readouterr().err


# ------------------------------------------------------------------ each way in, through the real command

RIGHT, WRONG_ONE = "fundamentals.scale_pixels", "fundamentals.normalize_features"


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    """A learner's folder: fundamentals solved, but normalize_features scales nothing."""
    return learner_folder(tmp_path_factory.mktemp("learner") / "exercises",
                          {"    return (train - mean) / std, (test - mean) / std": "    return train, test"},
                          modules=["fundamentals"])


@pytest.mark.full  # a real process
def test_tfkata_check_writes_the_four_reports(tmp_path, target):
    summary = tmp_path / "summary.md"
    summary.write_text("# an earlier step\n")
    paths = {kind: tmp_path / "reports" / f"{kind}.out" for kind in ("exercism", "classroom50", "junit")}
    done = tfkata("check", WRONG_ONE, "--target", str(target), *[f"--report={k}={p}" for k, p in paths.items()],
                  "--report", f"markdown={summary}", env={**RUNNER_ENV, "GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.startswith(f"{WRONG_ONE}: wrong (0/5 points)")
    tampered = manifest.differences()

    exercism = json.loads(paths["exercism"].read_text())
    validate("exercism-results-v3", exercism)
    assert exercism["status"] == "fail" and [t["status"] for t in exercism["tests"]] == ["fail"]
    assert "training set" in exercism["tests"][0]["message"] and exercism["tfkata"]["tampered"] == tampered

    classroom = json.loads(paths["classroom50"].read_text())
    check_classroom50(classroom)
    assert [t["test-name"] for t in classroom["tests"] if t["max-score"]] == [WRONG_ONE]
    assert (classroom["score"], classroom["max-score"]) == (0, 5)

    root = check_junit(paths["junit"].read_text())
    assert "training set" in root.find(".//testcase/failure").get("message")
    assert suite_properties(root)["tfkata.tampered"] == ("true" if tampered else "false")

    text = summary.read_text()
    assert text.startswith("# an earlier step\n") and f"(wrong) `{WRONG_ONE}`" in text
    for kind in paths:
        assert f"tfkata: wrote the {kind} report to {paths[kind]}" in done.stderr


@pytest.mark.full  # a real process
def test_plain_pytest_writes_the_reports_at_the_end(tmp_path, target):
    paths = {kind: tmp_path / f"{kind}.out" for kind in reports.FORMATS}
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/graders/test_fundamentals.py", f"--target={target}",
                          "--jobs=1", "-p", "no:cacheprovider", f"--exercise={RIGHT}", f"--exercise={WRONG_ONE}",
                          *[f"--tfkata-report={k}={p}" for k, p in paths.items()]],
                         cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, **RUNNER_ENV, "GITHUB_STEP_SUMMARY": ""})
    assert run.returncode == 1, run.stdout
    for kind, path in paths.items():
        assert f"tfkata: wrote the {kind} report to {path}" in run.stdout
    tampered = manifest.differences()

    exercism = json.loads(paths["exercism"].read_text())
    validate("exercism-results-v3", exercism)
    assert [(t["name"].split(":")[0], t["status"]) for t in exercism["tests"]] == [(RIGHT, "pass"), (WRONG_ONE, "fail")]
    assert exercism["tfkata"]["tampered"] == tampered

    classroom = json.loads(paths["classroom50"].read_text())
    check_classroom50(classroom)
    assert [(t["test-name"], t["passed"]) for t in classroom["tests"] if t["max-score"]] == [(RIGHT, True), (WRONG_ONE, False)]
    assert (classroom["score"], classroom["max-score"]) == (5, 10)

    root = check_junit(paths["junit"].read_text())
    assert [c.get("name") for c in root.iter("testcase")] == [RIGHT, WRONG_ONE]
    assert root.find(".//testcase/failure").get("type") == "wrong"

    text = paths["markdown"].read_text()
    assert "## tfkata: 5/10 points" in text and f"`{RIGHT}`" in text and f"(wrong) `{WRONG_ONE}`" in text


@pytest.mark.full  # a real process
def test_what_the_learners_code_prints_is_its_tests_output(tmp_path):
    """Each exercise's output is what its code printed while graded, cut at 500 characters (Exercism's
    limit) however much it prints; the flood still reaches the worker's pipe, not the report."""
    folder = learner_folder(tmp_path / "exercises", {
        "def scale_pixels(images):\n": "def scale_pixels(images):\n    print('scaling', len(images))\n",
        "def normalize_features(train, test):\n":
            "def normalize_features(train, test):\n    import sys; print('x' * 1_000_000, file=sys.stderr)\n"},
        modules=["fundamentals"])
    paths = {"exercism": tmp_path / "results.json", "junit": tmp_path / "junit.xml"}
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/graders/test_fundamentals.py", f"--target={folder}",
                          "--jobs=1", "-p", "no:cacheprovider", f"--exercise={RIGHT}", f"--exercise={WRONG_ONE}",
                          *[f"--tfkata-report={k}={p}" for k, p in paths.items()]],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout
    exercism = json.loads(paths["exercism"].read_text())
    validate("exercism-results-v3", exercism)
    scaled, normalized = (t["output"] for t in exercism["tests"])
    assert scaled.startswith("scaling ") and "x" not in scaled
    assert len(normalized) == 500 and normalized.endswith("[output cut at 500 characters]")
    assert [v["output"] for v in exercism["tfkata"]["verdicts"]] == [scaled, normalized]
    outputs = [case.findtext("system-out") for case in check_junit(paths["junit"].read_text()).iter("testcase")]
    assert outputs == [scaled, normalized]


@pytest.mark.parametrize("report, code, says", [
    ("junit={file}/report.xml", 4, "tfkata: cannot write the junit report to {file}/report.xml: File exists ({file})"),
    ("html=report.html", 2, "tfkata: 'html=report.html': no report called 'html'"),
])
def test_plain_pytest_with_a_report_it_cannot_write(tmp_path, report, code, says):
    """A report asked for and not written fails the session; one that does not exist is refused at once."""
    (tmp_path / "file").write_text("")
    report, says = report.format(file=tmp_path / "file"), says.format(file=tmp_path / "file")
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/graders/test_fundamentals.py", "--collect-only", "-q",
                          "-p", "no:cacheprovider", f"--tfkata-report={report}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == code and says in run.stdout + run.stderr, run.stdout + run.stderr
