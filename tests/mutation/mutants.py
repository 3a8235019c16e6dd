"""Mutation testing of the graders: how many small mistakes in solutions/ do they catch?

Each mutant is a reference module with one small change (an operator, a comparison, a
constant, a keyword argument or a positional argument dropped, a call dropped, an element
of a list dropped). It is written into a folder of its own and graded by the kit's engine
on the exercises whose code it touches: a mutant that any of them fails is *killed*, one
that they all pass *survived*. Survivors are blind spots of a grader, or changes that are
still correct: those are listed, with the reason, in ``equivalents.toml``.

    python tests/mutation/mutants.py                  # every section; writes SCORE.md
    python tests/mutation/mutants.py --section data   # one section (SCORE.md untouched)
    python tests/mutation/mutants.py --list           # the mutants, not graded

Why not mutmut or cosmic-ray: both run the test command once per mutant (cosmic-ray a fresh
process; mutmut a fork of the process that ran the tests, with the mutant switched on in
module code it rewrote). Here a grading runs in the engine's own workers, forked from a
server that has already imported TensorFlow, on a *folder* of learner modules loaded by
path; pointing the engine at one folder per mutant costs a fork per mutant, where each
tool would pay an import of TensorFlow (seconds) or see none of the workers' imports.
"""

from __future__ import annotations

import argparse
import ast
import copy
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

from tfkata import catalogue
from tfkata.engine import Job, Run
from tfkata.paths import SOLUTIONS
from tfkata.results import DONE

HERE = Path(__file__).parent
EQUIVALENTS = HERE / "equivalents.toml"
SCORE = HERE / "SCORE.md"
HELD_OUT = "## Held-out learner mistakes"  # the section of SCORE.md that tests/mutation/heldout.py writes
GOAL = 0.98

# Plausible swaps of a learner's spelled choices: each word becomes the next in its group.
WORDS = [
    ["relu", "sigmoid", "softmax", "tanh", "linear"],
    ["adam", "sgd", "rmsprop"],
    ["accuracy", "mae", "mse"],
    ["binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy", "mse"],
    ["int", "categorical", "binary"],
    ["training", "validation"],
    ["loss", "val_loss", "accuracy", "val_accuracy"],
    ["l1", "l2"],
    ["horizontal", "vertical", "horizontal_and_vertical"],
    ["max", "min", "auto"],
    ["float32", "float64", "int32"],
]
# Plausible swaps of a called function or method: each becomes its neighbour.
CALLS = {
    "argmax": "argmin", "argmin": "argmax", "max": "min", "min": "max", "mean": "sum", "sum": "mean",
    "std": "var", "var": "std", "floor": "ceil", "ceil": "floor", "round": "int", "sorted": "reversed",
    "shuffle": "batch", "batch": "shuffle", "cache": "prefetch", "prefetch": "cache",
    "concatenate": "zip", "sample": "choices", "copy2": "move", "listdir": "scandir",
    "train_on_batch": "test_on_batch", "evaluate": "predict", "predict": "evaluate",
    "GlobalAveragePooling2D": "GlobalMaxPooling2D", "GlobalAveragePooling1D": "GlobalMaxPooling1D",
    "Adam": "RMSprop", "RMSprop": "Adam", "L2": "L1", "L1": "L2", "Dropout": "SpatialDropout1D",
}
SWAP_OPS = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.FloorDiv, ast.FloorDiv: ast.Div,
    ast.Pow: ast.Mult, ast.Mod: ast.FloorDiv,
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.And: ast.Or, ast.Or: ast.And,
}


@dataclass(frozen=True)
class Mutant:
    module: str
    function: str
    line: int
    change: str  # e.g. "`a / b` -> `a // b`"; with the function, the mutant's stable name
    source: str  # the whole mutated module
    ids: tuple[str, ...]  # the exercises whose code it touches

    @property
    def key(self) -> str:
        return f"{self.module}.{self.function}: {self.change}"


def _short(node: ast.AST, limit: int = 60) -> str:
    text = ast.unparse(node)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _word_swap(value: str) -> str:
    for group in WORDS:
        if value in group:
            return group[(group.index(value) + 1) % len(group)]
    return f"XX{value}XX"


