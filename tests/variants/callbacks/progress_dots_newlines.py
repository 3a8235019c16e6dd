"""Wrong: print('.') puts every dot on its own line."""
EXERCISE, VERDICT, SAYS = 'callbacks.progress_dots', "wrong", "end=''"
MUTATE = [('print(".", end="")', 'print(".")')]
