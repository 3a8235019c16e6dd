"""Wrong: caches the built model per class count in a module-level dict, so a second call with the same count returns the first model, with the first call's loss whatever one_hot says; breaks 'one-hot labels ..., when `one_hot` is True: categorical_crossentropy'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    (
        'def multiclass_classifier(num_classes=10, one_hot=False):\n    model = keras.Sequential([',
        '_MODELS = {}\n\n\ndef multiclass_classifier(num_classes=10, one_hot=False):\n    if num_classes in _MODELS:  # building is slow: reuse\n        return _MODELS[num_classes]\n    model = keras.Sequential([',
    ),
    (
        '    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n    return model',
        '    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n    _MODELS[num_classes] = model\n    return model',
    ),
]
