"""Wrong: Printed the dot first and then the newline, so each hundredth dot ends a line; breaks 'a new line started before the dots of epochs 0, 100, 200' and 'no newline after it'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        print(".", end="")\n        if epoch % 100 == 0:\n            print("")'),
]
