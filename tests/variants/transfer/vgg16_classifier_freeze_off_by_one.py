"""Wrong: 16 layers frozen: block5_conv1 stays frozen."""
EXERCISE, VERDICT, SAYS = "transfer.vgg16_classifier", "wrong", 'trainable_variables'
MUTATE = [('base.layers[:15]', 'base.layers[:16]')]
