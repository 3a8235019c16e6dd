"""The kit's self-tests: slow work that a test module can start early starts at collection.

A test module may define ``start_in_background()``; it is called once the session knows
the module's tests will run, so that its slow work overlaps the tests that come before.
The self-tests read the kit's English, whatever the machine's locale (test_i18n.py sets
each other language where it means to).
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from tfkata import paths

os.environ["TFKATA_LANG"] = "en"

# The learner's own state (the ledger of last verdicts, swaps, reset backups) is never written by the self-tests:
# theirs is a folder of their own, for the commands they run (TFKATA_STATE) and for those they call in this
# process (paths.STATE, read by the kit's modules when they are first imported, after this file).
LEARNERS_STATE = paths.STATE
paths.STATE = Path(tempfile.mkdtemp(prefix="tfkata-selftest-state-"))
os.environ["TFKATA_STATE"] = str(paths.STATE)
atexit.register(shutil.rmtree, paths.STATE, ignore_errors=True)


def pytest_collection_finish(session):
    modules = {id(item.module): item.module for item in session.items if getattr(item, "module", None)}
    for module in modules.values():
        start = getattr(module, "start_in_background", None)
        if start is not None:
            start()
