"""Wrong: starts a new line only at the epochs listed up to 900, so epochs 1000, 1100, ... run on one line; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""
EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", 'resumed at epoch 1150'

MUTATE = [
    ('        if epoch % 100 == 0:',
     '        if epoch in (0, 100, 200, 300, 400, 500, 600, 700, 800, 900):'),
]
