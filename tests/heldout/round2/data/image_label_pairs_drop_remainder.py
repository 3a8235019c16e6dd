"""Wrong: Batch(..., drop_remainder=True); breaks 'the smaller last batch kept' / 'every labelled example appears once'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('            .batch(batch_size)\n',
     '            .batch(batch_size, drop_remainder=True)\n'),
]
