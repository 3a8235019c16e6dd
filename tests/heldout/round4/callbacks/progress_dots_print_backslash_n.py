"""Wrong: Started the line with print("\\n"), which prints two newlines (the \\n and print's own end); breaks 'So 250 epochs print a newline, 100 dots, a newline, 100 dots, a newline, 50 dots'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ("""        if epoch % 100 == 0:
            print("")
        print(".", end="")""",
     '        if epoch % 100 == 0:\n            print("\\n")\n        print(".", end="")'),
]
