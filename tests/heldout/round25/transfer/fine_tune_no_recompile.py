"""Wrong: the learner unfroze the top of the base and counted model.trainable_variables (56 and 38, as promised), then returned the model without compiling it again, the optimizer left at the head's rate; breaks 'the model is compiled again after the freezing (a change to `trainable` counts from the next compile), with ... the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])\n    return model',
     '        layer.trainable = False\n    return model'),
]
