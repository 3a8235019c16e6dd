"""Wrong: sets trainable=False on the augmentation block it is given ("only the head trains"), changing the caller's layer; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'trainable=False'

MUTATE = [
    ('''    data_augmentation = data_augmentation or data_augmenter()
''',
     '''    data_augmentation = data_augmentation or data_augmenter()
    data_augmentation.trainable = False  # only the head trains
'''),
]
