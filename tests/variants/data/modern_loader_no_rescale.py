"""Wrong: rescale=1/255 dropped in the rewrite."""
EXERCISE, VERDICT, SAYS = 'data.modern_loader', "wrong", 'Rescaling'
MUTATE = [('return dataset.map(lambda images, labels: (rescale(images), labels))', 'return dataset')]
