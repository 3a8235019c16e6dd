"""Wrong: runs the base over batches of 32 images and joins the pooled parts with np.concatenate(axis=1), which only works while there is one batch (N <= 32); breaks 'Returns: a NumPy array (N, channels)'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)\n',
     '    pool = keras.layers.GlobalAveragePooling2D()\n    parts = [np.asarray(pool(base(images[i:i + 32], training=False))) for i in range(0, len(images), 32)]\n    return np.concatenate(parts, axis=1)\n'),
]
