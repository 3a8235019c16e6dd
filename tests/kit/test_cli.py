"""The `tfkata` command, run in this process on the kit's own folders."""

import pytest
from tfkata import catalogue, cli
from tfkata.paths import EXERCISES


def run(capsys, *argv):
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_hint_levels(capsys):
    code, out, _ = run(capsys, "hint", "fundamentals.scale_pixels")
    hints = catalogue.load().get("fundamentals.scale_pixels").hints
    assert code == 0 and hints[0] in out and hints[1] not in out
    assert "--level 2" in out
    _, out, _ = run(capsys, "hint", "fundamentals.scale_pixels", "--level", "9")
    assert all(h in out for h in hints) and "--level" not in out


def test_unknown_exercise_suggests_close_ids(capsys):
    code, _, err = run(capsys, "hint", "scale_pixels")
    assert code == 2 and "did you mean fundamentals.scale_pixels" in err


def test_check_prints_verdict_and_exit_code(capsys):
    code, out, _ = run(capsys, "check", "fundamentals.scale_pixels", "--target", "solutions")
    assert code == 0 and out.startswith("fundamentals.scale_pixels: done (5/5 points)")
    code, out, _ = run(capsys, "check", "fundamentals.scale_pixels")
    assert code == 1 and "not started" in out and "NotImplementedError" in out


def test_progress_is_the_notes_checklist(capsys):
    code, out, _ = run(capsys, "progress", "--target", "solutions")
    book = catalogue.load()
    assert code == 0
    for exercise in book.exercises.values():
        assert f"[x] {exercise.skill}  {exercise.points}/{exercise.points}" in out
        assert exercise.note_wording in out
    assert f"{book.total_points}/{book.total_points} points" in out


def test_solution_waits_until_the_learner_passes(capsys):
    code, out, _ = run(capsys, "solution", "fundamentals.scale_pixels")
    assert code == 1 and "--force" in out
    code, out, _ = run(capsys, "solution", "fundamentals.scale_pixels", "--force")
    assert code == 0 and "def scale_pixels(images):" in out and "def normalize_features" not in out
    code, out, _ = run(capsys, "solution", "fundamentals.scale_pixels", "--target", "solutions")
    assert code == 0 and "/ 255.0" in out


@pytest.fixture
def kit(tmp_path, monkeypatch):
    """A copy of exercises/ and solutions/ that the swap commands work on."""
    (tmp_path / "exercises").mkdir()
    (tmp_path / "solutions").mkdir()
    for module in EXERCISES.glob("*.py"):
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
    code, out, _ = run(capsys, "swap", "back")
    assert code == 0 and "restored your files" in out
    assert {p.name: p.read_bytes() for p in (kit / "exercises").iterdir()} == mine
    code, _, err = run(capsys, "swap", "back")
    assert code == 2 and "nothing to swap back" in err
