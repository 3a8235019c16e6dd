"""Wrong: memoises stop_at_accuracy with functools.lru_cache, so two calls with the same threshold share one callback; breaks 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", 'an earlier call returned'

MUTATE = [
    ('import datetime\n',
     'import datetime\nimport functools\n'),
    ('def stop_at_accuracy(threshold=0.98):',
     '@functools.lru_cache(maxsize=None)\ndef stop_at_accuracy(threshold=0.98):'),
]
