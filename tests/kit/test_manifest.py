"""Tamper evidence: the manifest is current, and a grading run names every file that differs."""

import shutil

import pytest
from tfkata import cli, manifest
from tfkata.engine import grade
from tfkata.paths import SOLUTIONS


def test_the_shipped_manifest_is_current():
    assert manifest.differences() == [], (
        "the kit's grading files changed: regenerate the manifest with `python -m tfkata.manifest` "
        "(and read the change once more: it is what learners' verdicts rest on)")


@pytest.fixture
def tampered(tmp_path, monkeypatch):
    """A copy of the kit's tree with a grader edited to return early and a check helper that accepts anything."""
    for name, folder in manifest.FOLDERS.items():
        shutil.copytree(folder, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    grader = tmp_path / "tests/graders/test_fundamentals.py"
    grader.write_text(grader.read_text().replace("def test_scale_pixels(learner, images):\n",
                                                 "def test_scale_pixels(learner, images):\n    return\n"))
    checks = tmp_path / "tools/tfkata/checks.py"
    checks.write_text(checks.read_text() + "\n\ndef expect_head(*args, **kwargs):\n    return None\n")
    (tmp_path / "tests/graders/test_extra.py").write_text("")
    (tmp_path / "tools/tfkata/toydata.py").unlink()
    monkeypatch.setattr(manifest, "FOLDERS", {name: tmp_path / name for name in manifest.FOLDERS})
    monkeypatch.setattr(manifest, "MANIFEST", tmp_path / "tools/tfkata/grading.sha256")
    return tmp_path


def test_differences_name_each_changed_missing_and_added_file(tampered):
    assert sorted(manifest.differences()) == sorted([
        "tests/graders/test_fundamentals.py (changed)", "tools/tfkata/checks.py (changed)",
        "tools/tfkata/toydata.py (missing)", "tests/graders/test_extra.py (not in the manifest)"])


def test_tfkata_verify_lists_them_and_exits_1(tampered, capsys):
    assert cli.main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "tools/tfkata/checks.py (changed)" in out and "cannot be trusted" in out


def test_tfkata_verify_exits_0_on_the_kit_as_shipped(capsys):
    assert cli.main(["verify"]) == 0
    assert "every grading file matches" in capsys.readouterr().out


def test_every_grading_run_carries_the_flag(tampered):
    results = grade(SOLUTIONS, ["fundamentals.scale_pixels"])
    assert "tools/tfkata/checks.py (changed)" in results.tampered
    assert any("cannot be trusted" in line and "checks.py" in line for line in results.warnings())
