"""Wrong: note 001's call as it stands: without .repeat(), Keras 3 runs out of data when steps_per_epoch < len(train_data)."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "train_data.repeat()"
MUTATE = [("model.fit(train_data.repeat(),", "model.fit(train_data,")]
