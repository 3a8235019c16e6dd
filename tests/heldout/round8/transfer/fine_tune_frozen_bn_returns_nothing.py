"""Wrong: freezes and recompiles in place but returns nothing; breaks 'Returns: the model, recompiled'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    (
        '    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])\n    return model',
        '    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])\n    # the model is changed in place: nothing to return',
    ),
]
