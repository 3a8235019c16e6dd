"""Wrong: the base is unfrozen but the model is not compiled again."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'without recompiling'
MUTATE = [('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])\n', '')]
