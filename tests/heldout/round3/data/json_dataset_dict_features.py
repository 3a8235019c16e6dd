"""Wrong: Yielded the features as a dictionary by name (pandas/feature-column habit); breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('''    features = [[record[name] for name in feature_names] for record in records]
''',
     ''),
    ('''    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))''',
     '''    features = {name: np.array([record[name] for record in records], dtype="float32") for name in feature_names}
    return tf.data.Dataset.from_tensor_slices((features, np.array(labels, dtype="int32")))'''),
]
