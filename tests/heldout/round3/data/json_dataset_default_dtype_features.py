"""Wrong: Built the feature array with np.array's default dtype (float64, or int64 when the JSON numbers are whole); breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('''    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))''',
     '''    return tf.data.Dataset.from_tensor_slices(
        (np.array(features), np.array(labels, dtype="int32")))'''),
]
