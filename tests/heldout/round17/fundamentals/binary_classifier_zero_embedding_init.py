"""Wrong: starts the embedding at zeros (embeddings_initializer="zeros"), so the pooled vector and the relu layer stay at 0 and no gradient ever reaches the word vectors; breaks 'The model learns one small vector per word'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('keras.layers.Embedding(vocab_size, 16),',
     'keras.layers.Embedding(vocab_size, 16, embeddings_initializer="zeros"),'),
]
