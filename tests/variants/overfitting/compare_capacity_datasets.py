"""Correct: tf.data pipelines batched by batch_size, positional epochs, a tuple of pairs."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "done", ""
import tensorflow as tf


def compare_capacity(models, train_data, train_labels, val_data, val_labels, epochs=20, batch_size=512):
    train = tf.data.Dataset.from_tensor_slices((train_data, train_labels)).batch(batch_size)
    val = tf.data.Dataset.from_tensor_slices((val_data, val_labels)).batch(batch_size)
    return tuple((name, model.fit(train, None, None, epochs, validation_data=val, verbose=0))
                 for name, model in models.items())
