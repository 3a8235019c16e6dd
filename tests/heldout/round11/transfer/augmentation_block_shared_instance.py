"""Wrong: builds the block once in a module-level list and returns that same Sequential on every call; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('def augmentation_block():\n    return keras.Sequential([',
     '_AUGMENTATION = []\n\n\ndef augmentation_block():\n    if _AUGMENTATION:\n        return _AUGMENTATION[0]\n    _AUGMENTATION.append(keras.Sequential(['),
    ('    ], name="data_augmentation")\n',
     '    ], name="data_augmentation"))\n    return _AUGMENTATION[0]\n'),
]
