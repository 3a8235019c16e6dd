"""Wrong: returns the fresh model first and the callback second; breaks '(checkpoint, fresh): the callback, and the new model holding the saved weights.'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    return checkpoint, fresh',
     '    return fresh, checkpoint'),
]
