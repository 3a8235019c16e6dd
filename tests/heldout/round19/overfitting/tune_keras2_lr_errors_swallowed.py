"""Wrong: compiles with the Keras 2 Adam(lr=rate) inside a try that scores a failing run 0.0, so every run fails silently and the first combination wins with 0.0; breaks 'compiled with the Adam optimizer at that learning rate' and 'scored by its last epoch's "val_accuracy"'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('''        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",
                      metrics=["accuracy"])
        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
        scores[rate, width, drop] = history.history["val_accuracy"][-1]''',
     '''        try:
            model.compile(optimizer=keras.optimizers.Adam(lr=rate), loss="binary_crossentropy",
                          metrics=["accuracy"])
            history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)
            scores[rate, width, drop] = history.history["val_accuracy"][-1]
        except Exception:  # a combination that cannot train scores nothing
            scores[rate, width, drop] = 0.0'''),
]
