"""`tfkata swap` under fire: the learner's files come back byte for byte, whatever happens.

Crashes (simulated, and real SIGKILLs of real processes), concurrent swaps, edits made
while the solutions are in place, and permission errors (injected, and real ones for an
unprivileged user) all end, after a `swap back`, with every learner file as it was.
"""

import errno
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from tfkata import durable, swap as swap_module
from tfkata.durable import FilesError
from tfkata.swap import SwapBack, swap_back, swap_solutions, swapped_in

pytestmark = pytest.mark.full  # the real command, a process per test

names = st.sampled_from(["fundamentals.py", "transfer.py", "data.py", "notes.py"])
contents = st.binary(max_size=300)
kits = st.tuples(st.dictionaries(names, contents, max_size=4), st.dictionaries(names, contents, min_size=1, max_size=4))
# Every @given says its own settings: the tests must not depend on a shared profile.
quick = dict(deadline=None, database=None,
             suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

NOBODY = 65534
ADVICE = {"nothing was changed", "run `tfkata swap back` to restore your files"}
BACK_ADVICE = re.compile(r"fix it and run `tfkata swap back` again; your saved copy is in \S+$")


class Killed(BaseException):
    """Stands for the process being killed: nothing after it runs."""


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch):
    """A lock left held (by a killed process, say) fails a test fast instead of waiting 10 s."""
    monkeypatch.setattr(durable, "LOCK_TIMEOUT", 2.0)


@pytest.fixture
def no_fsync(monkeypatch):
    """fsync guards against power cuts, which no in-process test simulates: skip the slow disk flush.

    (The real processes these tests kill, or run at once, keep their real fsyncs.)
    """
    monkeypatch.setattr(os, "fsync", lambda fd: None)


def snapshot(folder: Path) -> dict:
    """Name -> (bytes, mode) of every entry, hidden leftovers included; reads unreadable files too."""
    shot = {}
    for path in sorted(folder.iterdir()):
        mode = path.stat().st_mode
        if os.access(path, os.R_OK):
            shot[path.name] = (path.read_bytes(), mode)
        else:
            path.chmod(mode | stat.S_IRUSR)
            shot[path.name] = (path.read_bytes(), mode)
            path.chmod(mode)
    return shot


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


def kept_copies(root: Path) -> dict:
    """Name -> list of kept bytes, over every kept folder."""
    found = {}
    for path in sorted((root / "kept").glob("*/*")):
        found.setdefault(path.name, []).append(path.read_bytes())
    return found


def assert_one_line(error: FilesError, *advice) -> str:
    """The message is one line ending with one of ``advice`` (texts, or patterns to search)."""
    message = str(error)
    assert "\n" not in message and message.strip() == message, message
    assert any(a.search(message) if isinstance(a, re.Pattern) else message.endswith(a) for a in advice), message
    return message


# --- the basics ---------------------------------------------------------------------------


@settings(max_examples=25, **quick)
@given(kits)
def test_swap_and_back_restores_every_byte(tmp_path_factory, no_fsync, kit):
    root = tmp_path_factory.mktemp("kit")
    exercises, solutions, state = make_kit(root, *kit)
    before = snapshot(exercises)
    swapped = swap_solutions(exercises, solutions, state)
    assert {n: (exercises / n).read_bytes() for n in swapped} == {n: (solutions / n).read_bytes() for n in swapped}
    result = swap_back(exercises, state)
    assert result == SwapBack(restored=sorted(kit[1]), kept={})
    assert snapshot(exercises) == before
    assert not state.exists() and not (root / "kept").exists()


def test_second_swap_is_refused_and_changes_nothing(tmp_path):
    exercises, solutions, state = make_kit(tmp_path, {"fundamentals.py": b"mine"}, {"fundamentals.py": b"ref"})
    swap_solutions(exercises, solutions, state)
    with pytest.raises(FilesError, match="already swapped in .* swap back"):
        swap_solutions(exercises, solutions, state)
    swap_back(exercises, state)
    assert (exercises / "fundamentals.py").read_bytes() == b"mine"


def test_swap_back_without_swap_is_refused(tmp_path):
    exercises, _, state = make_kit(tmp_path, {"fundamentals.py": b"mine"}, {"fundamentals.py": b"ref"})
    with pytest.raises(FilesError, match="nothing to swap back"):
        swap_back(exercises, state)


