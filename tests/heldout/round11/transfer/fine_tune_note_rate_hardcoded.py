"""Wrong: recompiles at the note's 0.0001 (its base rate over ten) whatever base_learning_rate it is given; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])',
     '    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=0.0001),\n                  metrics=[_accuracy(model)])'),
]
