"""Right: trains on the repeated training data for the given (or one pass of) steps, and validates on test_data.take(int(validation_fraction * len(test_data))), a dataset of exactly that many batches, instead of passing validation_steps."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "done", ""


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    if steps_per_epoch is None:
        steps_per_epoch = len(train_data)
    validation_batches = int(validation_fraction * len(test_data))
    return model.fit(
        train_data.repeat(),
        epochs=epochs,
        steps_per_epoch=int(steps_per_epoch),
        validation_data=test_data.take(validation_batches),
        verbose=0,
    )
