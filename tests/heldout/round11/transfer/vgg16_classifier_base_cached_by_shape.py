"""Wrong: keeps one VGG16 base per (input_shape, weights) in a module dict, so every classifier of that shape is built on the same base layers; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):',
     '_VGG_BASES = {}\n\n\ndef vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):'),
    ('    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))',
     '    key = (tuple(input_shape), weights)\n    if key not in _VGG_BASES:\n        _VGG_BASES[key] = keras.applications.VGG16(weights=weights, include_top=False,\n                                                   input_tensor=keras.Input(shape=input_shape))\n    base = _VGG_BASES[key]'),
]
