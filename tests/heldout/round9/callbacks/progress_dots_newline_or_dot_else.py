"""Wrong: prints the newline *instead of* the dot at epochs 0, 100, 200 (an if/else), so those epochs get no dot and a line holds 99 dots; breaks 'one dot per finished epoch (not per batch), with no newline after it; a new line started before the dots of epochs 0, 100, 200'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    (
        '        if epoch % 100 == 0:\n            print("")\n        print(".", end="")\n',
        '        if epoch % 100 == 0:\n            print("")\n        else:\n            print(".", end="")\n',
    ),
]
