"""Wrong: Printed each dot with end=" " so the dots are spaced out; breaks 'So 250 epochs print a newline, 100 dots, a newline, 100 dots, a newline, 50 dots'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('        print(".", end="")',
     '        print(".", end=" ")'),
]
