"""Wrong: writes base.trainable == False, a comparison whose result is thrown away, so the base stays trainable; breaks 'Afterwards the base is frozen: no trainable variable left'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    (
        '    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()',
        '    base.trainable == False\n    features = keras.layers.GlobalAveragePooling2D()',
    ),
]
