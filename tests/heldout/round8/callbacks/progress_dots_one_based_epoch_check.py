"""Wrong: starts a new line when epoch % 100 == 1, as if epochs counted from 1, so the first line holds one dot and the newlines come before epochs 1, 101, 201; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    (
        '        if epoch % 100 == 0:\n',
        '        if epoch % 100 == 1:\n',
    ),
]
