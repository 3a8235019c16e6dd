"""The kit in a notebook: check, hint and progress, proven by a real notebook run by a real kernel.

The module builder (tfkata.transcribe) is tested on real files: functions defined in a
module written to a temporary folder, transcribed, written out and graded by the engine.
Then a notebook built with nbformat runs headless in an IPython kernel (nbclient): a wrong
answer shows its lesson, a right one (under another name, with a helper and a constant from
another cell) shows done, an error names its cell and line, hint shows the hints, progress
the checklist (a class defined in a cell goes along); the kernel never imports TensorFlow.
"""

import ast
import importlib.util
import json
import re
import sys
import textwrap
from pathlib import Path

import pytest
from tfkata import catalogue, report
from tfkata.engine import Job, grade_many
from tfkata.results import DONE, WRONG
from tfkata.transcribe import SourceError, Transcript, import_line, stub_imports

pytestmark = pytest.mark.full  # a real Jupyter kernel

SCALE = "fundamentals.scale_pixels"
BOOK = catalogue.load()


def learner_module(folder: Path, source: str):
    """``source`` written to a module in ``folder`` and imported: functions with readable source, as a notebook's."""
    name = f"learner_cells_{folder.name}"
    path = folder / f"{name}.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # as a notebook's __main__ is
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ the module builder

HELPERS = """
    import functools
    import json as js
    from xml.etree import ElementTree as ET

    import numpy as np

    MAX = 255.0
    SHAPES = {"image": (32, 32), "names": ["a", "b"], "none": None, "yes": True}
    UNUSED = 7
    MEAN = np.zeros(3)


    @functools.lru_cache(maxsize=None)
    def largest():
        return MAX


    def as_floats(images, dtype=np.float32):
        return images.astype(dtype)


    top = largest  # the same function under another name


    def my_scale(images):
        shapes = SHAPES  # a constant, read
        return as_floats(images) / top()


    def uses_the_rest(x):
        return js.dumps(x), ET, MEAN, shapes_of(x)


    def shapes_of(x):
        return x.shape
"""


def test_a_function_with_its_helpers_imports_and_constants(tmp_path):
    cells = learner_module(tmp_path, HELPERS)
    transcript = Transcript("fundamentals")
    transcript.add("scale_pixels", cells.my_scale)
    source = transcript.source()
    tree = ast.parse(source)  # a module that parses
    defined = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert defined == ["as_floats", "largest", "my_scale"], defined  # helpers before the function
    assert source.index("import os\nimport keras\nimport numpy as np") < source.index("MAX = 255.0")  # the stub's
    assert "@functools.lru_cache(maxsize=None)\ndef largest():" in source and "\nimport functools\n" in source
    assert f"SHAPES = {cells.SHAPES!r}" in source and "UNUSED" not in source and "MEAN" not in source
    assert source.rstrip().endswith("top = largest\nscale_pixels = my_scale")
    assert not transcript.left_behind

    other = Transcript("data")
    other.add("uses_the_rest", cells.uses_the_rest)
    source = other.source()
    assert "import json as js\n" in source and "from xml.etree import ElementTree as ET\n" in source
    assert "def shapes_of(x):" in source and "MEAN =" not in source
    assert other.left_behind == {"MEAN": "numpy.ndarray"}  # an array cannot be written into a file


def test_the_written_module_grades_as_the_learner_wrote_it(tmp_path):
    """What the builder writes is graded by the engine like any learner folder: done, and wrong with its lesson."""
    cells = learner_module(tmp_path, HELPERS + """
    def floor_scale(images):
        return images // 255
    """)
    right, wrong = tmp_path / "right", tmp_path / "wrong"
    for folder, function in ((right, cells.my_scale), (wrong, cells.floor_scale)):
        folder.mkdir()
        transcript = Transcript("fundamentals")
        transcript.add("scale_pixels", function)
        transcript.write(folder)
    done, failed = grade_many([Job(right, [SCALE]), Job(wrong, [SCALE])])
    assert done.verdicts[SCALE].status == DONE, done.verdicts[SCALE]
    assert failed.verdicts[SCALE].status == WRONG and "dtype" in failed.verdicts[SCALE].message


