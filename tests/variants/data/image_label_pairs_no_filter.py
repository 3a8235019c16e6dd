"""Wrong: the unlabelled examples (-1) are kept."""
EXERCISE, VERDICT, SAYS = 'data.image_label_pairs', "wrong", 'filter'
MUTATE = [('            .filter(lambda image, label: label >= 0)\n', '')]
