"""Wrong: Prefetched before batching; breaks 'the next batch is prefetched, last'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('            .batch(batch_size)\n            .prefetch(AUTOTUNE))',
     '            .prefetch(AUTOTUNE)\n            .batch(batch_size))'),
]
