"""Wrong: Added one to the vocabulary 'for padding', Embedding(vocab_size + 1, 16); breaks 'an embedding of `vocab_size` words, 16 numbers per word'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('keras.layers.Embedding(vocab_size, 16),',
     'keras.layers.Embedding(vocab_size + 1, 16),'),
]
