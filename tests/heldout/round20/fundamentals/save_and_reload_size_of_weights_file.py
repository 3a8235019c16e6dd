"""Wrong: saves the .keras file but reports the size of a weights file it writes next to it ("the model's size is its weights"); breaks 'the file's size on disk, in bytes'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [("    model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)",
           "    model.save(path)\n    weights = os.path.join(folder, \"model.weights.h5\")\n    model.save_weights(weights)\n"
           "    return path, keras.models.load_model(path), os.path.getsize(weights)")]
