"""Wrong: Returned the dataset batched by 32, ready for fit(); breaks 'Returns: an unbatched tf.data.Dataset of (features, label)'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ('        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))',
     '        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32"))).batch(32)'),
]
