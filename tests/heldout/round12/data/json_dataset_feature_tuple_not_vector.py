"""Wrong: slices a tuple of one column per feature name, so each example's features are a tuple of scalars, not one vector; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '    features = tuple(np.array([record[name] for record in records], dtype="float32") for name in feature_names)'),
    ('        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources',
     '        (features, np.array(labels, dtype="int32")))\n\n\ndef combine_sources'),
]
