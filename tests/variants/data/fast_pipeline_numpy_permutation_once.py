"""Wrong: reads every example into NumPy at once and permutes them once with np.random.permutation (a sampler built once, DataLoader-style); breaks 'shuffle ... so every epoch gets a new order'."""

EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "wrong", "shuffle buffer"

MUTATE = [
    ('return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     'examples = list(dataset.as_numpy_iterator())\n    order = np.random.permutation(len(examples))\n    columns = [np.stack([examples[i][k] for i in order]) for k in range(len(examples[0]))]\n    return tf.data.Dataset.from_tensor_slices(tuple(columns)).batch(batch_size).prefetch(AUTOTUNE)'),
]