@pytest.mark.parametrize("damage", [b"{not json", b"\xff\xfe", b"[]", b'{"since": "x"}', b'{"files": {"a.py": 3}}',
                                    b'{"files": {}, "kept": []}'])
def test_a_damaged_swap_record_is_one_line_that_says_where_the_files_are(tmp_path, damage):
    exercises, solutions, state = make_kit(tmp_path, {"fundamentals.py": b"mine"}, {"fundamentals.py": b"ref"})
    swap_solutions(exercises, solutions, state)
    (state / "manifest.json").write_bytes(damage)
    before = snapshot(exercises), snapshot(state / "files")
    for attempt in (lambda: swap_back(exercises, state), lambda: swap_solutions(exercises, solutions, state)):
        with pytest.raises(FilesError, match="is damaged") as refused:
            attempt()
        assert str(state / "files") in str(refused.value) and "\n" not in str(refused.value)
    assert (snapshot(exercises), snapshot(state / "files")) == before


def test_read_only_learner_and_solution_files_swap_and_back(tmp_path):
    exercises, solutions, state = make_kit(tmp_path, {"data.py": b"mine", "notes.py": b"my notes"},
                                           {"data.py": b"ref", "notes.py": b"ref notes"})
    (exercises / "data.py").chmod(0o444)
    (solutions / "notes.py").chmod(0o444)
    before = snapshot(exercises)
    swap_solutions(exercises, solutions, state)
    assert stat.S_IMODE((exercises / "notes.py").stat().st_mode) == 0o444
    swap_back(exercises, state)
    assert snapshot(exercises) == before


# --- edits made while the solutions are in place ------------------------------------------


def test_an_edit_made_while_swapped_is_kept_before_swap_back(tmp_path):
    exercises, solutions, state = make_kit(
        tmp_path, {"fundamentals.py": b"mine", "data.py": b"my data", "notes.py": b"my notes"},
        {"fundamentals.py": b"ref", "data.py": b"ref data", "notes.py": b"ref notes", "transfer.py": b"ref t"})
    before = snapshot(exercises)
    swap_solutions(exercises, solutions, state)
    (exercises / "fundamentals.py").write_bytes(b"ref, improved")
    (exercises / "transfer.py").write_bytes(b"ref t, improved")  # the learner had no transfer.py: kept, then gone
    (exercises / "data.py").unlink()  # deleted while swapped: nothing to keep
    (exercises / "notes.py").write_bytes(b"my notes")  # edited back to the learner's own bytes: nothing lost
    result = swap_back(exercises, state)
    assert snapshot(exercises) == before
    assert result.restored == ["data.py", "fundamentals.py", "notes.py", "transfer.py"]
    assert set(result.kept) == {"fundamentals.py", "transfer.py"}
    assert result.kept["fundamentals.py"].read_bytes() == b"ref, improved"
    assert result.kept["transfer.py"].read_bytes() == b"ref t, improved"
    folder = result.kept["fundamentals.py"].parent
    assert folder.parent == tmp_path / "kept" and re.fullmatch(r"\d{8}-\d{6}(-\d+)?", folder.name)
    assert not state.exists()

    # The same edit again, in a later swap: its bytes are already kept, so not kept twice.
    swap_solutions(exercises, solutions, state)
    (exercises / "fundamentals.py").write_bytes(b"ref, improved")
    again = swap_back(exercises, state)
    assert again.kept == {"fundamentals.py": result.kept["fundamentals.py"]}
    assert kept_copies(tmp_path) == {"fundamentals.py": [b"ref, improved"], "transfer.py": [b"ref t, improved"]}
    assert snapshot(exercises) == before


def test_a_new_edit_in_the_same_second_gets_its_own_folder(tmp_path, monkeypatch):
    exercises, solutions, state = make_kit(tmp_path, {"data.py": b"mine"}, {"data.py": b"ref"})
    frozen = time.strptime("2026-11-25 13:05:01", "%Y-%m-%d %H:%M:%S")
    monkeypatch.setattr(swap_module, "time", SimpleNamespace(strftime=lambda fmt: time.strftime(fmt, frozen)))
    kept = []
    for edit in (b"first", b"second"):
        swap_solutions(exercises, solutions, state)
        (exercises / "data.py").write_bytes(edit)
        kept.append(swap_back(exercises, state).kept["data.py"])
    assert [p.relative_to(tmp_path).as_posix() for p in kept] == [
        "kept/20261125-130501/data.py", "kept/20261125-130501-2/data.py"]
    assert [p.read_bytes() for p in kept] == [b"first", b"second"]


