"""Wrong: to_categorical guesses the class count from the largest label."""
EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", 'num_classes'
MUTATE = [('keras.utils.to_categorical(labels, num_classes)', 'keras.utils.to_categorical(labels)')]
