"""Wrong: the learner sorted feature_names before reading them, believing a fixed alphabetical order is the safe way around keys that move inside objects; with feature_names not given in sorted order the columns come out permuted, which breaks 'The features are the values of `feature_names`, in the order of `feature_names`'."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('features = [[record[name] for name in feature_names] for record in records]',
     'features = [[record[name] for name in sorted(feature_names)] for record in records]'),
]
