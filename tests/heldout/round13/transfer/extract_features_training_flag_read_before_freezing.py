"""Wrong: calls the base with training=base.trainable, meaning 'inference once frozen', but reads the flag before freezing it, so the first call runs in training mode; breaks 'it must run as it does at inference: no dropout, no batch statistics'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    maps = base(images, training=base.trainable)\n    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(maps)'),
]
