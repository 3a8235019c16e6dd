"""Wrong: starts a new line when epoch % EPOCHS == 0, with the regression tutorial's global EPOCHS = 1000 in place of 100; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ("class PrintDot(keras.callbacks.Callback):",
     "EPOCHS = 1000\n\n\nclass PrintDot(keras.callbacks.Callback):"),
    ("        if epoch % 100 == 0:\n            print(\"\")",
     "        if epoch % EPOCHS == 0:\n            print(\"\")"),
]