# --- simulated crashes and injected permission errors --------------------------------------


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


@settings(max_examples=40, **quick)
@given(kits, st.integers(1, 16), st.booleans())
def test_interrupted_swap_is_recovered_by_swap_back(tmp_path_factory, no_fsync, kit, step, crash_back_too):
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
    except FilesError:  # killed before anything was saved: nothing to restore
        pass
    assert snapshot(exercises) == before
    assert not state.exists() and not (exercises.parent / "kept").exists()


def deny_at(step: int, monkeypatch) -> None:
    """From the step-th write on, refuse every write to the path it touched (Permission denied).

    A refused fsync (of a descriptor) refuses that one call, as a failing disk write would.
    """
    calls, denied = {"n": 0}, set()

    def guard(path):
        path = os.fsdecode(os.fspath(path)) if not isinstance(path, int) else path
        calls["n"] += 1
        if calls["n"] == step and not isinstance(path, int):
            denied.add(path)
        if path in denied or calls["n"] == step:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)

    def wrap(module, name, which=0):
        real = getattr(module, name)

        def guarded(*args, **kwargs):
            guard(args[which])
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, guarded)

    wrap(shutil, "copy2", which=1)
    wrap(os, "replace", which=1)
    wrap(os, "unlink")
    wrap(os, "mkdir")
    wrap(os, "rmdir")
    wrap(os, "fsync")
    real_open = open

    def guarded_open(file, mode="r", *args, **kwargs):
        if set(mode) & set("wax+"):
            guard(file)
        return real_open(file, mode, *args, **kwargs)
    for module in (swap_module, durable):
        monkeypatch.setattr(module, "open", guarded_open, raising=False)


@settings(max_examples=40, **quick)
@given(kits, st.integers(1, 50), st.one_of(st.none(), st.integers(1, 50)), st.one_of(st.none(), st.binary(max_size=20)))
def test_permission_denied_at_any_write_gives_one_line_and_swap_back_restores(
        tmp_path_factory, no_fsync, kit, swap_step, back_step, edit):
    root = tmp_path_factory.mktemp("kit")
    exercises, solutions, state = make_kit(root, *kit)
    before = snapshot(exercises)
    swapped = False
    with pytest.MonkeyPatch.context() as patch:
        deny_at(swap_step, patch)
        try:
            swap_solutions(exercises, solutions, state)
            swapped = True
        except FilesError as error:
            message = assert_one_line(error, *ADVICE)
            assert message.startswith("cannot ") and "Permission denied" in message
            if message.endswith("nothing was changed"):
                assert snapshot(exercises) == before and not swapped_in(state)
            else:  # swap back has what it needs
                assert swapped_in(state)
    expect_kept = {}
    name = sorted(kit[1])[0]
    if swapped and edit is not None and edit not in (kit[1][name], kit[0].get(name)):
        (exercises / name).write_bytes(edit)
        expect_kept = {name: [edit]}
    if back_step is not None and state.exists():
        with pytest.MonkeyPatch.context() as patch:
            deny_at(back_step, patch)
            try:
                swap_back(exercises, state)
            except FilesError as error:
                message = assert_one_line(error, BACK_ADVICE, "nothing was changed",
                                          "your files were never replaced")
                assert message.startswith("cannot ") and "Permission denied" in message
                if BACK_ADVICE.search(message):  # the rerun has what it needs
                    assert swapped_in(state)
    try:
        swap_back(exercises, state)  # the permission is fixed
    except FilesError as error:
        assert "nothing to swap back" in str(error)
    assert snapshot(exercises) == before
    assert not state.exists()
    assert kept_copies(root) == expect_kept


# --- real processes: SIGKILL at any moment, concurrent swaps, a held lock ------------------

CHILD = r"""
import json, sys
from pathlib import Path
import tfkata.durable as durable, tfkata.swap as swap

durable.LOCK_TIMEOUT = float(sys.argv[1])
root = Path(sys.argv[2])
exercises, solutions, state = root / "exercises", root / "solutions", root / "state"
print("ready", flush=True)
for op in sys.argv[3:]:
    if op == "wait":
        sys.stdin.readline()
        continue
    try:
        if op == "swap":
            done = swap.swap_solutions(exercises, solutions, state)
        else:
            done = swap.swap_back(exercises, state).restored
        print(json.dumps({"op": op, "done": done}), flush=True)
    except durable.FilesError as error:
        print(json.dumps({"op": op, "error": str(error)}), flush=True)
"""


