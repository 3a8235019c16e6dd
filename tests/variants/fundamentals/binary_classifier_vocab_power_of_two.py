"""Wrong: rounds the embedding's vocabulary up to a power of two ('faster tables'), 10000 -> 16384 and 20 -> 32 words; breaks 'an embedding of `vocab_size` words, 16 numbers per word'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "layer 1"

MUTATE = [
    ('import os\n', 'import math\nimport os\n'),
    ('keras.layers.Embedding(vocab_size, 16),',
     'keras.layers.Embedding(2 ** math.ceil(math.log2(vocab_size)), 16),  # power-of-two tables are faster'),
]
