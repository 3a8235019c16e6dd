"""Right: feeds fit() an endless Python generator that loops over the training dataset again and again (a new pass whenever one ends), so it never runs out, with steps_per_epoch the given number or len(train_data); validates on test_data for int(validation_fraction * len(test_data)) steps."""

EXERCISE, VERDICT = "data.fit_steps", "done"

MUTATE = [
    ('''    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,''',
     '''    steps = int(len(train_data)) if steps_per_epoch is None else int(steps_per_epoch)

    def endless():
        while True:
            yield from train_data

    return model.fit(endless(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,'''),
]
