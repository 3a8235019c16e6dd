"""Wrong: Prefetched first, as the reading step, then cached, shuffled and batched; breaks '4. prefetch ... the next batch is prepared while the model trains on this one' (the order is part of the task)."""
EXERCISE, VERDICT = "data.fast_pipeline", "wrong"
MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'return dataset.prefetch(AUTOTUNE).cache().shuffle(shuffle_buffer).batch(batch_size)'),
]
