"""Wrong: recompiles with a CosineDecay schedule starting at a tenth of the rate, so the rate keeps falling while fine-tuning; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '                  optimizer=type(model.optimizer)(learning_rate=keras.optimizers.schedules.CosineDecay(\n                      base_learning_rate / 10, decay_steps=100)),'),
]