def test_what_cannot_be_read_is_refused_with_what_to_do(tmp_path):
    cells = learner_module(tmp_path, """
    def outer():
        factor = 255.0

        def inner(images):
            return images / factor
        return inner


    def calls_a_lambda(images):
        return half(images)


    def scale_pixels(images):
        return images / 255


    def calls_the_exercise(images):
        return scale_pixels(images) * 1.0


    half = lambda images: images / 2  # noqa: E731
    """)
    made = {}
    exec("def scale_pixels(images):\n    return images / 255\n", made)  # no file: no source
    cases = [
        (lambda images: images / 255, "scale_pixels is a lambda", "def scale_pixels(...)"),
        (made["scale_pixels"], "cannot read the source of scale_pixels()", "define it with def in a notebook cell"),
        (cells.outer(), "inner() uses factor of the function it was defined in", "top level of a cell"),
        (len, "scale_pixels is not a function (it is of type builtin_function_or_method)", "def scale_pixels(...)"),
        (cells.calls_a_lambda, "half is a lambda", "def half(...)"),
        (cells.calls_the_exercise, "calls_the_exercise() uses another scale_pixels() of yours", "another name"),
    ]
    for function, says, what_to_do in cases:
        transcript = Transcript("fundamentals")
        with pytest.raises(SourceError) as refused:
            transcript.add("scale_pixels", function)
        message = str(refused.value)
        assert says in message and what_to_do in message and "\n" not in message, message
        assert not transcript.definitions and not transcript.aliases  # nothing half-written


def test_constants_are_written_only_when_their_repr_gives_them_back(tmp_path):
    cells = learner_module(tmp_path, """
    import numpy as np

    PLAIN = {"int": 3, "float": 0.5, "text": "a'b\\"c", "bytes": b"x", "none": None, "flag": False,
             "tuple": (1, (2.5, "x")), "list": [1, [2, 3]], "set": {1, 2}, "empty": set(), "complex": 1j}
    NAN = float("nan")
    NUMPY_NUMBER = np.float32(1.5)
    RANGE = range(3)


    def reads(x):
        return PLAIN, NAN, NUMPY_NUMBER, RANGE
    """)
    transcript = Transcript("fundamentals")
    transcript.add("reads", cells.reads)
    assert list(transcript.constants) == ["PLAIN"]
    written = {}
    exec(transcript.constants["PLAIN"], written)
    assert written["PLAIN"] == cells.PLAIN
    assert transcript.left_behind == {"NAN": "float", "NUMPY_NUMBER": "numpy.float32", "RANGE": "range"}


def test_import_lines_and_the_stubs_header():
    import json
    import xml.etree.ElementTree

    assert import_line("json", json) == "import json"
    assert import_line("js", json) == "import json as js"
    assert import_line("ET", xml.etree.ElementTree) == "from xml.etree import ElementTree as ET"
    assert stub_imports("fundamentals") == ["import os", "import keras", "import numpy as np"]


def test_what_there_is_nothing_to_grade_for_is_said_in_one_line(capsys):
    """Outside a notebook, as plain text; nothing is graded."""
    from tfkata import check, solution

    assert check("scale_pixels", lambda images: images) is None
    assert check("fundamentals.sequential_model") is None  # this session defines no sequential_model()
    solution("fundamentals.sequential_model")
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "tfkata: no exercise 'scale_pixels' in the catalogue (did you mean fundamentals.scale_pixels?)",
        "fundamentals.sequential_model: there is no sequential_model() in this notebook yet: define it with "
        "def sequential_model(...): in a cell and run the cell, or hand yours in: "
        'check("fundamentals.sequential_model", your_function)',
        'fundamentals.sequential_model: solve it first (check("fundamentals.sequential_model") until it is done), '
        'then compare; or see it now with solution("fundamentals.sequential_model", force=True)',
    ]


