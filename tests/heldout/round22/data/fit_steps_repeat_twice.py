"""Wrong: repeats the training data a fixed two times "to be safe", which runs out after two passes; breaks 'the training data must never run out'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('model.fit(train_data.repeat(),',
     'model.fit(train_data.repeat(2),'),
]
