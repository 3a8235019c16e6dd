"""Right: subclasses tf.keras.callbacks.Callback, as the certificate course writes it: with TensorFlow 2.16 or newer, tf.keras is Keras 3 and that is the same Callback class."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('class StopAtAccuracy(keras.callbacks.Callback):',
     'import tensorflow as tf\n\n\nclass StopAtAccuracy(tf.keras.callbacks.Callback):'),
]