def test_importing_tfkata_stays_light():
    import subprocess

    probe = ("import sys, tfkata; from tfkata import check, hint, progress, solution; "
             "print(sorted(m for m in ('tensorflow', 'keras', 'numpy', 'rich', 'IPython', 'tfkata.engine') "
             "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr


def test_the_reports_share_their_words_with_the_command(capsys):
    """hint() prints what `tfkata hint` prints, but for how to ask for more; outside a notebook, as plain text."""
    from tfkata import cli, hint

    cli.main(["hint", SCALE, "--level", "2"])
    command = capsys.readouterr().out
    hint(SCALE, 2)
    session = capsys.readouterr().out
    assert session == command.replace(f"tfkata hint {SCALE} --level 3", f'hint("{SCALE}", 3)')
    assert session != command


# ------------------------------------------------------------------ a real notebook

CELLS = [
    # 0: the kit, as a learner imports it
    "import os, sys, time\nimport tfkata\nfrom tfkata import check, hint, progress\n"
    "backend = os.environ.get('MPLBACKEND')\nprint(tfkata.__file__)",
    # 1: a wrong answer
    "import numpy as np\n\ndef scale_pixels(images):\n    return images // 255",
    # 2: graded: the lesson (the first check: the engine's fork server imports TensorFlow)
    "started = time.perf_counter()\ncheck('fundamentals.scale_pixels', scale_pixels)\n"
    "print(f'seconds: {time.perf_counter() - started:.2f}')",
    # 3: a right answer under another name, with a helper and a constant
    "MAX = 255.0\n\ndef as_floats(images):\n    return images.astype(np.float32)\n\n"
    "def my_scale(images):\n    return as_floats(images) / MAX",
    # 4: graded: done (a warm check)
    "started = time.perf_counter()\nresult = check('fundamentals.scale_pixels', my_scale)\n"
    "print(f'seconds: {time.perf_counter() - started:.2f}')",
    # 5
    "hint('fundamentals.scale_pixels', 2)",
    # 6: what cannot be graded is said in one line
    "check('fundamentals.scale_pixels', lambda images: images / 255)",
    # 7: an error, told by its cell and line
    "def normalize_features(train, test):\n    mean = train.mean(axis=0)\n    return (train - mean) / spread, test",
    # 8: the notebook's own normalize_features, by default
    "check('fundamentals.normalize_features')",
    # 9: a class defined in a cell (inspect cannot find its source by its module before Python 3.13)
    "class Scaler:\n    def __call__(self, images):\n        return as_floats(images) / MAX\n\n"
    "def scale_pixels(images):\n    return Scaler()(images)",
    # 10: the notebook's exercise functions, in one run
    "progress()",
    # 11: what check() returned, shown in a later cell, shows its report again
    "result",
    # 12: the reference, once this session has found the exercise done; not before
    "from tfkata import solution\nsolution('fundamentals.scale_pixels')\nsolution('fundamentals.normalize_features')",
    # 13: the kernel never loaded TensorFlow, and keeps its plotting backend
    "print('tensorflow' in sys.modules, os.environ.get('MPLBACKEND') == backend)",
]


def run_notebook(folder: Path):
    """Run CELLS in a fresh IPython kernel of this Python, which imports the tfkata this test imports."""
    import nbformat
    import tfkata
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    spec = folder / "kernels" / "tfkata-test"
    spec.mkdir(parents=True)
    package_root = str(Path(tfkata.__file__).resolve().parents[1])
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "tfkata self-test", "language": "python",
        "env": {"PYTHONPATH": package_root},
    }))
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell) for cell in CELLS])
    manager = KernelManager(kernel_name="tfkata-test",
                            kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(spec.parent)]))
    log = folder / "kernel.log"  # the kernel's own stderr (its warnings), shown only if the run fails
    try:
        with log.open("w") as stderr:
            # Generous: the first check waits for the engine's fork server to import TensorFlow.
            NotebookClient(notebook, km=manager, timeout=600,
                           resources={"metadata": {"path": str(folder)}}).execute(stderr=stderr)
    except Exception as error:
        raise AssertionError(f"the notebook did not run: {error}\n"
                             f"the kernel's stderr:\n{log.read_text()[-4000:]}") from error
    return notebook


