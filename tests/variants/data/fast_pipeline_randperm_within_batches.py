"""Wrong: batches the cache first, then permutes the examples inside each batch (torch.randperm on a batch); breaks 'shuffle ... after the cache, ... batch: after the shuffle, since shuffling batches only moves ... neighbours around'."""

EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "wrong", "shuffle buffer"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'def permute(features, label):\n        order = tf.random.shuffle(tf.range(tf.shape(label)[0]))\n        return tf.gather(features, order), tf.gather(label, order)\n\n    return dataset.cache().batch(batch_size).map(permute).prefetch(AUTOTUNE)'),
]
