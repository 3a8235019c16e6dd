"""Wrong: runs the base over batches of 32 in a loop but overwrites the features each time, returning only the last batch's; breaks 'a NumPy array (N, channels)'."""

EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", '42 images'

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)',
     '    base.trainable = False\n    for start in range(0, len(images), 32):\n        features = keras.layers.GlobalAveragePooling2D()(base(images[start:start + 32], training=False))\n    return np.asarray(features)'),
]
