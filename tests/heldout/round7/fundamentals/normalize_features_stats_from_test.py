"""Wrong: takes the mean and std from the test set and applies them to both sets; breaks 'Normalise the columns of both sets with the *training* set's statistics'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [
    ("""    mean = train.mean(axis=0)
    std = train.std(axis=0)
""",
     """    mean = test.mean(axis=0)
    std = test.std(axis=0)
"""),
]
