"""Wrong: Added .repeat() before prefetch for multi-epoch training, so the dataset never ends; breaks 'every labelled example appears once'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('            .batch(batch_size)\n            .prefetch(AUTOTUNE))',
     '            .batch(batch_size)\n            .repeat()\n            .prefetch(AUTOTUNE))'),
]
