"""Wrong: stores the labels as uint8 to save memory; breaks 'label: one integer (int32 or int64), a scalar'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="uint8")))'),
]
