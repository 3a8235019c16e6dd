"""Wrong: answers with the modern image_dataset_from_directory (binary labels, rescaled) that a chatbot recommends; breaks 'the iterator that flowing from the folder gives (it knows .class_indices and .samples), not a tf.data.Dataset'."""

EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", "returned value"

MUTATE = [
    ('datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     'dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,\n                                                       label_mode="binary")\n    return dataset.map(lambda images, labels: (images / 255.0, labels))'),
]
