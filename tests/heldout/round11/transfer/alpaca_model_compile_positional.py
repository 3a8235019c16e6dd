"""Wrong: compiles positionally, compile(Adam(0.001), loss, [BinaryAccuracy(...)]): Keras 3's third parameter is loss_weights, so the metric becomes a loss weight; breaks 'an accuracy thresholded at the logit 0: keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])',
     '    model.compile(keras.optimizers.Adam(learning_rate=0.001), keras.losses.BinaryCrossentropy(from_logits=True),\n                  [keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])'),
]
