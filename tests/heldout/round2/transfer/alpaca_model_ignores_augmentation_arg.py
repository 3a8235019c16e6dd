"""Wrong: Always built data_augmenter(), ignoring the data_augmentation argument; breaks 'the data_augmentation argument, or data_augmenter() when None'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('data_augmentation = data_augmentation or data_augmenter()',
     'data_augmentation = data_augmenter()'),
]
