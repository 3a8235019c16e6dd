"""Where an exercise's function lives in a learner's module, read without importing it."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from . import catalogue
from .paths import shown


def function_span(source: str, name: str) -> tuple[int, int] | None:
    """The 0-based [first, end) lines of the top-level function ``name``, decorators included.

    A module that does not parse (the learner was mid-edit) is read line by line: the
    function runs from its ``def`` at column 0 to the next line at column 0 that is code.
    """
    spans = _function_spans(source)
    if spans is not None:
        return spans.get(name)
    lines = source.splitlines(keepends=True)
    pattern = re.compile(rf"(async\s+)?def\s+{re.escape(name)}\s*\(")
    start = next((i for i, line in enumerate(lines) if pattern.match(line)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines))
                if lines[i][:1] not in ("", " ", "\t", "\n", "\r", "#", ")", "]", "}")), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return start, end


@functools.lru_cache(maxsize=16)
def _function_spans(source: str) -> dict[str, tuple[int, int]] | None:
    """Each top-level function's span in ``source``, parsed once for all the functions asked for (the ledger
    asks for a module's every function at each verdict); None if it does not parse."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return None
    spans: dict[str, tuple[int, int]] = {}
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            spans.setdefault(node.name, (min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1,
                                         node.end_lineno))
    return spans


def replace_function(source: str, name: str, stub_source: str) -> str:
    """``source`` with its function ``name`` replaced by the stub's; appended if it has none."""
    stub_span = function_span(stub_source, name)
    if stub_span is None:
        raise LookupError(f"the pristine stub has no function {name}")
    stub = "".join(stub_source.splitlines(keepends=True)[stub_span[0]:stub_span[1]])
    if not stub.endswith("\n"):
        stub += "\n"
    span = function_span(source, name)
    lines = source.splitlines(keepends=True)
    if span is None:
        body = source if not source or source.endswith("\n") else source + "\n"
        return body + ("\n\n" if body.strip() else "") + stub
    before, after = "".join(lines[:span[0]]), "".join(lines[span[1]:])
    return before + stub + after


def location(target: Path, exercise: catalogue.Exercise) -> str:
    """``exercises/fundamentals.py:17``: where to edit the exercise (the module alone if the function is not there)."""
    path = target / f"{exercise.module}.py"
    try:
        span = function_span(path.read_text(encoding="utf-8"), exercise.function)
    except (OSError, UnicodeDecodeError):
        span = None
    return f"{shown(path)}:{span[0] + 1}" if span else str(shown(path))
