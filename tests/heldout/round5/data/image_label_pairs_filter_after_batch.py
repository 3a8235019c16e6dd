"""Wrong: Batched before filtering, so the filter gets a batch of labels instead of one; breaks 'only the examples labelled 0 or more are kept ... then batched'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('            .filter(lambda image, label: label >= 0)\n            .shuffle(1000)\n            .batch(batch_size)\n',
     '            .shuffle(1000)\n            .batch(batch_size)\n            .filter(lambda image, label: tf.reduce_all(label >= 0))\n'),
]
