"""Wrong: Printed the newline only before epoch 0 (epoch == 0), so 250 epochs print one line of 250 dots; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ("""        if epoch % 100 == 0:
            print("")
        print(".", end="")""",
     """        if epoch == 0:
            print("")
        print(".", end="")"""),
]
