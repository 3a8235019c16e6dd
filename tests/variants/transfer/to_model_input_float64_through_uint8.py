"""Wrong: brings every input to uint8 first ("images are uint8"), so float64 values lose their fractions; breaks 'uint8 or float64 -> float32, values kept (200 stays 200.0: scaling is the model's job)'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'keep the values'

MUTATE = [
    ('    x = tf.convert_to_tensor(images)\n',
     '    x = tf.convert_to_tensor(np.asarray(images).astype("uint8"))\n'),
]
