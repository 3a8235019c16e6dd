"""Wrong: the Sequential keeps Keras's own name, not note 001's."""
EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", 'name="data_augmentation"'
MUTATE = [
    ('    ], name="data_augmentation")', '    ])'),
]
