"""Wrong: Started a new line when (epoch + 1) % 100 == 0, before epochs 99, 199, ... instead of 0, 100, 200; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ("""        if epoch % 100 == 0:
            print("")
        print(".", end="")""",
     """        if (epoch + 1) % 100 == 0:
            print("")
        print(".", end="")"""),
]
