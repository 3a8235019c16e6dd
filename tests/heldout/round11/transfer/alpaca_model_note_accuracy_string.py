"""Wrong: compiles with the note's metrics=["accuracy"], which Keras 3 resolves to a BinaryAccuracy thresholded at 0.5 on a logit; breaks 'an accuracy thresholded at the logit 0: keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])',
     '    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                  metrics=["accuracy"])'),
]
