"""The `tfkata` command: its output and exit codes, through the real command where grading is involved."""

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from helpers import TFKATA, learner_folder, tfkata
from tfkata import catalogue, cli, paths
from tfkata.paths import ROOT, SOLUTIONS, STUBS
from tfkata.results import DONE, Results, Verdict

pytestmark = pytest.mark.full  # the real command, a process per test

SCALE = "fundamentals.scale_pixels"


def run(capsys, *argv):
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_hint_levels(capsys):
    code, out, _ = run(capsys, "hint", SCALE)
    hints = catalogue.load().get(SCALE).hints
    assert code == 0 and hints[0] in out and hints[1] not in out
    assert "--level 2" in out
    _, out, _ = run(capsys, "hint", SCALE, "--level", "9")
    assert all(h in out for h in hints) and "--level" not in out


def test_hint_shows_the_source_and_what_the_kit_adds(capsys):
    book = catalogue.load()
    own, plain = book.get("overfitting.pick_remedies"), book.get("fundamentals.sequential_model")
    _, out, _ = run(capsys, "hint", own.id)
    assert f"source: {own.note}" in out and f"the kit's own: {own.kit_own}" in out
    _, out, _ = run(capsys, "hint", plain.id)
    assert f"source: {plain.note}" in out and "the kit's own" not in out


@pytest.mark.parametrize("argv, says", [
    (["hint", "scale_pixels"], "did you mean fundamentals.scale_pixels"),
    (["hint", "scale_pixles"], "did you mean fundamentals.scale_pixels"),
    (["check", "Fundamentals.Scale_Pixels"], "did you mean fundamentals.scale_pixels"),
    (["solution", SCALE + "\n"], "did you mean fundamentals.scale_pixels"),
    (["check", "normalise_features"], "did you mean fundamentals.normalize_features"),
    (["check", SCALE, "--target", "no-such-folder"], "there is no folder"),
    (["progress", "--target", "README.md"], "is a file"),
])
def test_usage_errors_are_one_line_and_exit_2(capsys, monkeypatch, argv, says):
    monkeypatch.chdir(ROOT)
    code, _, err = run(capsys, *argv)
    assert code == 2 and says in err and len(err.strip().splitlines()) == 1, err


def test_a_time_limit_must_be_positive(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["check", SCALE, "--time-limit", "0"])
    assert stop.value.code == 2 and "must be more than 0" in capsys.readouterr().err


def test_environment_target_that_is_missing_is_exit_2(tmp_path):
    done = tfkata("progress", env={"TFKATA_TARGET": str(tmp_path / "gone")})
    assert done.returncode == 2 and "TFKATA_TARGET" in done.stderr and done.stdout == ""


@pytest.fixture(scope="module")
def learner_copy(tmp_path_factory):
    """A learner's folder: fundamentals solved but for one wrong answer; one exercise that ends the process."""
    folder = tmp_path_factory.mktemp("learner") / "exercises"
    return learner_folder(folder, {
        "def scale_pixels(images):\n": "def scale_pixels(images):\n    import os; os._exit(0)\n",
        "    return (train - mean) / std, (test - mean) / std": "    return train, test",
    }, modules=["fundamentals"])


def test_check_exit_codes_and_verdicts(capsys, learner_copy):
    code, out, _ = run(capsys, "check", "fundamentals.regression_model", "--target", str(learner_copy))
    assert code == 0 and out.startswith("fundamentals.regression_model: done (10/10 points)")
    crashed = tfkata("check", SCALE, "--target", str(learner_copy))  # the real command, in its own process
    assert crashed.returncode == 1, crashed.stdout
    assert crashed.stdout.startswith(f"{SCALE}: crashed (0/5 points)") and "done" not in crashed.stdout
    assert "exit code 0" in crashed.stdout


