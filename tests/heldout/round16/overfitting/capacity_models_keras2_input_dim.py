"""Right: declares the input Keras 2 style with input_dim=num_words on the first Dense of a Sequential with no Input; Keras 3 warns but builds the same model on (None, num_words)."""

EXERCISE, VERDICT = 'overfitting.capacity_models', 'done'

MUTATE = [
    ('    model = keras.Sequential([keras.Input(shape=(num_words,)), *layers])',
     '    first, *rest = layers\n    first = keras.layers.Dense(first.units, activation=first.activation, input_dim=num_words)\n    model = keras.Sequential([first, *rest])'),
]
