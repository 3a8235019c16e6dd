"""Wrong: repeats the training data a fixed two times "to be safe", which runs out after two passes; breaks 'the training data must never run out'."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "training batches per epoch (steps_per_epoch=7, 5 batches of "

MUTATE = [
    ('model.fit(train_data.repeat(),',
     'model.fit(train_data.repeat(2),'),
]
