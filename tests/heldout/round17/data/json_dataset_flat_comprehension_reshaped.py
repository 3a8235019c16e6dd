"""Right: collects the features in one flat comprehension, [record[name] for record in records for name in feature_names], and reshapes it to (-1, len(feature_names)); same rows, same order."""

EXERCISE, VERDICT = "data.json_dataset", "done"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '    features = np.array([record[name] for record in records for name in feature_names],\n                        dtype="float32").reshape(-1, len(feature_names))'),
]
