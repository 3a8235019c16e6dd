"""Right: builds the base for the input's shape and compiles with keyword objects (CategoricalCrossentropy, Adam(), "accuracy")."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "done"

MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)',
     '    base = keras.applications.EfficientNetB0(include_top=False, weights=weights, input_shape=tuple(image_size) + (3,))'),
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.CategoricalCrossentropy(), metrics=["accuracy"])'),
]
