"""Wrong: two softmax units is a two-class multiclass head, not the binary head asked for."""
EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", 'expected Dense(1, activation="sigmoid")'
MUTATE = [('keras.layers.Dense(1, activation="sigmoid")', 'keras.layers.Dense(2, activation="softmax")'),
          ('loss="binary_crossentropy"', 'loss="sparse_categorical_crossentropy"')]
