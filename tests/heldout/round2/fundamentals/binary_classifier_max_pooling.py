"""Wrong: Pooled with GlobalMaxPooling1D; breaks 'an average over the sequence (GlobalAveragePooling1D)'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('keras.layers.GlobalAveragePooling1D()',
     'keras.layers.GlobalMaxPooling1D()'),
]
