"""Right: one print per epoch, the optional newline concatenated in front of the dot."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"
MUTATE = [
    ("""        if epoch % 100 == 0:
            print("")
        print(".", end="")""",
     '        prefix = "\\n" if epoch % 100 == 0 else ""\n        print(prefix + ".", end="")'),
]
