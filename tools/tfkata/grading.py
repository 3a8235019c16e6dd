"""Grade a target in this process by running its graders with pytest, and return verdicts.

The CLI and the kit's self-tests use this; the plugin does the grading itself.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest

from . import catalogue
from .paths import ROOT
from .plugin import RESULTS
from .results import Results


class _Keep:
    """Catches the run's results as the session ends."""

    results: Results | None = None

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.results = session.config.stash[RESULTS]


def grade(target: str | os.PathLike | None = None, ids: list[str] | None = None) -> Results:
    """Run the graders of ``ids`` (default: every exercise) on ``target``, quietly."""
    book = catalogue.load()
    ids = list(ids or book.exercises)
    files = sorted({str(book.get(i).section.grader_file) for i in ids})
    args = [*files, f"--rootdir={ROOT}", "-p", "no:terminal", "-p", "no:cacheprovider",
            *[f"--exercise={i}" for i in ids]]
    if target is not None:
        args.append(f"--target={Path(target)}")
    keep = _Keep()
    with contextlib.redirect_stdout(io.StringIO()):
        pytest.main(args, plugins=[keep])
    return keep.results
