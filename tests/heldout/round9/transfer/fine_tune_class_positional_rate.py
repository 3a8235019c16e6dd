"""Right: builds the new optimizer as model.optimizer.__class__(base_learning_rate / 10), the rate given positionally (it is the first parameter of RMSprop and Adam)."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    (
        '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n',
        '                  optimizer=model.optimizer.__class__(base_learning_rate / 10),\n',
    ),
]
