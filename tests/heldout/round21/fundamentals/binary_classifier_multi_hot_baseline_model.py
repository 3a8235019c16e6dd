"""Wrong: takes the overfitting note's baseline_model (Dense(16, input_shape=(NUM_WORDS,)), Dense(16), Dense(1, sigmoid)) for multi-hot vectors in place of the embedding and average; breaks 'Layers, in order: an embedding of `vocab_size` words, 16 numbers per word; an average over the sequence (GlobalAveragePooling1D)'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ("        keras.layers.Embedding(vocab_size, 16),\n"
     "        keras.layers.GlobalAveragePooling1D(),\n"
     "        keras.layers.Dense(16, activation=\"relu\"),",
     "        keras.layers.Dense(16, activation=\"relu\", input_shape=(vocab_size,)),\n"
     "        keras.layers.Dense(16, activation=\"relu\"),"),
]
