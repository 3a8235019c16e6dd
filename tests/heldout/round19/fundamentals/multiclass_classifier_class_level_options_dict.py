"""Wrong: keeps the compile options in a dict that is a class attribute, so one one_hot=True call switches every later model to categorical_crossentropy; breaks 'integer labels (3): the sparse_categorical_crossentropy loss'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('def multiclass_classifier(num_classes=10, one_hot=False):\n',
     'class _CompileOptions:\n    settings = {"loss": "sparse_categorical_crossentropy"}\n\n\ndef multiclass_classifier(num_classes=10, one_hot=False):\n'),
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"\n    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '    options = _CompileOptions()\n    if one_hot:\n        options.settings["loss"] = "categorical_crossentropy"\n    model.compile(optimizer="adam", metrics=["accuracy"], **options.settings)'),
]
