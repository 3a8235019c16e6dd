"""Wrong: checks that height and width are multiples of 32 (VGG16 halves them five times) and raises otherwise, which refuses the default (240, 360, 3); breaks 'VGG16 without its top, on an input of input_shape'."""

EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", "vgg16_classifier() raised ValueError"

MUTATE = [
    ('    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))',
     '    height, width = input_shape[:2]\n'
     '    if height % 32 or width % 32:\n'
     '        raise ValueError(f"VGG16 pools 5 times: {height}x{width} is not a multiple of 32")\n'
     '    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))'),
]
