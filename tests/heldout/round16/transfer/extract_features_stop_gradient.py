"""Wrong: kept the base from learning with tf.stop_gradient on its output (a TF1 habit) instead of freezing it, so the base keeps all its trainable variables; breaks 'Afterwards the base is frozen: no trainable variable left'."""

EXERCISE, VERDICT = 'transfer.extract_features', 'wrong'

MUTATE = [
    ('    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    maps = tf.stop_gradient(base(images, training=False))\n    features = keras.layers.GlobalAveragePooling2D()(maps)'),
]
