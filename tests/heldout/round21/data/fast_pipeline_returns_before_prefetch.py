"""Wrong: keeps note 002's `train_dataset = ....prefetch(buffer_size=AUTOTUNE)` as a separate name but returns the dataset from before it; breaks '4. prefetch, the buffer size left to tf.data to tune: the next batch is prepared while the model trains on this one'."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ("    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)",
     "    dataset = dataset.cache().shuffle(shuffle_buffer).batch(batch_size)\n"
     "    train_dataset = dataset.prefetch(buffer_size=AUTOTUNE)\n"
     "    return dataset"),
]
