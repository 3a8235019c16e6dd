"""Right: prefetches with prefetch(1); this exercise asks that the next batch be prefetched, last, not for AUTOTUNE."""

EXERCISE, VERDICT, SAYS = "data.image_label_pairs", "done", ''

MUTATE = [
    ('            .batch(batch_size)\n            .prefetch(AUTOTUNE))',
     '            .batch(batch_size)\n            .prefetch(1))'),
]
