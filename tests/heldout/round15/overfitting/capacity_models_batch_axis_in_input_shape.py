"""Wrong: declares keras.Input(shape=(None, num_words)), counting the batch axis in shape, so every model expects 3-axis inputs and refuses a (batch, num_words) batch of multi-hot vectors; breaks 'Each model takes multi-hot vectors of `num_words` words'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('    model = keras.Sequential([keras.Input(shape=(num_words,)), *layers])',
     '    model = keras.Sequential([keras.Input(shape=(None, num_words)), *layers])'),
]
