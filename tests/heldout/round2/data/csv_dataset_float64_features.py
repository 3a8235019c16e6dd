"""Wrong: Features as float64; breaks 'features: a float32 vector'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('np.array(features, dtype="float32").reshape',
     'np.array(features, dtype="float64").reshape'),
]
