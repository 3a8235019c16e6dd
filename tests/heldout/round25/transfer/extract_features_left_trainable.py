"""Wrong: the learner ran the base in inference mode (training=False) and thought that was what "frozen" meant, so the features came out right but base.trainable was never set; breaks 'Afterwards the base is frozen: no trainable variable left'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))'),
]
