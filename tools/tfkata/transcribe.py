"""A notebook's functions written out as exercise modules, so that the engine grades them as files.

The graders grade a folder of modules (``fundamentals.py``, ``data.py``...), in worker
processes that never see the notebook. ``Transcript`` writes one: the pristine stub's
import lines first (so the usual names exist), then, for each function the learner hands
in, its source and what it takes from the notebook. What a function takes is each global
name its code reads (its code's ``co_names``, nested code included, that its source reads
as a name, plus the names its decorators and defaults read), looked up where the function
was defined:

- a module: an import line (``import numpy as np``, ``from matplotlib import pyplot as plt``);
- a function or class defined in the notebook: its source, and in turn what it takes;
- a function or class from a module: ``from module import name``;
- a simple constant (None, a bool, number or string, or a tuple, list, set or dict of them):
  an assignment of its ``repr``;
- anything else (an array, a model): left behind and named in ``Transcript.left_behind``,
  since the kit cannot write it into a file.

Nothing here imports TensorFlow, nor runs the learner's code.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import linecache
import math
import sys
import textwrap
import types
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue
from .i18n import _
from .paths import STUBS


class SourceError(ValueError):
    """A function whose source the kit cannot read; the message (one line) says what to do."""


@dataclass
class Piece:
    """A block of the module: its text and, for a definition, where its source came from."""

    text: str
    name: str = ""  # the function or class it defines
    filename: str = ""  # the file (a notebook cell's) its source was read from
    first_line: int = 0  # that source's first line there


@dataclass
class Transcript:
    """One exercise module being written (``module``.py), from functions handed in one by one."""

    module: str
    header: list[str] = field(default_factory=list)  # the stub's imports
    imports: dict[str, str] = field(default_factory=dict)  # name -> its import line
    constants: dict[str, str] = field(default_factory=dict)  # name -> its assignment
    definitions: dict[str, Piece] = field(default_factory=dict)  # name -> its def or class, helpers first
    aliases: dict[str, str] = field(default_factory=dict)  # a name -> the function or class it stands for
    left_behind: dict[str, str] = field(default_factory=dict)  # name -> what it is, for the learner

    def __post_init__(self):
        if not self.header:
            self.header = stub_imports(self.module)

    # ---------------------------------------------------------------- what goes in

    def add(self, name: str, function) -> None:
        """``function`` as the exercise function ``name``: its source, what it needs, and an alias when
        it is called otherwise. Raises SourceError (nothing added) when its source cannot be read."""
        inner = _function_itself(name, function)
        saved = self._state()
        try:
            self._define(function, inner.__globals__, name)
            if inner.__name__ != name and name in self.definitions:
                raise SourceError(_("{function}() uses another {name}() of yours, and the kit grades "
                                    "{function}() as {name}(): give one of the two another name").format(
                    function=inner.__name__, name=name))
        except SourceError:
            self._restore(saved)
            raise
        if inner.__name__ != name:
            self.aliases[name] = inner.__name__

    def _state(self) -> tuple:
        return (dict(self.imports), dict(self.constants), dict(self.definitions), dict(self.aliases),
                dict(self.left_behind))

    def _restore(self, state: tuple) -> None:
        self.imports, self.constants, self.definitions, self.aliases, self.left_behind = state

    def _define(self, obj, namespace: dict, called: str) -> str:
        """Add a function or class of the learner's (which the notebook ``called``) under its own name,
        the one its source defines; returns that name."""
        name = obj.__name__ if isinstance(obj, type) else _function_itself(called, obj).__name__
        if name in self.definitions:
            return name
        piece = _class_piece(name, obj) if isinstance(obj, type) else _function_piece(name, obj)
        self.definitions[name] = piece  # taken: a helper that calls back does not add it twice
        for needed in sorted(_global_reads(obj, piece.text)):
            self._take(needed, namespace)
        self.definitions[name] = self.definitions.pop(name)  # after the helpers it needs (bases, decorators)
        return name

    def _take(self, name: str, namespace: dict) -> None:
        if name not in namespace or any(name in taken for taken in (self.definitions, self.imports, self.constants,
                                                                    self.aliases)):
            return  # a builtin, an undefined name (the grader will say so), or already taken
        value = namespace[name]
        if hasattr(builtins, name) and not (_from_notebook(value, namespace) or _is_constant(value)):
            return  # a builtin, maybe as the notebook wraps it (IPython's open)
        if isinstance(value, types.ModuleType):
            self.imports[name] = import_line(name, value)
        elif _from_notebook(value, namespace):
            defined = self._define(value, _namespace_of(value, namespace), name)
            if defined != name:  # the notebook calls it by another name too: helper = my_helper
                self.aliases[name] = defined
        elif (line := _import_from(name, value)) is not None:
            self.imports[name] = line
        elif _is_constant(value):
            self.constants[name] = f"{name} = {value!r}"
        else:
            self.left_behind[name] = f"{type(value).__module__}.{type(value).__qualname__}".removeprefix("builtins.")

    # ---------------------------------------------------------------- what comes out

    def _pieces(self) -> list[Piece]:
        blocks = [Piece("\n".join(self.header))] if self.header else []
        taken = [line for line in dict.fromkeys(self.imports.values()) if line not in self.header]
        if taken:
            blocks.append(Piece("\n".join(taken)))
        if self.constants:
            blocks.append(Piece("\n".join(self.constants.values())))
        blocks += list(self.definitions.values())
        if self.aliases:
            blocks.append(Piece("\n".join(f"{name} = {given}" for name, given in self.aliases.items())))
        return blocks

    def _layout(self) -> tuple[str, list[tuple[int, Piece]]]:
        """The module's text, and the line each piece starts at."""
        lines = [f'"""{self.module}.py as tfkata wrote it from a notebook, to grade it."""']
        starts = []
        for piece in self._pieces():
            lines += ["", ""]
            starts.append((len(lines) + 1, piece))
            lines += piece.text.rstrip("\n").split("\n")
        return "\n".join(lines) + "\n", starts

    def source(self) -> str:
        return self._layout()[0]

    def origin(self, line: int) -> tuple[Piece, int] | None:
        """The definition that ``line`` of the written module belongs to, and the line of its source there."""
        for start, piece in self._layout()[1]:
            size = piece.text.rstrip("\n").count("\n") + 1
            if start <= line < start + size and piece.name:
                return piece, piece.first_line + line - start
        return None

    def write(self, folder: Path) -> Path:
        path = folder / f"{self.module}.py"
        path.write_text(self.source(), encoding="utf-8")
        return path


