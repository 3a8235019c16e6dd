"""Wrong: the learner typed note 002's fine-tuning rate, 0.0001 (its base_learning_rate 0.001 over 10), instead of computing it from the argument; right for a head trained at 0.001, ten or fifty times off for 0.02 or 0.005; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '                  optimizer=type(model.optimizer)(learning_rate=0.0001),'),
]
