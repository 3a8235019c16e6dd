"""`tfkata watch`, driven as a learner drives it: the real command, real saves, the verdicts read back."""

from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from tfkata import ledger
from tfkata.paths import STUBS
from tfkata.results import DONE, WRONG, Results, Verdict

from helpers import TFKATA

pytestmark = pytest.mark.full  # watch sessions, each a real command and its saves

RIGHT = '    return images.astype("float32") / 255.0'
WRONG_ANSWER = "    return images // 255"


class Session:
    """``tfkata watch --plain`` on a copy of the stubs; lines it prints are read as they come."""

    def __init__(self, target: Path, state: Path, *args: str):
        env = {**os.environ, "TFKATA_STATE": str(state)}
        self.process = subprocess.Popen([*TFKATA, "watch", "--plain", "--target", str(target), *args],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, bufsize=1, env=env)
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, pattern: str, timeout: float = 180) -> str:
        """The next printed line matching ``pattern`` (the lines before it are kept in ``seen``)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=max(0.1, end - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                break
            self.seen.append(line)
            if re.search(pattern, line):
                return line
        raise AssertionError(f"no line matching {pattern!r}; the last lines:\n" + "\n".join(self.seen[-30:]))

    def press(self, key: str) -> None:
        self.process.stdin.write(key + "\n")
        self.process.stdin.flush()

    def quit(self) -> int:
        self.press("q")
        try:
            return self.process.wait(timeout=60)
        finally:
            self.process.kill()


@pytest.fixture
def learner(tmp_path):
    target = tmp_path / "exercises"
    shutil.copytree(STUBS, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target, tmp_path / "state"


def save(target: Path, old: str, new: str) -> None:
    path = target / "fundamentals.py"
    source = path.read_text(encoding="utf-8")
    start = source.index("def scale_pixels(")
    at = source.index(old, start)
    path.write_text(source[:at] + new + source[at + len(old):], encoding="utf-8")


def test_a_save_is_graded_and_the_keys_work(learner):
    target, state = learner
    session = Session(target, state)
    try:
        session.wait_for(r"edit scale_pixels\(\) at .*fundamentals\.py:\d+$")
        session.wait_for(r"^verdict: fundamentals\.scale_pixels: not started")
        save(target, "    raise NotImplementedError", WRONG_ANSWER)
        session.wait_for(r"^verdict: fundamentals\.scale_pixels: wrong")
        save(target, WRONG_ANSWER, RIGHT)
        session.wait_for(r"^verdict: fundamentals\.scale_pixels: done")
        session.wait_for(r"next: fundamentals\.normalize_features")
        session.press("s")
        session.wait_for(r"reference solution: solutions/fundamentals\.py")
        session.press("h")
        session.wait_for(r"hint 1/\d: ")
        session.press("l")
        session.wait_for(r"\[x\] fundamentals\.scale_pixels\s+\S*fundamentals\.py:\d+")
        session.press("n")
        session.wait_for(r"^verdict: fundamentals\.normalize_features: not started")
        assert session.quit() == 0
    finally:
        session.process.kill()
    assert ledger.recall(target, state / "ledger.json")["fundamentals.scale_pixels"] == DONE


def test_reset_asks_then_restores_the_stub_and_keeps_the_answer(learner):
    target, state = learner
    save(target, "    raise NotImplementedError", RIGHT)
    session = Session(target, state, "fundamentals.scale_pixels")
    try:
        session.wait_for(r"^verdict: fundamentals\.scale_pixels: done")
        session.press("r")
        session.wait_for(r"Reset scale_pixels\(\) in .* to its stub\?")
        session.press("x")
        session.wait_for(r"^nothing was changed")
        session.press("r")
        session.press("y")
        session.wait_for(r"^reset; your version is saved in")
        session.wait_for(r"^verdict: fundamentals\.scale_pixels: not started")  # the reset's own save
        assert session.quit() == 0
    finally:
        session.process.kill()
    assert (target / "fundamentals.py").read_bytes() == (STUBS / "fundamentals.py").read_bytes()
    saved = list((state / "backups").glob("*/files/fundamentals.py"))
    assert len(saved) == 1 and RIGHT in saved[0].read_text(encoding="utf-8")


def test_manual_mode_grades_on_enter(learner):
    target, state = learner
    session = Session(target, state, "--manual")
    try:
        session.wait_for(r"^verdict: fundamentals\.scale_pixels: not started")
        session.wait_for(r"^Enter: grade")
        save(target, "    raise NotImplementedError", RIGHT)
        time.sleep(1.5)  # no file events in manual mode: nothing is graded yet
        session.press("")
        session.wait_for(r"^verdict: fundamentals\.scale_pixels: done")
        assert not any("wrong" in line or "done" in line for line in session.seen[:-1] if line.startswith("verdict:"))
        assert session.quit() == 0
    finally:
        session.process.kill()


def test_it_starts_at_the_first_exercise_not_done(learner):
    target, state = learner
    save(target, "    raise NotImplementedError", RIGHT)
    ledger.remember(target, Results({"fundamentals.scale_pixels": Verdict("fundamentals.scale_pixels", DONE)}),
                    state / "ledger.json")
    session = Session(target, state)
    try:
        line = session.wait_for(r"^verdict: ")
        assert line.startswith("verdict: fundamentals.normalize_features: not started")
        assert session.quit() == 0
    finally:
        session.process.kill()


def test_the_ledger_forgets_a_verdict_once_the_module_changes(learner):
    target, state = learner
    book = state / "ledger.json"
    ledger.remember(target, Results({"fundamentals.scale_pixels": Verdict("fundamentals.scale_pixels", WRONG)}), book)
    assert ledger.recall(target, book) == {"fundamentals.scale_pixels": WRONG}
    save(target, "    raise NotImplementedError", RIGHT)
    assert ledger.recall(target, book) == {}


def test_the_ledger_keeps_the_verdicts_of_a_modules_other_exercises(learner):
    """Solving the next exercise in the same module keeps the ones solved before (the watch screen's header)."""
    target, state = learner
    book = state / "ledger.json"
    scale, normalize = "fundamentals.scale_pixels", "fundamentals.normalize_features"
    ledger.remember(target, Results({scale: Verdict(scale, DONE), normalize: Verdict(normalize, WRONG)}), book)
    path = target / "fundamentals.py"
    source = path.read_text(encoding="utf-8")
    at = source.index("raise NotImplementedError", source.index("def normalize_features("))
    path.write_text(source[:at] + "return None  # mine" + source[at + len("raise NotImplementedError"):],
                    encoding="utf-8")
    assert ledger.recall(target, book) == {scale: DONE}
    path.write_text("import os\n" + path.read_text(encoding="utf-8"), encoding="utf-8")  # shared by all: forgotten
    assert ledger.recall(target, book) == {}


def test_a_save_without_its_file_event_is_noticed(learner, monkeypatch):
    """Where file events never come (WSL on a Windows drive), the screen says so and suggests --manual."""
    from tfkata import watch

    target, state = learner
    monkeypatch.setattr(watch, "POLL", 0.05)
    monkeypatch.setattr(watch, "MISSED", 0.3)
    screen = watch.Watch(target, "fundamentals.scale_pixels", plain=True, out=open(os.devnull, "w"))
    threading.Thread(target=screen._look_for_saves, daemon=True).start()
    time.sleep(0.3)
    save(target, "    raise NotImplementedError", RIGHT)
    os.utime(target / "fundamentals.py", (time.time() + 5, time.time() + 5))
    kind, path = screen.events.get(timeout=10)
    screen.stop.set()
    assert kind == "missed" and path.endswith("fundamentals.py")
