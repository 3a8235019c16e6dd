"""Wrong: label > 0 drops class 0 along with the unlabelled examples."""
EXERCISE, VERDICT, SAYS = 'data.image_label_pairs', "wrong", 'class 0'
MUTATE = [('.filter(lambda image, label: label >= 0)', '.filter(lambda image, label: label > 0)')]
