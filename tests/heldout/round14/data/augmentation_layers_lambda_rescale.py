"""Right: the training rescale is a keras.layers.Lambda that casts to float32 and divides by 255 (0 -> 0, 255 -> 1, once); the four random layers and the test pipeline are the reference's."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

MUTATE = [
    ('    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),',
     '    train = keras.Sequential([\n        keras.layers.Lambda(lambda images: keras.ops.cast(images, "float32") / 255.0),'),
]
