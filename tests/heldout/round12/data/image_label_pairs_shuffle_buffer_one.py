"""Wrong: shuffles with a buffer of 1 (read as "shuffle one example at a time"), which leaves the order unchanged; breaks 'the examples are shuffled, then batched, `batch_size` per batch (the smaller last batch kept), and the next batch is prefetched, last'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('            .shuffle(1000)',
     '            .shuffle(1)'),
]
