"""Wrong: declared the input as keras.Input(shape=(num_words, 1)), a trailing channel axis from Conv1D habits, so every Dense works on each word alone and the model outputs (None, num_words, 1); breaks 'Each model takes multi-hot vectors of `num_words` words ... then one sigmoid output unit'."""

EXERCISE, VERDICT = 'overfitting.capacity_models', 'wrong'

MUTATE = [
    ('keras.Input(shape=(num_words,))',
     'keras.Input(shape=(num_words, 1))'),
]
