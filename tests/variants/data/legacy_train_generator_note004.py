"""Correct: note 004's code as written, the import the Keras 3 way, the zoom as a pair."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "done", ""

from tensorflow.keras.preprocessing.image import ImageDataGenerator


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    train_datagen = ImageDataGenerator(rescale=1.0/255,
                                       width_shift_range=0.3,
                                       rotation_range=30,
                                       zoom_range=[0.7, 1.3],
                                       horizontal_flip=True,
                                       vertical_flip=True)

    train_generator = train_datagen.flow_from_directory(directory,
                                                        target_size=image_size,
                                                        batch_size=batch_size,
                                                        class_mode='binary')
    return train_generator
