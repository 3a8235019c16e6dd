"""Right: the head's layers created first as named objects, then called; softmax given as the function; loss and optimizer objects."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "done"
MUTATE = [
    ("""    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)
    model = keras.Model(inputs, outputs)
    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])""",
     """    pooling = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")
    head = keras.layers.Dense(num_classes, activation=keras.activations.softmax, name="output_layer")
    outputs = head(pooling(x))
    model = keras.Model(inputs=inputs, outputs=outputs)
    model.compile(loss=keras.losses.CategoricalCrossentropy(), optimizer=keras.optimizers.Adam(),
                  metrics=["accuracy"])"""),
]
