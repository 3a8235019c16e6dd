"""Wrong: halves one epoch early."""
EXERCISE, VERDICT, SAYS = 'callbacks.halving_schedule', "wrong", 'epochs counted from 0'
MUTATE = [('0.5 ** (epoch // every)', '0.5 ** ((epoch + 1) // every)')]
