"""Wrong: freezes base.layers[1:], skipping layers[0] as Keras 2's InputLayer, but a Keras 3 Sequential base lists no InputLayer, so its first layer stays trainable; breaks 'Afterwards the base is frozen: no trainable variable left.'"""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()''',
     '''    for layer in base.layers[1:]:  # layers[0] is the input
        layer.trainable = False
    features = keras.layers.GlobalAveragePooling2D()'''),
]
