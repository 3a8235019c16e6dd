"""Wrong: the learner passed train_data as it is, without repeat(), since a whole pass per epoch (steps_per_epoch=None) ran cleanly; with steps_per_epoch 3 or 7 out of 5 batches the one iterator runs out and epochs end early; breaks 'every epoch trains on exactly steps_per_epoch batches of train_data, whether that is fewer or more than len(train_data)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('return model.fit(train_data.repeat(), epochs=epochs,',
     'return model.fit(train_data, epochs=epochs,'),
]
