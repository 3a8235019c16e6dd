"""Wrong: memoises halving_schedule with functools.lru_cache, so two calls with equal arguments share one LearningRateScheduler; breaks 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", 'an earlier call returned'

MUTATE = [
    ('import datetime\n',
     'import datetime\nimport functools\n'),
    ('def halving_schedule(initial_rate=0.01, every=10):',
     '@functools.lru_cache(maxsize=None)\ndef halving_schedule(initial_rate=0.01, every=10):'),
]
