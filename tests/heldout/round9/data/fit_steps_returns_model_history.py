"""Right: calls fit() without keeping its result and returns model.history, the History that fit() sets on the model (the same object fit() returns)."""

EXERCISE, VERDICT = "data.fit_steps", "done"

MUTATE = [
    (
        '    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)\n',
        '    model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n              validation_steps=int(validation_fraction * len(test_data)), verbose=0)\n    return model.history\n',
    ),
]
