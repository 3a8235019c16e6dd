"""Right: Freezes every layer of the base in a loop, runs it in inference mode and takes keras.ops.mean over axes 1 and 2."""
EXERCISE, VERDICT = "transfer.extract_features", "done"
MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    for layer in base.layers:\n        layer.trainable = False\n    base.trainable = False\n    features = keras.ops.mean(base(images, training=False), axis=(1, 2))'),
]
