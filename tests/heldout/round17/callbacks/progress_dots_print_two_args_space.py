"""Wrong: prints the optional newline and the dot as two arguments of one print(), whose default sep puts a space before every dot; breaks 'So 250 epochs print a newline, 100 dots, a newline, 100 dots, a newline, 50 dots'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '        print("\\n" if epoch % 100 == 0 else "", ".", end="")'),
]
