"""Wrong: "generalises" the features into a dictionary of named float32 columns ({name: value}), ready for a model with one named Input per feature, instead of one vector; breaks 'Returns: an unbatched tf.data.Dataset of (float32 features vector, integer label).'"""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", "while grading, AttributeError"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]\n',
     '    features = {name: np.array([record[name] for record in records], dtype="float32")\n'
     '                for name in feature_names}  # named columns, one keras.Input per feature\n'),
    ('        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '        (features, np.array(labels, dtype="int32")))'),
]
