"""Wrong: the learner pulled the features out of each object with operator.itemgetter(*feature_names), which returns the values as a tuple in the order of feature_names; checked with two feature names it made (n, 2) float32 vectors in the right order; with a single feature name itemgetter returns the bare value, not a 1-tuple, so the features come out as scalars of shape () instead of vectors of one value; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)' (the same kind of examples as csv_dataset, whose features are vectors)."""

EXERCISE, VERDICT = "data.json_dataset", "wrong"

MUTATE = [
    ('''    features = [[record[name] for name in feature_names] for record in records]''',
     '''    import operator

    pick = operator.itemgetter(*feature_names)
    features = [pick(record) for record in records]'''),
]
