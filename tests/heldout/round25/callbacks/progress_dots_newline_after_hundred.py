"""Wrong: the learner ended a line after every 100th dot (after epochs 99, 199, ...) instead of starting one before epochs 0, 100, 200, and 250 epochs still show rows of 100, 100 and 50 dots; the output lacks the opening newline and its line breaks sit one epoch late; breaks 'a new line started before the dots of epochs 0, 100, 200, ... So 250 epochs print a newline, 100 dots, a newline, 100 dots, a newline, 50 dots'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        print(".", end="")\n        if (epoch + 1) % 100 == 0:\n            print("")'),
]
