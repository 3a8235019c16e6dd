"""Wrong: tf.one_hot returns a tensor, not a NumPy array."""
EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", 'NumPy'
MUTATE = [
    ('return keras.utils.to_categorical(labels, num_classes)', 'return tf.one_hot(labels, num_classes)'),
]
