"""Wrong: Saved only the weights (model.weights.h5) and loaded them into a clone; breaks 'Save a model in the Keras 3 format ... ends in .keras'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('    model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    path = os.path.join(folder, "model.weights.h5")\n    model.save_weights(path)\n    reloaded = keras.models.clone_model(model)\n    reloaded.load_weights(path)\n    return path, reloaded, os.path.getsize(path)'),
]
