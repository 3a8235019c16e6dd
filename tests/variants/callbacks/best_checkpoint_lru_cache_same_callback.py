"""Wrong: memoises best_checkpoint with functools.lru_cache, so two calls for one folder share a ModelCheckpoint (and its best val_loss so far); breaks 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "wrong", 'an earlier call returned'

MUTATE = [
    ('import datetime\n',
     'import datetime\nimport functools\n'),
    ('def best_checkpoint(folder):',
     '@functools.lru_cache(maxsize=None)\ndef best_checkpoint(folder):'),
]
