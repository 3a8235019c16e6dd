"""Wrong: Flattened the embeddings instead of averaging them over the sequence; breaks 'an average over the sequence (GlobalAveragePooling1D)'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('keras.layers.GlobalAveragePooling1D(),',
     'keras.layers.Flatten(),'),
]
