"""Wrong: the learner made one float32 array of everything read from JSON, labels included, since 0.0 and 1.0 print like classes; the label is a float, not an integer; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('(np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '(np.array(features, dtype="float32"), np.array(labels, dtype="float32")))'),
]
