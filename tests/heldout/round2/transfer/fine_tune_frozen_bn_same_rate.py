"""Wrong: Kept base_learning_rate for the new optimizer; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('learning_rate=0.1 * base_learning_rate',
     'learning_rate=base_learning_rate'),
]