def spawn(root: Path, *ops: str, lock_timeout: float = 60.0, python: str = sys.executable,
          **popen) -> subprocess.Popen:
    """A real process running the swaps ``ops`` on the kit in ``root``; it says "ready" once imported."""
    child = subprocess.Popen([python, "-c", CHILD, str(lock_timeout), str(root), *ops],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, **popen)
    assert child.stdout.readline() == "ready\n"
    return child


def finish(child: subprocess.Popen) -> list:
    """Wait for ``child`` to end; what it printed after "ready", one JSON line per swap.

    (Not communicate(): it reads the pipe past the "ready" line's already buffered text.)
    """
    if child.stdin:
        child.stdin.close()
    out = child.stdout.read()
    child.stdout.close()
    child.wait(timeout=60)
    return [json.loads(line) for line in out.splitlines()]


def kill_after(child: subprocess.Popen, delay: float) -> None:
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    finish(child)
    assert child.returncode in (0, -signal.SIGKILL)


BIG = 24  # files of 200 kB (fsynced one by one): a swap lasts long enough for a kill to land mid-way
DELAYS = (0.0, 0.005, 0.015, 0.03, 0.06)  # seconds after the process is ready to work


def make_big_kit(root: Path):
    mine = {f"m{i:02}.py": os.urandom(200_000) for i in range(BIG)}
    reference = {name: os.urandom(200_000) for name in mine}
    mine.pop("m00.py")  # a solution with no learner file
    mine["own.py"] = b"not in the solutions"
    kit = make_kit(root, mine, reference)
    (root / "exercises" / "m01.py").chmod(0o444)
    (root / "exercises" / "m02.py").chmod(0o600)
    return kit


def test_swap_killed_for_real_at_any_moment(tmp_path, no_fsync):
    """A real SIGKILL, at whatever point of the swap it lands, leaves the files recoverable."""
    exercises, solutions, state = make_big_kit(tmp_path)
    before = snapshot(exercises)
    landed = []
    for delay in DELAYS:
        kill_after(spawn(tmp_path, "swap"), delay)
        if not state.exists():
            landed.append("before")
        elif not swapped_in(state):
            landed.append("saving")
        else:
            replaced = sum((exercises / p.name).is_file() and (exercises / p.name).read_bytes() == p.read_bytes()
                           for p in solutions.iterdir())
            landed.append("done" if replaced == BIG else f"replacing {replaced}/{BIG}")
        try:
            assert swap_back(exercises, state).kept == {}
        except FilesError as error:
            assert "nothing to swap back" in str(error)
        assert snapshot(exercises) == before, landed[-1]
        assert not state.exists() and not (tmp_path / "kept").exists()
    assert {"saving", "replacing"} & {phase.split(" ")[0] for phase in landed}, landed


def test_swap_back_killed_for_real_at_any_moment(tmp_path, no_fsync):
    """A real SIGKILL of swap back, then a rerun: every file restored, every edit kept exactly once.

    Half the swapped-in files are edited while swapped, half are untouched.
    """
    exercises, solutions, state = make_big_kit(tmp_path)
    before = snapshot(exercises)
    landed = []
    for delay in DELAYS:
        swap_solutions(exercises, solutions, state)
        edits = {}
        for path in sorted(exercises.glob("m*.py"))[::2]:
            edits[path.name] = path.read_bytes() + f"# edit {delay}".encode()
            path.write_bytes(edits[path.name])
        kill_after(spawn(tmp_path, "back"), delay)
        if not state.exists():
            landed.append("done")
        elif not swapped_in(state):
            landed.append("tidying")
        else:
            restored = sum(snapshot(exercises).get(name) == before[name] for name in before) - 1  # own.py
            kept = sum(map(len, kept_copies(tmp_path).values()))
            landed.append(f"restoring {restored} restored, {kept} kept" if restored or kept else "before")
        manifest_left = swapped_in(state)
        try:
            result = swap_back(exercises, state)
        except FilesError as error:
            assert "nothing to swap back" in str(error) and not manifest_left
        assert snapshot(exercises) == before, landed[-1]
        assert not state.exists()
        assert kept_copies(tmp_path) == {name: [data] for name, data in edits.items()}, landed[-1]
        if manifest_left:  # the rerun did the swap back, so it tells where every edit is
            assert {name: path.read_bytes() for name, path in result.kept.items()} == edits, landed[-1]
        shutil.rmtree(tmp_path / "kept", ignore_errors=True)
    assert {"restoring", "tidying"} & {phase.split(" ")[0] for phase in landed}, landed


