"""Wrong: the learner passed train_data to fit() as it is, with steps_per_epoch, thinking Keras starts each epoch on a fresh pass of the dataset as Keras 2 did; with 7 steps on 5 batches the data runs out and every epoch ends after 5 batches (with 3 steps, epochs alternate 3 and 2), which breaks 'every epoch trains on exactly steps_per_epoch batches of train_data, whether that is fewer or more than len(train_data)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('return model.fit(train_data.repeat(), epochs=epochs',
     'return model.fit(train_data, epochs=epochs'),
]
