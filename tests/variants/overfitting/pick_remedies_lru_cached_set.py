"""Wrong: memoises pick_remedies with functools.lru_cache, so every call with the same accuracies returns the one cached set, and a caller's change to it shows in later answers; breaks 'Every function works from its arguments alone, as it may be called again'."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", 'an earlier call returned'
MUTATE = [
    ("import itertools\n", "import functools\nimport itertools\n"),
    ("def pick_remedies(", "@functools.lru_cache(maxsize=None)\ndef pick_remedies("),
]