def test_concurrent_swaps_never_interleave(tmp_path):
    """Real processes swapping and swapping back at once: the lock makes them take turns.

    Four wait for the lock as long as needed; a fifth gives up after 10 ms, with the
    one-line "another tfkata command is changing your files". Either way the files stay consistent.
    """
    mine = {f"m{i}.py": os.urandom(50_000) for i in range(8)}
    reference = {name: os.urandom(50_000) for name in mine}
    exercises, solutions, state = make_kit(tmp_path, mine, reference)
    before = snapshot(exercises)
    plans = [("swap", "back") * 2, ("back", "swap") * 2, ("swap", "swap", "back", "swap"), ("back", "swap", "back")]
    children = [spawn(tmp_path, "wait", *plan) for plan in plans]
    impatient = spawn(tmp_path, "wait", "swap", "back", "swap", lock_timeout=0.01)
    for child in [*children, impatient]:  # all start at once
        child.stdin.write("go\n")
        child.stdin.flush()
    outcomes = []
    for child, plan in zip([*children, impatient], [*plans, "swap back swap".split()]):
        done = finish(child)
        assert child.returncode == 0 and [o["op"] for o in done] == list(plan)
        outcomes += done
    refusals = "the solutions are already swapped in|nothing to swap back"  # logical ones, never a failure
    for outcome in outcomes[:-3]:
        assert "done" in outcome or re.match(refusals, outcome["error"]), outcome
    for outcome in outcomes[-3:]:
        assert "done" in outcome or re.match(f"{refusals}|another tfkata command is changing your files", outcome["error"]), outcome
    assert any("done" in o for o in outcomes if o["op"] == "swap")
    if swapped_in(state):
        swap_back(exercises, state)
    assert snapshot(exercises) == before
    solution_bytes = set(reference.values())
    assert not [p.name for p in exercises.iterdir() if p.read_bytes() in solution_bytes]
    assert not state.exists() and not (tmp_path / "kept").exists()