def test_relative_target_is_relative_to_where_the_command_runs(capsys, monkeypatch, learner_copy):
    monkeypatch.chdir(learner_copy.parent)
    code, out, _ = run(capsys, "check", "fundamentals.normalize_features", "--target", "./exercises")
    assert code == 1 and "wrong (0/5 points)" in out and "training set" in out


def test_progress_is_the_notes_checklist_and_exits_1_until_all_is_done(capsys, learner_copy):
    code, out, _ = run(capsys, "progress", "--target", str(learner_copy))
    book = catalogue.load()
    assert code == 1
    assert out.startswith(f"tfkata progress: {learner_copy}\n")
    for exercise in book.in_section("fundamentals")[2:]:
        assert f"[x] {exercise.skill}  {exercise.points}/{exercise.points}" in out
        assert exercise.note_wording in out
    assert "(crashed)" in out and "(wrong)" in out and "(not started)" in out
    assert f"Next: tfkata check {SCALE}" in out


def test_progress_exits_0_when_every_exercise_is_done(capsys, monkeypatch):
    everything = Results()
    for exercise_id in catalogue.load().exercises:
        everything.add(Verdict(exercise_id, DONE))
    monkeypatch.setattr(cli, "_grade", lambda args, ids=None: everything)
    code, out, _ = run(capsys, "progress")
    assert code == 0 and f"{everything.total}/{everything.total} points" in out
    for exercise in catalogue.load().exercises.values():  # what the kit adds is marked, and only that
        marked = f"{exercise.id}   (the kit's own: see tfkata hint)" in out
        assert marked == (exercise.kit_own is not None), exercise.id


