"""Wrong: 'starts a new line' with a carriage return (print('\\r', end='')), which returns to the start of the same line; breaks 'a new line started before the dots of epochs 0, 100, 200'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('            print("")',
     '            print("\\r", end="")'),
]
