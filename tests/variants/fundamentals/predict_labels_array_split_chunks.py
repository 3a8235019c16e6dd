"""Wrong: predicts in chunks to bound memory with np.array_split(x, len(x) // 32), which asks for zero sections and raises ValueError for fewer than 32 inputs (batches of 1 or 13); breaks 'x: a batch of N inputs ... an integer NumPy array (not a tensor) of shape (N,)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "predict_labels() raised ValueError"

MUTATE = [
    ('probs = model.predict(x, verbose=0)',
     'probs = np.concatenate([model.predict(chunk, verbose=0)  # bounded memory\n'
     '                            for chunk in np.array_split(x, len(x) // 32)])'),
]
