"""Right: note 001's fit keywords plus note 003's batch_size=512 habit, which Keras 3 ignores for an already batched dataset; the training data repeated, steps and validation steps as integers."""
EXERCISE, VERDICT = "data.fit_steps", "done"


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    if steps_per_epoch is None:
        steps_per_epoch = len(train_data)
    history = model.fit(train_data.repeat(),
                        epochs=epochs,
                        batch_size=512,
                        steps_per_epoch=steps_per_epoch,
                        validation_data=test_data,
                        validation_steps=int(validation_fraction * len(test_data)),
                        verbose=0)
    return history
