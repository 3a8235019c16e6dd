"""Wrong: reading 'each in the generator's own units' as pixels, the learner turned the 30 % into a number of pixels of the target width, width_shift_range=int(0.3 * image_size[1]); the generator takes an int of 1 or more as pixels, so at their check's size it shifted by up to 9 of 32 pixels, about 30 %; but the setting is no longer the fraction 0.3: it is 9 at the default size and changes with image_size (28 at a width of 96); breaks 'width_shift_range 0.3, a fraction of the width'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,''',
     '''    shift_pixels = int(0.3 * image_size[1])  # 30 % of the width, in pixels
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=shift_pixels,'''),
]
