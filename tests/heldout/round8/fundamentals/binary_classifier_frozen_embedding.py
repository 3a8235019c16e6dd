"""Wrong: builds the embedding with trainable=False (a transfer-learning habit), so the word vectors stay random; breaks 'The model learns one small vector per word'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    (
        '        keras.layers.Embedding(vocab_size, 16),',
        '        keras.layers.Embedding(vocab_size, 16, trainable=False),',
    ),
]
