"""Wrong: loading printed a warning about compiled metrics on the learner's first try, so they load with keras.models.load_model(path, compile=False); the reloaded model has the architecture and the weights and predicts exactly as the saved one, which is all their check compared, but it comes back uncompiled, with no loss, no metrics and no optimizer state, and cannot be evaluated or trained on without compiling it anew; breaks 'A saved model is only useful if it loads back whole (architecture, weights, optimizer state)'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('''    return path, keras.models.load_model(path), os.path.getsize(path)''',
     '''    return path, keras.models.load_model(path, compile=False), os.path.getsize(path)'''),
]
