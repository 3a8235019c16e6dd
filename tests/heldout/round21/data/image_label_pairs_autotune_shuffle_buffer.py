"""Wrong: passes note 002's AUTOTUNE to shuffle as well as to prefetch; tf.data refuses the buffer size -1 when the dataset is read; breaks 'the examples are shuffled, then batched, `batch_size` per batch'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ("            .shuffle(1000)\n", "            .shuffle(AUTOTUNE)\n"),
]
