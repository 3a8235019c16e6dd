"""Wrong: the learner printed the dot first and the newline after it when epoch % 100 == 0, thinking the order inside the method does not matter; the first dot of each hundred ends up before the line break instead of after it, which breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('''        if epoch % 100 == 0:
            print("")
        print(".", end="")''',
     '''        print(".", end="")
        if epoch % 100 == 0:
            print("")'''),
]
