"""Wrong: the learner ran the base in inference mode (training=False) and took that for freezing, so never set trainable = False: the features are right but the base keeps all its trainable variables; breaks 'Afterwards the base is frozen: no trainable variable left'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))'),
]