def stub_imports(module: str) -> list[str]:
    """The import lines at the top of the pristine stub ``module``.py."""
    source = (STUBS / f"{module}.py").read_text(encoding="utf-8")
    return [ast.get_source_segment(source, node) for node in ast.parse(source).body
            if isinstance(node, (ast.Import, ast.ImportFrom))]


def import_line(name: str, module: types.ModuleType) -> str:
    """The line that binds ``name`` to ``module`` in a fresh module."""
    full = module.__name__
    if "." in full:
        parent, child = full.rsplit(".", 1)
        return f"from {parent} import {child}" + ("" if child == name else f" as {name}")
    return f"import {full}" + ("" if full == name else f" as {name}")


# -------------------------------------------------------------------- reading functions


def _function_itself(name: str, function) -> types.FunctionType:
    """The plain Python function behind ``function`` (under its decorators), or a SourceError."""
    inner = inspect.unwrap(function) if callable(function) else function
    if not isinstance(inner, types.FunctionType):
        if isinstance(inner, type):
            raise SourceError(_("{name} is not a function (it is a class): hand in the function you wrote with "
                                "def {name}(...), not a call of it or its result").format(name=name))
        raise SourceError(_("{name} is not a function (it is of type {type}): hand in the function you wrote with "
                            "def {name}(...), not a call of it or its result").format(
            name=name, type=type(inner).__name__))
    if inner.__name__ == "<lambda>":
        raise SourceError(_("{name} is a lambda, whose source the kit cannot read on its own: "
                            "write it as def {name}(...): in a cell, run the cell, and check again").format(name=name))
    if inner.__code__.co_freevars:
        raise SourceError(_("{function}() uses {names} of the function it was defined in: define it at the top "
                            "level of a cell, run the cell, and check again").format(
            function=inner.__name__, names=", ".join(inner.__code__.co_freevars)))
    return inner


def _function_piece(name: str, function) -> Piece:
    inner = inspect.unwrap(function)
    try:
        lines, first = inspect.getsourcelines(inner)
    except (OSError, TypeError):
        raise SourceError(_("cannot read the source of {function}() (defined with exec, or typed at a "
                            "prompt that keeps no source): define it with def in a notebook cell or a .py file, "
                            "run that, and check again").format(function=inner.__name__)) from None
    return Piece(textwrap.dedent("".join(lines)), name, inner.__code__.co_filename, first)


def _class_piece(name: str, cls: type) -> Piece:
    """A class's source. ``inspect.getsource`` finds a class by its module's file, which a notebook's
    ``__main__`` lacks (before Python 3.13): it is found in the cell its methods were compiled from,
    else in the newest cell that defines a class of its name."""
    try:
        lines, first = inspect.getsourcelines(cls)
        return Piece(textwrap.dedent("".join(lines)), name, inspect.getsourcefile(cls) or "", first)
    except (OSError, TypeError):
        pass
    files = [code.co_filename for code in _codes_of(cls)] + _cells_newest_first()
    for filename in dict.fromkeys(files):
        text = "".join(linecache.getlines(filename))
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        found = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and node.name == cls.__name__]
        if found:
            node = found[-1]
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            source = "".join(text.splitlines(keepends=True)[start - 1:node.end_lineno])
            return Piece(textwrap.dedent(source), name, filename, start)
    raise SourceError(_("cannot read the source of class {name}: define it in a notebook cell or a "
                        ".py file, run that, and check again").format(name=cls.__name__))


