"""Right: Builds the base for the input shape, compiles with the 'adam' string and a CategoricalCrossentropy() loss object."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "done"
MUTATE = [
    ("""    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)
    base.trainable = False
    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")""",
     """    shape = (*image_size, 3)
    base = keras.applications.EfficientNetB0(include_top=False, weights=weights, input_shape=shape)
    base.trainable = False
    inputs = keras.Input(shape=shape, name="input_layer")"""),
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '    model.compile(loss=keras.losses.CategoricalCrossentropy(), optimizer="adam", metrics=["accuracy"])'),
]
