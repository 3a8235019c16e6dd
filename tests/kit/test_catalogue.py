"""The catalogue, the pristine stubs, the solutions and the graders agree: nothing missing.

The stubs are read from the kit's pristine copy (tools/tfkata/stubs), never from the
learner's exercises/, so these tests pass whatever the learner has done.
"""

import ast
import re

import pytest
from tfkata import catalogue
from tfkata.paths import GRADERS, SOLUTIONS, STUBS

BOOK = catalogue.load()
IDS = list(BOOK.exercises)


def functions(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def signature(node):
    return ast.dump(node.args)


@pytest.mark.parametrize("folder", [STUBS, SOLUTIONS], ids=["stubs", "solutions"])
def test_every_public_function_is_in_the_catalogue(folder):
    listed = {(e.module, e.function) for e in BOOK.exercises.values()}
    for module in folder.glob("*.py"):
        for name in functions(module):
            if not name.startswith("_"):
                assert (module.stem, name) in listed, f"{module.name}: {name}() has no catalogue entry"


def test_exercise_and_solution_modules_match():
    assert sorted(p.name for p in STUBS.glob("*.py")) == sorted(p.name for p in SOLUTIONS.glob("*.py"))


@pytest.mark.parametrize("exercise_id", IDS)
def test_stub_and_solution_share_a_signature(exercise_id):
    exercise = BOOK.get(exercise_id)
    stub = functions(STUBS / f"{exercise.module}.py").get(exercise.function)
    solution = functions(SOLUTIONS / f"{exercise.module}.py").get(exercise.function)
    assert stub is not None, f"tools/tfkata/stubs/{exercise.module}.py has no {exercise.function}()"
    assert solution is not None, f"solutions/{exercise.module}.py has no {exercise.function}()"
    assert signature(stub) == signature(solution)


@pytest.mark.parametrize("exercise_id", IDS)
def test_stub_teaches_then_raises(exercise_id):
    exercise = BOOK.get(exercise_id)
    stub = functions(STUBS / f"{exercise.module}.py")[exercise.function]
    docstring = ast.get_docstring(stub) or ""
    assert len(docstring.splitlines()) >= 5, "a stub's docstring teaches the task"
    assert ast.unparse(stub.body[-1]) == "raise NotImplementedError"
    assert len(stub.body) == 2, "a stub holds its docstring and the raise, nothing else"


def test_every_section_has_a_grader_file():
    for section in BOOK.sections.values():
        assert section.grader_file.is_file(), f"no {section.grader_file.relative_to(GRADERS.parent.parent)}"


def graded_ids(path) -> set[str]:
    """The ids in a grader file's @exercise("...") marks, read without importing it."""
    return {node.args[0].value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "exercise"
            and node.args and isinstance(node.args[0], ast.Constant)}


def test_every_exercise_has_a_grader_and_every_grader_an_exercise():
    marked = set().union(*(graded_ids(path) for path in GRADERS.glob("test_*.py")))
    assert set(IDS) <= marked, f"no grader for {sorted(set(IDS) - marked)}"
    assert marked <= set(IDS), f"graders for exercises not in the catalogue: {sorted(marked - set(IDS))}"


def test_entries_need_two_hints():
    text = catalogue.CATALOGUE.read_text(encoding="utf-8")
    start = text.index("hints = [", text.index('[exercises."fundamentals.scale_pixels"]'))
    broken = text[:start] + 'hints = ["only a nudge"' + text[text.index("\n]\n", start):]
    with pytest.raises(ValueError, match="at least two hints"):
        catalogue.parse(broken)


KIT_OWN = "the kit's own"


def _said(text: str) -> str:
    """Text with its line breaks and runs of spaces made single spaces, lower case."""
    return " ".join(text.split()).lower()


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_exercise_says_where_it_comes_from(exercise_id):
    """A note number 000-004, or plainly the kit's own: never a source the learner cannot find."""
    exercise = BOOK.get(exercise_id)
    for what, note in (("note", exercise.note), ("section note", exercise.section.note)):
        assert re.search(r"\b00[0-4]\b", note) or KIT_OWN in _said(note), (
            f"{exercise_id}: its {what} {note!r} names no note 000-004 and does not say it is {KIT_OWN}")
    assert exercise.note_wording.strip(), f"{exercise_id}: no note_wording"


@pytest.mark.parametrize("exercise_id", IDS)
def test_what_the_kit_adds_is_said_in_the_stub(exercise_id):
    """kit_own, when present, is stated in the stub's docstring as the kit's own; and a docstring
    that calls something the kit's own has a kit_own entry, so `tfkata hint` shows it too."""
    exercise = BOOK.get(exercise_id)
    docstring = _said(ast.get_docstring(functions(STUBS / f"{exercise.module}.py")[exercise.function]) or "")
    if exercise.kit_own is not None:
        assert exercise.kit_own.strip(), f"{exercise_id}: an empty kit_own"
        assert KIT_OWN in docstring, f"{exercise_id}: kit_own is set, but the stub's docstring never says {KIT_OWN!r}"
    else:
        assert KIT_OWN not in docstring, f"{exercise_id}: the stub's docstring says {KIT_OWN!r}: give it a kit_own entry"


def test_kit_own_is_optional():
    book = catalogue.parse(catalogue.CATALOGUE.read_text(encoding="utf-8"))
    assert book.get("fundamentals.sequential_model").kit_own is None
    assert "0.1" in book.get("overfitting.pick_remedies").kit_own


# ------------------------------------------------------------------ stubs teach, hints tell

# What makes a piece of docstring code rather than prose: a call, an assignment, a statement
# that only code has. Bare names, dotted names (keras.callbacks.Callback), shapes ((N, 28, 28))
# and arithmetic (image_size + (3,), 30 / 360) are how a contract is stated, and pass.
CODE_NODES = (ast.Call, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.NamedExpr, ast.Lambda, ast.For, ast.While,
              ast.If, ast.With, ast.Return, ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef,
              ast.ListComp, ast.DictComp, ast.SetComp, ast.GeneratorExp)


def _a_setting(tree: ast.Module) -> bool:
    """`name=value` with a literal value (`include_top=False`, `patience=3`): a setting named, not code."""
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Assign):
        return False
    statement = tree.body[0]
    try:
        ast.literal_eval(statement.value)
    except ValueError:
        return False
    return [type(target) for target in statement.targets] == [ast.Name]


