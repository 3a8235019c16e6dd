"""`tfkata reset`: one function back to its stub, the rest of the module untouched, nothing lost."""

from __future__ import annotations

import json
import keyword
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from tfkata import catalogue, cli, durable
from tfkata import reset as reset_module
from tfkata.durable import FilesError
from tfkata.paths import STUBS
from tfkata.reset import reset, undo
from tfkata.sources import function_span, replace_function
from tfkata.swap import swap_solutions

pytestmark = pytest.mark.full  # the real command, a process per test

STUB = (STUBS / "fundamentals.py").read_text(encoding="utf-8")
MINE = STUB.replace('''def scale_pixels(images):''', '''def scale_pixels(images):  # mine
    return images / 255.0


def _helper():
    return 1


def old_scale_pixels(images):''').replace('''def sequential_model():''', '''@staticmethod
def sequential_model():''')


def stub_of(name: str) -> str:
    start, end = function_span(STUB, name)
    return "".join(STUB.splitlines(keepends=True)[start:end])


@pytest.fixture
def kit(tmp_path):
    target = tmp_path / "exercises"
    target.mkdir()
    (target / "fundamentals.py").write_text(MINE, encoding="utf-8")
    return target, tmp_path / ".tfkata"


def test_reset_replaces_the_function_only_and_undo_puts_it_back(kit):
    target, state = kit
    backup = reset(["fundamentals.sequential_model"], target, state)
    now = (target / "fundamentals.py").read_text(encoding="utf-8")
    assert stub_of("sequential_model") in now and "@staticmethod" not in now  # its decorator went with it
    assert now.replace(stub_of("sequential_model"), "") == MINE.replace("@staticmethod\n" + stub_of("sequential_model"), "")
    assert (backup.folder / "files" / "fundamentals.py").read_text(encoding="utf-8") == MINE
    undone = undo(state)
    assert undone.folder == backup.folder and (target / "fundamentals.py").read_text(encoding="utf-8") == MINE
    with pytest.raises(FilesError, match="no reset to undo"):
        undo(state)


def test_undo_keeps_what_was_written_after_the_reset(kit):
    target, state = kit
    reset(["fundamentals.scale_pixels"], target, state)
    (target / "fundamentals.py").write_text("# edited after the reset\n", encoding="utf-8")
    undo(state, "fundamentals.scale_pixels")
    assert (target / "fundamentals.py").read_text(encoding="utf-8") == MINE
    kept = [p for p in (state / "backups").glob("*before-undo*/files/fundamentals.py")]
    assert [p.read_text(encoding="utf-8") for p in kept] == ["# edited after the reset\n"]


def test_a_module_that_does_not_parse_is_reset_line_by_line(kit):
    target, state = kit
    broken = MINE.replace("    return images / 255.0", "    return images / (255.0")
    (target / "fundamentals.py").write_text(broken, encoding="utf-8")
    reset(["fundamentals.scale_pixels"], target, state)
    now = (target / "fundamentals.py").read_text(encoding="utf-8")
    assert stub_of("scale_pixels") in now and "(255.0" not in now and "def _helper():" in now


def test_a_missing_function_is_added_and_a_missing_module_made(kit):
    target, state = kit
    (target / "fundamentals.py").write_text("import keras\n", encoding="utf-8")
    reset(["fundamentals.scale_pixels"], target, state)
    assert (target / "fundamentals.py").read_text(encoding="utf-8") == "import keras\n\n\n" + stub_of("scale_pixels")
    reset(["data.fit_steps"], target, state)
    assert (target / "data.py").read_text(encoding="utf-8") == (STUBS / "data.py").read_text(encoding="utf-8")
    undo(state)  # the module the reset made stays: it holds no work of the learner's
    assert (target / "data.py").is_file()


def test_reset_all_puts_every_module_back_whole(kit):
    target, state = kit
    backup = reset(list(catalogue.load().exercises), target, state)
    modules = sorted({e.module + ".py" for e in catalogue.load().exercises.values()})
    assert backup.modules == modules and backup.folder.name.endswith("-all")
    for name in modules:
        assert (target / name).read_bytes() == (STUBS / name).read_bytes()
    assert (backup.folder / "files" / "fundamentals.py").read_text(encoding="utf-8") == MINE
    assert not (backup.folder / "files" / "data.py").exists()


def test_a_module_that_is_not_utf8_is_refused_in_one_line_and_reset_all_saves_its_bytes(kit):
    target, state = kit
    mine = MINE.encode("utf-8") + b'x = "\xff"\n'
    (target / "fundamentals.py").write_bytes(mine)
    with pytest.raises(FilesError, match="is not UTF-8 text .*0xff.* nothing was changed"):
        reset(["fundamentals.sequential_model"], target, state)
    assert (target / "fundamentals.py").read_bytes() == mine
    backup = reset(list(catalogue.load().exercises), target, state)
    assert (backup.folder / "files" / "fundamentals.py").read_bytes() == mine


