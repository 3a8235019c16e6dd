"""Wrong: reverses the colour channels to BGR before the base ('ImageNet models want BGR'); breaks 'images: float array (N, height, width, 3), already scaled as the base expects'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    bgr = np.ascontiguousarray(np.asarray(images)[..., ::-1])  # ImageNet weights expect BGR\n    features = keras.layers.GlobalAveragePooling2D()(base(bgr, training=False))'),
]
