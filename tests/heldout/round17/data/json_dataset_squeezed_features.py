"""Wrong: squeezes the feature array, so one feature name (or one record) loses its vector axis; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('np.array(features, dtype="float32"), np.array(labels',
     'np.array(features, dtype="float32").squeeze(), np.array(labels'),
]
