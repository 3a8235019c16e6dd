"""`tfkata swap`: the learner's files come back byte for byte, even after a crash."""

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from tfkata.swap import SwapError, swap_back, swap_solutions, swapped_in

names = st.sampled_from(["fundamentals.py", "transfer.py", "data.py", "notes.py"])
contents = st.binary(max_size=300)


class Killed(BaseException):
    """Stands for the process being killed: nothing after it runs."""


def snapshot(folder: Path) -> dict:
    return {p.name: (p.read_bytes(), p.stat().st_mode) for p in sorted(folder.iterdir())}


def make_kit(root: Path, mine: dict, reference: dict):
    if root.exists():
        shutil.rmtree(root)
    for folder, files in (("exercises", mine), ("solutions", reference)):
        (root / folder).mkdir(parents=True)
        for name, data in files.items():
            (root / folder / name).write_bytes(data)
    if "fundamentals.py" in mine:
        (root / "exercises" / "fundamentals.py").chmod(0o640)
    return root / "exercises", root / "solutions", root / "state"


kits = st.tuples(st.dictionaries(names, contents, max_size=4), st.dictionaries(names, contents, min_size=1, max_size=4))


@given(kits)
def test_swap_and_back_restores_every_byte(tmp_path_factory, kit):
    exercises, solutions, state = make_kit(tmp_path_factory.mktemp("kit"), *kit)
    before = snapshot(exercises)
    swapped = swap_solutions(exercises, solutions, state)
    assert {n: (exercises / n).read_bytes() for n in swapped} == {n: (solutions / n).read_bytes() for n in swapped}
    swap_back(exercises, state)
    assert snapshot(exercises) == before
    assert not state.exists()


def test_second_swap_is_refused_and_changes_nothing(tmp_path):
    exercises, solutions, state = make_kit(tmp_path, {"fundamentals.py": b"mine"}, {"fundamentals.py": b"ref"})
    swap_solutions(exercises, solutions, state)
    with pytest.raises(SwapError, match="already swapped in .* swap back"):
        swap_solutions(exercises, solutions, state)
    swap_back(exercises, state)
    assert (exercises / "fundamentals.py").read_bytes() == b"mine"


def test_swap_back_without_swap_is_refused(tmp_path):
    exercises, _, state = make_kit(tmp_path, {"fundamentals.py": b"mine"}, {"fundamentals.py": b"ref"})
    with pytest.raises(SwapError, match="nothing to swap back"):
        swap_back(exercises, state)


def crash_at(step: int, monkeypatch):
    """Make the step-th file operation of the swap die, leaving half a copy behind."""
    calls = {"n": 0}
    real_copy, real_replace = shutil.copy2, os.replace

    def tick():
        calls["n"] += 1
        if calls["n"] == step:
            raise Killed

    def copy2(src, dst, **kw):
        if calls["n"] + 1 == step:
            Path(dst).write_bytes(Path(src).read_bytes()[: len(Path(src).read_bytes()) // 2])
        tick()
        return real_copy(src, dst, **kw)

    def replace(src, dst):
        tick()
        return real_replace(src, dst)

    monkeypatch.setattr(shutil, "copy2", copy2)
    monkeypatch.setattr(os, "replace", replace)


@settings(max_examples=40)
@given(kits, st.integers(1, 16), st.booleans())
def test_interrupted_swap_is_recovered_by_swap_back(tmp_path_factory, kit, step, crash_back_too):
    exercises, solutions, state = make_kit(tmp_path_factory.mktemp("kit"), *kit)
    before = snapshot(exercises)
    with pytest.MonkeyPatch.context() as patch:
        crash_at(step, patch)
        try:
            swap_solutions(exercises, solutions, state)
        except Killed:
            pass
    if crash_back_too and swapped_in(state):
        with pytest.MonkeyPatch.context() as patch:
            crash_at(2, patch)
            try:
                swap_back(exercises, state)
            except Killed:
                pass
    try:
        swap_back(exercises, state)
    except SwapError:  # killed before anything was saved: nothing to restore
        pass
    assert snapshot(exercises) == before
    assert not state.exists()


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.1])
def test_swap_killed_for_real_is_recovered(tmp_path, delay):
    """A real SIGKILL, at whatever point it lands, leaves the files recoverable."""
    import signal
    import subprocess
    import sys
    import time

    mine = {f"m{i}.py": os.urandom(200_000) for i in range(40)}
    exercises, solutions, state = make_kit(tmp_path, mine, {name: b"ref" for name in mine})
    script = ("import sys; from pathlib import Path; from tfkata.swap import swap_solutions; "
              "swap_solutions(*map(Path, sys.argv[1:]))")
    child = subprocess.Popen([sys.executable, "-c", script, str(exercises), str(solutions), str(state)])
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    try:
        swap_back(exercises, state)
    except SwapError:
        pass
    assert {p.name: p.read_bytes() for p in exercises.iterdir()} == mine
