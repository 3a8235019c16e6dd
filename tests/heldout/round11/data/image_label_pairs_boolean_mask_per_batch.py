"""Wrong: batches first and drops the unlabelled examples inside each batch with tf.boolean_mask, so batches come out short and uneven; breaks 'the examples are shuffled, then batched, `batch_size` per batch (the smaller last batch kept)'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('            .filter(lambda image, label: label >= 0)\n            .shuffle(1000)\n            .batch(batch_size)\n',
     '            .shuffle(1000)\n            .batch(batch_size)\n            .map(lambda images, labels: (tf.boolean_mask(images, labels >= 0), tf.boolean_mask(labels, labels >= 0)))\n'),
]
