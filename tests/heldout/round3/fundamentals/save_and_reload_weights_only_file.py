"""Wrong: Saved only the weights (model.weights.h5) and loaded them into a clone; breaks 'Save a model in the Keras 3 format ... the file ... ends in .keras' (whole model)."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('''    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    path = os.path.join(folder, "model.weights.h5")
    model.save_weights(path)
    reloaded = keras.models.clone_model(model)
    reloaded.load_weights(path)
    return path, reloaded, os.path.getsize(path)'''),
]
