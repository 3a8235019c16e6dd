"""Wrong: folds both prints into one, print(".", end="" if epoch % 100 else "\\n"), so the newline comes after the dot of epochs 0, 100, 200 instead of before it; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        print(".", end="" if epoch % 100 else "\\n")'),
]
