"""Right: One print per epoch: the text is "\n" on epochs 0, 100, ... and empty otherwise, with end="." supplying the dot."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"
MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        print("\\n" if epoch % 100 == 0 else "", end=".")'),
]
