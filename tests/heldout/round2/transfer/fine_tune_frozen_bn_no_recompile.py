"""Wrong: Froze the right layers but did not compile again; breaks 'compiled again after the freezing'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])\n',
     ''),
]