def test_solution_waits_until_the_learner_passes(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out, _ = run(capsys, "solution", SCALE, "--target", str(STUBS))
    assert code == 1 and "--force" in out and "not started" in out
    code, out, _ = run(capsys, "solution", SCALE, "--force")
    assert code == 0 and "def scale_pixels(images):" in out and "def normalize_features" not in out


def test_ctrl_c_says_what_was_interrupted_and_exits_130(tmp_path):
    learner_folder(tmp_path, {"def scale_pixels(images):\n": "def scale_pixels(images):\n    while True:\n        pass\n"},
                   modules=["fundamentals"])
    # Python keeps SIGINT ignored when its parent ignored it (a background job): make it the terminal's Ctrl-C.
    command = ["-c", "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
                     "from tfkata.command import run; run()"]
    child = subprocess.Popen([TFKATA[0], *command, "check", SCALE, "--target", str(tmp_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "TFKATA_TRACE": "1"})
    for line in child.stderr:  # the engine's trace: wait until the endless loop is running
        if "'start'" in line:
            break
    worker = int(line.split("worker ")[1].split(":")[0])
    time.sleep(0.5)
    child.send_signal(signal.SIGINT)
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 130, out
    assert f"interrupted (Ctrl-C) while grading {SCALE}" in out
    time.sleep(0.5)
    assert not Path(f"/proc/{worker}").exists() or "zombie" in Path(f"/proc/{worker}/status").read_text()


@pytest.mark.parametrize("after", [0.3, 1.5])
def test_an_early_ctrl_c_is_one_line_from_the_whole_process_group(after):
    """A terminal's Ctrl-C reaches every process of the command's group, the fork server importing TensorFlow too.

    The signal goes while Python has its handler, as a learner's key press would: a slow start is no early press,
    and a press in the moment the fork server starts, deaf to Ctrl-C, is a press the program never heard.
    """
    child = subprocess.Popen([*TFKATA, "check", SCALE, "--target", str(SOLUTIONS)], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, start_new_session=True)
    status = Path(f"/proc/{child.pid}/status")

    def listening():
        while child.poll() is None and not int(_field(status, "SigCgt"), 16) & 1 << (signal.SIGINT - 1):
            time.sleep(0.01)

    listening()
    time.sleep(after)
    listening()
    os.killpg(child.pid, signal.SIGINT)
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 130 and len(out.splitlines()) <= 2, out
    assert "Traceback" not in out and "interrupted (Ctrl-C)" in out, out


def _field(status, name):
    """One field of a /proc status file."""
    return next(line.split()[1] for line in status.read_text().splitlines() if line.startswith(name + ":"))


@pytest.fixture
def kit(tmp_path, monkeypatch):
    """A copy of exercises/ and solutions/ that the swap commands work on."""
    (tmp_path / "exercises").mkdir()
    (tmp_path / "solutions").mkdir()
    for module in STUBS.glob("*.py"):
        (tmp_path / "exercises" / module.name).write_bytes(module.read_bytes() + b"# my work\n")
        (tmp_path / "solutions" / module.name).write_bytes(b"# reference\n")
    monkeypatch.setattr(cli, "EXERCISES", tmp_path / "exercises")
    monkeypatch.setattr(cli, "SOLUTIONS", tmp_path / "solutions")
    monkeypatch.setattr(cli, "STATE", tmp_path / ".tfkata")
    return tmp_path


def test_swap_commands(capsys, kit):
    mine = {p.name: p.read_bytes() for p in (kit / "exercises").iterdir()}
    code, out, _ = run(capsys, "swap", "solutions")
    assert code == 0 and "tfkata swap back" in out
    assert (kit / "exercises" / "fundamentals.py").read_bytes() == b"# reference\n"
    code, _, err = run(capsys, "swap", "solutions")
    assert code == 2 and "already swapped in" in err
    (kit / "exercises" / "data.py").write_bytes(b"# edited while swapped\n")
    code, out, _ = run(capsys, "swap", "back")
    assert code == 0 and "restored your files" in out
    assert "your edits to data.py made while the solutions were in place are kept in" in out
    kept = Path(out.rsplit("kept in ", 1)[1].strip())
    assert kept.is_relative_to(kit / ".tfkata") and kept.read_bytes() == b"# edited while swapped\n"
    assert {p.name: p.read_bytes() for p in (kit / "exercises").iterdir()} == mine
    code, _, err = run(capsys, "swap", "back")
    assert code == 2 and "nothing to swap back" in err


def test_progress_on_an_empty_folder_says_so_and_its_next_step_keeps_the_folder(tmp_path):
    done = tfkata("progress", "--target", str(tmp_path))
    assert done.returncode == 1 and "found none of the exercise modules" in done.stdout, done.stdout
    assert f"Next: tfkata check {SCALE} --target {tmp_path}" in done.stdout, done.stdout


def test_a_lab_that_cannot_start_says_so_in_one_line_without_tensorflows_banners(tmp_path):
    done = tfkata("lab", "fundamentals", "--target", str(tmp_path), "--data", str(tmp_path / "none"),
                  env={"TF_CPP_MIN_LOG_LEVEL": ""})
    said = (done.stdout + done.stderr).strip().splitlines()
    assert done.returncode == 2 and len(said) == 1 and "fundamentals.py" in said[0], said


def test_a_report_to_standard_output_has_it_alone():
    done = tfkata("check", SCALE, "--target", str(SOLUTIONS), "--report", "markdown=-")
    assert done.returncode == 0 and "## tfkata: 5/5 points" in done.stdout, done.stdout
    assert f"{SCALE}: done" not in done.stdout and f"{SCALE}: done" in done.stderr, done.stderr
    two = tfkata("check", SCALE, "--report", "markdown=-", "--report", "junit=-")
    assert two.returncode == 2 and "only one --report" in two.stderr and not two.stdout


def test_the_self_tests_keep_their_state_apart_from_the_learners():
    from conftest import LEARNERS_STATE

    ledger = LEARNERS_STATE / "ledger.json"
    before = ledger.read_bytes() if ledger.exists() else None
    done = tfkata("check", SCALE)  # the kit's own exercises/, as a learner would
    assert done.returncode in (0, 1), done.stderr
    assert (ledger.read_bytes() if ledger.exists() else None) == before
    assert SCALE in (paths.STATE / "ledger.json").read_text(encoding="utf-8")
