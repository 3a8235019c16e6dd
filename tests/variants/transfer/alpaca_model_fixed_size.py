"""Wrong: the note's 160x160 written in, whatever image_shape says."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'image_shape + (3,)'
MUTATE = [
    ('    data_augmentation = data_augmentation or data_augmenter()\n',
     '    image_shape = (160, 160)\n    data_augmentation = data_augmentation or data_augmenter()\n'),
]
