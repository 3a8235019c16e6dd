"""Wrong: squeezes the feature matrix instead of fixing its shape, so a one-row file (or one feature column) yields scalars, not vectors; breaks 'features: a float32 vector of the other columns'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '        (np.squeeze(np.array(features, dtype="float32")), np.array(labels, dtype="int32")))'),
]
