"""Wrong: Printed the newline after every 100th dot instead of before epochs 0, 100, ...; breaks 'a newline, 100 dots, a newline, ...' (no leading newline)."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        print(".", end="")\n        if (epoch + 1) % 100 == 0:\n            print("")'),
]
