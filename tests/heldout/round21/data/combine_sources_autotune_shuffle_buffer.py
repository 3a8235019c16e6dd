"""Wrong: mixes by concatenating, then shuffling with note 002's AUTOTUNE as the buffer size, which tf.data refuses (buffer_size must be greater than zero) as soon as it is read; breaks 'mixed=True: the two sources mixed together, so that a batch sees both'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ("    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)",
     "    return first.concatenate(second).shuffle(AUTOTUNE)"),
]
