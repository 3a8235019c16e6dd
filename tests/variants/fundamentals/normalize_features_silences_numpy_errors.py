"""Wrong: calls np.seterr(all="ignore") to hide divide warnings, leaving NumPy's error handling changed for the whole process; breaks 'Every function works from its arguments alone'."""
EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", 'numpy.geterr()'

MUTATE = [
    ('    mean = train.mean(axis=0)\n',
     '    np.seterr(all="ignore")\n    mean = train.mean(axis=0)\n'),
]