def _callee(call: ast.Call) -> str:
    return f"{_short(call.func, 40)}(...)"


def _changes(node: ast.AST):
    """Every one-step change of ``node`` itself: (what changed, the replacement node)."""
    if isinstance(node, (ast.BinOp, ast.AugAssign, ast.BoolOp)) and type(node.op) in SWAP_OPS:
        new = copy.copy(node)
        new.op = SWAP_OPS[type(node.op)]()
        yield f"`{_short(node)}` -> `{_short(new)}`", new
    elif isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            if type(op) in SWAP_OPS:
                new = copy.copy(node)
                new.ops = [*node.ops[:index], SWAP_OPS[type(op)](), *node.ops[index + 1:]]
                yield f"`{_short(node)}` -> `{_short(new)}`", new
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        yield f"`{_short(node)}` -> `{_short(node.operand)}`", node.operand
    elif isinstance(node, ast.Constant) and isinstance(node.value, (bool, int, float, str)):
        value = node.value
        if isinstance(value, bool):
            new = not value
        elif isinstance(value, int):
            new = value + 1
        elif isinstance(value, float):
            new = value * 2 if value else 1.0
        else:
            new = _word_swap(value)
        yield f"`{value!r}` -> `{new!r}`", ast.Constant(new)
    elif isinstance(node, ast.Call):
        for index, keyword in enumerate(node.keywords):
            new = copy.copy(node)
            new.keywords = node.keywords[:index] + node.keywords[index + 1:]
            yield f"`{_short(keyword)}` dropped from `{_callee(node)}`", new
        for index, argument in enumerate(node.args):
            new = copy.copy(node)
            new.args = node.args[:index] + node.args[index + 1:]
            yield f"argument {index + 1} `{_short(argument)}` dropped from `{_callee(node)}`", new
        if len(node.args) == 1 and not node.keywords and not isinstance(node.args[0], ast.Starred):
            yield f"`{_callee(node)}` left out around `{_short(node.args[0])}`", node.args[0]
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call):
            yield f"`.{node.func.attr}(...)` left out of a chain", node.func.value
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
        if name in CALLS:
            new = copy.copy(node)
            if isinstance(node.func, ast.Attribute):
                new.func = ast.Attribute(node.func.value, CALLS[name], ast.Load())
            else:
                new.func = ast.Name(CALLS[name], ast.Load())
            yield f"`{name}(...)` -> `{CALLS[name]}(...)`", new
    elif isinstance(node, (ast.List, ast.Tuple)) and len(node.elts) >= 2 and isinstance(node.ctx, ast.Load):
        for index, element in enumerate(node.elts):
            new = copy.copy(node)
            new.elts = node.elts[:index] + node.elts[index + 1:]
            yield f"item {index + 1} `{_short(element)}` dropped from a {type(node).__name__.lower()}", new


def _droppable(statement: ast.stmt) -> bool:
    """A statement whose absence is a plausible mistake: a call made for its effect, or a setting."""
    if isinstance(statement, ast.Expr):
        return isinstance(statement.value, ast.Call)
    targets = statement.targets if isinstance(statement, ast.Assign) else [getattr(statement, "target", None)]
    return isinstance(statement, (ast.Assign, ast.AugAssign)) and all(
        isinstance(t, (ast.Attribute, ast.Subscript)) for t in targets)


class _Sites(ast.NodeVisitor):
    """Every place in a function where a one-step change can be made."""

    def __init__(self):
        self.sites: list[tuple[ast.AST, str]] = []  # (node, "node" | "drop")

    def generic_visit(self, node):
        if isinstance(node, ast.JoinedStr):
            return  # message text: changing it changes no behaviour a grader should judge
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            return  # docstrings
        if isinstance(node, ast.stmt) and _droppable(node):
            self.sites.append((node, "drop"))
        self.sites.append((node, "node"))
        super().generic_visit(node)


