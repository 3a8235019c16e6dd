"""Wrong: ports note 001's tf.reduce_mean(input_tensor, axis=[1, 2]) onto the images themselves (the note's input_tensor), not the base's feature maps, giving (N, 3); breaks 'each of the base's feature maps averaged over its height and width'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     'feature_maps = base(images, training=False)\n    features = tf.reduce_mean(images, axis=[1, 2])  # note 001'),
]
