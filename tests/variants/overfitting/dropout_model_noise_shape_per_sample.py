"""Wrong: gives the Dropout layers noise_shape=(None, 1), one draw per sample broadcast over its 16 units, so whole samples are zeroed instead of a share of the units; breaks 'Dropout zeroes a random share `rate` of its inputs ... so that no unit can count on another'."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "wrong", 'noise_shape'

MUTATE = [
    (
        'keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n',
        'keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate, noise_shape=(None, 1)),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate, noise_shape=(None, 1)),\n',
    ),
]
