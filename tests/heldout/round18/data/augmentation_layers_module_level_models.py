"""Wrong: builds the two Sequential models once in a module variable and returns the same pair on every call; breaks 'makes anew the models it returns'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('def augmentation_layers():\n',
     'def _build_augmentation_layers():\n'),
    ('def legacy_train_generator(',
     '_AUGMENTATION = None\n\n\ndef augmentation_layers():\n    global _AUGMENTATION\n    if _AUGMENTATION is None:\n        _AUGMENTATION = _build_augmentation_layers()\n    return _AUGMENTATION\n\n\ndef legacy_train_generator('),
]
