"""Wrong: guards the index with max(0, fine_tune_at), so note 001's -10 becomes 0 and the whole base is unfrozen; breaks 'note 001's "all but the last 10 layers" is -10, counted from the end as Python's slices count'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", "len(model.trainable_variables)"

MUTATE = [
    ('    for layer in base_model.layers[:fine_tune_at]:\n',
     '    for layer in base_model.layers[:max(0, fine_tune_at)]:  # no negative index\n'),
]
