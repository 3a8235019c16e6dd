"""Wrong: to be safe with uint8 batches, the learner returned a function that first turns its input into a float32 NumPy array, lambda images: np.asarray(images, dtype="float32") / 127.5 - 1.0; called on a NumPy batch it gave -1, 0 and 1 for 0, 127.5 and 255; but np.asarray cannot take a symbolic Keras tensor, so the callable cannot sit inside a model (in a functional model it raises when the model is built), and on a TensorFlow tensor it hands back NumPy instead of a tensor; breaks 'Keras ships each application's own scaling as a function; a rescaling layer can do the same, and either can sit inside a model'."""

EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "wrong", 'keras.Input'

MUTATE = [
    ('''    return keras.applications.mobilenet_v2.preprocess_input''',
     '''    return lambda images: np.asarray(images, dtype="float32") / 127.5 - 1.0'''),
]
