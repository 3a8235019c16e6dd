"""What every grading worker needs loaded, imported once by the engine's fork server.

Workers are forked from a process that has already paid for TensorFlow's import, so
a fresh worker costs a fork, not seconds. Nothing here may start a thread of
TensorFlow's (building a layer would): a fork copies only the thread that forks.
"""

import gc
import os

# Set here, where workers come from, and not in the process that grades: a notebook's kernel (or a
# learner's script) keeps its own plotting backend and TensorFlow logging. Workers draw into files.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ["MPLBACKEND"] = "Agg"

# TensorFlow's native logging writes banners to stderr before any setting applies, and this
# server's stderr is the learner's terminal: hide them while it loads (a Python error still shows).
_terminal = os.dup(2)
os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
try:
    import hypothesis  # noqa: F401
    import keras  # imports TensorFlow
    import pytest  # noqa: F401

    from . import checks, inner, toydata  # noqa: F401
finally:
    os.dup2(_terminal, 2)
    os.close(_terminal)

# TensorFlow's import leaves ~a million objects that live until exit; the collector can
# skip them, and a worker's copy of them stays shared with the server.
gc.freeze()


def warm_up(interrupted) -> None:
    """Pay TensorFlow's first-use costs in a worker waiting for its grading (never in the server:
    this starts TensorFlow's threads). The first model a process builds, calls and trains takes
    about twice as long as the next; each step here is a small one of the kinds the graders take,
    and warming stops as soon as ``interrupted()`` says a grading has arrived."""
    import numpy as np

    layers = keras.layers

    def dense():
        model = keras.Sequential([keras.Input((4,)), layers.Dense(8, activation="relu"), layers.Dense(1)])
        model.compile(optimizer="adam", loss="mse", metrics=["mae"])
        model.fit(np.zeros((8, 4), "float32"), np.zeros((8, 1), "float32"), epochs=1, verbose=0)

    def convolutional():
        base = keras.applications.MobileNetV2(input_shape=(32, 32, 3), include_top=False, weights=None)
        base(np.zeros((1, 32, 32, 3), "float32"), training=False)

    for step in (dense, convolutional):
        if interrupted():
            return
        step()
    keras.backend.clear_session()