def test_a_read_only_module_is_reset_and_stays_read_only(kit):
    target, state = kit
    (target / "fundamentals.py").chmod(0o444)
    reset(["fundamentals.scale_pixels"], target, state)
    assert (target / "fundamentals.py").stat().st_mode & 0o777 == 0o444
    undo(state)
    assert (target / "fundamentals.py").read_text(encoding="utf-8") == MINE


def test_a_failed_write_changes_nothing_and_says_where_the_copy_is(kit, monkeypatch):
    target, state = kit
    real = os.replace

    def failing(src, dst):
        if Path(dst).parent == target:
            raise PermissionError(13, "Permission denied", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(FilesError) as error:
        reset(["fundamentals.scale_pixels"], target, state)
    assert "\n" not in str(error.value) and "your version is saved in" in str(error.value)
    assert (target / "fundamentals.py").read_text(encoding="utf-8") == MINE


def test_reset_is_refused_while_the_solutions_are_swapped_in(tmp_path, monkeypatch):
    exercises, solutions, state = tmp_path / "exercises", tmp_path / "solutions", tmp_path / ".tfkata"
    for folder in (exercises, solutions):
        folder.mkdir()
        (folder / "fundamentals.py").write_text(MINE if folder is exercises else "# ref\n", encoding="utf-8")
    swap_solutions(exercises, solutions, state / "swap")
    monkeypatch.setattr(reset_module, "EXERCISES", exercises)
    with pytest.raises(FilesError, match="swap back"):
        reset(["fundamentals.scale_pixels"], exercises, state)


CHILD = r"""
import sys
from pathlib import Path
import tfkata.durable as durable
from tfkata.reset import reset

durable.LOCK_TIMEOUT = 60
target, state = Path(sys.argv[1]), Path(sys.argv[2])
print(reset([sys.argv[3]], target, state).folder, flush=True)
"""


def test_concurrent_resets_take_turns_and_each_is_backed_up(kit):
    target, state = kit
    ids = ["fundamentals.scale_pixels", "fundamentals.sequential_model", "fundamentals.predict_labels"]
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(state), i],
                                 stdout=subprocess.PIPE, text=True) for i in ids]
    folders = [Path(c.communicate(timeout=120)[0].strip()) for c in children]
    assert all(c.returncode == 0 for c in children) and len(set(folders)) == 3
    now = (target / "fundamentals.py").read_text(encoding="utf-8")
    assert all(stub_of(e.split(".")[1]) in now for e in ids) and "def _helper():" in now
    for _ in ids:  # undone newest first, they give back the learner's module
        undo(state)
    assert (target / "fundamentals.py").read_text(encoding="utf-8") == MINE


names = st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(lambda name: not keyword.iskeyword(name)),
                 min_size=1, max_size=5, unique=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names, st.data())
def test_only_the_named_function_changes(functions, data):
    bodies = {f: data.draw(st.sampled_from(["    return 1\n", "    x = 1\n\n    return x\n", "    '''doc\ndef x():\n'''\n"]))
              for f in functions}
    source = "import keras\n\n\n" + "\n\n".join(f"def {f}(a):\n{b}" for f, b in bodies.items())
    name = data.draw(st.sampled_from(functions))
    stub = f"def {name}(a):\n    raise NotImplementedError\n"
    result = replace_function(source, name, "import keras\n\n\n" + stub)
    assert result == source.replace(f"def {name}(a):\n{bodies[name]}", stub)


# ------------------------------------------------------------------ the command


@pytest.fixture
def cli_kit(kit, monkeypatch):
    target, state = kit
    monkeypatch.setattr(cli, "STATE", state)
    monkeypatch.setattr(durable, "LOCK_TIMEOUT", 5)
    return target, state


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_reset_command_asks_unless_told_and_undo_restores(capsys, cli_kit, monkeypatch):
    target, state = cli_kit
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # not a terminal: it cannot ask
    code, _, err = run(capsys, "reset", "fundamentals.scale_pixels", "--target", str(target))
    assert code == 2 and "--yes" in err and (target / "fundamentals.py").read_text(encoding="utf-8") == MINE
    code, out, _ = run(capsys, "reset", "fundamentals.scale_pixels", "--target", str(target), "--yes")
    assert code == 0 and "your version is saved in" in out and "tfkata reset fundamentals.scale_pixels --undo" in out
    record = json.loads(next((state / "backups").glob("*/record.json")).read_text())
    assert record["ids"] == ["fundamentals.scale_pixels"]
    code, out, _ = run(capsys, "reset", "fundamentals.scale_pixels", "--undo")
    assert code == 0 and (target / "fundamentals.py").read_text(encoding="utf-8") == MINE
    code, _, err = run(capsys, "reset", "--target", str(target), "--yes")
    assert code == 2 and "one exercise id, or --all" in err


def test_reset_command_confirms_on_a_terminal(capsys, cli_kit, monkeypatch):
    target, _ = cli_kit
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    code, out, _ = run(capsys, "reset", "fundamentals.scale_pixels", "--target", str(target))
    assert code == 1 and "nothing was changed" in out
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    code, out, _ = run(capsys, "reset", "--all", "--target", str(target))
    assert code == 0 and (target / "fundamentals.py").read_bytes() == (STUBS / "fundamentals.py").read_bytes()
