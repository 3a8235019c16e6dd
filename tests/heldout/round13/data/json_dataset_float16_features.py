"""Wrong: stores the features as float16 to save memory; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('(np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources',
     '(np.array(features, dtype="float16"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources'),
]
