"""Wrong: fits as the reference does but returns the model (to chain evaluate) instead of fit's result; breaks 'Returns: the History of the run (one entry per epoch, "loss" and "val_loss")'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('    return model.fit(train_data.repeat(), epochs=epochs,',
     '    model.fit(train_data.repeat(), epochs=epochs,'),
    ('validation_steps=int(validation_fraction * len(test_data)), verbose=0)\n',
     'validation_steps=int(validation_fraction * len(test_data)), verbose=0)\n    return model\n'),
]
