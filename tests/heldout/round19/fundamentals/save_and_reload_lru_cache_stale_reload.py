"""Wrong: memoises save_and_reload with functools.lru_cache, so a second call for the same model and folder returns the first (stale) reload and size; breaks 'the new model that loading the file gives back'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('import os\n',
     'import functools\nimport os\n'),
    ('def save_and_reload(model, folder):',
     '@functools.lru_cache(maxsize=None)\ndef save_and_reload(model, folder):'),
]
