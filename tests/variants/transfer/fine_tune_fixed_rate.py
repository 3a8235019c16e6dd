"""Wrong: the note's 0.0001 written in, whatever base_learning_rate is."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'learning rate'
MUTATE = [
    ('learning_rate=base_learning_rate / 10)', 'learning_rate=0.0001)'),
]
