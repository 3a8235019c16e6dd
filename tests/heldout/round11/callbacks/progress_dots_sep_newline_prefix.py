"""Right: prints the newline and the dot in one print call with sep="\n" at epochs 0, 100, 200, ...."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        if epoch % 100 == 0:\n            print("", ".", sep="\\n", end="")\n        else:\n            print(".", end="")'),
]
