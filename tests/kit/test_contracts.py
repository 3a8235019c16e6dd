"""Every exercise's contract is written down beside its graders, clause by clause.

``tests/graders/contracts/<section>.toml`` holds, per exercise, each clause of the contract
its docstring states, and what checks it: a grader test of that exercise in
``tests/graders/test_<section>.py``, ``signature`` (the kit's check of the stub's
parameters and defaults, tfkata/signature.py), or ``unchecked: <why>``.
"""

import ast
from pathlib import Path

import pytest
from tfkata import catalogue

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

GRADERS = Path(__file__).parents[1] / "graders"
BOOK = catalogue.load()
SECTIONS = sorted({e.module for e in BOOK.exercises.values()})


def grader_tests(section: str) -> dict[str, set[str]]:
    """Exercise id -> names of the grader tests marked with it."""
    marked = {}
    for node in ast.parse((GRADERS / f"test_{section}.py").read_text()).body:
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                if (isinstance(decorator, ast.Call) and ast.unparse(decorator.func) in ("exercise", "pytest.mark.exercise")
                        and decorator.args):
                    marked.setdefault(ast.literal_eval(decorator.args[0]), set()).add(node.name)
    return marked


def contract(section: str) -> dict:
    with (GRADERS / "contracts" / f"{section}.toml").open("rb") as file:
        return tomllib.load(file)


@pytest.mark.parametrize("section", SECTIONS)
def test_every_clause_names_its_check(section):
    tests = grader_tests(section)
    table = contract(section)
    functions = {e.function: e.id for e in BOOK.exercises.values() if e.module == section}
    assert set(table) == set(functions), f"contracts/{section}.toml: exercises {set(functions) ^ set(table)}"
    for function, clauses in table.items():
        mine = tests.get(functions[function], set())
        assert clauses, f"{function}: no clauses"
        for clause, check in clauses.items():
            checks = [check] if isinstance(check, str) else check
            for name in checks:
                assert name == "signature" or name.startswith("unchecked: ") or name in mine, (
                    f"{section}.{function}: {clause!r} names {name!r}, not a grader test of this exercise")
        cited = {n for c in clauses.values() for n in ([c] if isinstance(c, str) else c)}
        assert mine <= cited, f"{section}.{function}: grader tests no clause names: {sorted(mine - cited)}"
