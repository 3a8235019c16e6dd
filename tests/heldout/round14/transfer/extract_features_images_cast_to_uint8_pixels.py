"""Wrong: casts the images to uint8 'pixels' before the base, truncating the already scaled floats (-0.7 -> 0, 0.99 -> 0); breaks 'images: float array (N, height, width, 3), already scaled as the base expects.'"""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n',
     '    images = np.asarray(images).astype("uint8")  # pixels\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n'),
]
