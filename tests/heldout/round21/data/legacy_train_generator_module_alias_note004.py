"""Right: note 004's train_datagen block verbatim behind a module-level alias `ImageDataGenerator = tf.keras.preprocessing.image.ImageDataGenerator` (the note's import no longer works), folder, size and batch wired through."""
EXERCISE, VERDICT = "data.legacy_train_generator", "done"

import tensorflow as tf

ImageDataGenerator = tf.keras.preprocessing.image.ImageDataGenerator


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    train_datagen = ImageDataGenerator(rescale=1.0/255,
                                       width_shift_range=0.3,
                                       rotation_range=30,
                                       zoom_range=0.3,
                                       horizontal_flip=True,
                                       vertical_flip=True)

    train_generator = train_datagen.flow_from_directory(directory,
                                                        target_size=image_size,
                                                        batch_size=batch_size,
                                                        class_mode='binary')
    return train_generator
