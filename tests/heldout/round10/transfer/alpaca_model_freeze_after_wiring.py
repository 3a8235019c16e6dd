"""Right: wires the whole graph first and freezes the base just before compiling, with the loss and metric passed before the optimizer."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('include_top=False, weights=weights)\n    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))',
     'include_top=False, weights=weights)\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))'),
    ('    model = keras.Model(inputs, outputs)\n    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])',
     '    model = keras.Model(inputs=inputs, outputs=outputs)\n    base.trainable = False\n    model.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"],\n                  optimizer=keras.optimizers.Adam(learning_rate=0.001))'),
]
