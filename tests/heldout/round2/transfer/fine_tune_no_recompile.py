"""Wrong: Unfroze the layers but did not compile again; breaks 'the model is compiled again after the freezing'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])\n',
     ''),
]