def _replace(tree: ast.AST, target: ast.AST, replacement: ast.AST | None) -> ast.AST:
    """A copy of ``tree`` with ``target`` replaced (or, a statement, replaced by ``pass``)."""
    class Swap(ast.NodeTransformer):
        def visit(self, node):
            if node is target:
                return replacement if replacement is not None else ast.Pass()
            return super().visit(node)
    return ast.fix_missing_locations(Swap().visit(copy.deepcopy(tree, {id(target): target})))


def _definitions(tree: ast.Module) -> dict[str, ast.AST]:
    """The module's top-level functions, classes and constants, by name."""
    named = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            named[node.name] = node
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            named[node.targets[0].id] = node
    return named


def _parts(definition: ast.AST) -> list[ast.AST]:
    """Where a definition's behaviour is spelled: a function's defaults and body, a class's body, a value."""
    if isinstance(definition, ast.Assign):
        return [definition.value]
    if isinstance(definition, ast.ClassDef):
        return definition.body
    return [*definition.args.defaults, *filter(None, definition.args.kw_defaults), *definition.body]


def _users(tree: ast.Module, book: catalogue.Catalogue, module: str) -> dict[str, tuple[str, ...]]:
    """For each top-level definition, the exercises whose code uses it (itself or through others)."""
    functions = _definitions(tree)
    calls = {name: {n.id for n in ast.walk(f) if isinstance(n, ast.Name) and n.id in functions}
             for name, f in functions.items()}
    exercises = {e.function: e.id for e in book.exercises.values() if e.module == module}
    users = {}
    for name in functions:
        reached = {e for e in exercises if _reaches(e, name, calls)}
        users[name] = tuple(sorted((exercises[e] for e in reached), key=book.position))
    return users


def _reaches(start: str, goal: str, calls: dict[str, set[str]]) -> bool:
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name == goal:
            return True
        if name not in seen:
            seen.add(name)
            todo.extend(calls.get(name, ()))
    return False


def mutants(module: str, book: catalogue.Catalogue | None = None) -> list[Mutant]:
    """Every mutant of solutions/<module>.py, in source order."""
    book = book or catalogue.load()
    tree = ast.parse((SOLUTIONS / f"{module}.py").read_text())
    users = _users(tree, book, module)
    found, names = [], Counter()
    for name, definition in _definitions(tree).items():
        if not users[name]:
            continue
        sites = _Sites()
        for part in _parts(definition):
            sites.visit(part)
        for node, kind in sites.sites:
            replacements = [(f"`{_short(node)}` dropped", None)] if kind == "drop" else _changes(node)
            for change, new in replacements:
                names[(name, change)] += 1
                if names[(name, change)] > 1:
                    change += f" #{names[(name, change)]}"
                source = ast.unparse(_replace(tree, node, new))
                found.append(Mutant(module, name, node.lineno, change, source, users[name]))
    return found


def equivalents() -> dict[str, str]:
    """Mutants that are still right answers: their key -> why."""
    with EQUIVALENTS.open("rb") as file:
        return {entry["mutant"]: entry["why"] for entry in tomllib.load(file).get("equivalent", [])}


@dataclass
class Outcome:
    mutant: Mutant
    killed: bool
    verdicts: str  # e.g. "fundamentals.scale_pixels: wrong"


def grade(chosen: list[Mutant], jobs: int | None = None, progress=print) -> list[Outcome]:
    """Grade each mutant in a folder of its own; one worker may grade many (the code is the kit's)."""
    root = Path(tempfile.mkdtemp(prefix="tfkata-mutants-"))
    try:
        work = []
        for number, mutant in enumerate(chosen):
            folder = root / str(number)
            folder.mkdir()
            (folder / f"{mutant.module}.py").write_text(mutant.source)
            work.append(Job(folder, list(mutant.ids)))
        pending = Counter({n: len(m.ids) for n, m in enumerate(chosen)})
        done = []
        start = time.monotonic()

        def seen(job, verdict):
            pending[job] -= 1
            if pending[job] == 0:
                done.append(job)
                if len(done) % 25 == 0 or len(done) == len(chosen):
                    rate = (time.monotonic() - start) / len(done)
                    progress(f"  {len(done)}/{len(chosen)} graded, {rate:.2f} s each, "
                             f"~{rate * (len(chosen) - len(done)) / 60:.0f} min left")

        results = Run(work, workers=jobs, reuse=True, on_verdict=seen).execute()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [Outcome(m, any(v.status != DONE for v in r.verdicts.values()),
                    ", ".join(f"{i}: {v.status}" for i, v in r.verdicts.items()))
            for m, r in zip(chosen, results)]


