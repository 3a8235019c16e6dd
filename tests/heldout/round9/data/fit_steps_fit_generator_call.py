"""Wrong: keeps note 004's model.fit_generator(...), which Keras 3 no longer has; breaks 'fit_generator is gone (fit takes generators and datasets)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    (
        '    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n',
        '    return model.fit_generator(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n',
    ),
]