def _cells_newest_first() -> list[str]:
    """The file names IPython gave the cells run so far, the newest first (none outside IPython)."""
    shell = ipython()
    names = getattr(getattr(shell, "compile", None), "_filename_map", None) or {}
    return sorted(names, key=names.get, reverse=True)


def ipython():
    """The running IPython shell (a notebook's kernel, a terminal IPython), if any; IPython is not imported."""
    if "IPython" not in sys.modules:
        return None
    try:
        return sys.modules["IPython"].get_ipython()
    except AttributeError:
        return None


def _codes_of(obj) -> list[types.CodeType]:
    """The code objects of a function, or of a class's methods, nested ones included."""
    roots = []
    if isinstance(obj, type):
        for member in vars(obj).values():
            if isinstance(member, (staticmethod, classmethod)):
                member = member.__func__
            if isinstance(member, property):
                roots += [f.__code__ for f in (member.fget, member.fset, member.fdel) if f is not None]
            elif isinstance(member, types.FunctionType):
                roots.append(inspect.unwrap(member).__code__)
    else:
        roots.append(inspect.unwrap(obj).__code__)
    codes = []
    while roots:
        code = roots.pop()
        codes.append(code)
        roots += [c for c in code.co_consts if isinstance(c, types.CodeType)]
    return codes


def _global_reads(obj, source: str) -> set[str]:
    """The global names the definition reads: its code's co_names that its source reads as names
    (attribute names like ``.astype`` are co_names too), and every name read outside its body
    (decorators, defaults, annotations, base classes), which runs when the module is imported."""
    tree = ast.parse(source)
    node = tree.body[0]
    read = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    wanted = {name for code in _codes_of(obj) for name in code.co_names} & read
    outside = [*node.decorator_list]
    if isinstance(node, ast.ClassDef):
        outside += node.bases + node.keywords + [s for s in node.body
                                                 if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
    else:
        outside += [node.args, node.returns] if node.returns else [node.args]
    wanted |= {n.id for part in outside for n in ast.walk(part) if isinstance(n, ast.Name)}
    return wanted


def _namespace_of(obj, fallback: dict) -> dict:
    inner = inspect.unwrap(obj) if callable(obj) else obj
    if isinstance(inner, types.FunctionType):
        return inner.__globals__
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    return vars(module) if module is not None else fallback


def _from_notebook(value, namespace: dict) -> bool:
    """A function or class defined where the learner works (the notebook's ``__main__``), not imported."""
    if not (isinstance(value, type) or callable(value)):
        return False
    inner = inspect.unwrap(value) if callable(value) else value
    if not isinstance(inner, (types.FunctionType, type)):
        return False
    return getattr(inner, "__module__", None) in ("__main__", namespace.get("__name__"))


def _import_from(name: str, value) -> str | None:
    """``from module import thing as name`` for a function or class that its module holds by that name."""
    module_name = getattr(value, "__module__", None)
    qualname = getattr(value, "__qualname__", None) or getattr(value, "__name__", None)
    if not (isinstance(module_name, str) and isinstance(qualname, str)) or "." in qualname or "<" in qualname:
        return None
    module = sys.modules.get(module_name)
    if module is None or module_name == "__main__" or getattr(module, qualname, None) is not value:
        return None
    return f"from {module_name} import {qualname}" + ("" if qualname == name else f" as {name}")


_CONSTANTS = (type(None), bool, int, float, complex, str, bytes)


def _is_constant(value, depth: int = 0) -> bool:
    """A value whose repr, written into a module, gives it back: None, numbers, strings, and
    tuples, lists, sets and dicts of them (a NumPy number or array is not one)."""
    if depth > 20:
        return False
    if type(value) in _CONSTANTS:
        return not (isinstance(value, float) and not math.isfinite(value))
    if type(value) in (tuple, list, set, frozenset):
        return type(value) is not frozenset and all(_is_constant(v, depth + 1) for v in value)
    if type(value) is dict:
        return all(_is_constant(k, depth + 1) and _is_constant(v, depth + 1) for k, v in value.items())
    return False


# -------------------------------------------------------------------- a notebook's exercises


def defined_exercises(namespace: dict) -> dict[str, object]:
    """Exercise id -> the function of the exercise's name that ``namespace`` defines (functions only)."""
    found = {}
    for exercise in catalogue.load().exercises.values():
        value = namespace.get(exercise.function)
        if callable(value) and isinstance(inspect.unwrap(value), types.FunctionType):
            found[exercise.id] = value
    return found
