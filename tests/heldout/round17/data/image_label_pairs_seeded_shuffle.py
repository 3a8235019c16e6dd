"""Right: shuffles with shuffle(1000, seed=0); a seeded shuffle still reshuffles every pass and still comes before the batching."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('            .shuffle(1000)\n            .batch(batch_size)\n            .prefetch(AUTOTUNE))',
     '            .shuffle(1000, seed=0)\n            .batch(batch_size)\n            .prefetch(AUTOTUNE))'),
]
