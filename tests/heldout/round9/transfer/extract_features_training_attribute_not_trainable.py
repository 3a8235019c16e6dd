"""Wrong: sets base.training = False, mixing up the call's training flag with the layer's trainable flag; the attribute means nothing to Keras and the base keeps all its trainable variables; breaks 'Afterwards the base is frozen: no trainable variable left'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    (
        '    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n',
        '    base.training = False  # inference mode, no updates\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n',
    ),
]