@pytest.fixture(scope="module")
def cells(tmp_path_factory):
    """Each cell's output, in order: (its plain text, its HTML, its execution count).

    Run when its tests come, not from the start of the session beside the other background
    work: the kernel's own fork server loads a second TensorFlow (~0.5 GiB), which the
    self-tests' peak memory would otherwise have to hold at once."""
    notebook = run_notebook(tmp_path_factory.mktemp("notebook"))
    outputs = []
    for cell in notebook.cells:
        texts = [o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in cell.outputs]
        plain = "".join(text if text.endswith("\n") else text + "\n" for text in texts)
        html = "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs)
        outputs.append((plain, html, cell.execution_count))
    return outputs


def test_the_notebook_imports_this_tfkata(cells):
    import tfkata

    assert cells[0][0].strip() == tfkata.__file__


def test_a_wrong_answer_shows_the_lesson(cells):
    plain, html, _ = cells[2]
    assert plain.startswith(f"{SCALE}: wrong (0/5 points)\n    dtype: found "), plain  # the pixels' own integer dtype
    assert "expected floats\n" in plain and "convert first (astype('float32')), then divide" in plain
    assert "dtype: found " in html and "expected floats" in html and "<pre" in html  # shown with rich, as HTML


def test_a_right_answer_shows_done_the_next_exercise_and_the_solution(cells):
    plain, html, _ = cells[4]
    assert plain.startswith(f"{SCALE}: done (5/5 points)\n"), plain
    assert "next: fundamentals.normalize_features" in plain and f'solution("{SCALE}")' in plain
    assert f"{SCALE}: done (5/5 points)" in html


def test_a_warm_check_costs_no_import_of_tensorflow(cells):
    cold, warm = (float(re.search(r"seconds: ([\d.]+)", cells[i][0]).group(1)) for i in (2, 4))
    assert warm < cold, (cold, warm)


def test_hint_shows_the_hints(cells):
    plain, html, _ = cells[5]
    hints = BOOK.get(SCALE).hints
    in_a_notebook = report.hint_lines(BOOK.get(SCALE), 2, more=lambda i, level: f'hint("{i}", {level})')
    assert plain.strip() == "\n".join(in_a_notebook)
    assert hints[0] in plain and hints[1] in plain and hints[2] not in plain


def test_a_lambda_is_refused_in_one_line(cells):
    plain = cells[6][0].strip()
    assert plain.startswith(f"{SCALE} not graded: scale_pixels is a lambda") and "\n" not in plain, plain


def test_an_error_is_placed_in_its_cell(cells):
    plain, _, _ = cells[8]
    assert plain.startswith("fundamentals.normalize_features: wrong (0/5 points)"), plain
    assert "NameError" in plain and "spread" in plain
    assert f"Cell In[{cells[7][2]}], line 3 (in normalize_features)" in plain, plain
    assert "tfkata-notebook-" not in plain  # no name of the temporary folder it was graded in


def test_progress_grades_the_notebooks_functions(cells):
    plain, _, _ = cells[10]
    scale, normalize = BOOK.get(SCALE), BOOK.get("fundamentals.normalize_features")
    assert f"[x] {scale.skill}  5/5" in plain  # the class-based scale_pixels of cell 9
    assert f"[ ] {normalize.skill}  0/5  (wrong)" in plain
    assert "Total: 1 done, 1 wrong, 0 not started: 5/10 points" in plain
    assert "Next: check(\"fundamentals.normalize_features\")" in plain
    assert f"not defined in this notebook yet: {len(BOOK.exercises) - 2} of {len(BOOK.exercises)} exercises" in plain
    assert BOOK.get("fundamentals.sequential_model").skill not in plain  # only what the notebook defines


def test_what_check_returned_shows_its_report_again(cells):
    assert cells[11][0].startswith(f"{SCALE}: done (5/5 points)\n"), cells[11][0]


def test_the_solution_once_the_exercise_is_done(cells):
    plain = cells[12][0]
    assert plain.startswith("# reference solution: solutions/fundamentals.py\n\ndef scale_pixels(images):\n"), plain
    assert plain.rstrip().splitlines()[-1].startswith("fundamentals.normalize_features: solve it first")


def test_the_kernel_never_imports_tensorflow(cells):
    assert cells[13][0].strip() == "False True"
