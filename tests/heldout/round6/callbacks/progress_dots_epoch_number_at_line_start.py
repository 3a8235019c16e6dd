"""Wrong: prints the epoch number at the start of each new line of dots; breaks 'one dot per finished epoch ... a newline, 100 dots' (nothing else printed)."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('            print("")',
     '            print(f"\\n{epoch}: ", end="")'),
]
