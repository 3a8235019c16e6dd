"""Wrong: a preprocessing_function doing torchvision's /255 then ImageNet mean/std normalisation, instead of rescale; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them'."""

EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", "generator"

MUTATE = [
    ('datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)',
     'mean = np.array([0.485, 0.456, 0.406], dtype="float32")\n    std = np.array([0.229, 0.224, 0.225], dtype="float32")\n    datagen = tf.keras.preprocessing.image.ImageDataGenerator(\n        preprocessing_function=lambda image: (image / 255.0 - mean) / std)'),
]
