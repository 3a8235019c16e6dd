"""Wrong: feeds model.predict an unbatched tf.data.Dataset.from_tensor_slices(x), as a DataLoader would be passed; breaks 'an integer NumPy array (not a tensor) of shape (N,), one label per input'."""

EXERCISE, VERDICT, SAYS = "fundamentals.predict_labels", "wrong", "input of shape (2, 2) for a model that wants (None, 2, 2) (V"

MUTATE = [
    ('probs = model.predict(x, verbose=0)',
     'import tensorflow as tf\n    probs = model.predict(tf.data.Dataset.from_tensor_slices(x), verbose=0)'),
]
