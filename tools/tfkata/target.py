"""Load a folder of exercise modules by path and hand out the learner's functions."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Callable

from . import known_errors
from .catalogue import Exercise
from .paths import shown
from .problems import BrokenModule, LearnerRaised, NotStarted, Problem, first_line, learner_frame


class Target:
    """One folder of exercise modules (exercises/, solutions/, or a learner's copy)."""

    def __init__(self, folder: Path):
        self.folder = folder
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
        if not path.is_file():
            return NotStarted(f"not started: there is no {shown(path)}")
        qualified = f"tfkata_target_{self._tag}.{name}"
        spec = importlib.util.spec_from_file_location(qualified, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module
        try:
            spec.loader.exec_module(module)
        except Exception as error:  # noqa: BLE001 - any import failure is the learner's to fix
            del sys.modules[qualified]
            frame = learner_frame(error, path)
            line = getattr(error, "lineno", None) or (frame and frame[1])
            where = f"{shown(path)}" + (f", line {line}" if line else "")
            lesson = known_errors.lesson_for(error)
            return BrokenModule(
                f"{where} does not import: {type(error).__name__}: {first_line(error)}\n"
                + (f"{lesson}\n" if lesson else "")
                + "fix it first: every exercise in this file is graded only once it imports"
            )
        return module

    def function(self, exercise: Exercise) -> Callable:
        """The learner's function, wrapped so that its failures read as lessons."""
        module = self.module(exercise.module)
        fn = getattr(module, exercise.function, None)
        if not callable(fn):
            raise NotStarted(
                f"not started: {shown(self.folder / (exercise.module + '.py'))} "
                f"has no function {exercise.function}()"
            )
        path = Path(module.__file__)

        @functools.wraps(fn)
        def call(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except NotImplementedError:
                raise NotStarted(
                    f"not started: {exercise.function}() in {shown(path)} still raises "
                    f"NotImplementedError (try: tfkata hint {exercise.id})"
                ) from None
            except Problem:
                raise
            except Exception as error:
                raise LearnerRaised(f"{exercise.function}()", error, learner_frame(error, self.folder)) from error

        return call
