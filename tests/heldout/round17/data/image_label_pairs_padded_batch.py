"""Right: batches with padded_batch(batch_size); every image has the same shape, so nothing is padded and the batches equal batch()'s, the smaller last one kept."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('            .batch(batch_size)\n            .prefetch(AUTOTUNE))',
     '            .padded_batch(batch_size)\n            .prefetch(AUTOTUNE))'),
]
