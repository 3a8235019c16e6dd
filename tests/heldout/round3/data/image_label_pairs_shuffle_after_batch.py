"""Wrong: Batched first, then shuffled the batches; breaks 'the examples are shuffled, then batched'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('''            .shuffle(1000)
            .batch(batch_size)''',
     '''            .batch(batch_size)
            .shuffle(1000)'''),
]
