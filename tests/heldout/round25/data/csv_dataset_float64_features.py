"""Wrong: the learner let NumPy choose the array's dtype, and the printed values looked right; Python floats become float64 features; breaks 'features: a float32 vector of the other columns'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('np.array(features, dtype="float32").reshape(-1, len(names))',
     'np.array(features).reshape(-1, len(names))'),
]
