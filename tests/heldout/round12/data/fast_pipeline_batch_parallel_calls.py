"""Right: batches with num_parallel_calls=AUTOTUNE (deterministic by default), step by step."""

EXERCISE, VERDICT = "data.fast_pipeline", "done"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'dataset = dataset.cache()\n    dataset = dataset.shuffle(buffer_size=shuffle_buffer)\n    dataset = dataset.batch(batch_size, num_parallel_calls=AUTOTUNE)\n    return dataset.prefetch(buffer_size=tf.data.AUTOTUNE)'),
]
