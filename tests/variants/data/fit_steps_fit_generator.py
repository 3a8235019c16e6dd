"""Wrong: note 004's Keras 2 call, fit_generator, which Keras 3 removed."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "fit_generator() is gone"
MUTATE = [("model.fit(train_data.repeat(),", "model.fit_generator(train_data.repeat(),")]
