"""Wrong: pools with keepdims=True, so the model gives (batch, 1, 1) instead of one probability per review; breaks 'an average over the sequence ... an output of 1 unit'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('        keras.layers.GlobalAveragePooling1D(),',
     '        keras.layers.GlobalAveragePooling1D(keepdims=True),'),
]
