"""Wrong: repeats the training data only when steps_per_epoch exceeds one pass, so with fewer steps the shared iterator runs out and later epochs end early; breaks 'every epoch trains on exactly steps_per_epoch batches of train_data, whether that is fewer or more than len(train_data)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,',
     '''    train = train_data.repeat() if steps > len(train_data) else train_data
    return model.fit(train, epochs=epochs, steps_per_epoch=steps, validation_data=test_data,'''),
]
