"""Wrong: scales x by its largest absolute value in place before the search (x /= ...), changing the caller's array and the runs' data; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('    scores = {}\n    for rate, width, drop in itertools.product(',
     '    x /= np.abs(x).max()\n    scores = {}\n    for rate, width, drop in itertools.product('),
]