def code_in(text: str) -> str | None:
    """The text, if it parses as Python statements that do something (a call, an assignment, ...), or None."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return None
    if _a_setting(tree):
        return None
    return text if any(isinstance(node, CODE_NODES) for node in ast.walk(tree)) else None


def code_lines(docstring: str, longest: int = 4) -> list[str]:
    """Lines, runs of up to `longest` lines (a call spread over several) and `inline` spans that are code."""
    lines = [line.strip() for line in docstring.splitlines()]
    found = []
    for start in range(len(lines)):
        for end in range(start + 1, min(start + longest, len(lines)) + 1):
            if lines[start] and lines[end - 1] and code_in("\n".join(lines[start:end])):
                found.append(" / ".join(lines[start:end]))
                break
    found += [span for span in re.findall(r"`([^`]+)`", docstring) if code_in(span)]
    return found


def test_code_lines_tells_code_from_prose():
    caught = ["model.compile(optimizer='adam', loss='mse')", "base.trainable = True",
              "keras.Sequential([keras.Input((28, 28)),\n    keras.layers.Flatten(),\n])",
              "for layer in base.layers[:100]:\n    layer.trainable = False",
              "call it with `keras.layers.Rescaling(1 / 127.5, offset=-1)` here",
              "print('.', end='')", "Dense(128, activation='relu')", "`base.trainable = False`",
              "`validation_split=validation_split`"]
    passed = ["Returns:", "a keras.callbacks.Callback instance", "keras.callbacks.Callback",
              "(N, 28, 28)", "the input shape is `image_size + (3,)`", "30 / 360",
              "compiled with the loss binary_crossentropy and the metric accuracy",
              "a RandomRotation of 30 degrees, not RandomRotation(30) (see hint 2)",
              "(history, test_loss, test_accuracy): the History of the run", "データを前処理する",
              "the network without its top (`include_top=False`)", "a string `\"l2\"` means 0.01"]
    assert all(code_lines(text) for text in caught), [text for text in caught if not code_lines(text)]
    assert not any(code_lines(text) for text in passed), [code_lines(text) for text in passed]


@pytest.mark.parametrize("exercise_id", IDS)
def test_stub_states_the_task_and_leaves_the_code_to_the_hints(exercise_id):
    """A docstring states the task, the why and the contract; the API and the code are hints 2 and 3.
    So no line of it (nor a call spread over a few lines, nor an `inline` span) is code, and
    every exercise has a nudge, the API and the code: three hints at least."""
    exercise = BOOK.get(exercise_id)
    docstring = ast.get_docstring(functions(STUBS / f"{exercise.module}.py")[exercise.function]) or ""
    code = code_lines(docstring)
    assert not code, f"{exercise_id}: the stub's docstring holds code, which belongs in hints 2 and 3: {code}"
    assert len(exercise.hints) >= 3, (
        f"{exercise_id}: {len(exercise.hints)} hints; give a nudge, then the API, then the code")
