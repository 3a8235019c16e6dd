"""Wrong: validates the dtype up front and raises TypeError for anything but uint8 or float32, so float64 images are refused; breaks 'uint8 or float64 -> float32, values kept'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", "to_model_input() raised TypeError"

MUTATE = [
    ('    x = tf.convert_to_tensor(images)\n',
     '    if np.asarray(images).dtype not in (np.uint8, np.float32):\n'
     '        raise TypeError(f"images must be uint8 or float32, got {np.asarray(images).dtype}")\n'
     '    x = tf.convert_to_tensor(images)\n'),
]
