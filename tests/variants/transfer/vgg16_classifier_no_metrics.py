"""Wrong: compiled without metrics=['accuracy']."""
EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", 'metrics'
MUTATE = [
    ('model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])', 'model.compile(optimizer="sgd", loss="binary_crossentropy")'),
]
