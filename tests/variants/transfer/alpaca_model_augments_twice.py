"""Wrong: always applies data_augmenter() and then the given augmentation on top of it; breaks 'the augmentation: the data_augmentation argument, or data_augmenter() when None'."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'it alone'

MUTATE = [
    (
        '    data_augmentation = data_augmentation or data_augmenter()\n',
        '',
    ),
    (
        '    x = data_augmentation(inputs)\n',
        '    x = data_augmenter()(inputs)\n    if data_augmentation is not None:\n        x = data_augmentation(x)\n',
    ),
]
