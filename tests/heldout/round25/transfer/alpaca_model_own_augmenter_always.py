"""Wrong: the learner always put data_augmenter() in the model, as note 002 does, since the default call showed the right summary; an augmentation passed in is silently ignored; breaks 'the augmentation: the data_augmentation argument, or data_augmenter() when None'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    data_augmentation = data_augmentation or data_augmenter()\n',
     '    data_augmentation = data_augmenter()\n'),
]
