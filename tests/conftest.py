"""The self-tests in two sets: the README's test command runs the quick one; ``--full`` runs every test.

A test (or a whole module, ``pytestmark``) marked ``full`` is left out of the quick set: every variant
beyond a sample, the commands run as real processes, watch sessions, the notebook kernel, the labs, the CI
template's emulation. CI runs both commands (.ci/run).
"""

import pytest


def pytest_addoption(parser):
    parser.addoption("--full", action="store_true",
                     help="run every self-test, not only the quick set (tests marked full too)")


def pytest_configure(config):
    config.addinivalue_line("markers", "full: a slow self-test, run only with --full")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--full"):
        return
    slow = [item for item in items if item.get_closest_marker("full")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("full")]
