"""Wrong: runs the base over batches of 8 with range(len(images) // 8), which leaves out the last partial batch (and everything when there are fewer than 8 images); breaks 'a NumPy array (N, channels)'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)',
     '    base.trainable = False\n    batch = 8\n    maps = [base(images[i * batch:(i + 1) * batch], training=False) for i in range(len(images) // batch)]\n    features = keras.layers.GlobalAveragePooling2D()(keras.ops.concatenate(maps, axis=0))\n    return np.asarray(features)'),
]
