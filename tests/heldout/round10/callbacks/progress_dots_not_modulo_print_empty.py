"""Right: tests `not epoch % 100` and starts the line with print(), writing the dot with print(end='.')."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        if not epoch % 100:\n            print()\n        print(end=".")'),
]
