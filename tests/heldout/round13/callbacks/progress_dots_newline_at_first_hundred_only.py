"""Wrong: starts a new line only before epochs 0 and 100 (if epoch in (0, 100)), which is all a 150-epoch try shows; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")',
     '        if epoch in (0, 100):\n            print("")'),
]
