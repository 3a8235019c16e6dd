"""Right: One print per epoch, print("\\n" if epoch % 100 == 0 else "", end=".", flush=True): the newline (when due) then the dot."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"
MUTATE = [
    ("""        if epoch % 100 == 0:
            print("")
        print(".", end="")""",
     '        print("\\n" if epoch % 100 == 0 else "", end=".", flush=True)'),
]
