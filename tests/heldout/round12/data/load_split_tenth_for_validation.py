"""Wrong: keeps a tenth of the files for validation (the split Keras's own examples often use) instead of note 002's 20 %; breaks '20 % of the files go to validation'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('validation_split=0.2, seed=seed)',
     'validation_split=0.1, seed=seed)'),
]
