"""Wrong: keeps the values whose key is in feature_names, walking each object's own keys, so the features come in the object's key order, which changes from line to line; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    (
        '    features = [[record[name] for name in feature_names] for record in records]\n',
        '    features = [[value for key, value in record.items() if key in feature_names] for record in records]\n',
    ),
]
