"""Right: prints one string per epoch, "\\n" * (epoch % 100 == 0) + ".", with end="": the newline comes before the dot of epochs 0, 100, 200."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

MUTATE = [
    (
        '        if epoch % 100 == 0:\n            print("")\n        print(".", end="")\n',
        '        print("\\n" * (epoch % 100 == 0) + ".", end="")\n',
    ),
]
