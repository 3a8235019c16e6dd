"""Wrong: re-batches the training data by 32 (note 004's batch size) before repeating it, so a step is not one of train_data's batches; breaks 'every epoch trains on exactly steps_per_epoch batches of train_data'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [("    return model.fit(train_data.repeat(), epochs=epochs,",
           "    return model.fit(train_data.unbatch().batch(32).repeat(), epochs=epochs,")]
