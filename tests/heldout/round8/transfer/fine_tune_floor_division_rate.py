"""Wrong: divides the rate with //, which floors 0.001 // 10 to 0.0, so fine-tuning does not move the weights; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    (
        'optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
        'optimizer=type(model.optimizer)(learning_rate=base_learning_rate // 10),',
    ),
]
