"""Wrong: rounds the new learning rate to 3 decimals to hide float noise, so a tenth of 0.001 becomes 0.0 and a tenth of 0.005 becomes 0.001; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ("optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),",
     "optimizer=type(model.optimizer)(learning_rate=round(base_learning_rate / 10, 3)),"),
]
