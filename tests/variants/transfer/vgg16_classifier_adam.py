"""Wrong: Adam instead of the note's SGD."""
EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", 'SGD'
MUTATE = [('optimizer="sgd"', 'optimizer="adam"')]
