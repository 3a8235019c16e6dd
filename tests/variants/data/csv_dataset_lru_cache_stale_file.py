"""Wrong: memoises csv_dataset with functools.lru_cache by path, so a file rewritten at the same path is read stale; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'read again after it changed'

MUTATE = [
    ('import csv\n',
     'import csv\nimport functools\n'),
    ('def csv_dataset(path, label_name="label"):',
     '@functools.lru_cache(maxsize=None)\ndef csv_dataset(path, label_name="label"):'),
]
