"""Wrong: with data_augmentation=None, no augmentation at all."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'data_augmenter()'
MUTATE = [
    ('data_augmentation = data_augmentation or data_augmenter()', 'data_augmentation = data_augmentation or (lambda x: x)'),
]
