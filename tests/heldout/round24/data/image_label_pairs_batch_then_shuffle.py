"""Wrong: the learner batched first and shuffled afterwards, thinking the shuffle mixes the data wherever it stands; only whole batches of neighbours move, which breaks 'the examples are shuffled, then batched, `batch_size` per batch'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('''            .shuffle(1000)
            .batch(batch_size)''',
     '''            .batch(batch_size)
            .shuffle(1000)'''),
]
