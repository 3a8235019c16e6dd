"""Wrong: Reloaded with load_model(path, compile=False), dropping the compile and optimizer state; breaks 'A saved model is only useful if it loads back whole (architecture, weights, optimizer state)'."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", 'compile=False'
MUTATE = [
    ('    return path, keras.models.load_model(path), os.path.getsize(path)',
     '    return path, keras.models.load_model(path, compile=False), os.path.getsize(path)'),
]
