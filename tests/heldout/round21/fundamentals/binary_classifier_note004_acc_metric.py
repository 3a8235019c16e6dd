"""Right: note 003's model.add() lines with note 004's metrics=['acc'], which Keras 3 still reads as the binary accuracy."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

import keras


def binary_classifier(vocab_size=10000):
    model = keras.Sequential()
    model.add(keras.layers.Embedding(vocab_size, 16))
    model.add(keras.layers.GlobalAveragePooling1D())
    model.add(keras.layers.Dense(16, activation='relu'))
    model.add(keras.layers.Dense(1, activation='sigmoid'))

    model.compile(optimizer='adam',
                  loss='binary_crossentropy',
                  metrics=['acc'])
    return model
