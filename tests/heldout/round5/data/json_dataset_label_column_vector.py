"""Wrong: Reshaped the labels to a column (n, 1), so each label is a vector of one; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)' (a scalar label, as csv_dataset's)."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('(np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '(np.array(features, dtype="float32"), np.array(labels, dtype="int32").reshape(-1, 1)))'),
]
