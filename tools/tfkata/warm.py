"""What every grading worker needs loaded, imported once by the engine's fork server.

Workers are forked from a process that has already paid for TensorFlow's import, so
a fresh worker costs a fork, not seconds. Nothing here may start a thread of
TensorFlow's (building a layer would): a fork copies only the thread that forks.
"""

import contextlib
import gc
import os
import sys

# Set here, where workers come from, and not in the process that grades: a notebook's kernel (or a
# learner's script) keeps its own plotting backend (and TensorFlow logging: tfkata.quiet). Workers draw into files.
os.environ["MPLBACKEND"] = "Agg"

# This server's stderr is the learner's terminal: TensorFlow's banners hushed while it loads.
from .quiet import load  # noqa: E402

load("hypothesis", "pytest", "tfkata.checks", "tfkata.inner", "tfkata.toydata", "tfkata.durable", "pytest_timeout",
     "numpy.random", "hypothesis.extra.numpy")
# And what a process's first grading session imports (pytest's plugins, which vary with its version): a check does
# not wait for them.
for _plugin in ("_hypothesis_pytestplugin", *(f"_pytest.{name}" for name in (
        "faulthandler", "helpconfig", "skipping", "tracemalloc", "warnings"))):
    with contextlib.suppress(ImportError):
        __import__(_plugin)
import keras  # noqa: E402  (loaded above)

# TensorFlow's import leaves ~a million objects that live until exit; the collector can
# skip them, and a worker's copy of them stays shared with the server.
gc.freeze()


def first_fit() -> None:
    """Build, compile and fit a small model: the first a process does costs about twice the next."""
    import numpy as np

    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse", metrics=["mae"])
    model.fit(np.zeros((8, 4), "float32"), np.zeros((8, 1), "float32"), epochs=1, verbose=0)


def learner_models(interrupted):
    """The models the graders send to learners' functions, built ahead in a learner process (tfkata.remote): what
    each grader's ``learner_models()`` (builders), if it has one, builds, until ``interrupted()`` says a call has
    come."""
    import importlib

    from .catalogue import load

    for module in sorted({section.module for section in load().sections.values()}):
        grader = importlib.import_module(f"test_{module}")
        for build in getattr(grader, "learner_models", list)():
            if interrupted():
                return
            yield build()


def warm_up(interrupted, first: str = "") -> None:
    """Get a worker that waits for its grading ready for it (never run in the server: this starts
    TensorFlow's threads). The first model a process builds and trains takes about twice as long
    as the next, so a small one is trained here; then the graders are imported as pytest will
    import them (``first``, the module expected next, before the others), and each one's own
    ``warm_up()``, if it has one, builds what its tests share. Warming stops as soon as
    ``interrupted()`` says a grading has arrived."""
    import importlib

    from .catalogue import load
    from .paths import GRADERS

    if interrupted():
        return
    first_fit()
    if str(GRADERS) not in sys.path:
        sys.path.insert(0, str(GRADERS))  # as pytest's default import mode does, so that it finds them imported
    modules = sorted({section.module for section in load().sections.values()}, key=lambda m: m != first)
    for module in modules:
        if interrupted():
            return
        grader = importlib.import_module(f"test_{module}")
        if hasattr(grader, "warm_up") and not interrupted():
            grader.warm_up()
        if module == first and not interrupted():
            _collect(grader)
    if not interrupted():  # what warming left is collected now, and what it keeps never looked at again
        gc.collect()
        gc.freeze()


def _collect(grader) -> None:
    """A pytest session that only collects ``grader``'s tests, its output dropped: a process's first session pays
    for pytest's own first use (its plugins' set-up, the assertion and marker machinery), a grading's does not."""
    import io

    import pytest

    from .worker import PYTEST_SETTINGS

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        pytest.main([grader.__file__, *PYTEST_SETTINGS, "-p", "no:tfkata", "--collect-only", "-q"])
