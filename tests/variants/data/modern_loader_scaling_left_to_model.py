"""Wrong: "cleans up" by moving the 1/255 scaling out of the loader, to sit in the model as a Rescaling layer the way augmentation does, and returns the loaded dataset as it is, with 0..255 pixels; breaks 'pixels in [0, 1]; nothing else changed' (Returns: 'a tf.data.Dataset of (images in [0, 1], binary labels) batches')."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", "returned dataset"

MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n'
     '    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    # Scaling is a model step, like augmentation: put keras.layers.Rescaling(1.0 / 255) first in the model.\n'
     '    return dataset'),
]
