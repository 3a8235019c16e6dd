"""What one exercise's code may change for a whole worker process, put back before the next exercise.

A worker grades a batch of exercises one after another, so a learner's code for one of them
could change what the graders of the next rely on: ``np.allclose = ...``, ``keras.Model.fit =
...``, ``keras.mixed_precision.set_global_policy("mixed_float16")``, ``os.chdir``, a deleted
working folder. ``Snapshot`` records, once, what the graders see (the attributes of the modules
of NumPy, Keras, TensorFlow's API, matplotlib, Hypothesis, pytest, the kit, its graders and the
standard library's common modules, and of the classes they hold; Keras' global state; the
environment; ``sys.path``; matplotlib's settings; NumPy's error and print settings; the
working folder) and ``restore`` puts back whatever differs. Attributes added to a class since
are removed; those added to a module are left (a module imported meanwhile adds its name to
its package).
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

# TensorFlow's public API (its internals are 1,300 modules more: what they define is reached through the API)
_LIBRARIES = ("numpy", "keras", "tensorflow._api", "matplotlib", "hypothesis", "pytest", "_pytest", "tfkata", "test_")
_STANDARD = {"builtins", "os", "posixpath", "ntpath", "shutil", "pathlib", "tempfile", "random", "math", "json",
             "time", "io", "functools", "itertools", "copy", "pickle", "re", "subprocess", "signal", "warnings",
             "importlib", "inspect", "traceback", "gc", "threading", "contextlib", "collections", "operator"}
_MISSING = object()


def _watched(name: str) -> bool:
    return name in _STANDARD or name == "tensorflow" or name.startswith(_LIBRARIES)


class Snapshot:
    def __init__(self, folders: tuple[Path, ...] = ()):
        import matplotlib
        import numpy as np
        from keras.src.backend.common import global_state

        self.modules = [(m, dict(vars(m))) for name, m in list(sys.modules.items())
                        if m is not None and _watched(name) and hasattr(m, "__dict__")]
        classes = {id(c): c for _, saved in self.modules for c in saved.values() if isinstance(c, type)}
        self.classes = [(c, dict(vars(c))) for c in classes.values()]
        self.keras = dict(vars(global_state.GLOBAL_STATE_TRACKER))
        self.environ = dict(os.environ)
        self.path = list(sys.path)
        self.rc = dict(matplotlib.rcParams)
        self.numpy = (np.geterr(), np.get_printoptions())
        self.folders = folders
        self.cwd = os.getcwd()

    def restore(self) -> None:
        import matplotlib
        import numpy as np
        from keras.src.backend.common import global_state
        from matplotlib import pyplot

        for owner, saved in self.modules:
            _put_back(owner.__dict__, saved, owner.__dict__.__setitem__)
        for owner, saved in self.classes:
            _put_back(owner.__dict__, saved, lambda key, value, c=owner: type.__setattr__(c, key, value),
                      lambda key, c=owner: type.__delattr__(c, key))
        tracker = vars(global_state.GLOBAL_STATE_TRACKER)
        tracker.clear()
        tracker.update(self.keras)
        if os.environ != self.environ:
            os.environ.clear()
            os.environ.update(self.environ)
        sys.path[:] = self.path
        pyplot.close("all")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            matplotlib.rcParams.update(self.rc)
        np.seterr(**self.numpy[0])
        np.set_printoptions(**self.numpy[1])
        for folder in self.folders:
            folder.mkdir(parents=True, exist_ok=True)
        os.chdir(self.cwd)


def _put_back(now, saved: dict, put, remove=None) -> None:
    """Each attribute of ``saved`` that ``now`` has lost or replaced, put back with ``put(key, value)``; with
    ``remove``, each attribute added since is removed (on a class, it would hide an inherited one)."""
    try:
        if now == saved:  # in C; each unchanged value is the same object, which compares equal unasked
            return
    except Exception:  # noqa: BLE001 - a changed value that cannot be compared (an array): looked at below
        pass
    changes = [(put, (key, value)) for key, value in saved.items() if now.get(key, _MISSING) is not value]
    changes += [(remove, (key,)) for key in now if key not in saved] if remove else []
    for change, args in changes:
        try:
            change(*args)
        except (AttributeError, TypeError):  # a built-in type's attribute, which no code can change either
            pass
