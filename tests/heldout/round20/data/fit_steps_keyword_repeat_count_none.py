"""Right: repeats with count=None, counts the steps with an explicit branch and passes every fit argument by keyword."""
EXERCISE, VERDICT = "data.fit_steps", "done"


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    if steps_per_epoch is None:
        steps_per_epoch = len(train_data)
    validation_steps = int(len(test_data) * validation_fraction)
    endless = train_data.repeat(count=None)
    history = model.fit(x=endless, epochs=epochs, steps_per_epoch=int(steps_per_epoch),
                        validation_data=test_data, validation_steps=validation_steps, verbose=0)
    return history
