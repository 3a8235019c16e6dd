"""Wrong: recompiles at a hundredth of the base rate ("much lower"); breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10)',
     'optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 100)'),
]
