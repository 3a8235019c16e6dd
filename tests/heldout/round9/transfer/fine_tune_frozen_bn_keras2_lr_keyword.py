"""Wrong: builds the slower optimizer with the notes' lr= keyword; Keras 3 optimizers refuse it; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    (
        '    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)\n',
        '    slower = type(model.optimizer)(lr=0.1 * base_learning_rate)\n',
    ),
]
