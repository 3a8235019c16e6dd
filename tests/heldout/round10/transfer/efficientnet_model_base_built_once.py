"""Wrong: loads EfficientNetB0 once, at module level, to save time, and reuses that base (and the weights of the first call) in every model; breaks 'makes anew the models it returns'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):\n    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n',
     '_BASES = {}\n\n\ndef efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):\n    if "base" not in _BASES:\n        _BASES["base"] = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base = _BASES["base"]\n'),
]
