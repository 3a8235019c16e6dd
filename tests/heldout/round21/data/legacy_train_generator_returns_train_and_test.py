"""Wrong: ports both of note 004's generators and returns (train_generator, test_generator); breaks 'Returns: the iterator that flowing from the folder gives (its .image_data_generator holds the settings)'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ("    return datagen.flow_from_directory(directory, target_size=image_size, class_mode=\"binary\",\n"
     "                                       batch_size=batch_size)",
     "    train_generator = datagen.flow_from_directory(directory, target_size=image_size, class_mode=\"binary\",\n"
     "                                                  batch_size=batch_size)\n"
     "    test_datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n"
     "    test_generator = test_datagen.flow_from_directory(directory, target_size=image_size, class_mode=\"binary\",\n"
     "                                                      batch_size=batch_size)\n"
     "    return train_generator, test_generator"),
]