def score_table(outcomes: list[Outcome], known: dict[str, str]) -> tuple[list[str], bool]:
    """Markdown lines of the score per section and in total; whether every section meets the goal."""
    lines = ["| section | mutants | killed | equivalent | survived | score |", "|---|---:|---:|---:|---:|---:|"]
    met = True
    sections = sorted({o.mutant.module for o in outcomes})
    for section in [*sections, "total"]:
        mine = [o for o in outcomes if section in ("total", o.mutant.module)]
        killed = sum(o.killed for o in mine)
        equivalent = sum(not o.killed and o.mutant.key in known for o in mine)
        survived = len(mine) - killed - equivalent
        score = killed / max(1, killed + survived)
        met &= score >= GOAL
        name = f"**{section}**" if section == "total" else section
        lines.append(f"| {name} | {len(mine)} | {killed} | {equivalent} | {survived} | {score:.1%} |")
    return lines, met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section", action="append", help="only this section (repeatable)")
    parser.add_argument("--function", action="append", help="only mutants of this function (repeatable)")
    parser.add_argument("--jobs", type=int, help="workers (default: the cores, at most 4)")
    parser.add_argument("--list", action="store_true", help="print the mutants; grade nothing")
    args = parser.parse_args(argv)
    book = catalogue.load()
    sections = args.section or sorted({e.module for e in book.exercises.values()})
    chosen = [m for s in sections for m in mutants(s, book) if not args.function or m.function in args.function]
    if args.list:
        for m in chosen:
            print(f"{m.module}.py:{m.line}  {m.key}")
        print(f"{len(chosen)} mutants")
        return 0
    known = equivalents()
    print(f"grading {len(chosen)} mutants of {', '.join(sections)}", flush=True)
    started = time.monotonic()
    outcomes = grade(chosen, args.jobs, progress=lambda line: print(line, flush=True))
    lines, met = score_table(outcomes, known)
    survivors = [o for o in outcomes if not o.killed and o.mutant.key not in known]
    stale = [] if args.function else sorted(
        k for k in set(known) - {m.key for m in chosen} if k.split(".")[0] in sections)
    print("\n".join(lines))
    for o in survivors:
        print(f"SURVIVED {o.mutant.module}.py:{o.mutant.line}  {o.mutant.key}")
    for key in (o.mutant.key for o in outcomes if o.killed and o.mutant.key in known):
        print(f"listed as equivalent but killed (remove it from equivalents.toml): {key}")
    for key in stale:
        print(f"listed as equivalent but no such mutant: {key}")
    minutes = (time.monotonic() - started) / 60
    print(f"{len(chosen)} mutants in {minutes:.1f} min")
    if not args.section and not args.function:
        kept = SCORE.read_text(encoding="utf-8") if SCORE.is_file() else ""
        kept = kept[kept.index(HELD_OUT):] if HELD_OUT in kept else ""  # tests/mutation/heldout.py's rounds
        SCORE.write_text(
            "# Mutation score of the graders\n\n"
            "Each mutant is `solutions/` with one small change, graded on the exercises it touches "
            "(`tests/mutation/mutants.py`). Equivalent mutants (still right answers) are listed with "
            "their reason in `equivalents.toml`; the score is killed / (killed + survived).\n\n"
            "Reproduce: `python tests/mutation/mutants.py` "
            f"({len(chosen)} mutants, {minutes:.0f} min on 2 cores).\n\n" + "\n".join(lines) + "\n"
            + ("\nSurvivors:\n\n" + "\n".join(f"- `{o.mutant.key}`" for o in survivors) + "\n" if survivors else "")
            + ("\n" + kept if kept else ""))
    return 0 if met and not stale else 1


if __name__ == "__main__":
    sys.exit(main())
