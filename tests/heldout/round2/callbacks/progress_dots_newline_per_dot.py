"""Wrong: Print('.') with its newline; breaks 'with no newline after it'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('print(".", end="")',
     'print(".")'),
]
