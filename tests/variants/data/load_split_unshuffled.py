"""Wrong: shuffle=False splits the files in folder order: the validation part is the last class."""
EXERCISE, VERDICT, SAYS = 'data.load_split', "wrong", 'shuffled with it'
MUTATE = [('validation_split=0.2, seed=seed)', 'validation_split=0.2, seed=seed, shuffle=False)')]
