"""Wrong: the data_augmentation argument is ignored."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'data_augmentation argument'
MUTATE = [('data_augmentation = data_augmentation or data_augmenter()', 'data_augmentation = data_augmenter()')]
