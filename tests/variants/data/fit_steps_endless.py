"""Wrong: the training data repeated, but steps_per_epoch=None passed on: the epoch never ends."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "more than 60"
MUTATE = [("steps = len(train_data) if steps_per_epoch is None else steps_per_epoch", "steps = steps_per_epoch")]
