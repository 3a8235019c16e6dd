"""Wrong: loads the weights into `fresh` but returns another build_model() call, an untrained model; breaks '(checkpoint, fresh): the callback, and the new model holding the saved weights'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    (
        '    fresh.load_weights(checkpoint.filepath)\n    return checkpoint, fresh',
        '    fresh.load_weights(checkpoint.filepath)\n    return checkpoint, build_model()',
    ),
]
