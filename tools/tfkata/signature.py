"""The stub's signature is part of each exercise's contract: its parameters and defaults.

A grader calls the learner's function by the stub's parameter names and relies on the
defaults its docstring promises (``threshold=0.98``, ``weights="imagenet"``); a learner
who renames a parameter or changes a default is told so before any grader runs.
"""

from __future__ import annotations

import ast
import functools
import inspect
from typing import Callable

from .catalogue import Exercise
from .i18n import _
from .paths import STUBS
from .problems import Mistake

_UNKNOWN = object()  # a default the stub spells as an expression (not a literal): not compared


@functools.lru_cache(maxsize=None)
def stub_parameters(module: str, function: str) -> tuple[tuple[str, object], ...]:
    """(name, default) of each parameter of the pristine stub; inspect.Parameter.empty when required."""
    tree = ast.parse((STUBS / f"{module}.py").read_text())
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function)
    args = node.args
    positional = args.posonlyargs + args.args
    defaults = [inspect.Parameter.empty] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults)) + [
        (a, d if d is not None else inspect.Parameter.empty) for a, d in zip(args.kwonlyargs, args.kw_defaults)]
    return tuple((a.arg, _literal(d)) for a, d in pairs)


def _literal(node) -> object:
    if node is inspect.Parameter.empty:
        return node
    try:
        return ast.literal_eval(node)
    except ValueError:
        return _UNKNOWN


def _same(found: object, expected: object) -> bool:
    if isinstance(found, (list, tuple)) and isinstance(expected, (list, tuple)):
        return len(found) == len(expected) and all(map(_same, found, expected))
    return type(found) is type(expected) and found == expected or (
        isinstance(found, (int, float)) and isinstance(expected, (int, float))
        and not isinstance(found, bool) and not isinstance(expected, bool) and found == expected)


def expect_signature(fn: Callable, exercise: Exercise) -> None:
    """The learner's function keeps the stub's defaults (a parameter renamed is matched by position;
    one that is missing shows up as soon as a grader passes it)."""
    try:
        found = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):  # a builtin or a C function: nothing to read
        return
    by_name = {p.name: p for p in found}
    for index, (name, default) in enumerate(stub_parameters(exercise.module, exercise.function)):
        mine = by_name.get(name) or (found[index] if index < len(found) else None)
        if mine is None or mine.kind in (mine.VAR_POSITIONAL, mine.VAR_KEYWORD):
            continue
        if default is inspect.Parameter.empty or default is _UNKNOWN:
            continue
        if mine.default is inspect.Parameter.empty or not _same(mine.default, default):
            found_default = _("{name} without a default").format(name=mine.name) \
                if mine.default is inspect.Parameter.empty else f"{mine.name}={mine.default!r}"
            raise Mistake(_("default of {name}").format(name=name), found_default, f"{name}={default!r}",
                          _("keep the stub's defaults: the docstring promises them to whoever calls without "
                            "that argument"))
