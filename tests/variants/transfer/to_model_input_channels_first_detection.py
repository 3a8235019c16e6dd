"""Wrong: also accepts PyTorch's channels-first layout, reading a 3-dimensional (3, H, W) input as one colour image and transposing it, so a batch of 3 grayscale images becomes one image; breaks 'any other 3-dimensional input is a batch of grayscale images (N, H, W)'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", "shape for batch gray"

MUTATE = [
    ('    x = tf.convert_to_tensor(images)\n',
     '    x = tf.convert_to_tensor(images)\n'
     '    if x.shape.rank == 3 and x.shape[0] in (1, 3) and x.shape[-1] not in (1, 3):\n'
     '        x = tf.transpose(x, (1, 2, 0))  # channels first (C, H, W), as PyTorch stores images\n'),
]
