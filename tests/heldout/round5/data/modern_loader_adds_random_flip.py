"""Wrong: Added a random horizontal flip in the map as the generator's augmentation; breaks 'pixels in [0, 1]; nothing else changed' and 'augmentation belongs in the model'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    flip = keras.layers.RandomFlip("horizontal")\n    return dataset.map(lambda images, labels: (flip(rescale(images), training=True), labels))'),
]
