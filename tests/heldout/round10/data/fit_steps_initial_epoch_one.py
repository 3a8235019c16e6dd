"""Wrong: starts fit at initial_epoch=1 so the printed epochs count from 1, which runs one epoch fewer; breaks 'epochs: how many epochs.'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_steps=int(validation_fraction * len(test_data)), initial_epoch=1, verbose=0)'),
]
