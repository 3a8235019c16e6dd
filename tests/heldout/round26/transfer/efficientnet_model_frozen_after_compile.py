"""Right: wires and compiles the model first, then freezes the base found by name in the finished model (model.get_layer(base.name).trainable = False); Keras 3 collects the trainable variables when training runs, so the model has the note's 12,810 trainable parameters and the base, called in inference mode, never changes."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "done"

MUTATE = [
    ("    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = False\n",
     "    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n"),
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])\n    return model',
     '    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])\n'
     '    model.get_layer(base.name).trainable = False  # freeze the pretrained part\n    return model'),
]
