"""Wrong: moves the prefetch up to right after the decoding map ("overlap the expensive step as early as possible"), so it buffers single examples and nothing prefetches the batches at the end; breaks 'the examples are shuffled, then batched, `batch_size` per batch (the smaller last batch kept), and the next batch is prefetched, last'."""

EXERCISE, VERDICT, SAYS = "data.image_label_pairs", "wrong", "last step"

MUTATE = [
    ('    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)\n'
     '            .filter(lambda image, label: label >= 0)\n'
     '            .shuffle(1000)\n'
     '            .batch(batch_size)\n'
     '            .prefetch(AUTOTUNE))',
     '    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)\n'
     '            .prefetch(AUTOTUNE)  # overlap the decoding with everything after it\n'
     '            .filter(lambda image, label: label >= 0)\n'
     '            .shuffle(1000)\n'
     '            .batch(batch_size))'),
]
