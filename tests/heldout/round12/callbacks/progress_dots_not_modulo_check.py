"""Right: tests the start of a line with `not epoch % 100` and prints the dot with flush=True."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        if not epoch % 100:\n            print()\n        print(".", end="", flush=True)'),
]
