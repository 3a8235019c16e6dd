"""Wrong: defaults patience to 5 (the course's usual value) instead of note 003's 10, so early_stopping() gives up twice as soon; breaks the stub's 'early_stopping(patience=10)' (its 'waits `patience` epochs without improvement')."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('def early_stopping(patience=10):',
     'def early_stopping(patience=5):'),
]
