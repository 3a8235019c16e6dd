"""Wrong: compiles the reloaded model again with a new Adam optimizer "to make it ready", which throws away the optimizer state the file restored; breaks 'A saved model is only useful if it loads back whole (architecture, weights, optimizer state)'."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"

MUTATE = [
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    reloaded = keras.models.load_model(path)\n    reloaded.compile(optimizer="adam", loss=reloaded.loss, metrics=["accuracy"])\n    return path, reloaded, os.path.getsize(path)'),
]
