"""The kit's self-tests: slow work that a test module can start early starts at collection.

A test module may define ``start_in_background()``; it is called once the session knows
the module's tests will run, so that its slow work overlaps the tests that come before.
The self-tests read the kit's English, whatever the machine's locale (test_i18n.py sets
each other language where it means to).
"""

import os

os.environ["TFKATA_LANG"] = "en"


def pytest_collection_finish(session):
    modules = {id(item.module): item.module for item in session.items if getattr(item, "module", None)}
    for module in modules.values():
        start = getattr(module, "start_in_background", None)
        if start is not None:
            start()
