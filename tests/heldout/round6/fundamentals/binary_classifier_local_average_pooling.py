"""Wrong: uses AveragePooling1D (pools pairs of neighbours) instead of the global average, so the output is one value per pair of words; breaks 'an average over the sequence (GlobalAveragePooling1D)'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('        keras.layers.GlobalAveragePooling1D(),',
     '        keras.layers.AveragePooling1D(2),'),
]
