"""Wrong: the learner prefetched right after the map, to overlap the decoding, and then shuffled and batched; the output is the same batches but the last step is batch, not prefetch, so the next batch is not prepared while the model trains; breaks 'and the next batch is prefetched, last'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('            .shuffle(1000)\n            .batch(batch_size)\n            .prefetch(AUTOTUNE))',
     '            .prefetch(AUTOTUNE)\n            .shuffle(1000)\n            .batch(batch_size))'),
]
