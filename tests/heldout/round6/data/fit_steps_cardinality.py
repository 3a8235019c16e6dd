"""Right: counts batches with cardinality() and passes the repeated data and the steps as ints."""
EXERCISE, VERDICT = "data.fit_steps", "done"
MUTATE = [
    ('''    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)''',
     '''    train_batches = int(train_data.cardinality().numpy())
    test_batches = int(test_data.cardinality().numpy())
    steps = train_batches if steps_per_epoch is None else int(steps_per_epoch)
    validation_steps = int(validation_fraction * test_batches)
    endless = train_data.repeat()
    return model.fit(endless, validation_data=test_data, epochs=epochs, steps_per_epoch=steps,
                     validation_steps=validation_steps, verbose=0)'''),
]
