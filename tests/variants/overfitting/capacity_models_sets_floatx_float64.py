"""Wrong: switches Keras to float64 "to match NumPy's default" (a scikit-learn habit) before building; breaks 'changes neither ... the program's settings (Keras' dtype policy, float type ...)'."""

EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", "keras.config.floatx()"

MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {',
     'def capacity_models(num_words=10000):\n    keras.backend.set_floatx("float64")  # NumPy arrays are float64\n    return {'),
]
