"""Wrong: Copied validation_split=0.2 and subset="training" from a tutorial, so only 80 % of the images flow; breaks 'the iterator that flowing from the folder gives' (every image of the folder; modern_loader: 'the same images ... no validation split')."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, validation_split=0.2)'),
    ('''    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")''',
     '''    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary", subset="training")'''),
]
