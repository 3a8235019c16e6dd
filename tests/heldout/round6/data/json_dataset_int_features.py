"""Wrong: copies the label's int32 dtype to the features too, truncating 1.5 to 1; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '        (np.array(features, dtype="int32"), np.array(labels, dtype="int32")))'),
]
