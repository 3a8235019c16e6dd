"""Wrong: Took the multiclass labels with keras.ops.argmax, which returns a backend tensor; breaks 'an integer NumPy array (not a tensor)'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ('return np.argmax(probs, axis=1)',
     'return keras.ops.argmax(probs, axis=1)'),
]
