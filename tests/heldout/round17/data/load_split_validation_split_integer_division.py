"""Wrong: computes the share as validation_split=20 // 100, which is 0, and Keras refuses a subset without a validation split; breaks 'note 002 keeps 20 % of the files for validation'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('validation_split=0.2',
     'validation_split=20 // 100'),
]
