"""Wrong: Recompiled at base_learning_rate itself; breaks 'at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('learning_rate=base_learning_rate / 10',
     'learning_rate=base_learning_rate'),
]
