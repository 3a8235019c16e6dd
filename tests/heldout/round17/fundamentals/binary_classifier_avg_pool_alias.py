"""Right: writes the pooling as keras.layers.GlobalAvgPool1D(), Keras 3's alias of GlobalAveragePooling1D."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

MUTATE = [
    ('keras.layers.GlobalAveragePooling1D(),',
     'keras.layers.GlobalAvgPool1D(),'),
]
