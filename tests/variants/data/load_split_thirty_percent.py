"""Wrong: 30% held out instead of note 002's 20%."""
EXERCISE, VERDICT, SAYS = 'data.load_split', "wrong", 'validation_split=0.2'
MUTATE = [('validation_split=0.2, seed=seed', 'validation_split=0.3, seed=seed')]
