"""Wrong: keeps one MobileNetV2 per (shape, weights) in a module dict to avoid rebuilding it, so two alpaca models share (and unfreeze together) the same base; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):',
     '_ALPACA_BASES = {}\n\n\ndef alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):'),
    ('    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)',
     '    key = (tuple(image_shape), weights)\n    if key not in _ALPACA_BASES:\n        _ALPACA_BASES[key] = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,),\n                                                            include_top=False, weights=weights)\n    base = _ALPACA_BASES[key]'),
]
