"""Grading any folder: broken, missing and half-written learner modules."""

import textwrap

import pytest
from tfkata import catalogue
from tfkata.grading import grade
from tfkata.results import DONE, NOT_STARTED, WRONG


def write(folder, text, name="fundamentals.py"):
    (folder / name).write_text(textwrap.dedent(text))
    return folder


def verdict(folder, exercise_id="fundamentals.scale_pixels"):
    return grade(folder, [exercise_id]).verdicts[exercise_id]


def test_syntax_error_fails_its_module_with_one_line_saying_where(tmp_path):
    write(tmp_path, """
        def scale_pixels(images):
            return images /
    """)
    result = verdict(tmp_path)
    assert result.status == WRONG
    assert "fundamentals.py, line 3 does not import: SyntaxError" in result.message


def test_module_raising_at_import_fails_with_the_line(tmp_path):
    write(tmp_path, """
        import numpy as np
        DATA = np.load("nowhere.npy")

        def scale_pixels(images):
            return images / 255.0
    """)
    result = verdict(tmp_path)
    assert result.status == WRONG
    assert "line 3 does not import: FileNotFoundError" in result.message


def test_broken_module_does_not_touch_other_modules(tmp_path):
    write(tmp_path, "def scale_pixels(:\n", name="other.py")
    write(tmp_path, "def scale_pixels(images):\n    return images / 255.0\n")
    assert verdict(tmp_path).status == DONE


def test_missing_module_and_missing_function_are_not_started(tmp_path):
    assert verdict(tmp_path).status == NOT_STARTED
    write(tmp_path, "def something_else():\n    pass\n")
    result = verdict(tmp_path)
    assert result.status == NOT_STARTED
    assert "has no function scale_pixels()" in result.message


def test_learner_exception_is_reported_with_its_line(tmp_path):
    write(tmp_path, """
        def scale_pixels(images):
            return images.astype("float32") / undefined_name
    """)
    result = verdict(tmp_path)
    assert result.status == WRONG
    lines = result.message.splitlines()
    assert lines[0].startswith("scale_pixels() raised NameError")
    assert lines[-1].endswith("fundamentals.py:3")


@pytest.mark.parametrize("keras2_call, lesson", [
    ("keras.optimizers.RMSprop(lr=0.001)", "learning_rate="),
    ("keras.layers.experimental.preprocessing.RandomFlip('horizontal')", "keras.layers.RandomFlip"),
])
def test_keras2_calls_are_told_what_replaced_them(tmp_path, keras2_call, lesson):
    write(tmp_path, f"""
        import keras

        def scale_pixels(images):
            {keras2_call}
            return images / 255.0
    """)
    result = verdict(tmp_path)
    assert result.status == WRONG and lesson in result.message, result.message


def test_pytest_run_ends_with_counts_and_points(tmp_path, capsys):
    write(tmp_path, """
        def scale_pixels(images):
            return images / 255.0

        def normalize_features(train, test):
            return train, test
    """)
    section = catalogue.load().in_section("fundamentals")
    pytest.main([str(section[0].section.grader_file), f"--target={tmp_path}", "-q"])
    out = capsys.readouterr().out
    assert "wrong        fundamentals.normalize_features: training set:" in out
    assert "next: fundamentals.sequential_model (tfkata hint fundamentals.sequential_model)" in out
    total = sum(e.points for e in section)
    assert f"1 done, 1 wrong, {len(section) - 2} not started: 5/{total} points" in out


def test_target_names_and_environment(tmp_path, monkeypatch):
    from tfkata.paths import EXERCISES, SOLUTIONS, resolve_target

    monkeypatch.delenv("TFKATA_TARGET", raising=False)
    assert resolve_target(None) == EXERCISES
    assert resolve_target("solutions") == SOLUTIONS
    monkeypatch.chdir(tmp_path)
    assert resolve_target("submission") == tmp_path / "submission"
    monkeypatch.setenv("TFKATA_TARGET", str(tmp_path / "mine"))
    assert resolve_target(None) == tmp_path / "mine"


def test_error_in_a_method_the_grader_calls_is_the_learners(tmp_path):
    write(tmp_path, """
        import keras

        class Stop(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                if logs["acc"] >= 0.98:
                    self.model.stop_training = True

        def stop_at_accuracy(threshold=0.98):
            return Stop()
    """, name="callbacks.py")
    result = verdict(tmp_path, "callbacks.stop_at_accuracy")
    lines = result.message.splitlines()
    assert lines[0] == "your code raised KeyError: 'acc'"
    assert "'accuracy'" in lines[1]
    assert lines[2].endswith("callbacks.py:6")
