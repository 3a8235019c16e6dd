"""Wrong: Compiled the model before returning it; breaks 'Build (do not compile)'."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "built, not compiled"
MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([',
     'def sequential_model():\n    model = keras.Sequential(['),
    ('        keras.layers.Dense(10, activation="softmax"),\n    ])\n',
     '        keras.layers.Dense(10, activation="softmax"),\n    ])\n    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    return model\n'),
]
