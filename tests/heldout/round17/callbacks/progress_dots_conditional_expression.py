"""Right: prints "." if epoch % 100 else "\n." with end="": a newline before the dots of epochs 0, 100, 200, one dot per epoch, no newline after it."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        print("." if epoch % 100 else "\\n.", end="")'),
]
