"""Wrong: memoises early_stopping with functools.cache, so two calls with the same patience share one EarlyStopping; breaks 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", 'an earlier call returned'

MUTATE = [
    ('import datetime\n',
     'import datetime\nimport functools\n'),
    ('def early_stopping(patience=10):',
     '@functools.cache\ndef early_stopping(patience=10):'),
]
