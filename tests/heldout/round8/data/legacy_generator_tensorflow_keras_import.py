"""Right: ImageDataGenerator imported from tensorflow.keras.preprocessing.image, the rescale written 1/255., every flow argument by keyword."""

EXERCISE, VERDICT = "data.legacy_generator", "done"

from tensorflow.keras.preprocessing.image import ImageDataGenerator


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    generator = ImageDataGenerator(rescale=1 / 255.)
    return generator.flow_from_directory(
        directory=directory,
        target_size=tuple(image_size),
        color_mode="rgb",
        class_mode="binary",
        batch_size=batch_size,
    )
