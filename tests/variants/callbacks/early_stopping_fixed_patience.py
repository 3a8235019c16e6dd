"""Wrong: note 003's patience=10 written in, the argument ignored."""
EXERCISE, VERDICT, SAYS = 'callbacks.early_stopping', "wrong", 'patience'
MUTATE = [('patience=patience, restore', 'patience=10, restore')]
