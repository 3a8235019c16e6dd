"""Wrong: prints each dot with end=None, which Python reads as the default newline; breaks 'one dot per finished epoch (not per batch), with no newline after it'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('        print(".", end="")',
     '        print(".", end=None)'),
]
