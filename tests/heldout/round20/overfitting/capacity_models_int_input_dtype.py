"""Wrong: declares the multi-hot input as int32 (the vectors hold 0 and 1), so the models take integers, not float vectors; breaks 'Each model takes multi-hot vectors of `num_words` words'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('    return {\n        name: _binary(',
     '    def _binary(*layers, num_words):\n        model = keras.Sequential([keras.Input(shape=(num_words,), dtype="int32"), *layers])  # 0/1 counts\n        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n        return model\n\n    return {\n        name: _binary('),
]
