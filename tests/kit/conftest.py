"""The kit's self-tests: slow work that a test module can start early starts at collection.

A test module may define ``start_in_background(items)``; it is called with the module's tests once the
session knows they will run, so that its slow work (for those tests alone) overlaps the tests that come before.
The self-tests read the kit's English, whatever the machine's locale (test_i18n.py sets
each other language where it means to). Their Ctrl-C tests press it as a terminal would,
whatever the runner inherited.
"""

import atexit
import os
import shutil
import signal
import tempfile
from pathlib import Path

from tfkata import paths

os.environ["TFKATA_LANG"] = "en"

# A background job of a non-interactive shell (CI's) starts with SIGINT ignored, and every command a test runs would
# inherit that; a shell gives its foreground commands the default, and a handler set here is reset to it on exec.
signal.signal(signal.SIGINT, signal.default_int_handler)

# The learner's own state (the ledger of last verdicts, swaps, reset backups) is never written by the self-tests:
# theirs is a folder of their own, for the commands they run (TFKATA_STATE) and for those they call in this
# process (paths.STATE, read by the kit's modules when they are first imported, after this file).
LEARNERS_STATE = paths.STATE
paths.STATE = Path(tempfile.mkdtemp(prefix="tfkata-selftest-state-"))
os.environ["TFKATA_STATE"] = str(paths.STATE)
atexit.register(shutil.rmtree, paths.STATE, ignore_errors=True)


def pytest_collection_finish(session):
    modules = {}
    for item in session.items:
        if getattr(item, "module", None):
            modules.setdefault(item.module, []).append(item)
    for module, items in modules.items():
        start = getattr(module, "start_in_background", None)
        if start is not None:
            start(items)
