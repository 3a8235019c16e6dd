"""Wrong: returns the PrintDot class itself, not an instance of it; breaks 'an instance of your keras.callbacks.Callback subclass'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('    return PrintDot()',
     '    return PrintDot'),
]
