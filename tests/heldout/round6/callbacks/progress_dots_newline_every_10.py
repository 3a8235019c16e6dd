"""Wrong: starts a new line every 10 epochs instead of every 100; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('        if epoch % 100 == 0:',
     '        if epoch % 10 == 0:'),
]
