"""Wrong: One Adam object created before the loop and reused by every model (rate set on it); breaks 'compiled with the Adam optimizer at that learning rate' for a new model (Keras 3 refuses the second model's variables)."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('    scores = {}\n',
     '    scores = {}\n    optimizer = keras.optimizers.Adam()\n'),
    ('model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",',
     'optimizer.learning_rate = rate\n        model.compile(optimizer=optimizer, loss="binary_crossentropy",'),
]
