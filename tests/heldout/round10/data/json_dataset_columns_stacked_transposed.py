"""Wrong: stacks one list per feature name, giving a (features, examples) array that no longer lines up example by example; breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '    features = np.stack([[record[name] for record in records] for name in feature_names])'),
]
