"""Wrong: returns (dataset, feature names) instead of the dataset alone; breaks 'an unbatched tf.data.Dataset of (features, label)'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('(np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '(np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32"))), names'),
]
