"""Wrong: Called fit(epochs=1) once per epoch in a loop and returned the last History; breaks 'Returns: the History of the run (one entry per epoch ...)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('''    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)''',
     '''    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    train = train_data.repeat()
    for _ in range(epochs):
        history = model.fit(train, epochs=1, steps_per_epoch=steps, validation_data=test_data,
                            validation_steps=int(validation_fraction * len(test_data)), verbose=0)
    return history'''),
]
