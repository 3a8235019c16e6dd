"""Wrong: one getter lambda per feature name, made in a comprehension: all read the last name, so every feature is the last one; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '    getters = [lambda record: record[name] for name in feature_names]\n    features = [[get(record) for get in getters] for record in records]'),
]
