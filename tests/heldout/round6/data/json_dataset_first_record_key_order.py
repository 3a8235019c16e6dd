"""Wrong: orders the features as the keys of the first object (the file's column order) instead of as feature_names; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '''    names = [key for key in records[0] if key in feature_names]  # the file's column order
    features = [[record[name] for name in names] for record in records]'''),
]
