"""Wrong: pools with AveragePooling2D (2x2 windows) and flattens, a local average, not one number per feature map; breaks 'each of the base's feature maps averaged over its height and width (global average pooling), (N, 1280) for MobileNetV2'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     'features = keras.layers.Flatten()(keras.layers.AveragePooling2D()(base(images, training=False)))'),
]
