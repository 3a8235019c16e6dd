"""Wrong: copies note 002's signature, data_augmentation=data_augmenter(), whose default block is built once when the module loads and shared by every model; breaks 'Every function works from its arguments alone, as it may be called again with others: it changes neither them nor this module's variables, and makes anew the models it returns.'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):\n    data_augmentation = data_augmentation or data_augmenter()\n',
     'def alpaca_model(image_shape=(160, 160), data_augmentation=data_augmenter(), weights="imagenet"):\n'),
]
