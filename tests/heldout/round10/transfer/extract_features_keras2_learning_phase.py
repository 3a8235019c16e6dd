"""Wrong: sets the Keras 2 learning phase to inference with keras.backend.set_learning_phase(0), which Keras 3 no longer has; breaks 'it must run as it does at inference: no dropout, no batch statistics'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    keras.backend.set_learning_phase(0)\n    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base.predict(images, verbose=0))'),
]
