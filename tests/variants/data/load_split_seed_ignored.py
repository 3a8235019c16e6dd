"""Wrong: both calls share a seed, but a hard-coded one: the seed argument is ignored."""
EXERCISE, VERDICT, SAYS = 'data.load_split', "wrong", 'seed=seed'
MUTATE = [('validation_split=0.2, seed=seed)', 'validation_split=0.2, seed=42)')]
