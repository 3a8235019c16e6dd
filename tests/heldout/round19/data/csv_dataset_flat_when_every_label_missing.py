"""Wrong: never reshapes the feature matrix, so a file whose rows all lack labels gives scalar features (shape (0,)); breaks 'features: a float32 vector of the other columns'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('np.array(features, dtype="float32").reshape(-1, len(names))',
     'np.array(features, dtype="float32")'),
]
