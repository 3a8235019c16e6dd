"""Wrong: Validation_split=0.25 whatever is passed; breaks 'holding out validation_split of x' (grader's 0.4)."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('validation_split=validation_split',
     'validation_split=0.25'),
]
