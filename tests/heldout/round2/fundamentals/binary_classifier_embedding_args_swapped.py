"""Wrong: Swapped Embedding's arguments (16 words of vocab_size numbers); breaks 'an embedding of vocab_size words, 16 numbers per word'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('keras.layers.Embedding(vocab_size, 16)',
     'keras.layers.Embedding(16, vocab_size)'),
]
