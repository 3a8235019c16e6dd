"""Wrong: ports note 004's ImageDataGenerator rotation_range=30 as RandomRotation(30), a factor of 30 full turns, not 0.2; breaks 'a random rotation of factor 0.2'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     'keras.layers.RandomRotation(30),  # note 004: rotation_range=30\n    ])\n\n\ndef augmentation_block'),
]