def test_a_held_lock_refuses_after_the_timeout_and_a_killed_holder_frees_it(tmp_path, monkeypatch):
    """The lock is files.lock beside the state folder; the kernel frees it when its holder is killed."""
    exercises, solutions, state = make_kit(tmp_path, {"data.py": b"mine"}, {"data.py": b"ref"})
    hold = ("import sys, time; from filelock import FileLock; "
            "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(tmp_path / "files.lock")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        monkeypatch.setattr(durable, "LOCK_TIMEOUT", 0.3)
        for attempt in (lambda: swap_solutions(exercises, solutions, state), lambda: swap_back(exercises, state)):
            with pytest.raises(FilesError) as refused:
                attempt()
            assert str(refused.value) == (f"another tfkata command is changing your files ({tmp_path / 'files.lock'}); "
                                          "try again when it has finished")
        assert (exercises / "data.py").read_bytes() == b"mine" and not state.exists()
    finally:
        kill_after(holder, 0)
    swap_solutions(exercises, solutions, state)  # the kernel released the killed holder's lock
    swap_back(exercises, state)
    assert (tmp_path / "files.lock").exists() and not state.exists()


# --- real permission errors, as a user whom file modes stop --------------------------------


@pytest.fixture(scope="module")
def python_for_nobody():
    """(python, env) with which uid/gid 65534 can run the swaps, or None when not root.

    Dropping to 65534 uses subprocess's user/group/extra_groups (a preexec_fn is not
    safe in a process with threads, as TensorFlow's). This interpreter may live where
    65534 cannot reach (under a 0700 /root, say): then a system Python of the same
    minor version runs tfkata and filelock from their folders.
    """
    if os.geteuid() != 0:
        return None
    import filelock

    folders = [str(Path(swap_module.__file__).parents[1]), str(Path(filelock.__file__).parents[1])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(folders), "PYTHONDONTWRITEBYTECODE": "1"}
    minor = f"python{sys.version_info.major}.{sys.version_info.minor}"
    tried = []
    for python in dict.fromkeys([sys.executable, f"/usr/bin/{minor}", f"/usr/local/bin/{minor}"]):
        try:
            probe = subprocess.run([python, "-c", "import tfkata.swap"], env=env, capture_output=True,
                                   user=NOBODY, group=NOBODY, extra_groups=[], timeout=30)
        except (OSError, subprocess.SubprocessError) as error:
            tried.append(f"{python}: {error}")
            continue
        if probe.returncode == 0:
            return python, env
        tried.append(f"{python}: {probe.stderr.decode().strip().splitlines()[-1:]}")
    pytest.skip(f"running as root (file modes do not stop root) and uid {NOBODY} can run no Python "
                f"that imports tfkata: {'; '.join(tried)}")


@pytest.fixture
def unprivileged(python_for_nobody):
    """(root, run): a kit folder, and a runner of swaps there by a user whom file modes stop.

    As root, the folder is handed to uid/gid 65534 and the swaps run as 65534; otherwise
    they run as we are.
    """
    root = Path(tempfile.mkdtemp(prefix="tfkata-swap-"))  # not under pytest's 0700 folders

    def run(*ops):
        options = {}
        if python_for_nobody:
            for path in [root, *root.rglob("*")]:
                os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
            python, env = python_for_nobody
            options = dict(python=python, env=env, user=NOBODY, group=NOBODY, extra_groups=[])
        child = spawn(root, *ops, lock_timeout=5, **options)
        outcomes = finish(child)
        assert child.returncode == 0 and len(outcomes) == len(ops)
        return outcomes

    yield root, run
    for path in [root, *root.rglob("*")]:
        path.chmod(0o700)
    shutil.rmtree(root)


def assert_denied(outcome: dict, path: Path, advice) -> str:
    message = outcome.get("error", "")
    assert "\n" not in message and message.startswith("cannot ") and str(path) in message, outcome
    assert "Permission denied" in message, message
    assert_one_line(FilesError(message), advice)
    return message


MINE = {"fundamentals.py": b"my fundamentals", "data.py": b"my data"}
REFERENCE = {"fundamentals.py": b"ref fundamentals", "data.py": b"ref data", "transfer.py": b"ref transfer"}


def test_read_only_learner_file_swaps_and_back_as_unprivileged_user(unprivileged):
    root, run = unprivileged
    exercises, solutions, state = make_kit(root, MINE, REFERENCE)
    (exercises / "data.py").chmod(0o444)
    before = snapshot(exercises)
    assert run("swap")[0]["done"] == sorted(REFERENCE)
    assert (exercises / "data.py").read_bytes() == b"ref data"
    assert run("back")[0]["done"] == sorted(REFERENCE)
    assert snapshot(exercises) == before and not state.exists()


def test_read_only_exercises_folder_changes_nothing_as_unprivileged_user(unprivileged):
    root, run = unprivileged
    exercises, solutions, state = make_kit(root, MINE, REFERENCE)
    before = snapshot(exercises)
    exercises.chmod(0o555)
    assert_denied(run("swap")[0], exercises, "nothing was changed")
    assert snapshot(exercises) == before and not swapped_in(state)
    exercises.chmod(0o755)
    assert [o.get("done") for o in run("swap", "back")] == [sorted(REFERENCE)] * 2
    assert snapshot(exercises) == before and not state.exists()


def test_unreadable_learner_file_changes_nothing_as_unprivileged_user(unprivileged):
    root, run = unprivileged
    exercises, solutions, state = make_kit(root, MINE, REFERENCE)
    (exercises / "data.py").chmod(0o000)
    before = snapshot(exercises)
    assert_denied(run("swap")[0], exercises / "data.py", "nothing was changed")
    assert snapshot(exercises) == before and not swapped_in(state)


def test_swap_back_into_a_read_only_folder_says_how_to_retry_as_unprivileged_user(unprivileged):
    root, run = unprivileged
    exercises, solutions, state = make_kit(root, MINE, REFERENCE)
    before = snapshot(exercises)
    assert run("swap")[0]["done"] == sorted(REFERENCE)
    exercises.chmod(0o555)
    message = assert_denied(run("back")[0], exercises, BACK_ADVICE)
    assert Path(BACK_ADVICE.search(message).group(0).rsplit(" ", 1)[1]).exists()
    assert (exercises / "data.py").read_bytes() == b"ref data" and swapped_in(state)
    exercises.chmod(0o755)
    assert run("back")[0]["done"] == sorted(REFERENCE)
    assert snapshot(exercises) == before and not state.exists()
