"""Wrong: no input shape, so the model is built only when data first reaches it (summary() fails)."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "keras.Input"
MUTATE = [("        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation=\"relu\"),\n        keras.layers.Dense(10,",
           "        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation=\"relu\"),\n        keras.layers.Dense(10,")]
