"""Wrong: Multiplied the rate by ten instead of dividing; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate * 10),'),
]
