"""Wrong: Also set samplewise_center and samplewise_std_normalization (standardising each image); breaks 'pixels scaled to [0, 1] (rescale 1/255 ...) and nothing else done to them'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)',
     '''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, samplewise_center=True,
                                                              samplewise_std_normalization=True)'''),
]
