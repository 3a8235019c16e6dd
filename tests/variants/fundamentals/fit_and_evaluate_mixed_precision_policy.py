"""Wrong: calls keras.mixed_precision.set_global_policy("mixed_float16") for faster training and leaves it set, so every model built afterwards computes in float16; breaks 'changes neither them, nor this module's variables, nor the program's settings (Keras' dtype policy, ...)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "keras.mixed_precision.global_policy()"

MUTATE = [
    ('def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):\n    model.compile(',
     'def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):\n'
     '    keras.mixed_precision.set_global_policy("mixed_float16")  # faster training\n'
     '    model.compile('),
]
