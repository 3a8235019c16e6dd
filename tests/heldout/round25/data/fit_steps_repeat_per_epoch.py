"""Wrong: the learner repeated the training data once per epoch, repeat(epochs), thinking that is exactly enough data; with more steps than batches (7 of 5) the repeated data runs out before the last epochs end; breaks 'every epoch trains on exactly steps_per_epoch batches ... whether that is fewer or more than len(train_data)' and 'the training data must never run out'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('return model.fit(train_data.repeat(), epochs=epochs,',
     'return model.fit(train_data.repeat(epochs), epochs=epochs,'),
]
