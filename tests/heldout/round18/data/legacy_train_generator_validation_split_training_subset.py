"""Wrong: copies validation_split=0.2 and subset="training" from a tutorial, so the iterator flows only 80 % of the folder's images; breaks 'Images resized to `image_size`, `batch_size` per batch, one 0.0 / 1.0 label per image'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,',
     'ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3, validation_split=0.2,'),
    ('class_mode="binary",\n                                       batch_size=batch_size)',
     'class_mode="binary",\n                                       batch_size=batch_size, subset="training")'),
]
