"""Wrong: epoch / every lowers the rate a little every epoch."""
EXERCISE, VERDICT, SAYS = 'callbacks.halving_schedule', "wrong", '//'
MUTATE = [('0.5 ** (epoch // every)', '0.5 ** (epoch / every)')]
