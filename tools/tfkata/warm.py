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
    import keras  # noqa: F401 - imports TensorFlow
    import pytest  # noqa: F401

    from . import checks, inner, toydata  # noqa: F401
finally:
    os.dup2(_terminal, 2)
    os.close(_terminal)

# TensorFlow's import leaves ~a million objects that live until exit; the collector can
# skip them, and a worker's copy of them stays shared with the server.
gc.freeze()
