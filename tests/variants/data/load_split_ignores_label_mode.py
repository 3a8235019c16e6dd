"""Wrong: label_mode is not passed on, so labels are always integers."""
EXERCISE, VERDICT, SAYS = 'data.load_split', "wrong", 'label_mode'
MUTATE = [('label_mode=label_mode,\n', 'label_mode="int",\n')]
