"""Grading any folder: broken, missing and half-written learner modules; naming the target."""

import subprocess
import sys
import textwrap

import pytest
from helpers import learner_folder
from tfkata import catalogue
from tfkata.engine import Job, grade_many
from tfkata.paths import EXERCISES, ROOT, TargetError, resolve_target
from tfkata.results import DONE, NOT_STARTED, TIMED_OUT, WRONG

SCALE = "fundamentals.scale_pixels"

# name: (files of the learner's folder, the exercise graded)
FOLDERS = {
    "syntax error": ({"fundamentals.py": "\ndef scale_pixels(images):\n    return images /\n"}, SCALE),
    "raises at import": ({"fundamentals.py": """
        import numpy as np
        DATA = np.load("nowhere.npy")

        def scale_pixels(images):
            return images / 255.0
    """}, SCALE),
    "another module broken": ({"other.py": "def scale_pixels(:\n",
                               "fundamentals.py": "def scale_pixels(images):\n    return images / 255.0\n"}, SCALE),
    "no module": ({}, SCALE),
    "no function": ({"fundamentals.py": "def something_else():\n    pass\n"}, SCALE),
    "learner exception": ({"fundamentals.py": """
        def scale_pixels(images):
            return images.astype("float32") / undefined_name
    """}, SCALE),
    "keras 2 lr=": ({"fundamentals.py": """
        import keras

        def scale_pixels(images):
            keras.optimizers.RMSprop(lr=0.001)
            return images / 255.0
    """}, SCALE),
    "keras 2 experimental": ({"fundamentals.py": """
        import keras

        def scale_pixels(images):
            keras.layers.experimental.preprocessing.RandomFlip('horizontal')
            return images / 255.0
    """}, SCALE),
    "calls a stub not yet done": ({"fundamentals.py": """
        def normalize_features(train, test):
            raise NotImplementedError

        def scale_pixels(images):
            normalize_features(images, images)
            return images / 255.0
    """}, SCALE),
    "error in a method the grader calls": ({"callbacks.py": """
        import keras

        class Stop(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                if logs["acc"] >= 0.98:
                    self.model.stop_training = True

        def stop_at_accuracy(threshold=0.98):
            return Stop()
    """}, "callbacks.stop_at_accuracy"),
}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    jobs = []
    for files, exercise_id in FOLDERS.values():
        folder = tmp_path_factory.mktemp("target")
        for name, text in files.items():
            (folder / name).write_text(textwrap.dedent(text))
        jobs.append(Job(folder, [exercise_id]))
    return {name: results.verdicts[job.ids[0]] for name, job, results in zip(FOLDERS, jobs, grade_many(jobs, reuse=True))}


def test_syntax_error_fails_its_module_with_one_line_saying_where(verdicts):
    verdict = verdicts["syntax error"]
    assert verdict.status == WRONG and "fundamentals.py, line 3 does not import: SyntaxError" in verdict.message


def test_module_raising_at_import_fails_with_the_line(verdicts):
    verdict = verdicts["raises at import"]
    assert verdict.status == WRONG and "line 3 does not import: FileNotFoundError" in verdict.message


def test_broken_module_does_not_touch_other_modules(verdicts):
    assert verdicts["another module broken"].status == DONE


def test_missing_module_and_missing_function_are_not_started(verdicts):
    assert verdicts["no module"].status == NOT_STARTED
    assert verdicts["no function"].status == NOT_STARTED
    assert "has no function scale_pixels()" in verdicts["no function"].message


def test_a_function_waiting_on_another_stub_says_which(verdicts):
    verdict = verdicts["calls a stub not yet done"]
    assert verdict.status == NOT_STARTED and verdict.message == (
        "not started: scale_pixels() calls normalize_features(), which still raises NotImplementedError: "
        "do fundamentals.normalize_features first")


def test_learner_exception_is_reported_with_its_line(verdicts):
    verdict = verdicts["learner exception"]
    lines = verdict.message.splitlines()
    assert verdict.status == WRONG and lines[0].startswith("scale_pixels() raised NameError")
    assert lines[-1].endswith("fundamentals.py:3")


@pytest.mark.parametrize("case, lesson", [("keras 2 lr=", "learning_rate="),
                                          ("keras 2 experimental", "keras.layers.RandomFlip")])
def test_keras2_calls_are_told_what_replaced_them(verdicts, case, lesson):
    assert verdicts[case].status == WRONG and lesson in verdicts[case].message, verdicts[case].message


def test_error_in_a_method_the_grader_calls_is_the_learners(verdicts):
    lines = verdicts["error in a method the grader calls"].message.splitlines()
    assert lines[0] == "'acc': not the name this metric was compiled under (KeyError in your code)"
    assert "'accuracy'" in lines[1]
    assert lines[2].endswith("callbacks.py:6")


# ------------------------------------------------------------------ naming the target


def raised(error: BaseException) -> pytest.ExceptionInfo:
    try:
        raise error
    except BaseException:  # noqa: BLE001 - any error, as pytest hands it over
        return pytest.ExceptionInfo.from_current()


