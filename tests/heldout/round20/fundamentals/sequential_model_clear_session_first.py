"""Wrong: starts with keras.backend.clear_session() "to start clean", which also resets the program's global dtype policy; breaks 'it changes neither them, nor ... the program's settings (Keras' dtype policy ...)'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [("def sequential_model():\n    return keras.Sequential([",
           "def sequential_model():\n    keras.backend.clear_session()\n    return keras.Sequential([")]
