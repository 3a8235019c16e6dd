"""Wrong: Copied end="" onto the newline print too, print("", end=""), which prints nothing; breaks 'a new line started before the dots of epochs 0, 100, 200'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        if epoch % 100 == 0:\n            print("", end="")\n        print(".", end="")'),
]
