"""Wrong: calls feature_names.sort() to line the names up, which reorders the features and changes the caller's list; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '    feature_names.sort()\n    features = [[record[name] for name in feature_names] for record in records]'),
]