def test_a_session_broken_outside_a_test_says_why_and_hands_the_rest_to_a_fresh_worker(tmp_path):
    """A time limit that strikes in the kit's own reporting (pytest calls it an internal error) times the running
    exercise out; any other internal error is said; either way the worker retires, and the engine gives the
    exercises not yet graded to a fresh one."""
    from tfkata.inner import Grading
    from tfkata.problems import TimeLimit

    sent = []
    grading = Grading({"target": str(tmp_path), "ids": ["fundamentals.scale_pixels"],
                       "time_limits": {"fundamentals.scale_pixels": 3.0}}, sent.append)
    grading.graded = "fundamentals.scale_pixels"
    grading.pytest_internalerror("INTERNALERROR> TimeLimit: 3 s", raised(TimeLimit("3 s")))
    assert grading.retire
    assert sent[-1]["event"] == "verdict" and sent[-1]["verdict"]["status"] == TIMED_OUT, sent
    assert "still running after 3 s" in sent[-1]["verdict"]["message"]
    grading.pytest_internalerror("INTERNALERROR> KeyError: 'x'", raised(KeyError("x")))
    assert sent[-1] == {"event": "error", "message": "INTERNALERROR> KeyError: 'x'"}


def test_target_is_relative_to_where_the_command_runs(tmp_path, monkeypatch):
    monkeypatch.delenv("TFKATA_TARGET", raising=False)
    assert resolve_target(None) == EXERCISES
    (tmp_path / "exercises").mkdir()
    (tmp_path / "mine").mkdir()
    monkeypatch.chdir(tmp_path)
    assert resolve_target("./exercises") == tmp_path / "exercises"
    assert resolve_target("exercises") == tmp_path / "exercises"
    monkeypatch.setenv("TFKATA_TARGET", "mine")
    assert resolve_target(None) == tmp_path / "mine"
    assert resolve_target("exercises") == tmp_path / "exercises"  # --target wins over the environment


@pytest.mark.parametrize("given, says", [("missing", "there is no folder"), ("file.py", "is a file")])
def test_a_target_that_is_not_a_folder_is_one_line(tmp_path, monkeypatch, given, says):
    (tmp_path / "file.py").write_text("")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TargetError, match=says) as error:
        resolve_target(given)
    assert "\n" not in str(error.value)
    monkeypatch.setenv("TFKATA_TARGET", given)
    with pytest.raises(TargetError, match=f"TFKATA_TARGET {given}"):
        resolve_target(None)


@pytest.mark.full  # a real process
def test_plain_pytest_grades_through_the_engine_and_ends_with_the_summary(tmp_path):
    """The real command: one item per exercise, a crash is a verdict, the next exercise in catalogue order."""
    learner_folder(tmp_path, {"def scale_pixels(images):\n": "def scale_pixels(images):\n    import os; os._exit(0)\n",
                              "    return (train - mean) / std, (test - mean) / std": "    return train, test",
                              "def sequential_model():\n": "def sequential_model():\n    raise NotImplementedError\n"},
                   modules=["fundamentals"])
    chosen = ["fundamentals.scale_pixels", "fundamentals.normalize_features", "fundamentals.sequential_model",
              "fundamentals.predict_labels", "data.csv_dataset"]
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/graders/test_data.py", "tests/graders/test_fundamentals.py",
                          f"--target={tmp_path}", "--jobs=1", "-p", "no:cacheprovider", *[f"--exercise={i}" for i in chosen]],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    out = run.stdout
    assert run.returncode == 1, out
    assert "test_fundamentals.py CF" in out and "test_data.py n" in out  # crashed, failed, ...; catalogue order
    assert "crashed      fundamentals.scale_pixels: your code ended the grading process (exit code 0)" in out
    assert "wrong        fundamentals.normalize_features: training set:" in out
    assert "not started  2, next: fundamentals.sequential_model (tfkata hint fundamentals.sequential_model)" in out
    total = sum(catalogue.load().get(i).points for i in chosen)
    assert f"1 done, 1 wrong, 1 crashed, 2 not started: 10/{total} points" in out
    assert out.index("test_fundamentals.py") < out.index("test_data.py")


@pytest.mark.parametrize("args, says", [(["--target={gone}"], "there is no folder"),
                                        (["--target", "{here}"], "write --target=PATH")])
def test_plain_pytest_with_a_target_it_cannot_use_is_one_line_and_exit_2(tmp_path, args, says):
    """A missing folder; or `--target PATH` outside the kit, which pytest reads as tests to run."""
    args = [a.format(gone=tmp_path / "gone", here=tmp_path) for a in args]
    run = subprocess.run([sys.executable, "-m", "pytest", *args, "-p", "no:cacheprovider"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    said = (run.stdout + run.stderr).strip().splitlines()
    assert run.returncode == 2 and len(said) == 1 and says in said[0], said


def test_a_module_linked_from_elsewhere_is_graded_and_a_dangling_link_is_named(tmp_path):
    """A learner's own link (a module kept in another folder) is graded; a link to what the grading cannot see
    (in a sandbox, a classmate's file) is named, never graded."""
    learner_folder(tmp_path / "kept", modules=("fundamentals",))
    (tmp_path / "linked").mkdir()
    (tmp_path / "linked" / "fundamentals.py").symlink_to(tmp_path / "kept" / "fundamentals.py")
    (tmp_path / "dangling").mkdir()
    (tmp_path / "dangling" / "fundamentals.py").symlink_to(tmp_path / "nowhere.py")
    linked, dangling = grade_many([Job(tmp_path / name, ["fundamentals.scale_pixels"]) for name in ("linked", "dangling")])
    assert linked.verdicts["fundamentals.scale_pixels"].status == DONE
    verdict = dangling.verdicts["fundamentals.scale_pixels"]
    assert verdict.status == WRONG and "which this grading cannot see" in verdict.message, verdict.message
