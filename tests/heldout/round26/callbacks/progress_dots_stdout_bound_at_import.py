"""Wrong: the learner bound the writer once at import, _write = sys.stdout.write, and printed the newline and dots with it (no print calls, no flush worries), and in their terminal the rows came out right; the callback writes to whatever stream sys.stdout was when the module was loaded, so once stdout is redirected (a notebook cell's capture, contextlib.redirect_stdout, a test's capture) the dots go elsewhere and the program's output shows none; breaks 'one dot per finished epoch (not per batch), with no newline after it; a new line started before the dots of epochs 0, 100, 200' (printed on the program's output)."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('import datetime\nimport os\n', 'import datetime\nimport os\nimport sys\n\n_write = sys.stdout.write\n'),
    ('''        if epoch % 100 == 0:
            print("")
        print(".", end="")''',
     '''        if epoch % 100 == 0:
            _write("\\n")
        _write(".")'''),
]
