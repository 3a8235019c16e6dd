"""Wrong: a quarter held out for validation instead of note 002's 20%."""
EXERCISE, VERDICT, SAYS = 'data.load_split', "wrong", 'validation_split=0.2'
MUTATE = [('validation_split=0.2, seed=seed', 'validation_split=0.25, seed=seed')]
