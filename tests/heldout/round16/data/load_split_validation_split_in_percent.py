"""Wrong: passes validation_split=20, meaning 20 %, and Keras wants a fraction below 1, so both loader calls raise ValueError; breaks 'note 002 keeps 20 % of the files for validation'."""

EXERCISE, VERDICT = 'data.load_split', 'wrong'

MUTATE = [
    ('validation_split=0.2, seed=seed)',
     'validation_split=20, seed=seed)'),
]
