"""Wrong: takes a tenth of the model's current learning rate, ignoring base_learning_rate; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('''    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])''',
     '''    current = float(keras.ops.convert_to_numpy(model.optimizer.learning_rate))
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=current / 10),
                  metrics=["accuracy"])'''),
]
