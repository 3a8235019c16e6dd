"""TensorFlow and Matplotlib, loaded without their own log lines on the learner's terminal.

TensorFlow 2.19 and later write banners (oneDNN, CPU features, absl's "before InitializeLog") on the
native stderr while it is imported, whatever ``TF_CPP_MIN_LOG_LEVEL`` says; Matplotlib logs its font
cache's build. The kit's commands and its fork server load both through ``load`` first, so that what
the learner reads is the kit's own words. A Python error raised by the import still shows.
"""

from __future__ import annotations

import contextlib
import logging
import os


@contextlib.contextmanager
def native_stderr_hushed():
    """While the block runs, what native code writes on stderr (file descriptor 2) goes nowhere."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's own log level, for what comes later
    terminal = os.dup(2)
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, 2)
    os.close(nowhere)
    try:
        yield
    finally:
        os.dup2(terminal, 2)
        os.close(terminal)


def load(*modules: str) -> None:
    """Import Keras (so TensorFlow) and ``modules`` with TensorFlow's banners hushed, and Matplotlib's log to errors."""
    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    with native_stderr_hushed():
        import keras  # noqa: F401

        for module in modules:
            __import__(module)
