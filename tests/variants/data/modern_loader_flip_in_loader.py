"""Wrong: a RandomFlip mapped over the loader's dataset changes the images."""
EXERCISE, VERDICT, SAYS = 'data.modern_loader', "wrong", 'augmentation belongs in the model'
MUTATE = [('    return dataset.map(lambda images, labels: (rescale(images), labels))',
           '    flip = keras.layers.RandomFlip("horizontal")\n    return dataset.map(lambda images, labels: (flip(rescale(images)), labels))')]
