"""Wrong: Copied note 002's validation_split=0.2 and flowed subset="training", so a fifth of the images are missing; breaks 'one 0.0 / 1.0 label per image' (every image of the folder)."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator(rescale=1.0 / 255, validation_split=0.2)'),
    ('                                       class_mode="binary")\n\n\ndef modern_loader',
     '                                       class_mode="binary", subset="training")\n\n\ndef modern_loader'),
]
