"""Right: Keras 2 habit Embedding(vocab_size, 16, input_length=256): Keras 3 warns that input_length is deprecated and drops it, so the model is the same and still takes reviews of any length."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

MUTATE = [
    ('        keras.layers.Embedding(vocab_size, 16),',
     '        keras.layers.Embedding(vocab_size, 16, input_length=256),'),
]
