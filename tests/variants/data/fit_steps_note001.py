"""Correct: note 001's own call, with the data repeated so that any steps_per_epoch holds every epoch."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "done", ""


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    history = model.fit(train_data.repeat(),
                        epochs=epochs,
                        steps_per_epoch=steps_per_epoch or len(train_data),
                        validation_data=test_data,
                        validation_steps=int(validation_fraction * len(test_data)))
    return history
