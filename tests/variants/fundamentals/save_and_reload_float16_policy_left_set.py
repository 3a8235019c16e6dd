"""Wrong: sets keras.mixed_precision.set_global_policy("mixed_float16") to get a smaller file, a StackOverflow size tip, and leaves it set; breaks 'it changes neither them, ... nor the program's settings (Keras' dtype policy, ...)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", "keras.mixed_precision.global_policy()"

MUTATE = [
    ('model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)',
     'keras.mixed_precision.set_global_policy("mixed_float16")\n    model.save(path)\n    return path, keras.models.load_model(path), os.path.getsize(path)'),
]
