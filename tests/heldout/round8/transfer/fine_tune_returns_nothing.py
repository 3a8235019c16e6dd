"""Wrong: changes the model in place and returns nothing; breaks 'Returns: the model, recompiled'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    (
        '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])\n    return model\n',
        '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])\n    # the model is changed in place: nothing to return\n',
    ),
]
