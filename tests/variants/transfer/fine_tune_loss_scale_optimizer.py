"""Wrong: wraps the new optimizer in keras.optimizers.LossScaleOptimizer to be ready for mixed-precision fine-tuning, so the model's optimizer is no longer an Adam or RMSprop; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", "optimizer"

MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n',
     '                  optimizer=keras.optimizers.LossScaleOptimizer(\n'
     '                      type(model.optimizer)(learning_rate=base_learning_rate / 10)),\n'),
]
