"""Right: note 002's two calls as written there (from-imported loader, shuffle=True, validation_split=0.2, subset='training'/'validation'), with every argument wired through and the same seed for both."""
EXERCISE, VERDICT = "data.load_split", "done"

from keras.utils import image_dataset_from_directory


def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):
    train_dataset = image_dataset_from_directory(directory,
                                                 shuffle=True,
                                                 batch_size=batch_size,
                                                 image_size=image_size,
                                                 label_mode=label_mode,
                                                 validation_split=0.2,
                                                 subset='training',
                                                 seed=seed)
    validation_dataset = image_dataset_from_directory(directory,
                                                      shuffle=True,
                                                      batch_size=batch_size,
                                                      image_size=image_size,
                                                      label_mode=label_mode,
                                                      validation_split=0.2,
                                                      subset='validation',
                                                      seed=seed)
    return train_dataset, validation_dataset
