"""Wrong: stores the features as float16 to save memory; breaks 'features: a float32 vector of the other columns, in the file's column order'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('(np.array(features, dtype="float32").reshape(-1, len(names))',
     '(np.array(features, dtype="float16").reshape(-1, len(names))'),
]
