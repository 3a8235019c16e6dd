"""Wrong: converts with np.array(images, dtype=np.float32, copy=False), which NumPy 2 refuses (ValueError) when the conversion needs a copy, as uint8 and float64 do; breaks 'uint8 or float64 -> float32, values kept'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('    x = tf.convert_to_tensor(images)',
     '    x = tf.convert_to_tensor(np.array(images, dtype=np.float32, copy=False))'),
]
