"""Right: freezes the base by setting trainable = False on each of base.layers instead of on the base itself: no trainable variable is left."""

EXERCISE, VERDICT, SAYS = "transfer.extract_features", "done", ''

MUTATE = [
    (
        '    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n',
        '    for layer in base.layers:\n        layer.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n',
    ),
]
