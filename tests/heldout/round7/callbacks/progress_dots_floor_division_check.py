"""Wrong: tests epoch // 100 == 0 instead of epoch % 100 == 0, so epochs 0-99 each print a newline and 100, 200 print none; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ("""        if epoch % 100 == 0:
            print("")
        print(".", end="")""",
     """        if epoch // 100 == 0:
            print("")
        print(".", end="")"""),
]
