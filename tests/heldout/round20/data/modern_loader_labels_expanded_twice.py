"""Wrong: adds tf.expand_dims to labels that label_mode="binary" already shapes (batch, 1), giving (batch, 1, 1); breaks 'labels of shape (batch, 1)'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [("    return dataset.map(lambda images, labels: (rescale(images), labels))",
           "    return dataset.map(lambda images, labels: (rescale(images), tf.expand_dims(labels, -1)))")]
