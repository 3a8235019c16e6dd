"""Load a folder of exercise modules by path and hand out the learner's functions."""

from __future__ import annotations

import functools
import hashlib
import importlib.machinery
import importlib.util
import os
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Callable

from . import catalogue, fresh, known_errors, signature, spelling
from .catalogue import Exercise
from .i18n import _
from .paths import shown
from .problems import BrokenModule, LearnerRaised, NotStarted, Problem, first_line, is_timeout, learner_frame


class _SourceOnly(importlib.machinery.SourceFileLoader):
    """Loads a module from its source, never from a ``__pycache__`` .pyc: a folder's bytecode may be compiled
    from other code than the source beside it."""

    def get_code(self, fullname: str):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)


def _passes_through(error: BaseException) -> bool:
    """The kit's own signals pass through the learner's code: a lesson, or the test's time limit."""
    return isinstance(error, Problem) or is_timeout(error)


class Target:
    """One folder of exercise modules (exercises/, solutions/, or a learner's copy).

    ``on_import(phase, module)`` is told "importing" before a learner module runs and
    "imported" after, so that a crash or a hang at import is blamed on the module.
    """

    def __init__(self, folder: Path, on_import: Callable[[str, str], None] = lambda phase, module: None):
        self.folder = folder
        self.on_import = on_import
        self._tag = hashlib.sha1(str(folder).encode()).hexdigest()[:8]
        self._modules: dict[str, ModuleType | Problem] = {}

    def module(self, name: str) -> ModuleType:
        """Import ``name``.py from the folder once; a failure is raised as a lesson."""
        if name not in self._modules:
            self._modules[name] = self._load(name)
        loaded = self._modules[name]
        if isinstance(loaded, Problem):
            raise loaded
        return loaded

    def _load(self, name: str) -> ModuleType | Problem:
        path = self.folder / f"{name}.py"
        if path.is_symlink() and not path.exists():  # in a sandbox: a link to a file outside it (a classmate's)
            return BrokenModule(_("{path} is a link to {other}, which this grading cannot see: only the folder's "
                                  "own files are graded").format(path=shown(path), other=os.readlink(path)))
        if not path.is_file():
            return NotStarted(_("not started: there is no {path}").format(path=shown(path)))
        qualified = f"tfkata_target_{self._tag}.{name}"
        spec = importlib.util.spec_from_file_location(qualified, path, loader=_SourceOnly(qualified, str(path)))
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module
        self.on_import("importing", name)
        try:
            spec.loader.exec_module(module)
        except BaseException as error:  # noqa: BLE001 - any import failure is the learner's to fix
            del sys.modules[qualified]
            if _passes_through(error):  # stopped while importing: it never was imported
                raise
            self.on_import("imported", name)
            frame = learner_frame(error, path)
            line = getattr(error, "lineno", None) or (frame and frame[1])
            where = _("{path}, line {line}").format(path=shown(path), line=line) if line else f"{shown(path)}"
            lesson = known_errors.lesson_for(error)
            return BrokenModule(
                _("{where} does not import: {error}: {message}").format(
                    where=where, error=type(error).__name__, message=first_line(error)) + "\n"
                + (f"{lesson}\n" if lesson else "")
                + _("fix it first: every exercise in this file is graded only once it imports")
            )
        self.on_import("imported", name)
        return module

    def functions(self, section: str, names) -> dict[str, Callable]:
        """The learner's functions ``names`` of the catalogue's ``section``, each as ``function`` gives it."""
        book = catalogue.load()
        return {name: self.function(book.get(f"{section}.{name}")) for name in names}

    def function(self, exercise: Exercise) -> Callable:
        """The learner's function, wrapped so that its failures read as lessons."""
        module = self.module(exercise.module)
        fn = getattr(module, exercise.function, None)
        if not callable(fn):
            raise NotStarted(_("not started: {path} has no function {function}()").format(
                path=shown(self.folder / (exercise.module + ".py")), function=exercise.function))
        path = Path(module.__file__)
        signature.expect_signature(fn, exercise)

        @functools.wraps(fn)
        def call(*args, **kwargs):
            watched = fresh.Call(module, fn, args, kwargs)
            try:
                value = fn(*args, **kwargs)
            except NotImplementedError as error:
                raiser = _raised_in(error, path)
                if raiser and raiser != exercise.function:  # note 002's alpaca_model calls data_augmenter()
                    waiting = next((e.id for e in catalogue.load().in_section(exercise.section.id)
                                    if e.function == raiser), None)
                    raise NotStarted(_("not started: {function}() calls {other}(), which still raises "
                                       "NotImplementedError: do {first} first").format(
                        function=exercise.function, other=raiser, first=waiting or raiser + "()")) from None
                raise NotStarted(_("not started: {function}() in {path} still raises NotImplementedError "
                                   "(try: {command})").format(function=exercise.function, path=shown(path),
                                                             command=f"tfkata hint {exercise.id}")) from None
            except BaseException as error:  # sys.exit, pytest.skip and the like are the learner's too
                if _passes_through(error):
                    raise
                raise LearnerRaised(f"{exercise.function}()", error, learner_frame(error, self.folder)) from error
            watched.expect_fresh(value)
            spelling.tip_on(value)
            return value

        return call


def _raised_in(error: BaseException, path: Path) -> str | None:
    """The function of the learner's module ``path`` that raised ``error`` (the innermost one)."""
    frames = [frame for frame, _ in traceback.walk_tb(error.__traceback__)
              if Path(frame.f_code.co_filename) == path]
    return frames[-1].f_code.co_name if frames else None
