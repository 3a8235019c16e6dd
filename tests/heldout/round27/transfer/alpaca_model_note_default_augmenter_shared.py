"""Wrong: the learner copied note 002's signature, data_augmentation=data_augmenter(), so the augmentation is a default argument (the None test kept, just in case); one model built with the defaults had the right layers, 1,281 trainable parameters of 2,259,265; but a default is made once, when the def runs: every model built without the argument shares the one same augmentation block with every other, instead of a new data_augmenter() each call, and once that block has been built for 160x160 images, a model at 64x96 with the default augmentation cannot be built at all (ValueError: expected shape (None, 160, 160, 3)); breaks 'the augmentation: the data_augmentation argument, or data_augmenter() when None' and the module's 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('''def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):''',
     '''def alpaca_model(image_shape=(160, 160), data_augmentation=data_augmenter(), weights="imagenet"):'''),
]
