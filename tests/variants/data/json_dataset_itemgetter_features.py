"""Wrong: picks the features with operator.itemgetter(*feature_names), which returns a bare value, not a tuple, when there is one feature name; breaks 'an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", 'shapes'

MUTATE = [
    ('    features = [[record[name] for name in feature_names] for record in records]',
     '    from operator import itemgetter\n\n    pick = itemgetter(*feature_names)\n    features = [pick(record) for record in records]'),
]
