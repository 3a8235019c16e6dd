"""Wrong: to leave the caller's base untouched the learner froze and ran keras.models.clone_model(base), whose weights are freshly initialised, and the (N, 1280) features printed fine with weights=None; breaks 'keep the pretrained base as it is, and use what it sees in an image' and 'Afterwards the base is frozen: no trainable variable left'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    frozen = keras.models.clone_model(base)\n'
     '    frozen.trainable = False\n'
     '    features = keras.layers.GlobalAveragePooling2D()(frozen(images, training=False))'),
]
